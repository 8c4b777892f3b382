package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renders a parsed body to the same HTML, byte for byte, as flexmark's {@code HtmlRenderer} with
 * {@link SafeNodeRenderer} gives, at a fraction of its cost: flexmark escapes and unescapes every
 * text through regular expressions and appends it a character at a time. It knows the nodes the
 * body options produce and the options {@link MarkdownProcessor} sets; a body holding anything else
 * (a node type it does not know, a {@code {.class}} that survived the sanitizer) is left to
 * flexmark, which {@link #render} says by returning null. Thread-safe; one instance serves all.
 */
final class BodyRenderer {

    private enum Kind {
        CHILDREN, NOTHING, PARAGRAPH, HEADING, TEXT, SOFT_BREAK, HARD_BREAK, EMPHASIS, STRONG, STRIKE, CODE,
        BULLET_LIST, ORDERED_LIST, LIST_ITEM, BLOCK_QUOTE, FENCED_CODE, INDENTED_CODE, THEMATIC_BREAK, HTML_BLOCK,
        HTML_INLINE, ENTITY, LINK, LINK_REF, IMAGE, IMAGE_REF, AUTO_LINK, MAIL_LINK, FOOTNOTE, TABLE, TABLE_HEAD, TABLE_BODY,
        TABLE_ROW, TABLE_CELL
    }

    /** By exact class, as flexmark looks its renderers up: a subclass it has no renderer for is not known here either. */
    private static final Map<Class<?>, Kind> KINDS = Map.ofEntries(
            Map.entry(Document.class, Kind.CHILDREN), Map.entry(TextBase.class, Kind.CHILDREN),
            Map.entry(Reference.class, Kind.NOTHING), Map.entry(FootnoteBlock.class, Kind.NOTHING),
            Map.entry(TableSeparator.class, Kind.NOTHING), Map.entry(AttributesNode.class, Kind.NOTHING),
            Map.entry(Paragraph.class, Kind.PARAGRAPH), Map.entry(com.vladsch.flexmark.ast.Heading.class, Kind.HEADING),
            Map.entry(Text.class, Kind.TEXT), Map.entry(SoftLineBreak.class, Kind.SOFT_BREAK),
            Map.entry(HardLineBreak.class, Kind.HARD_BREAK), Map.entry(Emphasis.class, Kind.EMPHASIS),
            Map.entry(StrongEmphasis.class, Kind.STRONG), Map.entry(Strikethrough.class, Kind.STRIKE),
            Map.entry(Code.class, Kind.CODE), Map.entry(BulletList.class, Kind.BULLET_LIST),
            Map.entry(OrderedList.class, Kind.ORDERED_LIST), Map.entry(BulletListItem.class, Kind.LIST_ITEM),
            Map.entry(OrderedListItem.class, Kind.LIST_ITEM), Map.entry(BlockQuote.class, Kind.BLOCK_QUOTE),
            Map.entry(FencedCodeBlock.class, Kind.FENCED_CODE), Map.entry(IndentedCodeBlock.class, Kind.INDENTED_CODE),
            Map.entry(ThematicBreak.class, Kind.THEMATIC_BREAK), Map.entry(HtmlBlock.class, Kind.HTML_BLOCK),
            Map.entry(HtmlCommentBlock.class, Kind.HTML_BLOCK), Map.entry(HtmlInnerBlock.class, Kind.HTML_BLOCK),
            Map.entry(HtmlInnerBlockComment.class, Kind.HTML_BLOCK), Map.entry(HtmlInline.class, Kind.HTML_INLINE),
            Map.entry(HtmlInlineComment.class, Kind.HTML_INLINE), Map.entry(HtmlEntity.class, Kind.ENTITY),
            Map.entry(Link.class, Kind.LINK), Map.entry(LinkRef.class, Kind.LINK_REF), Map.entry(Image.class, Kind.IMAGE),
            Map.entry(ImageRef.class, Kind.IMAGE_REF), Map.entry(AutoLink.class, Kind.AUTO_LINK),
            Map.entry(MailLink.class, Kind.MAIL_LINK), Map.entry(Footnote.class, Kind.FOOTNOTE),
            Map.entry(TableBlock.class, Kind.TABLE), Map.entry(TableHead.class, Kind.TABLE_HEAD),
            Map.entry(TableBody.class, Kind.TABLE_BODY), Map.entry(TableRow.class, Kind.TABLE_ROW),
            Map.entry(TableCell.class, Kind.TABLE_CELL));

    private final ListOptions listOptions;
    private final HtmlRendererOptions htmlOptions;
    private final DataHolder options;
    private final String footnoteRefPrefix;
    private final String footnoteRefSuffix;
    private final String footnoteBackRef;
    private final String footnoteLinkClass;
    private final String footnoteBackLinkClass;

    /** {@code options}: the parser's and renderer's, which every document parsed with them carries. */
    BodyRenderer(DataHolder options) {
        this.options = options;
        this.listOptions = ListOptions.get(options);
        this.htmlOptions = new HtmlRendererOptions(options);
        this.footnoteRefPrefix = FootnoteExtension.FOOTNOTE_REF_PREFIX.get(options);
        this.footnoteRefSuffix = FootnoteExtension.FOOTNOTE_REF_SUFFIX.get(options);
        this.footnoteBackRef = FootnoteExtension.FOOTNOTE_BACK_REF_STRING.get(options);
        this.footnoteLinkClass = FootnoteExtension.FOOTNOTE_LINK_REF_CLASS.get(options);
        this.footnoteBackLinkClass = FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS.get(options);
        // The layout HtmlLines reproduces is flexmark's for these settings only.
        if (HtmlRenderer.INDENT_SIZE.get(options) != 0 || HtmlRenderer.MAX_BLANK_LINES.get(options) != 1
                || HtmlRenderer.MAX_TRAILING_BLANK_LINES.get(options) != 1 || !htmlOptions.htmlBlockOpenTagEol
                || !htmlOptions.htmlBlockCloseTagEol || !htmlOptions.escapeHtmlBlocks || htmlOptions.sourcePositionParagraphLines
                || !htmlOptions.sourcePositionAttribute.isEmpty() || htmlOptions.renderHeaderId
                || Parser.CODE_SOFT_LINE_BREAKS.get(options) || htmlOptions.codeStyleHtmlOpen != null
                || htmlOptions.emphasisStyleHtmlOpen != null || htmlOptions.strongEmphasisStyleHtmlOpen != null
                || StrikethroughExtension.STRIKETHROUGH_STYLE_HTML_OPEN.get(options) != null
                || Parser.FENCED_CODE_CONTENT_BLOCK.get(options)) {
            throw new IllegalArgumentException("BodyRenderer does not reproduce flexmark's output for these options");
        }
    }

    /** The body's HTML, or null when flexmark's renderer must make it. {@code ids}: the valid heading ids. */
    String render(Document document, Map<Node, String> ids, UnaryOperator<String> rewriter) {
        try {
            Run run = new Run(document, ids, rewriter);
            run.document();
            return run.html.finish();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** Something this renderer does not reproduce; thrown through the walk, so no stack trace. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** One body's render. */
    private final class Run {
        private final Document document;
        private final Map<Node, String> ids;
        private final UnaryOperator<String> rewriter;
        private final HtmlLines html;
        /** Attributes for the next tag, in the order flexmark writes them. */
        private final List<String> attributes = new ArrayList<>(4);

        Run(Document document, Map<Node, String> ids, UnaryOperator<String> rewriter) {
            this.document = document;
            this.ids = ids;
            this.rewriter = rewriter;
            this.html = new HtmlLines(document.getChars().length() + document.getChars().length() / 4);
        }

        void document() {
            // A kept {.class} goes onto its owner's tag through flexmark's attribute provider, which reads
            // this repository (the attributes of a list item's first line are no longer in the tree).
            for (List<AttributesNode> owned : AttributesExtension.NODE_ATTRIBUTES.get(document).values()) {
                for (AttributesNode attributes : owned) {
                    for (Node a = attributes.getFirstChild(); a != null; a = a.getNext()) {
                        if (a instanceof AttributeNode) throw new Unsupported();
                    }
                }
            }
            FootnoteRepository footnotes = FootnoteExtension.FOOTNOTES.get(document);
            footnotes.resolveFootnoteOrdinals(); // as flexmark's footnote renderer does when it is made
            children(document);
            List<FootnoteBlock> referenced = footnotes.getReferencedFootnoteBlocks();
            if (!referenced.isEmpty()) footnoteList(referenced);
        }

        private void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                node(child);
            }
        }

        private void node(Node node) {
            Kind kind = KINDS.get(node.getClass());
            if (kind == null) throw new Unsupported();
            switch (kind) {
                case CHILDREN -> children(node);
                case NOTHING -> {
                }
                case PARAGRAPH -> paragraph((Paragraph) node);
                case HEADING -> heading((com.vladsch.flexmark.ast.Heading) node);
                case TEXT -> html.text(normalizeEol(unescape(node.getChars())));
                case SOFT_BREAK -> html.raw(htmlOptions.softBreak);
                case HARD_BREAK -> html.raw(htmlOptions.hardBreak);
                case EMPHASIS -> wrapped("em", node);
                case STRONG -> wrapped("strong", node);
                case STRIKE -> wrapped("del", node);
                case CODE -> {
                    tag("code");
                    html.text(Escaping.collapseWhitespace(((Code) node).getText(), true));
                    html.raw("</code>");
                }
                case BULLET_LIST -> indented("ul", node);
                case ORDERED_LIST -> {
                    int start = ((OrderedList) node).getStartNumber();
                    if (listOptions.isOrderedListManualStart() && start != 1) attribute("start", String.valueOf(start));
                    indented("ol", node);
                }
                case LIST_ITEM -> onALine("li", ((ListItem) node).getMarkerSuffix().unescape(), node);
                case BLOCK_QUOTE -> {
                    html.line();
                    tag("blockquote");
                    html.line();
                    children(node);
                    html.line().line().raw("</blockquote>").line();
                }
                case FENCED_CODE -> fencedCode((FencedCodeBlock) node);
                case INDENTED_CODE -> {
                    IndentedCodeBlock code = (IndentedCodeBlock) node;
                    html.line();
                    tag("pre");
                    html.openPre();
                    codeClass(BasedSequence.NULL);
                    tag("code");
                    html.text(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
                    html.raw("</code>").raw("</pre>").closePre().line();
                }
                case THEMATIC_BREAK -> {
                    html.line();
                    voidTag("hr");
                    html.line();
                }
                case HTML_BLOCK -> htmlBlock((HtmlBlockBase) node);
                case HTML_INLINE -> {
                    String text = SafeNodeRenderer.shownHtmlInline(node);
                    if (text != null) html.text(text);
                }
                case ENTITY -> {
                    if (!htmlOptions.unescapeHtmlEntities) throw new Unsupported();
                    html.text(node.getChars().unescape());
                }
                case LINK -> {
                    Link link = (Link) node;
                    link(link, link.getUrl().unescape(), link.getTitle());
                }
                case LINK_REF -> linkRef((LinkRef) node);
                case IMAGE -> {
                    Image image = (Image) node;
                    image(image, image.getUrl().unescape(), image.getTitle());
                }
                case IMAGE_REF -> imageRef((ImageRef) node);
                case AUTO_LINK -> autoLink((AutoLink) node);
                case MAIL_LINK -> mailLink((MailLink) node);
                case FOOTNOTE -> footnote((Footnote) node);
                case TABLE -> {
                    html.line();
                    tag("table");
                    html.line();
                    children(node);
                    html.line().line().raw("</table>").line().line();
                }
                case TABLE_HEAD -> onALine("thead", "", node);
                case TABLE_BODY -> onALine("tbody", "", node);
                case TABLE_ROW -> onALine("tr", "", node);
                case TABLE_CELL -> tableCell((TableCell) node);
            }
        }

        private void paragraph(Paragraph node) {
            if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
            if (node.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(node, listOptions, options)) {
                children(node);
                return;
            }
            onALine("p", "", node);
        }

        private void heading(com.vladsch.flexmark.ast.Heading node) {
            String id = ids.get(node);
            if (id != null) attribute("id", id);
            onALine("h" + node.getLevel(), "", node);
        }

        /** flexmark's {@code tagLine}: the element starts a line and ends one; {@code text} comes before the children. */
        private void onALine(String name, String text, Node node) {
            html.line();
            wrapped(name, text, node);
            html.line();
        }

        private void wrapped(String name, Node node) {
            wrapped(name, "", node);
        }

        private void wrapped(String name, String text, Node node) {
            tag(name);
            if (!text.isEmpty()) html.text(text);
            children(node);
            close(name);
        }

        private void close(String name) {
            html.raw("</").raw(name).raw(">");
        }

        /** A list: its tag on a line of its own, the items between. */
        private void indented(String name, Node node) {
            html.line();
            tag(name);
            html.line();
            children(node);
            html.line();
            close(name);
            html.line();
        }

        private void fencedCode(FencedCodeBlock node) {
            html.line();
            tag("pre");
            html.openPre();
            codeClass(node.getInfo());
            tag("code");
            html.text(node.getContentChars().normalizeEOL());
            html.raw("</code>").raw("</pre>").closePre().line();
        }

        private void codeClass(BasedSequence info) {
            if (info.isNotNull() && !info.isBlank()) {
                String language = languageOf(info);
                attribute("class", htmlOptions.languageClassMap.getOrDefault(language, htmlOptions.languageClassPrefix + language));
            } else {
                String none = htmlOptions.noLanguageClass.trim();
                if (!none.isEmpty()) attribute("class", none);
            }
        }

        private String languageOf(BasedSequence info) {
            int delimiter = info.indexOfAny(htmlOptions.languageDelimiterSet);
            return (delimiter == -1 ? info : info.subSequence(0, delimiter)).unescape();
        }

        private void htmlBlock(HtmlBlockBase node) {
            String text = SafeNodeRenderer.shownHtmlBlock(node);
            if (text == null) return;
            html.line();
            html.raw("<p>").text(text).raw("</p>");
            html.line();
        }

        private void link(Node node, String target, BasedSequence title) {
            String href = SafeNodeRenderer.allowedTarget(target, rewriter);
            if (href == null) {
                children(node); // the words stay, the target goes
                return;
            }
            attribute("href", href);
            if (title.isNotNull()) attribute("title", title.unescape());
            tag("a");
            children(node);
            html.raw("</a>");
        }

        private void linkRef(LinkRef node) {
            Reference reference = node.isDefined() ? node.getReferenceNode(document) : null;
            if (reference != null) {
                link(node, reference.getUrl().unescape(), reference.getTitle());
            } else if (!node.hasChildren()) { // undefined: its text, as flexmark writes it
                html.text(node.getChars().unescape());
            } else {
                html.text(node.getChars().prefixOf(node.getChildChars()).unescape());
                children(node);
                html.text(node.getChars().suffixOf(node.getChildChars()).unescape());
            }
        }

        private void image(Node node, String target, BasedSequence title) {
            String alt = PlainText.inline(node);
            String src = SafeNodeRenderer.allowedTarget(target, rewriter);
            if (src == null) {
                html.text(alt);
                return;
            }
            attribute("src", src);
            attribute("alt", alt);
            if (title.isNotNull()) attribute("title", title.unescape());
            voidTag("img");
        }

        private void imageRef(ImageRef node) {
            Reference reference = node.isDefined() ? node.getReferenceNode(document) : null;
            if (reference == null) {
                html.text(node.getChars().unescape());
                return;
            }
            image(node, reference.getUrl().unescape(), reference.getTitle());
        }

        private void autoLink(AutoLink node) {
            String all = node.getText().toString();
            if (SafeNodeRenderer.insideLink(node)) {
                html.text(all);
                return;
            }
            String text = all.substring(0, LinkPolicy.bareLinkLength(all));
            String href = SafeNodeRenderer.autoLinkTarget(text, rewriter);
            if (href == null) {
                html.text(all);
                return;
            }
            attribute("href", href);
            tag("a");
            html.text(text).raw("</a>").text(all.substring(text.length()));
        }

        private void mailLink(MailLink node) {
            String all = node.getText().unescape();
            if (SafeNodeRenderer.insideLink(node)) {
                html.text(all);
                return;
            }
            String text = all.substring(0, LinkPolicy.bareLinkLength(all));
            attribute("href", Escaping.percentEncodeUrl("mailto:" + text));
            tag("a");
            html.text(text).raw("</a>").text(all.substring(text.length()));
        }

        private void footnote(Footnote node) {
            FootnoteBlock block = node.getFootnoteBlock();
            if (block == null) {
                html.raw("[^");
                children(node);
                html.raw("]");
                return;
            }
            int ordinal = block.getFootnoteOrdinal();
            attribute("id", "fnref-" + ordinal + referenceSuffix(node.getReferenceOrdinal()));
            tag("sup");
            if (!footnoteLinkClass.isEmpty()) attribute("class", footnoteLinkClass);
            attribute("href", "#fn-" + ordinal);
            tag("a");
            html.raw(footnoteRefPrefix + ordinal + footnoteRefSuffix).raw("</a>").raw("</sup>");
        }

        private void footnoteList(List<FootnoteBlock> blocks) {
            attribute("class", "footnotes");
            html.line();
            tag("div");
            html.line();
            html.line();
            voidTag("hr");
            html.line();
            html.line();
            tag("ol");
            html.line();
            for (FootnoteBlock block : blocks) {
                int ordinal = block.getFootnoteOrdinal();
                attribute("id", "fn-" + ordinal);
                html.line();
                tag("li");
                html.line();
                children(block);
                for (int i = 0; i < block.getFootnoteReferences(); i++) {
                    attribute("href", "#fnref-" + ordinal + referenceSuffix(i));
                    if (!footnoteBackLinkClass.isEmpty()) attribute("class", footnoteBackLinkClass);
                    html.line();
                    tag("a");
                    html.raw(footnoteBackRef).raw("</a>");
                }
                html.line().raw("</li>").line();
            }
            html.line().raw("</ol>").line();
            html.line().raw("</div>").line();
        }

        private void tableCell(TableCell node) {
            String name = node.isHeader() ? "th" : "td";
            if (node.getAlignment() != null) attribute("align", switch (node.getAlignment()) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            });
            wrapped(name, node);
        }

        private void attribute(String name, String value) {
            attributes.add(name);
            attributes.add(value);
        }

        private void tag(String name) {
            open(name);
            html.raw(">");
        }

        private void voidTag(String name) {
            open(name);
            html.raw(" />");
        }

        private void open(String name) {
            html.raw("<").raw(name);
            for (int i = 0; i < attributes.size(); i += 2) {
                html.raw(" ").raw(attributes.get(i)).raw("=\"").raw(attributeValue(attributes.get(i + 1))).raw("\"");
            }
            attributes.clear();
        }
    }

    private static String referenceSuffix(int referenceOrdinal) {
        return referenceOrdinal == 0 ? "" : "-" + referenceOrdinal;
    }

    /** Attribute values keep the entities written in them, as flexmark's writer does. */
    private static String attributeValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') return Escaping.escapeHtml(value, true);
        }
        return value;
    }

    /** {@code BasedSequence.unescape()}, without its expressions when there is nothing to unescape. */
    private static String unescape(BasedSequence chars) {
        String s = chars.toString();
        return s.indexOf('\\') < 0 && s.indexOf('&') < 0 ? s : Escaping.unescapeString(s);
    }

    /** {@code Escaping.normalizeEOL}, without its copy when there is no carriage return. */
    static String normalizeEol(String s) {
        return s.indexOf('\r') < 0 ? s : Escaping.normalizeEOL(s);
    }
}
