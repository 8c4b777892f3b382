package org.jcwg.advisory.render;

import freemarker.template.TemplateModel;
import java.util.List;

/**
 * What templates see, as typed records: every string already localized and formatted, every
 * href already relative to the page. {@link ViewMaps} turns them into plain maps and lists for
 * FreeMarker; a null component is simply absent ({@code x??} in a template). Immutable.
 */
final class Views {

    private Views() {
    }

    /**
     * The frame of every page: head, header, navigation, language switch, edition banner;
     * {@code kind} is the Open Graph type ("website" or "article").
     */
    record Chrome(String lang, String title, String heading, String description, String siteTitle,
                  String homeHref, String rootHref, String cssHref, String jsHref, List<NavItem> nav,
                  LangSwitch langSwitch, List<Alternate> alternates, String canonical, TlpView editionTlp,
                  boolean noindex, List<FeedLink> feeds, String kind) {
        /** The same frame announcing a feed. */
        Chrome withFeed(FeedLink feed) {
            List<FeedLink> more = new java.util.ArrayList<>(feeds);
            more.add(feed);
            return new Chrome(lang, title, heading, description, siteTitle, homeHref, rootHref, cssHref, jsHref, nav,
                    langSwitch, alternates, canonical, editionTlp, noindex, List.copyOf(more), kind);
        }

        /** The same frame for an article (a document), as Open Graph calls it. */
        Chrome asArticle() {
            return new Chrome(lang, title, heading, description, siteTitle, homeHref, rootHref, cssHref, jsHref, nav,
                    langSwitch, alternates, canonical, editionTlp, noindex, feeds, "article");
        }
    }

    record NavItem(String href, String label, boolean current) {
    }

    /** A link to the same page in the other language; {@code label} is that language's own name. */
    record LangSwitch(String href, String lang, String label) {
    }

    record Alternate(String hreflang, String href) {
    }

    /** A TLP marking: {@code label} "TLP:AMBER", {@code css} "amber", {@code meaning} one line in the page language. */
    record TlpView(String label, String css, String meaning) {
    }

    /** A link with a short label and an optional longer title (acronym and full name, id and title). */
    record Ref(String href, String label, String title) {
    }

    /** A document in a list. */
    record DocItem(String id, String href, String title, String summary, String type, String typeLabel,
                   String date, String isoDate, TlpView tlp, boolean draft) {
    }

    record DocPage(String id, String type, String typeLabel, String title, String summary,
                   String published, String publishedIso, String updated, String updatedIso,
                   TlpView tlp, String sourceNote, List<Ref> agencies, List<Ref> recommendations,
                   List<Ref> tags, List<TocEntry> toc, TemplateModel body, List<Revision> revisions,
                   PdfLink pdf, List<FormatLink> formats, boolean draft) {
        /** The same page with another body (the print version adapts a few marks for the PDF's fonts). */
        DocPage withBody(TemplateModel html) {
            return new DocPage(id, type, typeLabel, title, summary, published, publishedIso, updated, updatedIso,
                    tlp, sourceNote, agencies, recommendations, tags, toc, html, revisions, pdf, formats, draft);
        }

        /** The same page with its PDF's link (the PDF is rendered from this view first). */
        DocPage withPdf(PdfLink link) {
            return new DocPage(id, type, typeLabel, title, summary, published, publishedIso, updated, updatedIso,
                    tlp, sourceNote, agencies, recommendations, tags, toc, body, revisions, link, formats, draft);
        }

        /** The same page with links to its machine-readable versions (CSAF, STIX). */
        DocPage withFormats(List<FormatLink> links) {
            return new DocPage(id, type, typeLabel, title, summary, published, publishedIso, updated, updatedIso,
                    tlp, sourceNote, agencies, recommendations, tags, toc, body, revisions, pdf, List.copyOf(links), draft);
        }
    }

    /** A machine-readable version of a document: {@code label} "CSAF 2.1", {@code type} its media type. */
    record FormatLink(String href, String label, String type) {
    }

    /** The PDF of a document: {@code href} relative to the page, {@code label} "PDF, 182 KB". */
    record PdfLink(String href, String fileName, String label) {
    }

    /** A table-of-contents entry; {@code href} is absent for a heading without an id. */
    record TocEntry(String href, String title, List<TocEntry> children) {
    }

    record Revision(String date, String isoDate, String note) {
    }

    record ListPage(String heading, String intro, String count, List<DocItem> documents) {
    }

    /** All tags of a language: label, link to the tag's page, and how many documents carry it. */
    record TagIndex(List<TagItem> tags) {
    }

    record TagItem(String label, String href, String count) {
    }

    /** A language's home page; {@code tagsHref} leads to the topics, absent when no document has tags. */
    record HomePage(String description, List<DocItem> advisories, String advisoriesHref,
                    List<DocItem> reports, String reportsHref, List<RecView> recommendations,
                    String trackerHref, String tagsHref) {
    }

    /** The directory: agencies by country, the counterpart map by function, and the pairs agency by agency. */
    record Directory(List<CountryGroup> groups, List<FunctionRow> map, List<CounterpartRow> pairs) {
    }

    /**
     * A country's agencies, each parent followed by the agencies under it ({@link AgencyView#depth}),
     * and {@code index}: all of them in plain collation order (label: name, title: acronym).
     */
    record CountryGroup(String code, String heading, List<AgencyView> agencies, List<Ref> index) {
    }

    /**
     * One agency; {@code otherName} is its name in the other language, tagged with {@code otherLang};
     * {@code depth} is 0 for an agency without a parent in its country's list, 1 under it, and so on.
     */
    record AgencyView(String id, int depth, String acronym, String name, String otherName, String otherLang,
                      String function, String role, Ref parent, String url, List<Ref> counterparts,
                      List<Ref> documents, List<Ref> recommendations) {
    }

    /** A row of the counterpart map: a kind of work and the agencies of each country that do it. */
    record FunctionRow(String code, String label, List<Ref> us, List<Ref> kr) {
    }

    /** A U.S. agency and the Korean agencies that do the same work (label: acronym, title: name). */
    record CounterpartRow(Ref us, List<Ref> kr) {
    }

    /** The tracker page: the dashboard rows, the chart (SVG markup, absent without history) and the feed. */
    record Tracker(List<RecView> recommendations, TemplateModel chart, String feedHref) {
    }

    /** A recommendation's own page; {@code allHref} leads back to the tracker. */
    record RecPage(RecView rec, String allHref, String feedHref) {
    }

    /** The search page: the form's own address, the index folder and the script, relative to the page. */
    record SearchPage(String action, String indexHref, String scriptHref) {
    }

    /** A feed a page announces in its head ({@code <link rel="alternate">}). */
    record FeedLink(String href, String title, String type) {
    }

    record RecView(String id, String href, String title, String summary, List<Ref> owners,
                   StatusView status, List<HistoryEntry> history, List<Ref> documents) {
    }

    /** A status as shown: {@code code} for styling, {@code since} "since November 2022". */
    record StatusView(String code, String label, String date, String isoDate, String since) {
    }

    record HistoryEntry(String date, String isoDate, String statusCode, String statusLabel, String note) {
    }

    /** One language's entry on the bilingual root and not-found pages. */
    record LangEntry(String lang, String siteTitle, String description, String href, String action,
                     String prompt, String heading, String text) {
    }
}
