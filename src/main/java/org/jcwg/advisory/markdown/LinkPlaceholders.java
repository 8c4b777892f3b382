package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jcwg.advisory.model.BodyHtml;

/**
 * Relative link and image targets left in a rendered body as numbered placeholders, and put
 * back for the page that shows it: the href or src the page's rewriter gives, or, when the
 * rewriter withholds the target (null), the link's words without the link and the image's alt
 * text without the image, exactly as rendering with that rewriter would. Placeholders are made
 * of two private-use characters around a number; a body that already holds either character is
 * not rendered ahead ({@link #fitsIn}). Stateless.
 */
final class LinkPlaceholders {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    /** One change to the rendered text: {@code [from, to)} replaced. */
    private record Edit(int from, int to, String with) {
    }

    private LinkPlaceholders() {
    }

    static boolean fitsIn(String body) {
        return body.indexOf(OPEN) < 0 && body.indexOf(CLOSE) < 0;
    }

    static String placeholder(int index) {
        return OPEN + Integer.toString(index) + CLOSE;
    }

    static String resolve(BodyHtml body, UnaryOperator<String> rewriter) {
        String html = body.html();
        List<Edit> edits = new ArrayList<>();
        for (int at = html.indexOf(OPEN); at >= 0; at = html.indexOf(OPEN, at + 1)) {
            int end = html.indexOf(CLOSE, at);
            String target = body.targets().get(Integer.parseInt(html.substring(at + 1, end)));
            String resolved = rewriter.apply(target);
            if (resolved != null) {
                edits.add(new Edit(at, end + 1, Escaping.escapeHtml(resolved, true))); // as the renderer writes attributes
                continue;
            }
            // Withheld: the renderer wrote this placeholder as the first attribute of <a or <img.
            int tagStart = html.lastIndexOf('<', at);
            int tagEnd = html.indexOf('>', end) + 1;
            if (html.startsWith("<a ", tagStart)) {
                int close = matchingClose(html, tagEnd);
                edits.add(new Edit(tagStart, tagEnd, ""));
                edits.add(new Edit(close, close + "</a>".length(), ""));
            } else {
                edits.add(new Edit(tagStart, tagEnd, alt(html.substring(tagStart, tagEnd))));
            }
        }
        if (edits.isEmpty()) return html;
        edits.sort(Comparator.comparingInt(Edit::from));
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        for (Edit e : edits) {
            out.append(html, from, e.from()).append(e.with());
            from = e.to();
            // The renderer drops spaces at the start of a line; a removed tag can leave some there.
            if (e.with().isEmpty() && !out.isEmpty() && out.charAt(out.length() - 1) == '\n') {
                while (from < html.length() && html.charAt(from) == ' ') from++;
            }
        }
        return out.append(html, from, html.length()).toString();
    }

    /**
     * The {@code </a>} that closes the link whose opening tag ends at {@code from}: a link's words
     * may hold links of their own (an e-mail address the autolinker found). Text never holds a
     * raw {@code <}, so only tags are counted.
     */
    private static int matchingClose(String html, int from) {
        int depth = 0;
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.startsWith("<a ", i)) {
                depth++;
            } else if (html.startsWith("</a>", i)) {
                if (depth == 0) return i;
                depth--;
            }
        }
        throw new IllegalStateException("a link rendered without its end tag");
    }

    /** The alt text of a rendered image tag, still escaped (as the renderer escapes text). */
    private static String alt(String tag) {
        int start = tag.indexOf(" alt=\"");
        if (start < 0) return "";
        start += " alt=\"".length();
        return tag.substring(start, tag.indexOf('"', start));
    }
}
