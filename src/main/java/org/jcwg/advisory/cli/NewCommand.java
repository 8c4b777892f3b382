package org.jcwg.advisory.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.build.Scaffold;
import org.jcwg.advisory.model.DocType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new advisory|report|page SLUG}: start a document pair that already passes {@code check}. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write both language files of a new advisory, report or page, as a draft with the standard sections.")
final class NewCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "publication project root (default: current folder)")
    Path root = Path.of(".");

    @Parameters(index = "0", paramLabel = "TYPE", description = "advisory, report or page")
    String type;

    @Parameters(index = "1", paramLabel = "SLUG", description = "file name without .md: lower-case words joined by hyphens")
    String slug;

    private final Map<String, String> environment;

    NewCommand() {
        this(System.getenv());
    }

    NewCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        DocType docType = Scaffold.type(type).orElseThrow(() -> new CommandLine.ParameterException(cli,
                "TYPE must be advisory, report or page, not '" + type + "'"));
        if (!Scaffold.SLUG.matcher(slug).matches()) {
            throw new CommandLine.ParameterException(cli, "SLUG must be lower-case words joined by hyphens"
                    + " (such as exchange-hack-2026), not '" + slug + "'");
        }
        Path abs = CommonOptions.requireRoot(cli, root);
        try {
            LocalDate today = CommonOptions.today(cli, environment);
            Pipeline.Created created = new Pipeline().create(abs, docType, slug, today);
            if (!created.diagnostics().isEmpty()) {
                new Report(abs).print(new Outcome(created.diagnostics(), Outcome.Summary.NONE), Report.Format.text,
                        cli.getOut(), cli.getErr());
                return 1;
            }
            cli.getErr().println("Wrote " + String.join(" and ", created.files()) + " (" + created.id()
                    + ", a draft): write both languages, then run check.");
            return 0;
        } catch (IOException e) {
            return CommonOptions.ioFailure(cli.getErr(), e);
        }
    }
}
