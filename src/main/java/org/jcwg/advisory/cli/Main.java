package org.jcwg.advisory.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code build} and {@code check} as the editors' contract defines them. Exit
 * status 0 success, 1 content errors, 2 wrong usage (help printed).
 */
@Command(name = "advisory-site", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds and checks a bilingual (English/Korean) advisory publication.",
        subcommands = {BuildCommand.class, CheckCommand.class, AcceptCommand.class, NewCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:the content has errors (file, line and problem are printed)",
                "2:wrong usage (unknown command or option, bad value)"})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        java.util.OptionalInt child = TunedJvm.runInChild(args);
        if (child.isPresent()) System.exit(child.getAsInt());
        TunedJvm.stopWithParent();
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Anywhere on the command line: an internal error also prints its stack trace (for a bug report). */
    static final String DEBUG = "--debug";

    /** Runs a command with the given streams; returns the exit status (for tests). */
    public static int run(String[] arguments, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(arguments).contains(DEBUG);
        String[] args = java.util.Arrays.stream(arguments).filter(a -> !a.equals(DEBUG)).toArray(String[]::new);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setParameterExceptionHandler(Main::wrongUsage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A file that cannot be read deep inside a phase: the file system, not a bug.
            if (e instanceof java.io.UncheckedIOException u) return CommonOptions.ioFailure(commandLine.getErr(), u.getCause());
            // A bug, not bad content: still one clear line, never a bare stack trace.
            commandLine.getErr().println("advisory-site: internal error: " + e
                    + (debug ? "" : " (please report it with the command you ran; " + DEBUG + " shows where it happened)"));
            if (debug) e.printStackTrace(commandLine.getErr());
            return 1;
        });
        int status;
        try {
            status = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Errors, not exceptions, pass picocli's handler: still one clear line, never a stack trace.
            err.println("advisory-site: internal error: " + e.getClass().getSimpleName()
                    + " (the input is larger or more deeply nested than the generator can handle; please report it"
                    + " with the command you ran)");
            if (debug) e.printStackTrace(err);
            status = 1;
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * Wrong usage: the problem, what to run for help, then the help itself (the contract prints
     * it). picocli's own messages start with a capital; ours are lower-case like every finding.
     */
    private static int wrongUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = e.getMessage() == null ? "wrong usage" : e.getMessage();
        if (!message.isEmpty() && Character.isUpperCase(message.charAt(0))
                && (message.length() == 1 || !Character.isUpperCase(message.charAt(1)))) {
            message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + message);
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + name + " --help' to see the commands and options.");
        err.println();
        cmd.usage(err);
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** No command: print help and report wrong usage. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("advisory-site: a command is required: run one of build, check, serve, new"
                + " or accept ('advisory-site --help' explains them)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"advisory-site " + (v != null ? v : "development")};
        }
    }
}
