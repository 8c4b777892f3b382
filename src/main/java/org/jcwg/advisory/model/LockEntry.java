package org.jcwg.advisory.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * The fingerprint an entry records for a text: the first 8 bytes of the SHA-256 of the text
     * with each run of whitespace made one space and the ends stripped, so that re-wrapping a
     * paragraph is not a change.
     */
    public static String fingerprintOf(String text) {
        String normalised = Text.collapseWhitespace(text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
