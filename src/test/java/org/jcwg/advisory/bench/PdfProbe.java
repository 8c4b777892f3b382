package org.jcwg.advisory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jcwg.advisory.build.BuildOptions;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;

/**
 * The PDF part of {@link ScaleBenchmark}, run in a JVM of its own so that the number of threads
 * can be set ({@code -XX:ActiveProcessorCount=N}: the builds typeset on as many threads as the JVM
 * sees processors): builds the publication at {@code args[0]} with PDFs, reusing nothing (clean),
 * once cold (the first in this JVM) and then {@code args[1]} times warm, and prints one line
 * {@code pdf-probe threads=T pdfs=N pages=P cold_ms=C warm_ms=W} with the time of the "pdf" phase
 * (the best warm run). Uses the build pipeline directly, as the command line does.
 */
public final class PdfProbe {

    private PdfProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Edition edition = new Edition(Tlp.CLEAR, false, LocalDate.now(ZoneOffset.UTC));
        long cold = -1;
        long warm = Long.MAX_VALUE;
        int pdfs = 0;
        int pages = 0;
        for (int run = 0; run <= warmRuns; run++) {
            Path scratch = Files.createTempDirectory("pdf-probe");
            Path out = scratch.resolve("site");
            try {
                Outcome o = new Pipeline().build(new BuildOptions(root, out, edition, true, false, true));
                if (o.failed()) throw new IllegalStateException("build failed: " + o.diagnostics());
                long pdfMillis = o.summary().phases().getOrDefault("pdf", -1L);
                if (run == 0) {
                    cold = pdfMillis;
                    try (Stream<Path> files = Files.walk(out)) {
                        for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                            pdfs++;
                            try (PDDocument d = Loader.loadPDF(p.toFile())) {
                                pages += d.getNumberOfPages();
                            }
                        }
                    }
                } else {
                    warm = Math.min(warm, pdfMillis);
                }
            } finally {
                ScaleBenchmark.deleteTree(scratch);
            }
        }
        System.out.printf("pdf-probe threads=%d pdfs=%d pages=%d cold_ms=%d warm_ms=%d%n",
                Runtime.getRuntime().availableProcessors(), pdfs, pages, cold, warmRuns > 0 ? warm : -1);
    }
}
