package org.jcwg.advisory.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jcwg.advisory.build.BuildOptions;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;

/**
 * The PDF benchmark: seconds per document and per page, cold (first build in this JVM) and warm,
 * and the heap's peak, for the sample publication and for 100 generated advisories. The PDF
 * share of a build is measured as the difference between builds with and without PDFs. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.jcwg.advisory.bench.PdfBenchmark}.
 */
public final class PdfBenchmark {

    private static final Edition EDITION = new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 1, 1));

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path sample = Project.copyOfSample(Files.createTempDirectory("advisory-bench-sample").resolve("sample"));
        Path generated = Files.createTempDirectory("advisory-bench-pdf");
        new Corpus(11L).write(generated, 100, 0);
        resetPeaks();
        measure("sample publication (cold)", sample);
        measure("sample publication (warm)", sample);
        measure("100 generated advisories (warm)", generated);
        System.out.printf("peak heap used: %d MiB; cores available: %d%n", peakHeapMiB(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void measure(String label, Path root) throws IOException {
        Path withPdf = Files.createTempDirectory("with-pdf").resolve("site");
        Path without = Files.createTempDirectory("without-pdf").resolve("site");
        long t0 = System.nanoTime();
        // Clean: a warm build must typeset its PDFs again, not take them from the cache of the first.
        Outcome a = new Pipeline().build(new BuildOptions(root, withPdf, EDITION, true, false, true));
        long t1 = System.nanoTime();
        Outcome b = new Pipeline().build(new BuildOptions(root, without, EDITION, false, false, true));
        long t2 = System.nanoTime();
        if (a.failed() || b.failed()) throw new IllegalStateException("build failed: " + a.diagnostics());
        int pdfs = 0;
        int pages = 0;
        try (Stream<Path> files = Files.walk(withPdf)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                pdfs++;
                try (PDDocument d = Loader.loadPDF(p.toFile())) {
                    pages += d.getNumberOfPages();
                }
            }
        }
        double pdfSeconds = Math.max(0, (t1 - t0) - (t2 - t1)) / 1e9;
        System.out.printf("%-34s build %.2f s (without PDFs %.2f s); %d PDFs, %d pages: %.3f s per PDF, %.3f s per page%n",
                label, (t1 - t0) / 1e9, (t2 - t1) / 1e9, pdfs, pages, pdfSeconds / Math.max(1, pdfs),
                pdfSeconds / Math.max(1, pages));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
