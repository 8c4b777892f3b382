package org.jcwg.advisory.check;

import java.util.LinkedHashMap;
import java.util.Map;
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

    private Fingerprints() {
    }

    /** Section key (id, or a {@link LockEntry} pseudo-section) to fingerprint, in document order. */
    public static Map<String, String> of(Translation t) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder front = new StringBuilder(t.title().value()).append('\n').append(t.summary().value());
        for (Text note : t.revisionNotes()) front.append('\n').append(note.value());
        out.put(LockEntry.FRONT_MATTER, LockEntry.fingerprintOf(front.toString()));
        for (SectionText s : t.texts()) {
            out.put(s.id() == null ? LockEntry.PREAMBLE : s.id(), s.fingerprint());
        }
        return out;
    }
}
