package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    void theOtherPdfsAreStillMadeWhenOneHangsAndOneOverflows() {
        RenderContext ctx = new RenderContext(TestSites.small(null, null), CLEAR);
        List<ParallelPrint.Job> jobs = ctx.site.documents().stream()
                .flatMap(d -> Stream.of(Lang.values()).map(l -> new ParallelPrint.Job(l, d, null))).toList();
        assertTrue(jobs.size() >= 4, "the test needs at least four PDFs");
        String hangs = jobs.get(0).doc().require(jobs.get(0).lang()).file();
        String overflows = jobs.get(1).doc().require(jobs.get(1).lang()).file();
        Set<String> made = ConcurrentHashMap.newKeySet();
        RenderException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(RenderException.class,
                () -> ParallelPrint.run((c, lang, doc, view) -> {
                    String file = doc.require(lang).file();
                    if (file.equals(hangs)) {
                        // Like a library that ignores interrupts: only the deadline gets past it.
                        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                        while (System.nanoTime() < until) Thread.onSpinWait();
                    }
                    if (file.equals(overflows)) throw new StackOverflowError(); // quicker than recursing on a busy machine
                    made.add(file);
                    return null;
                }, ctx, jobs, Progress.NONE, Duration.ofSeconds(2))));
        assertEquals(List.of(hangs, overflows), e.problems().stream().map(RenderException.Problem::file).toList());
        assertTrue(e.problems().get(0).message().contains("took longer than"), e.problems().toString());
        assertTrue(e.problems().get(1).message().contains("nested too deeply"), e.problems().toString());
        Set<String> others = jobs.stream().skip(2).map(j -> j.doc().require(j.lang()).file()).collect(Collectors.toSet());
        assertEquals(others, made);
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
