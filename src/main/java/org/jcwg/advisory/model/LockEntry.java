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
        String normalised = collapseWhitespace(text).strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Each run of ASCII whitespace (what {@code \s} matches) as one space, as lock files have always
     * had it. By hand: a regular expression replacing every space of every section was most of the
     * build of a large publication with a lock file.
     */
    static String collapseWhitespace(String text) {
        int n = text.length();
        char[] out = null;
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isAsciiSpace(c)) {
                if (out != null) out[length++] = c;
                continue;
            }
            int end = i + 1;
            while (end < n && isAsciiSpace(text.charAt(end))) end++;
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new char[n];
                text.getChars(0, i, out, 0);
                length = i;
            }
            if (out != null) out[length++] = ' ';
            i = end - 1;
        }
        return out == null ? text : new String(out, 0, length);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
