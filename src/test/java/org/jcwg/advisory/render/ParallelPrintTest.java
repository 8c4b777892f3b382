package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.jcwg.advisory.diag.Progress;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Tlp;
import org.junit.jupiter.api.Test;

/** A PDF that never ends or overflows its stack stops the build with its document named, in bounded time. */
class ParallelPrintTest {

    private static final Edition CLEAR = new Edition(Tlp.CLEAR, false, java.time.LocalDate.of(2026, 11, 23));

    private static List<ParallelPrint.Job> jobs(RenderContext ctx) {
        return ctx.site.documents().stream().map(d -> new ParallelPrint.Job(Lang.EN, d, null)).toList();
    }

    private static void recurse(int depth) {
        recurse(depth + 1);
    }

    @Test
    void aPdfThatNeverEndsIsStoppedAndNamed() {
        RenderContext ctx = new RenderContext(TestSites.small(null, null), CLEAR);
        RenderException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(RenderException.class,
                () -> ParallelPrint.run((c, lang, doc, view) -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }, ctx, jobs(ctx), Progress.NONE, Duration.ofMillis(300))));
        assertTrue(e.getMessage().contains("took longer than"), e.getMessage());
        Document first = ctx.site.documents().get(0);
        assertEquals(first.require(Lang.EN).file(), e.file());
    }

    @Test
    void aStackOverflowIsAMessageNamingTheDocument() {
        RenderContext ctx = new RenderContext(TestSites.small(null, null), CLEAR);
        RenderException e = assertThrows(RenderException.class, () -> ParallelPrint.run((c, lang, doc, view) -> {
            recurse(0);
            return null;
        }, ctx, jobs(ctx), Progress.NONE, Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
        assertTrue(e.file().startsWith("content-en/"), e.file());
    }
}
