package org.jcwg.advisory.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.render.Views.Alternate;
import org.jcwg.advisory.render.Views.Chrome;
import org.jcwg.advisory.render.Views.FeedLink;
import org.jcwg.advisory.render.Views.LangEntry;
import org.jcwg.advisory.render.Views.RecPage;
import org.jcwg.advisory.render.Views.SearchPage;

/**
 * The pages a site has besides its documents': the bilingual root and not-found pages, and per
 * language the home page, the advisory and report lists, the agency directory, the recommendation
 * tracker (with its status feed), the search page and the tag pages. Thread-safe, as
 * {@link PageMaker} is.
 */
final class GeneratedPages {

    private final PageMaker pages;

    GeneratedPages(PageMaker pages) {
        this.pages = pages;
    }

    /** Some of a language's pages, made into a sink of their own. */
    @FunctionalInterface
    private interface Job {
        void make(PageSink out) throws RenderException;
    }

    /**
     * The pages of one language, made on all cores (each list and tag page goes over every
     * document), in a fixed order, entered in {@code sitemap}.
     */
    List<PageSink.Pending> language(RenderContext ctx, DocumentViews docs, Lang lang, Sitemap sitemap) throws RenderException {
        Localizer l = ctx.l10n(lang);
        List<Job> jobs = new ArrayList<>();
        jobs.add(o -> {
            String home = PagePaths.home(lang);
            pages.page(o, ctx, lang, "home.ftlh", home, ctx.chrome(lang, home, null, null, PagePaths.home(lang.other()), true),
                    "home", docs.home(lang, docs.glance(lang)), "generated home page");
        });
        for (DocType type : List.of(DocType.ADVISORY, DocType.REPORT)) {
            jobs.add(o -> {
                String file = PagePaths.list(lang, type);
                var view = docs.list(lang, type);
                pages.page(o, ctx, lang, "list.ftlh", file,
                        ctx.chrome(lang, file, view.heading(), view.intro(), PagePaths.list(lang.other(), type), true),
                        "list", view, "generated " + type.code() + " list");
            });
        }
        jobs.add(o -> {
            String agencies = PagePaths.agencies(lang);
            pages.page(o, ctx, lang, "agencies.ftlh", agencies,
                    ctx.chrome(lang, agencies, l.text("agencies.title"), l.text("agencies.intro"),
                            PagePaths.agencies(lang.other()), true),
                    "directory", new DirectoryViews(ctx).directory(lang), "generated agency directory");
        });
        jobs.add(o -> tracker(ctx, lang, o));
        jobs.add(o -> searchPage(ctx, lang, o));
        tags(ctx, docs, lang, jobs);
        return Parallel.map(jobs, job -> {
            PageSink.Pending pending = new PageSink.Pending(sitemap);
            job.make(pending);
            return pending;
        });
    }

    /** The language chooser at the root and the not-found page, both in both languages. */
    void bilingual(RenderContext ctx, PageSink out) throws RenderException {
        var config = ctx.site.config();
        String title = config.title(Lang.EN) + " \u00b7 " + config.title(Lang.KO);

        List<LangEntry> choices = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Localizer l = ctx.l10n(lang);
            choices.add(new LangEntry(lang.code(), config.title(lang), config.description(lang),
                    Urls.relative(PagePaths.ROOT, PagePaths.home(lang)), l.text("root.enter"), l.text("root.choose"),
                    null, null));
        }
        List<Alternate> alternates = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            alternates.add(new Alternate(lang.code(), ctx.link(PagePaths.ROOT, PagePaths.home(lang))));
        }
        alternates.add(new Alternate("x-default", ctx.link(PagePaths.ROOT, PagePaths.ROOT)));
        Chrome root = new Chrome(Lang.EN.code(), title, title, config.description(Lang.EN), title,
                PagePaths.ROOT, PagePaths.ROOT, PagePaths.CSS, PagePaths.JS, List.of(), null, alternates,
                config.findBaseUrl().map(b -> Urls.absolute(b, PagePaths.ROOT)).orElse(null), null,
                ctx.edition.maxTlp() != Tlp.CLEAR, List.of(), "website");
        pages.page(out, ctx, Lang.EN, "root.ftlh", PagePaths.ROOT, root, "langs", choices, "generated root page");

        // A server shows 404.html at any depth, where relative links break: use the base URL when known.
        List<LangEntry> notFound = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Localizer l = ctx.l10n(lang);
            notFound.add(new LangEntry(lang.code(), config.title(lang), null,
                    ctx.link(PagePaths.NOT_FOUND, PagePaths.home(lang)), l.text("notfound.home"), null,
                    l.text("notfound.title"), l.text("notfound.text")));
        }
        String nfTitle = ctx.l10n(Lang.EN).text("notfound.title") + " \u00b7 " + ctx.l10n(Lang.KO).text("notfound.title");
        Chrome nf = new Chrome(Lang.EN.code(), nfTitle + " | " + title, nfTitle, null, title,
                ctx.link(PagePaths.NOT_FOUND, PagePaths.ROOT), ctx.link(PagePaths.NOT_FOUND, PagePaths.ROOT),
                ctx.link(PagePaths.NOT_FOUND, PagePaths.CSS), ctx.link(PagePaths.NOT_FOUND, PagePaths.JS),
                List.of(), null, List.of(), null, null, true, List.of(), "website");
        pages.page(out, ctx, Lang.EN, "404.ftlh", PagePaths.NOT_FOUND, nf, "langs", notFound, "generated 404 page");
    }

    /** The tracker's dashboard, a page per recommendation and the Atom feed of status changes. */
    private void tracker(RenderContext ctx, Lang lang, PageSink out) throws RenderException {
        Localizer l = ctx.l10n(lang);
        TrackerViews views = new TrackerViews(ctx);
        Optional<byte[]> feed = AtomFeed.statusChanges(ctx, lang);
        String feedFile = PagePaths.recommendationsFeed(lang);
        FeedLink feedLink = new FeedLink(Urls.relative(PagePaths.recommendations(lang), feedFile),
                l.format("recs.feed.title", ctx.site.config().title(lang)), "application/atom+xml");
        String recs = PagePaths.recommendations(lang);
        Chrome chrome = ctx.chrome(lang, recs, l.text("recs.title"), l.text("recs.intro"),
                PagePaths.recommendations(lang.other()), true);
        pages.page(out, ctx, lang, "recommendations.ftlh", recs, feed.isPresent() ? chrome.withFeed(feedLink) : chrome,
                "tracker", views.tracker(lang), "generated recommendation tracker");
        for (Recommendation r : ctx.recommendations.values()) {
            String file = PagePaths.recommendation(lang, r.id());
            RecPage view = views.page(lang, r);
            Chrome recChrome = ctx.chrome(lang, file, l.format("recs.page.title", r.id(), view.rec().title()),
                    view.rec().summary(), PagePaths.recommendation(lang.other(), r.id()), false);
            FeedLink here = new FeedLink(Urls.relative(file, feedFile), feedLink.title(), feedLink.type());
            pages.page(out, ctx, lang, "recommendation.ftlh", file, feed.isPresent() ? recChrome.withFeed(here) : recChrome,
                    "rec", view, "recommendation " + r.id() + " in " + lang.folder() + "/recommendations.yml");
        }
        if (feed.isPresent()) out.add(feedFile, feed.get(), "generated status feed");
    }

    /** The search page (its index is made on a thread of its own). */
    private void searchPage(RenderContext ctx, Lang lang, PageSink out) throws RenderException {
        Localizer l = ctx.l10n(lang);
        String file = PagePaths.search(lang);
        pages.page(out, ctx, lang, "search.ftlh", file,
                ctx.chrome(lang, file, l.text("search.title"), null, PagePaths.search(lang.other()), false),
                "search", new SearchPage(Urls.relative(file, file), Urls.relative(file, PagePaths.searchFolder(lang)),
                        Urls.relative(file, PagePaths.SEARCH_JS)), "generated search page");
    }

    /** The page of all tags and a page per tag, one job each. */
    private void tags(RenderContext ctx, DocumentViews docs, Lang lang, List<Job> jobs) {
        Localizer l = ctx.l10n(lang);
        List<String> tags = ctx.tags(lang);
        if (tags.isEmpty()) return;
        Set<String> otherTags = Set.copyOf(ctx.tags(lang.other()));
        jobs.add(o -> {
            String index = PagePaths.tags(lang);
            pages.page(o, ctx, lang, "tags.ftlh", index, ctx.chrome(lang, index, l.text("tags.title"), l.text("tags.intro"),
                    otherTags.isEmpty() ? null : PagePaths.tags(lang.other()), true),
                    "tags", docs.tags(lang), "generated tag index");
        });
        for (String tag : tags) {
            jobs.add(o -> {
                String file = PagePaths.tag(lang, tag);
                var view = docs.tag(lang, tag);
                String other = otherTags.contains(tag) ? PagePaths.tag(lang.other(), tag) : null;
                pages.page(o, ctx, lang, "list.ftlh", file, ctx.chrome(lang, file, view.heading(), view.intro(), other, true),
                        "list", view, "tag '" + tag + "'");
            });
        }
    }
}
