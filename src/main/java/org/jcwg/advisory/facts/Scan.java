package org.jcwg.advisory.facts;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One extraction in progress: the refanged text, which characters are already claimed, and the
 * facts found. Passes run from the most specific (URLs, hashes) to the most general (plain
 * numbers); a claimed character is never read again, which is what keeps a year inside a hash or
 * a number inside an IP address from becoming a fact of its own. Not thread-safe: one per text.
 */
final class Scan {

    private final Refang.Result source;
    private final char[] chars;
    private final boolean[] claimed;
    private final boolean verifyStarts;
    private final List<Fact> facts = new ArrayList<>();
    private int[] digitStarts;
    private int[] wordStarts;

    /**
     * @param verifyStarts also try every position a pattern's {@link Start} passes over, and fail if
     *                     the pattern matches there (for tests: a Start must never hide a fact)
     */
    Scan(String original, boolean verifyStarts) {
        this.source = Refang.apply(original);
        this.chars = source.text().toCharArray();
        this.claimed = new boolean[chars.length];
        this.verifyStarts = verifyStarts;
    }

    /** The refanged text that the passes read. */
    String text() {
        return source.text();
    }

    boolean isFree(int start, int end) {
        for (int i = start; i < end; i++) {
            if (claimed[i]) return false;
        }
        return true;
    }

    /** Marks a span as read without a fact: ids, times, file names. */
    void claim(int start, int end) {
        for (int i = start; i < end; i++) {
            claimed[i] = true;
        }
    }

    void add(FactKind kind, String value, int start, int end) {
        claim(start, end);
        facts.add(new Fact(kind, value, source.written(start, end), source.originalOffset(start)));
    }

    boolean contains(String s) {
        return source.text().contains(s);
    }

    /**
     * Calls {@code action} for each match of {@code pattern} that begins where {@code start} allows
     * and lies wholly in unclaimed text, left to right, as {@code find} would. Lookbehinds still see
     * the text before the match (transparent bounds).
     */
    void each(Pattern pattern, Start start, Consumer<Matcher> action) {
        String text = source.text();
        int n = chars.length;
        int[] positions = start.base() == Start.Base.DIGITS ? digitStarts()
                : start.base() == Start.Base.WORDS ? wordStarts() : null;
        int count = positions != null ? positions.length : n;
        Matcher m = null;
        int resume = 0;
        int checked = 0; // with verifyStarts: positions before this one were tried
        for (int k = 0; k < count; k++) {
            int i = positions != null ? positions[k] : k;
            if (i < resume || claimed[i] || !start.accepts(chars, i)) continue;
            if (m == null) m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (verifyStarts) requireNoMatchBetween(Math.max(checked, resume), i, pattern, m);
            checked = i + 1;
            m.region(i, n);
            if (!m.lookingAt() || m.end() == i || !isFree(i, m.end())) continue;
            action.accept(m);
            resume = m.end();
        }
        if (verifyStarts) {
            requireNoMatchBetween(Math.max(checked, resume), n, pattern,
                    pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
        }
    }

    /** Fails if {@code pattern} would have made a fact at a position from {@code from} to {@code to} that was passed over. */
    private void requireNoMatchBetween(int from, int to, Pattern pattern, Matcher m) {
        for (int j = from; j < to; j++) {
            if (claimed[j]) continue;
            m.region(j, chars.length);
            if (m.lookingAt() && m.end() > j && isFree(j, m.end())) {
                throw new AssertionError("the start of /" + pattern + "/ passes over its match '" + m.group()
                        + "' at " + j + " of: " + source.text());
            }
        }
    }

    private int[] digitStarts() {
        if (digitStarts == null) digitStarts = positions(true);
        return digitStarts;
    }

    private int[] wordStarts() {
        if (wordStarts == null) wordStarts = positions(false);
        return wordStarts;
    }

    private int[] positions(boolean digits) {
        int[] found = new int[chars.length];
        int count = 0;
        for (int i = 0; i < chars.length; i++) {
            if (digits ? Start.isDigitStart(chars, i) : Start.isWordStart(chars, i)) found[count++] = i;
        }
        return Arrays.copyOf(found, count);
    }

    List<Fact> facts() {
        List<Fact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparingInt(Fact::offset));
        return List.copyOf(sorted);
    }
}
