package org.jcwg.advisory.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jcwg.advisory.diag.Progress;

/**
 * Progress on standard error. On a terminal, a phase with countable work (typesetting PDFs)
 * shows one line that updates in place with the count and the time left; elsewhere (CI, a pipe)
 * every phase prints one line when it finishes, so logs stay short and readable.
 */
final class ConsoleProgress implements Progress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final Map<String, long[]> phases = new HashMap<>(); // start nanos, units, done, last redraw, nested nanos
    private final java.util.Deque<String> open = new java.util.ArrayDeque<>();

    /** @param terminal whether standard error is a terminal a line can be redrawn on */
    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A terminal unless CI says otherwise: {@code CI=true}, or no console. */
    static boolean isTerminal(Map<String, String> environment) {
        return System.console() != null && !"true".equalsIgnoreCase(environment.getOrDefault("CI", ""));
    }

    @Override
    public synchronized void start(String phase, int units) {
        phases.put(phase, new long[] {System.nanoTime(), units, 0, 0, 0});
        open.push(phase);
    }

    @Override
    public synchronized void advance(String phase) {
        long[] p = phases.get(phase);
        if (p == null) return;
        p[2]++;
        long now = System.nanoTime();
        if (terminal && (now - p[3] >= REDRAW_NANOS || p[2] == p[1])) {
            p[3] = now;
            double elapsed = (now - p[0]) / 1e9;
            double left = p[2] == 0 ? 0 : elapsed / p[2] * (p[1] - p[2]);
            err.printf(Locale.ROOT, "\r%s: %d/%d, about %.0f s left   ", label(phase), p[2], p[1], Math.ceil(left));
            err.flush();
        }
    }

    @Override
    public synchronized void finish(String phase) {
        long[] p = phases.remove(phase);
        if (p == null) return;
        open.remove(phase);
        long took = System.nanoTime() - p[0];
        // A phase inside another (PDFs inside rendering) counts once: the outer one's line leaves it out.
        long[] outer = open.isEmpty() ? null : phases.get(open.peek());
        if (outer != null) outer[4] += took;
        double seconds = (took - p[4]) / 1e9;
        if (terminal) {
            if (p[1] > 0) err.printf(Locale.ROOT, "\r%s: %d in %.1f s%s%n", label(phase), p[2], seconds, " ".repeat(20));
        } else {
            err.printf(Locale.ROOT, "%s: %s%.1f s%n", phase, p[1] > 0 ? p[2] + " in " : "", seconds);
        }
        err.flush();
    }

    private static String label(String phase) {
        return phase.equals("pdf") ? "Typesetting PDFs" : phase;
    }
}
