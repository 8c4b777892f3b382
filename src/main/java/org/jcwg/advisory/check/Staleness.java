package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.LockEntry;
import org.jcwg.advisory.model.SectionRef;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.TranslationLock;
import org.jcwg.advisory.model.Translation;

/**
 * Which translations fell behind their source: a section is stale when its source-language text
 * changed since an editor last accepted it while its translation did not. {@link #accept} makes
 * the new lock an editor commits after updating a translation. Stateless.
 */
public final class Staleness {

    /** A stale section: where it is in the translation and where its changed source is. */
    public record Stale(SectionRef ref, Lang translationLang, SourcePos at, SourcePos source) {
    }

    private Staleness() {
    }

    public static List<Stale> find(Site site) {
        List<Stale> out = new ArrayList<>();
        for (Document doc : site.documents()) {
            if (!doc.isBilingual() || !site.lock().hasDocument(doc.path())) continue;
            Translation source = doc.require(doc.meta().source());
            Translation translation = doc.require(doc.meta().source().other());
            Map<String, String> now = Fingerprints.of(source);
            Map<String, String> translated = Fingerprints.of(translation);
            for (Map.Entry<String, String> e : now.entrySet()) {
                Optional<LockEntry> locked = site.lock().find(doc.path(), e.getKey());
                String translatedNow = translated.get(e.getKey());
                if (locked.isEmpty() || translatedNow == null || locked.get().source() != source.lang()) continue;
                boolean sourceChanged = !locked.get().sourceFingerprint().equals(e.getValue());
                boolean translationChanged = !locked.get().translationFingerprint().equals(translatedNow);
                if (sourceChanged && !translationChanged) {
                    out.add(new Stale(new SectionRef(doc.path(), e.getKey()), translation.lang(),
                            position(translation, e.getKey()), position(source, e.getKey())));
                }
            }
        }
        return out;
    }

    static void check(Site site, Findings findings) {
        for (Stale stale : find(site)) {
            String what = stale.ref().section().equals(LockEntry.FRONT_MATTER) ? "the title, summary or revision notes"
                    : "section #" + stale.ref().section();
            findings.warning("translation-stale", stale.at(), "the " + Findings.label(stale.translationLang().other())
                    + " source of " + what + " changed (" + stale.source() + ") since this translation was last accepted:"
                    + " update it, then run 'advisory-site accept " + stale.at().file() + "'");
        }
    }

    /** The lock after accepting the current state of the documents {@code which} selects. */
    public static TranslationLock accept(Site site, Predicate<Document> which) {
        Map<String, LockEntry> entries = new java.util.TreeMap<>(site.lock().entries());
        for (Document doc : site.documents()) {
            if (!doc.isBilingual() || !which.test(doc)) continue;
            entries.keySet().removeIf(key -> key.startsWith(doc.path() + "#"));
            Lang sourceLang = doc.meta().source();
            Map<String, String> source = Fingerprints.of(doc.require(sourceLang));
            Map<String, String> translation = Fingerprints.of(doc.require(sourceLang.other()));
            for (Map.Entry<String, String> e : source.entrySet()) {
                String t = translation.get(e.getKey());
                if (t == null) continue;
                LockEntry entry = new LockEntry(doc.path(), e.getKey(), sourceLang, e.getValue(), t);
                entries.put(entry.key(), entry);
            }
        }
        // Documents that no longer exist leave no entries behind.
        entries.keySet().removeIf(key -> site.findDocument(key.substring(0, key.lastIndexOf('#'))).isEmpty());
        return new TranslationLock(new java.util.TreeMap<>(entries));
    }

    private static SourcePos position(Translation t, String section) {
        if (section.equals(LockEntry.FRONT_MATTER)) return t.title().pos();
        for (SectionText s : t.texts()) {
            String key = s.id() == null ? LockEntry.PREAMBLE : s.id();
            if (key.equals(section)) return s.pos();
        }
        return SourcePos.file(t.file());
    }
}
