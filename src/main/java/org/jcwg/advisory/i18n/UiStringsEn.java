package org.jcwg.advisory.i18n;

/**
 * English interface strings. Keys must match {@link UiStringsKo} exactly. Patterns with
 * {@code {0}} are ICU MessageFormat (apostrophes must be doubled there). Stateless.
 */
final class UiStringsEn {

    private UiStringsEn() {
    }

    static String[][] entries() {
        return new String[][] {
            {"site.skip", "Skip to main content"},
            {"site.nav", "Main navigation"},
            {"site.footer", "Published jointly by agencies of the United States and the Republic of Korea."},
            {"site.footer.tlp", "TLP markings follow the FIRST Traffic Light Protocol 2.0."},
            {"site.lang", "Language"},
            {"site.title.page", "{0} | {1}"},

            {"nav.home", "Home"},
            {"nav.advisories", "Advisories"},
            {"nav.reports", "Reports"},
            {"nav.recommendations", "Recommendation tracker"},
            {"nav.agencies", "Agency directory"},

            {"lang.en", "English"},
            {"lang.ko", "Korean"},

            {"tlp.banner", "Traffic Light Protocol marking"},
            {"tlp.clear", "Recipients may share this with the world; there is no limit on disclosure."},
            {"tlp.green", "Recipients may share this within their community, but not on publicly accessible channels."},
            {"tlp.amber", "Limited disclosure: share only on a need-to-know basis within your organization and its clients."},
            {"tlp.amber-strict", "Limited disclosure: share only on a need-to-know basis within your organization."},
            {"tlp.red", "For the named recipients only; no further disclosure."},
            {"tlp.edition", "This edition contains material marked up to {0}."},

            {"home.latest", "Latest advisories"},
            {"home.advisories.all", "All advisories"},
            {"home.reports", "Reports"},
            {"home.reports.all", "All reports"},
            {"home.tracker", "Recommendations at a glance"},
            {"home.tracker.all", "Full recommendation tracker"},
            {"home.tracker.since", "since {0}"},

            {"list.advisories", "Advisories"},
            {"list.advisories.intro", "Joint U.S.\u2013ROK cyber-security advisories, newest first."},
            {"list.reports", "Reports"},
            {"list.reports.intro", "Joint reports and strategy papers, newest first."},
            {"list.count", "{0, plural, one {# document} other {# documents}}"},
            {"list.empty", "Nothing has been published here yet."},

            {"type.advisory", "Advisory"},
            {"type.report", "Report"},
            {"type.page", "Page"},

            {"doc.id", "Document ID"},
            {"doc.type", "Type"},
            {"doc.pdf", "Download PDF"},
            {"doc.pdf.size", "PDF, {0} KB"},
            {"doc.published", "Published"},
            {"doc.updated", "Last updated"},
            {"doc.agencies", "Issuing agencies"},
            {"doc.recommendations", "Recommendations"},
            {"doc.tags", "Tags"},
            {"doc.toc", "Contents"},
            {"pdf.appendix", "Appendix: Agency directory"},
            {"doc.revisions", "Revision history"},
            {"doc.original", "Written in {0}."},
            {"doc.translation", "Translated from the {0} original."},
            {"stale.section", "The {0} original of this section has changed since it was translated; this translation may be out of date."},
            {"stale.front", "The {0} original of this document''s title or summary has changed since it was translated."},
            {"stale.link", "Read the {0} original"},

            {"agencies.title", "Agency directory"},
            {"agencies.intro", "The U.S. and Korean agencies behind these publications, and their counterparts."},
            {"agencies.acronym", "Acronym"},
            {"agencies.role", "Role"},
            {"agencies.parent", "Part of"},
            {"agencies.website", "Website"},
            {"agencies.counterparts", "Counterparts"},
            {"agencies.documents", "Publications"},
            {"agencies.map", "Counterpart map"},
            {"agencies.map.intro", "Which Korean agencies do the same work as each U.S. agency."},
            {"agencies.map.us", "U.S. agency"},
            {"agencies.map.kr", "ROK counterparts"},
            {"agencies.map.none", "None listed"},
            {"country.US", "United States"},
            {"country.KR", "Republic of Korea"},

            {"recs.title", "Recommendation tracker"},
            {"recs.intro", "Where each recommendation of the working group stands, and the documents that address it."},
            {"recs.owners", "Responsible agencies"},
            {"recs.status", "Current status"},
            {"recs.history", "History"},
            {"recs.documents", "Related documents"},
            {"recs.empty", "No recommendations have been recorded yet."},
            {"status.proposed", "Proposed"},
            {"status.in-progress", "In progress"},
            {"status.implemented", "Implemented"},
            {"status.deferred", "Deferred"},

            {"root.choose", "Choose your language"},
            {"root.enter", "Read in English"},

            {"notfound.title", "Page not found"},
            {"notfound.text", "The page you asked for does not exist or has moved."},
            {"notfound.home", "Go to the English home page"},
        };
    }
}
