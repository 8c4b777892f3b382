package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Tlp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteRendererTest {

    private static final Edition CLEAR = new Edition(Tlp.CLEAR, false, LocalDate.of(2024, 1, 1));
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    @TempDir
    Path tmp;
    private Path image;

    @BeforeEach
    void writeImage() throws IOException {
        image = Files.write(tmp.resolve("fig1.png"), PNG);
    }

    private Map<String, OutputFile> render(Path templates, Site site, Edition edition) throws RenderException {
        List<OutputFile> files = new SiteRenderer(templates, new MarkdownProcessor()).render(site, edition);
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        return byPath;
    }

    private static String text(Map<String, OutputFile> files, String path) {
        OutputFile f = files.get(path);
        assertTrue(f != null, "missing " + path + " in " + files.keySet());
        return new String(f.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryPageOfBothLanguages() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), CLEAR);
        for (String p : List.of("index.html", "404.html", "assets/style.css", "assets/site.js",
                "en/index.html", "ko/index.html", "en/advisories/index.html", "ko/reports/index.html",
                "en/advisories/x/index.html", "ko/advisories/x/index.html", "en/advisories/y/index.html",
                "en/agencies/index.html", "ko/agencies/index.html", "en/recommendations/index.html",
                "ko/recommendations/index.html", "en/advisories/img/fig1.png")) {
            assertTrue(files.containsKey(p), "missing " + p + " in " + files.keySet());
        }
        assertArrayEquals(PNG, files.get("en/advisories/img/fig1.png").bytes());
        // Only referenced assets are published.
        assertFalse(files.containsKey("en/advisories/img/unused.png"));
        List<String> paths = List.copyOf(files.keySet());
        assertEquals(paths.stream().sorted().toList(), paths, "files come sorted by path");
    }

    @Test
    void everyHtmlPageHasTheCommonHead() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), CLEAR);
        for (String p : files.keySet()) {
            if (!p.endsWith(".html")) continue;
            String html = text(files, p);
            assertTrue(html.startsWith("<!DOCTYPE html>"), p);
            assertTrue(html.contains("<meta charset=\"utf-8\">"), p);
            assertTrue(html.contains("<meta name=\"viewport\""), p);
            assertTrue(html.contains("<title>"), p);
            assertTrue(html.contains("class=\"skip-link\""), p);
            assertFalse(html.contains("rel=\"canonical\""), p + ": no canonical without base_url");
            String lang = p.startsWith("ko/") ? "ko" : "en";
            assertTrue(html.contains("<html lang=\"" + lang + "\">"), p);
        }
    }

    @Test
    void documentPageLinksToItsOtherLanguage() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), CLEAR);
        String en = text(files, "en/advisories/x/index.html");
        assertTrue(en.contains("<a class=\"lang-switch\" hreflang=\"ko\" lang=\"ko\" href=\"../../../ko/advisories/x/index.html\">한국어</a>"), en);
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"index.html\">"), en);
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"ko\" href=\"../../../ko/advisories/x/index.html\">"), en);
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../../../index.html\">"), en);
        assertTrue(en.contains("href=\"../../../assets/style.css\""), en);
        String ko = text(files, "ko/advisories/x/index.html");
        assertTrue(ko.contains("href=\"../../../en/advisories/x/index.html\">English</a>"), ko);
    }

    @Test
    void documentPageShowsLocalizedMetadata() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), CLEAR);
        String ko = text(files, "ko/advisories/x/index.html");
        assertTrue(ko.contains("<time datetime=\"2022-11-09\">2022년 11월 9일</time>"), ko);
        assertTrue(ko.contains("<time datetime=\"2022-12-01\">2022년 12월 1일</time>"), ko);
        assertTrue(ko.contains("최초 발행"), ko);
        assertTrue(ko.contains("<a href=\"../../agencies/index.html#fincen\" title=\"미국 재무부 금융범죄단속네트워크\">FinCEN</a>"), ko);
        assertTrue(ko.contains("<a href=\"../../recommendations/r1/index.html\" title=\"합동 지침 발표\">R1</a>"), ko);
        assertTrue(ko.contains("<a href=\"#mitigations\">완화 조치</a>"), ko);
        assertTrue(ko.contains("TLP:CLEAR"), ko);
        String en = text(files, "en/advisories/x/index.html");
        assertTrue(en.contains("November 9, 2022"), en);
    }

    @Test
    void rewritesDocumentAndImageLinks() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), CLEAR);
        String en = text(files, "en/advisories/x/index.html");
        assertTrue(en.contains("href=\"../y/index.html#findings\""), en);
        assertTrue(en.contains("src=\"../img/fig1.png\""), en);
        assertTrue(text(files, "ko/advisories/x/index.html").contains("href=\"../y/index.html#findings\""));
    }

    @Test
    void neverRevealsUnpublishedDocuments() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), CLEAR);
        for (OutputFile f : files.values()) {
            assertFalse(new String(f.bytes(), StandardCharsets.UTF_8).contains("secret-plan"), f.path());
        }
    }

    @Test
    void escapesEditorText() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), CLEAR);
        String y = text(files, "en/advisories/y/index.html");
        assertTrue(y.contains("Findings &lt;script&gt;alert(1)&lt;/script&gt;"), y);
        assertTrue(y.contains("Summary with &lt;b&gt;tags&lt;/b&gt;."), y);
        for (OutputFile f : files.values()) {
            assertFalse(new String(f.bytes(), StandardCharsets.UTF_8).contains("<script>alert"), f.path());
        }
    }

    @Test
    void listsNewestFirst() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), CLEAR);
        String list = text(files, "ko/advisories/index.html");
        assertTrue(list.indexOf("분석 결과") < list.indexOf("가상자산사업자를 노린 사회공학 위험"), list);
        assertTrue(list.contains("문서 2건"), list);
        assertTrue(list.contains("<a href=\"x/index.html\">"), list);
        assertFalse(list.contains("tlp-banner-edition"), "no edition banner at CLEAR");
    }

    @Test
    void trackerAndDirectoryListTheirDocuments() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), CLEAR);
        String recs = text(files, "ko/recommendations/index.html");
        assertTrue(recs.contains("id=\"R1\""), recs);
        assertTrue(recs.contains("<span class=\"status status-in-progress\">이행 중</span>"), recs);
        assertTrue(recs.contains("href=\"r1/index.html\""), recs);
        String r1 = text(files, "ko/recommendations/r1/index.html");
        assertTrue(r1.contains("첫 합동 권고문 발행"), r1);
        assertTrue(r1.contains("2023년 2월 9일"), r1);
        assertTrue(r1.contains("href=\"../../advisories/x/index.html\""), r1);
        assertTrue(r1.contains("href=\"../../../en/recommendations/r1/index.html\""), "language switch: " + r1);
        String agencies = text(files, "en/agencies/index.html");
        assertTrue(agencies.contains("id=\"kofiu\""), agencies);
        assertTrue(agencies.contains("<span class=\"agency-other-name\" lang=\"ko\">금융정보분석원</span>"), agencies);
        assertTrue(agencies.indexOf("United States") < agencies.indexOf("Republic of Korea"), agencies);
        assertTrue(agencies.contains("href=\"#kofiu\""), agencies);
        String home = text(files, "en/index.html");
        assertTrue(home.contains("href=\"recommendations/r1/index.html\""), home);
        assertTrue(home.contains("since February 2023"), home);
    }

    @Test
    void sortsKoreanDirectoryWithTheCollator() throws Exception {
        Site site = TestSites.withAgencies(List.of(
                TestSites.agency("fsc", org.jcwg.advisory.model.Country.KR, "FSC", List.of(), "Financial Services Commission", "금융위원회"),
                TestSites.agency("nis", org.jcwg.advisory.model.Country.KR, "NIS", List.of(), "National Intelligence Service", "국가정보원"),
                TestSites.agency("knpa", org.jcwg.advisory.model.Country.KR, "KNPA", List.of(), "Korean National Police Agency", "경찰청")));
        String ko = text(render(null, site, CLEAR), "ko/agencies/index.html");
        int police = ko.indexOf("id=\"knpa\"");
        int nis = ko.indexOf("id=\"nis\"");
        int fsc = ko.indexOf("id=\"fsc\"");
        assertTrue(police >= 0 && police < nis && nis < fsc, ko);
        String en = text(render(null, site, CLEAR), "en/agencies/index.html");
        assertTrue(en.indexOf("id=\"fsc\"") < en.indexOf("id=\"knpa\"") && en.indexOf("id=\"knpa\"") < en.indexOf("id=\"nis\""), en);
    }

    @Test
    void absoluteAlternatesAndCanonicalWithBaseUrl() throws Exception {
        Map<String, OutputFile> files = render(null, TestSites.small("https://example.org/jcwg", image), CLEAR);
        String en = text(files, "en/advisories/x/index.html");
        assertTrue(en.contains("<link rel=\"canonical\" href=\"https://example.org/jcwg/en/advisories/x/\">"), en);
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"ko\" href=\"https://example.org/jcwg/ko/advisories/x/\">"), en);
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/jcwg/\">"), en);
        String notFound = text(files, "404.html");
        assertTrue(notFound.contains("href=\"https://example.org/jcwg/assets/style.css\""), notFound);
        assertTrue(notFound.contains("href=\"https://example.org/jcwg/ko/\""), notFound);
    }

    @Test
    void rootOffersBothLanguagesWithoutRedirecting() throws Exception {
        String root = text(render(null, TestSites.small(null, image), CLEAR), "index.html");
        assertTrue(root.contains("href=\"en/index.html\""), root);
        assertTrue(root.contains("href=\"ko/index.html\""), root);
        assertTrue(root.contains("Joint Advisories") && root.contains("한미 합동 권고"), root);
        assertFalse(root.contains("http-equiv=\"refresh\""), root);
    }

    @Test
    void listingPagesCarryTheEditionLevelAboveClear() throws Exception {
        Edition amber = new Edition(Tlp.AMBER, false, LocalDate.of(2024, 1, 1));
        Map<String, OutputFile> files = render(null, TestSites.small(null, image), amber);
        String list = text(files, "en/advisories/index.html");
        assertTrue(list.contains("tlp-banner-edition"), list);
        assertTrue(list.contains("<strong class=\"tlp-label tlp-amber\">TLP:AMBER</strong>"), list);
        assertTrue(list.contains("noindex"), list);
        assertTrue(text(files, "ko/index.html").contains("이 배포본에는 TLP:AMBER 등급까지의 자료가 포함되어 있습니다."));
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() throws Exception {
        Site site = TestSites.small("https://example.org/", image);
        List<OutputFile> a = new SiteRenderer(null, new MarkdownProcessor()).render(site, CLEAR);
        List<OutputFile> b = new SiteRenderer(null, new MarkdownProcessor()).render(site, CLEAR);
        assertEquals(a, b);
    }

    @Test
    void projectTemplatesOverrideBuiltInsFileByFile() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("pub/templates"));
        Files.writeString(templates.resolve("list.ftlh"), "<!DOCTYPE html><html lang=\"${page.lang}\"><p>OVERRIDE ${list.heading}</p></html>\n");
        Files.createDirectories(templates.resolve("static/fonts"));
        Files.writeString(templates.resolve("static/style.css"), "body{color:red}");
        Files.writeString(templates.resolve("static/fonts/a.woff2"), "font");
        Files.writeString(templates.resolve("static/.DS_Store"), "junk");
        Map<String, OutputFile> files = render(templates, TestSites.small(null, image), CLEAR);
        assertTrue(text(files, "ko/advisories/index.html").contains("<p>OVERRIDE 권고문</p>"));
        assertTrue(text(files, "en/advisories/x/index.html").contains("class=\"lang-switch\""), "others stay built-in");
        assertEquals("body{color:red}", text(files, "assets/style.css"));
        assertEquals("font", text(files, "assets/fonts/a.woff2"));
        assertTrue(files.containsKey("assets/site.js"));
        assertFalse(files.containsKey("assets/.DS_Store"));
    }

    @Test
    void absentProjectTemplatesFolderMeansBuiltIns() throws Exception {
        Map<String, OutputFile> files = render(tmp.resolve("no-such-folder"), TestSites.small(null, image), CLEAR);
        assertTrue(files.containsKey("en/index.html"));
    }

    @Test
    void newBuiltInIsRefused() throws Exception {
        RenderException e = failing("home.ftlh",
                "<#import \"layout.ftlh\" as layout>\n<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        assertEquals("templates/home.ftlh", e.file());
        assertEquals(2, e.line());
    }

    @Test
    void apiBuiltInIsRefused() throws Exception {
        RenderException e = failing("home.ftlh", "<p>\n\n${page?api.size()}</p>\n");
        assertEquals("templates/home.ftlh", e.file());
        assertEquals(3, e.line());
    }

    @Test
    void templateErrorsNameTheFileAndLine() throws Exception {
        RenderException broken = failing("layout.ftlh", "<#macro frame bodyClass=\"\">\n<#if>\n</#macro>\n");
        assertEquals("templates/layout.ftlh", broken.file());
        assertEquals(2, broken.line());
        RenderException missing = failing("home.ftlh", "<p>${page.noSuchThing}</p>\n");
        assertEquals(1, missing.line());
        assertTrue(missing.getMessage().contains("noSuchThing"), missing.getMessage());
    }

    @Test
    void documentsCollidingWithGeneratedPagesAreRefused() throws Exception {
        Site small = TestSites.small(null, null);
        var d = small.documents().get(0);
        var clash = new org.jcwg.advisory.model.Document("agencies.md", d.meta(), d.translations());
        Site site = new Site(small.config(), List.of(clash), small.agencies(), small.recommendations(), List.of(), List.of());
        RenderException e = assertThrows(RenderException.class, () -> render(null, site, CLEAR));
        assertEquals("content-en/advisories/x.md", e.file());
        assertTrue(e.getMessage().contains("en/agencies/index.html"), e.getMessage());
    }

    @Test
    void sitePagesJoinTheNavigationAndOneLanguageDraftsLinkHome() throws Exception {
        Site small = TestSites.small(null, null);
        var x = small.documents().get(0);
        var about = new org.jcwg.advisory.model.Document("about.md", new org.jcwg.advisory.model.DocumentMeta("ABOUT",
                org.jcwg.advisory.model.DocType.PAGE, x.meta().date(), null, Tlp.CLEAR, x.meta().source(), List.of(),
                List.of(), List.of(), false, List.of()), x.translations());
        var draft = new org.jcwg.advisory.model.Document("advisories/draft.md", x.meta(),
                Map.of(org.jcwg.advisory.model.Lang.EN, x.require(org.jcwg.advisory.model.Lang.EN)));
        Site site = new Site(small.config(), List.of(about, draft), small.agencies(), small.recommendations(),
                List.of(), List.of());
        Map<String, OutputFile> files = render(null, site, CLEAR);
        assertTrue(text(files, "ko/index.html").contains("<li><a href=\"about/index.html\">가상자산사업자를 노린 사회공학 위험</a></li>"));
        assertTrue(text(files, "en/about/index.html").contains("aria-current=\"page\""));
        assertFalse(files.containsKey("ko/advisories/draft/index.html"));
        String d = text(files, "en/advisories/draft/index.html");
        assertTrue(d.contains("class=\"lang-switch\" hreflang=\"ko\" lang=\"ko\" href=\"../../../ko/index.html\""), d);
        assertFalse(d.contains("rel=\"alternate\" hreflang=\"ko\""), d);
    }

    private RenderException failing(String name, String template) throws IOException {
        Path templates = Files.createDirectories(Files.createTempDirectory(tmp, "pub").resolve("templates"));
        Files.writeString(templates.resolve(name), template);
        return assertThrows(RenderException.class, () -> render(templates, TestSites.small(null, image), CLEAR));
    }
}
