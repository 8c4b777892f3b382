package org.jcwg.advisory.markdown;

import java.util.Objects;

/**
 * An HTML comment ({@code <!-- text -->}) standing alone in the body: never rendered, kept so that
 * other stages can read in-place instructions (for example silencing one finding). {@code text} is
 * the content between the markers, trimmed. Immutable.
 */
public record Comment(String text, int line, int column) {
    public Comment {
        Objects.requireNonNull(text, "text");
    }
}
