package org.jcwg.advisory.model;

import java.util.Objects;
import org.jcwg.advisory.diag.SourcePos;

/**
 * One key of a file as written, with the place of its value. The value is already normalised
 * for comparison: String, Boolean, LocalDate, an enum of this package, or a sorted List of
 * Strings for keys the contract treats as sets.
 */
public record Field(String key, Object value, SourcePos pos) {
    public Field {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pos, "pos");
    }
}
