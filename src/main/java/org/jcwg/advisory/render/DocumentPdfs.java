package org.jcwg.advisory.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
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
            String html = PrintLinks.rewrite(HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) body), pageUrl);
            return HTMLOutputFormat.INSTANCE.fromMarkup(html.replace("class=\"footnote-backref\">&#8617;</a>",
                    "class=\"footnote-backref\">\u2191</a>"));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // markup made by this generator
        }
    }

    /** A rendered PDF: where it goes, its bytes, and the link the page shows. */
    record Pdf(String path, byte[] bytes, PdfLink link) {
    }

    private final Templates templates;
    private final PdfRenderer renderer;

    DocumentPdfs(Templates templates, PdfRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
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
        byte[] bytes = renderer.render(xhtml, lang, doc.meta().date(), images);

        String path = PagePaths.pdf(lang, doc);
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Localizer l = ctx.l10n(lang);
        // Whole kilobytes, at least 1, the way download links usually state sizes.
        long kb = Math.max(1, Math.round(bytes.length / 1024.0));
        return new Pdf(path, bytes, new PdfLink(Urls.relative(PagePaths.document(lang, doc), path), fileName,
                l.format("doc.pdf.size", kb)));
    }
}
