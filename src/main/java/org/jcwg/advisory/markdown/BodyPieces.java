package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * flexmark's texts read where they were parsed from: its sequence classes are slow to read char
 * by char, and most texts are one unbroken piece of the body. Stateless.
 */
final class BodyPieces {

    private BodyPieces() {
    }

    /**
     * The body {@code chars} is one piece of, from {@code chars.getStartOffset()} to
     * {@code chars.getEndOffset()}; null when it is not such a piece.
     */
    static String bodyOf(BasedSequence chars) {
        return chars instanceof SubSequence && chars.getBase() instanceof String body ? body : null;
    }
}
