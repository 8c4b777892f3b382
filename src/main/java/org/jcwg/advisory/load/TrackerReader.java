package org.jcwg.advisory.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Field;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.RecommendationText;
import org.jcwg.advisory.model.Status;
import org.jcwg.advisory.model.StatusChange;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Written;

/**
 * Reads {@code recommendations.yml} of both languages into the tracker. History entries of the
 * two files match by position; the neutral date and status come from whichever file gives them.
 * Stateless.
 */
final class TrackerReader {

    static final String FILE = "recommendations.yml";
    private static final Set<String> KNOWN = Set.of("id", "title", "summary", "owners", "history");
    private static final Set<String> HISTORY_KNOWN = Set.of("date", "status", "note");

    private TrackerReader() {
    }

    static List<Recommendation> read(Path root, List<Diagnostic> out) throws IOException {
        Map<Lang, Map<String, DataFile.Entry>> byLang = DataFile.entriesByLang(root, FILE, out);
        Values values = new Values(out);
        List<Recommendation> result = new ArrayList<>();
        for (String id : DataFile.unionOfIds(byLang)) {
            Map<Lang, RecommendationText> texts = new EnumMap<>(Lang.class);
            Map<Lang, Written> written = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                DataFile.Entry entry = byLang.get(lang).get(id);
                if (entry == null) continue;
                YNode.Map map = entry.map();
                KnownKeys.check(map, KNOWN, "recommendation '" + id + "'", out);
                LinkedHashMap<String, Field> neutral = new LinkedHashMap<>();
                values.idListField(map, "owners", true).ifPresent(f -> neutral.put("owners", f));
                Written w = new Written(map.pos(), neutral);
                written.put(lang, w);
                List<Text> notes = new ArrayList<>();
                List<Written> history = new ArrayList<>();
                for (YNode item : values.seq(map, "history")) {
                    values.map(item, "a history entry").ifPresent(h -> {
                        KnownKeys.check(h, HISTORY_KNOWN, "a history entry", out);
                        LinkedHashMap<String, Field> step = new LinkedHashMap<>();
                        values.dateField(h, "date").ifPresent(f -> step.put("date", f));
                        values.field(h, "status", Status::find, "proposed, in-progress, implemented or deferred")
                                .ifPresent(f -> step.put("status", f));
                        history.add(new Written(h.pos(), step));
                        notes.add(values.text(h, "note"));
                    });
                }
                texts.put(lang, new RecommendationText(lang, w, values.text(map, "title"), values.text(map, "summary"),
                        notes, history));
            }
            result.add(new Recommendation(id, Resolve.ids(written, "owners"), history(id, texts, out), texts));
        }
        return result;
    }

    /** The neutral history: position by position, the first language that states each value. */
    private static List<StatusChange> history(String id, Map<Lang, RecommendationText> texts, List<Diagnostic> out) {
        int length = texts.values().stream().mapToInt(t -> t.historyWritten().size()).max().orElse(0);
        List<StatusChange> changes = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            Map<Lang, Written> step = new EnumMap<>(Lang.class);
            for (RecommendationText t : texts.values()) {
                if (i < t.historyWritten().size()) step.put(t.lang(), t.historyWritten().get(i));
            }
            LocalDate date = Resolve.value(step, "date", LocalDate.class).orElse(null);
            Status status = Resolve.value(step, "status", Status.class).orElse(null);
            if (date == null || status == null) {
                boolean written = step.values().stream().anyMatch(w -> w.find("date").isPresent() || w.find("status").isPresent());
                Written where = step.values().iterator().next();
                if (date == null && !written) {
                    out.add(Diagnostic.error("missing-key", where.pos(), "history entry " + (i + 1) + " of '" + id
                            + "' needs a 'date' and a 'status' in at least one language; add them, e.g."
                            + " {date: 2023-01-31, status: proposed}"));
                } else if (date == null || status == null) {
                    out.add(Diagnostic.error("missing-key", where.pos(), "history entry " + (i + 1) + " of '" + id
                            + "' lacks a valid '" + (date == null ? "date" : "status") + "'; give "
                            + (date == null ? "an ISO 8601 date such as 2023-01-31"
                                    : "one of proposed, in-progress, implemented or deferred") + " in one of the files"));
                }
                continue;
            }
            changes.add(new StatusChange(date, status));
        }
        return changes;
    }
}
