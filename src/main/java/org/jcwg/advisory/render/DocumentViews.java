package org.jcwg.advisory.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.DocumentMeta;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.Section;
import org.jcwg.advisory.model.SectionRef;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.render.Views.DocItem;
import org.jcwg.advisory.render.Views.DocPage;
import org.jcwg.advisory.render.Views.HomePage;
import org.jcwg.advisory.render.Views.ListPage;
import org.jcwg.advisory.render.Views.RecView;
import org.jcwg.advisory.render.Views.TagIndex;
import org.jcwg.advisory.render.Views.TagItem;
import org.jcwg.advisory.render.Views.Revision;
import org.jcwg.advisory.render.Views.TocEntry;

/**
 * Builds the views of document pages, the two document lists and the language home page.
 * Stateless apart from the render context it reads; one instance per render call.
 */
final class DocumentViews {

    /** How many entries the home page shows per list; the list pages show all. */
    static final int HOME_LIMIT = 5;

    private final RenderContext ctx;
    private final MarkdownProcessor markdown;

    DocumentViews(RenderContext ctx, MarkdownProcessor markdown) {
        this.ctx = ctx;
        this.markdown = markdown;
    }

    /**
     * The page of one document in one language. Images and files its body references are added
     * to {@code usedAssets}; {@code assets} are that language's assets by path.
     */
    DocPage document(Lang lang, Document doc, Map<String, Asset> assets, Set<Asset> usedAssets,
                     Set<SectionRef> stale) {
        Localizer l = ctx.l10n(lang);
        Translation t = doc.require(lang);
        DocumentMeta meta = doc.meta();
        String file = PagePaths.document(lang, doc);

        LinkRewriter rewriter = new LinkRewriter(lang, doc, ctx.documents, assets, usedAssets);
        String html = t.html() != null ? markdown.resolve(t.html(), rewriter) : markdown.renderHtml(t.body(), rewriter);
        if (doc.find(meta.source()).isPresent()) {
            String sourcePage = Urls.relative(file, PagePaths.document(meta.source(), doc));
            html = StaleNotices.insert(html, doc, lang, stale, l, sourcePage, ctx.languageName(meta.source(), lang));
        }

        String sourceNote = meta.source() == lang
                ? l.format("doc.original", ctx.languageName(lang, lang))
                : l.format("doc.translation", ctx.languageName(meta.source(), lang));
        String type = meta.type().code();
        return new DocPage(meta.id(), type, l.text("type." + type), t.title().value(), t.summary().value(),
                l.date(meta.date()), meta.date().toString(),
                meta.findUpdated().map(l::date).orElse(null), meta.findUpdated().map(Object::toString).orElse(null),
                ctx.tlp(lang, meta.tlp()), sourceNote,
                ctx.agencyRefs(lang, meta.agencies(), file),
                meta.recommendations().stream().map(id -> ctx.recommendationRef(lang, id, file))
                        .flatMap(Optional::stream).toList(),
                meta.tags().stream().map(tag -> ctx.tagRef(lang, tag, file)).toList(), toc(t.sections()), Html.markup(html), revisions(l, meta, t), null, List.of(), meta.draft());
    }

    private static List<TocEntry> toc(List<Section> sections) {
        List<TocEntry> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(new TocEntry(s.id() != null ? "#" + s.id() : null, s.title(), toc(s.children())));
        }
        return out;
    }

    /** Revision dates are neutral; notes match them by position in each language. */
    private static List<Revision> revisions(Localizer l, DocumentMeta meta, Translation t) {
        List<Revision> out = new ArrayList<>();
        List<Text> notes = t.revisionNotes();
        for (int i = 0; i < meta.revisionDates().size(); i++) {
            var date = meta.revisionDates().get(i);
            out.add(new Revision(l.date(date), date.toString(), i < notes.size() ? notes.get(i).value() : ""));
        }
        return out;
    }

    ListPage list(Lang lang, DocType type) {
        Localizer l = ctx.l10n(lang);
        String file = PagePaths.list(lang, type);
        List<Document> docs = ctx.inLang(lang, type);
        String key = type == DocType.REPORT ? "list.reports" : "list.advisories";
        return new ListPage(l.text(key), l.text(key + ".intro"), l.format("list.count", docs.size()),
                items(lang, docs, file, docs.size()));
    }

    /** Every tag of the language's documents, in the collation order of their labels. */
    TagIndex tags(Lang lang) {
        Localizer l = ctx.l10n(lang);
        String file = PagePaths.tags(lang);
        List<TagItem> items = ctx.tags(lang).stream()
                .map(tag -> new TagItem(ctx.site.config().tagLabel(lang, tag), Urls.relative(file, PagePaths.tag(lang, tag)),
                        l.format("list.count", ctx.tagged(lang, tag).size())))
                .toList();
        return new TagIndex(items);
    }

    /** The documents of one tag, newest first. */
    ListPage tag(Lang lang, String tag) {
        Localizer l = ctx.l10n(lang);
        List<Document> docs = ctx.tagged(lang, tag);
        String label = ctx.site.config().tagLabel(lang, tag);
        return new ListPage(l.format("tags.page", label), l.format("tags.page.intro", label),
                l.format("list.count", docs.size()), items(lang, docs, PagePaths.tag(lang, tag), docs.size()));
    }

    HomePage home(Lang lang, List<RecView> glance) {
        String file = PagePaths.home(lang);
        return new HomePage(ctx.site.config().description(lang),
                items(lang, ctx.inLang(lang, DocType.ADVISORY), file, HOME_LIMIT),
                Urls.relative(file, PagePaths.list(lang, DocType.ADVISORY)),
                items(lang, ctx.inLang(lang, DocType.REPORT), file, HOME_LIMIT),
                Urls.relative(file, PagePaths.list(lang, DocType.REPORT)),
                glance, Urls.relative(file, PagePaths.recommendations(lang)),
                ctx.tags(lang).isEmpty() ? null : Urls.relative(file, PagePaths.tags(lang)));
    }

    private List<DocItem> items(Lang lang, List<Document> docs, String fromFile, int limit) {
        return docs.stream().limit(limit).map(d -> ctx.item(lang, d, fromFile)).toList();
    }

    /** Recommendations in the site's order, each with its current status, for the home page. */
    List<RecView> glance(Lang lang) {
        String file = PagePaths.home(lang);
        List<RecView> out = new ArrayList<>();
        for (Recommendation r : ctx.recommendations.values()) {
            out.add(new RecView(r.id(), Urls.relative(file, PagePaths.recommendation(lang, r.id())),
                    ctx.recommendationTitle(lang, r), null, List.of(),
                    r.findCurrent().map(c -> ctx.status(lang, c)).orElse(null), List.of(), List.of()));
        }
        return out;
    }
}
