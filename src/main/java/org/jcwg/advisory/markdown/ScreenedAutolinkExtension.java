package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension with a screen in front: its post-processor runs a regular
 * expression and the link extractor over every text node of a body, which took a sixth of the
 * time of {@code check}, although most text nodes hold no link at all. A text node is handed on
 * only when it could hold one; otherwise the result is the same as with {@code AutolinkExtension}.
 * Stateless; thread-safe.
 */
final class ScreenedAutolinkExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /**
     * Whether the autolinker could find a link in a text node whose source characters are {@code chars}
     * (and which no entity follows).
     * It starts a link only at ':' (a scheme, and the "scheme://" prefix), '@' (an address) or
     * "www."; an entity or a backslash escape can write any of them, so '&' and '\' pass too.
     */
    static boolean mayHoldLink(CharSequence chars) {
        return mayHoldLink(chars, 0, chars.length());
    }

    /** As {@link #mayHoldLink(CharSequence)} for {@code chars} from {@code start} to {@code n}. */
    private static boolean mayHoldLink(CharSequence chars, int start, int n) {
        for (int i = start; i < n; i++) {
            switch (chars.charAt(i)) {
                case ':', '@', '&', '\\':
                    return true;
                case 'w':
                    if (i + 3 < n && chars.charAt(i + 1) == 'w' && chars.charAt(i + 2) == 'w' && chars.charAt(i + 3) == '.') {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /** The same nodes as flexmark's factory (every text node), each screened first. */
    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinker = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    // Before an entity the autolinker reads on through the text that follows: not screened.
                    Node next = node.getNext();
                    if (next instanceof HtmlEntity || next instanceof TypographicText || textMayHoldLink(node.getChars())) {
                        autolinker.process(state, node);
                    }
                }
            };
        }
    }

    /** Read from the body itself where the text is a piece of it ({@link BodyPieces}). */
    private static boolean textMayHoldLink(BasedSequence chars) {
        String body = BodyPieces.bodyOf(chars);
        return body != null ? mayHoldLink(body, chars.getStartOffset(), chars.getEndOffset()) : mayHoldLink(chars);
    }
}
