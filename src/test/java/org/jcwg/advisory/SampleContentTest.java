package org.jcwg.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** The sample publication in this repository must always pass its own check, warnings included. */
class SampleContentTest {

    @Test
    void sampleHasNoFindings() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        assertTrue(root.resolve("content-en").toFile().isDirectory(), "run from the repository root");
        List<Diagnostic> findings = new Pipeline().check(root, true).diagnostics();
        assertEquals("", String.join("\n", findings.stream().map(Diagnostic::toString).toList()));
    }
}
