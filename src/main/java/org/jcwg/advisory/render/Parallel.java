package org.jcwg.advisory.render;

import java.util.List;

/**
 * Renders independent items on all cores and hands back the results in the items' order, so
 * that nothing about the output depends on which thread finished first. Stateless.
 */
final class Parallel {

    /** One item's work; may fail with a {@link RenderException}. */
    @FunctionalInterface
    interface Task<T, R> {
        R apply(T item) throws RenderException;
    }

    /** An item's result or its failure. */
    private record Done<R>(R value, RenderException failure) {
    }

    private Parallel() {
    }

    /** The results in order; when items fail, the first failure in the items' order is thrown. */
    static <T, R> List<R> map(List<T> items, Task<T, R> task) throws RenderException {
        List<Done<R>> done = items.parallelStream().map(item -> {
            try {
                return new Done<>(task.apply(item), null);
            } catch (RenderException e) {
                return new Done<R>(null, e);
            }
        }).toList();
        for (Done<R> d : done) {
            if (d.failure() != null) throw d.failure();
        }
        return done.stream().map(Done::value).toList();
    }
}
