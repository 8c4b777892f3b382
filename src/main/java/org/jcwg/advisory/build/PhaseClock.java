package org.jcwg.advisory.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcwg.advisory.diag.Progress;

/**
 * Times the phases of one build for its summary and passes every report on to the user's
 * {@link Progress}. A phase reported inside another (PDFs inside rendering) is taken out of the
 * outer phase's time, so the times add up to the build. Thread-safe.
 */
final class PhaseClock implements Progress {

    private final Progress user;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final Map<String, Long> started = new LinkedHashMap<>();
    private final Map<String, String> outer = new LinkedHashMap<>();
    private String current;

    PhaseClock(Progress user) {
        this.user = user;
    }

    @Override
    public synchronized void start(String phase, int units) {
        started.put(phase, System.nanoTime());
        millis.putIfAbsent(phase, 0L);
        if (current != null) outer.put(phase, current);
        current = phase;
        user.start(phase, units);
    }

    @Override
    public void advance(String phase) {
        user.advance(phase);
    }

    @Override
    public synchronized void finish(String phase) {
        long took = (System.nanoTime() - started.remove(phase)) / 1_000_000;
        millis.merge(phase, took, Long::sum);
        String enclosing = outer.remove(phase);
        if (enclosing != null) millis.merge(enclosing, -took, Long::sum);
        current = enclosing;
        user.finish(phase);
    }

    /** Milliseconds per phase, in the order the phases first ran. */
    synchronized Map<String, Long> phases() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
