package org.jcwg.advisory.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.StatusChange;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.render.Views.Alternate;
import org.jcwg.advisory.render.Views.Chrome;
import org.jcwg.advisory.render.Views.FeedLink;
import org.jcwg.advisory.render.Views.DocItem;
import org.jcwg.advisory.render.Views.LangSwitch;
import org.jcwg.advisory.render.Views.NavItem;
import org.jcwg.advisory.render.Views.Ref;
import org.jcwg.advisory.render.Views.StatusView;
import org.jcwg.advisory.render.Views.TlpView;

/**
 * One render call's view of the site: lookups by path and id, the localizers, and the pieces
 * every page builder shares (page frame, document list entries, links to agencies and
 * recommendations). Everything it hands out comes from {@code site}, which holds only what the
 * edition publishes. Immutable after construction; used by one render call at a time.
 */
final class RenderContext {

    /** Newest first; documents of one day by path, so the order never depends on input order. */
    static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document d) -> d.meta().date()).reversed()
            .thenComparing(Document::path);

    final Site site;
    final Edition edition;
    final Map<String, Document> documents = new TreeMap<>();
    final Map<String, Agency> agencies = new LinkedHashMap<>();
    final Map<String, Recommendation> recommendations = new LinkedHashMap<>();
    /** The UI strings of each language by code, as handed to templates ({@code t}, {@code tByLang}). */
    final Map<String, Object> uiStrings = new LinkedHashMap<>();
    private final Map<Lang, Localizer> localizers = new EnumMap<>(Lang.class);
    /** Whether the language's site feed has entries (documents other than pages, or status changes). */
    private final Map<Lang, Boolean> hasNews = new EnumMap<>(Lang.class);
    /** Worked out once: every page asks (its navigation lists the site pages), and there are thousands of pages. */
    private final Map<Lang, List<Document>> byLang = new EnumMap<>(Lang.class);
    private final Map<Lang, Map<DocType, List<Document>>> byLangAndType = new EnumMap<>(Lang.class);
    private final Map<Lang, List<Document>> sitePages = new EnumMap<>(Lang.class);

    RenderContext(Site site, Edition edition) {
        this.site = site;
        this.edition = edition;
        site.documents().forEach(d -> documents.put(d.path(), d));
        site.agencies().forEach(a -> agencies.put(a.id(), a));
        site.recommendations().forEach(r -> recommendations.put(r.id(), r));
        boolean statusChanges = recommendations.values().stream().anyMatch(r -> !r.history().isEmpty());
        for (Lang lang : Lang.values()) {
            List<Document> withPage = documents.values().stream().filter(d -> d.find(lang).isPresent()).toList();
            byLang.put(lang, withPage);
            Map<DocType, List<Document>> byType = new EnumMap<>(DocType.class);
            for (DocType type : DocType.values()) {
                byType.put(type, withPage.stream().filter(d -> d.meta().type() == type).sorted(NEWEST_FIRST).toList());
            }
            byLangAndType.put(lang, byType);
            sitePages.put(lang, withPage.stream().filter(d -> d.meta().type() == DocType.PAGE).toList());
            hasNews.put(lang, statusChanges || inLang(lang).stream().anyMatch(d -> d.meta().type() != DocType.PAGE));
            localizers.put(lang, Localizer.of(lang));
            uiStrings.put(lang.code(), ViewMaps.convert(localizers.get(lang).texts()));
        }
    }

    Localizer l10n(Lang lang) {
        return localizers.get(lang);
    }

    /** Documents with a page in {@code lang} (a draft may have one language only), by path. */
    List<Document> inLang(Lang lang) {
        return byLang.get(lang);
    }

    /** Documents of one type with a page in {@code lang}, newest first. */
    List<Document> inLang(Lang lang, DocType type) {
        return byLangAndType.get(lang).get(type);
    }

    /** The page of the same document, or of the same site page, in the other language, if there is one. */
    static Optional<String> counterpart(Lang lang, Document doc) {
        return doc.find(lang.other()).map(t -> PagePaths.document(lang.other(), doc));
    }

    /**
     * The frame of a page in one language. {@code otherFile} is the same page in the other
     * language (null: none, the switch then leads to that language's home); {@code listsDocuments}
     * marks pages that must carry the edition's TLP level.
     */
    Chrome chrome(Lang lang, String file, String heading, String description, String otherFile,
                  boolean listsDocuments) {
        Localizer l = l10n(lang);
        String siteTitle = site.config().title(lang);
        String title = heading == null ? siteTitle : l.format("site.title.page", heading, siteTitle);
        Lang other = lang.other();
        String switchTarget = otherFile != null ? otherFile : PagePaths.home(other);
        LangSwitch langSwitch = new LangSwitch(Urls.relative(file, switchTarget), other.code(), other.nativeName());

        Map<Lang, String> versions = new EnumMap<>(Lang.class);
        versions.put(lang, file);
        if (otherFile != null) versions.put(other, otherFile);
        List<Alternate> alternates = new ArrayList<>();
        versions.forEach((lg, f) -> alternates.add(new Alternate(lg.code(), link(file, f))));
        alternates.add(new Alternate("x-default", link(file, PagePaths.ROOT)));

        return new Chrome(lang.code(), title, heading != null ? heading : siteTitle,
                description != null && !description.isBlank() ? description : site.config().description(lang),
                siteTitle, Urls.relative(file, PagePaths.home(lang)), Urls.relative(file, PagePaths.ROOT),
                Urls.relative(file, PagePaths.CSS), Urls.relative(file, PagePaths.JS), nav(lang, file), langSwitch,
                alternates, site.config().findBaseUrl().map(b -> Urls.absolute(b, file)).orElse(null),
                listsDocuments ? editionTlp(lang) : null, edition.maxTlp() != Tlp.CLEAR, siteFeed(lang, file), "website");
    }

    /** Whether the language's site feed has entries: every page announces it then. */
    boolean hasNews(Lang lang) {
        return hasNews.get(lang);
    }

    /** The site feed of the language, announced on every page, when it has something to announce. */
    private List<FeedLink> siteFeed(Lang lang, String file) {
        if (!hasNews.get(lang)) return List.of();
        String title = l10n(lang).format("feed.site", site.config().title(lang));
        return List.of(new FeedLink(Urls.relative(file, PagePaths.feed(lang)), title, "application/atom+xml"),
                new FeedLink(Urls.relative(file, PagePaths.jsonFeed(lang)), title, "application/feed+json"));
    }

    /** An alternate link: absolute where the site has a base URL, else relative to the page. */
    String link(String fromFile, String toFile) {
        return site.config().findBaseUrl().map(b -> Urls.absolute(b, toFile)).orElse(Urls.relative(fromFile, toFile));
    }

    private List<NavItem> nav(Lang lang, String file) {
        Localizer l = l10n(lang);
        List<NavItem> nav = new ArrayList<>();
        navItem(nav, file, PagePaths.home(lang), l.text("nav.home"));
        navItem(nav, file, PagePaths.list(lang, DocType.ADVISORY), l.text("nav.advisories"));
        navItem(nav, file, PagePaths.list(lang, DocType.REPORT), l.text("nav.reports"));
        navItem(nav, file, PagePaths.recommendations(lang), l.text("nav.recommendations"));
        navItem(nav, file, PagePaths.agencies(lang), l.text("nav.agencies"));
        navItem(nav, file, PagePaths.search(lang), l.text("nav.search"));
        for (Document d : sitePages.get(lang)) {
            navItem(nav, file, PagePaths.document(lang, d), d.require(lang).title().value());
        }
        return nav;
    }

    private static void navItem(List<NavItem> nav, String from, String to, String label) {
        nav.add(new NavItem(Urls.relative(from, to), label, from.equals(to)));
    }

    /** The edition's level on pages that list documents, when it is above CLEAR. */
    private TlpView editionTlp(Lang lang) {
        if (edition.maxTlp() == Tlp.CLEAR) return null;
        TlpView level = tlp(lang, edition.maxTlp());
        return new TlpView(level.label(), level.css(), l10n(lang).format("tlp.edition", level.label()) + " "
                + level.meaning());
    }

    TlpView tlp(Lang lang, Tlp tlp) {
        String css = tlp.code().toLowerCase(Locale.ROOT).replace('+', '-');
        return new TlpView(tlp.label(), css, l10n(lang).text("tlp." + css));
    }

    DocItem item(Lang lang, Document doc, String fromFile) {
        Localizer l = l10n(lang);
        var t = doc.require(lang);
        String type = doc.meta().type().code();
        return new DocItem(doc.meta().id(), Urls.relative(fromFile, PagePaths.document(lang, doc)),
                t.title().value(), t.summary().value(), type, l.text("type." + type),
                l.date(doc.meta().date()), doc.meta().date().toString(), tlp(lang, doc.meta().tlp()), doc.meta().draft());
    }

    /** A document as a short link (title, with its date as the tooltip), in {@code lang}. */
    Ref docRef(Lang lang, Document doc, String fromFile) {
        return new Ref(Urls.relative(fromFile, PagePaths.document(lang, doc)), doc.require(lang).title().value(),
                l10n(lang).date(doc.meta().date()));
    }

    /** Published documents in {@code lang} that satisfy a condition, newest first, as links. */
    List<Ref> docRefs(Lang lang, String fromFile, Predicate<Document> which) {
        return inLang(lang).stream().filter(which).sorted(NEWEST_FIRST).map(d -> docRef(lang, d, fromFile)).toList();
    }

    /** The tags of the documents with a page in {@code lang}, in the collation order of their labels. */
    List<String> tags(Lang lang) {
        Comparator<String> collator = l10n(lang).collator();
        return inLang(lang).stream().flatMap(d -> d.meta().tags().stream()).distinct()
                .sorted(Comparator.comparing((String tag) -> site.config().tagLabel(lang, tag), collator)
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Documents with a page in {@code lang} carrying a tag, newest first. */
    List<Document> tagged(Lang lang, String tag) {
        return inLang(lang).stream().filter(d -> d.meta().tags().contains(tag)).sorted(NEWEST_FIRST).toList();
    }

    /** A link to a tag's page, labelled in the language. */
    Ref tagRef(Lang lang, String tag, String fromFile) {
        return new Ref(Urls.relative(fromFile, PagePaths.tag(lang, tag)), site.config().tagLabel(lang, tag), null);
    }

    /** A link to an agency's entry in the directory; empty for an unknown id (reported by the checks). */
    Optional<Ref> agencyRef(Lang lang, String id, String fromFile) {
        Agency a = agencies.get(id);
        if (a == null) return Optional.empty();
        String name = a.name(lang);
        String label = a.acronym() != null && !a.acronym().isBlank() ? a.acronym() : name;
        return Optional.of(new Ref(Urls.relative(fromFile, PagePaths.agencies(lang)) + "#" + id, label, name));
    }

    List<Ref> agencyRefs(Lang lang, List<String> ids, String fromFile) {
        return ids.stream().map(id -> agencyRef(lang, id, fromFile)).flatMap(Optional::stream).toList();
    }

    Optional<Ref> recommendationRef(Lang lang, String id, String fromFile) {
        Recommendation r = recommendations.get(id);
        if (r == null) return Optional.empty();
        return Optional.of(new Ref(Urls.relative(fromFile, PagePaths.recommendation(lang, id)), id,
                recommendationTitle(lang, r)));
    }

    String recommendationTitle(Lang lang, Recommendation r) {
        return r.find(lang).or(() -> r.find(lang.other())).map(t -> t.title().value()).orElse(r.id());
    }

    StatusView status(Lang lang, StatusChange change) {
        Localizer l = l10n(lang);
        String code = change.status().code();
        return new StatusView(code, l.text("status." + code), l.date(change.date()), change.date().toString(),
                l.format("home.tracker.since", l.monthYear(change.date())));
    }

    String languageName(Lang of, Lang in) {
        return l10n(in).text("lang." + of.code());
    }
}
