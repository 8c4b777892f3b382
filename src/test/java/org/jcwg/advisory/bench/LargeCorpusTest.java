package org.jcwg.advisory.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jcwg.advisory.build.BuildOptions;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus of the benchmark at scale is what it claims: valid content, full-length documents, the same for a seed. */
class LargeCorpusTest {

    private static final Pattern HEADING_ID = Pattern.compile("(?m)^#{2,3} .+ \\{#[a-z0-9-]+\\}$");

    @TempDir
    Path tmp;

    @Test
    void passesStrictCheckWithNoFindingAndBuilds() throws IOException {
        Path root = tmp.resolve("corpus");
        new LargeCorpus(LargeCorpus.DEFAULT_SEED).write(root, 5);
        List<Diagnostic> findings = new Pipeline().check(root, true).diagnostics();
        assertEquals(List.of(), findings);
        Outcome built = new Pipeline().build(new BuildOptions(root, tmp.resolve("site"),
                new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 1, 1)), false, true));
        assertFalse(built.failed(), () -> built.diagnostics().toString());
        assertEquals(10, built.summary().documents() * 2);
        assertTrue(Files.isRegularFile(tmp.resolve("site/ko/" + LargeCorpus.path(3).replace(".md", "/index.html"))));
    }

    @Test
    void documentsAreFullLengthWithSectionsTablesAndFootnotes() throws IOException {
        LargeCorpus.Stats stats = new LargeCorpus(LargeCorpus.DEFAULT_SEED).write(tmp, 8);
        assertTrue(stats.minWordsEn() >= 2000 && stats.maxWordsEn() <= 3100, stats::toString);
        assertTrue(stats.minWordsKo() >= 2000 && stats.maxWordsKo() <= 3000, stats::toString);
        for (int i = 0; i < 8; i++) {
            for (String lang : List.of("en", "ko")) {
                String text = Files.readString(tmp.resolve("content-" + lang + "/" + LargeCorpus.path(i)));
                long headings = HEADING_ID.matcher(text).results().count();
                assertTrue(headings >= 10, lang + " " + i + ": " + headings + " headings");
                assertTrue(text.contains("{#indicators}") && text.contains("|---|---|---|"), "indicator table");
                assertTrue(text.contains("[^1]: "), "footnotes");
                assertTrue(text.contains("](https://"), "links to agencies or sources");
            }
        }
        assertTrue(Files.isRegularFile(tmp.resolve("hugo.toml")));
        assertTrue(Files.isRegularFile(tmp.resolve("layouts/_default/single.html")));
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        new LargeCorpus(7L).write(tmp.resolve("a"), 3);
        new LargeCorpus(7L).write(tmp.resolve("b"), 4);
        try (Stream<Path> files = Files.walk(tmp.resolve("a"))) {
            for (Path a : files.filter(Files::isRegularFile).toList()) {
                Path b = tmp.resolve("b").resolve(tmp.resolve("a").relativize(a));
                assertEquals(Files.readString(a), Files.readString(b), a.toString());
            }
        }
    }
}
