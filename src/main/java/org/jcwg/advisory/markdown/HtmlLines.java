package org.jcwg.advisory.markdown;

/**
 * The text of a rendered body as flexmark's {@code HtmlWriter} lays it out with the options
 * {@link MarkdownProcessor} gives it (no indentation, leading spaces of a line dropped, at most one
 * empty line in a row outside preformatted text), kept to the same bytes so that
 * {@link BodyRenderer} and flexmark's renderer are interchangeable. Not thread-safe; one per render.
 */
final class HtmlLines {

    private final StringBuilder out;
    private int lineStart;
    /** The current line holds nothing but tabs so far (spaces at a line's start are dropped). */
    private boolean onlyTabs = true;
    private int preNesting;
    /** The current line is where preformatted text began: flexmark never drops it, empty or not. */
    private boolean lineOpensPre;
    /** The last line ended was empty and counted toward the limit of one. */
    private boolean lastWasEmpty;

    HtmlLines(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Markup or text already escaped. */
    HtmlLines raw(String s) {
        int n = s.length();
        if (preNesting == 0 && !onlyTabs && s.indexOf('\n') < 0) {
            out.append(s); // the common case: inside a line, nothing to trim or end
            return this;
        }
        for (int i = 0; i < n; i++) append(s.charAt(i));
        return this;
    }

    /** Text, escaped as flexmark escapes it ({@code & < > "}, entities or not). */
    HtmlLines text(String s) {
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                if (i > from) raw(s.substring(from, i));
                raw(entity);
                from = i + 1;
            }
        }
        if (from == 0) return raw(s);
        if (from < n) raw(s.substring(from));
        return this;
    }

    /** Ends the current line unless it is empty (in preformatted text, always). */
    HtmlLines line() {
        if (preNesting > 0 || out.length() > lineStart) append('\n');
        return this;
    }

    HtmlLines openPre() {
        if (preNesting == 0) lineOpensPre = true;
        preNesting++;
        return this;
    }

    HtmlLines closePre() {
        preNesting--;
        return this;
    }

    /** The whole text, its last line ended. */
    String finish() {
        line();
        return out.toString();
    }

    private void append(char c) {
        if (c == '\n') {
            endLine();
        } else if (c == ' ') {
            if (preNesting > 0 || !onlyTabs) out.append(' ');
        } else {
            if (c != '\t') onlyTabs = false;
            out.append(c);
        }
    }

    private void endLine() {
        boolean empty = out.length() == lineStart;
        boolean preformatted = preNesting > 0 || lineOpensPre;
        if (empty && !preformatted) {
            if (!lastWasEmpty) out.append('\n');
            lastWasEmpty = true;
        } else {
            out.append('\n');
            lastWasEmpty = false;
        }
        lineStart = out.length();
        onlyTabs = true;
        lineOpensPre = false;
    }
}
