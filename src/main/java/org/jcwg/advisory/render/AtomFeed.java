package org.jcwg.advisory.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.RecommendationText;
import org.jcwg.advisory.model.StatusChange;

/**
 * The tracker's status changes as an Atom 1.0 feed (RFC 4287) in one language, newest first:
 * one entry per history entry, its note in the feed's language. Ids are name-based UUIDs of the
 * recommendation and the entry's position, which never change as history is only appended to;
 * times are the change's date at midnight UTC, never the build's clock. Links are absolute when
 * the site has a base URL, else relative to the feed. Stateless.
 */
final class AtomFeed {

    private AtomFeed() {
    }

    /** The feed, or empty when no recommendation has a history. */
    static Optional<byte[]> statusChanges(RenderContext ctx, Lang lang) {
        record Change(Recommendation rec, int index, StatusChange change) {
        }
        List<Change> changes = new ArrayList<>();
        for (Recommendation r : ctx.recommendations.values()) {
            for (int i = 0; i < r.history().size(); i++) changes.add(new Change(r, i, r.history().get(i)));
        }
        if (changes.isEmpty()) return Optional.empty();
        changes.sort(Comparator.comparing((Change c) -> c.change().date()).reversed()
                .thenComparing(c -> c.rec().id()).thenComparing(Change::index, Comparator.reverseOrder()));

        Localizer l = ctx.l10n(lang);
        String file = PagePaths.recommendationsFeed(lang);
        String siteTitle = ctx.site.config().title(lang);
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang.code()).append("\">\n");
        // The site's address (or English title) in every id keeps two publications' ids apart.
        String site = ctx.site.config().findBaseUrl().orElse(ctx.site.config().title(Lang.EN));
        element(xml, "  ", "id", id(site + ":feed:" + lang.code()));
        element(xml, "  ", "title", l.format("recs.feed.title", siteTitle));
        element(xml, "  ", "updated", time(changes.get(0).change().date()));
        xml.append("  <author><name>").append(Html.escape(siteTitle)).append("</name></author>\n");
        link(xml, "  ", "self", "application/atom+xml", ctx.link(file, file));
        link(xml, "  ", "alternate", "text/html", ctx.link(file, PagePaths.recommendations(lang)));
        for (Change c : changes) {
            Recommendation r = c.rec();
            String status = l.text("status." + c.change().status().code());
            xml.append("  <entry>\n");
            element(xml, "    ", "id", id(site + ":status:" + lang.code() + ":" + r.id() + ":" + c.index()));
            element(xml, "    ", "title", l.format("recs.feed.entry", r.id(), ctx.recommendationTitle(lang, r), status));
            element(xml, "    ", "updated", time(c.change().date()));
            link(xml, "    ", "alternate", "text/html", ctx.link(file, PagePaths.recommendation(lang, r.id())));
            xml.append("    <category term=\"").append(c.change().status().code()).append("\" label=\"")
                    .append(Html.escape(status)).append("\"/>\n");
            String note = r.find(lang).map(RecommendationText::notes)
                    .filter(n -> c.index() < n.size()).map(n -> n.get(c.index()).value()).orElse(null);
            if (note != null && !note.isBlank()) element(xml, "    ", "content", note, " type=\"text\"");
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return Optional.of(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String id(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("advisory-site:recommendations:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static String time(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void element(StringBuilder xml, String indent, String name, String text) {
        element(xml, indent, name, text, "");
    }

    private static void element(StringBuilder xml, String indent, String name, String text, String attributes) {
        xml.append(indent).append('<').append(name).append(attributes).append('>').append(Html.escape(text))
                .append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder xml, String indent, String rel, String type, String href) {
        xml.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type).append("\" href=\"")
                .append(Html.escape(href)).append("\"/>\n");
    }
}
