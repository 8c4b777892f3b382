package org.jcwg.advisory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.diag.Diagnostic;

/**
 * The translation-check benchmark: precision on a generated corpus with seeded defects, and the
 * time {@code check} takes on 1,000 document pairs. Run it with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.jcwg.advisory.bench.CheckBenchmark}.
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        Path precisionRoot = Files.createTempDirectory("advisory-bench-precision");
        List<Corpus.Seeded> seeded = new Corpus(20221109L).write(precisionRoot, pairs, 2);
        List<Diagnostic> findings = new Pipeline().check(precisionRoot, false).diagnostics();
        Scoring score = Scoring.of(seeded, findings);
        System.out.printf("Precision corpus: %d pairs, %d with one seeded defect, %d clean%n", pairs, seeded.size(),
                pairs - seeded.size());
        System.out.print(score.table());
        score.missed().stream().limit(10).forEach(m -> System.out.println("missed: " + m));

        Path speedRoot = Files.createTempDirectory("advisory-bench-speed");
        new Corpus(7L).write(speedRoot, 1000, 0);
        Pipeline pipeline = new Pipeline();
        pipeline.check(speedRoot, false); // warm-up: class loading and JIT
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            List<Diagnostic> d = pipeline.check(speedRoot, false).diagnostics();
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (!d.isEmpty()) System.out.println("unexpected findings on the clean speed corpus: " + d.size() + ", first: " + d.get(0));
        }
        Collections.sort(millis);
        System.out.printf("check on 1,000 pairs: median %d ms, best %d ms, worst %d ms (5 runs after a warm-up)%n",
                millis.get(2), millis.get(0), millis.get(4));
    }
}
