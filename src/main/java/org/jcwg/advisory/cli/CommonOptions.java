package org.jcwg.advisory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
        err.println("advisory-site: error: " + describe(e));
        err.flush();
        return 1;
    }

    /**
     * A failure of the file system in words, with the path and what to do: Java's own messages of
     * these exceptions are often the bare path, which says neither what went wrong nor how to fix it.
     */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + " does not exist: check the path, or create it";
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied for " + f.getFile() + ": check its permissions (it must be readable, and the"
                    + " output folder writable)";
        }
        if (e instanceof NotDirectoryException f) {
            return f.getFile() + " is not a folder: give the path of a folder";
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "")
                    + (f.getReason() != null ? " (" + f.getReason() + ")" : "")
                    + ": check that it exists, that it can be read and written, and that the disk is not full";
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        // Messages written for this tool already say what to do (the output-folder refusal).
        return message.contains("; ") || message.contains(": ") ? message
                : message + ": check the files and folders named, then run the command again";
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
