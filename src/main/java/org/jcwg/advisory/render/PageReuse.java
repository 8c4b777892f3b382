package org.jcwg.advisory.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.cache.Fingerprint;
import org.jcwg.advisory.cache.KeyedBytes;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.SectionRef;
import org.jcwg.advisory.model.SiteConfig;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.render.Views.FormatLink;
import org.jcwg.advisory.render.Views.PdfLink;

/**
 * Document pages that earlier builds made, taken from the build cache instead of being made again
 * when nothing the page shows has changed. A page's key holds its document (both languages: the
 * page links its counterpart and marks sections the translation has not caught up with), its
 * stale sections, PDF and export links, and a digest of all the rest of the site a document page
 * can show: the site's settings, agencies, recommendations, the site pages in the navigation, which
 * documents and files are published (links to them resolve or are withheld), the edition, the
 * publication's templates and this generator. An entry ({@link KeyedBytes}, which refuses one
 * damaged) holds the page and the images it links. Thread-safe.
 */
final class PageReuse {

    /** Reuses nothing and keeps nothing. */
    static final PageReuse NONE = new PageReuse(BuildCache.NONE, "");

    private final BuildCache cache;
    private final String siteDigest;

    private PageReuse(BuildCache cache, String siteDigest) {
        this.cache = cache;
        this.siteDigest = siteDigest;
    }

    /** A page made earlier, and the images and files it links (which the site must still copy). */
    record Page(ByteBuffer html, List<Asset> assets) {
    }

    /** Over {@code cache}, for the pages of {@code ctx}'s site made with the publication's {@code templates}. */
    static PageReuse of(BuildCache cache, RenderContext ctx, Path projectTemplates) {
        if (cache == BuildCache.NONE) return NONE;
        return new PageReuse(cache, siteDigest(ctx, projectTemplates));
    }

    /** The key of one document page: what it shows beyond the site digest. */
    String key(Lang lang, Document doc, Set<SectionRef> stale, PdfLink pdf, List<FormatLink> formats) {
        return viewKey("page", lang, doc, stale, String.valueOf(pdf), formats.toString());
    }

    /**
     * What the printed page of a document shows beyond the site digest: the same view as its web
     * page, without the links to the PDF and the other formats. (What only a PDF takes, such as
     * its fonts, is the caller's to add.)
     */
    String printKey(Lang lang, Document doc, Set<SectionRef> stale) {
        return viewKey("print", lang, doc, stale);
    }

    private String viewKey(String kind, Lang lang, Document doc, Set<SectionRef> stale, String... links) {
        if (this == NONE) return "";
        List<String> parts = new ArrayList<>(List.of(siteDigest, kind, lang.code(), doc.path(), doc.meta().toString()));
        parts.addAll(List.of(links));
        for (Lang l : Lang.values()) {
            Optional<Translation> t = doc.find(l);
            parts.add(t.map(PageReuse::translation).orElse("\0"));
        }
        stale.stream().filter(r -> r.document().equals(doc.path())).map(SectionRef::toString).sorted().forEach(parts::add);
        return Fingerprint.of(parts.toArray(new String[0]));
    }

    /** What of a translation a page can show: its texts and its body. */
    private static String translation(Translation t) {
        List<String> parts = new ArrayList<>(List.of(t.file(), String.valueOf(t.bodyLine()), t.title().value(),
                t.summary().value(), Fingerprint.ofText(String.valueOf(t.body()))));
        for (Text note : t.revisionNotes()) parts.add(note.value());
        return Fingerprint.of(parts.toArray(new String[0]));
    }

    /** The page made earlier under {@code key}, if it is there whole and its images still are. */
    Optional<Page> find(String key, Map<String, Asset> assets) {
        return cache.find(key).flatMap(entry -> KeyedBytes.payload(entry, key)).flatMap(payload -> page(payload, assets));
    }

    /** Keeps a page made under {@code key}: the paths of the images it links, then the page. */
    void keep(String key, byte[] html, Collection<Asset> linked) {
        if (!cache.keeps()) return;
        List<byte[]> paths = linked.stream().map(Asset::path).sorted().map(p -> p.getBytes(StandardCharsets.UTF_8)).toList();
        int size = 4 + html.length;
        for (byte[] p : paths) size += 4 + p.length;
        ByteBuffer payload = ByteBuffer.allocate(size).putInt(paths.size());
        for (byte[] p : paths) payload.putInt(p.length).put(p);
        cache.keep(key, KeyedBytes.encode(key, Optional.of(payload.put(html).array())));
    }

    private static Optional<Page> page(ByteBuffer in, Map<String, Asset> assets) {
        try {
            int n = in.getInt();
            List<Asset> linked = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byte[] path = new byte[KeyedBytes.length(in)];
                in.get(path);
                Asset a = assets.get(new String(path, StandardCharsets.UTF_8));
                if (a == null) return Optional.empty(); // an image gone: the page is made again
                linked.add(a);
            }
            return Optional.of(new Page(in.slice(), List.copyOf(linked)));
        } catch (BufferUnderflowException e) {
            return Optional.empty();
        }
    }

    /**
     * Everything besides its own document that a document page can show, in one fingerprint: what
     * its data model takes from the rest of the site, written out in a fixed order (some of the
     * model's maps iterate in a different order in every run).
     */
    private static String siteDigest(RenderContext ctx, Path projectTemplates) {
        SiteConfig config = ctx.site.config();
        List<String> parts = new ArrayList<>(List.of(Fingerprint.GENERATOR_CODE, templatesDigest(projectTemplates),
                // The edition's day only decides which documents are published, listed below.
                ctx.edition.maxTlp() + " " + ctx.edition.drafts(), String.valueOf(config.findBaseUrl().orElse(null))));
        for (Lang lang : Lang.values()) {
            parts.add(config.title(lang));
            parts.add(config.description(lang));
            parts.add(new TreeMap<>(config.tagLabels().getOrDefault(lang, Map.of())).toString());
            parts.add("feed " + ctx.hasNews(lang));
            // Agencies and recommendations as a page links them: by acronym and name, by id and title.
            for (Agency a : ctx.agencies.values()) parts.add(a.id() + " " + a.acronym() + " " + a.name(lang));
            for (Recommendation r : ctx.recommendations.values()) parts.add(r.id() + " " + ctx.recommendationTitle(lang, r));
        }
        for (Document d : ctx.documents.values()) {
            // Other documents' pages are linked by path; site pages are listed in the navigation by title.
            parts.add(d.path() + " " + d.meta().type() + " " + d.translations().keySet());
            if (d.meta().type() == DocType.PAGE) d.translations().values().forEach(t -> parts.add(t.title().value()));
        }
        ctx.site.assets().stream().map(a -> a.lang() + "/" + a.path()).sorted().forEach(parts::add);
        return Fingerprint.of(parts.toArray(new String[0]));
    }

    /** The publication's own templates, file by file (the built-in ones are part of the generator). */
    private static String templatesDigest(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) return "built-in";
        List<String> parts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(folder.relativize(p).toString().replace('\\', '/'));
                parts.add(Fingerprint.of(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates folder " + folder, e);
        }
        return Fingerprint.of(parts.toArray(new String[0]));
    }
}
