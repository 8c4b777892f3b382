package org.jcwg.advisory.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jcwg.advisory.model.LockEntry;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Translation;

/**
 * Fingerprints of what a translator translates: each section's own Markdown and the
 * translatable front matter. Whitespace is collapsed first, so re-wrapping a paragraph or
 * moving a section (sections are keyed by id, not position) is not a change. Stateless.
 */
public final class Fingerprints {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Fingerprints() {
    }

    /** Section key (id, or a {@link LockEntry} pseudo-section) to fingerprint, in document order. */
    public static Map<String, String> of(Translation t) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder front = new StringBuilder(t.title().value()).append('\n').append(t.summary().value());
        for (Text note : t.revisionNotes()) front.append('\n').append(note.value());
        out.put(LockEntry.FRONT_MATTER, of(front.toString()));
        for (SectionText s : t.texts()) {
            out.put(s.id() == null ? LockEntry.PREAMBLE : s.id(), of(s.source()));
        }
        return out;
    }

    static String of(String text) {
        String normalised = WHITESPACE.matcher(text).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
