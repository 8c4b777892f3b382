package org.jcwg.advisory.render;

import java.time.Duration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jcwg.advisory.diag.Progress;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.render.Views.DocPage;

/**
 * Typesets the PDFs of a build on all cores: PDF rendering is most of a build's time, and each
 * PDF depends only on its own page view, so the order of work cannot change a byte. Stateless;
 * the threads live only for one call.
 */
final class ParallelPrint {

    /** One PDF to make: a document in a language, from its page view. */
    record Job(Lang lang, Document doc, DocPage view) {
    }

    private ParallelPrint() {
    }

    /** Makes one PDF ({@link DocumentPdfs#render} in a build; a stand-in in tests). */
    @FunctionalInterface
    interface Typesetter {
        DocumentPdfs.Pdf render(RenderContext ctx, Lang lang, Document doc, DocPage view) throws RenderException;
    }

    /** The phase name progress reports use. */
    static final String PHASE = "pdf";

    /** How long one PDF may take; the largest real advisory takes about a second. */
    static final Duration DEADLINE = Duration.ofMinutes(2);

    /** Each worker's stack: deep enough for any page the Markdown limits let through, with room to spare. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    /** The PDFs of the jobs; {@code progress} hears of each as it is done (phase "pdf"). */
    static Map<Job, DocumentPdfs.Pdf> run(DocumentPdfs pdfs, RenderContext ctx, List<Job> jobs, Progress progress)
            throws RenderException {
        return run(pdfs::render, ctx, jobs, progress, DEADLINE);
    }

    /**
     * As {@link #run(DocumentPdfs, RenderContext, List, Progress)} with any typesetter and deadline.
     * A PDF that overflows its stack, runs out of memory or takes longer than {@code deadline} from
     * its start is a problem naming its document, never a hang or an error escaping; the other PDFs
     * are still made (and cached), and all the problems come in one {@link RenderException}.
     */
    static Map<Job, DocumentPdfs.Pdf> run(Typesetter typesetter, RenderContext ctx, List<Job> jobs, Progress progress,
                                          Duration deadline) throws RenderException {
        Map<Job, DocumentPdfs.Pdf> done = new IdentityHashMap<>(); // jobs are distinct objects
        progress.start(PHASE, jobs.size());
        try {
            if (!jobs.isEmpty()) typeset(typesetter, ctx, jobs, progress, done, deadline);
        } finally {
            progress.finish(PHASE);
        }
        return done;
    }

    /** A job being typeset: when it started, and its result to come. */
    private record Running(long started, Future<Finished> future) {
    }

    /** What became of one job: its PDF, or a problem naming its document, or an error that is a bug. */
    private record Finished(int index, DocumentPdfs.Pdf pdf, RenderException.Problem problem, RuntimeException bug) {
    }

    private static void typeset(Typesetter typesetter, RenderContext ctx, List<Job> jobs, Progress progress,
                                Map<Job, DocumentPdfs.Pdf> done, Duration deadline) throws RenderException {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        // Threads are made as needed so that a PDF stuck past its deadline can be left behind (the
        // library does not heed interrupts) while the others go on; at most `threads` run at once.
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "advisory-site-pdf", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        CompletionService<Finished> finished = new ExecutorCompletionService<>(pool);
        Map<Integer, Running> running = new HashMap<>();
        Map<Integer, RenderException.Problem> problems = new TreeMap<>(); // in the order of the jobs
        int next = 0;
        try {
            while (next < jobs.size() || !running.isEmpty()) {
                while (next < jobs.size() && running.size() < threads) {
                    int index = next++;
                    running.put(index, new Running(System.nanoTime(),
                            finished.submit(() -> typesetOne(typesetter, ctx, jobs.get(index), index))));
                }
                long oldest = running.values().stream().mapToLong(Running::started).min().orElseThrow();
                Future<Finished> ready = finished.poll(Math.max(oldest + deadline.toNanos() - System.nanoTime(), 0),
                        TimeUnit.NANOSECONDS);
                if (ready == null) {
                    leaveOverdue(jobs, deadline, running, problems);
                    continue;
                }
                if (ready.isCancelled()) continue;
                Finished f = ready.get();
                if (running.remove(f.index()) == null) continue; // already given up on
                if (f.bug() != null) throw f.bug();
                if (f.problem() != null) {
                    problems.put(f.index(), f.problem());
                } else {
                    done.put(jobs.get(f.index()), f.pdf());
                }
                progress.advance(PHASE);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // typesetOne catches everything it can
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while typesetting PDFs", e);
        } finally {
            pool.shutdownNow();
        }
        // A broken print template fails every PDF alike: say it once.
        if (!problems.isEmpty()) throw new RenderException(problems.values().stream().distinct().toList());
    }

    private static Finished typesetOne(Typesetter typesetter, RenderContext ctx, Job job, int index) {
        String file = job.doc().require(job.lang()).file();
        try {
            return new Finished(index, typesetter.render(ctx, job.lang(), job.doc(), job.view()), null, null);
        } catch (RenderException e) {
            return new Finished(index, null, e.problems().get(0), null);
        } catch (StackOverflowError e) {
            return new Finished(index, null, new RenderException.Problem("pdf", file, 1,
                    "this document is nested too deeply to typeset as a PDF: simplify its nesting"), null);
        } catch (OutOfMemoryError e) {
            return new Finished(index, null, new RenderException.Problem("pdf", file, 1,
                    "typesetting its PDF ran out of memory: look for a very large table or image, or give Java more memory (-Xmx)"),
                    null);
        } catch (RuntimeException e) {
            return new Finished(index, null, null, e);
        }
    }

    /** Gives up on every running PDF past its deadline, naming its document. */
    private static void leaveOverdue(List<Job> jobs, Duration deadline, Map<Integer, Running> running,
                                     Map<Integer, RenderException.Problem> problems) {
        long now = System.nanoTime();
        for (Integer index : List.copyOf(running.keySet())) {
            if (now - running.get(index).started() < deadline.toNanos()) continue;
            running.remove(index).future().cancel(true);
            Job job = jobs.get(index);
            problems.put(index, new RenderException.Problem("pdf", job.doc().require(job.lang()).file(), 1,
                    "typesetting its PDF took longer than " + deadline.toSeconds()
                            + " s and was stopped: look for a very large table or image, and split or shorten it"));
        }
    }
}
