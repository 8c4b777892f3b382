package org.jcwg.advisory.diag;

import java.util.Objects;

/**
 * A place in a source file: path relative to the project root ({@code content-ko/advisories/x.md}),
 * line and column counted from 1. Immutable.
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    public SourcePos {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
        }
    }

    public static SourcePos of(String file, int line) {
        return new SourcePos(file, line, 1);
    }

    /** The whole file, when no better place is known. */
    public static SourcePos file(String file) {
        return new SourcePos(file, 1, 1);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
