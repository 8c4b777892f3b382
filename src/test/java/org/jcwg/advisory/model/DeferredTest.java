package org.jcwg.advisory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A part of the model made on first use: made once, whoever asks, and equal by its value. */
class DeferredTest {

    @Test
    void isMadeOnceWhenFirstAskedForAndKept() {
        AtomicInteger made = new AtomicInteger();
        Deferred<String> d = Deferred.later(() -> "text " + made.incrementAndGet());
        assertFalse(d.isMade());
        assertEquals(0, made.get());
        assertEquals("text 1", d.get());
        assertEquals("text 1", d.get());
        assertTrue(d.isMade());
        assertEquals(1, made.get());
    }

    @Test
    void threadsAskingAtOnceGetTheOneValue() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Deferred<Object> d = Deferred.later(() -> {
            made.incrementAndGet();
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> got = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return d.get();
                }));
            }
            start.countDown();
            for (Future<Object> f : got) assertSame(d.get(), f.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, made.get());
    }

    @Test
    void equalWhenTheValuesAreHoweverMade() {
        assertEquals(Deferred.of(List.of("a")), Deferred.later(() -> List.of("a")));
        assertEquals(Deferred.of("a").hashCode(), Deferred.later(() -> "a").hashCode());
        assertNotEquals(Deferred.of("a"), Deferred.later(() -> "b"));
        assertNotEquals(Deferred.of("a"), "a");
    }

    @Test
    void neverHoldsNothing() {
        assertThrows(NullPointerException.class, () -> Deferred.of(null));
        assertThrows(NullPointerException.class, () -> Deferred.later(() -> null).get());
    }
}
