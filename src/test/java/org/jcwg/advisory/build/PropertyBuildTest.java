package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.NuChecker;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of whole builds of small generated publications: hostile titles and summaries are
 * escaped, two builds give the same bytes, and every page stays valid HTML. A build takes about
 * 100 ms, so cases are few. Inputs come from a seeded generator: the same cases every run.
 */
class PropertyBuildTest {

    private static final Edition EDITION = new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 11, 23));
    private static final Pattern H1 = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL);
    /** Fixed, so that a failing case can be run again. */
    private static final long SEED = 20261123L;

    @TempDir
    static Path tmp;

    /** Text with what HTML, YAML and Markdown treat specially, in English and Korean, on one line. */
    static String hostileLine(Random r) {
        String chars = "abcXYZ가나다한국 <>&\"'/=;:!?()[]{}#*_`~|\\-.,%$@ \t";
        while (true) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + r.nextInt(40);
            for (int i = 0; i < length; i++) sb.append(chars.charAt(r.nextInt(chars.length())));
            String s = sb.toString().strip().replaceAll("\\s+", " ");
            if (s.chars().anyMatch(Character::isLetter)) return s;
        }
    }

    /** Paragraphs of Markdown without digits, written the same in both languages (no fact can differ). */
    static String body(Random r) {
        String chars = "abcdef가나다 <>&*_`\"'";
        List<String> paragraphs = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        while (paragraphs.size() < count) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + r.nextInt(30);
            for (int i = 0; i < length; i++) sb.append(chars.charAt(r.nextInt(chars.length())));
            if (!sb.toString().isBlank()) paragraphs.add(sb.toString().strip());
        }
        return String.join("\n\n", paragraphs);
    }

    static Stream<Arguments> titlesAndSummaries() {
        Random r = new Random(SEED);
        return Stream.generate(() -> Arguments.of(hostileLine(r), hostileLine(r))).limit(30);
    }

    static Stream<Arguments> titlesAndBodies() {
        Random r = new Random(SEED + 1);
        return Stream.generate(() -> Arguments.of(hostileLine(r), body(r))).limit(10);
    }

    static Stream<Arguments> titlesHeadingsAndBodies() {
        Random r = new Random(SEED + 2);
        return Stream.generate(() -> Arguments.of(hostileLine(r), hostileLine(r), body(r))).limit(8);
    }

    @ParameterizedTest
    @MethodSource("titlesAndSummaries")
    void titleAndSummaryAreEscaped(String title, String summary) throws IOException {
        Path root = project(title, summary, "Staff of exchanges receive job offers.").write();
        Path out = build(root, "site");
        String page = Files.readString(out.resolve("en/advisories/fake-jobs/index.html"));
        Matcher h1 = H1.matcher(page);
        assertTrue(h1.find(), "no <h1>");
        String heading = h1.group(1);
        assertFalse(heading.contains("<"), () -> "raw '<' in the heading: " + heading);
        assertEquals(title, unescape(heading), () -> "heading " + heading);
        assertFalse(page.contains(title.contains("<") ? title : "\u0000"), "unescaped title somewhere in the page");
        assertFalse(page.contains(summary.contains("<") ? summary : "\u0000"), "unescaped summary somewhere in the page");
    }

    @ParameterizedTest
    @MethodSource("titlesAndBodies")
    void twoBuildsGiveIdenticalBytes(String title, String body) throws IOException {
        Path root = project(title, "A summary.", body).write();
        Path first = build(root, "first");
        Path second = build(root, "second");
        List<Path> files = files(first);
        assertEquals(files, files(second));
        for (Path rel : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(rel)), Files.readAllBytes(second.resolve(rel)), rel::toString);
        }
    }

    @ParameterizedTest
    @MethodSource("titlesHeadingsAndBodies")
    void everyPageIsValidHtml(String title, String heading, String body) throws IOException {
        String sections = "## " + heading + " {#extra}\n\n" + body;
        Path root = project(title, "A summary.", "Staff.\n\n" + sections).write();
        Path out = build(root, "site");
        NuChecker checker = new NuChecker();
        List<String> errors = new ArrayList<>();
        for (Path rel : files(out)) {
            if (!rel.toString().endsWith(".html")) continue;
            checker.check(rel.toString(), out.resolve(rel)).stream().filter(NuChecker.Message::isError)
                    .forEach(m -> errors.add(m.toString()));
        }
        assertEquals(List.of(), errors);
    }

    private static Project project(String title, String summary, String body) {
        Path root = tmp.resolve("p" + System.nanoTime());
        String extraKo = body.contains("{#extra}") ? body.substring(body.indexOf("## ")) : "";
        return Project.minimal(root)
                .edit("content-en/advisories/fake-jobs.md", "title: Fake job offers target exchange staff", "title: " + yaml(title))
                .edit("content-en/advisories/fake-jobs.md",
                        "summary: Recruiters that do not exist send trojanized coding tests.", "summary: " + yaml(summary))
                .edit("content-en/advisories/fake-jobs.md", "Staff of exchanges receive job offers.", body)
                .edit("content-ko/advisories/fake-jobs.md", "거래소 직원들이 채용 제안을 받는다.",
                        "거래소 직원들이 채용 제안을 받는다.\n\n" + extraKo);
    }

    private static Path build(Path root, String name) throws IOException {
        Path out = root.resolveSibling(root.getFileName() + "-" + name);
        Outcome o = new Pipeline().build(new BuildOptions(root, out, EDITION, false, false));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        return out;
    }

    /** YAML double-quoted scalar: only the backslash and the quote need escapes. */
    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) return;
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
