package org.jcwg.advisory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jcwg.advisory.build.BuildOptions;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Shard;
import org.jcwg.advisory.model.Tlp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: check, then render the edition and replace the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site (default output: site/ under the root; default level CLEAR).")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: site/ under the root)")
    Path out;

    @Option(names = "--drafts", description = "also publish drafts (for previews)")
    boolean drafts;

    @Option(names = "--no-pdf", description = "skip the PDFs")
    boolean noPdf;

    @Option(names = "--clean", description = "reuse nothing from earlier builds (cached PDFs, unchanged files)")
    boolean clean;

    @Option(names = "--max-tlp", paramLabel = "LEVEL",
            description = "highest TLP level published: CLEAR (default), GREEN, AMBER or AMBER+STRICT")
    String maxTlp = "CLEAR";

    @Option(names = "--shard", paramLabel = "I/N", description = "typeset only part I of N of the PDFs into the PDF"
            + " cache (.cache/pdf) and write no site; gather the caches of all parts, then build (see README)")
    String shard;

    /** Injected by tests; the real one reads the environment. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Path root = common.requireRoot(cli);
        Tlp level = Tlp.find(maxTlp).orElseThrow(() -> new CommandLine.ParameterException(cli,
                "--max-tlp must be CLEAR, GREEN, AMBER or AMBER+STRICT, not '" + maxTlp + "'"));
        if (level == Tlp.RED) {
            throw new CommandLine.ParameterException(cli, "--max-tlp RED is not allowed: TLP:RED is never published");
        }
        Path output = out != null ? out.toAbsolutePath().normalize() : root.resolve("site");
        Edition edition = new Edition(level, drafts, CommonOptions.today(cli, environment));
        if (shard != null) return typesetShard(cli, root, edition);
        BuildOptions options = new BuildOptions(root, output, edition, !noPdf, common.strict, clean);
        return run(cli, root, progress -> new Pipeline().build(options, progress),
                "Build failed: " + output + " was left unchanged.", s -> printBuilt(cli.getErr(), s, level, output));
    }

    /** What a build did, in three lines: the site, the search index, and what came from the build cache. */
    private static void printBuilt(PrintWriter err, Outcome.Summary s, Tlp level, Path output) {
        StringBuilder phases = new StringBuilder();
        s.phases().forEach((phase, ms) -> phases.append(phases.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f s", phase, ms / 1000.0)));
        String pdfs = Report.count(s.pdfs(), "PDF") + (s.pdfsReused() > 0 ? " (" + s.pdfsReused() + " from the cache)" : "");
        String files = s.files() + " files (" + s.rewritten() + " written, " + (s.files() - s.rewritten()) + " unchanged)";
        err.printf(Locale.ROOT, "Built %s (%s, %s, %s, %s, edition %s) into %s in %.1f s (%s)%n",
                Report.count(s.documents(), "document"), Report.count(s.pages(), "page"), pdfs,
                Report.count(s.warnings(), "warning"), files, level.label(), output, s.millis() / 1000.0, phases);
        StringBuilder index = new StringBuilder("Search index:");
        s.searchIndexBytes().forEach((lang, bytes) -> index.append(String.format(Locale.ROOT, " %s %.1f KB%s,",
                lang, bytes / 1024.0, s.searchIndexesReused().contains(lang) ? " (unchanged, .cache/render)" : "")));
        err.println(index.substring(0, index.length() - 1));
        err.printf(Locale.ROOT, "Read %s, %d unchanged since the last build (.cache/read);"
                + " made %s, %d unchanged (.cache/render).%n", Report.count(s.sources(), "document file"),
                s.sourcesReused(), Report.count(s.documentPages(), "document page"), s.pagesReused());
    }

    /** One run of the pipeline. */
    @FunctionalInterface
    private interface Run {
        Outcome run(ConsoleProgress progress) throws IOException;
    }

    /** Runs {@code run}, prints its findings, then {@code failure} or the summary: the exit status. */
    private int run(CommandLine cli, Path root, Run run, String failure, Consumer<Outcome.Summary> success) {
        try {
            Outcome outcome = run.run(new ConsoleProgress(cli.getErr(), ConsoleProgress.isTerminal(environment)));
            new Report(root).print(outcome, Report.Format.text, cli.getOut(), cli.getErr());
            if (outcome.failed()) {
                cli.getErr().println(failure);
                return 1;
            }
            success.accept(outcome.summary());
            return 0;
        } catch (IOException e) {
            return CommonOptions.ioFailure(cli.getErr(), e);
        }
    }

    private Integer typesetShard(CommandLine cli, Path root, Edition edition) {
        Shard part = Shard.parse(shard).orElseThrow(() -> new CommandLine.ParameterException(cli,
                "--shard must be I/N with 1 <= I <= N, such as 2/4, not '" + shard + "'"));
        if (noPdf || out != null) {
            throw new CommandLine.ParameterException(cli, "--shard typesets PDFs and writes no site: it cannot be"
                    + " combined with " + (noPdf ? "--no-pdf" : "--out"));
        }
        BuildOptions options = new BuildOptions(root, root.resolve("site"), edition, true, common.strict, clean);
        Path pdfCache = options.cacheFolder().resolve("pdf");
        return run(cli, root, progress -> new Pipeline().typesetShard(options, part, progress), "Shard " + part + " failed.",
                s -> cli.getErr().printf(Locale.ROOT, "Shard %s: %s of %s (%d from the cache) in %s in %.1f s.%n"
                                + "Gather the %s folders of all %d shards into one, then run build to assemble the site.%n",
                        part, Report.count(s.pdfs(), "PDF"), Report.count(s.documents(), "document"), s.pdfsReused(),
                        pdfCache, s.millis() / 1000.0, pdfCache, part.count()));
    }
}
