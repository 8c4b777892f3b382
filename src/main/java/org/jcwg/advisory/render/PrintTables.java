package org.jcwg.advisory.render;

/**
 * Marks the tables of a document body that are too wide for a printed page, so that the print
 * style fits them to the page in small type instead of cutting their right-hand columns off (a
 * PDF cannot scroll, and a lost column of wallet addresses is lost for its reader). Stateless.
 */
final class PrintTables {

    /** More columns than this do not fit across an A4 page at the body's table type size. */
    static final int MAX_NARROW_COLUMNS = 8;

    static final String WIDE = "<table class=\"wide\">";

    private PrintTables() {
    }

    /** The body with each wide table's tag given the class {@code wide}. */
    static String markWide(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        int from = 0;
        for (int at = html.indexOf("<table>"); at >= 0; at = html.indexOf("<table>", at + 1)) {
            int rowEnd = html.indexOf("</tr>", at);
            if (rowEnd < 0 || columns(html, at, rowEnd) <= MAX_NARROW_COLUMNS) continue;
            out.append(html, from, at).append(WIDE);
            from = at + "<table>".length();
        }
        return out.append(html, from, html.length()).toString();
    }

    private static int columns(String html, int from, int to) {
        int n = 0;
        for (int i = html.indexOf("<t", from); i >= 0 && i < to; i = html.indexOf("<t", i + 1)) {
            if (html.startsWith("<th", i) || html.startsWith("<td", i)) {
                char next = html.charAt(i + 3);
                if (next == '>' || next == ' ') n++;
            }
        }
        return n;
    }
}
