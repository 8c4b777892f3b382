package org.jcwg.advisory.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
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
    /** The phases under way, innermost first. */
    private final Deque<Running> open = new ArrayDeque<>();

    /** A phase under way; {@code nested} is the time of phases run inside it. */
    private static final class Running {
        final String phase;
        final long start = System.nanoTime();
        final int units;
        int done;
        long lastDrawn;
        long nested;

        Running(String phase, int units) {
            this.phase = phase;
            this.units = units;
        }
    }

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
        open.push(new Running(phase, units));
    }

    @Override
    public synchronized void advance(String phase) {
        Running p = find(phase);
        if (p == null) return;
        p.done++;
        long now = System.nanoTime();
        if (terminal && (now - p.lastDrawn >= REDRAW_NANOS || p.done == p.units)) {
            p.lastDrawn = now;
            double left = (now - p.start) / 1e9 / p.done * (p.units - p.done);
            err.printf(Locale.ROOT, "\r%s: %d/%d, about %.0f s left   ", label(phase), p.done, p.units, Math.ceil(left));
            err.flush();
        }
    }

    @Override
    public synchronized void finish(String phase) {
        Running p = find(phase);
        if (p == null) return;
        open.remove(p);
        long took = System.nanoTime() - p.start;
        // A phase inside another (PDFs inside rendering) counts once: the outer one's line leaves it out.
        if (!open.isEmpty()) open.peek().nested += took;
        double seconds = (took - p.nested) / 1e9;
        if (terminal) {
            if (p.units > 0) err.printf(Locale.ROOT, "\r%s: %d in %.1f s%s%n", label(phase), p.done, seconds, " ".repeat(20));
        } else {
            err.printf(Locale.ROOT, "%s: %s%.1f s%n", phase, p.units > 0 ? p.done + " in " : "", seconds);
        }
        err.flush();
    }

    private Running find(String phase) {
        for (Running p : open) if (p.phase.equals(phase)) return p;
        return null;
    }

    private static String label(String phase) {
        return phase.equals("pdf") ? "Typesetting PDFs" : phase;
    }
}
