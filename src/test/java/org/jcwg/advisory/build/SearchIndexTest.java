package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.SampleSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index the sample publication ships, read the way {@code search.js} reads it: the
 * shard a term hashes to, its postings, and the entries they point at. (The browser tests run
 * the script itself.)
 */
class SearchIndexTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        Outcome o = SampleSite.build(site, Tlp.CLEAR, false);
        assertTrue(o.summary().searchIndexBytes().get("ko") > 1000, o.summary().toString());
    }

    /** FNV-1a as in SearchIndex and search.js. */
    private static int shard(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }

    /** The sections (document url#anchor) whose postings hold the term. */
    private static List<String> sections(String lang, String term) throws IOException {
        String folder = lang + "/search/";
        String meta = Files.readString(site.resolve(folder + "meta.js"));
        int shards = Integer.parseInt(meta.replaceAll("(?s).*\"shards\":(\\d+).*", "$1"));
        List<String> urls = new ArrayList<>();
        Matcher docs = Pattern.compile("\\{\"t\":\"(?:[^\"\\\\]|\\\\.)*\",\"u\":\"([^\"]+)\"").matcher(meta);
        while (docs.find()) urls.add(docs.group(1));
        List<String> entries = new ArrayList<>();
        Matcher e = Pattern.compile("\\[(\\d+),\"([^\"]*)\",\"(?:[^\"\\\\]|\\\\.)*\"\\]").matcher(
                meta.substring(meta.indexOf("\"entries\":")));
        while (e.find()) entries.add(urls.get(Integer.parseInt(e.group(1))) + "#" + e.group(2));
        String terms = Files.readString(site.resolve(folder + "terms-" + shard(term, shards) + ".js"));
        Matcher p = Pattern.compile("\"" + Pattern.quote(term) + "\":\"([0-9a-z,]+)\"").matcher(terms);
        List<String> out = new ArrayList<>();
        if (!p.find()) return out;
        int at = 0;
        for (String d : p.group(1).split(",")) {
            at += Integer.parseInt(d, 36);
            out.add(entries.get(at));
        }
        return out;
    }

    @Test
    void koreanBigramsFindTheWordWhateverFollowsIt() throws IOException {
        List<String> hits = sections("ko", "믹서");
        assertTrue(hits.contains("../advisories/laundering-red-flags/index.html#mixers"), hits.toString());
        assertTrue(hits.contains("../advisories/ransomware-healthcare/index.html#extortion-and-payment"),
                "믹서와 in the ransomware advisory: " + hits);
        String text = Files.readString(site.resolve("ko/search/" + "meta.js"));
        assertTrue(text.startsWith("AdvisorySearch.load(\"meta\",0,{\"lang\":\"ko\""), text.substring(0, 60));
    }

    @Test
    void englishTermsAreStemmed() throws IOException {
        List<String> hits = sections("en", "mixer");
        assertTrue(hits.contains("../advisories/laundering-red-flags/index.html#mixers"), hits.toString());
        assertEquals(List.of(), sections("en", "mixers"), "plural forms are indexed as their stem");
        assertTrue(sections("en", "bc1qjzecumdu3dyxwv7tuk6dm4gm7yqy8pza70xjmz").stream()
                .anyMatch(s -> s.startsWith("../advisories/ransomware-healthcare/")), "a wallet address is a term");
    }

    @Test
    void theSearchPageIsInTheNavigationOfEveryPage() throws IOException {
        for (String lang : List.of("en", "ko")) {
            String page = Files.readString(site.resolve(lang + "/search/index.html"));
            assertTrue(page.contains("role=\"search\"") && page.contains("<label for=\"search_q\">"), page);
            assertTrue(page.contains("src=\"../../assets/search.js\""), page);
            assertTrue(Files.readString(site.resolve(lang + "/index.html")).contains("href=\"search/index.html\""), lang);
        }
        assertFalse(Files.readString(site.resolve("en/search/meta.js")).contains("exchange-incident-2025"),
                "the AMBER advisory is not searchable");
    }
}
