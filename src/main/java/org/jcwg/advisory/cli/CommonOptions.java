package org.jcwg.advisory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options that {@code build} and {@code check} share. */
final class CommonOptions {

    @Option(names = "--root", paramLabel = "DIR", description = "publication project root (default: current folder)")
    Path root = Path.of(".");

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    /** The root, verified to hold at least one content folder. */
    Path requireRoot(CommandLine cli) {
        return requireRoot(cli, root);
    }

    static Path requireRoot(CommandLine cli, Path root) {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs.resolve("content-en")) && !Files.isDirectory(abs.resolve("content-ko"))) {
            throw new CommandLine.ParameterException(cli, "no content-en/ or content-ko/ folder in " + abs
                    + ": run from the publication project's root or give --root DIR");
        }
        return abs;
    }

    static int ioFailure(PrintWriter err, IOException e) {
        err.println("advisory-site: error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
        err.flush();
        return 1;
    }


    /** UTC today, or the day of SOURCE_DATE_EPOCH so that a build can be reproduced later. */
    static LocalDate today(CommandLine cli, Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) return LocalDate.now(ZoneOffset.UTC);
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cli, "SOURCE_DATE_EPOCH must be a number of seconds, not '" + epoch + "'");
        }
    }
}
