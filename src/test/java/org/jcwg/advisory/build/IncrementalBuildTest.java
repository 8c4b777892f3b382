package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jcwg.advisory.diag.Progress;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build (PDF cache, unchanged files kept) after each kind of edit gives exactly
 * the files of a clean build, and redoes only what the edit touched.
 */
class IncrementalBuildTest {

    private static final Edition EDITION = new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 11, 23));

    @TempDir
    static Path tmp;
    static Path project;

    @BeforeAll
    static void copySample() throws IOException {
        project = Project.copyOfSample(tmp.resolve("project"));
        Outcome first = build("incremental", false);
        assertEquals(0, first.summary().pdfsReused(), "a new project has no cache");
    }

    private static Outcome build(String out, boolean clean) throws IOException {
        return build(out, clean, true);
    }

    private static Outcome build(String out, boolean clean, boolean pdf) throws IOException {
        Outcome o = new Pipeline().build(new BuildOptions(project, tmp.resolve(out), EDITION, pdf, false, clean));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        return o;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = project.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(p, text.replace(from, to));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    /** The incremental site equals a clean build, file for file and byte for byte. */
    private Outcome incrementalEqualsClean() throws IOException {
        return incrementalEqualsClean(true);
    }

    private Outcome incrementalEqualsClean(boolean pdf) throws IOException {
        Outcome incremental = build("incremental", false, pdf);
        Map<String, byte[]> inc = files(tmp.resolve("incremental"));
        build("clean", true, pdf);
        Map<String, byte[]> cleanFiles = files(tmp.resolve("clean"));
        assertEquals(cleanFiles.keySet(), inc.keySet());
        for (String path : cleanFiles.keySet()) {
            assertTrue(java.util.Arrays.equals(cleanFiles.get(path), inc.get(path)), "differs from a clean build: " + path);
        }
        // The clean build emptied the cache and filled it again: the next step starts warm.
        return incremental;
    }

    @Test
    void anEnglishSectionEdit() throws IOException {
        edit("content-en/advisories/ransomware-healthcare.md", "Deleting shadow copies and backup catalogues",
                "Deleting shadow copies, restore points and backup catalogues");
        Outcome o = incrementalEqualsClean();
        assertTrue(o.summary().pdfsReused() >= 8, "only the ransomware PDFs are typeset again: " + o.summary());
        assertTrue(o.summary().rewritten() < o.summary().files() / 2, "most files are kept: " + o.summary());
    }

    @Test
    void aKoreanSectionEdit() throws IOException {
        edit("content-ko/advisories/social-engineering-vasp.md", "여러 조치를 함께 적용할 때", "여러 조치를 한꺼번에 적용할 때");
        Outcome o = incrementalEqualsClean();
        assertTrue(o.summary().pdfsReused() >= 8, o.summary().toString());
    }

    @Test
    void aTemplateEdit() throws IOException {
        edit("templates/static/style.css", "--measure: 46rem;", "--measure: 45rem;");
        Outcome o = incrementalEqualsClean();
        assertEquals(10, o.summary().pdfsReused(), "the stylesheet is not part of any PDF: " + o.summary());
        assertTrue(o.summary().rewritten() <= 2, "the stylesheet (and nothing else) is written: " + o.summary());
    }

    @Test
    void anAgencyDataEdit() throws IOException {
        edit("content-en/agencies.yml", "Enforces U.S. customs and immigration law;", "Enforces U.S. customs, trade and immigration law;");
        edit("content-ko/agencies.yml", "미국의 관세법과 이민법을 집행하며", "미국의 관세법·무역법·이민법을 집행하며");
        Outcome o = incrementalEqualsClean();
        assertTrue(o.summary().pdfsReused() >= 8, "the report PDFs carry the directory, the advisories do not: " + o.summary());
    }

    @Test
    void anAgencyNameAnAdvisoryCites() throws IOException {
        // In the advisories' CSAF and STIX files, which the build cache keeps per document.
        edit("content-en/agencies.yml", "name: Financial Crimes Enforcement Network",
                "name: Financial Crimes Enforcement Network (FinCEN)");
        incrementalEqualsClean();
    }

    @Test
    void thePublishersName() throws IOException {
        edit("content-en/site.yml", "title: U.S.–ROK Joint Cyber Advisories", "title: U.S.–ROK Joint Cyber Security Advisories");
        incrementalEqualsClean();
    }

    /** A file is read from the cache by what it reads as: saved again with CRLF lines and a byte-order mark, it is not parsed again. */
    @Test
    void aFileSavedWithCrlfLinesAndAByteOrderMark() throws IOException {
        build("incremental", false, false);
        Path p = project.resolve("content-ko/reports/us-rok-strategy-2022.md");
        String text = Files.readString(p);
        assertFalse(text.contains("\r"), "the sample is saved with LF lines");
        Files.writeString(p, "\uFEFF" + text.replace("\n", "\r\n"));
        Outcome o = incrementalEqualsClean(false);
        assertEquals(o.summary().sources(), o.summary().sourcesReused(), "no file read again: " + o.summary());
    }

    /**
     * A file's body digest is taken from the last build by the file's size, time stamp and CRC:
     * an edit of the same length with the time stamp set back (a copy that keeps times) is read.
     */
    @Test
    void anEditOfTheSameLengthWithTheOldTimeStamp() throws IOException {
        build("incremental", false, false);
        Path p = project.resolve("content-en/advisories/social-engineering-vasp.md");
        FileTime before = Files.getLastModifiedTime(p);
        long size = Files.size(p);
        edit("content-en/advisories/social-engineering-vasp.md", "and report any match to the agencies",
                "and report one match to the agencies");
        Files.setLastModifiedTime(p, before);
        assertEquals(size, Files.size(p));
        Outcome o = incrementalEqualsClean(false);
        assertEquals(o.summary().sources() - 1, o.summary().sourcesReused(), "the edited file is read again: " + o.summary());
        assertTrue(Files.readString(tmp.resolve("incremental/en/advisories/social-engineering-vasp/index.html"))
                .contains("report one match"));
    }

    @Test
    void anAdvisorysTitleInBothLanguages() throws IOException {
        edit("content-en/advisories/exchange-incident-2025.md", "title: Compromised hot wallet signing service at a partner exchange",
                "title: Compromised hot-wallet signing service at a partner exchange");
        edit("content-ko/advisories/exchange-incident-2025.md", "title: 협력 거래소의 핫월렛 서명 서비스 침해",
                "title: 협력 거래소 핫월렛 서명 서비스 침해");
        incrementalEqualsClean();
    }

    @Test
    void aRecommendationTitleTheAdvisoriesLink() throws IOException {
        edit("content-en/recommendations.yml", "title: Establish a research agenda for the joint cyber working group",
                "title: Set up a research agenda for the joint cyber working group");
        incrementalEqualsClean();
    }

    @Test
    void aSitePageTitleInTheNavigation() throws IOException {
        edit("content-en/about.md", "title: About the working group and this publication",
                "title: About the working group and its publication");
        edit("content-ko/about.md", "title: 실무그룹과 이 간행물 소개", "title: 실무그룹과 간행물 소개");
        incrementalEqualsClean();
    }

    @Test
    void aBuildWithoutPdfsThenWith() throws IOException {
        // Document pages link their PDFs: pages made without them are not taken for a build with them.
        Outcome o = new Pipeline().build(new BuildOptions(project, tmp.resolve("incremental"), EDITION, false, false, false));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        incrementalEqualsClean();
    }

    @Test
    void aBuildWithNothingChangedMakesNoPrintPage() throws IOException {
        build("incremental", false);
        Map<String, Integer> units = new java.util.concurrent.ConcurrentHashMap<>();
        Progress recording = new Progress() {
            @Override
            public void start(String phase, int count) {
                units.put(phase, count);
            }

            @Override
            public void advance(String phase) {
            }

            @Override
            public void finish(String phase) {
            }
        };
        Outcome o = new Pipeline().build(new BuildOptions(project, tmp.resolve("incremental"), EDITION, true, false, false),
                recording);
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        // Each PDF is found by what it is made from, without its view and print page being made again.
        assertEquals(0, units.get("pdf"), "no document's print page was made: " + units);
        assertEquals(10, o.summary().pdfsReused(), o.summary().toString());
        assertEquals(0, o.summary().rewritten(), o.summary().toString());
    }

    @Test
    void aPdfCacheEntryThatIsNoPdfIsTypesetAgain() throws IOException {
        build("incremental", false);
        // A PDF found by its inputs is taken by its size and read only when its page is written.
        List<Path> entries;
        try (Stream<Path> all = Files.list(project.resolve(".cache/pdf"))) {
            entries = all.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertEquals(10, entries.size());
        for (Path p : entries) Files.writeString(p, "not a PDF");
        Outcome o = incrementalEqualsClean(); // which also compares the sizes the pages state
        assertEquals(0, o.summary().pdfsReused(), o.summary().toString());
    }

    @Test
    void aTranslationAcceptedAfterItsSourceChanged() throws IOException {
        // Only translations.lock changes: the Korean page's notice that a section is behind goes.
        // Without PDFs, whose sizes the pages show, the notices alone tell the pages apart.
        edit("content-en/advisories/social-engineering-vasp.md", "## Summary {#summary}", "## Summary {#summary}\n\nIn short:");
        incrementalEqualsClean(false);
        Path korean = tmp.resolve("incremental/ko/advisories/social-engineering-vasp/index.html");
        assertTrue(Files.readString(korean).contains("stale-notice"), "the Korean summary is marked as behind");
        assertTrue(new Pipeline().accept(project, java.util.List.of("advisories/social-engineering-vasp.md"))
                .diagnostics().isEmpty());
        incrementalEqualsClean(false);
        assertFalse(Files.readString(korean).contains("stale-notice"), "accepted: no longer marked");
        incrementalEqualsClean(); // the next test starts with its PDFs in the cache
    }
}
