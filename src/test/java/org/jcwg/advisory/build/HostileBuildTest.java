package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole builds (PDFs included) of a publication with one hostile document beside an ordinary
 * one, each under a deadline: a shape no advisory needs is refused with its file and line while
 * the other document is still checked; a large but legitimate shape (a long indicator table, a
 * wide table, a long document) is published, page and PDF, in bounded time.
 */
class HostileBuildTest {

    private static final String HOSTILE = "advisories/hostile.md";
    private static final Edition EDITION = new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 11, 23));

    /**
     * A body by language ("en", "ko"), the same shape in both; {@code line} is the English line the
     * refusal names (unused for shapes that are published).
     */
    record Shape(String name, Function<String, String> body, int line) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Shape> refused() {
        return Stream.of(
                new Shape("5,000 nested quotes", k -> ">".repeat(5000) + " deep\n", 13),
                new Shape("1,000 nested list levels", k -> IntStream.range(0, 1000)
                        .mapToObj(i -> "  ".repeat(i) + "- x").collect(Collectors.joining("\n")) + "\n", 46),
                new Shape("3,000 nested emphasis runs", k -> "*a ".repeat(3000) + "b" + "*".repeat(3000) + "\n", 13),
                new Shape("a 100,000-character line", k -> "wallet ".repeat(100_000 / 7) + "\n", 13),
                new Shape("a 2.5-million-character body", k -> ("Funds moved through mixers again. ".repeat(30) + "\n\n")
                        .repeat(2500), 10),
                new Shape("a 9 MB file", k -> ("가".repeat(1000) + "\n\n").repeat(3200), 1));
    }

    static Stream<Shape> published() {
        return Stream.of(
                new Shape("an indicator table of 3,000 rows", k -> sentence(k) + "| Wallet | Chain | Seen |\n|---|---|---|\n"
                        + IntStream.range(0, 3000).mapToObj(i -> String.format("| `0x%040x` | ETH | 2023-%02d-%02d |", i * 7919L,
                        1 + i % 12, 1 + i % 28)).collect(Collectors.joining("\n")) + "\n", 0),
                new Shape("a table 60 columns wide", k -> sentence(k) + IntStream.range(0, 60).mapToObj(i -> "#" + i)
                        .collect(Collectors.joining(" | ", "| ", " |\n"))
                        + "|---".repeat(60) + "|\n"
                        + IntStream.range(0, 40).mapToObj(r -> IntStream.range(0, 60).mapToObj(c -> Integer.toString(r * c))
                        .collect(Collectors.joining(" | ", "| ", " |"))).collect(Collectors.joining("\n")) + "\n", 0),
                new Shape("a 400,000-character document", k -> IntStream.range(0, 40).mapToObj(s -> "## Part " + s
                        + " {#part-" + s + "}\n\n" + ((k.equals("ko") ? "자금은 믹서와 브리지를 거쳐 거래소로 옮겨졌다. "
                        : "Funds moved through mixers and bridges, then to exchanges. ").repeat(12)
                        + "\n\n").repeat(14)).collect(Collectors.joining()), 0));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusedWithFileAndLineWhileTheOtherDocumentIsStillChecked(Shape shape, @TempDir Path tmp) {
        Path root = project(tmp, shape)
                // A defect in the ordinary document: it must be found in the same run.
                .edit("content-ko/advisories/fake-jobs.md", "### 거래소 대상 {#for-exchanges}\n\n채용 담당자를 확인한다. [요약](#summary)을 참고한다.\n", "")
                .write();
        Path site = tmp.resolve("site");
        Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Pipeline().build(new BuildOptions(root, site, EDITION, true, false)));
        assertTrue(o.failed());
        List<Diagnostic> hostile = o.diagnostics().stream()
                .filter(d -> d.isError() && d.pos().file().equals("content-en/" + HOSTILE)).toList();
        assertFalse(hostile.isEmpty(), () -> o.diagnostics().toString());
        assertEquals(shape.line(), hostile.get(0).pos().line(), hostile.toString());
        assertTrue(hostile.get(0).message().contains("at most"), hostile.get(0).message());
        assertTrue(o.diagnostics().stream().anyMatch(d -> d.isError()
                && d.pos().file().equals("content-ko/advisories/fake-jobs.md")), () -> o.diagnostics().toString());
        assertFalse(Files.exists(site), "nothing is published");
    }

    @ParameterizedTest
    @MethodSource("published")
    void publishedPageAndPdfInBoundedTime(Shape shape, @TempDir Path tmp) throws IOException {
        Path root = project(tmp, shape).write();
        Path site = tmp.resolve("site");
        Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(150),
                () -> new Pipeline().build(new BuildOptions(root, site, EDITION, true, false)));
        assertFalse(o.failed(), () -> o.diagnostics().stream().filter(Diagnostic::isError).toList().toString());
        String page = Files.readString(site.resolve("en/advisories/hostile/index.html"), StandardCharsets.UTF_8);
        String lastLine = shape.body().apply("en").strip().lines().reduce((a, b) -> b).orElseThrow();
        String lastWord = lastLine.replaceAll("[`|#{}]", " ").strip().split("\\s+")[0];
        assertTrue(page.contains(lastWord), "the page holds the end of the body: " + lastWord);
        for (String lang : List.of("en", "ko")) {
            Path pdf;
            try (Stream<Path> files = Files.walk(site.resolve(lang + "/advisories/hostile"))) {
                pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            }
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                assertTrue(d.getNumberOfPages() >= 2, pdf + " has " + d.getNumberOfPages() + " pages");
            }
        }
    }

    @Test
    void aTableTooWideForThePagePrintsEveryColumn(@TempDir Path tmp) throws IOException {
        int columns = 24;
        Shape wide = new Shape("a table 24 columns wide", k -> sentence(k)
                + IntStream.range(0, columns).mapToObj(c -> "#" + c).collect(Collectors.joining(" | ", "| ", " |\n"))
                + "|---".repeat(columns) + "|\n"
                + IntStream.range(0, 30).mapToObj(r -> IntStream.range(0, columns).mapToObj(c -> cell(r, c))
                .collect(Collectors.joining(" | ", "| ", " |"))).collect(Collectors.joining("\n")) + "\n", 0);
        Path root = project(tmp, wide).write();
        Path site = tmp.resolve("site");
        Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(150),
                () -> new Pipeline().build(new BuildOptions(root, site, EDITION, true, false)));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        try (Stream<Path> files = Files.walk(site.resolve("en/advisories/hostile"))) {
            Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(d);
                for (int r : List.of(0, 29)) {
                    for (int c : List.of(0, columns - 1)) {
                        assertTrue(text.contains(cell(r, c)), "cell " + cell(r, c) + " is printed");
                    }
                }
            }
        }
    }

    /** Digits only, so the Korean file's table is not taken for untranslated English. */
    private static String cell(int row, int column) {
        return String.format("%02d%02d", row, column);
    }

    @Test
    void anImageTooLargeToEmbedIsRefusedByName(@TempDir Path tmp) throws IOException {
        Path root = Project.minimal(tmp.resolve("project")).write();
        Path image = root.resolve("content-en/advisories/img/flow.png");
        Files.createDirectories(image.getParent());
        try (var out = Files.newOutputStream(image)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            out.write(new byte[21 * 1024 * 1024]);
        }
        Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Pipeline().build(new BuildOptions(root, tmp.resolve("site"), EDITION, true, false)));
        assertTrue(o.failed());
        Diagnostic d = o.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("content-en/advisories/img/flow.png", d.pos().file());
        assertTrue(d.message().contains("at most 20.0 MB"), d.message());
    }

    private static String sentence(String lang) {
        return lang.equals("ko") ? "아래 표는 이번 사건에서 확인된 모든 값을 정리한 것이다.\n\n"
                : "The table below lists every value seen in this incident.\n\n";
    }

    private static Project project(Path tmp, Shape shape) {
        String en = "---\nid: TEST-2023-002\ntype: advisory\ntitle: Hostile input\nsummary: Shapes no advisory needs.\n"
                + "date: 2023-03-01\ntlp: CLEAR\nagencies: [fbi]\n---\n\n## Summary {#summary}\n\n" + shape.body().apply("en");
        String ko = "---\ntitle: 악의적인 입력\nsummary: 권고문에 필요 없는 형태.\n---\n\n## 요약 {#summary}\n\n" + shape.body().apply("ko");
        return Project.minimal(tmp.resolve("project"))
                .with("content-en/" + HOSTILE, en)
                .with("content-ko/" + HOSTILE, ko);
    }
}
