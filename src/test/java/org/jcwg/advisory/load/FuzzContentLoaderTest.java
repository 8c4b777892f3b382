package org.jcwg.advisory.load;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes a whole English advisory file (bytes, front matter and body) next to a valid Korean
 * translation: loading reports what is wrong as diagnostics and never throws. Under plain
 * {@code mvn test} only the inputs in {@code FuzzContentLoaderTestInputs/} run.
 */
class FuzzContentLoaderTest {

    private static final ContentLoader LOADER = new ContentLoader(new MarkdownProcessor());

    @TempDir
    static Path root;

    @FuzzTest(maxDuration = "60s")
    void advisoryFile(byte[] input) throws IOException {
        Path file = root.resolve("content-en/advisories/x.md");
        if (!Files.exists(file)) {
            Project.minimal(root)
                    .without("content-en/advisories/fake-jobs.md")
                    .without("content-ko/advisories/fake-jobs.md")
                    .with("content-en/advisories/x.md", Project.EN_ADVISORY)
                    .with("content-ko/advisories/x.md", Project.KO_ADVISORY)
                    .write();
        }
        Files.write(file, input);
        ContentLoader.Result result = LOADER.load(root);
        assertNotNull(result.site());
    }
}
