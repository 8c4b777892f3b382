package org.jcwg.advisory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jcwg.advisory.build.Pipeline;

/**
 * The benchmark at scale: generated publications of 100, 1,000 and 3,000 full-length document
 * pairs ({@link LargeCorpus}), each command run as a fresh process the way an editor or CI runs
 * it ({@code java -jar target/advisory-site.jar}, default JVM options) and timed by GNU time (wall,
 * CPU, peak resident memory). Per size: {@code check}; a full {@code build --no-pdf} with its
 * phases (parsed from the build's own summary line) and pages per second; a rebuild after one
 * Korean file changed; the same three with PDFs (a build that typesets them all, with the
 * pages' cache there; again with nothing changed; after the same edit), as editors and CI build;
 * and Hugo ({@code hugo}, Debian's 0.111) on the same content folders with the
 * generated two-language Hugo project ({@link HugoProject}), as ours divided by Hugo's. Then PDFs
 * ({@link PdfProbe}) on the first pairs of the corpus, cold and warm, on one thread and on all
 * cores, per page; and PASS/FAIL against the targets.
 *
 * <p>Needs {@code target/advisory-site.jar}: run {@code mvn -q -DskipTests package} first. Then
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.jcwg.advisory.bench.ScaleBenchmark [-Dexec.args="100 1000 3000"]}.
 * Options before the sizes: {@code --work DIR} (default {@code target/scale-bench}; corpora are
 * kept there and reused when they match), {@code --jar FILE}, {@code --runs N} (median of N builds
 * and Hugo runs, default 1), {@code --pdf-pairs N} (default 10; 0 skips PDFs), {@code
 * --no-pdf-builds} (skips the builds with PDFs of each size, which typeset all its PDFs once:
 * about 2 minutes for 1,000 pairs on 2 cores). Without Hugo it
 * says so and goes on; without GNU time ({@code apt-get install time}) memory and CPU are unknown.
 */
public final class ScaleBenchmark {

    /** Changes when the generator writes different corpora, so that kept ones are written again. */
    private static final String CORPUS_VERSION = "large-corpus 3";
    private static final Pattern PAGES = Pattern.compile("Built \\d+ documents? \\((\\d+) pages?, (\\d+) PDFs?(?: \\((\\d+) from the cache\\))?,");
    private static final Pattern FILES = Pattern.compile("(\\d+) files \\((\\d+) written, (\\d+) unchanged\\)");
    private static final Pattern TOTAL = Pattern.compile(" in ([\\d.]+) s \\(((?:[a-z-]+ [\\d.]+ s(?:, )?)*)\\)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern PHASE = Pattern.compile("([a-z-]+) ([\\d.]+) s");
    private static final Pattern PROBE = Pattern.compile(
            "pdf-probe threads=(\\d+) pdfs=(\\d+) pages=(\\d+) cold_ms=(-?\\d+) warm_ms=(-?\\d+)");

    private final Path work;
    private final Path jar;
    private final int runs;
    private final int pdfPairs;
    private final boolean pdfBuilds;
    private final List<Integer> sizes;
    /** Any JVM option keeps the generator in the JVM it was started in: this one gives that JVM's defaults (G1, C2). */
    private static final String JVM_DEFAULTS = "-XX:+UseG1GC";
    private final String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String hugo;
    private final Map<Integer, SizeResult> results = new LinkedHashMap<>();
    private final List<Probe> probes = new ArrayList<>();

    /** What one size gave. Hugo's run is null without Hugo. */
    private record SizeResult(int pairs, TimedProcess.Run check, TimedProcess.Run build, Summary summary,
                              TimedProcess.Run jvmDefaults, TimedProcess.Run unchanged, Summary unchangedSummary,
                              TimedProcess.Run checkAfterBuild,
                              TimedProcess.Run rebuild, Summary rebuildSummary, List<ServeProbe.Round> serve,
                              PdfBuilds pdfBuilds, TimedProcess.Run hugo, long hugoPages) {
    }

    /** The builds with PDFs of one size: all typeset, then nothing changed, then one file changed; null when skipped. */
    private record PdfBuilds(TimedProcess.Run all, TimedProcess.Run unchanged, TimedProcess.Run rebuild) {
    }

    /** What the build's summary line says. */
    private record Summary(int pages, int pdfs, int pdfsReused, int files, int written, double seconds, Map<String, Double> phases) {
        static Summary parse(String err) {
            Matcher p = PAGES.matcher(err);
            Matcher f = FILES.matcher(err);
            Matcher t = TOTAL.matcher(err);
            if (!p.find() || !f.find() || !t.find()) throw new IllegalStateException("no build summary in:\n" + err);
            Map<String, Double> phases = new LinkedHashMap<>();
            Matcher ph = PHASE.matcher(t.group(2));
            while (ph.find()) phases.put(ph.group(1), Double.parseDouble(ph.group(2)));
            return new Summary(Integer.parseInt(p.group(1)), Integer.parseInt(p.group(2)),
                    p.group(3) == null ? 0 : Integer.parseInt(p.group(3)), Integer.parseInt(f.group(1)),
                    Integer.parseInt(f.group(2)),
                    Double.parseDouble(t.group(1)), phases);
        }
    }

    /** The PDF probe's line for one thread count. */
    private record Probe(int threads, int pdfs, int pages, long coldMillis, long warmMillis) {
        double coldPerPage() {
            return (double) coldMillis / pages;
        }

        double warmPerPage() {
            return (double) warmMillis / pages;
        }
    }

    private ScaleBenchmark(Path work, Path jar, int runs, int pdfPairs, boolean pdfBuilds, List<Integer> sizes, String hugo) {
        this.work = work;
        this.jar = jar;
        this.runs = runs;
        this.pdfPairs = pdfPairs;
        this.pdfBuilds = pdfBuilds;
        this.sizes = sizes;
        this.hugo = hugo;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target/scale-bench");
        Path jar = Path.of("target/advisory-site.jar");
        int runs = 1;
        int pdfPairs = 10;
        boolean pdfBuilds = true;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--pdf-pairs" -> pdfPairs = Integer.parseInt(args[++i]);
                case "--no-pdf-builds" -> pdfBuilds = false;
                default -> sizes.add(Integer.parseInt(args[i].replace(",", "")));
            }
        }
        if (sizes.isEmpty()) sizes = List.of(100, 1000, 3000);
        if (!Files.isRegularFile(jar)) {
            System.out.println(jar + " is missing: build it first with mvn -q -DskipTests package");
            System.exit(2);
        }
        new ScaleBenchmark(work.toAbsolutePath(), jar.toAbsolutePath(), Math.max(1, runs), pdfPairs, pdfBuilds, sizes,
                hugoVersion()).run();
    }

    private void run() throws IOException {
        System.out.printf(Locale.ROOT, "Benchmark at scale: %s vs %s; %d cores; Java %s%n",
                Path.of("").toAbsolutePath().relativize(jar), hugo != null ? hugo : "no Hugo",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (hugo == null) System.out.println("hugo not installed (apt-get install hugo): Hugo's column is left empty");
        if (!TimedProcess.hasGnuTime()) System.out.println("GNU time not installed (apt-get install time): no CPU or memory figures");
        System.out.printf("Every figure is one fresh process%s: wall time, CPU time (user + system) and peak RSS from GNU time.%n",
                runs > 1 ? " (the median of " + runs + " runs for the builds and Hugo)" : "");
        prepareClassDataArchives();
        for (int pairs : sizes) {
            results.put(pairs, measure(pairs));
        }
        if (pdfPairs > 0) pdfs();
        targets();
    }

    /**
     * The jar's class-data archives ({@code <jar>.cds/}), which the first {@code check} and the
     * first {@code build} of a jar write as they exit, made before anything is timed, as an
     * installed generator has them after its first runs: a check and a build of two pairs.
     */
    private void prepareClassDataArchives() throws IOException {
        Path root = work.resolve("archives");
        corpus(root, 2);
        deleteTree(root.resolve(".cache"));
        Map<String, String> env = Map.of("CI", "true");
        require(TimedProcess.run(root, env, List.of(javaCommand, "-jar", jar.toString(), "check", "--root", root.toString())),
                "check (class-data archive)");
        require(TimedProcess.run(root, env, List.of(javaCommand, "-jar", jar.toString(), "build", "--no-pdf", "--root",
                root.toString(), "--out", root.resolve("site").toString())), "build (class-data archive)");
        try (Stream<Path> archives = Files.list(jar.resolveSibling(jar.getFileName() + ".cds"))) {
            System.out.printf("Class-data archives of the jar, made by a check and a build of 2 pairs before timing: %s%n",
                    archives.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            System.out.println("No class-data archive (the runtime shares no classes, or the jar's folder is read-only)");
        }
    }

    private SizeResult measure(int pairs) throws IOException {
        Path root = work.resolve("pairs-" + pairs);
        long genStart = System.nanoTime();
        boolean kept = isKept(root, pairs);
        LargeCorpus.Stats stats = corpus(root, pairs);
        double genSeconds = (System.nanoTime() - genStart) / 1e9;
        System.out.printf(Locale.ROOT, "%n== %,d pairs: %,d documents, %,d English and %,d Korean words (%,d-%,d and %,d-%,d a document), "
                        + "%.1f MB of Markdown%s ==%n", pairs, pairs * 2, stats.wordsEn(), stats.wordsKo(), stats.minWordsEn(),
                stats.maxWordsEn(), stats.minWordsKo(), stats.maxWordsKo(), stats.bytes() / 1e6,
                kept ? ", kept from an earlier run" : String.format(Locale.ROOT, ", written in %.1f s", genSeconds));
        Map<String, String> env = Map.of("CI", "true");
        Path site = root.resolve("site");

        List<String> checkCommand = List.of(javaCommand, "-jar", jar.toString(), "check", "--root", root.toString());
        List<String> buildCommand = List.of(javaCommand, "-jar", jar.toString(), "build", "--no-pdf", "--root", root.toString(),
                "--out", site.toString());
        deleteTree(root.resolve(".cache"));
        TimedProcess.Run check = require(TimedProcess.run(root, env, checkCommand), "check");

        List<TimedProcess.Run> builds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            deleteTree(site);
            deleteTree(root.resolve(".cache"));
            builds.add(require(TimedProcess.run(root, env, buildCommand), "build --no-pdf"));
        }
        TimedProcess.Run build = median(builds);
        Summary summary = Summary.parse(build.err());
        // What the build costs in a JVM of the JVM's own defaults, as before the generator chose its child's options.
        deleteTree(site);
        deleteTree(root.resolve(".cache"));
        List<String> defaultsCommand = new ArrayList<>(buildCommand);
        defaultsCommand.add(1, JVM_DEFAULTS);
        TimedProcess.Run jvmDefaults = require(TimedProcess.run(root, env, defaultsCommand), "build --no-pdf " + JVM_DEFAULTS);
        // The editor's usual case: the build cache of the last build is there.
        TimedProcess.Run unchanged = require(TimedProcess.run(root, env, buildCommand), "build again");
        TimedProcess.Run checkAfterBuild = require(TimedProcess.run(root, env, checkCommand), "check after a build");

        TimedProcess.Run rebuild = afterOneEdit(root, pairs, env, buildCommand, "rebuild");
        Summary rebuildSummary = Summary.parse(rebuild.err());
        List<ServeProbe.Round> serve;
        try {
            serve = ServeProbe.run(javaCommand, jar, root, LargeCorpus.path(pairs / 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }

        PdfBuilds withPdfs = null;
        if (pdfBuilds) {
            // As editors and CI build: with PDFs. The pages' cache of the builds above is there,
            // but pages that link PDFs are other pages; no PDF is in the cache yet.
            List<String> pdfCommand = List.of(javaCommand, "-jar", jar.toString(), "build", "--root", root.toString(),
                    "--out", site.toString());
            deleteTree(root.resolve(".cache").resolve("pdf"));
            TimedProcess.Run all = require(TimedProcess.run(root, env, pdfCommand), "build with PDFs");
            TimedProcess.Run again = require(TimedProcess.run(root, env, pdfCommand), "build with PDFs again");
            TimedProcess.Run edit = afterOneEdit(root, pairs, env, pdfCommand, "rebuild with PDFs");
            withPdfs = new PdfBuilds(all, again, edit);
        }

        TimedProcess.Run hugoRun = null;
        long hugoPages = 0;
        if (hugo != null) {
            Path publicDir = root.resolve("hugo-public");
            List<TimedProcess.Run> hugoRuns = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                deleteTree(publicDir);
                hugoRuns.add(require(TimedProcess.run(root, Map.of(), List.of("hugo", "--quiet", "--source", root.toString(),
                        "--destination", publicDir.toString())), "hugo"));
            }
            hugoRun = median(hugoRuns);
            try (Stream<Path> files = Files.walk(publicDir)) {
                hugoPages = files.filter(f -> f.toString().endsWith(".html")).count();
            }
        }
        SizeResult r = new SizeResult(pairs, check, build, summary, jvmDefaults, unchanged, Summary.parse(unchanged.err()), checkAfterBuild,
                rebuild, rebuildSummary, serve, withPdfs, hugoRun, hugoPages);
        print(r);
        return r;
    }

    /** {@code command} run after the middle document's Korean mitigations section changed, which is then changed back. */
    private static TimedProcess.Run afterOneEdit(Path root, int pairs, Map<String, String> env, List<String> command, String what)
            throws IOException {
        Path edited = root.resolve("content-ko").resolve(LargeCorpus.path(pairs / 2));
        String original = Files.readString(edited);
        String anchor = "## 완화 조치 {#mitigations}\n\n";
        if (!original.contains(anchor)) throw new IllegalStateException(edited + " has no mitigations section");
        try {
            Files.writeString(edited, original.replace(anchor, anchor + "지금 바로 "));
            return require(TimedProcess.run(root, env, command), what);
        } finally {
            Files.writeString(edited, original);
        }
    }

    private void print(SizeResult r) {
        System.out.printf("%-34s %9s %9s %10s%n", "", "wall", "CPU", "peak RSS");
        line("check (no build cache)", r.check(), "");
        line("build --no-pdf (no build cache)", r.build(), String.format(Locale.ROOT, "%,d pages, %,.0f pages/s", r.summary().pages(),
                r.summary().pages() / r.build().wallSeconds()));
        System.out.printf(Locale.ROOT, "  %-32s %s; JVM start, exit and the rest %.1f s%n", "phases (build's summary)",
                phases(r.summary()), r.build().wallSeconds() - r.summary().seconds());
        line("  JVM defaults (" + JVM_DEFAULTS + ")", r.jvmDefaults(), "");
        line("build again, nothing changed", r.unchanged(), phases(r.unchangedSummary()));
        line("check after a build", r.checkAfterBuild(), "");
        line("rebuild after a one-file edit", r.rebuild(), String.format(Locale.ROOT, "%,d of %,d files written; %s",
                r.rebuildSummary().written(), r.rebuildSummary().files(), phases(r.rebuildSummary())));
        System.out.printf(Locale.ROOT, "%-34s %s%n", "serve: save to page updated", r.serve().stream()
                .map(x -> x.pageMillis() + " ms").collect(java.util.stream.Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "%-34s %s%n", "serve: save to full build done", r.serve().stream()
                .map(x -> String.format(Locale.ROOT, "%.1f s", x.buildMillis() / 1000.0))
                .collect(java.util.stream.Collectors.joining(", ")));
        if (r.pdfBuilds() != null) {
            Summary all = Summary.parse(r.pdfBuilds().all().err());
            Summary unchanged = Summary.parse(r.pdfBuilds().unchanged().err());
            Summary rebuild = Summary.parse(r.pdfBuilds().rebuild().err());
            line("build with PDFs, all typeset", r.pdfBuilds().all(), String.format(Locale.ROOT, "%,d PDFs; %s", all.pdfs(),
                    phases(all)));
            line("  again, nothing changed", r.pdfBuilds().unchanged(), String.format(Locale.ROOT, "%,d PDFs from the cache; %s",
                    unchanged.pdfsReused(), phases(unchanged)));
            line("  after a one-file edit", r.pdfBuilds().rebuild(), String.format(Locale.ROOT, "%,d of %,d files written; %s",
                    rebuild.written(), rebuild.files(), phases(rebuild)));
        }
        if (r.hugo() != null) {
            line(hugo, r.hugo(), String.format(Locale.ROOT, "%,d pages, %,.0f pages/s", r.hugoPages(),
                    r.hugoPages() / r.hugo().wallSeconds()));
            System.out.printf(Locale.ROOT, "%-34s %9.2f %9.2f %10.2f%n", "ours / Hugo (build --no-pdf)",
                    r.build().wallSeconds() / r.hugo().wallSeconds(), r.build().cpuSeconds() / r.hugo().cpuSeconds(),
                    r.build().rssMiB() / r.hugo().rssMiB());
        } else {
            System.out.println("hugo not installed (apt-get install hugo)");
        }
    }

    private static String phases(Summary summary) {
        StringBuilder phases = new StringBuilder();
        summary.phases().forEach((k, v) -> phases.append(phases.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f s", k, v)));
        return phases.toString();
    }

    private static void line(String what, TimedProcess.Run run, String extra) {
        System.out.printf(Locale.ROOT, "%-34s %7.1f s %7.1f s %6.0f MiB   %s%n", what, run.wallSeconds(), run.cpuSeconds(),
                run.rssMiB(), extra);
    }

    private void pdfs() throws IOException {
        Path root = work.resolve("pdf-" + pdfPairs);
        corpus(root, pdfPairs);
        Path testClasses;
        try {
            testClasses = Path.of(PdfProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> threads = cores > 1 ? List.of(1, cores) : List.of(1);
        for (int t : threads) {
            TimedProcess.Run run = require(TimedProcess.run(root, Map.of(), List.of(javaCommand, "-XX:ActiveProcessorCount=" + t,
                    "-cp", jar + java.io.File.pathSeparator + testClasses, PdfProbe.class.getName(), root.toString(), "2")),
                    "PDF probe");
            Matcher m = PROBE.matcher(run.out());
            if (!m.find()) throw new IllegalStateException("no result from the PDF probe:\n" + run.out() + run.err());
            probes.add(new Probe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Long.parseLong(m.group(4)), Long.parseLong(m.group(5))));
        }
        Probe first = probes.get(0);
        System.out.printf(Locale.ROOT, "%n== PDFs: the first %d pairs of the corpus, %d PDFs, %,d pages (A4); the \"pdf\" phase of a clean "
                + "build in one JVM, cold (its first) and warm (best of the next 2) ==%n", pdfPairs, first.pdfs(), first.pages());
        System.out.printf("%-10s %14s %14s %16s%n", "threads", "cold ms/page", "warm ms/page", "warm s per PDF");
        for (Probe p : probes) {
            System.out.printf(Locale.ROOT, "%-10d %14.1f %14.1f %16.2f%n", p.threads(), p.coldPerPage(), p.warmPerPage(),
                    p.warmMillis() / 1000.0 / p.pdfs());
        }
    }

    private void targets() {
        System.out.println("\n== Targets ==");
        for (int pairs : List.of(1000, 3000)) {
            SizeResult r = results.get(pairs);
            String size = String.format(Locale.ROOT, "%,d pairs", pairs);
            if (r == null || r.hugo() == null) {
                target(null, size + ": full HTML build ours/Hugo <= 1.0", r == null ? "size not run" : "no Hugo");
                target(null, size + ": peak RSS ours <= Hugo's", r == null ? "size not run" : "no Hugo");
                continue;
            }
            double ratio = r.build().wallSeconds() / r.hugo().wallSeconds();
            target(ratio <= 1.0, size + ": full HTML build ours/Hugo <= 1.0", String.format(Locale.ROOT, "%.1f s / %.1f s = %.2f",
                    r.build().wallSeconds(), r.hugo().wallSeconds(), ratio));
            boolean rss = r.build().maxRssKb() >= 0 && r.build().maxRssKb() <= r.hugo().maxRssKb();
            target(r.build().maxRssKb() < 0 ? null : rss, size + ": peak RSS ours <= Hugo's", String.format(Locale.ROOT,
                    "%.0f MiB vs %.0f MiB", r.build().rssMiB(), r.hugo().rssMiB()));
        }
        SizeResult k1 = results.get(1000);
        SizeResult k3 = results.get(3000);
        if (k1 != null && k3 != null) {
            double f = k3.build().wallSeconds() / k1.build().wallSeconds();
            target(f <= 3.3, "3,000 pairs <= 3.3 x the 1,000-pair time", String.format(Locale.ROOT, "%.1f s / %.1f s = %.2f x",
                    k3.build().wallSeconds(), k1.build().wallSeconds(), f));
        } else {
            target(null, "3,000 pairs <= 3.3 x the 1,000-pair time", "needs both sizes");
        }
        Probe all = probes.isEmpty() ? null : probes.get(probes.size() - 1);
        if (all != null && all.threads() > 1) {
            target(all.warmPerPage() < 60, "PDF < 60 ms per page warm, all cores busy", String.format(Locale.ROOT,
                    "%.1f ms per page on %d threads", all.warmPerPage(), all.threads()));
        } else {
            target(null, "PDF < 60 ms per page warm, all cores busy", all == null ? "PDFs not run" : "one core only");
        }
        if (k1 != null) {
            target(k1.check().wallSeconds() < 5, "check of 1,000 pairs < 5 s (no build cache)", String.format(Locale.ROOT,
                    "%.1f s", k1.check().wallSeconds()));
            target(k1.checkAfterBuild().wallSeconds() < 5, "check of 1,000 pairs < 5 s (after a build)",
                    String.format(Locale.ROOT, "%.1f s", k1.checkAfterBuild().wallSeconds()));
            target(k1.rebuild().wallSeconds() < 2, "one-file rebuild of 1,000 pairs < 2 s", String.format(Locale.ROOT, "%.1f s",
                    k1.rebuild().wallSeconds()));
            long slowest = k1.serve().stream().mapToLong(ServeProbe.Round::pageMillis).max().orElse(-1);
            target(slowest < 300, "one-file edit in serve < 300 ms, 1,000 pairs", "slowest of 3: " + slowest
                    + " ms to the page updated");
        } else {
            target(null, "check of 1,000 pairs < 5 s (no build cache)", "size not run");
            target(null, "check of 1,000 pairs < 5 s (after a build)", "size not run");
            target(null, "one-file rebuild of 1,000 pairs < 2 s", "size not run");
            target(null, "one-file edit in serve < 300 ms, 1,000 pairs", "size not run");
        }
    }

    private static void target(Boolean pass, String what, String detail) {
        System.out.printf("%-4s  %-46s %s%n", pass == null ? "n/a" : pass ? "PASS" : "FAIL", what, detail);
    }

    private static boolean isKept(Path root, int pairs) throws IOException {
        Path marker = root.resolve(".corpus");
        if (!Files.isRegularFile(marker)) return false;
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        return lines.size() == 2 && lines.get(0).equals(marker(pairs));
    }

    private static String marker(int pairs) {
        return CORPUS_VERSION + " seed=" + LargeCorpus.DEFAULT_SEED + " pairs=" + pairs;
    }

    /**
     * The corpus of {@code pairs} at {@code root}: kept when an earlier run wrote the same one, else
     * written anew, with every translation accepted into translations.lock as editors do (a build
     * then compares every section with the lock, as a publication's build does).
     */
    private static LargeCorpus.Stats corpus(Path root, int pairs) throws IOException {
        Path marker = root.resolve(".corpus");
        String expected = marker(pairs);
        if (isKept(root, pairs)) return stats(pairs, Files.readAllLines(marker, StandardCharsets.UTF_8).get(1));
        deleteTree(root);
        LargeCorpus.Stats s = new LargeCorpus(LargeCorpus.DEFAULT_SEED).write(root, pairs);
        Pipeline.Accepted accepted = new Pipeline().accept(root, List.of());
        if (!accepted.diagnostics().isEmpty()) throw new IllegalStateException("accept: " + accepted.diagnostics());
        Files.writeString(marker, expected + "\n" + s.wordsEn() + " " + s.wordsKo() + " " + s.minWordsEn() + " "
                + s.minWordsKo() + " " + s.maxWordsEn() + " " + s.maxWordsKo() + " " + s.bytes() + "\n");
        return s;
    }

    private static LargeCorpus.Stats stats(int pairs, String line) {
        long[] v = java.util.Arrays.stream(line.trim().split(" ")).mapToLong(Long::parseLong).toArray();
        return new LargeCorpus.Stats(pairs, v[0], v[1], (int) v[2], (int) v[3], (int) v[4], (int) v[5], v[6]);
    }

    private static TimedProcess.Run require(TimedProcess.Run run, String what) {
        if (run.exit() != 0) {
            throw new IllegalStateException(what + " exited with " + run.exit() + ":\n" + tail(run.out()) + tail(run.err()));
        }
        return run;
    }

    private static String tail(String s) {
        return s.length() > 4000 ? "..." + s.substring(s.length() - 4000) : s;
    }

    private static TimedProcess.Run median(List<TimedProcess.Run> runs) {
        List<TimedProcess.Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingLong(TimedProcess.Run::wallMillis));
        return sorted.get(sorted.size() / 2);
    }

    /** "Hugo 0.111.3", or null when {@code hugo} is not on the path. */
    private static String hugoVersion() {
        try {
            Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) return null;
            Matcher m = Pattern.compile("v(\\d+\\.\\d+\\.\\d+)").matcher(out);
            return m.find() ? "Hugo " + m.group(1) : "Hugo";
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
