package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample publication plus a restricted (TLP:AMBER), a draft and a future-dated advisory,
 * each seeded with words found nowhere else, built as the public edition: not one byte of any
 * output file (pages, JSON, feeds, sitemap, search index, CSAF, STIX, and the text of every PDF)
 * and not one file name carries a seed.
 */
class NoLeakTest {

    /** Seeds per withheld document: English and Korean words, a domain and a slug. */
    private static final List<String[]> WITHHELD = List.of(
            new String[] {"amber", "zanzibarquartz", "가나다라마바사아", "quartz-relay-zq.example"},
            new String[] {"draft", "pelicanvortex", "하늘다람쥐곰", "vortex-drop-pv.example"},
            new String[] {"future", "obsidianlantern", "흑요석등불", "lantern-gate-ol.example"});

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path project = Project.copyOfSample(tmp.resolve("project"));
        int n = 0;
        for (String[] seed : WITHHELD) {
            n++;
            String kind = seed[0];
            String front = switch (kind) {
                case "amber" -> "date: 2024-05-02\ntlp: AMBER\n";
                case "draft" -> "date: 2024-05-02\ntlp: CLEAR\ndraft: true\n";
                default -> "date: 2031-01-01\ntlp: CLEAR\n";
            };
            String slug = seed[1] + "-" + kind;
            Files.writeString(project.resolve("content-en/advisories/" + slug + ".md"), "---\nid: JCWG-2024-9" + n + "0\n"
                    + "type: advisory\ntitle: The " + seed[1] + " campaign\nsummary: Partners only, " + seed[1] + " actors.\n"
                    + front + "agencies: [fbi]\ntags: [" + seed[1] + "]\n---\n\n## Summary {#summary}\n\nThe " + seed[1]
                    + " actors used `" + seed[3] + "` for command and control.\n");
            Files.writeString(project.resolve("content-ko/advisories/" + slug + ".md"), "---\ntitle: " + seed[2]
                    + " 캠페인\nsummary: 협력 기관 한정, " + seed[2] + " 행위자.\n---\n\n## 요약 {#summary}\n\n" + seed[2]
                    + " 행위자들은 명령·제어에 `" + seed[3] + "`을 사용했다.\n");
        }
        // First the partners' edition, with drafts and a later date, so that everything withheld from
        // the public one is in the project's build cache when the public edition is built.
        Outcome partners = new Pipeline().build(new BuildOptions(project, tmp.resolve("partners"),
                new Edition(Tlp.AMBER, true, LocalDate.of(2031, 6, 1)), true, false));
        assertFalse(partners.failed(), () -> partners.diagnostics().toString());
        assertTrue(partners.summary().documents() >= 5 + WITHHELD.size(), "the partners' edition has them all");
        site = tmp.resolve("site");
        Outcome o = new Pipeline().build(new BuildOptions(project, site, new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 11, 23)),
                true, false));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
    }

    @Test
    void noOutputByteOrFileNameCarriesAWithheldDocument() throws IOException {
        List<String> leaks = new ArrayList<>();
        int files = 0;
        int pdfs = 0;
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files++;
                String name = site.relativize(p).toString();
                String text;
                if (name.endsWith(".pdf")) {
                    pdfs++;
                    try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                        text = new PDFTextStripper().getText(doc) + "\n" + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                    }
                } else {
                    text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                }
                if (!name.endsWith(".pdf") && (text.indexOf('\uE000') >= 0 || text.indexOf('\uE001') >= 0)) {
                    leaks.add(name + " carries an unresolved link placeholder");
                }
                String lower = (name + "\n" + text).toLowerCase(Locale.ROOT);
                for (String[] seed : WITHHELD) {
                    for (int i = 1; i < seed.length; i++) {
                        String needle = seed[i].toLowerCase(Locale.ROOT);
                        // The search index holds Korean as syllable pairs: look for the first pair too.
                        String pair = i == 2 ? "\"" + needle.substring(0, 2) + "\"" : needle;
                        if (lower.contains(needle) || lower.contains(pair)) leaks.add(name + " carries " + seed[0] + " (" + seed[i] + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(files > 100 && pdfs == 10, files + " files, " + pdfs + " PDFs scanned");
    }

    @Test
    void thePublicDocumentsAreAllThere() throws IOException {
        assertTrue(Files.isRegularFile(site.resolve("en/advisories/ransomware-healthcare/index.html")));
        String ids = Files.readString(site.resolve("documents.json"));
        assertTrue(ids.contains("JCWG-2024-001") && !ids.contains("JCWG-2024-910"), "the scan is of a real build");
    }
}
