package org.jcwg.advisory.facts;

import java.util.Objects;

/**
 * One fact found in a text. {@code value} is canonical and language-independent
 * ({@code USD 1000000000}, {@code 2022-05-21}, {@code 203.0.113.5}), so that the two languages
 * compare by value; {@code written} is the text as the editor wrote it (defanged forms included)
 * and {@code offset} where it starts in the text given to {@link Facts}. Immutable.
 */
public record Fact(FactKind kind, String value, String written, int offset) {
    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(written, "written");
        if (offset < 0) throw new IllegalArgumentException("offset " + offset);
    }
}
