package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a small publication into a temporary folder and reads the pages a reader would get. */
class EndToEndTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

    @TempDir
    Path tmp;

    /** The minimal project plus one AMBER, one draft and one future advisory that must not appear. */
    private Project publication() {
        String amberEn = Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-900").replace("tlp: CLEAR", "tlp: AMBER")
                .replace("Fake job offers target exchange staff", "Partner-only hot wallet compromise")
                .replace("Recruiters that do not exist send trojanized coding tests.", "Signing keys of a partner leaked.");
        String amberKo = Project.KO_ADVISORY.replace("TEST-2023-001", "TEST-2023-900").replace("거래소 직원을 노리는 가짜 채용 제안", "협력사 전용 핫월렛 침해");
        String draftEn = Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-901").replace("tlp: CLEAR", "tlp: CLEAR\ndraft: true")
                .replace("Fake job offers target exchange staff", "Unfinished draft advisory");
        String futureEn = Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-902").replace("date: 2023-02-09", "date: 2030-01-01")
                .replace("{date: 2023-02-09", "{date: 2030-01-01").replace("Fake job offers target exchange staff", "Embargoed future advisory");
        return Project.minimal(tmp.resolve("project"))
                .edit("content-en/advisories/fake-jobs.md", "Staff of exchanges receive job offers.",
                        "Staff of exchanges receive job offers. Read the [mitigations](fake-jobs.md#mitigations).")
                .edit("content-ko/advisories/fake-jobs.md", "거래소 직원들이 채용 제안을 받는다.",
                        "거래소 직원들이 채용 제안을 받는다. [완화 조치](fake-jobs.md#mitigations)를 읽는다.")
                .with("content-en/advisories/wallet-leak.md", amberEn)
                .with("content-ko/advisories/wallet-leak.md", amberKo)
                .with("content-en/advisories/unfinished.md", draftEn)
                .with("content-ko/advisories/unfinished.md", Project.KO_ADVISORY.replace("TEST-2023-001", "TEST-2023-901"))
                .with("content-en/advisories/embargoed.md", futureEn)
                .with("content-ko/advisories/embargoed.md", Project.KO_ADVISORY.replace("TEST-2023-001", "TEST-2023-902"))
                .with("content-en/site.yml", "base_url: https://advisories.example.org/\ntitle: Joint Advisories\n")
                .with("content-ko/site.yml", "title: 한미 합동 권고\n");
    }

    private Outcome build(Path root, Path out, Tlp level) throws IOException {
        Outcome o = new Pipeline().build(new BuildOptions(root, out, new Edition(level, false, TODAY), false, false));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        return o;
    }

    private static String read(Path p) throws IOException {
        assertTrue(Files.isRegularFile(p), () -> "missing " + p);
        return Files.readString(p);
    }

    @Test
    void buildsBothLanguagesWithSwitcherHreflangAndLocalDates() throws IOException {
        Path root = publication().write();
        Path out = tmp.resolve("site");
        build(root, out, Tlp.CLEAR);

        String en = read(out.resolve("en/advisories/fake-jobs/index.html"));
        String ko = read(out.resolve("ko/advisories/fake-jobs/index.html"));
        assertTrue(en.contains("<html lang=\"en\""), "html lang en");
        assertTrue(ko.contains("<html lang=\"ko\""), "html lang ko");
        assertTrue(en.contains("hreflang=\"ko\"") && en.contains("hreflang=\"en\""), "hreflang alternates");
        assertTrue(en.contains("https://advisories.example.org/ko/advisories/fake-jobs/"), "absolute alternate");
        assertTrue(en.contains("<link rel=\"canonical\" href=\"https://advisories.example.org/en/advisories/fake-jobs/\""), en);
        assertTrue(en.matches("(?s).*class=\"lang-switch\"[^>]*href=\"(\\.\\./){3}ko/advisories/fake-jobs/[^\"]*\".*")
                || en.matches("(?s).*href=\"(\\.\\./){3}ko/advisories/fake-jobs/[^\"]*\"[^>]*class=\"lang-switch\".*"), "switcher to the same page");
        assertTrue(en.contains("February 9, 2023"), "English date");
        assertTrue(ko.contains("2023년 2월 9일"), "Korean date");
        assertTrue(ko.contains("id=\"mitigations\"") && en.contains("id=\"mitigations\""), "same anchors in both languages");
        assertTrue(ko.contains("거래소 직원을 노리는 가짜 채용 제안"), "Korean title");
        assertTrue(en.contains("href=\"./#mitigations\"") || en.contains("href=\"#mitigations\""), "link to a section of the same page");
        assertTrue(en.contains("TLP:CLEAR"), "TLP label on the page");
        for (String page : List.of("index.html", "404.html", "en/index.html", "ko/index.html", "en/advisories/index.html",
                "ko/advisories/index.html", "en/agencies/index.html", "ko/agencies/index.html",
                "en/recommendations/index.html", "ko/recommendations/index.html", "assets/style.css")) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page);
        }
        String agenciesKo = read(out.resolve("ko/agencies/index.html"));
        assertTrue(agenciesKo.contains("id=\"knpa\"") && agenciesKo.contains("경찰청"), "directory anchors");
    }

    @Test
    void restrictedDraftAndFutureDocumentsLeaveNoTrace() throws IOException {
        Path root = publication().write();
        Path out = tmp.resolve("site");
        build(root, out, Tlp.CLEAR);
        List<String> forbidden = List.of("wallet-leak", "TEST-2023-900", "Partner-only", "협력사 전용", "unfinished",
                "TEST-2023-901", "Unfinished draft", "embargoed", "TEST-2023-902", "Embargoed future");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString();
                String text = Files.readString(f);
                for (String word : forbidden) {
                    assertFalse(rel.contains(word), rel);
                    assertFalse(text.contains(word), () -> rel + " mentions " + word);
                }
            }
        }
    }

    @Test
    void amberEditionPublishesAmberAndMarksLists() throws IOException {
        Path root = publication().write();
        Path out = tmp.resolve("site-amber");
        build(root, out, Tlp.AMBER);
        String page = read(out.resolve("en/advisories/wallet-leak/index.html"));
        assertTrue(page.contains("TLP:AMBER"));
        assertTrue(read(out.resolve("en/advisories/index.html")).contains("TLP:AMBER"), "list carries the edition's level");
        assertFalse(Files.exists(out.resolve("en/advisories/unfinished")));
    }

    @Test
    void staleTranslatedSectionsCarryANoticeLinkingToTheSource() throws IOException {
        Path root = publication().write();
        assertEquals(List.of(), new Pipeline().accept(root, List.of()).diagnostics());
        Path en = root.resolve("content-en/advisories/fake-jobs.md");
        Files.writeString(en, Files.readString(en).replace("Verify recruiters.", "Verify every recruiter by phone."));
        Path out = tmp.resolve("site");
        build(root, out, Tlp.CLEAR);
        String ko = read(out.resolve("ko/advisories/fake-jobs/index.html"));
        assertTrue(ko.matches("(?s).*<h3 id=\"for-exchanges\">[^<]*</h3>\n<p class=\"stale-notice\" role=\"note\">이 절의 영어 원문이"
                + "[^<]*<a href=\"\\.\\./\\.\\./\\.\\./en/advisories/fake-jobs/index\\.html#for-exchanges\" hreflang=\"en\">영어 원문 보기</a></p>.*"), ko);
        assertFalse(ko.contains("id=\"summary\">요약</h2>\n<p class=\"stale-notice\""), "only the changed section");
        assertFalse(read(out.resolve("en/advisories/fake-jobs/index.html")).contains("stale-notice"), "never on the source");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path root = publication().write();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        build(root, a, Tlp.CLEAR);
        build(root, b, Tlp.CLEAR);
        List<Path> filesA;
        try (Stream<Path> s = Files.walk(a)) {
            filesA = s.filter(Files::isRegularFile).map(a::relativize).sorted().toList();
        }
        List<Path> filesB;
        try (Stream<Path> s = Files.walk(b)) {
            filesB = s.filter(Files::isRegularFile).map(b::relativize).sorted().toList();
        }
        assertEquals(filesA, filesB);
        for (Path rel : filesA) {
            assertArrayEquals(Files.readAllBytes(a.resolve(rel)), Files.readAllBytes(b.resolve(rel)), rel.toString());
        }
    }
}
