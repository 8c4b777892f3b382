package org.jcwg.advisory.render;

import java.util.ArrayList;
import java.util.List;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.RecommendationText;
import org.jcwg.advisory.model.StatusChange;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.render.Views.HistoryEntry;
import org.jcwg.advisory.render.Views.RecPage;
import org.jcwg.advisory.render.Views.RecView;
import org.jcwg.advisory.render.Views.StatusView;
import org.jcwg.advisory.render.Views.Tracker;

/**
 * Builds the recommendation tracker of one language: the dashboard with its chart, and a page per
 * recommendation with its owners, current status, full history and the published documents that
 * list it. Stateless apart from the render context it reads.
 */
final class TrackerViews {

    private final RenderContext ctx;

    TrackerViews(RenderContext ctx) {
        this.ctx = ctx;
    }

    Tracker tracker(Lang lang) {
        String file = PagePaths.recommendations(lang);
        List<RecView> rows = ctx.recommendations.values().stream().map(r -> view(lang, r, file)).toList();
        List<StatusChart.Row> chartRows = ctx.recommendations.values().stream()
                .map(r -> new StatusChart.Row(r.id(), r.history())).toList();
        String svg = StatusChart.svg(chartRows, ctx.l10n(lang), "chart");
        return new Tracker(rows, svg.isEmpty() ? null : Html.markup(svg), feedHref(lang, file));
    }

    RecPage page(Lang lang, Recommendation r) {
        String file = PagePaths.recommendation(lang, r.id());
        return new RecPage(view(lang, r, file), Urls.relative(file, PagePaths.recommendations(lang)), feedHref(lang, file));
    }

    /** The feed's link from a page, or null when there is no feed (no history recorded). */
    private String feedHref(Lang lang, String file) {
        boolean any = ctx.recommendations.values().stream().anyMatch(r -> !r.history().isEmpty());
        return any ? Urls.relative(file, PagePaths.recommendationsFeed(lang)) : null;
    }

    private RecView view(Lang lang, Recommendation r, String file) {
        RecommendationText text = r.find(lang).or(() -> r.find(lang.other())).orElse(null);
        StatusView current = r.findCurrent().map(c -> ctx.status(lang, c)).orElse(null);
        return new RecView(r.id(), Urls.relative(file, PagePaths.recommendation(lang, r.id())),
                ctx.recommendationTitle(lang, r), text != null ? text.summary().value() : null,
                ctx.agencyRefs(lang, r.owners(), file), current, history(lang, r, text),
                ctx.docRefs(lang, file, d -> d.meta().recommendations().contains(r.id())));
    }

    /** Oldest first, as recorded; notes match history entries by position. */
    private List<HistoryEntry> history(Lang lang, Recommendation r, RecommendationText text) {
        List<Text> notes = text != null ? text.notes() : List.of();
        List<HistoryEntry> out = new ArrayList<>();
        for (int i = 0; i < r.history().size(); i++) {
            StatusChange c = r.history().get(i);
            StatusView s = ctx.status(lang, c);
            out.add(new HistoryEntry(s.date(), s.isoDate(), s.code(), s.label(),
                    i < notes.size() ? notes.get(i).value() : null));
        }
        return out;
    }
}
