package org.jcwg.advisory.render;

import java.util.Optional;

/**
 * PDFs typeset by earlier builds, by the fingerprint of everything a PDF is made from (see
 * {@link DocumentPdfs}): a PDF whose inputs did not change is taken from here instead of being
 * typeset again, and the result is the same bytes. Implementations must be thread-safe.
 */
public interface PdfCache {

    /** No cache: every PDF is typeset. */
    PdfCache NONE = new PdfCache() {
        @Override
        public Optional<byte[]> find(String key) {
            return Optional.empty();
        }

        @Override
        public void keep(String key, byte[] pdf) {
        }
    };

    Optional<byte[]> find(String key);

    void keep(String key, byte[] pdf);
}
