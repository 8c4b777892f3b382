package org.jcwg.advisory.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.DocumentMeta;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.model.Written;

/**
 * Joins the translations of one path into a {@link Document} with resolved neutral metadata.
 * A document missing a required key is still assembled (as TLP:RED, so it can never be
 * published by accident) so that checks on the rest of the project stay meaningful. Stateless.
 */
final class DocumentAssembler {

    private DocumentAssembler() {
    }

    static Document assemble(String path, Map<Lang, Translation> translations, List<Diagnostic> out) {
        Map<Lang, Written> written = new EnumMap<>(Lang.class);
        translations.forEach((lang, t) -> written.put(lang, t.written()));
        Translation first = translations.values().iterator().next();
        SourcePos where = first.written().pos();

        boolean complete = true;
        String id = Resolve.value(written, "id", String.class).orElse(null);
        DocType type = Resolve.value(written, "type", DocType.class).orElse(null);
        LocalDate date = Resolve.value(written, "date", LocalDate.class).orElse(null);
        Tlp tlp = Resolve.value(written, "tlp", Tlp.class).orElse(null);
        for (var required : List.of(
                Map.entry("id", id == null), Map.entry("type", type == null),
                Map.entry("date", date == null), Map.entry("tlp", tlp == null))) {
            if (required.getValue() && !mentioned(written, required.getKey())) {
                out.add(Diagnostic.error("missing-key", where, "front matter lacks '" + required.getKey()
                        + "' (required; give it in either language's file)"));
            }
            complete &= !required.getValue();
        }
        Lang source = Resolve.value(written, "source", Lang.class).orElse(Lang.EN);
        boolean draft = Resolve.value(written, "draft", Boolean.class).orElse(false);
        List<LocalDate> revisionDates = new ArrayList<>();
        int revisions = translations.values().stream().mapToInt(t -> t.revisionNotes().size()).max().orElse(0);
        for (int i = 1; i <= revisions; i++) {
            String key = "revisions[" + i + "].date";
            LocalDate revised = Resolve.value(written, key, LocalDate.class).orElse(null);
            if (revised == null && !mentioned(written, key)) {
                out.add(Diagnostic.error("missing-key", revisionPos(translations, i, where), "revision " + i
                        + " has no date in either language; add 'date: YYYY-MM-DD' to it in one of the files"));
            }
            revisionDates.add(revised != null ? revised : LocalDate.EPOCH);
        }
        DocumentMeta meta = new DocumentMeta(
                id != null ? id : path,
                type != null ? type : DocType.PAGE,
                date != null ? date : LocalDate.EPOCH,
                Resolve.value(written, "updated", LocalDate.class).orElse(null),
                complete ? tlp : Tlp.RED,
                source,
                Resolve.ids(written, "agencies"),
                Resolve.ids(written, "recommendations"),
                Resolve.ids(written, "tags"),
                draft,
                revisionDates);
        return new Document(path, meta, translations);
    }

    /** Where revision {@code n} (from 1) is written: its note in the first file that has it. */
    private static SourcePos revisionPos(Map<Lang, Translation> translations, int n, SourcePos fallback) {
        return translations.values().stream().filter(t -> t.revisionNotes().size() >= n).findFirst()
                .map(t -> t.revisionNotes().get(n - 1).pos()).orElse(fallback);
    }

    /** A key given with a bad value was reported where it was read; don't also call it missing. */
    private static boolean mentioned(Map<Lang, Written> written, String key) {
        return written.values().stream().anyMatch(w -> w.mentions(key));
    }
}
