package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's PDF read back with PDFBox: a cover page without the running title, a table of
 * contents whose page numbers are the pages the headings are on, the agency directory as an
 * appendix, and links that work inside the file (contents, footnotes and back-links) and out of
 * it (URI actions, links to other pages of the site made absolute).
 */
class ReportPdfTest {

    private static final String EN_REPORT = """
            ---
            id: TEST-2022-001
            type: report
            title: Working together
            summary: What the working group should do next.
            date: 2022-11-09
            tlp: CLEAR
            source: en
            agencies: [fbi]
            ---

            ## Executive summary {#summary}

            The group should meet.[^1] See [the FBI](https://www.fbi.gov/) and [the advisory](../advisories/fake-jobs.md#summary).

            ## Obstacles {#obstacles}

            ### Resources {#resources}

            Too few analysts.

            | Agency | Work |
            |---|---|
            | FBI | Investigation |

            ## Recommendations {#recommendations}

            Meet more often.

            [^1]: A note on meetings.
            """;

    private static final String KO_REPORT = """
            ---
            id: TEST-2022-001
            type: report
            title: 함께 일하기
            summary: 실무그룹이 다음에 할 일.
            ---

            ## 요약 {#summary}

            실무그룹은 만나야 한다.[^1] [연방수사국](https://www.fbi.gov/)과 [권고](../advisories/fake-jobs.md#summary)를 참고한다.

            ## 장애 요인 {#obstacles}

            ### 자원 {#resources}

            분석가가 너무 적다.

            | 기관 | 업무 |
            |---|---|
            | FBI | 수사 |

            ## 권고 {#recommendations}

            더 자주 만난다.

            [^1]: 회의에 관한 주석.
            """;

    /** A contents line: the entry, the leader dots, the page number. */
    private static final Pattern TOC_LINE = Pattern.compile("(?m)^\\s*(.+?)\\s*\\.{3,}\\s*(\\d+)\\s*$");

    @TempDir
    Path tmp;

    private Path site() throws IOException {
        Path root = Project.minimal(tmp.resolve("project"))
                .with("content-en/reports/working-together.md", EN_REPORT)
                .with("content-ko/reports/working-together.md", KO_REPORT)
                .with("content-en/site.yml", "base_url: https://advisories.example.org/\ntitle: Joint Advisories\n")
                .with("content-ko/site.yml", "title: 한미 합동 권고\n")
                .write();
        Outcome o = new Pipeline().build(new BuildOptions(root, tmp.resolve("site"),
                new Edition(Tlp.CLEAR, false, LocalDate.of(2024, 1, 1)), true, false));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        return tmp.resolve("site");
    }

    @Test
    void reportHasCoverContentsWithRealPageNumbersAndAgencyAppendix() throws IOException {
        Path site = site();
        check(site.resolve("en/reports/working-together/TEST-2022-001-en.pdf"), "Working together",
                "What the working group should do next.", "November 9, 2022", "Federal Bureau of Investigation",
                "Contents", List.of("Executive summary", "Obstacles", "Resources", "Recommendations"),
                "Appendix: Agency directory", "미국 연방수사국");
        check(site.resolve("ko/reports/working-together/TEST-2022-001-ko.pdf"), "함께 일하기",
                "실무그룹이 다음에 할 일.", "2022년 11월 9일", "미국 연방수사국",
                "목차", List.of("요약", "장애 요인", "자원", "권고"), "부록: 기관 안내", "Federal Bureau of Investigation");
    }

    private static void check(Path pdf, String title, String subtitle, String date, String agency, String contents,
                              List<String> sections, String appendix, String otherName) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                String page = page(doc, i);
                assertTrue(count(page, "TLP:CLEAR") >= 2, "TLP label in header and footer of page " + i + ": " + page);
            }
            String cover = page(doc, 1);
            assertEquals(1, count(cover, title), "title once on the cover, no running title: " + cover);
            for (String s : List.of(subtitle, date, agency)) assertTrue(cover.contains(s), s + " on the cover: " + cover);

            String toc = page(doc, 2);
            assertTrue(toc.contains(contents), toc);
            Map<String, Integer> listed = new LinkedHashMap<>();
            Matcher m = TOC_LINE.matcher(toc);
            while (m.find()) listed.put(m.group(1), Integer.parseInt(m.group(2)));
            List<String> expected = new ArrayList<>(sections);
            expected.add(appendix);
            assertEquals(expected, List.copyOf(listed.keySet()), toc);
            for (Map.Entry<String, Integer> e : listed.entrySet()) {
                int at = e.getValue();
                assertTrue(at > 2 && at <= pages, e.toString());
                assertTrue(Pattern.compile("(?m)^" + Pattern.quote(e.getKey()) + "\\s*$").matcher(page(doc, at)).find(),
                        e.getKey() + " is a heading on page " + at + ": " + page(doc, at));
            }
            String last = page(doc, listed.get(appendix));
            assertTrue(last.contains(agency) && last.contains(otherName) && last.contains("FBI"), last);
        }
    }

    @Test
    void contentsFootnotesAndExternalLinksAreLinkAnnotations() throws IOException {
        Path site = site();
        for (String pdf : List.of("en/reports/working-together/TEST-2022-001-en.pdf",
                "ko/reports/working-together/TEST-2022-001-ko.pdf")) {
            try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
                List<Integer> internalFrom = new ArrayList<>();
                List<String> uris = new ArrayList<>();
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                        if (!(a instanceof PDAnnotationLink link)) continue;
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else {
                            PDPageDestination dest = destination(link);
                            assertNotNull(dest, pdf + ": link on page " + (i + 1) + " leads nowhere");
                            PDPage target = dest.getPage();
                            assertTrue(target != null && doc.getPages().indexOf(target) >= 0, pdf + ": destination is a page");
                            internalFrom.add(i + 1);
                        }
                    }
                }
                // Contents: four sections and the appendix; the footnote reference and its back-link.
                assertTrue(internalFrom.stream().filter(p -> p == 2).count() >= 5, pdf + " contents links: " + internalFrom);
                assertTrue(internalFrom.stream().filter(p -> p > 2).count() >= 2, pdf + " footnote links: " + internalFrom);
                assertTrue(uris.contains("https://www.fbi.gov/"), pdf + " external links: " + uris);
                // A link to another page of the site leads to that page on the web, not to a relative path.
                String lang = pdf.substring(0, 2);
                assertTrue(uris.stream().anyMatch(u -> u.startsWith("https://advisories.example.org/" + lang
                        + "/advisories/fake-jobs/") && u.endsWith("#summary")), pdf + " site links: " + uris);
                assertTrue(uris.stream().allMatch(u -> u.startsWith("https://")), pdf + " relative links: " + uris);
            }
        }
    }

    private static PDPageDestination destination(PDAnnotationLink link) throws IOException {
        if (link.getDestination() instanceof PDPageDestination d) return d;
        if (link.getAction() instanceof PDActionGoTo goTo && goTo.getDestination() instanceof PDPageDestination d) return d;
        return null;
    }

    private static String page(PDDocument doc, int i) throws IOException {
        PDFTextStripper one = new PDFTextStripper();
        one.setStartPage(i);
        one.setEndPage(i);
        return one.getText(doc);
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) n++;
        return n;
    }
}
