package org.jcwg.advisory.markdown;

import java.util.Objects;

/**
 * One heading of a document body. {@code level} 1..6; {@code id} the explicit {@code {#id}} as
 * written, or null when there is none; {@code text} the heading's plain text without the
 * {@code {#id}}; {@code line} and {@code column} count from 1 in the file (front matter included).
 * Immutable.
 */
public record Heading(int level, String id, String text, int line, int column) {
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level 1..6: " + level);
        }
        Objects.requireNonNull(text, "text");
    }
}
