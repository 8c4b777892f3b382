package org.jcwg.advisory.render;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionRef;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.render.Views.Chrome;
import org.jcwg.advisory.render.Views.DocPage;
import org.jcwg.advisory.render.Views.FormatLink;
import org.jcwg.advisory.render.Views.PdfLink;

/**
 * The page of a document in one language, with its machine-readable files: taken from the build
 * cache when nothing it shows changed ({@link PageReuse}), else made. One per render call;
 * thread-safe (pages of several documents are made at once).
 */
final class DocumentPages {

    private final RenderContext ctx;
    private final MachineReadable machine;
    private final PageReuse reuse;
    private final PageMaker pages;

    DocumentPages(RenderContext ctx, MachineReadable machine, PageReuse reuse, PageMaker pages) {
        this.ctx = ctx;
        this.machine = machine;
        this.reuse = reuse;
        this.pages = pages;
    }

    /**
     * Hands the page to {@code out}, with its machine-readable files when {@code withFiles} (else it
     * only links them). {@code view} makes the page's view when it must be made, adding what its
     * body links to the set it is given; what the page links is added to {@code usedAssets}.
     *
     * @return whether the page was taken from the build cache
     */
    boolean add(PageSink out, Lang lang, Document d, PdfLink pdf, Function<Set<Asset>, DocPage> view,
                Map<String, Asset> assets, Set<Asset> usedAssets, Set<SectionRef> stale, boolean withFiles)
            throws RenderException {
        String file = PagePaths.document(lang, d);
        Optional<MachineReadable.File> stix = machine.stix(d);
        if (withFiles && stix.isPresent() && lang == Lang.values()[0]) out.add(stix.get());
        Optional<MachineReadable.File> csaf = withFiles ? machine.csaf(d, lang) : Optional.empty();
        if (csaf.isPresent()) out.add(csaf.get());
        List<FormatLink> formats = machine.links(d, lang, stix.isPresent());
        String other = RenderContext.counterpart(lang, d).orElse(null);
        Translation t = d.require(lang);
        Chrome chrome = ctx.chrome(lang, file, t.title().value(), t.summary().value(), other, false).asArticle();
        String key = reuse.key(lang, d, stale, pdf, formats);
        Optional<PageReuse.Page> kept = reuse.find(key, assets);
        ByteBuffer html;
        if (kept.isPresent()) {
            html = kept.get().html();
            usedAssets.addAll(kept.get().assets());
        } else {
            Set<Asset> linked = new HashSet<>();
            DocPage page = view.apply(linked).withFormats(formats);
            byte[] made = pages.html(ctx, lang, "document.ftlh", chrome, "doc", pdf != null ? page.withPdf(pdf) : page);
            reuse.keep(key, made, linked);
            html = ByteBuffer.wrap(made);
            usedAssets.addAll(linked);
        }
        out.add(file, html, t.file());
        out.sitemap().add(file, chrome.alternates(), d.meta().lastChanged());
        return kept.isPresent();
    }
}
