package org.jcwg.advisory.render;

import org.jcwg.advisory.export.Csaf;
import org.jcwg.advisory.export.ExportSchema;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;

/**
 * Where each page and file of the site lives, relative to the output root ('/'-separated). The
 * one place that knows the site's layout. Stateless.
 */
final class PagePaths {

    static final String ROOT = "index.html";
    static final String NOT_FOUND = "404.html";
    static final String STATIC_DIR = "assets/";
    static final String CSS = STATIC_DIR + "style.css";
    static final String JS = STATIC_DIR + "site.js";
    static final String SEARCH_JS = STATIC_DIR + "search.js";

    private PagePaths() {
    }

    static String home(Lang lang) {
        return lang.code() + "/" + Urls.INDEX;
    }

    static String list(Lang lang, DocType type) {
        return lang.code() + "/" + (type == DocType.REPORT ? "reports" : "advisories") + "/" + Urls.INDEX;
    }

    static String agencies(Lang lang) {
        return lang.code() + "/agencies/" + Urls.INDEX;
    }

    static String recommendations(Lang lang) {
        return lang.code() + "/recommendations/" + Urls.INDEX;
    }

    /** Recommendation R4 → {@code en/recommendations/r4/index.html}. */
    static String recommendation(Lang lang, String id) {
        return lang.code() + "/recommendations/" + slug(id) + "/" + Urls.INDEX;
    }

    /** All tags of one language. */
    static String tags(Lang lang) {
        return lang.code() + "/tags/" + Urls.INDEX;
    }

    /** The documents of one tag: {@code en/tags/ransomware/index.html}. */
    static String tag(Lang lang, String tag) {
        return lang.code() + "/tags/" + slug(tag) + "/" + Urls.INDEX;
    }

    /** The search page of one language. */
    static String search(Lang lang) {
        return searchFolder(lang) + Urls.INDEX;
    }

    /** Where the search page and its index files live. */
    static String searchFolder(Lang lang) {
        return lang.code() + "/search/";
    }

    /** The site's Atom feed in one language: new documents and status changes. */
    static String feed(Lang lang) {
        return lang.code() + "/feed.xml";
    }

    /** The same as a JSON Feed. */
    static String jsonFeed(Lang lang) {
        return lang.code() + "/feed.json";
    }

    static String sitemap() {
        return "sitemap.xml";
    }

    static String robots() {
        return "robots.txt";
    }

    /** The Atom feed of the tracker's status changes in one language. */
    static String recommendationsFeed(Lang lang) {
        return lang.code() + "/recommendations/feed.xml";
    }

    /** An id as a path segment: lower case, anything but letters, digits and '-' replaced by '-'. */
    static String slug(String id) {
        return id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** {@code advisories/x.md} → {@code en/advisories/x/index.html}. */
    static String document(Lang lang, Document doc) {
        return lang.code() + "/" + doc.slugPath() + "/" + Urls.INDEX;
    }

    /**
     * {@code advisories/x.md} with id JCWG-2024-001 → {@code en/advisories/x/JCWG-2024-001-en.pdf}:
     * next to the page (so relative links in the PDF resolve as on the page), named by the id and
     * language so a downloaded copy still says what it is.
     */
    static String pdf(Lang lang, Document doc) {
        String id = doc.meta().id().replaceAll("[^A-Za-z0-9._-]", "-");
        return lang.code() + "/" + doc.slugPath() + "/" + id + "-" + lang.code() + ".pdf";
    }

    /** A JSON export at the site root, where its schema's relative {@code $schema} resolves: {@code agencies.json}. */
    static String export(ExportSchema schema) {
        return schema.exportFileName();
    }

    /** An advisory's CSAF file: {@code en/csaf/2024/jcwg-2024-001.json} (by year, as CSAF providers file them). */
    static String csaf(Lang lang, Document doc) {
        return lang.code() + "/csaf/" + doc.meta().date().getYear() + "/" + Csaf.fileName(doc.meta());
    }

    /** An advisory's STIX bundle, one for both languages: {@code stix/jcwg-2024-001.json}. */
    static String stix(Document doc) {
        return "stix/" + Csaf.fileName(doc.meta());
    }

    static String asset(Asset asset) {
        return asset.lang().code() + "/" + asset.path();
    }
}
