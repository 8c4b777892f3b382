package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.SampleSite;
import org.jcwg.advisory.testing.AtomGrammar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How readers and crawlers find the sample publication: the site feed of each language, the
 * sitemap with every page's language versions, robots.txt, and the Open Graph cards; and that a
 * partners' (AMBER) edition keeps crawlers out.
 */
class DiscoveryTest {

    private static final String BASE = "https://advisories.example.org/";

    @TempDir
    static Path tmp;
    static Path site;
    static Path amber;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        amber = tmp.resolve("amber");
        SampleSite.build(site, Tlp.CLEAR, false);
        SampleSite.build(amber, Tlp.AMBER, false);
    }

    private static List<String> htmlPages(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".html")).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String url(String file) {
        return BASE + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
    }

    @Test
    void siteFeedsAreValidAtomAndAnnounceDocumentsAndStatusChanges() throws Exception {
        for (String lang : List.of("en", "ko")) {
            String feed = Files.readString(site.resolve(lang + "/feed.xml"));
            assertEquals(List.of(), AtomGrammar.errors(feed), lang);
            assertTrue(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"" + BASE + lang
                    + "/advisories/ransomware-healthcare/\"/>"), feed);
            assertTrue(feed.contains(BASE + lang + "/recommendations/r4/"), "status changes too");
            assertFalse(feed.contains("/about/"), "site pages are not news");
            assertFalse(feed.contains("exchange-incident-2025"), "the AMBER advisory is not announced");
            String home = Files.readString(site.resolve(lang + "/index.html"));
            assertTrue(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""), "announced in the head");
        }
        assertTrue(Files.readString(amber.resolve("en/feed.xml")).contains("exchange-incident-2025"),
                "the partners' edition announces it");
    }

    @Test
    void jsonFeedCarriesTheSameEntriesAsTheAtomFeed() throws Exception {
        for (String lang : List.of("en", "ko")) {
            var json = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(Files.readString(site.resolve(lang + "/feed.json")));
            assertEquals("https://jsonfeed.org/version/1.1", json.get("version").asString());
            assertEquals(BASE + lang + "/feed.json", json.get("feed_url").asString());
            List<String> jsonIds = new ArrayList<>();
            json.get("items").forEach(i -> jsonIds.add(i.get("id").asString()));
            List<String> atomIds = new ArrayList<>();
            Matcher m = Pattern.compile("<entry>\\s*<id>([^<]+)</id>").matcher(Files.readString(site.resolve(lang + "/feed.xml")));
            while (m.find()) atomIds.add(m.group(1));
            assertEquals(atomIds, jsonIds, lang);
            assertTrue(Files.readString(site.resolve(lang + "/index.html")).contains("type=\"application/feed+json\""));
        }
    }

    @Test
    void sitemapListsEveryPageWithItsLanguageVersions() throws Exception {
        var xml = DocumentBuilderFactory.newDefaultInstance();
        xml.setNamespaceAware(true);
        var doc = xml.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        NodeList urls = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element u = (Element) urls.item(i);
            String loc = u.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0).getTextContent();
            listed.add(loc);
            NodeList alternates = u.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
            List<String> langs = new ArrayList<>();
            for (int j = 0; j < alternates.getLength(); j++) langs.add(((Element) alternates.item(j)).getAttribute("hreflang"));
            assertTrue(langs.contains("x-default"), loc);
            if (!loc.equals(BASE)) assertTrue(langs.containsAll(List.of("en", "ko")), loc + " " + langs);
        }
        Set<String> expected = new TreeSet<>();
        for (String page : htmlPages(site)) if (!page.equals("404.html")) expected.add(url(page));
        assertEquals(expected, listed);
        assertTrue(listed.size() >= 30, listed.toString());
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void tagPagesListTheirDocumentsUnderTheLabelOfEachLanguage() throws IOException {
        String ko = Files.readString(site.resolve("ko/tags/ransomware/index.html"));
        assertTrue(ko.contains("<h1>주제: 랜섬웨어</h1>"), ko);
        assertTrue(ko.contains("href=\"../../advisories/ransomware-healthcare/index.html\""), ko);
        assertTrue(ko.contains("href=\"../../../en/tags/ransomware/index.html\""), "language switch to the same tag");
        String index = Files.readString(site.resolve("en/tags/index.html"));
        assertTrue(index.indexOf(">Cryptocurrency<") < index.indexOf(">North Korea<")
                && index.indexOf(">North Korea<") < index.indexOf(">Virtual assets<"), "alphabetical by label");
        String page = Files.readString(site.resolve("ko/advisories/ransomware-healthcare/index.html"));
        assertTrue(page.contains("<a href=\"../../tags/ransomware/index.html\">랜섬웨어</a>"), "documents link their tags");
        assertFalse(Files.exists(site.resolve("en/tags/hot-wallet")), "a tag only the AMBER advisory uses has no public page");
    }

    @Test
    void aPartnersEditionKeepsCrawlersOut() throws IOException {
        assertFalse(Files.exists(amber.resolve("sitemap.xml")));
        assertTrue(Files.readString(amber.resolve("robots.txt")).contains("Disallow: /"));
    }

    @Test
    void everyPageHasAnOpenGraphCardInItsLanguage() throws IOException {
        Pattern lang = Pattern.compile("<html lang=\"(en|ko)\"");
        for (String page : htmlPages(site)) {
            String html = Files.readString(site.resolve(page));
            Matcher m = lang.matcher(html);
            assertTrue(m.find(), page);
            assertTrue(html.contains("<meta property=\"og:title\" content=\""), page);
            assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary\">"), page);
            if (page.startsWith("en/") || page.startsWith("ko/")) {
                String locale = m.group(1).equals("ko") ? "ko_KR" : "en_US";
                assertTrue(html.contains("<meta property=\"og:locale\" content=\"" + locale + "\">"), page);
                assertTrue(html.contains("<meta property=\"og:url\" content=\"" + url(page) + "\">"), page);
            }
        }
        String advisory = Files.readString(site.resolve("ko/advisories/ransomware-healthcare/index.html"));
        assertTrue(advisory.contains("<meta property=\"og:type\" content=\"article\">"), advisory);
        assertTrue(advisory.contains("<meta property=\"og:locale:alternate\" content=\"en_US\">"), advisory);
    }
}
