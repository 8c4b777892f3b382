package org.jcwg.advisory.model;

import java.nio.file.Path;

/** A non-Markdown file of a language folder (an image), copied to that language's pages. */
public record Asset(Lang lang, String path, Path source) {
}
