package org.jcwg.advisory.model;

import java.util.List;
import java.util.Objects;

/**
 * A document body already rendered to HTML when it was read, so that it is parsed once per build:
 * each relative link or image target is left as a numbered placeholder in {@code markup}, for the
 * page that shows the body to resolve ({@code targets} in order). The markup of a body from the
 * build cache is decoded when a page is made from it, which a page from the cache never is.
 * Immutable.
 */
public record BodyHtml(Deferred<String> markup, List<String> targets) {
    public BodyHtml {
        Objects.requireNonNull(markup, "markup");
        targets = List.copyOf(targets);
    }

    public BodyHtml(String html, List<String> targets) {
        this(Deferred.of(html), targets);
    }

    public String html() {
        return markup.get();
    }
}
