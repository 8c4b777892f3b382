package org.jcwg.advisory.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcwg.advisory.model.LockEntry;
import org.jcwg.advisory.model.TranslationStatus;
import org.jcwg.advisory.model.TranslationStatus.DocumentStatus;
import org.jcwg.advisory.model.TranslationStatus.SectionStatus;
import org.jcwg.advisory.model.TranslationStatus.State;

/**
 * The editors' translation status page ({@code check --report FILE}): one self-contained HTML
 * file, never part of the public site. Thread-safe.
 */
public final class StatusPageRenderer {

    /** Views handed to {@code status.ftlh}. */
    record Row(String id, String title, String state, List<String> findings) {
    }

    record Doc(String path, String id, String sourceTitle, String translationTitle, String source, boolean draft,
               long complete, long stale, long missing, long differing, List<Row> sections) {
    }

    record Totals(long documents, long complete, long stale, long missing, long differing) {
    }

    private final Templates templates;

    public StatusPageRenderer(Path projectTemplates) {
        this.templates = new Templates(projectTemplates);
    }

    public byte[] render(TranslationStatus status) throws RenderException {
        List<Doc> docs = new ArrayList<>();
        long[] totals = new long[4];
        for (DocumentStatus d : status.documents()) {
            List<Row> rows = new ArrayList<>();
            for (SectionStatus s : d.sections()) {
                String title = s.id().equals(LockEntry.FRONT_MATTER) ? "Title, summary, revision notes" : s.title();
                String id = s.id().equals(LockEntry.FRONT_MATTER) ? "front matter" : "#" + s.id();
                rows.add(new Row(id, title, s.state().name().toLowerCase(java.util.Locale.ROOT), s.findings()));
            }
            long[] counts = {d.count(State.COMPLETE), d.count(State.STALE), d.count(State.MISSING), d.count(State.DIFFERING)};
            for (int i = 0; i < 4; i++) totals[i] += counts[i];
            docs.add(new Doc(d.path(), d.id(), d.sourceTitle(), d.translationTitle(), d.source().code(), d.draft(),
                    counts[0], counts[1], counts[2], counts[3], rows));
        }
        Map<String, Object> model = Map.of(
                "documents", ViewMaps.convert(docs),
                "totals", ViewMaps.convert(new Totals(docs.size(), totals[0], totals[1], totals[2], totals[3])));
        return templates.render("status.ftlh", model).getBytes(StandardCharsets.UTF_8);
    }
}
