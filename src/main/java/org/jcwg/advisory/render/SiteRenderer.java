package org.jcwg.advisory.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.diag.Progress;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionRef;
import org.jcwg.advisory.model.Shard;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Tlp;

/**
 * Renders the HTML site of one edition as a list of files (pages, the images published pages
 * use, static assets); writes nothing. The publication's {@code templates/} folder, when given,
 * overrides the built-in templates and static assets file by file.
 *
 * <p>Pages: the bilingual root and 404 pages, and per language a home page, the advisory and
 * report lists, one page per document, the agency directory and the recommendation tracker.
 * The output depends only on the arguments: same site, same bytes.
 *
 * <p>Thread-safe: the FreeMarker configuration is shared and read-only; each call builds its own
 * state, and the count of document pages taken from the build cache adds up.
 */
public final class SiteRenderer {

    /** Documents whose pages are made at once: enough to keep every core busy, few enough to hold. */
    private static final int PAGE_BATCH = 64;

    private final Path projectTemplates;
    private final MarkdownProcessor markdown;
    private final Templates templates;
    private final PageMaker pages;
    private final GeneratedPages generated;
    private final BuildCache pdfCache;
    private final BuildCache renderCache;
    private PdfFonts fonts;
    private final AtomicInteger pagesReused = new AtomicInteger();
    private final AtomicInteger pdfsReused = new AtomicInteger();
    private final Set<Lang> indexesReused = ConcurrentHashMap.newKeySet();

    /**
     * @param projectTemplates the publication's templates folder; null or absent: built-in templates only
     * @param markdown renders document bodies
     */
    public SiteRenderer(Path projectTemplates, MarkdownProcessor markdown) {
        this(projectTemplates, markdown, BuildCache.NONE);
    }

    /** @param pdfCache PDFs of earlier builds, reused where their inputs have not changed */
    public SiteRenderer(Path projectTemplates, MarkdownProcessor markdown, BuildCache pdfCache) {
        this(projectTemplates, markdown, pdfCache, BuildCache.NONE);
    }

    /**
     * @param renderCache what earlier builds made of each document besides its pages and PDFs
     *                    (CSAF and STIX files, search index entries), likewise
     */
    public SiteRenderer(Path projectTemplates, MarkdownProcessor markdown, BuildCache pdfCache, BuildCache renderCache) {
        this.projectTemplates = projectTemplates != null && Files.isDirectory(projectTemplates) ? projectTemplates : null;
        this.markdown = Objects.requireNonNull(markdown, "markdown");
        this.templates = new Templates(this.projectTemplates);
        this.pages = new PageMaker(templates);
        this.generated = new GeneratedPages(pages);
        this.pdfCache = Objects.requireNonNull(pdfCache, "pdfCache");
        this.renderCache = Objects.requireNonNull(renderCache, "renderCache");
    }

    /**
     * Every file of the site, sorted by path. {@code site} holds only the documents this edition
     * publishes (the caller filters them); nothing else is ever linked or listed.
     *
     * @throws RenderException a template failed, or two pages would have the same path
     */
    public List<OutputFile> render(Site site, Edition edition) throws RenderException {
        return render(site, edition, Set.of());
    }

    /**
     * As {@link #render(Site, Edition)}, marking the {@code stale} sections of translated pages with a
     * notice that links to the source-language section.
     */
    public List<OutputFile> render(Site site, Edition edition, Set<SectionRef> stale) throws RenderException {
        return render(site, edition, stale, false);
    }

    /**
     * As {@link #render(Site, Edition, Set)}; with {@code pdf}, also one PDF per document and
     * language ({@code en/advisories/x/ID-en.pdf}, see {@link PagePaths#pdf}), each rendered
     * before its page so the page links to it with its size.
     */
    public List<OutputFile> render(Site site, Edition edition, Set<SectionRef> stale, boolean pdf)
            throws RenderException {
        return render(site, edition, stale, pdf, Progress.NONE);
    }

    /** As {@link #render(Site, Edition, Set, boolean)}, telling {@code progress} about the PDFs (phase "pdf"). */
    public List<OutputFile> render(Site site, Edition edition, Set<SectionRef> stale, boolean pdf, Progress progress)
            throws RenderException {
        Map<String, OutputFile> files = new TreeMap<>();
        try {
            render(site, edition, stale, pdf, progress, f -> files.put(f.path(), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a map never fails
        }
        return List.copyOf(files.values());
    }

    /**
     * As {@link #render(Site, Edition, Set, boolean, Progress)}, handing each file to {@code sink}
     * as soon as it is made (in a fixed order) rather than keeping them: a large publication's
     * pages are never all in memory at once.
     *
     * @throws IOException only from the sink
     */
    public void render(Site site, Edition edition, Set<SectionRef> stale, boolean pdf, Progress progress,
                       OutputSink sink) throws RenderException, IOException {
        try {
            renderAll(site, edition, stale, pdf, progress, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void renderAll(Site site, Edition edition, Set<SectionRef> stale, boolean pdf, Progress progress,
                           OutputSink sink) throws RenderException {
        RenderContext ctx = new RenderContext(site, edition);
        DocumentViews docs = new DocumentViews(ctx, markdown);
        MachineReadable machine = new MachineReadable(ctx, pdf, renderCache);
        PageReuse reuse = PageReuse.of(renderCache, ctx, projectTemplates);
        DocumentPdfs pdfs = pdf ? new DocumentPdfs(templates, new PdfRenderer(fonts()), pdfCache, fonts().digest(),
                new DocumentPdfs.Sources(renderCache, reuse, stale)) : null;
        PageSink.Ordered out = new PageSink.Ordered(new Sitemap(site.config().findBaseUrl(), edition.maxTlp() == Tlp.CLEAR), sink);

        generated.bilingual(ctx, out);
        Set<Asset> usedAssets = ConcurrentHashMap.newKeySet();
        // With PDFs, all of them first, so that they can be typeset at once before the pages link
        // them: those an earlier build made from the same inputs as they are, then every other
        // document's view and PDF. Without, each view is made with its page and let go after it.
        Map<String, ParallelPrint.Job> jobs = new HashMap<>();
        Map<String, DocumentPdfs.Pdf> printed = new HashMap<>();
        if (pdfs != null) {
            List<ParallelPrint.Job> all = unviewed(ctx, (lang, d) -> true);
            List<Optional<DocumentPdfs.Pdf>> known = Parallel.map(all, j -> pdfs.known(ctx, j.lang(), j.doc()));
            for (int i = 0; i < all.size(); i++) {
                ParallelPrint.Job j = all.get(i);
                known.get(i).ifPresent(p -> printed.put(PagePaths.document(j.lang(), j.doc()), p));
            }
            for (ParallelPrint.Job job : views(ctx, docs, (lang, d) -> !printed.containsKey(PagePaths.document(lang, d)),
                    usedAssets, stale)) {
                jobs.put(PagePaths.document(job.lang(), job.doc()), job);
            }
            ParallelPrint.run(pdfs, ctx, List.copyOf(jobs.values()), progress)
                    .forEach((job, made) -> printed.put(PagePaths.document(job.lang(), job.doc()), made));
        }
        // The search indexes are made on a thread of their own while the pages are made: merging a
        // language's postings is work for one core, which the pages' work leaves the other cores.
        ExecutorService indexer = thread("advisory-site-search-index");
        try {
            renderLanguages(ctx, docs, new DocumentPages(ctx, machine, reuse, pages), out, pdfs, jobs, printed,
                    lang -> indexer.submit(() -> SearchIndex.build(ctx, lang, renderCache)), usedAssets, stale, pdf);
        } finally {
            stop(indexer);
        }
        Optional<byte[]> sitemap = out.sitemap().xml();
        if (sitemap.isPresent()) out.add(PagePaths.sitemap(), sitemap.get(), "generated sitemap");
        out.add(PagePaths.robots(), out.sitemap().robots(), "generated robots.txt");
        for (MachineReadable.File f : machine.exports()) out.add(f);
        for (Asset a : usedAssets.stream().sorted(Comparator.comparing(PagePaths::asset)).toList()) {
            out.add(PagePaths.asset(a), read(a.source()), a.lang().folder() + "/" + a.path());
        }
        for (var e : StaticFiles.collect(projectTemplates).entrySet()) {
            out.add(PagePaths.STATIC_DIR + e.getKey(), e.getValue(), "templates/static/" + e.getKey());
        }
    }

    /**
     * Each language's pages, search index and feeds, in a fixed order. The search index of a
     * language comes after its pages (it was being made meanwhile, by {@code startIndex}); no page
     * can have its path.
     *
     * <p>The pages are made a stage at a time (a language's generated pages, a batch of its
     * documents, its feeds) on a thread of their own, one stage ahead of this one, which hands
     * each stage's files to {@code out} meanwhile: handing on a file compares it with the previous
     * site's, and while a stage was handed on the cores that made it had waited.
     */
    private void renderLanguages(RenderContext ctx, DocumentViews docs, DocumentPages docPages, PageSink.Ordered out,
                                 DocumentPdfs pdfs, Map<String, ParallelPrint.Job> jobs, Map<String, DocumentPdfs.Pdf> printed,
                                 Function<Lang, Future<SearchIndex.Index>> startIndex, Set<Asset> usedAssets,
                                 Set<SectionRef> stale, boolean pdf) throws RenderException {
        Map<Lang, Map<String, Asset>> assets = assetsByLang(ctx.site);
        Sitemap sitemap = out.sitemap();
        DocumentInputs documents = new DocumentInputs(ctx, docs, docPages, sitemap, pdfs, jobs, printed, usedAssets, stale);
        List<Stage> stages = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            stages.add(new Stage(lang, false, () -> generated.language(ctx, docs, lang, sitemap)));
            // Documents last: a document whose page would land on a generated page is the one named.
            List<Document> inLang = ctx.inLang(lang);
            for (int from = 0; from < inLang.size(); from += PAGE_BATCH) {
                List<Document> batch = inLang.subList(from, Math.min(from + PAGE_BATCH, inLang.size()));
                stages.add(new Stage(lang, false, () -> Parallel.map(batch, d -> documentPage(documents, lang, d, assets.get(lang)))));
            }
            stages.add(new Stage(lang, true, () -> List.of(feeds(ctx, lang, pdf, sitemap))));
        }
        ExecutorService maker = thread("advisory-site-pages");
        try {
            Future<SearchIndex.Index> index = startIndex.apply(stages.get(0).lang());
            Future<List<PageSink.Pending>> next = maker.submit(stages.get(0).make()::call);
            for (int s = 0; s < stages.size(); s++) {
                List<PageSink.Pending> made = finished(next);
                if (s + 1 < stages.size()) next = maker.submit(stages.get(s + 1).make()::call);
                Stage stage = stages.get(s);
                if (stage.endsLanguage()) {
                    SearchIndex.Index madeIndex = finished(index);
                    if (madeIndex.fromCache()) indexesReused.add(stage.lang());
                    // The next language's index is begun only now, so that one index at a time is held.
                    if (s + 1 < stages.size()) index = startIndex.apply(stages.get(s + 1).lang());
                    for (SearchIndex.File f : madeIndex.files()) out.add(f.path(), f.bytes(), "generated search index");
                }
                for (PageSink.Pending pending : made) out.addAll(pending);
            }
        } finally {
            stop(maker);
        }
    }

    /** A thread of this render's, which never keeps the JVM from exiting. */
    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Stops a thread of this render's and waits for it: its work keeps entries in the build cache,
     * which must not go on after the render has ended (interrupted, say, by a preview that closes).
     */
    private static void stop(ExecutorService threads) {
        threads.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (threads.awaitTermination(1, TimeUnit.MINUTES)) break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Some of a language's files, made together; the last stage of a language is followed by its search index. */
    private record Stage(Lang lang, boolean endsLanguage, Make make) {
    }

    @FunctionalInterface
    private interface Make {
        List<PageSink.Pending> call() throws RenderException;
    }

    /** What making a document's page takes from the render around it. */
    private record DocumentInputs(RenderContext ctx, DocumentViews docs, DocumentPages docPages, Sitemap sitemap,
                                 DocumentPdfs pdfs, Map<String, ParallelPrint.Job> jobs, Map<String, DocumentPdfs.Pdf> printed,
                                 Set<Asset> usedAssets, Set<SectionRef> stale) {
    }

    /** A document's page in a language, with its PDF when there is one. */
    private PageSink.Pending documentPage(DocumentInputs on, Lang lang, Document d, Map<String, Asset> assets)
            throws RenderException {
        String path = PagePaths.document(lang, d);
        ParallelPrint.Job job = on.jobs().get(path);
        DocumentPdfs.Pdf pdfFile = on.printed().get(path);
        PageSink.Pending files = new PageSink.Pending(on.sitemap());
        Optional<byte[]> pdfBytes = pdfFile != null ? pdfFile.bytes() : Optional.empty();
        if (pdfFile != null && pdfBytes.isEmpty()) {
            // Its cache entry was taken by its size and is not a PDF after all: typeset
            // it now, before the page states its size.
            pdfFile = on.pdfs().render(on.ctx(), lang, d, on.docs().document(lang, d, assets, on.usedAssets(), on.stale()));
            pdfBytes = pdfFile.bytes();
        }
        if (pdfFile != null) {
            String file = d.require(lang).file();
            files.add(pdfFile.path(), pdfBytes.orElseThrow(() -> new RenderException(file, 1,
                    "its PDF went from .cache/pdf while this build ran; build again")), file);
            if (pdfFile.reused()) pdfsReused.incrementAndGet();
        }
        // With PDFs the view was made for them, and what it links is among the used assets already.
        if (on.docPages().add(files, lang, d, pdfFile != null ? pdfFile.link() : null,
                linked -> job != null ? job.view() : on.docs().document(lang, d, assets, linked, on.stale()),
                assets, on.usedAssets(), on.stale(), true)) {
            pagesReused.incrementAndGet();
        }
        return files;
    }

    /** A language's Atom and JSON feeds, when it has any. */
    private static PageSink.Pending feeds(RenderContext ctx, Lang lang, boolean pdf, Sitemap sitemap) throws RenderException {
        PageSink.Pending files = new PageSink.Pending(sitemap);
        Optional<byte[]> feed = AtomFeed.site(ctx, lang, pdf);
        if (feed.isPresent()) files.add(PagePaths.feed(lang), feed.get(), "generated site feed");
        Optional<byte[]> jsonFeed = JsonFeed.site(ctx, lang, pdf);
        if (jsonFeed.isPresent()) files.add(PagePaths.jsonFeed(lang), jsonFeed.get(), "generated JSON feed");
        return files;
    }

    /** The result of work done on a thread of this render's; its failure is the build's. */
    private static <T> T finished(Future<T> work) throws RenderException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the site was made", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RenderException r) throw r;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Map<Lang, Map<String, Asset>> assetsByLang(Site site) {
        Map<Lang, Map<String, Asset>> byLang = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, Asset> assets = new TreeMap<>();
            site.assets().stream().filter(a -> a.lang() == lang).forEach(a -> assets.put(a.path(), a));
            byLang.put(lang, assets);
        }
        return byLang;
    }

    /** What {@link #typeset} did: PDFs of the shard, and how many of them came from the cache. */
    public record Typeset(int pdfs, int reused) {
    }

    /**
     * Only the PDFs of the documents in {@code shard}, into the PDF cache (which a full build then
     * finds them in); renders no page and writes nothing else.
     */
    public Typeset typeset(Site site, Edition edition, Set<SectionRef> stale, Shard shard, Progress progress)
            throws RenderException {
        DocumentPdfs pdfs = new DocumentPdfs(templates, new PdfRenderer(fonts()), pdfCache, fonts().digest());
        RenderContext ctx = new RenderContext(site, edition);
        Set<Document> picked = Set.copyOf(shard.pick(site.documents()));
        List<ParallelPrint.Job> jobs = views(ctx, new DocumentViews(ctx, markdown), (lang, d) -> picked.contains(d),
                ConcurrentHashMap.newKeySet(), stale);
        return new Typeset(ParallelPrint.run(pdfs, ctx, jobs, progress).size(), pdfs.reused());
    }

    /** The page views of the documents {@code which} selects in the languages it selects them in, made on all cores. */
    private static List<ParallelPrint.Job> views(RenderContext ctx, DocumentViews docs, BiPredicate<Lang, Document> which,
                                                 Set<Asset> usedAssets, Set<SectionRef> stale) throws RenderException {
        Map<Lang, Map<String, Asset>> assetsByLang = assetsByLang(ctx.site);
        return Parallel.map(unviewed(ctx, which), j -> new ParallelPrint.Job(j.lang(), j.doc(),
                docs.document(j.lang(), j.doc(), assetsByLang.get(j.lang()), usedAssets, stale)));
    }

    /** A job without its view for each document in each language {@code which} selects, in the documents' order. */
    private static List<ParallelPrint.Job> unviewed(RenderContext ctx, BiPredicate<Lang, Document> which) {
        List<ParallelPrint.Job> jobs = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (Document d : ctx.inLang(lang)) {
                if (which.test(lang, d)) jobs.add(new ParallelPrint.Job(lang, d, null));
            }
        }
        return jobs;
    }

    /** The languages whose search index this renderer has taken whole from the build cache so far. */
    public Set<Lang> searchIndexesReused() {
        return Set.copyOf(indexesReused);
    }

    /** PDFs this renderer has taken from the build cache so far, rather than typeset them. */
    public int pdfsReused() {
        return pdfsReused.get();
    }

    /** Pages of documents this renderer has taken from the build cache so far, rather than made them. */
    public int pagesReused() {
        return pagesReused.get();
    }

    /** The language whose search index a file belongs to (its search page not counted), if any. */
    public static Optional<Lang> searchIndexOf(String path) {
        for (Lang lang : Lang.values()) {
            if (path.startsWith(PagePaths.searchFolder(lang)) && !path.equals(PagePaths.search(lang))) return Optional.of(lang);
        }
        return Optional.empty();
    }

    /**
     * Only the HTML pages of one document, for a live preview right after an edit of it: the
     * same page the full render makes, except that no PDF is linked and its images are not
     * copied (the full build that follows brings both). {@code site} holds the edited document.
     */
    public List<OutputFile> renderDocument(Site site, Edition edition, String path) throws RenderException {
        RenderContext ctx = new RenderContext(site, edition);
        DocumentViews docs = new DocumentViews(ctx, markdown);
        DocumentPages docPages = new DocumentPages(ctx, new MachineReadable(ctx, false, BuildCache.NONE), PageReuse.NONE, pages);
        List<OutputFile> files = new ArrayList<>();
        PageSink.Ordered out = new PageSink.Ordered(new Sitemap(Optional.empty(), false), files::add);
        Document d = ctx.documents.get(path);
        if (d == null) return List.of();
        Map<Lang, Map<String, Asset>> assetsByLang = assetsByLang(site);
        for (Lang lang : Lang.values()) {
            if (d.find(lang).isEmpty()) continue;
            Map<String, Asset> assets = assetsByLang.get(lang);
            docPages.add(out, lang, d, null,
                    linked -> docs.document(lang, d, assets, linked, Set.of()), assets, new HashSet<>(), Set.of(), false);
        }
        return List.copyOf(files);
    }

    /** The embedded fonts, read from the classpath on first use and kept for later builds. */
    private synchronized PdfFonts fonts() {
        if (fonts == null) fonts = new PdfFonts();
        return fonts;
    }

    private static byte[] read(Path source) {
        try {
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}
