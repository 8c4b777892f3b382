package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Renders the nodes through which an editor could smuggle markup or script into a page: headings
 * (ids), links and images (targets judged by {@link LinkPolicy}, relative ones rewritten by the
 * caller), and raw HTML (escaped, stand-alone comments dropped). Everything else is left to
 * flexmark's own renderers. The per-document inputs travel on the flexmark {@code Document}, so one
 * renderer serves all threads; an instance is created per render and is not shared.
 * {@link BodyRenderer} makes the same HTML and shares its decisions on targets from here.
 */
final class SafeNodeRenderer implements NodeRenderer {

    /** The caller's rewriter for relative targets, set on each document before rendering. */
    static final DataKey<UnaryOperator<String>> REWRITER = new DataKey<>("ADVISORY_LINK_REWRITER", UnaryOperator.identity());
    /** Valid heading ids found by {@link AttributeSanitizer}, set on each document before rendering. */
    static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("ADVISORY_HEADING_IDS", Map.of());

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Heading.class, this::renderHeading),
                new NodeRenderingHandler<>(Link.class, this::renderLink),
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.LinkRef.class, this::renderLinkRef),
                new NodeRenderingHandler<>(Image.class, this::renderImage),
                new NodeRenderingHandler<>(ImageRef.class, this::renderImageRef),
                new NodeRenderingHandler<>(AutoLink.class, this::renderAutoLink),
                new NodeRenderingHandler<>(MailLink.class, this::renderMailLink),
                new NodeRenderingHandler<>(HtmlBlock.class, this::renderHtmlBlock),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, this::renderHtmlBlock),
                new NodeRenderingHandler<>(HtmlInnerBlock.class, this::renderHtmlBlock),
                new NodeRenderingHandler<>(HtmlInnerBlockComment.class, this::renderHtmlBlock),
                new NodeRenderingHandler<>(HtmlInline.class, this::renderHtmlInline),
                new NodeRenderingHandler<>(HtmlInlineComment.class, this::renderHtmlInline));
    }

    private void renderHeading(com.vladsch.flexmark.ast.Heading node, NodeRendererContext context, HtmlWriter html) {
        String id = HEADING_IDS.get(context.getDocument()).get(node);
        if (id != null) {
            html.attr("id", id);
        }
        html.srcPos(node.getText()).withAttr().tagLine("h" + node.getLevel(), () -> context.renderChildren(node));
    }

    private void renderLink(Link node, NodeRendererContext context, HtmlWriter html) {
        writeLink(node, node.getUrl().unescape(), node.getTitle(), context, html);
    }

    private void renderLinkRef(com.vladsch.flexmark.ast.LinkRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
        if (reference == null) {
            context.delegateRender(); // an undefined reference is plain text, as flexmark renders it
            return;
        }
        writeLink(node, reference.getUrl().unescape(), reference.getTitle(), context, html);
    }

    private void renderImage(Image node, NodeRendererContext context, HtmlWriter html) {
        writeImage(node, node.getUrl().unescape(), node.getTitle(), context, html);
    }

    private void renderImageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
        if (reference == null) {
            context.delegateRender();
            return;
        }
        writeImage(node, reference.getUrl().unescape(), reference.getTitle(), context, html);
    }

    /** Inside a link's words, an address the autolinker found stays words: links cannot nest in HTML. */
    static boolean insideLink(Node node) {
        return node.getAncestorOfType(Link.class, LinkRef.class) != null;
    }

    private void renderAutoLink(AutoLink node, NodeRendererContext context, HtmlWriter html) {
        String all = node.getText().toString();
        if (insideLink(node)) {
            html.text(all);
            return;
        }
        String text = all.substring(0, LinkPolicy.bareLinkLength(all));
        String trailing = all.substring(text.length());
        String target = autoLinkTarget(text, REWRITER.get(context.getDocument()));
        if (target == null) { // not allowed, or withheld by the page: the words stay, the link goes
            html.text(all);
            return;
        }
        html.srcPos(node.getText()).attr("href", target).withAttr().tag("a");
        html.text(text);
        html.tag("/a");
        html.text(trailing);
    }

    private void renderMailLink(MailLink node, NodeRendererContext context, HtmlWriter html) {
        String all = node.getText().unescape();
        if (insideLink(node)) {
            html.text(all);
            return;
        }
        String text = all.substring(0, LinkPolicy.bareLinkLength(all));
        html.srcPos(node.getText()).attr("href", Escaping.percentEncodeUrl("mailto:" + text)).withAttr().tag("a");
        html.text(text);
        html.tag("/a");
        html.text(all.substring(text.length()));
    }

    private void writeLink(Node node, String target, BasedSequence title, NodeRendererContext context, HtmlWriter html) {
        String href = allowedTarget(target, REWRITER.get(context.getDocument()));
        if (href == null) {
            context.renderChildren(node); // the words stay, the target goes
            return;
        }
        html.attr("href", href);
        if (title.isNotNull()) {
            html.attr("title", title.unescape());
        }
        html.srcPos(node.getChars()).withAttr().tag("a");
        context.renderChildren(node);
        html.tag("/a");
    }

    private void writeImage(Node node, String target, BasedSequence title, NodeRendererContext context, HtmlWriter html) {
        String alt = PlainText.inline(node);
        String src = allowedTarget(target, REWRITER.get(context.getDocument()));
        if (src == null) {
            html.text(alt);
            return;
        }
        html.attr("src", src);
        html.attr("alt", alt);
        if (title.isNotNull()) {
            html.attr("title", title.unescape());
        }
        html.srcPos(node.getChars()).withAttr().tagVoid("img");
    }

    /**
     * The href/src to write for a link or image target, or null to leave it out: a target the
     * policy refuses, or a relative one the caller's {@code rewriter} withholds (a document this
     * edition does not publish). Relative targets are the rewriter's business.
     */
    static String allowedTarget(String target, UnaryOperator<String> rewriter) {
        if (!LinkPolicy.isAllowed(target)) return null;
        if (LinkPolicy.classify(target) == LinkPolicy.Kind.RELATIVE) {
            return rewriter.apply(target);
        }
        return Escaping.percentEncodeUrl(target);
    }

    /** As {@link #allowedTarget}, for an address the autolinker found ({@code www.} ones get a scheme). */
    static String autoLinkTarget(String text, UnaryOperator<String> rewriter) {
        return allowedTarget(text.startsWith("www.") ? LinkPolicy.WWW_PREFIX + text : text, rewriter);
    }

    private void renderHtmlBlock(HtmlBlockBase node, NodeRendererContext context, HtmlWriter html) {
        String text = shownHtmlBlock(node);
        if (text == null) return;
        html.line();
        html.tag("p").text(text).tag("/p");
        html.line();
    }

    private void renderHtmlInline(HtmlInlineBase node, NodeRendererContext context, HtmlWriter html) {
        String text = shownHtmlInline(node);
        if (text != null) html.text(text);
    }

    /** The text a raw HTML block is shown as (in a paragraph, escaped), or null for a lone comment, which is dropped. */
    static String shownHtmlBlock(HtmlBlockBase node) {
        String text = shownHtmlInline(node);
        return text != null && text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** The text inline raw HTML is shown as (escaped), or null for a lone comment, which is dropped. */
    static String shownHtmlInline(Node node) {
        String source = node.getChars().toString();
        if (HtmlComments.isCommentOnly(source)) return null;
        return BodyRenderer.normalizeEol(source);
    }
}
