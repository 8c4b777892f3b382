package org.jcwg.advisory.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code accept}: record that the translations of some documents are up to date with their source. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = "Record the current translations as up to date in translations.lock.")
final class AcceptCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "publication project root (default: current folder)")
    Path root = Path.of(".");

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "documents to accept (content-ko/advisories/x.md or advisories/x.md); default: all")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Path abs = CommonOptions.requireRoot(cli, root);
        try {
            Pipeline.Accepted accepted = new Pipeline().accept(abs, paths);
            if (!accepted.diagnostics().isEmpty()) {
                new Report(abs).print(new Outcome(accepted.diagnostics(), Outcome.Summary.NONE), Report.Format.text,
                        cli.getOut(), cli.getErr());
                cli.getErr().println("Nothing was accepted: translations.lock is unchanged.");
                return 1;
            }
            cli.getErr().println("Accepted " + Report.count(accepted.sections(), "section") + " of "
                    + Report.count(accepted.documents().size(), "document") + " in translations.lock.");
            return 0;
        } catch (IOException e) {
            return CommonOptions.ioFailure(cli.getErr(), e);
        }
    }
}
