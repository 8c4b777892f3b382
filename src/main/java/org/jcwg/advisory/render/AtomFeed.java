package org.jcwg.advisory.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.RecommendationText;
import org.jcwg.advisory.model.StatusChange;

/**
 * Atom 1.0 feeds (RFC 4287) in one language, newest first: the site's feed (new and revised
 * advisories and reports, and the tracker's status changes) and the tracker's own feed. Ids are
 * name-based UUIDs of the site, the language and what an entry is about, so they never change
 * as content is added; times are calendar dates at midnight UTC, never the build's clock. Links
 * are absolute when the site has a base URL, else relative to the feed. Stateless.
 */
final class AtomFeed {

    /** One entry; {@code summary} and {@code pdfHref} may be null. */
    record Entry(String key, String title, LocalDate updated, LocalDate published, String href, String summary,
                 List<Category> categories, String pdfHref) {
    }

    /** A category: the machine term and the label in the feed's language. */
    record Category(String term, String label) {
    }

    private AtomFeed() {
    }

    /** The site's feed: documents and status changes together; empty when there is nothing to announce. */
    static Optional<byte[]> site(RenderContext ctx, Lang lang, boolean pdf) {
        String file = PagePaths.feed(lang);
        return write(ctx, lang, file, ctx.site.config().title(lang), PagePaths.home(lang), siteEntries(ctx, lang, file, pdf));
    }

    /** The entries of the site's feed with links relative to {@code file} (or absolute), newest first. */
    static List<Entry> siteEntries(RenderContext ctx, Lang lang, String file, boolean pdf) {
        List<Entry> entries = new ArrayList<>(documents(ctx, lang, file, pdf));
        entries.addAll(statusChanges(ctx, lang, file));
        return newestFirst(entries);
    }

    static List<Entry> newestFirst(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::key)).toList();
    }

    /** An entry's permanent id: a name-based UUID of the site, the language and the entry's key. */
    static String entryId(RenderContext ctx, Lang lang, Entry e) {
        return id(siteKey(ctx) + ":" + lang.code() + ":" + e.key());
    }

    /** The site's address (or English title): in every id, it keeps two publications' ids apart. */
    private static String siteKey(RenderContext ctx) {
        return ctx.site.config().findBaseUrl().orElse(ctx.site.config().title(Lang.EN));
    }

    /** The tracker's feed of status changes; empty when no recommendation has a history. */
    static Optional<byte[]> statusChanges(RenderContext ctx, Lang lang) {
        String file = PagePaths.recommendationsFeed(lang);
        String title = ctx.l10n(lang).format("recs.feed.title", ctx.site.config().title(lang));
        return write(ctx, lang, file, title, PagePaths.recommendations(lang), statusChanges(ctx, lang, file));
    }

    /** Advisories and reports with a page in the language (pages such as "about" are not news). */
    private static List<Entry> documents(RenderContext ctx, Lang lang, String file, boolean pdf) {
        Localizer l = ctx.l10n(lang);
        List<Entry> out = new ArrayList<>();
        for (Document d : ctx.inLang(lang)) {
            if (d.meta().type() == DocType.PAGE) continue;
            var t = d.require(lang);
            List<Category> categories = new ArrayList<>();
            String type = d.meta().type().code();
            categories.add(new Category(type, l.text("type." + type)));
            d.meta().tags().forEach(tag -> categories.add(new Category(tag, tag)));
            out.add(new Entry("document:" + d.meta().id(), t.title().value(), d.meta().lastChanged(), d.meta().date(),
                    ctx.link(file, PagePaths.document(lang, d)), t.summary().value(), categories,
                    pdf ? ctx.link(file, PagePaths.pdf(lang, d)) : null));
        }
        return out;
    }

    private static List<Entry> statusChanges(RenderContext ctx, Lang lang, String file) {
        Localizer l = ctx.l10n(lang);
        List<Entry> out = new ArrayList<>();
        for (Recommendation r : ctx.recommendations.values()) {
            for (int i = 0; i < r.history().size(); i++) {
                StatusChange c = r.history().get(i);
                String status = l.text("status." + c.status().code());
                int index = i;
                String note = r.find(lang).map(RecommendationText::notes)
                        .filter(n -> index < n.size()).map(n -> n.get(index).value()).filter(n -> !n.isBlank()).orElse(null);
                out.add(new Entry("status:" + r.id() + ":" + i,
                        l.format("recs.feed.entry", r.id(), ctx.recommendationTitle(lang, r), status), c.date(), c.date(),
                        ctx.link(file, PagePaths.recommendation(lang, r.id())), note,
                        List.of(new Category(c.status().code(), status)), null));
            }
        }
        return out;
    }

    private static Optional<byte[]> write(RenderContext ctx, Lang lang, String file, String title, String alternate,
                                          List<Entry> entries) {
        if (entries.isEmpty()) return Optional.empty();
        List<Entry> sorted = newestFirst(entries);
        String site = siteKey(ctx);
        String siteTitle = ctx.site.config().title(lang);
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang.code()).append("\">\n");
        element(xml, "  ", "id", id(site + ":" + file));
        element(xml, "  ", "title", title);
        element(xml, "  ", "updated", time(sorted.get(0).updated()));
        xml.append("  <author><name>").append(Html.escape(siteTitle)).append("</name></author>\n");
        link(xml, "  ", "self", "application/atom+xml", ctx.link(file, file));
        link(xml, "  ", "alternate", "text/html", ctx.link(file, alternate));
        for (Entry e : sorted) {
            xml.append("  <entry>\n");
            element(xml, "    ", "id", entryId(ctx, lang, e));
            element(xml, "    ", "title", e.title());
            element(xml, "    ", "updated", time(e.updated()));
            if (!e.published().equals(e.updated())) element(xml, "    ", "published", time(e.published()));
            link(xml, "    ", "alternate", "text/html", e.href());
            if (e.pdfHref() != null) link(xml, "    ", "related", "application/pdf", e.pdfHref());
            for (Category c : e.categories()) {
                xml.append("    <category term=\"").append(Html.escape(c.term())).append("\" label=\"")
                        .append(Html.escape(c.label())).append("\"/>\n");
            }
            if (e.summary() != null) element(xml, "    ", "summary", e.summary());
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return Optional.of(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String id(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("advisory-site:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static String time(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void element(StringBuilder xml, String indent, String name, String text) {
        xml.append(indent).append('<').append(name).append('>').append(Html.escape(text))
                .append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder xml, String indent, String rel, String type, String href) {
        xml.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type).append("\" href=\"")
                .append(Html.escape(href)).append("\"/>\n");
    }
}
