package org.jcwg.advisory.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jcwg.advisory.build.BuildOptions;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.preview.Preview;

/**
 * The editors' workflow on a generated publication ({@link LargeCorpus}, default 1,000 pairs,
 * no PDFs): a clean build, a build after a one-file change, and in {@code serve} the time from
 * saving one Korean section to the updated page being served. Not a test: run with {@code mvn -q test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.jcwg.advisory.bench.EditorBenchmark
 * [-Dexec.args=1000]}. Builds run in this JVM after one warm-up build; a fresh process adds the
 * JVM's start.
 */
public final class EditorBenchmark {

    private static final Edition EDITION = new Edition(Tlp.CLEAR, true, LocalDate.of(2026, 11, 23));

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path root = Files.createTempDirectory("editor-bench");
        new LargeCorpus(LargeCorpus.DEFAULT_SEED).write(root, pairs);
        Path out = root.resolve("site");
        Pipeline pipeline = new Pipeline();

        time(pipeline, new BuildOptions(root, out, EDITION, false, false, true), "warm-up (clean)");
        time(pipeline, new BuildOptions(root, out, EDITION, false, false, true), "clean build");
        Path file = root.resolve("content-ko").resolve(LargeCorpus.path(pairs / 2));
        edit(file, "완화 조치 {#mitigations}\n\n", "완화 조치 {#mitigations}\n\n지금 바로 ");
        time(pipeline, new BuildOptions(root, out, EDITION, false, false, false), "build after a one-file change");

        try (Preview preview = Preview.start(root, 0, EDITION, false, new PrintWriter(new StringWriter()))) {
            HttpClient http = HttpClient.newHttpClient();
            URI page = URI.create(preview.url() + "ko/" + LargeCorpus.path(pairs / 2).replace(".md", "") + "/");
            for (String round : new String[] {"첫째", "둘째", "셋째"}) {
                // Words, not digits: a number in one language only would be a fact the check rejects.
                String marker = round + " 수정본: ";
                int builds = preview.builds();
                long start = System.nanoTime();
                edit(file, "완화 조치 {#mitigations}\n\n", "완화 조치 {#mitigations}\n\n" + marker);
                long deadline = start + 60_000_000_000L;
                while (!http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body()
                        .contains(marker)) {
                    if (System.nanoTime() > deadline) throw new IllegalStateException("the page was not updated in 60 s");
                    Thread.sleep(5);
                }
                long served = System.nanoTime();
                // The full build that follows (lists, search, feeds) before the next edit.
                while (preview.builds() == builds) {
                    if (System.nanoTime() > deadline) throw new IllegalStateException("no full build in 60 s");
                    Thread.sleep(5);
                }
                System.out.printf("serve: saved a Korean section to updated page served: %d ms (the full build after it: %d ms)%n",
                        (served - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
            }
        }
        System.exit(0); // the HTTP client's threads would keep exec:java waiting
    }

    private static void time(Pipeline pipeline, BuildOptions options, String what) throws Exception {
        long start = System.nanoTime();
        Outcome o = pipeline.build(options);
        if (o.failed()) throw new IllegalStateException(o.diagnostics().toString());
        System.out.printf("%s: %d ms (%d files, %d written; phases %s)%n", what, (System.nanoTime() - start) / 1_000_000,
                o.summary().files(), o.summary().rewritten(), o.summary().phases());
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        if (!text.contains(from)) throw new IllegalStateException(file + " lacks " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
