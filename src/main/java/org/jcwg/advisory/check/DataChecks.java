package org.jcwg.advisory.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.AgencyText;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.GlossaryTerm;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.RecommendationText;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.StatusChange;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.model.Written;

/**
 * Rules for the agency directory, the recommendation tracker and the glossary: every id in
 * both languages, neutral values equal, references known, counterparts symmetric across the
 * two countries, history in date order. Stateless.
 */
final class DataChecks {

    private DataChecks() {
    }

    static void check(Site site, Findings findings) {
        Map<String, Agency> agencies = site.agencies().stream()
                .collect(Collectors.toMap(Agency::id, Function.identity(), (a, b) -> a));
        for (Agency agency : site.agencies()) {
            checkAgency(agency, agencies, findings);
        }
        for (Recommendation rec : site.recommendations()) {
            checkRecommendation(rec, agencies, findings);
        }
        checkTagLabels(site, findings);
        for (GlossaryTerm term : site.glossary()) {
            for (Lang lang : Lang.values()) {
                Optional<Text> text = term.find(lang);
                if (text.isEmpty()) {
                    Text present = term.find(lang.other()).orElseThrow();
                    findings.error("entry-unpaired", present.pos(), "glossary term '" + term.id() + "' has no "
                            + Findings.label(lang) + " term in " + lang.folder() + "/glossary.yml; add '- {id: " + term.id()
                            + ", term: ...}' there");
                } else {
                    findings.requireText(text.get(), "'term' of '" + term.id() + "'", lang.folder() + "/glossary.yml");
                }
            }
        }
    }

    private static void checkAgency(Agency agency, Map<String, Agency> all, Findings findings) {
        String file = "agencies.yml";
        if (!unpaired("agency", agency.id(), agency.texts(), AgencyText::written, file, findings)) {
            findings.compareNeutral("agency '" + agency.id() + "'", agency.texts().get(Lang.EN).written(),
                    agency.texts().get(Lang.KO).written());
        }
        for (AgencyText text : agency.texts().values()) {
            findings.requireText(text.name(), "'name' of agency '" + agency.id() + "'", text.lang().folder() + "/" + file);
            findings.requireText(text.role(), "'role' of agency '" + agency.id() + "'", text.lang().folder() + "/" + file);
        }
        Written where = agency.texts().values().iterator().next().written();
        agency.findParent().ifPresent(parent -> {
            Agency above = all.get(parent);
            if (parent.equals(agency.id()) || above == null) {
                findings.error("unknown-agency", where.posOf("parent"), "parent '" + parent + "' of '" + agency.id()
                        + "' is not another agency of the directory; use the id of its parent agency, or remove 'parent'");
            } else if (agency.country() != null && above.country() != null && above.country() != agency.country()) {
                findings.error("parent-country", where.posOf("parent"), "parent '" + parent + "' of '" + agency.id()
                        + "' is in another country (" + above.country() + "): choose a parent in " + agency.country()
                        + ", or remove 'parent'");
            } else if (inParentCycle(agency, all)) {
                findings.error("parent-cycle", where.posOf("parent"), "'" + agency.id()
                        + "' is its own ancestor through 'parent': remove 'parent' from one agency of the loop");
            }
        });
        for (String id : agency.counterparts()) {
            Agency other = all.get(id);
            SourcePos pos = where.posOf("counterparts");
            if (other == null) {
                findings.error("unknown-agency", pos, "counterpart '" + id + "' of '" + agency.id() + "' is not in the directory; add it"
                        + " to agencies.yml, or remove it from 'counterparts'");
            } else if (agency.country() != null && agency.country() == other.country()) {
                findings.error("counterpart-country", pos, "counterpart '" + id + "' of '" + agency.id()
                        + "' is in the same country (" + agency.country() + "): remove it from 'counterparts' (counterparts"
                        + " are in the other country)");
            } else if (!other.counterparts().contains(agency.id())) {
                findings.error("counterpart-asymmetric", pos, "'" + agency.id() + "' lists '" + id
                        + "' as a counterpart, but '" + id + "' does not list '" + agency.id() + "'; add '" + agency.id()
                        + "' to the counterparts of '" + id + "', or remove '" + id + "' here");
            }
        }
    }

    /**
     * Once a site labels its tags (site.yml {@code tags:}), every tag a document uses needs a label
     * in both languages, or one language's pages would show a bare id.
     */
    private static void checkTagLabels(Site site, Findings findings) {
        if (!site.config().labelsTags()) return;
        for (Document doc : site.documents()) {
            Translation where = doc.translations().values().stream().filter(t -> t.written().mentions("tags")).findFirst()
                    .orElse(doc.translations().values().iterator().next());
            for (String tag : doc.meta().tags()) {
                for (Lang lang : Lang.values()) {
                    if (site.config().findTagLabel(lang, tag).isEmpty()) {
                        findings.warning("tag-unlabelled", where.written().posOf("tags"), "tag '" + tag + "' has no "
                                + Findings.label(lang) + " label under 'tags' in " + lang.folder() + "/site.yml; add '"
                                + tag + ": ...' there");
                    }
                }
            }
        }
    }

    /** Following parents from the agency leads back to it. */
    private static boolean inParentCycle(Agency agency, Map<String, Agency> all) {
        Set<String> seen = new HashSet<>();
        Agency at = all.get(agency.parent());
        while (at != null && seen.add(at.id())) {
            if (at.id().equals(agency.id())) return true;
            at = at.parent() == null ? null : all.get(at.parent());
        }
        return false;
    }

    private static void checkRecommendation(Recommendation rec, Map<String, Agency> agencies, Findings findings) {
        String file = "recommendations.yml";
        boolean unpaired = unpaired("recommendation", rec.id(), rec.texts(), RecommendationText::written, file, findings);
        for (RecommendationText text : rec.texts().values()) {
            String where = text.lang().folder() + "/" + file;
            findings.requireText(text.title(), "'title' of '" + rec.id() + "'", where);
            findings.requireText(text.summary(), "'summary' of '" + rec.id() + "'", where);
            for (int i = 0; i < text.notes().size(); i++) {
                findings.requireText(text.notes().get(i), "the note of history entry " + (i + 1) + " of '" + rec.id() + "'", where);
            }
        }
        RecommendationText first = rec.texts().values().iterator().next();
        if (!unpaired) {
            RecommendationText en = rec.texts().get(Lang.EN);
            RecommendationText ko = rec.texts().get(Lang.KO);
            findings.compareNeutral("recommendation '" + rec.id() + "'", en.written(), ko.written());
            if (en.historyWritten().size() != ko.historyWritten().size()) {
                findings.error("history-count", DocumentChecks.firstUnmatched(ko.historyWritten().stream()
                        .map(Written::pos).toList(), en.historyWritten().size(), ko.written().pos()),
                        "'" + rec.id() + "' has " + ko.historyWritten().size()
                        + " history entries here but " + en.historyWritten().size() + " in " + en.written().pos()
                        + "; give both files the same entries (they match by position)");
            }
            for (int i = 0; i < Math.min(en.historyWritten().size(), ko.historyWritten().size()); i++) {
                findings.compareNeutral("history entry " + (i + 1) + " of '" + rec.id() + "'",
                        en.historyWritten().get(i), ko.historyWritten().get(i));
            }
        }
        for (String owner : rec.owners()) {
            if (!agencies.containsKey(owner)) {
                findings.error("unknown-agency", first.written().posOf("owners"), "owner '" + owner + "' of '"
                        + rec.id() + "' is not in the agency directory; add it to agencies.yml, or correct the id");
            }
        }
        List<StatusChange> history = rec.history();
        if (history.isEmpty()) {
            findings.error("history-empty", first.written().pos(), "'" + rec.id()
                    + "' needs a history with at least one status (the last one is its current status); add"
                    + " 'history: [{date: 2023-01-31, status: proposed}]'");
        }
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).date().isBefore(history.get(i - 1).date())) {
                Written step = first.historyWritten().size() > i ? first.historyWritten().get(i) : first.written();
                findings.error("history-order", step.posOf("date"), "history of '" + rec.id() + "' goes back in time: "
                        + history.get(i).date() + " comes after " + history.get(i - 1).date() + "; put the entries"
                        + " oldest first");
            }
        }
    }

    /** Reports an id present in one language only; true when it is. */
    private static <T> boolean unpaired(String kind, String id, Map<Lang, T> texts, Function<T, Written> written,
                                        String file, Findings findings) {
        if (texts.size() == Lang.values().length) return false;
        Map.Entry<Lang, T> present = texts.entrySet().iterator().next();
        Lang missing = present.getKey().other();
        findings.error("entry-unpaired", written.apply(present.getValue()).pos(), kind + " '" + id + "' has no "
                + Findings.label(missing) + " entry in " + missing.folder() + "/" + file + "; add one with '- id: "
                + id + "' there");
        return true;
    }
}
