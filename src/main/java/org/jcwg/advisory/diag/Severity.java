package org.jcwg.advisory.diag;

/** How bad a finding is: errors fail the run, warnings only under {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
