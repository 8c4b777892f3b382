package org.jcwg.advisory.model;

import java.util.Objects;

/**
 * One section of one document as an editor last accepted its translation: fingerprints of the
 * source-language and the translated text at that moment. {@code section} is the section id,
 * {@link #FRONT_MATTER} for the title, summary and revision notes, {@link #PREAMBLE} for text
 * before the first heading.
 */
public record LockEntry(String document, String section, Lang source, String sourceFingerprint,
                        String translationFingerprint) {

    public static final String FRONT_MATTER = "@front-matter";
    public static final String PREAMBLE = "@preamble";

    public LockEntry {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceFingerprint, "sourceFingerprint");
        Objects.requireNonNull(translationFingerprint, "translationFingerprint");
    }

    /** Lock entries are identified by document and section. */
    public String key() {
        return document + "#" + section;
    }
}
