package org.jcwg.advisory.facts;

import java.util.function.IntPredicate;

/**
 * Where a pattern can begin. java.util.regex tries a match at every position of a text; a
 * {@code Start} names the positions worth trying: the start of a number ({@link Base#DIGITS}),
 * the start of an ASCII word ({@link Base#WORDS}) or any position, narrowed to the characters a
 * match can begin with and by a test. {@link Scan} lists digit and word starts once per text, so
 * most of the forty patterns look at a handful of positions instead of every character; the first
 * characters are looked up in a table before any test runs, which is what keeps a fresh JVM (still
 * interpreting the tests) from spending its time on words like "the". A Start must accept every
 * position where its pattern can match. Immutable.
 */
final class Start {

    enum Base { DIGITS, WORDS, ALL }

    @FunctionalInterface
    interface Test {
        boolean at(char[] text, int index);
    }

    private static final Test ANY = (s, i) -> true;

    /** A digit that does not continue another number. */
    static final Start DIGIT = new Start(Base.DIGITS, null, ANY);

    /** The first letter or digit of an ASCII word. */
    static final Start WORD = new Start(Base.WORDS, null, ANY);

    private final Base base;
    private final String firsts;
    private final boolean[] asciiFirsts;
    private final Test test;

    private Start(Base base, String firsts, Test test) {
        this.base = base;
        this.firsts = firsts;
        this.test = test;
        this.asciiFirsts = new boolean[128];
        if (firsts != null) {
            for (char c : firsts.toCharArray()) {
                if (c < 128) asciiFirsts[c] = true;
            }
        }
    }

    /** Word starts that pass {@code test}. */
    static Start word(Test test) {
        return new Start(Base.WORDS, null, test);
    }

    /** Word starts at one of {@code firsts} that pass {@code test}. */
    static Start word(String firsts, Test test) {
        return new Start(Base.WORDS, firsts, test);
    }

    /** One of {@code chars} at the start of a word. */
    static Start wordStartingWith(String chars) {
        return word(chars, ANY);
    }

    /** Any position at one of {@code firsts} that passes {@code test} (for patterns that start with a Korean letter or a sign). */
    static Start anywhere(String firsts, Test test) {
        return new Start(Base.ALL, firsts, test);
    }

    /** Any position at one of {@code firsts}. */
    static Start anywhereAt(String firsts) {
        return anywhere(firsts, ANY);
    }

    /** Any position that passes {@code test}. */
    static Start anywhere(Test test) {
        return new Start(Base.ALL, null, test);
    }

    Base base() {
        return base;
    }

    /** Whether a match may begin at {@code index} of {@code text}. */
    boolean accepts(char[] text, int index) {
        char c = text[index];
        if (firsts != null && !(c < 128 ? asciiFirsts[c] : firsts.indexOf(c) >= 0)) return false;
        return test.at(text, index);
    }

    static boolean isDigitStart(char[] s, int i) {
        return isDigit(s[i]) && (i == 0 || !isDigit(s[i - 1]));
    }

    static boolean isWordStart(char[] s, int i) {
        return isAsciiAlnum(s[i]) && (i == 0 || !isAsciiAlnum(s[i - 1]));
    }

    /** The length of the run of characters from {@code index} that {@code in} accepts. */
    static int run(char[] s, int index, IntPredicate in) {
        int end = index;
        while (end < s.length && in.test(s[end])) end++;
        return end - index;
    }

    /** Whether {@code s} holds {@code word} at {@code index}, ignoring the case of ASCII letters. */
    static boolean startsWithIgnoringCase(char[] s, int index, String word) {
        if (index + word.length() > s.length) return false;
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(s[index + k]) != Character.toLowerCase(word.charAt(k))) return false;
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlnum(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
