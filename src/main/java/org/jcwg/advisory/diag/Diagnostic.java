package org.jcwg.advisory.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the content, with the place it was found. {@code code} is a stable
 * kebab-case name of the rule (for JSON output and tests). Immutable.
 */
public record Diagnostic(Severity severity, String code, SourcePos pos, String message) {

    /** Sorted by file, line, column, then errors before warnings and by message, for stable output. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::pos)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String code, SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, code, pos, message);
    }

    public static Diagnostic warning(String code, SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, code, pos, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return pos + ": " + severity.label() + ": " + message;
    }
}
