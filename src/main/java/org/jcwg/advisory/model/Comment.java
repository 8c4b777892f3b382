package org.jcwg.advisory.model;

import org.jcwg.advisory.diag.SourcePos;

/** An HTML comment standing alone in a body: never shown, read as an in-place instruction. */
public record Comment(String text, SourcePos pos) {
}
