package org.jcwg.advisory.markdown;

/** Recognises raw HTML that is nothing but one comment, which is safe to drop. Stateless. */
final class HtmlComments {
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";

    private HtmlComments() {
    }

    /** True when {@code html}, trimmed, is exactly one {@code <!-- ... -->} with nothing after it. */
    static boolean isCommentOnly(String html) {
        String s = html.strip();
        return s.startsWith(OPEN) && s.length() >= OPEN.length() + CLOSE.length()
                && s.indexOf(CLOSE, OPEN.length()) == s.length() - CLOSE.length();
    }

    /** The text inside a comment accepted by {@link #isCommentOnly}, trimmed. */
    static String content(String html) {
        String s = html.strip();
        return s.substring(OPEN.length(), s.length() - CLOSE.length()).strip();
    }
}
