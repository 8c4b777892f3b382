package org.jcwg.advisory.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Translation;

/**
 * Rules for documents: both languages present, neutral front matter equal, translatable keys
 * filled, the same sections, known agencies and recommendations. Stateless.
 */
final class DocumentChecks {

    private DocumentChecks() {
    }

    static void check(Site site, Set<String> unreadable, Findings findings) {
        Set<String> agencies = site.agencies().stream().map(Agency::id).collect(Collectors.toSet());
        Set<String> recommendations = site.recommendations().stream().map(Recommendation::id).collect(Collectors.toSet());
        Map<String, Document> byId = new HashMap<>();
        for (Document doc : site.documents()) {
            Translation any = doc.translations().values().iterator().next();
            Document previous = byId.putIfAbsent(doc.meta().id(), doc);
            if (previous != null) {
                findings.error("document-id-duplicate", any.written().posOf("id"), "id '" + doc.meta().id()
                        + "' is already used by " + previous.translations().values().iterator().next().file()
                        + "; give this document an id of its own");
            }
            pairing(doc, unreadable, findings);
            for (Translation t : doc.translations().values()) {
                findings.requireText(t.title(), "'title'", t.file());
                findings.requireText(t.summary(), "'summary'", t.file());
                for (int i = 0; i < t.revisionNotes().size(); i++) {
                    findings.requireText(t.revisionNotes().get(i), "the note of revision " + (i + 1), t.file());
                }
                references(t, "agencies", doc.meta().agencies(), agencies, "agency directory (agencies.yml)", findings);
                references(t, "recommendations", doc.meta().recommendations(), recommendations,
                        "recommendation tracker (recommendations.yml)", findings);
            }
            if (doc.meta().updated() != null && doc.meta().updated().isBefore(doc.meta().date())) {
                findings.error("invalid-value", any.written().posOf("updated"), "'updated' ("
                        + doc.meta().updated() + ") is before 'date' (" + doc.meta().date() + "); correct one of them");
            }
        }
    }

    private static void pairing(Document doc, Set<String> unreadable, Findings findings) {
        if (!doc.isBilingual()) {
            Translation present = doc.translations().values().iterator().next();
            Lang missing = present.lang().other();
            if (unreadable.contains(missing.folder() + "/" + doc.path())) return;
            String message = missing.folder() + "/" + doc.path() + " is missing: every document needs its "
                    + Findings.label(missing) + " translation; add that file";
            if (doc.meta().draft()) {
                findings.warning("document-unpaired", SourcePos.file(present.file()), message
                        + " (a draft may lack one while it is being translated)");
            } else {
                findings.error("document-unpaired", SourcePos.file(present.file()), message
                        + " (or mark this one 'draft: true' while it is being translated)");
            }
            return;
        }
        Translation en = doc.require(Lang.EN);
        Translation ko = doc.require(Lang.KO);
        findings.compareNeutral("front matter", en.written(), ko.written());
        if (en.revisionNotes().size() != ko.revisionNotes().size()) {
            findings.error("revision-count", firstUnmatched(ko.revisionNotes().stream().map(Text::pos).toList(),
                    en.revisionNotes().size(), ko.written().pos()), "'revisions' has " + ko.revisionNotes().size()
                    + " entries here but " + en.revisionNotes().size() + " in " + en.file()
                    + "; give both files the same revisions (they match by position)");
        }
        SectionAlignment.check(en, ko, findings);
    }

    /**
     * Where entries matched by position stop matching: the first entry past the other file's
     * count, else the last entry, else {@code fallback} (none at all).
     */
    static SourcePos firstUnmatched(List<SourcePos> entries, int otherCount, SourcePos fallback) {
        if (entries.isEmpty()) return fallback;
        return entries.get(Math.min(otherCount, entries.size() - 1));
    }

    private static void references(Translation t, String key, List<String> ids, Set<String> known, String where,
                                   Findings findings) {
        if (t.written().find(key).isEmpty()) return;
        for (String id : ids) {
            if (!known.contains(id)) {
                findings.error("unknown-" + (key.equals("agencies") ? "agency" : "recommendation"),
                        t.written().posOf(key), "'" + id + "' in '" + key + "' is not in the " + where
                                + "; add it there, or correct the id");
            }
        }
    }

}
