package org.jcwg.advisory.facts;

import java.util.function.IntPredicate;

/**
 * Where a pattern can begin. java.util.regex tries a match at every position of a text; a
 * {@code Start} names the positions worth trying: the start of a number ({@link Base#DIGITS}),
 * the start of an ASCII word ({@link Base#WORDS}) or any position, narrowed by a cheap test.
 * {@link Scan} lists digit and word starts once per text, so most of the forty patterns look at a
 * handful of positions instead of every character. A Start must accept every position where its
 * pattern can match. Immutable.
 */
record Start(Base base, Test test) {

    enum Base { DIGITS, WORDS, ALL }

    @FunctionalInterface
    interface Test {
        boolean at(String text, int index);
    }

    /** A digit that does not continue another number. */
    static final Start DIGIT = new Start(Base.DIGITS, (s, i) -> true);

    /** The first letter or digit of an ASCII word. */
    static final Start WORD = new Start(Base.WORDS, (s, i) -> true);

    /** Word starts that pass {@code test}. */
    static Start word(Test test) {
        return new Start(Base.WORDS, test);
    }

    /** One of {@code chars} at the start of a word. */
    static Start wordStartingWith(String chars) {
        return word((s, i) -> chars.indexOf(s.charAt(i)) >= 0);
    }

    /** Any position that passes {@code test} (for patterns that start with a Korean letter). */
    static Start anywhere(Test test) {
        return new Start(Base.ALL, test);
    }

    static boolean isDigitStart(String s, int i) {
        return isDigit(s.charAt(i)) && (i == 0 || !isDigit(s.charAt(i - 1)));
    }

    static boolean isWordStart(String s, int i) {
        return isAsciiAlnum(s.charAt(i)) && (i == 0 || !isAsciiAlnum(s.charAt(i - 1)));
    }

    /** The length of the run of characters from {@code index} that {@code in} accepts. */
    static int run(String s, int index, IntPredicate in) {
        int end = index;
        while (end < s.length() && in.test(s.charAt(end))) end++;
        return end - index;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlnum(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
