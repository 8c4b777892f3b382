package org.jcwg.advisory.build;

import java.nio.file.Path;
import java.util.Objects;
import org.jcwg.advisory.model.Edition;

/**
 * What one {@code build} was asked to do. {@code clean}: reuse nothing from earlier builds (no
 * cached PDF, no unchanged file kept), and start the cache afresh.
 */
public record BuildOptions(Path root, Path out, Edition edition, boolean pdf, boolean strict, boolean clean) {
    public BuildOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(edition, "edition");
    }

    public BuildOptions(Path root, Path out, Edition edition, boolean pdf, boolean strict) {
        this(root, out, edition, pdf, strict, false);
    }

    /** Where the build cache lives: {@code .cache/} under the project (ignored by git). */
    public Path cacheFolder() {
        return cacheFolder(root);
    }

    /** The build cache of the project at {@code root}. */
    public static Path cacheFolder(Path root) {
        return root.resolve(".cache");
    }
}
