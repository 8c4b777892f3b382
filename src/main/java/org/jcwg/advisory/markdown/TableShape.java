package org.jcwg.advisory.markdown;

/** Size of one table: rows including the header row(s), and the widest row's cell count. Immutable. */
public record TableShape(int rows, int columns) {
}
