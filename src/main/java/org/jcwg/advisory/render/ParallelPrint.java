package org.jcwg.advisory.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** The PDFs of the jobs; {@code progress} hears of each as it is done (phase "pdf"). */
    static Map<Job, DocumentPdfs.Pdf> run(DocumentPdfs pdfs, RenderContext ctx, List<Job> jobs, Progress progress)
            throws RenderException {
        Map<Job, DocumentPdfs.Pdf> done = new IdentityHashMap<>(); // jobs are distinct objects
        progress.start(PHASE, jobs.size());
        try {
            if (!jobs.isEmpty()) typeset(pdfs, ctx, jobs, progress, done);
        } finally {
            progress.finish(PHASE);
        }
        return done;
    }

    /** The phase name progress reports use. */
    static final String PHASE = "pdf";

    private static void typeset(DocumentPdfs pdfs, RenderContext ctx, List<Job> jobs, Progress progress,
                                Map<Job, DocumentPdfs.Pdf> done) throws RenderException {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "advisory-site-pdf");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DocumentPdfs.Pdf>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    DocumentPdfs.Pdf pdf = pdfs.render(ctx, job.lang(), job.doc(), job.view());
                    progress.advance(PHASE);
                    return pdf;
                }));
            }
            for (int i = 0; i < jobs.size(); i++) {
                done.put(jobs.get(i), futures.get(i).get());
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
