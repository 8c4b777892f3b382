package org.jcwg.advisory.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.cache.Fingerprint;
import org.jcwg.advisory.cache.KeyedBytes;
import org.jcwg.advisory.export.Csaf;
import org.jcwg.advisory.export.DocumentUrls;
import org.jcwg.advisory.export.ExportSchema;
import org.jcwg.advisory.export.JsonExports;
import org.jcwg.advisory.export.PageUrls;
import org.jcwg.advisory.export.Stix;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.render.Views.FormatLink;

/**
 * The machine-readable side of the site: the JSON exports (agencies, recommendations, documents)
 * with their schemas, a CSAF 2.1 file per advisory and language (only with a base URL: CSAF
 * requires absolute addresses) and a STIX 2.1 bundle per advisory that lists indicators. Works
 * from the same render context as the pages, so it publishes exactly what the edition does.
 * Keeps the STIX bundles and document digests it made for one render call; thread-safe (the
 * pages of several documents, which take their files from here, are made at once).
 */
final class MachineReadable {

    /** One file to write. */
    record File(String path, byte[] bytes, String origin) {
    }

    private final RenderContext ctx;
    private final boolean pdf;
    private final Csaf csaf;
    private final BuildCache cache;
    private final String siteDigest;
    private final Map<String, Optional<File>> bundles = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each document's digest, worked out once for its two CSAF files and its STIX bundle. */
    private final Map<String, String> digests = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param pdf whether this build writes PDFs (the exports link them only then)
     * @param cache the CSAF and STIX files of earlier builds, taken where their document and
     *              everything else they are made from did not change (finding an advisory's
     *              facts again is most of their cost)
     */
    MachineReadable(RenderContext ctx, boolean pdf, BuildCache cache) {
        this.ctx = ctx;
        this.pdf = pdf;
        this.csaf = new Csaf(ctx.site.config().title(Lang.EN), Generator.VERSION);
        this.cache = cache;
        // What an advisory's files take from the rest of the site: its addresses, the publisher's
        // name and the agencies it names.
        this.siteDigest = cache == BuildCache.NONE ? "" : Fingerprint.of(Fingerprint.GENERATOR_CODE, String.valueOf(pdf),
                String.valueOf(ctx.site.config().findBaseUrl().orElse(null)), ctx.site.config().title(Lang.EN),
                ctx.site.agencies().toString());
    }

    /** The JSON exports and their schemas. */
    List<File> exports() {
        List<File> out = new ArrayList<>();
        out.add(new File(PagePaths.export(ExportSchema.AGENCIES), JsonExports.agencies(ctx.site), "generated agencies export"));
        out.add(new File(PagePaths.export(ExportSchema.RECOMMENDATIONS), JsonExports.recommendations(ctx.site),
                "generated recommendations export"));
        Map<String, DocumentUrls> urls = new LinkedHashMap<>();
        for (Document d : ctx.documents.values()) urls.put(d.path(), urls(d));
        out.add(new File(PagePaths.export(ExportSchema.DOCUMENTS), JsonExports.documents(ctx.site, urls),
                "generated documents export"));
        for (ExportSchema schema : ExportSchema.values()) {
            out.add(new File(schema.resource(), resource(schema.resource()), "built-in " + schema.resource()));
        }
        return out;
    }

    /** The CSAF file of an advisory in one language, when the site can have one. */
    Optional<File> csaf(Document doc, Lang lang) {
        if (!hasCsaf(doc)) return Optional.empty();
        byte[] bytes = remembered("csaf-" + lang.code(), doc,
                () -> Optional.of(csaf.informationalAdvisory(ctx.site, doc, lang, urls(doc)))).orElseThrow();
        return Optional.of(new File(PagePaths.csaf(lang, doc), bytes, doc.require(lang).file()));
    }

    /** The STIX bundle of an advisory, when it lists indicators or techniques; made once per document. */
    Optional<File> stix(Document doc) {
        return bundles.computeIfAbsent(doc.path(), p -> makeStix(doc));
    }

    private Optional<File> makeStix(Document doc) {
        if (doc.meta().type() != DocType.ADVISORY) return Optional.empty();
        return remembered("stix", doc, () -> Stix.bundle(ctx.site, doc, urls(doc)))
                .map(bytes -> new File(PagePaths.stix(doc), bytes, doc.find(doc.meta().source())
                        .or(() -> doc.translations().values().stream().findFirst()).orElseThrow().file()));
    }

    /** A file of {@code doc} (or its absence) from the cache, else made and kept there. */
    private Optional<byte[]> remembered(String kind, Document doc, Supplier<Optional<byte[]>> make) {
        if (cache == BuildCache.NONE) return make.get();
        String key = Fingerprint.of(siteDigest, kind, digests.computeIfAbsent(doc.path(), p -> digest(doc)));
        Optional<Optional<byte[]>> known = cache.find(key).flatMap(entry -> KeyedBytes.decode(entry, key));
        if (known.isPresent()) return known.get();
        Optional<byte[]> made = make.get();
        if (cache.keeps()) cache.keep(key, KeyedBytes.encode(key, made));
        return made;
    }

    /** Everything of a document its files can show: where it is, its front matter and its bodies. */
    private static String digest(Document doc) {
        List<String> parts = new ArrayList<>(List.of(doc.path(), doc.meta().toString()));
        for (var t : doc.translations().values()) {
            parts.addAll(List.of(t.lang().code(), t.file(), String.valueOf(t.bodyLine()),
                    Fingerprint.ofText(String.valueOf(t.body())),
                    t.written().fields().toString(), String.valueOf(t.title()), String.valueOf(t.summary()),
                    t.revisionNotes().toString()));
        }
        return Fingerprint.of(parts.toArray(new String[0]));
    }

    /** Links from a document page to the files above that exist for it. */
    List<FormatLink> links(Document doc, Lang lang, boolean hasStix) {
        List<FormatLink> links = new ArrayList<>();
        String page = PagePaths.document(lang, doc);
        if (hasCsaf(doc)) {
            links.add(new FormatLink(Urls.relative(page, PagePaths.csaf(lang, doc)), "CSAF 2.1", "application/json"));
        }
        if (hasStix) {
            links.add(new FormatLink(Urls.relative(page, PagePaths.stix(doc)), "STIX 2.1", "application/json"));
        }
        return links;
    }

    private boolean hasCsaf(Document doc) {
        return doc.meta().type() == DocType.ADVISORY && ctx.site.config().findBaseUrl().isPresent();
    }

    /** Where each language of a document is published: absolute with a base URL, else site-relative. */
    private DocumentUrls urls(Document doc) {
        Map<Lang, PageUrls> map = new EnumMap<>(Lang.class);
        for (Lang lang : doc.translations().keySet()) {
            map.put(lang, new PageUrls(address(PagePaths.document(lang, doc)),
                    pdf ? address(PagePaths.pdf(lang, doc)) : null,
                    hasCsaf(doc) ? address(PagePaths.csaf(lang, doc)) : null));
        }
        return new DocumentUrls(map);
    }

    private String address(String file) {
        return ctx.site.config().findBaseUrl().map(b -> Urls.absolute(b, file)).orElse(Urls.pretty(file));
    }

    private static byte[] resource(String path) {
        try (InputStream in = MachineReadable.class.getResourceAsStream("/" + path)) {
            if (in == null) throw new IllegalStateException("built-in resource missing: " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
