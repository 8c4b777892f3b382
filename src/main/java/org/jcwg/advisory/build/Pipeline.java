package org.jcwg.advisory.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.cache.Fingerprint;
import org.jcwg.advisory.check.Checker;
import org.jcwg.advisory.check.Staleness;
import org.jcwg.advisory.check.StatusReport;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Progress;
import org.jcwg.advisory.diag.Severity;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.load.ContentLoader;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionRef;
import org.jcwg.advisory.model.Shard;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.TranslationLock;
import org.jcwg.advisory.render.OutputFile;
import org.jcwg.advisory.render.RenderException;
import org.jcwg.advisory.render.SiteRenderer;
import org.jcwg.advisory.render.StatusPageRenderer;
import org.jcwg.advisory.write.AtomicFile;
import org.jcwg.advisory.write.CacheFolder;
import org.jcwg.advisory.write.LockFileWriter;
import org.jcwg.advisory.write.PackedCache;
import org.jcwg.advisory.write.SiteWriter;

/**
 * The whole generator as one readable sequence: load -> check -> select what the edition
 * publishes -> render -> write. Content problems come back as diagnostics; only I/O failures
 * are thrown. Thread-safe.
 */
public final class Pipeline {

    private final MarkdownProcessor markdown = new MarkdownProcessor();
    private final Checker checker = new Checker();
    private final SiteWriter writer = new SiteWriter();
    private final AtomicReference<QuickRenderer> quickRenderer = new AtomicReference<>();

    /** Validates without writing anything (what builds read and compared before is taken from their cache). */
    public Outcome check(Path root, boolean strict) throws IOException {
        try (Caches caches = Caches.lookOnly(root)) {
            return new Outcome(findings(checkingLoader(caches).load(root), strict, caches.checks()), Outcome.Summary.NONE);
        }
    }

    /** Validates, and writes the editors' translation status page to {@code report}, findings or not. */
    public Outcome check(Path root, boolean strict, Path report) throws IOException {
        ContentLoader.Result loaded;
        List<Diagnostic> diagnostics;
        try (Caches caches = Caches.lookOnly(root)) {
            loaded = checkingLoader(caches).load(root);
            diagnostics = findings(loaded, strict, caches.checks());
        }
        try {
            byte[] page = new StatusPageRenderer(root.resolve("templates"))
                    .render(StatusReport.of(loaded.site(), diagnostics));
            AtomicFile.write(report, page);
        } catch (RenderException e) {
            return renderFailure(diagnostics, e);
        }
        return new Outcome(diagnostics, Outcome.Summary.NONE);
    }

    public Outcome build(BuildOptions options) throws IOException {
        return build(options, Progress.NONE);
    }

    /** As {@link #build(BuildOptions)}, telling {@code progress} each phase as it runs. */
    public Outcome build(BuildOptions options, Progress progress) throws IOException {
        long start = System.nanoTime();
        PhaseClock clock = new PhaseClock(progress);
        writer.requireReplaceable(options.out());
        try (Caches caches = Caches.forBuild(options.cacheFolder(), options.clean())) {
            return build(options, clock, caches, start);
        }
    }

    private Outcome build(BuildOptions options, PhaseClock clock, Caches caches, long start) throws IOException {
        Checked checked = loadAndCheck(options, clock, caches);
        if (checked.failed()) return new Outcome(checked.diagnostics(), Outcome.Summary.NONE);
        List<Diagnostic> diagnostics = checked.diagnostics();
        Site published = checked.published();
        CacheFolder cache = pdfCache(options);
        SiteRenderer renderer = new SiteRenderer(options.root().resolve("templates"), markdown,
                options.pdf() ? cache : BuildCache.NONE, caches.renders());
        clock.start("render", 0);
        // Pages go to the new site as they are made; it replaces the old one only when all are there.
        try (SiteWriter.Staging staging = writer.open(options.out(), !options.clean())) {
            Tally tally = new Tally(staging);
            try {
                Set<SectionRef> stale = Staleness.find(published).stream().map(Staleness.Stale::ref)
                        .collect(Collectors.toSet());
                renderer.render(published, options.edition(), stale, options.pdf(), clock, tally);
            } catch (RenderException e) {
                return renderFailure(diagnostics, e);
            } finally {
                clock.finish("render");
            }
            clock.start("write", 0);
            SiteWriter.Written written = staging.commit();
            if (options.pdf()) cache.prune();
            caches.prune();
            clock.finish("write");
            int warnings = (int) diagnostics.stream().filter(d -> !d.isError()).count();
            return new Outcome(diagnostics, new Outcome.Summary(published.documents().size(), tally.files(), tally.pages(),
                    tally.pdfs(), warnings, (System.nanoTime() - start) / 1_000_000, tally.searchIndexBytes(),
                    clock.phases(), renderer.pdfsReused(), written.rewritten(), checked.sources(), checked.sourcesReused(),
                    documentPages(published), renderer.pagesReused(),
                    renderer.searchIndexesReused().stream().map(Lang::code).collect(Collectors.toSet())), published);
        }
    }

    /**
     * The findings of load and check, what the edition publishes (null when there are errors), and
     * how many document files there were.
     */
    private record Checked(List<Diagnostic> diagnostics, Site published, int sources, int sourcesReused) {
        boolean failed() {
            return published == null;
        }
    }

    /** The PDF cache of the project; emptied first for a clean build. */
    private static CacheFolder pdfCache(BuildOptions options) throws IOException {
        CacheFolder cache = new CacheFolder(options.cacheFolder().resolve("pdf"), ".pdf");
        if (options.clean()) cache.clear();
        return cache;
    }

    /**
     * What builds keep for the next one besides PDFs (see {@link BuildCache}): document files read
     * ({@code .cache/read}), document pairs compared ({@code .cache/check}), and document pages
     * and what else each document gives the site: CSAF and STIX files, search index entries
     * ({@code .cache/render}). Closing it keeps what was made, whether the build succeeded or not.
     */
    private record Caches(BuildCache reads, BuildCache checks, BuildCache renders, List<PackedCache> packs)
            implements AutoCloseable {

        /** A build's: emptied first for a clean build, pruned to what it used when it succeeds. */
        static Caches forBuild(Path cacheFolder, boolean clean) throws IOException {
            List<PackedCache> packs = new ArrayList<>();
            try {
                for (String name : List.of("read", "check", "render")) {
                    PackedCache pack = new PackedCache(cacheFolder.resolve(name));
                    packs.add(pack);
                    if (clean) pack.clear();
                }
            } catch (IOException | RuntimeException e) {
                packs.forEach(PackedCache::close);
                throw e;
            }
            return new Caches(packs.get(0), packs.get(1), packs.get(2), List.copyOf(packs));
        }

        /** For the commands that only look: they use what builds kept, and add nothing. */
        static Caches lookOnly(Path root) throws IOException {
            Caches build = forBuild(BuildOptions.cacheFolder(root), false);
            return new Caches(build.reads().readOnly(), build.checks().readOnly(), BuildCache.NONE, build.packs());
        }

        void prune() throws IOException {
            for (PackedCache p : packs) p.prune();
        }

        @Override
        public void close() {
            packs.forEach(PackedCache::close);
        }
    }

    private ContentLoader checkingLoader(Caches caches) {
        return ContentLoader.forChecking(markdown, caches.reads());
    }

    private Checked loadAndCheck(BuildOptions options, PhaseClock clock, Caches caches) throws IOException {
        clock.start("load", 0);
        ContentLoader.Result loaded = new ContentLoader(markdown, caches.reads()).load(options.root());
        clock.finish("load");
        clock.start("check", 0);
        List<Diagnostic> diagnostics = findings(loaded, options.strict(), caches.checks());
        clock.finish("check");
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new Checked(diagnostics, failed ? null : select(loaded.site(), options.edition()),
                loaded.documentFiles(), loaded.reusedFiles());
    }

    /**
     * One shard of a large publication's PDFs ({@code build --shard I/N}): checks everything as a
     * build does, then typesets only the PDFs of the documents in {@code shard} into the PDF cache
     * and writes no site. A build with the cache folders of all shards gathered into one then
     * typesets nothing. The cache is not pruned (it holds the other shards' PDFs after a merge).
     */
    public Outcome typesetShard(BuildOptions options, Shard shard, Progress progress) throws IOException {
        long start = System.nanoTime();
        PhaseClock clock = new PhaseClock(progress);
        Checked checked;
        try (Caches caches = Caches.forBuild(options.cacheFolder(), options.clean())) {
            checked = loadAndCheck(options, clock, caches);
        }
        if (checked.failed()) return new Outcome(checked.diagnostics(), Outcome.Summary.NONE);
        List<Diagnostic> diagnostics = checked.diagnostics();
        Site published = checked.published();
        CacheFolder cache = pdfCache(options);
        SiteRenderer.Typeset typeset;
        clock.start("render", 0);
        try {
            Set<SectionRef> stale = Staleness.find(published).stream().map(Staleness.Stale::ref)
                    .collect(Collectors.toSet());
            typeset = new SiteRenderer(options.root().resolve("templates"), markdown, cache)
                    .typeset(published, options.edition(), stale, shard, clock);
        } catch (RenderException e) {
            return renderFailure(diagnostics, e);
        } finally {
            clock.finish("render");
        }
        int documents = shard.pick(published.documents()).size();
        int warnings = (int) diagnostics.stream().filter(d -> !d.isError()).count();
        return new Outcome(diagnostics, new Outcome.Summary(documents, 0, 0, typeset.pdfs(), warnings,
                (System.nanoTime() - start) / 1_000_000, Map.of(), clock.phases(), typeset.reused(), 0, checked.sources(),
                checked.sourcesReused(), 0, 0, Set.of()), published);
    }

    /**
     * A live preview's quick update after an edit of one document's files: that document read
     * again, its pages rendered against the last build's site and written over the old ones in
     * {@code options.out()}. False when it cannot be done quickly and safely (a new, broken,
     * unpublished or missing document): a full build must follow in any case, and reports errors.
     *
     * @param path relative to the language folders: {@code advisories/x.md}
     */
    public boolean quickUpdate(BuildOptions options, Site lastPublished, String path) throws IOException {
        Optional<List<OutputFile>> pages = quickPages(options, lastPublished, path);
        if (pages.isEmpty()) return false;
        for (OutputFile f : pages.get()) AtomicFile.write(options.out().resolve(f.path()), f.bytes());
        return true;
    }

    /** A quick update's pages, or empty when it cannot be done quickly and safely (see {@link #quickUpdate}). */
    private Optional<List<OutputFile>> quickPages(BuildOptions options, Site lastPublished, String path) throws IOException {
        // Without the build cache: a file just saved is seldom in it, and opening its packs is time
        // the editor waits for; the full build that follows reads the file into the cache.
        Optional<Document> doc = new ContentLoader(markdown).loadDocument(options.root(), path);
        if (doc.isEmpty() || !doc.get().isBilingual() || !options.edition().publishes(doc.get().meta())
                || lastPublished.findDocument(path).isEmpty()) {
            return Optional.empty();
        }
        List<Document> documents = lastPublished.documents().stream().map(d -> d.path().equals(path) ? doc.get() : d).toList();
        try {
            List<OutputFile> pages = quickRenderer(options.root())
                    .renderDocument(lastPublished.withDocuments(documents), options.edition(), path);
            return pages.isEmpty() ? Optional.empty() : Optional.of(pages);
        } catch (RenderException e) {
            return Optional.empty();
        }
    }

    /**
     * How many documents {@link #prepareQuickUpdates} goes through. After one, the first edit's
     * quick update ran in code barely compiled: 30-220 ms (1,000 pairs); after twelve, 45-145 ms,
     * for 0.2-1 s more before {@code serve} serves.
     */
    static final int WARM_UP_DOCUMENTS = 12;

    /**
     * Does a quick update's work, without writing anything, for the first published documents, so
     * that the code it uses is loaded and compiled before an editor's first edit (a build that took
     * every file from the cache never parsed Markdown). Problems are ignored: the next full build
     * reports them.
     */
    public void prepareQuickUpdates(BuildOptions options, Site lastPublished) {
        int done = 0;
        for (Document d : lastPublished.documents()) {
            if (done == WARM_UP_DOCUMENTS) return;
            if (!d.isBilingual()) continue;
            try {
                quickPages(options, lastPublished, d.path());
            } catch (IOException | RuntimeException e) {
                // only time was to be saved
            }
            done++;
        }
    }

    /**
     * The renderer of quick updates, made again only when the publication's templates change:
     * parsing the templates anew was a third of every quick update.
     */
    private SiteRenderer quickRenderer(Path root) throws IOException {
        Path folder = root.resolve("templates");
        String stamp = Fingerprint.folderStamp(folder);
        QuickRenderer kept = quickRenderer.get();
        if (kept != null && kept.templates().equals(stamp)) return kept.renderer();
        SiteRenderer made = new SiteRenderer(folder, markdown);
        quickRenderer.set(new QuickRenderer(stamp, made));
        return made;
    }

    private record QuickRenderer(String templates, SiteRenderer renderer) {
    }

    /** What {@code accept} did: the documents it accepted, or the findings that stopped it. */
    public record Accepted(List<String> documents, int sections, List<Diagnostic> diagnostics) {
    }

    /**
     * Records the current state of the selected documents' translations in translations.lock.
     * {@code paths} name documents as {@code advisories/x.md} or with their language folder;
     * empty means all. A path that names no document is reported, and nothing is written.
     */
    public Accepted accept(Path root, List<String> paths) throws IOException {
        ContentLoader.Result loaded;
        try (Caches caches = Caches.lookOnly(root)) {
            loaded = checkingLoader(caches).load(root);
        }
        List<Diagnostic> problems = new ArrayList<>(loaded.diagnostics().stream().filter(Diagnostic::isError).toList());
        Set<String> wanted = new java.util.TreeSet<>();
        for (String p : paths) {
            String rel = p.replace('\\', '/').replaceFirst("^\\./", "").replaceFirst("^content-(en|ko)/", "");
            if (loaded.site().findDocument(rel).isEmpty()) {
                problems.add(Diagnostic.error("accept-unknown", SourcePos.file(p), "no document at " + p
                        + "; give a path such as advisories/x.md or content-ko/advisories/x.md"));
            }
            wanted.add(rel);
        }
        if (!problems.isEmpty()) return new Accepted(List.of(), 0, problems);
        List<String> accepted = loaded.site().documents().stream().filter(Document::isBilingual)
                .map(Document::path).filter(p -> wanted.isEmpty() || wanted.contains(p)).toList();
        TranslationLock lock = Staleness.accept(loaded.site(), d -> accepted.contains(d.path()));
        new LockFileWriter().write(lock, root);
        int sections = (int) lock.entries().values().stream().filter(e -> accepted.contains(e.document())).count();
        return new Accepted(accepted, sections, List.of());
    }

    /** What {@code new} wrote (paths relative to the root), or the findings that stopped it. */
    public record Created(List<String> files, String id, List<Diagnostic> diagnostics) {
    }

    /**
     * Writes a new document pair ({@link Scaffold}); refuses to replace an existing file. The id
     * follows the publication's existing ones.
     */
    public Created create(Path root, DocType type, String slug, LocalDate today) throws IOException {
        String path = Scaffold.path(type, slug);
        List<Diagnostic> problems = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            String file = lang.folder() + "/" + path;
            if (Files.exists(root.resolve(file))) {
                problems.add(Diagnostic.error("file-exists", SourcePos.file(file),
                        "already exists: choose another slug or edit that file"));
            }
        }
        if (!problems.isEmpty()) return new Created(List.of(), null, problems);
        String id;
        try (Caches caches = Caches.lookOnly(root)) {
            id = Scaffold.nextId(type, slug, checkingLoader(caches).load(root).site().documents(), today);
        }
        List<String> written = new ArrayList<>();
        for (var e : Scaffold.texts(type, id, today).entrySet()) {
            String file = e.getKey().folder() + "/" + path;
            AtomicFile.write(root.resolve(file), e.getValue().getBytes(StandardCharsets.UTF_8));
            written.add(file);
        }
        return new Created(written, id, List.of());
    }

    /** A page per document and language it is published in. */
    private static int documentPages(Site published) {
        return published.documents().stream().mapToInt(d -> d.translations().size()).sum();
    }

    /** The site as this edition sees it: restricted, draft and future documents do not exist. */
    static Site select(Site site, Edition edition) {
        List<Document> documents = site.documents().stream()
                .filter(d -> d.isBilingual() && edition.publishes(d.meta()))
                .toList();
        return site.withDocuments(documents);
    }

    /**
     * A broken template is a content problem of the project's templates/, and a PDF that cannot be
     * typeset one of its document, each with its file and line.
     */
    private static Outcome renderFailure(List<Diagnostic> diagnostics, RenderException e) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        for (RenderException.Problem p : e.problems()) {
            all.add(Diagnostic.error(p.code(), new SourcePos(p.file(), Math.max(1, p.line()), 1), p.message()));
        }
        return new Outcome(all, Outcome.Summary.NONE);
    }

    private List<Diagnostic> findings(ContentLoader.Result loaded, boolean strict, BuildCache comparisons) {
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        Set<String> unreadable = loaded.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.pos().file()).collect(Collectors.toSet());
        all.addAll(checker.check(loaded.site(), unreadable, comparisons));
        return all.stream()
                .map(d -> strict && d.severity() == Severity.WARNING
                        ? new Diagnostic(Severity.ERROR, d.code(), d.pos(), d.message() + " [--strict]") : d)
                .sorted(Diagnostic.ORDER)
                .distinct()
                .toList();
    }
}
