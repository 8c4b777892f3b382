package org.jcwg.advisory.model;

import org.jcwg.advisory.diag.SourcePos;

/** A link or image target as written in a document body. */
public record Link(String target, boolean image, SourcePos pos) {
}
