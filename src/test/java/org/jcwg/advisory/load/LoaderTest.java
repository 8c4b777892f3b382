package org.jcwg.advisory.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Severity;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Section;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files: encodings, line endings, safe YAML, exact values, positions. */
class LoaderTest {

    private static final String EN = "content-en/advisories/fake-jobs.md";
    private static final String KO = "content-ko/advisories/fake-jobs.md";

    @TempDir
    Path tmp;

    private ContentLoader.Result load(Project p) throws IOException {
        return new ContentLoader(new MarkdownProcessor()).load(p.write());
    }

    private static Diagnostic find(List<Diagnostic> all, String code, String file, int line) {
        return all.stream().filter(d -> d.code().equals(code) && d.pos().file().equals(file) && d.pos().line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " at " + file + ":" + line + " in\n"
                        + all.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"))));
    }

    @Test
    void keysOfAFileThatCannotBeReadAreNotCalledMissingInTheOther() throws IOException {
        ContentLoader.Result r = load(Project.minimal(tmp).edit(EN, "tlp: CLEAR", "tlp: [CLEAR"));
        find(r.diagnostics(), "yaml-syntax", EN, 8);
        assertEquals(List.of("yaml-syntax"), r.diagnostics().stream().map(Diagnostic::code).toList(),
                "the Korean file lacks 'date' and 'tlp' only because the English one could not be read");
        assertEquals(Tlp.RED, r.site().documents().get(0).meta().tlp(), "never published by accident");
    }

    @Test
    void readsTheModel() throws IOException {
        ContentLoader.Result r = load(Project.minimal(tmp));
        assertEquals(List.of(), r.diagnostics());
        Document doc = r.site().documents().get(0);
        assertEquals("advisories/fake-jobs.md", doc.path());
        assertEquals("TEST-2023-001", doc.meta().id());
        assertEquals(Tlp.CLEAR, doc.meta().tlp());
        assertEquals(LocalDate.of(2023, 2, 9), doc.meta().date());
        assertEquals(List.of("fbi", "knpa"), doc.meta().agencies());
        assertEquals("거래소 직원을 노리는 가짜 채용 제안", doc.require(Lang.KO).title().value());
        List<Section> sections = doc.require(Lang.EN).sections();
        assertEquals(List.of("summary", "mitigations"), sections.stream().map(Section::id).toList());
        assertEquals("for-exchanges", sections.get(1).children().get(0).id());
        assertEquals(22, sections.get(1).children().get(0).pos().line());
        assertEquals(2, r.site().agencies().size());
        assertEquals("경찰청", r.site().agencies().get(1).name(Lang.KO));
        assertEquals(2, r.site().recommendations().get(0).history().size());
    }

    @Test
    void crlfAndBomGiveTheSameLines() throws IOException {
        Project p = Project.minimal(tmp);
        p.write();
        Files.write(tmp.resolve(EN), ("\uFEFF" + Project.EN_ADVISORY.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        ContentLoader.Result r = new ContentLoader(new MarkdownProcessor()).load(tmp);
        assertEquals(List.of(), r.diagnostics());
        assertEquals(22, r.site().documents().get(0).require(Lang.EN).sections().get(1).children().get(0).pos().line());
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Project.minimal(tmp).write();
        byte[] good = "---\nid: X\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        Files.write(tmp.resolve(KO), bytes);
        List<Diagnostic> all = new ContentLoader(new MarkdownProcessor()).load(tmp).diagnostics();
        Diagnostic d = find(all, "invalid-utf8", KO, 3);
        assertTrue(d.message().contains("0xC3"), d.message());
    }

    @Test
    void aReplacementCharacterOfTheFilesOwnIsTextButABadByteAfterItIsStillFound() throws IOException {
        Project.minimal(tmp).edit(EN, "title: Fake job offers", "title: Fake \uFFFD job offers").write();
        ContentLoader.Result r = new ContentLoader(new MarkdownProcessor()).load(tmp);
        assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.code().equals("invalid-utf8")).toList());
        assertEquals("Fake \uFFFD job offers target exchange staff", r.site().documents().get(0).require(Lang.EN).title().value());

        byte[] good = ("---\nid: X\ntitle: \uFFFD\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xFF;
        Files.write(tmp.resolve(KO), bytes);
        Diagnostic d = find(new ContentLoader(new MarkdownProcessor()).load(tmp).diagnostics(), "invalid-utf8", KO, 4);
        assertTrue(d.message().contains("0xFF"), d.message());
    }

    @Test
    void yamlTagsAreRejected() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "title: Fake", "title: !!javax.script.ScriptEngineManager Fake");
        Diagnostic d = find(load(p).diagnostics(), "yaml-tag", EN, 4);
        assertEquals(Severity.ERROR, d.severity());
    }

    @Test
    void loopingAliasesAreRejected() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "tags: [social-engineering]", "tags: &a [x, *a]");
        find(load(p).diagnostics(), "yaml-alias-loop", EN, 11);
    }

    @Test
    void duplicateKeysAreRejected() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "tlp: CLEAR", "tlp: CLEAR\ntlp: AMBER");
        assertTrue(find(load(p).diagnostics(), "yaml-duplicate-key", EN, 8).message().contains("line 7"));
    }

    @Test
    void impossibleDatesAreErrors() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "date: 2023-02-09", "date: 2023-02-30");
        List<Diagnostic> all = load(p).diagnostics();
        find(all, "invalid-value", EN, 6);
        assertTrue(all.stream().noneMatch(d -> d.code().equals("missing-key")), all::toString);
    }

    @Test
    void tlpIsExact() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "tlp: CLEAR", "tlp: clear");
        assertTrue(find(load(p).diagnostics(), "invalid-value", EN, 7).message().contains("written exactly so"));
    }

    @Test
    void missingRequiredKeyMakesTheDocumentUnpublishable() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "tlp: CLEAR\n", "");
        ContentLoader.Result r = load(p);
        find(r.diagnostics(), "missing-key", EN, 2);
        assertEquals(Tlp.RED, r.site().documents().get(0).meta().tlp());
    }

    @Test
    void unknownKeySuggestsTheNearest() throws IOException {
        Project p = Project.minimal(tmp).edit(KO, "summary:", "sumary:");
        Diagnostic d = find(load(p).diagnostics(), "unknown-key", KO, 5);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("did you mean 'summary'?"), d.message());
    }

    @Test
    void missingFrontMatter() throws IOException {
        Project p = Project.minimal(tmp).with(KO, "## 요약 {#summary}\n");
        find(load(p).diagnostics(), "front-matter-missing", KO, 1);
    }

    @Test
    void yamlSyntaxErrorsHaveAPosition() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "tags: [social-engineering]", "tags: [social-engineering");
        Diagnostic d = load(p).diagnostics().stream().filter(x -> x.code().equals("yaml-syntax")).findFirst().orElseThrow();
        assertEquals(EN, d.pos().file());
        assertTrue(d.pos().line() >= 11 && d.pos().line() <= 14, d.toString());
    }

    @Test
    void aliasBombIsBounded() throws IOException {
        StringBuilder yaml = new StringBuilder("- id: fbi\n  country: US\n  name: x\n  role: y\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("  a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            yaml.append("]\n");
        }
        Project p = Project.minimal(tmp).with("content-en/agencies.yml", yaml.toString());
        List<Diagnostic> all = load(p).diagnostics();
        assertTrue(all.stream().anyMatch(d -> d.pos().file().equals("content-en/agencies.yml") && d.isError()), all::toString);
    }
}
