package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;

/**
 * Shapes of Markdown that no advisory needs and that overflow the parser's stack (flexmark
 * recurses per nesting level and its regular expressions per repeated character): quotes nested
 * deeper than {@value #MAX_QUOTE_DEPTH}, lines indented more than {@value #MAX_INDENT} columns
 * (lists that deep), runs of one markup character longer than {@value #MAX_RUN}, lines longer
 * than {@value #MAX_LINE} characters and bodies longer than {@value #MAX_BODY}. A body with any
 * of them is refused before it is parsed, with the line to fix. Stateless.
 */
final class MarkdownLimits {

    static final int MAX_QUOTE_DEPTH = 16;
    static final int MAX_INDENT = 64;
    static final int MAX_RUN = 200;
    static final int MAX_LINE = 20_000;
    static final int MAX_BODY = 2_000_000;
    static final int MAX_TREE_DEPTH = 64;
    private static final String MARKUP = "*_`~-=#[]()<>|\\!+.:";

    private MarkdownLimits() {
    }

    static List<Diagnostic> check(String file, String body, int firstLine) {
        List<Diagnostic> out = new ArrayList<>();
        if (body.length() > MAX_BODY) {
            out.add(Diagnostic.error("too-large", SourcePos.of(file, firstLine), "the text is " + body.length()
                    + " characters long; at most " + MAX_BODY + " are read: split the document"));
            return out;
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String problem = problem(lines[i]);
            if (problem != null) {
                out.add(Diagnostic.error("too-deep", SourcePos.of(file, firstLine + i), problem));
                if (out.size() >= 10) break; // enough to find the pattern
            }
        }
        return out;
    }

    private static String problem(String line) {
        if (line.length() > MAX_LINE) {
            return "this line is " + line.length() + " characters long; at most " + MAX_LINE + " are read: break it up";
        }
        int quotes = 0;
        int indent = 0;
        int i = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>') quotes++;
            else if (c == ' ' && quotes == 0) indent++;
            else if (c == '\t' && quotes == 0) indent += 4;
            else if (c != ' ' && c != '\t') break;
        }
        if (quotes > MAX_QUOTE_DEPTH) {
            return "quotes are nested " + quotes + " deep here; at most " + MAX_QUOTE_DEPTH + " levels are read:"
                    + " use fewer '>'";
        }
        if (indent > MAX_INDENT) {
            return "this line is indented " + indent + " columns (lists nested that deep); at most " + MAX_INDENT
                    + " are read: indent it less, or flatten the list";
        }
        int run = 1;
        for (int k = 1; k < line.length(); k++) {
            char c = line.charAt(k);
            run = c == line.charAt(k - 1) ? run + 1 : 1;
            if (run > MAX_RUN && MARKUP.indexOf(c) >= 0) {
                return "'" + c + "' is repeated more than " + MAX_RUN + " times in a row; at most " + MAX_RUN
                        + " are read: shorten the run";
            }
        }
        return null;
    }

    /** The first node nested deeper than {@value #MAX_TREE_DEPTH} in the parsed tree, walked without recursion; null if none. */
    static Node deepest(Node root) {
        Node node = root.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX_TREE_DEPTH) return node;
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == root) return null;
            }
            if (node != null) node = node.getNext();
        }
        return null;
    }
}
