package org.jcwg.advisory.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jcwg.advisory.render.Views.Alternate;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) with each page's language versions as
 * {@code xhtml:link} alternates, and {@code robots.txt}. Pages are added as they are rendered;
 * the output is sorted by address, so it does not depend on rendering order. Only a public
 * edition with a base URL has a sitemap (its addresses must be absolute); any other edition asks
 * crawlers to stay out. Used by one render call at a time.
 */
final class Sitemap {

    private record Page(String loc, List<Alternate> alternates, LocalDate lastModified) {
    }

    private final Optional<String> baseUrl;
    private final boolean listed;
    private final Map<String, Page> pages = new TreeMap<>();

    /** @param listed whether crawlers are welcome (a public edition) */
    Sitemap(Optional<String> baseUrl, boolean listed) {
        this.baseUrl = baseUrl;
        this.listed = listed;
    }

    /** A page and its language versions ({@code x-default} included, as on the page). */
    synchronized void add(String file, List<Alternate> alternates, LocalDate lastModified) {
        baseUrl.ifPresent(b -> pages.put(file, new Page(Urls.absolute(b, file), List.copyOf(alternates), lastModified)));
    }

    synchronized Optional<byte[]> xml() {
        if (!listed || baseUrl.isEmpty() || pages.isEmpty()) return Optional.empty();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Page p : pages.values()) {
            xml.append("  <url>\n    <loc>").append(Html.escape(p.loc())).append("</loc>\n");
            if (p.lastModified() != null) xml.append("    <lastmod>").append(p.lastModified()).append("</lastmod>\n");
            for (Alternate a : p.alternates()) {
                xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(a.hreflang()).append("\" href=\"")
                        .append(Html.escape(a.href())).append("\"/>\n");
            }
            xml.append("  </url>\n");
        }
        xml.append("</urlset>\n");
        return Optional.of(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    byte[] robots() {
        boolean hasSitemap = listed && baseUrl.isPresent() && !pages.isEmpty();
        String text = !listed ? "# Not a public edition: nothing here is for search engines.\nUser-agent: *\nDisallow: /\n"
                : "User-agent: *\nAllow: /\n"
                        + (hasSitemap ? "\nSitemap: " + Urls.absolute(baseUrl.get(), PagePaths.sitemap()) + "\n" : "");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
