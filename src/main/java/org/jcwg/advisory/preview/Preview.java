package org.jcwg.advisory.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcwg.advisory.build.BuildOptions;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.export.JsonObject;
import org.jcwg.advisory.export.JsonWriter;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Site;

/**
 * {@code serve}: builds the project (drafts included) into {@code .cache/preview}, serves it on
 * 127.0.0.1, and after every change to {@code content-en/}, {@code content-ko/} or
 * {@code templates/} builds again (an incremental build) and tells open pages to reload, or to
 * show the errors while the content is broken. One rebuild at a time; changes during a rebuild
 * cause one more. An edit of documents alone is also served at once from those documents
 * ({@link Pipeline#quickUpdate}) before the full build catches up.
 */
public final class Preview implements AutoCloseable {

    private final Pipeline pipeline = new Pipeline();
    private final BuildOptions options;
    private final PrintWriter log;
    private final PreviewServer server;
    private final Watcher watcher;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "advisory-site-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService quick = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "advisory-site-quick");
        t.setDaemon(true);
        return t;
    });
    /** How long a full build waits for the quick update of the edit that started it. */
    private static final long QUICK_FIRST_SECONDS = 10;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Site lastPublished;
    private final AtomicInteger builds = new AtomicInteger();

    private Preview(BuildOptions options, int port, PrintWriter log) throws IOException {
        this.options = options;
        this.log = log;
        rebuild();
        Site built = lastPublished;
        // Before serving: an editor's first save then finds the quick update's code compiled (an edit
        // that came during the warm-up on another thread waited for it).
        if (built != null) pipeline.prepareQuickUpdates(options, built);
        this.server = new PreviewServer(options.out(), port);
        Path root = options.root();
        this.watcher = new Watcher(List.of(root.resolve("content-en"), root.resolve("content-ko"), root.resolve("templates")),
                this::changed);
    }

    /**
     * Builds and starts serving. {@code port} 0 picks a free one.
     *
     * @param edition what to publish; drafts should be included for editors
     */
    public static Preview start(Path root, int port, Edition edition, boolean pdf, PrintWriter log) throws IOException {
        BuildOptions options = new BuildOptions(root, root.resolve(".cache").resolve("preview"), edition, pdf, false);
        return new Preview(options, port, log);
    }

    /** The address of the served site. */
    public String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** How many builds have finished (for tests and for the log). */
    public int builds() {
        return builds.get();
    }

    private void changed(Set<Path> paths) {
        List<String> documents = documentPaths(paths);
        Future<?> editedPages = documents.isEmpty() ? null : quick.submit(() -> quickUpdate(documents));
        // Coalesce: while a rebuild waits to start, further changes need no other one.
        if (pending.compareAndSet(false, true)) {
            builder.submit(() -> {
                // The edited pages first, with the machine to themselves: they are what the editor waits for.
                if (editedPages != null) {
                    try {
                        editedPages.get(QUICK_FIRST_SECONDS, TimeUnit.SECONDS);
                    } catch (ExecutionException | TimeoutException e) {
                        // the full build has the last word
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                pending.set(false);
                Outcome outcome = rebuild();
                if (outcome.failed()) server.errors(errorsJson(outcome.diagnostics()));
                else server.reload();
            });
        }
    }

    /**
     * Edited documents first, alone: their pages are served again within moments, while the
     * full build (lists, search, feeds, PDFs) follows and reloads the page once more.
     */
    private void quickUpdate(List<String> documents) {
        Site site = lastPublished;
        if (site == null) return;
        try {
            boolean all = true;
            for (String path : documents) all &= pipeline.quickUpdate(options, site, path);
            if (all) server.reload();
        } catch (IOException | RuntimeException e) {
            // the full build that follows has the last word
        }
    }

    /**
     * The documents the changed files belong to (both languages' files of one document count
     * once), as paths relative to their language folder; empty unless every change is a document
     * file, since anything else (a template, data) can change every page.
     */
    private List<String> documentPaths(Set<Path> paths) {
        List<String> out = new ArrayList<>();
        for (Path p : paths) {
            Optional<String> rel = documentPath(p);
            if (rel.isEmpty()) return List.of();
            if (!out.contains(rel.get())) out.add(rel.get());
        }
        return out;
    }

    private Optional<String> documentPath(Path p) {
        if (!p.toString().endsWith(".md")) return Optional.empty();
        for (Lang lang : Lang.values()) {
            Path folder = options.root().resolve(lang.folder());
            if (p.startsWith(folder)) return Optional.of(folder.relativize(p).toString().replace('\\', '/'));
        }
        return Optional.empty();
    }

    private Outcome rebuild() {
        long start = System.nanoTime();
        try {
            Outcome outcome = pipeline.build(options);
            builds.incrementAndGet();
            outcome.findPublished().ifPresent(site -> lastPublished = site);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (outcome.failed()) {
                log.printf(Locale.ROOT, "Rebuild failed (%d errors): the last good build is still served.%n", outcome.errors());
                for (Diagnostic d : outcome.diagnostics()) if (d.isError()) log.println("  " + d);
            } else {
                log.printf(Locale.ROOT, "Built %d documents in %d ms.%n", outcome.summary().documents(), ms);
            }
            log.flush();
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String errorsJson(List<Diagnostic> diagnostics) {
        List<Object> list = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!d.isError()) continue;
            list.add(new JsonObject().put("file", d.pos().file()).put("line", d.pos().line())
                    .put("column", d.pos().column()).put("message", d.message()));
        }
        return JsonWriter.compact(list);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
        builder.shutdownNow();
        quick.shutdownNow();
        // A build under way finishes its files before the caller (or a test) removes the folder.
        try {
            builder.awaitTermination(2, TimeUnit.MINUTES);
            quick.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
