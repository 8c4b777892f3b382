package org.jcwg.advisory.markdown;

import java.util.Objects;

/**
 * One link or image target as written in the body (character references and backslash escapes
 * decoded), whether or not it is allowed. {@code line} and {@code column} count from 1 in the file.
 * Immutable.
 */
public record LinkRef(String target, boolean image, int line, int column) {
    public LinkRef {
        Objects.requireNonNull(target, "target");
    }
}
