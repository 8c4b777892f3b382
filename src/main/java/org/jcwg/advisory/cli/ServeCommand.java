package org.jcwg.advisory.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.preview.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: a live preview for editors, drafts included, rebuilt and reloaded as they save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build with drafts, serve on 127.0.0.1 and rebuild and reload the pages on every change.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "publication project root (default: current folder)")
    Path root = Path.of(".");

    @Option(names = "--port", paramLabel = "N", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port = 8000;

    @Option(names = "--max-tlp", paramLabel = "LEVEL", description = "most restricted TLP level to show (default: CLEAR)")
    String maxTlp = "CLEAR";

    @Option(names = "--pdf", description = "also typeset the PDFs on every rebuild (slower)")
    boolean pdf;

    private final Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Tlp level = Tlp.find(maxTlp).filter(t -> t != Tlp.RED).orElseThrow(() -> new CommandLine.ParameterException(cli,
                "--max-tlp must be CLEAR, GREEN, AMBER or AMBER+STRICT, not '" + maxTlp + "'"));
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(cli, "--port must be 0 to 65535, not " + port);
        Path abs = CommonOptions.requireRoot(cli, root);
        Edition edition = new Edition(level, true, CommonOptions.today(cli, environment));
        try (Preview preview = Preview.start(abs, port, edition, pdf, cli.getErr())) {
            cli.getErr().println("Serving " + preview.url() + " (drafts shown, marked as drafts). Press Ctrl-C to stop.");
            cli.getErr().flush();
            new CountDownLatch(1).await(); // until the process is stopped
            return 0;
        } catch (BindException e) {
            cli.getErr().println("advisory-site: port " + port + " is in use: choose another with --port");
            return 1;
        } catch (IOException e) {
            return CommonOptions.ioFailure(cli.getErr(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
