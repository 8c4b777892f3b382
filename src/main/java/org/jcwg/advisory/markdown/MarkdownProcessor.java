package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.BodyHtml;
import org.jcwg.advisory.model.Text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The project's only door to flexmark: parses document bodies for checking and renders them to
 * safe HTML fragments. Nothing an editor writes is trusted as HTML: raw HTML is escaped, only
 * {@code {#id}} on headings and {@code {.class}} survive from attribute blocks, and link and image
 * targets are limited to http, https, mailto, fragments and relative paths.
 *
 * <p>Bodies are rendered by {@link BodyRenderer}, which gives flexmark's HTML byte for byte at a
 * fraction of its cost; flexmark's {@code HtmlRenderer} renders what it leaves (a kept {@code {.class}}).
 *
 * <p>Thread-safe; build once, reuse. flexmark's {@code Parser} and {@code HtmlRenderer} keep no state
 * between calls, and everything that belongs to one call lives on that call's {@code Document}.
 */
public final class MarkdownProcessor {

    private final Parser parser;
    private final BodyRenderer bodyRenderer;
    private final HtmlRenderer renderer;
    private final Parser inlineParser;

    public MarkdownProcessor() {
        DataHolder options = bodyOptions();
        this.parser = QuickInlineParser.parser(options);
        this.bodyRenderer = new BodyRenderer(options);
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(opts -> new SafeNodeRenderer())
                .build();
        this.inlineParser = QuickInlineParser.parser(inlineOptions());
    }

    /** The options bodies are parsed and rendered with. */
    static DataHolder bodyOptions() {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), new ScreenedAutolinkExtension(), StrikethroughExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        // GFM pipe tables: a header row, no column spans, no captions, rows padded or cut to the header.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // {...} after text belongs to the enclosing block, never to a <span> wrapped around the text;
        // fenced-code info strings are never read as attributes.
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        options.set(AttributesExtension.FENCED_CODE_INFO_ATTRIBUTES, false);
        // Heading ids come only from {#id}; SafeNodeRenderer writes them.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        // SafeNodeRenderer already escapes raw HTML; this covers any HTML node it does not know.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return options.toImmutable();
    }

    /** Titles are one line of inline text: no block syntax, so "2022. Review" is not a list item. */
    static DataHolder inlineOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()));
        options.set(Parser.BLOCK_QUOTE_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.HTML_BLOCK_PARSER, false);
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false);
        return options.toImmutable();
    }

    /**
     * Parses a document body. {@code file} is the project-relative path for diagnostics;
     * {@code firstLine} the 1-based line of the file where the body starts (after front matter).
     */
    public ParsedMarkdown parse(String file, String body, int firstLine) {
        return parse(file, body, firstLine, true);
    }

    /** As {@link #parse(String, String, int)}; without {@code html}, the body is not rendered (for checks only). */
    public ParsedMarkdown parse(String file, String body, int firstLine, boolean html) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(body, "body");
        List<Diagnostic> refused = MarkdownLimits.check(file, body, firstLine);
        if (!refused.isEmpty()) return ParsedMarkdown.refused(refused);
        SourceLines lines = new SourceLines(file, body, firstLine);
        Document document;
        try {
            document = parser.parse(body);
        } catch (StackOverflowError e) {
            // A shape the limits above do not know yet: refuse the text rather than fail the build.
            return ParsedMarkdown.refused(List.of(Diagnostic.error("too-deep", SourcePos.of(file, firstLine),
                    "this text is nested too deeply to read; simplify its nesting of quotes, lists or emphasis")));
        }
        // Nesting the line checks cannot see (emphasis inside emphasis...) would overflow the
        // renderer's recursion: measured on the tree, without recursion.
        Node deepest = MarkdownLimits.deepest(document);
        if (deepest != null) {
            return ParsedMarkdown.refused(List.of(Diagnostic.error("too-deep",
                    lines.pos(deepest.getStartOffset()), "markup is nested more than " + MarkdownLimits.MAX_TREE_DEPTH
                            + " levels deep here (emphasis, links or lists inside one another); simplify it")));
        }
        AttributeSanitizer.Result sanitized = AttributeSanitizer.sanitize(document, lines);
        DocumentAnalyzer analyzer = new DocumentAnalyzer(lines, sanitized);
        analyzer.analyze(document);

        List<LinkRef> links = new ArrayList<>();
        analyzer.links().forEach(found -> links.add(found.ref()));
        List<Diagnostic> diagnostics = new ArrayList<>(analyzer.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        List<SectionContent> sections = SectionCollector.collect(document, body, lines, sanitized.headingIds(),
                analyzer.links(), analyzer.footnotes());
        // Rendered now, while the tree is at hand, so that a build parses each body once.
        Optional<BodyHtml> rendered = html && LinkPlaceholders.fitsIn(body)
                ? Optional.of(withPlaceholders(document, sanitized)) : Optional.empty();
        return new ParsedMarkdown(analyzer.headings(), links, diagnostics, sections, analyzer.comments(), rendered);
    }

    private BodyHtml withPlaceholders(Document document, AttributeSanitizer.Result sanitized) {
        List<String> targets = new ArrayList<>();
        String html = render(document, sanitized, target -> {
            targets.add(target);
            return LinkPlaceholders.placeholder(targets.size() - 1);
        });
        return new BodyHtml(html, targets);
    }

    /**
     * A body rendered when it was read, with its relative targets passed through {@code rewriter}:
     * the same HTML as {@link #renderHtml} gives for the body and rewriter.
     */
    public String resolve(BodyHtml body, UnaryOperator<String> rewriter) {
        return LinkPlaceholders.resolve(body, rewriter);
    }

    /**
     * Renders the body to an HTML fragment. Every relative link or image target (not http, https or
     * mailto, not starting with '#') is passed through {@code rewriter}, whose result is emitted as
     * the href/src (it must already be URL-safe; it is HTML-escaped here). Disallowed targets never
     * reach the output: such a link is rendered as its text, such an image as its alt text. A
     * rewriter that returns null withholds the target the same way.
     */
    public String renderHtml(String body, UnaryOperator<String> rewriter) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(rewriter, "rewriter");
        Document document = parser.parse(body);
        return render(document, AttributeSanitizer.sanitize(document, new SourceLines("", body, 1)), rewriter);
    }

    private String render(Document document, AttributeSanitizer.Result sanitized, UnaryOperator<String> rewriter) {
        Map<Node, String> ids = validIds(sanitized);
        String html = bodyRenderer.render(document, ids, rewriter);
        return html != null ? html : flexmarkHtml(document, ids, rewriter);
    }

    /** A body's HTML from {@link BodyRenderer} ({@code own}, null where it leaves the body to flexmark) and from flexmark. */
    record Renders(String own, String flexmark) {
    }

    /** Both renders of one parse of {@code body}: for the test that holds them to the same bytes. */
    Renders bothRenders(String body, UnaryOperator<String> rewriter) {
        Document document = parser.parse(body);
        Map<Node, String> ids = validIds(AttributeSanitizer.sanitize(document, new SourceLines("", body, 1)));
        return new Renders(bodyRenderer.render(document, ids, rewriter), flexmarkHtml(document, ids, rewriter));
    }

    private static Map<Node, String> validIds(AttributeSanitizer.Result sanitized) {
        Map<Node, String> ids = new IdentityHashMap<>();
        sanitized.headingIds().forEach((heading, id) -> {
            if (DocumentAnalyzer.ID.matcher(id).matches()) { // an invalid id is reported by parse(), never emitted
                ids.put(heading, id);
            }
        });
        return ids;
    }

    /** What flexmark's own renderer makes of the body, for what {@link BodyRenderer} leaves. */
    private String flexmarkHtml(Document document, Map<Node, String> ids, UnaryOperator<String> rewriter) {
        document.set(SafeNodeRenderer.HEADING_IDS, ids);
        document.set(SafeNodeRenderer.REWRITER, rewriter);
        return renderer.render(document);
    }

    /** Plain text of an inline Markdown string (for titles and summaries): no markup, whitespace collapsed. */
    public String plainText(String inline) {
        Objects.requireNonNull(inline, "inline");
        return PlainText.inline(inlineParser.parse(Text.collapseWhitespace(inline)));
    }
}
