package org.jcwg.advisory.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.AgencyFunction;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.DocumentMeta;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.RecommendationText;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.StatusChange;
import org.jcwg.advisory.model.Text;

/**
 * The agency directory, the recommendation tracker and the document list as plain JSON for
 * scripts and dashboards, each valid against its {@link ExportSchema}. Every export is
 * {@code {"$schema", "schema_version", "site", "<items>": [...]}} with items sorted by id and
 * both languages side by side ({@code {"en": ..., "ko": ...}}). Optional values are written as
 * null rather than left out, so that every item has the same keys. Stateless and thread-safe.
 */
public final class JsonExports {

    /** The version of the export format, also the schemas' folder ({@code v1}). */
    public static final String SCHEMA_VERSION = "1.0";
    /** The schema files to publish, as class-path resources and site-relative paths. */
    public static final List<String> SCHEMA_RESOURCES =
            Arrays.stream(ExportSchema.values()).map(ExportSchema::resource).toList();

    private JsonExports() {
    }

    /** {@code agencies.json}: every agency with its neutral facts, names and roles. */
    public static byte[] agencies(Site site) {
        List<Object> items = new ArrayList<>();
        for (Agency a : sorted(site.agencies(), Agency::id)) {
            items.add(new JsonObject()
                    .put("id", a.id())
                    .put("country", a.country() == null ? null : a.country().name())
                    .put("acronym", a.acronym())
                    .put("parent", a.parent())
                    .put("url", a.url())
                    .put("function", a.findFunction().map(AgencyFunction::code).orElse(null))
                    .put("counterparts", List.copyOf(a.counterparts()))
                    .put("name", localized(lang -> a.find(lang).map(t -> t.name().value())))
                    .put("role", localized(lang -> a.find(lang).map(t -> t.role().value()))));
        }
        return export(site, ExportSchema.AGENCIES, "agencies", items);
    }

    /** {@code recommendations.json}: every recommendation with its current status and full history. */
    public static byte[] recommendations(Site site) {
        List<Object> items = new ArrayList<>();
        for (Recommendation r : sorted(site.recommendations(), Recommendation::id)) {
            List<Object> history = new ArrayList<>();
            for (int i = 0; i < r.history().size(); i++) {
                StatusChange change = r.history().get(i);
                int position = i;
                history.add(new JsonObject()
                        .put("date", change.date().toString())
                        .put("status", change.status().code())
                        .put("note", localized(lang -> r.find(lang).flatMap(t -> note(t, position)))));
            }
            items.add(new JsonObject()
                    .put("id", r.id())
                    .put("title", localized(lang -> r.find(lang).map(t -> t.title().value())))
                    .put("summary", localized(lang -> r.find(lang).map(t -> t.summary().value())))
                    .put("owners", List.copyOf(r.owners()))
                    .put("status", r.findCurrent().map(c -> c.status().code()).orElse(null))
                    .put("history", history));
        }
        return export(site, ExportSchema.RECOMMENDATIONS, "recommendations", items);
    }

    /**
     * {@code documents.json}: every document of {@code site} (pass the site as published, after
     * the edition's filter) with its metadata and where each language is published.
     *
     * @param urls the published URLs of each document, by {@link Document#path()}; every document needs an entry
     */
    public static byte[] documents(Site site, Map<String, DocumentUrls> urls) {
        List<Object> items = new ArrayList<>();
        for (Document d : sorted(site.documents(), doc -> doc.meta().id())) {
            DocumentMeta m = d.meta();
            DocumentUrls published = urls.get(d.path());
            if (published == null) throw new IllegalStateException("no URLs given for " + d.path());
            JsonObject byLang = new JsonObject();
            for (Lang lang : Lang.values()) {
                if (d.find(lang).isEmpty()) continue;
                PageUrls p = published.require(lang);
                byLang.put(lang.code(), new JsonObject().put("page", p.page()).put("pdf", p.pdf()).put("csaf", p.csaf()));
            }
            items.add(new JsonObject()
                    .put("id", m.id())
                    .put("type", m.type().code())
                    .put("title", localized(lang -> d.find(lang).map(t -> t.title().value())))
                    .put("summary", localized(lang -> d.find(lang).map(t -> t.summary().value())))
                    .put("date", m.date().toString())
                    .put("updated", m.findUpdated().map(Object::toString).orElse(null))
                    .put("tlp", m.tlp().code())
                    .put("source_lang", m.source().code())
                    .put("draft", m.draft())
                    .put("tags", List.copyOf(m.tags()))
                    .put("agencies", List.copyOf(m.agencies()))
                    .put("recommendations", List.copyOf(m.recommendations()))
                    .put("urls", byLang));
        }
        return export(site, ExportSchema.DOCUMENTS, "documents", items);
    }

    private static byte[] export(Site site, ExportSchema schema, String key, List<Object> items) {
        Optional<String> base = site.config().findBaseUrl();
        JsonObject about = new JsonObject()
                .put("title", localized(lang -> Optional.of(site.config().title(lang))))
                .put("base_url", base.orElse(null));
        return JsonWriter.write(new JsonObject()
                .put("$schema", schema.url(base))
                .put("schema_version", SCHEMA_VERSION)
                .put("site", about)
                .put(key, items));
    }

    /** A string in each language that has one, English first; blank strings count as missing. */
    private static JsonObject localized(Function<Lang, Optional<String>> text) {
        Map<Lang, String> values = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            text.apply(lang).filter(s -> !s.isBlank()).ifPresent(s -> values.put(lang, s));
        }
        JsonObject out = new JsonObject();
        values.forEach((lang, s) -> out.put(lang.code(), s));
        return out;
    }

    private static Optional<String> note(RecommendationText t, int position) {
        return position < t.notes().size() ? Optional.of(t.notes().get(position)).map(Text::value) : Optional.empty();
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> id) {
        return items.stream().sorted(Comparator.comparing(id)).toList();
    }
}
