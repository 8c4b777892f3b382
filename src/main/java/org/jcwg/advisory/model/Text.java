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

    /**
     * Each run of ASCII whitespace (what {@code \s} matches) as one space, none at either end (as
     * {@code replaceAll("\\s+", " ").strip()} would): the plain text of Markdown, and what a lock
     * fingerprint is taken of. Without a regular expression, as it runs on every block and section.
     */
    public static String collapseWhitespace(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space && length > 0) out[length++] = ' ';
                space = false;
                out[length++] = c;
            }
        }
        // strip() also trims other Unicode spaces at the ends, as the expression's users always had it
        return new String(out, 0, length).strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
