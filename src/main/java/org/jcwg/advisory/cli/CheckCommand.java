package org.jcwg.advisory.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: validate both languages without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the publication without writing anything.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or github (default: text)")
    Report.Format format = Report.Format.text;

    @Option(names = "--report", paramLabel = "FILE",
            description = "also write the translation status page (HTML) for editors to FILE")
    java.nio.file.Path report;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        var root = common.requireRoot(cli);
        try {
            Outcome outcome = report == null ? new Pipeline().check(root, common.strict)
                    : new Pipeline().check(root, common.strict, report.toAbsolutePath());
            new Report(root).print(outcome, format, cli.getOut(), cli.getErr());
            if (format == Report.Format.text && outcome.diagnostics().isEmpty()) {
                cli.getErr().println("No problems found.");
            }
            return outcome.failed() ? 1 : 0;
        } catch (IOException e) {
            return CommonOptions.ioFailure(cli.getErr(), e);
        }
    }
}
