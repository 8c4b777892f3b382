package org.jcwg.advisory.check;

/**
 * Acronyms in prose ("OFAC", "VASPs", "AT&T", "T1566"; not "Xyz" or "ABCsx"): an upper-case letter not
 * preceded by a letter, then upper-case letters, digits or '&', maybe a plural 's', not followed
 * by a letter. Found left to right as {@code (?<![A-Za-z])[A-Z][A-Z0-9&]+s?(?![A-Za-z])} would
 * find them, by hand: in a Korean text the expression tried every character and was half of
 * the completeness check. Stateless.
 */
final class Acronyms {

    /** Receives one acronym: {@code [start, end)} of the text. */
    @FunctionalInterface
    interface Found {
        void at(int start, int end);
    }

    private Acronyms() {
    }

    static void each(String text, Found found) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = upper(text.charAt(i)) && (i == 0 || !letter(text.charAt(i - 1))) ? endAt(text, i) : -1;
            if (end < 0) {
                i++;
            } else {
                found.at(i, end);
                i = end;
            }
        }
    }

    /** The end of the acronym that starts at {@code start}, or -1; the longest, as the greedy expression backs off. */
    private static int endAt(String text, int start) {
        int n = text.length();
        int run = start + 1;
        while (run < n && body(text.charAt(run))) run++;
        for (int k = run; k >= start + 2; k--) {
            // Only at the run's end can an 's' follow: inside the run every character is a body character.
            if (k < n && text.charAt(k) == 's' && (k + 1 == n || !letter(text.charAt(k + 1)))) return k + 1;
            if (k == n || !letter(text.charAt(k))) return k;
        }
        return -1;
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean body(char c) {
        return upper(c) || c >= '0' && c <= '9' || c == '&';
    }

    private static boolean letter(char c) {
        return upper(c) || c >= 'a' && c <= 'z';
    }
}
