package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.LockEntry;
import org.jcwg.advisory.model.SectionRef;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.model.TranslationStatus;
import org.jcwg.advisory.model.TranslationStatus.DocumentStatus;
import org.jcwg.advisory.model.TranslationStatus.SectionStatus;
import org.jcwg.advisory.model.TranslationStatus.State;

/**
 * Sums up a check run per document and section for editors: which translated sections are
 * complete, stale, missing, or have findings. A finding belongs to the section whose heading
 * precedes it in its file. Stateless.
 */
public final class StatusReport {

    private StatusReport() {
    }

    public static TranslationStatus of(Site site, List<Diagnostic> findings) {
        Set<SectionRef> stale = Staleness.find(site).stream().map(Staleness.Stale::ref).collect(Collectors.toSet());
        List<DocumentStatus> docs = new ArrayList<>();
        for (Document doc : site.documents()) {
            Lang sourceLang = doc.translations().containsKey(doc.meta().source()) ? doc.meta().source()
                    : doc.translations().keySet().iterator().next();
            Translation source = doc.require(sourceLang);
            Translation translation = doc.find(sourceLang.other()).orElse(null);
            List<SectionStatus> sections = new ArrayList<>();
            sections.add(status(LockEntry.FRONT_MATTER, source.title().value(), translation != null,
                    stale.contains(new SectionRef(doc.path(), LockEntry.FRONT_MATTER)),
                    findingsIn(findings, doc, null)));
            for (SectionText s : source.texts()) {
                if (s.id() == null) continue;
                boolean present = translation != null && translation.texts().stream().anyMatch(t -> s.id().equals(t.id()));
                sections.add(status(s.id(), s.title(), present, stale.contains(new SectionRef(doc.path(), s.id())),
                        findingsIn(findings, doc, s.id())));
            }
            docs.add(new DocumentStatus(doc.path(), doc.meta().id(), source.title().value(),
                    translation != null ? translation.title().value() : "", sourceLang, doc.meta().draft(), sections));
        }
        return new TranslationStatus(docs);
    }

    private static SectionStatus status(String id, String title, boolean present, boolean stale, List<String> findings) {
        State state = !present ? State.MISSING : !findings.isEmpty() ? State.DIFFERING : stale ? State.STALE : State.COMPLETE;
        return new SectionStatus(id, title, state, findings);
    }

    /** Findings in either file of the document that fall in section {@code id} (null: the front matter). */
    private static List<String> findingsIn(List<Diagnostic> findings, Document doc, String id) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : findings) {
            if (d.code().equals("translation-stale")) continue; // shown as the state itself
            for (Translation t : doc.translations().values()) {
                if (d.pos().file().equals(t.file()) && java.util.Objects.equals(sectionAt(t, d.pos().line()), id)) {
                    out.add(d.pos() + ": " + d.severity().label() + ": " + d.message());
                }
            }
        }
        return out;
    }

    /** The id of the section holding a line; null above the body or in text before the first heading. */
    private static String sectionAt(Translation t, int line) {
        String id = null;
        if (line < t.bodyLine()) return null;
        for (SectionText s : t.texts()) {
            if (s.pos().line() > line) break;
            id = s.id();
        }
        return id;
    }
}
