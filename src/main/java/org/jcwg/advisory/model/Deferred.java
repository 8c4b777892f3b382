package org.jcwg.advisory.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A part of the model made only when something first asks for it, then kept: what a build took
 * from its cache is mostly passed over (a page or check taken from the cache too), so decoding all
 * of it would be most of the work. Equal when the values are. Thread-safe.
 */
public final class Deferred<T> implements Supplier<T> {

    private Supplier<? extends T> make;
    private volatile T value;

    private Deferred(T value, Supplier<? extends T> make) {
        this.value = value;
        this.make = make;
    }

    /** A value already made. */
    public static <T> Deferred<T> of(T value) {
        return new Deferred<>(Objects.requireNonNull(value, "value"), null);
    }

    /** A value {@code make} makes on first use (once, whichever thread asks first). */
    public static <T> Deferred<T> later(Supplier<? extends T> make) {
        return new Deferred<>(null, Objects.requireNonNull(make, "make"));
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) return v;
        synchronized (this) {
            if (value == null) {
                value = Objects.requireNonNull(make.get(), "a deferred part of the model");
                make = null; // what it read from may go
            }
            return value;
        }
    }

    /** Whether the value has been made (for tests and diagnostics: the value is the same either way). */
    public boolean isMade() {
        return value != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Deferred<?> d && get().equals(d.get());
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(get());
    }
}
