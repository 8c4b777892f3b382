package org.jcwg.advisory.i18n;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;
import org.jcwg.advisory.model.Lang;

/**
 * Where a line may end, in the manner of CSS {@code word-break: keep-all}: the Unicode line-break
 * opportunities (UAX #14, from ICU) minus those inside a Korean word. UAX #14 lets a line break
 * between any two Hangul syllables, which splits words ("보고" / "서") the way no Korean
 * publication does; with keep-all a Korean line ends only at a space or where Latin text allows it
 * (after a hyphen or slash, between words).
 *
 * <p>Not thread-safe: it holds an ICU break iterator. Make one per render.
 */
public final class KeepAllLineBreaks {

    private final BreakIterator lines;

    public KeepAllLineBreaks(Lang lang) {
        this.lines = BreakIterator.getLineInstance(Localizer.locale(lang));
    }

    /**
     * The offsets in {@code text} where a new line may start, ascending, ending with
     * {@code text.length()} (as {@link java.text.BreakIterator#next()} reports them).
     */
    public int[] breaks(String text) {
        lines.setText(text);
        int[] out = new int[16];
        int n = 0;
        for (int at = lines.next(); at != BreakIterator.DONE; at = lines.next()) {
            if (at < text.length() && insideWord(text, at)) continue;
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = at;
        }
        return Arrays.copyOf(out, n);
    }

    /** A break not after a space, touching a Korean (or Han) letter on either side, is inside a word. */
    private static boolean insideWord(String text, int at) {
        int before = text.codePointBefore(at);
        if (Character.isWhitespace(before) || Character.isSpaceChar(before)) return false;
        return isKorean(before) || isKorean(text.codePointAt(at));
    }

    private static boolean isKorean(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN;
    }
}
