package org.jcwg.advisory.render;

import com.openhtmltopdf.extend.FSTextBreaker;
import org.jcwg.advisory.i18n.KeepAllLineBreaks;
import org.jcwg.advisory.model.Lang;

/**
 * openhtmltopdf's line breaker, backed by {@link KeepAllLineBreaks}: openhtmltopdf has no
 * {@code word-break: keep-all}, and its default breaker splits Korean words between syllables.
 * Not thread-safe; one per PDF.
 */
final class KeepAllBreaker implements FSTextBreaker {

    private final KeepAllLineBreaks breaks;
    private int[] positions = new int[0];
    private int next;

    KeepAllBreaker(Lang lang) {
        this.breaks = new KeepAllLineBreaks(lang);
    }

    @Override
    public void setText(String text) {
        positions = breaks.breaks(text);
        next = 0;
    }

    /** The next place a line may start, or -1 (BreakIterator.DONE) after the last. */
    @Override
    public int next() {
        return next < positions.length ? positions[next++] : -1;
    }
}
