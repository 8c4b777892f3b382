package org.jcwg.advisory.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.cache.Fingerprint;
import org.jcwg.advisory.cache.KeyedBytes;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.GlossaryTerm;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.SiteConfig;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Translation;

/**
 * Reads a publication project (both content folders) into a {@link Site}, collecting every
 * problem found on the way instead of stopping at the first. Thread-safe.
 */
public final class ContentLoader {

    /**
     * What loading produced: the site as far as it could be read, the problems met, how many
     * document files there were and how many of them were taken from the {@link BuildCache}.
     */
    public record Result(Site site, List<Diagnostic> diagnostics, int documentFiles, int reusedFiles) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private static final Set<String> SITE_KEYS = Set.of("base_url", "title", "description", "tags");
    private final TranslationReader translations;
    private final boolean bodiesAsHtml;
    private final BuildCache cache;

    /** An image or other file published beside the documents; every PDF that shows it embeds it. */
    static final long MAX_ASSET_BYTES = 20L * 1024 * 1024;

    /** A loader for building: bodies are rendered to HTML while they are read (once per build). */
    public ContentLoader(MarkdownProcessor markdown) {
        this(markdown, BuildCache.NONE);
    }

    /** As {@link #ContentLoader(MarkdownProcessor)}, taking unchanged files from {@code cache}. */
    public ContentLoader(MarkdownProcessor markdown, BuildCache cache) {
        this(markdown, true, cache);
    }

    private ContentLoader(MarkdownProcessor markdown, boolean bodiesAsHtml, BuildCache cache) {
        this.translations = new TranslationReader(markdown, bodiesAsHtml);
        this.bodiesAsHtml = bodiesAsHtml;
        this.cache = cache;
    }

    /** A loader for checks, which never show a body: its HTML is not made. */
    public static ContentLoader forChecking(MarkdownProcessor markdown) {
        return forChecking(markdown, BuildCache.NONE);
    }

    /** As {@link #forChecking(MarkdownProcessor)}, taking unchanged files from {@code cache}. */
    public static ContentLoader forChecking(MarkdownProcessor markdown, BuildCache cache) {
        return new ContentLoader(markdown, false, cache);
    }

    /**
     * One document pair again, as {@link #load} would read it (for a live preview after an edit of
     * its files): empty when a file is missing or any problem was found, which a full load then
     * reports.
     *
     * @param path relative to the language folders: {@code advisories/x.md}
     */
    public Optional<Document> loadDocument(Path root, String path) throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        Map<Lang, Translation> found = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Path file = root.resolve(lang.folder()).resolve(path);
            if (!Files.isRegularFile(file)) return Optional.empty();
            String name = lang.folder() + "/" + path;
            Optional<byte[]> bytes = SourceText.readBytes(file, name, out);
            Optional<String> text = bytes.flatMap(b -> SourceText.decode(b, name, out));
            if (text.isEmpty()) continue;
            translation(new Source(lang, path, name, file), bytes.get(), text.get(), out).translation()
                    .ifPresent(t -> found.put(lang, t));
        }
        if (found.size() != Lang.values().length) return Optional.empty();
        Document doc = DocumentAssembler.assemble(path, found, out);
        return out.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : Optional.of(doc);
    }

    /** @throws IOException only for failures of the file system, never for bad content */
    public Result load(Path root) throws IOException {
        try {
            return loadAll(root);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Result loadAll(Path root) throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, Map<Lang, Translation>> byPath = new TreeMap<>();
        Set<String> unreadable = new HashSet<>(); // paths with a language file too broken to read
        List<Asset> assets = new ArrayList<>();
        Map<Lang, ContentTree> trees = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) trees.put(lang, ContentTree.scan(root, lang));
        List<Source> sources = new ArrayList<>();
        trees.forEach((lang, tree) -> tree.markdown()
                .forEach(rel -> sources.add(new Source(lang, rel, tree.fileName(rel), tree.folder().resolve(rel)))));
        // Each file is read on its own, on all cores; the results are taken in the files' order.
        int reused = 0;
        for (Read read : sources.parallelStream().map(this::read).toList()) {
            if (read.reused()) reused++;
            out.addAll(read.diagnostics());
            read.translation().ifPresent(t -> byPath.computeIfAbsent(read.source().rel(), k -> new EnumMap<>(Lang.class))
                    .put(read.source().lang(), t));
            if (read.translation().isEmpty()) unreadable.add(read.source().rel());
        }
        for (Lang lang : Lang.values()) {
            ContentTree tree = trees.get(lang);
            for (String rel : tree.assets()) {
                Path asset = tree.folder().resolve(rel);
                long size = Files.size(asset);
                if (size > MAX_ASSET_BYTES) {
                    out.add(Diagnostic.error("too-large", SourcePos.file(tree.fileName(rel)), "the file is "
                            + SourceText.megabytes(size) + " MB; at most " + SourceText.megabytes(MAX_ASSET_BYTES)
                            + " MB are published and embedded in PDFs: make it smaller (compress or resize the image)"));
                } else {
                    assets.add(new Asset(lang, rel, asset));
                }
            }
        }
        List<Document> documents = new ArrayList<>();
        // A key missing from the file that could be read may well be in the one that could not (whose
        // problem is reported): the document is still assembled, as TLP:RED, without a false finding.
        byPath.forEach((path, t) -> documents.add(DocumentAssembler.assemble(path, t,
                unreadable.contains(path) ? new ArrayList<>() : out)));
        Site site = new Site(siteConfig(root, out), documents, DirectoryReader.read(root, out),
                TrackerReader.read(root, out), glossary(root, out), assets, LockFileReader.read(root, out));
        return new Result(site, out, sources.size(), reused);
    }

    /** A document file to read. */
    private record Source(Lang lang, String rel, String file, Path path) {
    }

    /** A document file read: its translation if it could be read, and what was found. */
    private record Read(Source source, Optional<Translation> translation, List<Diagnostic> diagnostics, boolean reused) {
    }

    private Read read(Source source) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            Optional<byte[]> bytes = SourceText.readBytes(source.path(), source.file(), found);
            Optional<String> text = bytes.flatMap(b -> SourceText.decode(b, source.file(), found));
            if (text.isEmpty()) return new Read(source, Optional.empty(), found, false);
            Parsed parsed = translation(source, bytes.get(), text.get(), found);
            return new Read(source, parsed.translation(), found, parsed.reused());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text as a translation, and whether it was taken from the cache. */
    private record Parsed(Optional<Translation> translation, boolean reused) {
    }

    /**
     * A file's text read as a translation, or taken from the cache when the same file was read
     * before.
     */
    private Parsed translation(Source source, byte[] bytes, String text, List<Diagnostic> out) throws IOException {
        Lang lang = source.lang();
        String file = source.file();
        Optional<FrontMatter> split = FrontMatter.split(text);
        if (cache == BuildCache.NONE) return new Parsed(translations.read(lang, file, text, split, out), false);
        String body = split.map(FrontMatter::body).orElse(null);
        String key = body == null ? readKey(lang, file, text)
                : readKey(lang, file, text, body, bodyDigest(source, bytes, body));
        Optional<ReadCodec.Entry> cached = cache.find(key).flatMap(entry -> ReadCodec.decode(entry, key, bodiesAsHtml, body));
        if (cached.isPresent()) {
            out.addAll(cached.get().diagnostics());
            return new Parsed(cached.get().translation(), true);
        }
        List<Diagnostic> found = new ArrayList<>();
        Optional<Translation> t = translations.read(lang, file, text, split, found);
        if (cache.keeps()) cache.keep(key, ReadCodec.encode(key, new ReadCodec.Entry(t, found, bodiesAsHtml), body));
        out.addAll(found);
        return new Parsed(t, false);
    }

    /**
     * The cache key of a file as read: its name and its text (what it reads as, so a byte-order
     * mark or CRLF lines do not matter); the body goes in by its digest ({@link #bodyDigest}).
     */
    private static String readKey(Lang lang, String file, String text, String body, String bodyDigest) {
        return Fingerprint.of(Fingerprint.GENERATOR_CODE, lang.code(), file, "front matter and body digest",
                text.substring(0, text.length() - body.length()), bodyDigest);
    }

    /** As {@link #readKey(Lang, String, String, String, String)}, for a file without front matter. */
    private static String readKey(Lang lang, String file, String text) {
        return Fingerprint.of(Fingerprint.GENERATOR_CODE, lang.code(), file, "text", text);
    }

    /**
     * The SHA-256 digest of a file's body ({@link Fingerprint#ofText}, which remembers it for the
     * build's comparison, exports, search entries and pages, keyed by the same string). An earlier
     * build's is taken when the file has the same name, size, time stamp and CRC-32C: hashing
     * every body was half of reading 1,000 unchanged pairs (SHA-256 runs as plain Java under C1),
     * a CRC-32C of the bytes costs a hundredth of it, and with it a file changed without a new
     * time stamp (copied with its time, or saved twice within the clock's tick) is still read as
     * changed: the CRC misses no change within 32 bits and almost no other.
     */
    private String bodyDigest(Source source, byte[] bytes, String body) throws IOException {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        long modified = Files.getLastModifiedTime(source.path()).to(TimeUnit.NANOSECONDS);
        String key = Fingerprint.of(Fingerprint.GENERATOR_CODE, source.lang().code(), source.file(), "body digest of the file",
                bytes.length + " " + modified + " " + Long.toHexString(crc.getValue()));
        Optional<String> known = cache.find(key).flatMap(entry -> KeyedBytes.payload(entry, key))
                .map(digest -> StandardCharsets.US_ASCII.decode(digest).toString());
        if (known.isPresent()) {
            Fingerprint.rememberText(body, known.get());
            return known.get();
        }
        String digest = Fingerprint.ofText(body);
        if (cache.keeps()) cache.keep(key, KeyedBytes.encode(key, Optional.of(digest.getBytes(StandardCharsets.US_ASCII))));
        return digest;
    }

    private static SiteConfig siteConfig(Path root, List<Diagnostic> out) throws IOException {
        String baseUrl = null;
        Map<Lang, String> titles = new EnumMap<>(Lang.class);
        Map<Lang, String> descriptions = new EnumMap<>(Lang.class);
        Map<Lang, Map<String, String>> tagLabels = new EnumMap<>(Lang.class);
        Values values = new Values(out);
        for (Lang lang : Lang.values()) {
            Optional<YNode.Map> map = DataFile.read(root, lang, "site.yml", out).flatMap(n -> values.map(n, "site.yml"));
            if (map.isEmpty()) continue;
            KnownKeys.check(map.get(), SITE_KEYS, "site.yml", out);
            Optional<String> url = values.string(map.get(), "base_url").filter(s -> !s.isEmpty());
            if (url.isPresent() && baseUrl == null) {
                if (url.get().matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                    baseUrl = url.get().endsWith("/") ? url.get() : url.get() + "/";
                } else {
                    values.error("invalid-value", map.get().find("base_url").get().value().pos(),
                            "'base_url' must be an absolute http(s) URL: write it like https://advisories.example.org/");
                }
            }
            Text title = values.text(map.get(), "title");
            if (!title.isBlank()) titles.put(lang, title.value());
            Text description = values.text(map.get(), "description");
            if (!description.isBlank()) descriptions.put(lang, description.value());
            tagLabels.put(lang, tagLabels(map.get(), values));
        }
        return new SiteConfig(baseUrl, titles, descriptions, tagLabels);
    }

    /** {@code tags:} in site.yml: a map of tag id to its label in that file's language. */
    private static Map<String, String> tagLabels(YNode.Map site, Values values) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        Optional<YNode.Entry> entry = site.find("tags");
        if (entry.isEmpty()) return labels;
        Optional<YNode.Map> map = values.map(entry.get().value(), "'tags' in site.yml");
        if (map.isEmpty()) return labels;
        for (YNode.Entry tag : map.get().entries().values()) {
            Text label = values.text(map.get(), tag.key());
            if (label.isBlank()) {
                values.error("missing-value", tag.value().pos(), "tag '" + tag.key() + "' has no label in site.yml;"
                        + " write one after '" + tag.key() + ":'");
            } else {
                labels.put(tag.key(), label.value());
            }
        }
        return labels;
    }

    private static List<GlossaryTerm> glossary(Path root, List<Diagnostic> out) throws IOException {
        Map<Lang, Map<String, DataFile.Entry>> byLang = DataFile.entriesByLang(root, "glossary.yml", out);
        Values values = new Values(out);
        List<GlossaryTerm> terms = new ArrayList<>();
        for (String id : DataFile.unionOfIds(byLang)) {
            Map<Lang, Text> byTerm = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                DataFile.Entry entry = byLang.get(lang).get(id);
                if (entry == null) continue;
                KnownKeys.check(entry.map(), Set.of("id", "term"), "glossary entry '" + id + "'", out);
                byTerm.put(lang, values.text(entry.map(), "term"));
            }
            terms.add(new GlossaryTerm(id, byTerm));
        }
        return terms;
    }
}
