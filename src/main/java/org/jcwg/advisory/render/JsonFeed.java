package org.jcwg.advisory.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcwg.advisory.export.JsonObject;
import org.jcwg.advisory.export.JsonWriter;
import org.jcwg.advisory.model.Lang;

/**
 * The site's feed as JSON Feed 1.1 (jsonfeed.org), for readers and tools that prefer JSON: the
 * same entries, ids and dates as the Atom feed ({@link AtomFeed#siteEntries}). Stateless.
 */
final class JsonFeed {

    private JsonFeed() {
    }

    static Optional<byte[]> site(RenderContext ctx, Lang lang, boolean pdf) {
        String file = PagePaths.jsonFeed(lang);
        List<AtomFeed.Entry> entries = AtomFeed.siteEntries(ctx, lang, file, pdf);
        if (entries.isEmpty()) return Optional.empty();
        List<Object> items = new ArrayList<>();
        for (AtomFeed.Entry e : entries) {
            JsonObject item = new JsonObject()
                    .put("id", AtomFeed.entryId(ctx, lang, e))
                    .put("url", e.href())
                    .put("title", e.title());
            if (e.summary() != null) item.put("summary", e.summary()).put("content_text", e.summary());
            item.put("date_published", e.published() + "T00:00:00Z").put("date_modified", e.updated() + "T00:00:00Z");
            item.put("tags", e.categories().stream().map(AtomFeed.Category::label).map(Object.class::cast).toList());
            if (e.pdfHref() != null) {
                item.put("attachments", List.of(new JsonObject().put("url", e.pdfHref()).put("mime_type", "application/pdf")));
            }
            items.add(item);
        }
        JsonObject feed = new JsonObject()
                .put("version", "https://jsonfeed.org/version/1.1")
                .put("title", ctx.site.config().title(lang))
                .put("home_page_url", ctx.link(file, PagePaths.home(lang)))
                .put("feed_url", ctx.link(file, file))
                .put("description", ctx.site.config().description(lang))
                .put("language", lang.code())
                .put("items", items);
        return Optional.of(JsonWriter.write(feed));
    }
}
