package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcwg.advisory.load.ContentLoader;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.Country;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.RecommendationText;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.StatusChange;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.SampleSite;
import org.jcwg.advisory.testing.AtomGrammar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the sample publication and reads its agency directory and recommendation tracker the
 * way partners use them: the directory in each language's alphabetical order, families under
 * their parents, counterparts linked both ways and lined up by function; the tracker's chart
 * drawn from the recorded history, a page per recommendation, and a valid Atom feed.
 */
class DirectoryAndTrackerTest {

    @TempDir
    static Path tmp;
    static Path out;
    static Site site;

    @BeforeAll
    static void build() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        out = tmp.resolve("site");
        SampleSite.build(out, Tlp.CLEAR, false);
        site = new ContentLoader(new MarkdownProcessor()).load(root).site();
    }

    private static String page(String path) throws IOException {
        Path p = out.resolve(path);
        assertTrue(Files.isRegularFile(p), "missing " + path);
        return Files.readString(p);
    }

    /** The index of one country on a directory page: agency names in page order. */
    private static List<String> index(String html, String countryHeading) {
        Matcher nav = Pattern.compile("<nav class=\"agency-index\" aria-label=\"[^\"]*: " + Pattern.quote(countryHeading)
                + "\">(.*?)</nav>", Pattern.DOTALL).matcher(html);
        assertTrue(nav.find(), "index of " + countryHeading);
        List<String> names = new ArrayList<>();
        Matcher a = Pattern.compile("<a href=\"#[^\"]+\">([^<]+)</a>").matcher(nav.group(1));
        while (a.find()) names.add(a.group(1));
        return names;
    }

    /** The directory entry of one agency, from its opening tag to the next entry or section. */
    private static String entry(String html, String id) {
        Matcher m = Pattern.compile("<article class=\"agency depth-(\\d)\" id=\"" + Pattern.quote(id) + "\">(.*?)</article>",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "entry " + id);
        return m.group(0);
    }

    @Test
    void koreanDirectoryIsInGanadaOrderAndEnglishInAlphabeticalOrder() throws IOException {
        String ko = page("ko/agencies/index.html");
        List<String> kr = index(ko, "대한민국");
        assertTrue(kr.indexOf("경찰청") >= 0 && kr.indexOf("경찰청") < kr.indexOf("금융감독원")
                && kr.indexOf("금융감독원") < kr.indexOf("한국인터넷진흥원"), kr.toString());
        Collator korean = Collator.getInstance(ULocale.KOREAN);
        assertEquals(kr.stream().sorted(korean).toList(), kr);
        assertEquals(site.agencies().stream().filter(a -> a.country() == Country.KR).count(), kr.size());

        String en = page("en/agencies/index.html");
        List<String> us = index(en, "United States");
        assertEquals(us.stream().sorted(Collator.getInstance(ULocale.ENGLISH)).toList(), us);
        assertTrue(us.indexOf("Federal Bureau of Investigation") < us.indexOf("National Security Agency"), us.toString());
    }

    @Test
    void agenciesSitUnderTheirParentsInEveryLanguage() throws IOException {
        for (Lang lang : Lang.values()) {
            String html = page(lang.code() + "/agencies/index.html");
            for (Agency a : site.agencies()) {
                int depth = 0;
                for (String p = a.parent(); p != null; p = site.findAgency(p).orElseThrow().parent()) depth++;
                assertTrue(entry(html, a.id()).startsWith("<article class=\"agency depth-" + depth + "\""),
                        lang + " " + a.id() + " at depth " + depth);
                if (a.parent() != null) {
                    // The parent's entry comes first, and no top-level entry stands between them.
                    int parentAt = html.indexOf("id=\"" + a.parent() + "\"");
                    int childAt = html.indexOf("id=\"" + a.id() + "\"");
                    assertTrue(parentAt < childAt, a.id() + " after " + a.parent());
                    assertFalse(html.substring(parentAt, childAt).contains("<article class=\"agency depth-0\""),
                            lang + ": " + a.id() + " directly under its family");
                }
            }
            assertTrue(entry(html, "hsi").contains("href=\"#ice\""), "HSI is part of ICE");
        }
    }

    @Test
    void counterpartsLinkEachOtherInBothLanguages() throws IOException {
        int pairs = 0;
        for (Lang lang : Lang.values()) {
            String html = page(lang.code() + "/agencies/index.html");
            for (Agency a : site.agencies()) {
                String entry = entry(html, a.id());
                for (String c : a.counterparts()) {
                    assertTrue(entry.contains("href=\"#" + c + "\""), lang + ": " + a.id() + " links its counterpart " + c);
                    assertTrue(entry(html, c).contains("href=\"#" + a.id() + "\""), lang + ": " + c + " links back to " + a.id());
                    pairs++;
                }
            }
        }
        assertTrue(pairs >= 40, "the sample pairs most agencies: " + pairs);
    }

    @Test
    void counterpartMapLinesAgenciesUpByFunction() throws IOException {
        for (Lang lang : Lang.values()) {
            String html = page(lang.code() + "/agencies/index.html");
            assertTrue(html.indexOf("class=\"counterpart-map\"") < html.indexOf("class=\"agency depth-0\""),
                    "the map comes first, readable at a glance");
            for (Agency a : site.agencies()) {
                String code = a.findFunction().map(f -> f.code()).orElse("other");
                Matcher row = Pattern.compile("<tr class=\"function-" + code + "\">\\s*<th scope=\"row\">[^<]+</th>\\s*"
                        + "<td>(.*?)</td>\\s*<td>(.*?)</td>", Pattern.DOTALL).matcher(html);
                assertTrue(row.find(), lang + ": row " + code);
                String cell = a.country() == Country.US ? row.group(1) : row.group(2);
                assertTrue(cell.contains("href=\"#" + a.id() + "\""), lang + ": " + a.id() + " in the " + code + " row");
            }
        }
    }

    @Test
    void advisoriesDeepLinkToAgenciesAndRecommendationsThatExist() throws IOException {
        Pattern link = Pattern.compile("href=\"((?:\\.\\./)+)(agencies/index\\.html#([a-z0-9-]+)|recommendations/([a-z0-9-]+)/index\\.html)\"");
        int checked = 0;
        for (Lang lang : Lang.values()) {
            String directory = page(lang.code() + "/agencies/index.html");
            String html = page(lang.code() + "/advisories/ransomware-healthcare/index.html");
            Matcher m = link.matcher(html);
            while (m.find()) {
                if (m.group(3) != null) {
                    assertTrue(directory.contains("id=\"" + m.group(3) + "\""), "anchor " + m.group(3));
                } else {
                    assertTrue(Files.isRegularFile(out.resolve(lang.code() + "/recommendations/" + m.group(4) + "/index.html")));
                }
                checked++;
            }
        }
        assertTrue(checked >= 10, "agencies and recommendations of the advisory: " + checked);
    }

    /** Segments as the chart draws them: rec, status, from, to ("" for the current status). */
    private static List<String> segments(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<g class=\"seg status-([a-z-]+)\" data-rec=\"([^\"]+)\" data-status=\"([a-z-]+)\""
                + " data-from=\"([0-9-]+)\" data-to=\"([0-9-]*)\"><rect x=\"[0-9.]+\" y=\"[0-9]+\" width=\"([0-9.]+)\"").matcher(html);
        while (m.find()) {
            assertEquals(m.group(1), m.group(3));
            assertTrue(Double.parseDouble(m.group(6)) >= 2, "every segment is visible");
            out.add(m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
        }
        return out;
    }

    @Test
    void chartShapesAreTheRecordedStatuses() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Recommendation r : site.recommendations()) {
            List<StatusChange> h = r.history();
            for (int i = 0; i < h.size(); i++) {
                expected.add(r.id() + " " + h.get(i).status().code() + " " + h.get(i).date() + " "
                        + (i + 1 < h.size() ? h.get(i + 1).date().toString() : ""));
            }
        }
        assertTrue(expected.size() >= 10, "the sample has a history");
        for (Lang lang : Lang.values()) {
            String html = page(lang.code() + "/recommendations/index.html");
            assertEquals(expected, segments(html), lang.code());
            assertTrue(html.contains("<svg class=\"status-chart\"") && html.contains("role=\"img\"")
                    && html.contains("aria-labelledby=\"chart_title chart_desc\""), "an image with a text alternative");
            String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
            assertFalse(svg.contains("<script") || svg.matches("(?s).*\\son[a-z]+=.*"), "drawn without script");
        }
        String desc = page("ko/recommendations/index.html").replaceAll("(?s).*<desc id=\"chart_desc\">(.*?)</desc>.*", "$1");
        assertTrue(desc.startsWith("R1: 2022년 11월부터 제안, "), desc);
        String enDesc = page("en/recommendations/index.html").replaceAll("(?s).*<desc id=\"chart_desc\">(.*?)</desc>.*", "$1");
        assertTrue(enDesc.startsWith("R1: Proposed from November 2022, "), enDesc);
    }

    @Test
    void eachRecommendationHasAPageWithItsHistoryInThePageLanguage() throws IOException {
        for (Recommendation r : site.recommendations()) {
            for (Lang lang : Lang.values()) {
                String html = page(lang.code() + "/recommendations/" + r.id().toLowerCase() + "/index.html");
                Matcher items = Pattern.compile("<li><time datetime=\"([0-9-]+)\">").matcher(html);
                List<String> dates = new ArrayList<>();
                while (items.find()) dates.add(items.group(1));
                assertEquals(r.history().stream().map(c -> c.date().toString()).toList(), dates, lang + " " + r.id());
                RecommendationText text = r.find(lang).orElseThrow();
                for (var note : text.notes()) {
                    assertTrue(html.contains(note.value().replace("&", "&amp;").replace("\"", "&quot;")
                            .replace("'", "&#39;")), lang + " " + r.id() + " note " + note.value());
                }
                assertTrue(html.contains("application/atom+xml"), "announces the feed");
            }
        }
        String r4 = page("en/recommendations/r4/index.html");
        assertTrue(r4.contains("href=\"../../advisories/social-engineering-vasp/index.html\""), "documents implementing R4");
    }

    @Test
    void statusFeedsAreValidAtomWithAnEntryPerChange() throws Exception {
        int changes = site.recommendations().stream().mapToInt(r -> r.history().size()).sum();
        for (Lang lang : Lang.values()) {
            String feed = page(lang.code() + "/recommendations/feed.xml");
            assertEquals(List.of(), AtomGrammar.errors(feed), lang + " feed");
            Matcher ids = Pattern.compile("<entry>\\s*<id>(urn:uuid:[0-9a-f-]{36})</id>").matcher(feed);
            Set<String> unique = new HashSet<>();
            while (ids.find()) assertTrue(unique.add(ids.group(1)), "unique entry id");
            assertEquals(changes, unique.size(), lang.code());
        }
        String ko = page("ko/recommendations/feed.xml");
        assertTrue(ko.contains("xml:lang=\"ko\"") && ko.contains("<title>이행 완료: R5 "), ko);
        // The validator is real: a feed without its id is refused.
        assertFalse(AtomGrammar.errors(ko.replaceFirst("<id>[^<]+</id>", "")).isEmpty());
    }
}
