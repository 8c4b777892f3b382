package org.jcwg.advisory.export;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one language of a document is published, as the renderer lays the site out: the HTML
 * page, and the PDF and CSAF files when that build writes them ({@code pdf}, {@code csaf} null
 * otherwise). Absolute URLs when the site has a base URL; CSAF and STIX need absolute ones.
 */
public record PageUrls(String page, String pdf, String csaf) {
    public PageUrls {
        Objects.requireNonNull(page, "page");
    }

    public Optional<String> findPdf() {
        return Optional.ofNullable(pdf);
    }

    public Optional<String> findCsaf() {
        return Optional.ofNullable(csaf);
    }
}
