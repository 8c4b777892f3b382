package org.jcwg.advisory.markdown;

/**
 * One block of a section's plain text (a paragraph, list item or table row) with the file line
 * where it starts, so that a fact found in it can be pointed at. Immutable.
 */
public record TextBlock(String text, int line) {
}
