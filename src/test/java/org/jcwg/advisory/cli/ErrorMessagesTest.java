package org.jcwg.advisory.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jcwg.advisory.cli.CommandLineTest.Run;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding tells the editor where and what to do: each case breaks the valid minimal
 * project in one way, runs the real command line, and requires exit status 1, the
 * {@code file:line:col: error: message} line with a line from 1, no stack trace, and a remedy
 * (a clause after ':', ';' or ' — ' with an imperative from {@link #REMEDY_WORDS}) in the
 * finding it provokes and in every other finding printed with it.
 */
class ErrorMessagesTest {

    /** The imperatives a remedy uses. Small on purpose: a new message should say what to do in these words. */
    static final Set<String> REMEDY_WORDS = Set.of("add", "remove", "delete", "write", "use", "give", "keep", "split",
            "save", "run", "rename", "move", "check", "translate", "break", "shorten", "simplify", "define",
            "reference", "choose", "quote", "correct", "put", "make", "copy", "describe", "indent", "report", "link");

    private static final String EN = "content-en/advisories/fake-jobs.md";
    private static final String KO = "content-ko/advisories/fake-jobs.md";
    private static final String EN_AGENCIES = "content-en/agencies.yml";
    private static final String KO_AGENCIES = "content-ko/agencies.yml";
    private static final String EN_RECS = "content-en/recommendations.yml";
    private static final String KO_RECS = "content-ko/recommendations.yml";

    /** A finding as the text format prints it. */
    private static final Pattern TEXT_LINE = Pattern.compile("(?m)^(\\S+):(\\d+):(\\d+): (error|warning): (.*)$");
    /** A finding as the github format prints it (the code is the title). */
    private static final Pattern GITHUB_LINE = Pattern.compile(
            "(?m)^::(error|warning) file=([^,]+),line=(\\d+),col=(\\d+),title=([^:]+)::(.*)$");

    @TempDir
    Path tmp;

    /** Something to do to the written project before the command runs (raw bytes, another command first). */
    interface AfterWrite {
        void apply(Path root) throws IOException;
    }

    /**
     * One way to break the project: the finding code it must provoke, whether that finding is a
     * warning (then the run is {@code --strict}), the edits, and the command when it is not check.
     */
    record Case(String name, String code, boolean warning, UnaryOperator<Project> edits, AfterWrite after,
                String command) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Case error(String name, String code, UnaryOperator<Project> edits) {
        return new Case(name, code, false, edits, root -> { }, "check");
    }

    static Case warning(String name, String code, UnaryOperator<Project> edits) {
        return new Case(name, code, true, edits, root -> { }, "check");
    }

    static Case afterWrite(String name, String code, boolean warning, AfterWrite after) {
        return new Case(name, code, warning, p -> p, after, "check");
    }

    /** A second document pair: the minimal advisory under another path and id, edited by {@code change}. */
    static Project withPair(Project p, String path, String id, UnaryOperator<String> change) {
        return p.with("content-en/" + path, change.apply(Project.EN_ADVISORY.replace("TEST-2023-001", id)))
                .with("content-ko/" + path, change.apply(Project.KO_ADVISORY.replace("TEST-2023-001", id)));
    }

    static Stream<Case> cases() {
        String table = "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        return Stream.of(
                // YAML
                error("yaml syntax", "yaml-syntax", p -> p.edit(EN, "tlp: CLEAR", "tlp: [CLEAR")),
                error("alias without anchor", "yaml-syntax", p -> p.edit(EN, "tags: [social-engineering]", "tags: [*nothing]")),
                error("two YAML documents", "yaml-documents", p -> p.edit(EN_AGENCIES, "  counterparts: [fbi]\n",
                        "  counterparts: [fbi]\n---\n- id: x\n")),
                error("YAML tag", "yaml-tag", p -> p.edit(EN, "tlp: CLEAR", "tlp: !!str CLEAR")),
                error("alias loop", "yaml-alias-loop", p -> p.edit(EN_AGENCIES, "- id: knpa\n",
                        "- &loop\n  id: loop\n  children: [*loop]\n- id: knpa\n")),
                error("key that is not a name", "yaml-key", p -> p.edit(EN, "tlp: CLEAR", "tlp: CLEAR\n? [a, b]\n: c")),
                error("duplicate key", "yaml-duplicate-key", p -> p.edit(EN, "tlp: CLEAR", "tlp: CLEAR\ntlp: GREEN")),
                error("front matter not a mapping", "yaml-shape", p -> p.with(KO, "---\n- a\n- b\n---\n\n## 요약 {#summary}\n")),
                error("list written as a value", "yaml-shape", p -> p.edit(EN, "agencies: [fbi, knpa]", "agencies: fbi")),
                error("list where a value belongs", "yaml-shape", p -> p.edit(KO, "title: 거래소", "title: [a]\nx: 거래소")),
                error("data file not a list", "yaml-shape", p -> p.with(KO_AGENCIES, "fbi: 미국 연방수사국\n")),
                error("impossible date", "invalid-value", p -> p.edit(EN, "date: 2023-02-09", "date: 2023-02-30")),
                error("unknown tlp", "invalid-value", p -> p.edit(EN, "tlp: CLEAR", "tlp: PURPLE")),
                error("bad base_url", "invalid-value", p -> p.with("content-en/site.yml", "base_url: ftp://example.org/\n")),
                error("updated before date", "invalid-value", p -> p.edit(EN, "tlp: CLEAR", "tlp: CLEAR\nupdated: 2020-01-01")),
                warning("id listed twice", "duplicate-id", p -> p.edit(EN, "agencies: [fbi, knpa]", "agencies: [fbi, knpa, fbi]")),
                error("agency id used twice", "duplicate-id", p -> p.edit(KO_AGENCIES, "- id: knpa\n",
                        "- id: fbi\n  name: 또 연방수사국\n  role: 없음.\n- id: knpa\n")),
                error("entry without id", "missing-key", p -> p.edit(KO_AGENCIES, "- id: knpa\n", "- name: 무명\n- id: knpa\n")),
                error("no date", "missing-key", p -> p.edit(EN, "date: 2023-02-09\n", "")),
                error("revision without date", "missing-key", p -> p.edit(EN, "{date: 2023-02-09, note: Initial", "{note: Initial")),
                error("agency without country", "missing-key", p -> p.edit(EN_AGENCIES, "  country: KR\n", "")),
                error("history entry without date", "missing-key", p -> p.edit(EN_RECS,
                        "{date: 2022-11-09, status: proposed, note:", "{note:")),
                error("history entry without status", "missing-key", p -> p.edit(EN_RECS, "status: proposed, ", "")),
                error("no front matter", "front-matter-missing", p -> p.with(KO, "## 요약 {#summary}\n\n내용.\n")),
                error("front matter not closed", "front-matter-missing", p -> p.with(KO, "---\nid: TEST-2023-001\n\n## 요약\n")),
                afterWrite("invalid UTF-8", "invalid-utf8", false, root -> {
                    Path ko = root.resolve(KO);
                    byte[] bytes = Files.readAllBytes(ko);
                    byte[] bad = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, bad, 0, bytes.length);
                    bad[bytes.length] = (byte) 0xFF;
                    Files.write(ko, bad);
                }),
                warning("unknown key, near a known one", "unknown-key", p -> p.edit(KO, "title:", "sumary: x\ntitle:")),
                warning("unknown key", "unknown-key", p -> p.edit(EN_AGENCIES, "  acronym: FBI\n", "  acronym: FBI\n  colour: blue\n")),
                error("bad lock line", "lock-invalid", p -> p.with("translations.lock", "this is not a lock entry\n")),
                error("tag without label", "missing-value", p -> p.with("content-en/site.yml", "tags:\n  social-engineering:\n")),
                // Markdown
                error("quotes nested too deep", "too-deep", p -> p.edit(EN, "Verify recruiters.", ">".repeat(40) + " deep\n\nVerify recruiters.")),
                error("lists indented too deep", "too-deep", p -> p.edit(EN, "Verify recruiters.", " ".repeat(80) + "- deep\n\nVerify recruiters.")),
                error("run of markup", "too-deep", p -> p.edit(EN, "Verify recruiters.", "*".repeat(300) + "\n\nVerify recruiters.")),
                error("line too long", "too-deep", p -> p.edit(EN, "Verify recruiters.", "word ".repeat(4100) + "\n\nVerify recruiters.")),
                error("body too large", "too-large", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters.\n"
                        + "a b c d e f g h i j\n".repeat(105_000))),
                error("level-1 heading", "heading-level-1", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters.\n\n# Title")),
                error("heading without id", "heading-id-missing", p -> p.edit(EN, "## Mitigations {#mitigations}", "## Mitigations")),
                error("bad heading id", "heading-id-invalid", p -> p.edit(EN, "{#for-exchanges}", "{#For_Exchanges}")),
                error("heading id used twice", "heading-id-duplicate", p -> p.edit(EN, "{#for-exchanges}", "{#summary}")),
                warning("unused footnote", "footnote-unused", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters.\n\n[^n]: A note.")),
                error("undefined footnote", "footnote-undefined", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters.[^n]")),
                error("image without alt text", "image-alt", p -> p.with("content-en/chart.png", "png")
                        .with("content-ko/chart.png", "png")
                        .edit(EN, "Verify recruiters.", "Verify recruiters. ![](../chart.png)")
                        .edit(KO, "채용 담당자를 확인한다.", "채용 담당자를 확인한다. ![](../chart.png)")),
                error("javascript link", "unsafe-link", p -> p.edit(EN, "(#summary)", "(javascript:alert(1))")),
                error("attribute", "markdown-attribute", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters. {onclick=x}")),
                error("bad class", "markdown-attribute", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters. {.Big}")),
                error("second heading id", "markdown-attribute", p -> p.edit(EN, "{#for-exchanges}", "{#for-exchanges #x}")),
                // Documents
                error("empty summary", "translation-missing", p -> p.edit(KO, "summary: 존재하지 않는 채용 담당자가 악성 코딩 과제를 보낸다.", "summary: \"\"")),
                error("neutral value differs", "neutral-mismatch", p -> p.edit(KO, "type: advisory", "type: advisory\ntlp: GREEN")),
                error("same document id twice", "document-id-duplicate", p -> withPair(p, "advisories/copy.md", "TEST-2023-001", s -> s)),
                error("one language only", "document-unpaired", p -> p.with("content-en/advisories/lonely.md",
                        Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-002"))),
                error("revision counts differ", "revision-count", p -> p.edit(KO, "  - {note: 최초 발행}\n",
                        "  - {note: 최초 발행}\n  - {note: 개정}\n")),
                error("unknown agency", "unknown-agency", p -> p.edit(EN, "agencies: [fbi, knpa]", "agencies: [fbi, knpa, nis]")),
                error("unknown recommendation", "unknown-recommendation", p -> p.edit(EN, "recommendations: [R1]", "recommendations: [R1, R9]")),
                error("section levels differ", "section-level", p -> p.edit(KO, "### 거래소 대상", "## 거래소 대상")),
                error("sections out of order", "section-order", p -> p.edit(KO, "{#summary}", "{#tmp}")
                        .edit(KO, "{#mitigations}", "{#summary}").edit(KO, "{#tmp}", "{#mitigations}")),
                error("section missing", "section-missing", p -> p.edit(KO, "{#summary}", "{#overview}")),
                // Links
                error("remote image", "remote-image", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters. ![chart](https://x.example/c.png)")),
                error("link to no section", "broken-link", p -> p.edit(EN, "(#summary)", "(#nowhere)")),
                error("link to no file", "broken-link", p -> p.edit(EN, "(#summary)", "(missing.md)")),
                error("link to a missing image", "broken-link", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters. ![chart](../chart.png)")),
                error("link outside the folder", "broken-link", p -> p.edit(EN, "(#summary)", "(../../outside.md)")),
                error("link to no section of another document", "broken-link", p -> withPair(p, "advisories/other.md", "TEST-2023-002", s -> s)
                        .edit(EN, "(#summary)", "(other.md#nowhere)").edit(KO, "(#summary)", "(other.md#nowhere)")),
                warning("link to a draft", "link-to-draft", p -> withPair(p, "advisories/draft.md", "TEST-2023-002",
                        s -> s.replace("type: advisory", "type: advisory\ndraft: true"))
                        .edit(EN, "(#summary)", "(draft.md)").edit(KO, "(#summary)", "(draft.md)")),
                error("link to a restricted document", "link-to-restricted", p -> withPair(p, "advisories/amber.md", "TEST-2023-002",
                        s -> s.contains("tlp: CLEAR") ? s.replace("tlp: CLEAR", "tlp: AMBER") : s)
                        .edit(EN, "(#summary)", "(amber.md)").edit(KO, "(#summary)", "(amber.md)")),
                // Directory and tracker
                error("agency in one language", "entry-unpaired", p -> p.edit(KO_AGENCIES, "- id: knpa\n  name: 경찰청\n  role: 국내 범죄를 수사한다.\n", "")),
                error("glossary term in one language", "entry-unpaired", p -> p.with("content-en/glossary.yml", "- {id: mixer, term: mixer}\n")),
                error("parent in another country", "parent-country", p -> p.edit(EN_AGENCIES, "  acronym: KNPA\n", "  acronym: KNPA\n  parent: fbi\n")),
                error("unknown parent", "unknown-agency", p -> p.edit(EN_AGENCIES, "  acronym: KNPA\n", "  acronym: KNPA\n  parent: nowhere\n")),
                error("parents in a loop", "parent-cycle", p -> p
                        .edit(EN_AGENCIES, "  url: https://www.fbi.gov/\n", "  url: https://www.fbi.gov/\n  parent: doj\n")
                        .edit(EN_AGENCIES, "- id: knpa\n", "- id: doj\n  country: US\n  name: Justice\n  role: Justice.\n  parent: fbi\n- id: knpa\n")
                        .edit(KO_AGENCIES, "- id: knpa\n", "- id: doj\n  name: 법무부\n  role: 법무.\n- id: knpa\n")),
                error("counterpart in the same country", "counterpart-country", p -> p.edit(EN_AGENCIES, "  country: KR", "  country: US")),
                error("unknown counterpart", "unknown-agency", p -> p.edit(EN_AGENCIES, "  counterparts: [fbi]", "  counterparts: [fbi, nowhere]")),
                error("one-sided counterpart", "counterpart-asymmetric", p -> p.edit(EN_AGENCIES, "  counterparts: [fbi]", "  counterparts: []")),
                warning("tag without a label", "tag-unlabelled", p -> p.with("content-en/site.yml", "tags:\n  other: Other\n")
                        .with("content-ko/site.yml", "tags:\n  other: 기타\n")),
                error("history lengths differ", "history-count", p -> p.edit(KO_RECS, "    - {note: 작업 착수}\n", "")),
                error("unknown owner", "unknown-agency", p -> p.edit(EN_RECS, "owners: [fbi, knpa]", "owners: [fbi, knpa, nis]")),
                error("no history", "history-empty", p -> p
                        .edit(EN_RECS, "    - {date: 2022-11-09, status: proposed, note: Recommended in the report}\n", "")
                        .edit(EN_RECS, "    - {date: 2023-03-01, status: in-progress, note: Work began}\n", "")
                        .edit(KO_RECS, "    - {note: 보고서에서 권고}\n", "").edit(KO_RECS, "    - {note: 작업 착수}\n", "")),
                error("history back in time", "history-order", p -> p.edit(EN_RECS, "2023-03-01", "2021-03-01")),
                // Silencing and staleness
                error("bad silencing comment", "ignore-invalid", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters. <!-- check:ignore bogus -->")),
                warning("silencing comment that silences nothing", "ignore-unused", p -> p.edit(EN, "Verify recruiters.",
                        "Verify recruiters. <!-- check:ignore amount -->")),
                afterWrite("stale translation", "translation-stale", true, root -> {
                    assertEquals(0, CommandLineTest.run("accept", "--root", root.toString()).status());
                    Path en = root.resolve(EN);
                    Files.writeString(en, Files.readString(en).replace("Verify recruiters.", "Verify every recruiter."));
                }),
                // Facts and content that must agree
                error("amount", "fact-amount", p -> p.edit(EN, "job offers.", "job offers worth $5 million.")),
                error("number", "fact-number", p -> p.edit(EN, "job offers.", "1,200 job offers.")),
                error("percentage", "fact-percent", p -> p.edit(EN, "job offers.", "job offers (40%).")),
                error("date", "fact-date", p -> p.edit(EN, "job offers.", "job offers since May 21, 2022.")),
                error("indicator", "fact-ioc", p -> p.edit(EN, "job offers.", "job offers from 203.0.113.7.")),
                error("identifier", "fact-id", p -> p.edit(EN, "job offers.", "job offers exploiting CVE-2023-12345.")),
                error("link target", "fact-link", p -> p.edit(EN, "job offers.", "job offers ([FBI](https://www.fbi.gov/)).")),
                error("image count", "fact-image", p -> p.with("content-en/chart.png", "png")
                        .edit(EN, "Verify recruiters.", "Verify recruiters. ![chart](../chart.png)")),
                error("footnotes", "fact-footnote", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters.[^1]\n\n[^1]: A note.")),
                error("table", "fact-table", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters." + table)),
                error("code block", "fact-code", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters.\n\n```\nrm -rf /tmp/x\n```")
                        .edit(KO, "채용 담당자를 확인한다.", "채용 담당자를 확인한다.\n\n```\nrm -rf /tmp/y\n```")),
                error("code block count", "fact-code", p -> p.edit(EN, "Verify recruiters.", "Verify recruiters.\n\n```\nrm -rf /tmp/x\n```")),
                error("untranslated section", "untranslated", p -> p.edit(KO, "거래소 직원들이 채용 제안을 받는다.",
                        "Staff of exchanges receive job offers from recruiters who do not exist and who send coding tests.")),
                error("empty translation of a section", "section-empty", p -> p.edit(KO, "거래소 직원들이 채용 제안을 받는다.", "")),
                error("empty source section", "section-empty", p -> p.edit(EN, "Staff of exchanges receive job offers.", "")),
                warning("glossary term not used", "glossary", p -> p.with("content-en/glossary.yml", "- {id: offer, term: job offer}\n")
                        .with("content-ko/glossary.yml", "- {id: offer, term: 일자리 제안}\n")),
                // Other commands and templates
                new Case("accept of no document", "accept-unknown", false, p -> p, root -> { }, "accept"),
                new Case("new over an existing file", "file-exists", false, p -> p, root -> { }, "new"),
                new Case("broken template", "template", false, p -> p.with("templates/status.ftlh", "<p>\n<#if>\n</p>\n"),
                        root -> { }, "check --report"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFindingNamesFileLineAndWhatToDo(Case c) throws IOException {
        Path root = c.edits().apply(Project.minimal(tmp)).write();
        c.after().apply(root);
        List<String> args = new ArrayList<>(switch (c.command()) {
            case "accept" -> List.of("accept", "--root", root.toString(), "content-ko/advisories/missing.md");
            case "new" -> List.of("new", "advisory", "fake-jobs", "--root", root.toString());
            case "check --report" -> List.of("check", "--root", root.toString(), "--report", tmp.resolve("status.html").toString());
            default -> List.of("check", "--root", root.toString());
        });
        if (c.warning()) args.add("--strict");

        Run text = CommandLineTest.run(args.toArray(String[]::new));
        String all = text.out() + text.err();
        assertEquals(1, text.status(), all);
        assertNoStackTrace(all);
        Matcher m = TEXT_LINE.matcher(text.err());
        List<String> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(m.group());
            assertTrue(Integer.parseInt(m.group(2)) >= 1, "line from 1: " + m.group());
            assertTrue(m.group(1).contains("/") || m.group(1).endsWith(".lock"), "names a file: " + m.group());
            assertTrue(hasRemedy(m.group(5)), "says what to do: " + m.group());
        }
        assertFalse(lines.isEmpty(), "a file:line:col line in:\n" + all);

        if (!c.command().equals("check")) return;
        // The same run in the github format, which names each finding's code: the case's code is among them.
        args.add("--format");
        args.add("github");
        Run github = CommandLineTest.run(args.toArray(String[]::new));
        assertEquals(1, github.status(), github.out() + github.err());
        assertNoStackTrace(github.out() + github.err());
        Matcher g = GITHUB_LINE.matcher(github.out());
        boolean found = false;
        while (g.find()) {
            if (!g.group(5).equals(c.code())) continue;
            found = true;
            String file = g.group(2).replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
            String message = g.group(6).replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
            String expected = file + ":" + g.group(3) + ":" + g.group(4) + ": error: " + message;
            assertTrue(lines.contains(expected), "printed as '" + expected + "' in:\n" + text.err());
            assertTrue(Integer.parseInt(g.group(3)) >= 1, g.group());
        }
        if (!found) fail("no finding " + c.code() + " in:\n" + github.out());
    }

    @Test
    void unknownOptionSaysWhatToRun() {
        Run r = CommandLineTest.run("check", "--bogus");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("advisory-site check: unknown option: '--bogus'\n"), r.err());
        assertTrue(r.err().contains("Run 'advisory-site check --help'"), r.err());
        assertTrue(r.err().contains("Usage: advisory-site check"), "help is printed: " + r.err());
        Run command = CommandLineTest.run("publish");
        assertEquals(2, command.status());
        assertTrue(command.err().contains("Run 'advisory-site --help'"), command.err());
    }

    @Test
    void aFolderWithoutContentSaysWhereToRun() {
        Run r = CommandLineTest.run("check", "--root", tmp.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("run from the publication project's root or give --root DIR"), r.err());
    }

    @Test
    void aFileSystemFailureNamesThePathAndWhatToDo() throws IOException {
        String root = Project.minimal(tmp).write().toString();
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        // The report's folder cannot be created: a file is in the way.
        Run r = CommandLineTest.run("check", "--root", root, "--report", blocker.resolve("status.html").toString());
        assertEquals(1, r.status(), r.err());
        assertNoStackTrace(r.out() + r.err());
        assertTrue(r.err().contains("advisory-site: error: ") && r.err().contains(blocker.toString()), r.err());
        String line = r.err().lines().filter(l -> l.startsWith("advisory-site: error: ")).findFirst().orElseThrow();
        assertTrue(hasRemedy(line.substring("advisory-site: error: ".length())), line);
    }

    @Test
    void remedyDetection() {
        assertTrue(hasRemedy("footnote [^x] is defined but never referenced; reference it or delete it"));
        assertTrue(hasRemedy("'tlp' is 'PURPLE': use one of CLEAR, GREEN"));
        assertFalse(hasRemedy("footnote [^x] is defined but never referenced"));
        assertFalse(hasRemedy("use of 'x' is wrong"), "an imperative before any ':' or ';' is not a remedy clause");
    }

    @Test
    void theCasesCoverManyCodes() {
        // A floor, so that cases are not dropped unnoticed.
        Set<String> codes = cases().map(Case::code).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        assertTrue(codes.size() >= 60, codes.size() + " codes: " + codes);
    }

    /** A clause after ':', ';' or ' — ' that contains one of the remedy words. */
    static boolean hasRemedy(String message) {
        String[] clauses = message.split(":|;| — ");
        for (int i = 1; i < clauses.length; i++) {
            for (String word : clauses[i].toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (REMEDY_WORDS.contains(word)) return true;
            }
        }
        return false;
    }

    private static void assertNoStackTrace(String output) {
        assertFalse(output.contains("\tat ") || output.contains("Exception"), "no stack trace: " + output);
    }
}
