package org.jcwg.advisory.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command as a fresh process under GNU time ({@code /usr/bin/time -v}, Debian package
 * {@code time}) and returns its wall time, CPU time and peak resident memory with its output.
 * Without GNU time the wall time is still measured and the rest is unknown (-1). Stateless.
 */
final class TimedProcess {

    static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");

    /** One finished run: wall milliseconds, CPU seconds (user + system), peak RSS in KiB. */
    record Run(long wallMillis, double cpuSeconds, long maxRssKb, int exit, String out, String err) {
        double wallSeconds() {
            return wallMillis / 1000.0;
        }

        double rssMiB() {
            return maxRssKb < 0 ? -1 : maxRssKb / 1024.0;
        }
    }

    private TimedProcess() {
    }

    static boolean hasGnuTime() {
        return Files.isExecutable(GNU_TIME);
    }

    static Run run(Path dir, Map<String, String> env, List<String> command) throws IOException {
        Path scratch = Files.createTempDirectory("timed-process");
        try {
            Path timeFile = scratch.resolve("time.txt");
            Path out = scratch.resolve("out.txt");
            Path err = scratch.resolve("err.txt");
            List<String> full = new ArrayList<>();
            boolean timed = hasGnuTime();
            if (timed) full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeFile.toString()));
            full.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().putAll(env);
            long start = System.nanoTime();
            Process p = pb.start();
            int exit;
            try {
                exit = p.waitFor();
            } catch (InterruptedException e) {
                p.destroy();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + command, e);
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            String time = timed && Files.exists(timeFile) ? Files.readString(timeFile) : "";
            return new Run(wall, seconds(USER, time) + seconds(SYSTEM, time), number(RSS, time), exit,
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            ScaleBenchmark.deleteTree(scratch);
        }
    }

    private static long number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static double seconds(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
