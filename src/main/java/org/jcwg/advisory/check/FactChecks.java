package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.cache.DiagnosticCodec;
import org.jcwg.advisory.cache.Fingerprint;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Comment;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.GlossaryTerm;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Translation;

/**
 * "Facts must agree": pairs the sections of each bilingual document by id (the text before the
 * first heading included) and compares facts, links, images, footnotes, tables, code, emptiness,
 * translation and glossary terms. Sections present in one language only are SectionAlignment's
 * to report. Findings go to the translation (the language that is not {@code source}) unless a
 * rule says otherwise, after the editors' {@code check:ignore} comments of either language are
 * applied. Stateless.
 */
final class FactChecks {

    /** Key of the text before the first heading; heading ids are never empty. */
    private static final String PREAMBLE = "";

    private FactChecks() {
    }

    static void check(Site site, Findings findings, BuildCache cache) {
        GlossaryCheck glossary = new GlossaryCheck(site.glossary());
        String glossaryDigest = digest(site.glossary());
        // Each pair on its own, on all cores (most of a check's time is here).
        site.documents().parallelStream().filter(Document::isBilingual).forEach(doc -> {
            Translation source = doc.require(doc.meta().source());
            Translation translation = doc.require(doc.meta().source().other());
            if (cache == BuildCache.NONE) {
                check(source, translation, glossary, findings);
                return;
            }
            // What a pair's findings come from: both bodies where they stand, the glossary, this code.
            String key = Fingerprint.of(Fingerprint.GENERATOR_CODE, "fact-checks", glossaryDigest,
                    source.file(), String.valueOf(source.bodyLine()), Fingerprint.ofText(Objects.toString(source.body(), "")),
                    translation.file(), String.valueOf(translation.bodyLine()),
                    Fingerprint.ofText(Objects.toString(translation.body(), "")));
            Optional<List<Diagnostic>> known = cache.find(key).flatMap(bytes -> DiagnosticCodec.decode(bytes, key));
            if (known.isPresent()) {
                findings.addAll(known.get());
                return;
            }
            Findings found = new Findings();
            check(source, translation, glossary, found);
            if (cache.keeps()) cache.keep(key, DiagnosticCodec.encode(key, found.list()));
            findings.addAll(found.list());
        });
    }

    private static String digest(List<GlossaryTerm> glossary) {
        List<String> parts = new ArrayList<>();
        for (GlossaryTerm term : glossary) {
            parts.add(term.id());
            for (Lang lang : Lang.values()) parts.add(term.find(lang).map(Text::value).orElse("\0"));
        }
        return Fingerprint.of(parts.toArray(new String[0]));
    }

    private static void check(Translation source, Translation translation, GlossaryCheck glossary, Findings findings) {
        Map<String, SectionText> theirs = byKey(translation);
        Map<String, List<Comment>> sourceComments = commentsByKey(source);
        Map<String, List<Comment>> translationComments = commentsByKey(translation);
        Map<String, SectionText> mine = byKey(source);
        if (!mine.containsKey(PREAMBLE) && theirs.containsKey(PREAMBLE)) {
            compare(pair(PREAMBLE, SectionSide.missingPreamble(source), SectionSide.of(translation, theirs.get(PREAMBLE))),
                    sourceComments, translationComments, glossary, findings);
        }
        for (Map.Entry<String, SectionText> e : mine.entrySet()) {
            String key = e.getKey();
            SectionText other = theirs.get(key);
            SectionSide translated;
            if (other != null) {
                translated = SectionSide.of(translation, other);
            } else if (key.equals(PREAMBLE)) {
                translated = SectionSide.missingPreamble(translation);
            } else {
                continue; // a section missing in one language: reported by SectionAlignment
            }
            compare(pair(key, SectionSide.of(source, e.getValue()), translated), sourceComments, translationComments,
                    glossary, findings);
        }
    }

    private static SectionPair pair(String key, SectionSide source, SectionSide translation) {
        return new SectionPair(key.equals(PREAMBLE) ? null : key, source, translation);
    }

    private static void compare(SectionPair pair, Map<String, List<Comment>> sourceComments,
                                Map<String, List<Comment>> translationComments, GlossaryCheck glossary,
                                Findings findings) {
        String key = pair.id() == null ? PREAMBLE : pair.id();
        List<Comment> comments = new ArrayList<>(sourceComments.getOrDefault(key, List.of()));
        comments.addAll(translationComments.getOrDefault(key, List.of()));
        List<PairFinding> found = new ArrayList<>();
        if (!TranslationCompleteness.empty(pair, found)) {
            FactComparison.compare(pair, found);
            ContentComparison.compare(pair, found);
            TranslationCompleteness.untranslated(pair, found);
            glossary.check(pair, found);
        }
        Silencer silencer = new Silencer(comments, findings);
        for (PairFinding f : found) {
            if (silencer.silences(f)) continue;
            if (f.warning()) findings.warning(f.code(), f.pos(), f.message());
            else findings.error(f.code(), f.pos(), f.message());
        }
        silencer.reportUnused(findings);
    }

    /** Sections with an id, and the preamble; the first of a duplicated id wins (duplicates are reported elsewhere). */
    private static Map<String, SectionText> byKey(Translation t) {
        Map<String, SectionText> map = new LinkedHashMap<>();
        for (SectionText s : t.texts()) {
            String key = s.level() == 0 ? PREAMBLE : s.id();
            if (key != null) map.putIfAbsent(key, s);
        }
        return map;
    }

    /**
     * The comments of each section: those between its heading and the next heading. Comments under a
     * heading without an id belong to no pair and are not read.
     */
    private static Map<String, List<Comment>> commentsByKey(Translation t) {
        List<SectionText> headings = t.texts().stream().filter(s -> s.level() > 0).toList();
        Map<String, List<Comment>> map = new HashMap<>();
        for (Comment c : t.comments()) {
            SectionText owner = null;
            int lo = 0;
            int hi = headings.size() - 1;
            while (lo <= hi) { // the last heading at or before the comment
                int mid = (lo + hi) >>> 1;
                if (headings.get(mid).pos().line() <= c.pos().line()) {
                    owner = headings.get(mid);
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            String key = owner == null ? PREAMBLE : owner.id();
            if (key != null) map.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        return map;
    }
}
