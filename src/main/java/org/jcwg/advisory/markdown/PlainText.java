package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Plain text of inline Markdown: what a reader sees, without markup. Attribute blocks ({@code {#id}})
 * and footnote references are left out; raw HTML counts as the literal text it is shown as, except
 * comments, which are never shown. Whitespace is collapsed to single spaces. Stateless.
 */
final class PlainText {

    private PlainText() {
    }

    static String inline(Node node) {
        StringBuilder sb = new StringBuilder();
        appendChildren(node, sb);
        return org.jcwg.advisory.model.Text.collapseWhitespace(sb);
    }

    static void appendChildren(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, sb);
        }
    }

    private static void append(Node node, StringBuilder sb) {
        if (node instanceof AttributesNode || node instanceof Footnote) {
            return;
        }
        if (node instanceof Text || node instanceof HtmlEntity) {
            appendUnescaped(node.getChars(), sb); // backslash escapes and character references decoded
        } else if (node instanceof Code code) {
            sb.append(code.getText()); // code spans keep backslashes literally
        } else if (node instanceof HtmlInlineBase) {
            String source = node.getChars().toString();
            if (!HtmlComments.isCommentOnly(source)) {
                sb.append(source);
            }
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            sb.append(' ');
        } else if (node instanceof RefNode ref && !ref.isDefined()) {
            // An undefined [reference] is shown as written, brackets included.
            if (node.hasChildren()) {
                sb.append(node.getChars().prefixOf(node.getChildChars()).unescape());
                appendChildren(node, sb);
                sb.append(node.getChars().suffixOf(node.getChildChars()).unescape());
            } else {
                sb.append(node.getChars().unescape());
            }
        } else if (!node.hasChildren() && node instanceof com.vladsch.flexmark.ast.DelimitedLinkNode link) {
            sb.append(link.getText()); // autolinks without a text child
        } else {
            appendChildren(node, sb);
        }
    }

    /**
     * flexmark's {@code unescape()} copies a text char by char through its sequence classes even when
     * there is nothing to decode, which is almost always: then the characters are copied straight
     * from the body ({@link BodyPieces}).
     */
    private static void appendUnescaped(BasedSequence chars, StringBuilder sb) {
        String body = BodyPieces.bodyOf(chars);
        if (body != null) {
            int start = chars.getStartOffset();
            int end = chars.getEndOffset();
            boolean plain = true;
            for (int i = start; i < end && plain; i++) {
                char c = body.charAt(i);
                plain = c != '\\' && c != '&';
            }
            if (plain) {
                sb.append(body, start, end);
                return;
            }
        }
        sb.append(chars.unescape());
    }
}
