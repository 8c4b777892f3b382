package org.jcwg.advisory.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.cache.Fingerprint;
import org.jcwg.advisory.cache.KeyedBytes;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionRef;
import org.jcwg.advisory.render.Views.DocPage;
import org.jcwg.advisory.render.Views.PdfLink;

/**
 * The PDF of one document in one language: the print template {@code print/document.ftlh} runs
 * over the same view as the HTML page (XHTML output), and {@link PdfRenderer} typesets it. The
 * caller renders the PDF before the page, so the page can link to it with its size. A report
 * also gets its appendix ({@link AgencyAppendix}); the template adds its cover and contents.
 *
 * <p>Thread-safe as its parts are; holds no per-document state.
 */
final class DocumentPdfs {

    static final String TEMPLATE = "print/document.ftlh";

    /**
     * The footnote back-link arrow (U+21A9) has no glyph in the embedded fonts, where openhtmltopdf
     * would draw "#": the PDF shows an upward arrow (U+2191), which they have. Links to other pages
     * of the site are made absolute ({@link PrintLinks}).
     */
    private static TemplateModel forPrint(TemplateModel body, Optional<String> pageUrl) {
        try {
            String html = PrintTables.markWide(PrintLinks.rewrite(
                    HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) body), pageUrl));
            return HTMLOutputFormat.INSTANCE.fromMarkup(html.replace("class=\"footnote-backref\">&#8617;</a>",
                    "class=\"footnote-backref\">\u2191</a>"));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // markup made by this generator
        }
    }

    /** The language's images as the PDFs could embed them: their paths and contents. */
    private String imageDigest(RenderContext ctx, Lang lang) {
        return imageDigests.computeIfAbsent(lang, l -> {
            List<String> parts = new ArrayList<>();
            for (Asset a : ctx.site.assets().stream().filter(x -> x.lang() == l)
                    .sorted(java.util.Comparator.comparing(Asset::path)).toList()) {
                try {
                    parts.add(a.path());
                    parts.add(Fingerprint.of(Files.readAllBytes(a.source())));
                } catch (IOException e) {
                    parts.add("unreadable"); // the renderer reports it
                }
            }
            return Fingerprint.of(parts.toArray(new String[0]));
        });
    }

    /**
     * A PDF made or found: where it goes, the link its page shows, whether it came from the cache
     * rather than being typeset, and its bytes, which stay in the PDF cache until its page is
     * written whenever the cache holds them (the PDFs of a large publication are made before its
     * pages, and are never all in memory at once). {@code bytes} is empty when the cache entry they
     * were found in is not the PDF it was taken for (damaged, or changed since): then it must be
     * typeset again.
     */
    record Pdf(String path, PdfLink link, boolean reused, Supplier<Optional<byte[]>> content) {
        Optional<byte[]> bytes() {
            return content.get();
        }
    }

    /** Changes whenever the way PDFs are made changes in a way the other inputs do not show. */
    private static final String CACHE_VERSION = "pdf-3";

    /**
     * Where a build remembers which PDF each document's inputs made, so that a PDF found there is
     * taken without the document's view and print page, which its key needs (a third of a cached
     * build's time with PDFs): the render cache ({@code cache}, which is this machine's and this
     * generator's), the document pages' keys ({@code pages}, whose print key stands for the view)
     * and the sections behind their source ({@code stale}, which the view marks).
     */
    record Sources(BuildCache cache, PageReuse pages, Set<SectionRef> stale) {
        /** Remembers nothing: every PDF's print page is made to find its key. */
        static final Sources NONE = new Sources(BuildCache.NONE, PageReuse.NONE, Set.of());
    }

    private final Templates templates;
    private final PdfRenderer renderer;
    private final BuildCache cache;
    private final String fontsDigest;
    private final Sources sources;
    private final Map<Lang, String> imageDigests = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    DocumentPdfs(Templates templates, PdfRenderer renderer, BuildCache cache, String fontsDigest) {
        this(templates, renderer, cache, fontsDigest, Sources.NONE);
    }

    DocumentPdfs(Templates templates, PdfRenderer renderer, BuildCache cache, String fontsDigest, Sources sources) {
        this.templates = templates;
        this.renderer = renderer;
        this.cache = cache;
        this.fontsDigest = fontsDigest;
        this.sources = sources;
    }

    /**
     * The PDF an earlier build made from the same inputs as this document's now, found without
     * making its view or print page; empty when there is none (then {@link #render} makes it, or
     * finds it by its print page).
     */
    Optional<Pdf> known(RenderContext ctx, Lang lang, Document doc) {
        if (sources.pages() == PageReuse.NONE) return Optional.empty();
        String key = sourceKey(ctx, lang, doc);
        Optional<String> pdfKey = sources.cache().find(key).flatMap(entry -> KeyedBytes.payload(entry, key))
                .map(k -> StandardCharsets.US_ASCII.decode(k).toString());
        OptionalLong length = pdfKey.isPresent() ? cache.size(pdfKey.get()) : OptionalLong.empty();
        if (length.isEmpty()) return Optional.empty();
        return Optional.of(pdf(ctx, lang, doc, null, pdfKey.get(), length.getAsLong(), true));
    }

    /**
     * Everything a document's PDF is made from but its print page: the page's view (by its print
     * key), the agencies a report's appendix lists, the date, fonts and images, and the generator.
     */
    private String sourceKey(RenderContext ctx, Lang lang, Document doc) {
        return Fingerprint.of(CACHE_VERSION, Generator.VERSION, fontsDigest, imageDigest(ctx, lang),
                sources.pages().printKey(lang, doc, sources.stale()),
                doc.meta().type() == DocType.REPORT ? ctx.site.agencies().toString() : "");
    }

    /** How many PDFs {@link #render} found in the cache by their print page. */
    int reused() {
        return reused.get();
    }

    Pdf render(RenderContext ctx, Lang lang, Document doc, DocPage view) throws RenderException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang.code());
        model.put("t", ctx.uiStrings.get(lang.code()));
        Optional<String> pageUrl = ctx.site.config().findBaseUrl().map(b -> Urls.absolute(b, PagePaths.document(lang, doc)));
        model.put("doc", ViewMaps.convert(view.withBody(forPrint(view.body(), pageUrl))));
        if (doc.meta().type() == DocType.REPORT) {
            // A report is printed with a cover, contents and the agency directory as an appendix.
            model.put("appendix", ViewMaps.convert(
                    AgencyAppendix.of(new DirectoryViews(ctx).directory(lang), doc.meta().agencies())));
        }
        String xhtml = templates.render(TEMPLATE, model);
        PdfImages images = new PdfImages(PagePaths.document(lang, doc),
                ctx.site.assets().stream().filter(a -> a.lang() == lang).toList());
        // Everything the PDF is made from: the print page, the date in its metadata, the fonts, the
        // images it may embed, and this generator.
        String key = Fingerprint.of(CACHE_VERSION, Generator.VERSION, fontsDigest, imageDigest(ctx, lang),
                lang.code(), doc.meta().date().toString(), xhtml);
        byte[] bytes = cache.find(key).filter(DocumentPdfs::looksLikePdf).orElse(null);
        boolean found = bytes != null;
        if (found) {
            reused.incrementAndGet();
        } else {
            bytes = renderer.render(xhtml, lang, doc.meta().date(), images);
            cache.keep(key, bytes);
        }
        if (sources.pages() != PageReuse.NONE && sources.cache().keeps()) {
            String sourceKey = sourceKey(ctx, lang, doc);
            sources.cache().keep(sourceKey, KeyedBytes.encode(sourceKey, Optional.of(key.getBytes(StandardCharsets.US_ASCII))));
        }
        // Held only when the cache could not keep them (a read-only project).
        boolean kept = found || cache.size(key).orElse(-1) == bytes.length;
        return pdf(ctx, lang, doc, kept ? null : bytes, key, bytes.length, found);
    }

    /** The PDF of {@code doc} in {@code lang}, {@code held} or under {@code key} in the cache, with the link its page shows. */
    private Pdf pdf(RenderContext ctx, Lang lang, Document doc, byte[] held, String key, long length, boolean reused) {
        String path = PagePaths.pdf(lang, doc);
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Localizer l = ctx.l10n(lang);
        // Whole kilobytes, at least 1, the way download links usually state sizes.
        long kb = Math.max(1, Math.round(length / 1024.0));
        Supplier<Optional<byte[]>> content = held != null ? () -> Optional.of(held)
                : () -> cache.find(key).filter(b -> b.length == length && looksLikePdf(b));
        return new Pdf(path, new PdfLink(Urls.relative(PagePaths.document(lang, doc), path), fileName,
                l.format("doc.pdf.size", kb)), reused, content);
    }

    /** A damaged cache entry (cut short, or not a PDF at all) is typeset again. */
    private static boolean looksLikePdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }
}
