package org.jcwg.advisory.model;

import java.util.Objects;
import org.jcwg.advisory.diag.SourcePos;

/** A translatable string as written, with its place; blank when the key is missing. */
public record Text(String value, SourcePos pos) {
    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pos, "pos");
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
