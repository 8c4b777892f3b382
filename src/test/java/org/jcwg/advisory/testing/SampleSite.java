package org.jcwg.advisory.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jcwg.advisory.build.BuildOptions;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;

/** Builds this repository's sample publication (strict, on a fixed date) for end-to-end tests. */
public final class SampleSite {

    /** The date the tests build on, so that the edition never depends on the day they run. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private SampleSite() {
    }

    /** The sample built into {@code out}; fails the test if the build does. */
    public static Outcome build(Path out, Tlp level, boolean pdf) throws IOException {
        Outcome o = new Pipeline().build(new BuildOptions(Path.of("").toAbsolutePath(), out,
                new Edition(level, false, TODAY), pdf, true));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        return o;
    }
}
