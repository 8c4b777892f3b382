package org.jcwg.advisory.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
     * A PDF that overflows its stack or takes longer than {@code deadline} is a {@link RenderException}
     * naming its document, never a hang or an error escaping.
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

    private static void typeset(Typesetter typesetter, RenderContext ctx, List<Job> jobs, Progress progress,
                                Map<Job, DocumentPdfs.Pdf> done, Duration deadline) throws RenderException {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "advisory-site-pdf", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DocumentPdfs.Pdf>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    DocumentPdfs.Pdf pdf;
                    try {
                        pdf = typesetter.render(ctx, job.lang(), job.doc(), job.view());
                    } catch (StackOverflowError e) {
                        throw new RenderException(job.doc().require(job.lang()).file(), 1,
                                "this document is nested too deeply to typeset as a PDF: simplify its nesting");
                    }
                    progress.advance(PHASE);
                    return pdf;
                }));
            }
            // Every PDF gets its deadline: with the jobs shared among the threads, all of them are due
            // within a deadline per round; the one being waited for when that passes is named.
            long rounds = (jobs.size() + threads - 1) / threads;
            long until = System.nanoTime() + deadline.toNanos() * rounds;
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                try {
                    done.put(job, futures.get(i).get(Math.max(until - System.nanoTime(), 0), TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    throw new RenderException(job.doc().require(job.lang()).file(), 1, "typesetting its PDF took longer than "
                            + deadline.toSeconds() + " s and was stopped: look for a very large table or image, and split or shorten it");
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RenderException re) throw re;
            if (e.getCause() instanceof RuntimeException rt) throw rt;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while typesetting PDFs", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
