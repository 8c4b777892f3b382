package org.jcwg.advisory.build;

import java.nio.file.Path;
import java.util.Objects;
import org.jcwg.advisory.model.Edition;

/** What one {@code build} was asked to do. */
public record BuildOptions(Path root, Path out, Edition edition, boolean pdf, boolean strict) {
    public BuildOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(edition, "edition");
    }
}
