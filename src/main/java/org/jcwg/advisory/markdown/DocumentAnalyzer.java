package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.jcwg.advisory.diag.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one parsed (and sanitized) body in document order and applies the content rules for
 * headings, links and footnotes. One instance per document; not thread-safe.
 */
final class DocumentAnalyzer {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A link found in the body, with its offset so that sections can claim it. */
    record FoundLink(int offset, LinkRef ref) {
    }

    /** A footnote reference, with its offset, for the same reason. */
    record FoundFootnote(int offset, String label) {
    }

    private final SourceLines lines;
    private final Map<com.vladsch.flexmark.ast.Heading, String> headingIds;
    private final List<Heading> headings = new ArrayList<>();
    private final List<FoundLink> links = new ArrayList<>();
    private final List<FoundFootnote> footnotes = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Integer> idLines = new HashMap<>();

    DocumentAnalyzer(SourceLines lines, AttributeSanitizer.Result sanitized) {
        this.lines = lines;
        this.headingIds = sanitized.headingIds();
        diagnostics.addAll(sanitized.diagnostics());
    }

    void analyze(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                heading(heading);
            } else if (node instanceof Link link) {
                link(link, link.getUrl().unescape(), false);
            } else if (node instanceof Image image) {
                link(image, image.getUrl().unescape(), true);
                alt(image);
            } else if (node instanceof RefNode ref) {
                referenceUse(ref, document);
            } else if (node instanceof Reference reference) {
                referenceDefinition(reference);
            } else if (node instanceof AutoLink autoLink) {
                String all = autoLink.getText().toString();
                String text = all.substring(0, LinkPolicy.bareLinkLength(all));
                link(autoLink, text.startsWith("www.") ? LinkPolicy.WWW_PREFIX + text : text, false);
            } else if (node instanceof MailLink mail) {
                String address = mail.getText().unescape();
                links.add(found(mail, "mailto:" + address.substring(0, LinkPolicy.bareLinkLength(address)), false));
            } else if (node instanceof Footnote footnote) {
                footnote(footnote);
            } else if (node instanceof FootnoteBlock block && !block.isReferenced()) {
                diagnostics.add(Diagnostic.warning("footnote-unused", lines.pos(block.getStartOffset()),
                        "footnote [^" + block.getText() + "] is defined but never referenced; reference it with [^"
                                + block.getText() + "] in the text, or delete it"));
            } else if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                comment(node);
            }
        }
    }

    private void heading(com.vladsch.flexmark.ast.Heading node) {
        String id = headingIds.get(node);
        String text = PlainText.inline(node);
        var pos = lines.pos(node.getStartOffset());
        headings.add(new Heading(node.getLevel(), id, text, pos.line(), pos.column()));
        if (node.getLevel() == 1) {
            diagnostics.add(Diagnostic.error("heading-level-1", pos,
                    "level-1 heading '" + text + "': the title comes from front matter; use ## or deeper"));
        }
        if (id == null) {
            if (node.getLevel() >= 2) {
                String suggestion = slug(text, headings.size());
                diagnostics.add(Diagnostic.error("heading-id-missing", pos, "heading '" + text + "' has no id; write '"
                        + "#".repeat(node.getLevel()) + " " + text + " {#" + suggestion + "}'"));
            }
            return;
        }
        if (!ID.matcher(id).matches()) {
            diagnostics.add(Diagnostic.error("heading-id-invalid", pos, "heading id '" + id
                    + "' is not valid: use lower-case letters, digits and single hyphens, e.g. '" + slug(id, headings.size()) + "'"));
        }
        Integer first = idLines.putIfAbsent(id, pos.line());
        if (first != null) {
            diagnostics.add(Diagnostic.error("heading-id-duplicate", pos,
                    "heading id '" + id + "' is already used by the heading on line " + first + "; give this heading another id"));
        }
    }

    /** A suggested id: the ASCII letters and digits of the text joined by hyphens, else section-N. */
    static String slug(String text, int ordinal) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section-" + ordinal : slug;
    }

    private void link(Node node, String target, boolean image) {
        links.add(found(node, target, image));
        unsafe(node, target, image);
    }

    private void referenceUse(RefNode ref, Document document) {
        if (ref instanceof com.vladsch.flexmark.ast.LinkRef || ref instanceof ImageRef) {
            Reference reference = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (reference != null) { // the definition itself is judged where it is written
                links.add(found((Node) ref, reference.getUrl().unescape(), ref instanceof ImageRef));
                if (ref instanceof ImageRef image) alt(image);
            }
        }
    }

    private void referenceDefinition(Reference reference) {
        unsafe(reference, reference.getUrl().unescape(), false);
    }

    /**
     * An image needs words for readers who cannot see it: screen readers read the page's alt text,
     * and a PDF/UA figure without it does not conform.
     */
    private void alt(Node image) {
        if (PlainText.inline(image).isBlank()) {
            diagnostics.add(Diagnostic.error("image-alt", lines.pos(image.getStartOffset()),
                    "image has no alt text: describe it between the brackets, ![like this](chart.png)"));
        }
    }

    private void unsafe(Node node, String target, boolean image) {
        if (!LinkPolicy.isAllowed(target)) {
            diagnostics.add(Diagnostic.error("unsafe-link", lines.pos(node.getStartOffset()),
                    (image ? "image source '" : "link target '") + LinkPolicy.forMessage(target)
                            + "' is not allowed: use http, https, mailto, a #fragment or a relative path"));
        }
    }

    private FoundLink found(Node node, String target, boolean image) {
        var pos = lines.pos(node.getStartOffset());
        return new FoundLink(node.getStartOffset(), new LinkRef(target, image, pos.line(), pos.column()));
    }

    private void footnote(Footnote footnote) {
        String label = footnote.getText().toString();
        footnotes.add(new FoundFootnote(footnote.getStartOffset(), label));
        if (!footnote.isDefined()) {
            diagnostics.add(Diagnostic.error("footnote-undefined", lines.pos(footnote.getStartOffset()),
                    "footnote [^" + label + "] is referenced but not defined; add '[^" + label + "]: ...'"));
        }
    }

    private void comment(Node node) {
        String source = node.getChars().toString();
        if (HtmlComments.isCommentOnly(source)) {
            var pos = lines.pos(node.getStartOffset());
            comments.add(new Comment(HtmlComments.content(source), pos.line(), pos.column()));
        }
    }

    List<Heading> headings() {
        return List.copyOf(headings);
    }

    List<FoundLink> links() {
        return List.copyOf(links);
    }

    List<FoundFootnote> footnotes() {
        return List.copyOf(footnotes);
    }

    List<Comment> comments() {
        return List.copyOf(comments);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
