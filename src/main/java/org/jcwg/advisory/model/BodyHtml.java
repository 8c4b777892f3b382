package org.jcwg.advisory.model;

import java.util.List;
import java.util.Objects;

/**
 * A document body already rendered to HTML when it was read, so that it is parsed once per build:
 * each relative link or image target is left as a numbered placeholder in {@code html}, for the
 * page that shows the body to resolve ({@code targets} in order). Immutable.
 */
public record BodyHtml(String html, List<String> targets) {
    public BodyHtml {
        Objects.requireNonNull(html, "html");
        targets = List.copyOf(targets);
    }
}
