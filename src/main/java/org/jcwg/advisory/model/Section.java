package org.jcwg.advisory.model;

import java.util.List;
import org.jcwg.advisory.diag.SourcePos;

/**
 * A heading and what it contains. {@code id} is null where the editor wrote none (an error
 * reported elsewhere); children are the next-deeper headings up to the next sibling.
 */
public record Section(String id, int level, String title, SourcePos pos, List<Section> children) {
    public Section {
        children = List.copyOf(children);
    }
}
