package org.jcwg.advisory.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts see it: exit status, standard output and standard error. */
class CommandLineTest {

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private String root() {
        return Project.minimal(tmp).write().toString();
    }

    @Test
    void noCommandPrintsHelpAndExits2() {
        Run r = run();
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Usage: advisory-site"), r.err());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("build") && help.out().contains("check"), help.out());
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("advisory-site "), version.out());
    }

    @Test
    void debugIsAcceptedAnywhereAndChangesNothingElse() {
        Path root = Project.minimal(tmp.resolve("p")).write();
        Run plain = run("check", "--root", root.toString());
        for (String[] args : List.of(new String[] {"--debug", "check", "--root", root.toString()},
                new String[] {"check", "--debug", "--root", root.toString()})) {
            Run debug = run(args);
            assertEquals(plain.status(), debug.status());
            assertEquals(plain.out(), debug.out());
        }
    }

    @Test
    void wrongUsageExits2() {
        assertEquals(2, run("publish").status());
        assertEquals(2, run("check", "--root", root(), "--bogus").status());
        assertEquals(2, run("check", "--root", root(), "--format", "xml").status());
        Run red = run("build", "--root", root(), "--max-tlp", "RED", "--no-pdf");
        assertEquals(2, red.status());
        assertTrue(red.err().contains("TLP:RED is never published"), red.err());
        assertEquals(2, run("build", "--root", root(), "--max-tlp", "PURPLE").status());
        assertEquals(2, run("check", "--root", tmp.resolve("nowhere").toString()).status());
    }

    @Test
    void checkOfValidContentExits0() {
        Run r = run("check", "--root", root());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("No problems found."), r.err());
    }

    @Test
    void checkPrintsFileLineAndCaret() throws IOException {
        Project.minimal(tmp).edit("content-ko/advisories/fake-jobs.md", "## 요약 {#summary}", "## 요약 {#overview}").write();
        Run r = run("check", "--root", tmp.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("content-ko/advisories/fake-jobs.md:10:1: error: section #overview has no counterpart"), r.err());
        assertTrue(r.err().contains("    ## 요약 {#overview}\n    ^"), r.err());
        assertTrue(r.err().matches("(?s).*\\n\\d+ errors, 0 warnings\\n.*"), r.err());
    }

    @Test
    void warningsFailOnlyUnderStrict() {
        Project.minimal(tmp).edit("content-ko/advisories/fake-jobs.md", "summary:", "summary: x\nsumary:").write();
        assertEquals(0, run("check", "--root", tmp.toString()).status());
        Run strict = run("check", "--root", tmp.toString(), "--strict");
        assertEquals(1, strict.status());
        assertTrue(strict.err().contains("error: unknown key 'sumary'"), strict.err());
    }

    @Test
    void jsonAndGithubFormats() {
        Project.minimal(tmp).edit("content-en/advisories/fake-jobs.md", "tlp: CLEAR", "tlp: \"CLEAR, \\\"x\\\"\"").write();
        Run json = run("check", "--root", tmp.toString(), "--format", "json");
        assertEquals(1, json.status());
        assertTrue(json.out().startsWith("{\"version\":1,\"errors\":1,\"warnings\":0,\"findings\":["), json.out());
        assertTrue(json.out().contains("\"file\":\"content-en/advisories/fake-jobs.md\",\"line\":7,\"column\":6,\"severity\":\"error\",\"code\":\"invalid-value\""), json.out());
        assertTrue(json.out().contains("\\\"x\\\""), json.out());
        Run gh = run("check", "--root", tmp.toString(), "--format", "github");
        assertTrue(gh.out().startsWith("::error file=content-en/advisories/fake-jobs.md,line=7,col=6,title=invalid-value::'tlp' is 'CLEAR, \"x\"'"), gh.out());
    }

    @Test
    void failedBuildLeavesThePreviousSiteIntact() throws IOException {
        String root = root();
        Run first = run("build", "--root", root, "--no-pdf");
        assertEquals(0, first.status(), first.err());
        Path index = tmp.resolve("site/en/index.html");
        byte[] before = Files.readAllBytes(index);
        Files.writeString(tmp.resolve("content-ko/advisories/fake-jobs.md"), "---\nid: [\n---\n");
        Run second = run("build", "--root", root, "--no-pdf");
        assertEquals(1, second.status());
        assertTrue(second.err().contains("content-ko/advisories/fake-jobs.md:"), second.err());
        assertTrue(second.err().contains("was left unchanged"), second.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(index));
        assertFalse(second.err().contains("Exception"), second.err());
    }

    @Test
    void acceptRecordsTranslationsAndReportsUnknownPaths() throws IOException {
        String root = root();
        Run ok = run("accept", "--root", root);
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.err().contains("Accepted 4 sections of 1 document in translations.lock."), ok.err());
        assertTrue(Files.isRegularFile(tmp.resolve("translations.lock")));
        Run bad = run("accept", "--root", root, "content-ko/advisories/missing.md");
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("content-ko/advisories/missing.md:1:1: error: no document at content-ko/advisories/missing.md"), bad.err());
    }

    @Test
    void checkReportShowsEachSectionsState() throws IOException {
        String root = root();
        assertEquals(0, run("accept", "--root", root).status());
        Path en = tmp.resolve("content-en/advisories/fake-jobs.md");
        Files.writeString(en, Files.readString(en).replace("Verify recruiters.", "Verify every recruiter.")
                .replace("Staff of exchanges receive job offers.", "Staff receive [offers](#nowhere)."));
        Path report = tmp.resolve("reports/status.html");
        Run r = run("check", "--root", root, "--report", report.toString());
        assertEquals(1, r.status(), r.err());
        String html = Files.readString(report);
        assertTrue(html.contains("<html lang=\"en\">") && html.contains("Translation status"), html);
        assertTrue(html.matches("(?s).*<code>#for-exchanges</code>.*?<span class=\"state stale\">stale</span>.*"), html);
        assertTrue(html.matches("(?s).*<code>#summary</code>.*?<span class=\"state differing\">differing</span>.*#nowhere&#39; is not a section.*"), html);
        assertTrue(html.contains("<span lang=\"ko\">거래소 직원을 노리는 가짜 채용 제안</span>"), html);
    }

    @Test
    void refusesToReplaceAForeignFolder() throws IOException {
        String root = root();
        Path foreign = tmp.resolve("elsewhere");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("precious.txt"), "keep me");
        Run r = run("build", "--root", root, "--out", foreign.toString(), "--no-pdf");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("was not created by advisory-site"), r.err());
        assertEquals("keep me", Files.readString(foreign.resolve("precious.txt")));
    }

    @Test
    void buildReplacesItsOwnOutputWhollyAndSaysWhatCameFromTheCache() throws IOException {
        String root = root();
        Run first = run("build", "--root", root, "--no-pdf");
        assertEquals(0, first.status());
        assertTrue(first.err().lines().anyMatch(l -> l.matches("Search index: en \\d+\\.\\d KB, ko \\d+\\.\\d KB")), first.err());
        Files.writeString(tmp.resolve("site/stale.html"), "old");
        Run second = run("build", "--root", root, "--no-pdf");
        assertEquals(0, second.status());
        assertFalse(Files.exists(tmp.resolve("site/stale.html")));
        assertTrue(second.err().lines().anyMatch(l -> l.matches("Search index: en \\d+\\.\\d KB \\(unchanged, \\.cache/render\\),"
                + " ko \\d+\\.\\d KB \\(unchanged, \\.cache/render\\)")), second.err());
    }

    @Test
    void newWritesADraftPairOfEachTypeThatPassesCheck() throws Exception {
        String root = root();
        for (String[] kind : new String[][] {{"advisory", "exchange-hack"}, {"report", "annual-review"}, {"page", "contact"}}) {
            Run created = run("new", kind[0], kind[1], "--root", root);
            assertEquals(0, created.status(), created.err());
            assertTrue(created.err().contains("Wrote content-en/"), created.err());
        }
        String en = Files.readString(Path.of(root, "content-en/advisories/exchange-hack.md"));
        String ko = Files.readString(Path.of(root, "content-ko/advisories/exchange-hack.md"));
        assertTrue(en.contains("draft: true") && en.contains("## Mitigations {#mitigations}"), en);
        assertTrue(ko.contains("## 완화 조치 {#mitigations}"), ko);
        assertTrue(en.matches("(?s).*id: TEST-\\d{4}-001\n.*"), "the publication's id prefix: " + en);
        Run check = run("check", "--strict", "--root", root);
        assertEquals(0, check.status(), check.out() + check.err());
        Run build = run("build", "--drafts", "--no-pdf", "--root", root, "--out", tmp.resolve("preview").toString());
        assertEquals(0, build.status(), build.err());
        assertTrue(Files.isRegularFile(tmp.resolve("preview/ko/advisories/exchange-hack/index.html")));
    }

    @Test
    void newRefusesAnExistingFileAndBadArguments() throws Exception {
        String root = root();
        assertEquals(0, run("new", "advisory", "x", "--root", root).status());
        Run again = run("new", "advisory", "x", "--root", root);
        assertEquals(1, again.status());
        assertTrue((again.out() + again.err()).contains("content-en/advisories/x.md:1:1: error: already exists"), again.out() + again.err());
        assertEquals(2, run("new", "advisory", "Bad_Slug", "--root", root).status());
        assertEquals(2, run("new", "bulletin", "x", "--root", root).status());
        assertEquals(2, run("new", "advisory", "--root", root).status());
    }

    @Test
    void buildReportsEachPhaseOnALineAndSumsUpWithoutATerminal() {
        String root = root();
        Run build = run("build", "--root", root, "--out", tmp.resolve("out").toString());
        assertEquals(0, build.status(), build.err());
        for (String phase : List.of("load", "check", "pdf", "render", "write")) {
            assertTrue(build.err().lines().anyMatch(l -> l.matches(phase + ": (\\d+ in )?\\d+\\.\\d s")), phase + " in:\n" + build.err());
        }
        assertTrue(build.err().lines().anyMatch(l -> l.matches("pdf: 2 in \\d+\\.\\d s")), build.err());
        assertTrue(build.err().matches("(?s).*Built 1 document \\(\\d+ pages, 2 PDFs, 0 warnings, \\d+ files \\(\\d+ written, \\d+ unchanged\\), edition TLP:CLEAR\\)"
                + " into .* in \\d+\\.\\d s \\(load \\d+\\.\\d s, check \\d+\\.\\d s, render \\d+\\.\\d s, pdf \\d+\\.\\d s,"
                + " write \\d+\\.\\d s\\).*"), build.err());
        assertFalse(build.err().contains("\r"), "no redrawn line without a terminal");
    }

    @Test
    void pathologicalMarkdownIsRefusedWithTheLineAndNoStackTrace() throws Exception {
        String root = root();
        Path en = Path.of(root, "content-en/advisories/fake-jobs.md");
        Files.writeString(en, Files.readString(en) + "\n" + ">".repeat(5000) + " deep\n\n" + "*".repeat(4000) + "a\n");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Run build = run("build", "--root", root, "--out", out.toString(), "--no-pdf");
        assertEquals(1, build.status(), build.err());
        String all = build.out() + build.err();
        assertTrue(all.contains("content-en/advisories/fake-jobs.md:") && all.contains("quotes are nested 5000 deep"), all);
        assertFalse(all.contains("StackOverflowError") || all.contains("\tat "), "no stack trace: " + all);
        assertTrue(all.lines().allMatch(l -> l.length() < 400), "long source lines are cut when shown");
    }
}
