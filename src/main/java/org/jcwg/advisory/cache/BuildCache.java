package org.jcwg.advisory.cache;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What earlier builds made, by a {@link Fingerprint} of everything it was made from: a document
 * file read, a PDF typeset. Whatever did not change is taken from here instead of being made
 * again, and gives the same result. Users check what they take (an entry may be damaged).
 * Implementations must be thread-safe; one that loses or refuses entries only costs time.
 */
public interface BuildCache {

    /** No cache: everything is made. */
    BuildCache NONE = new BuildCache() {
        @Override
        public Optional<byte[]> find(String key) {
            return Optional.empty();
        }

        @Override
        public void keep(String key, byte[] entry) {
        }

        @Override
        public boolean keeps() {
            return false;
        }
    };

    Optional<byte[]> find(String key);

    void keep(String key, byte[] entry);

    /**
     * The size of an entry, without reading it (a large file that is wanted only later); marks it
     * as used, as {@link #find} does. Empty when there is none.
     */
    default OptionalLong size(String key) {
        return find(key).map(b -> OptionalLong.of(b.length)).orElse(OptionalLong.empty());
    }

    /**
     * Marks an entry as used by this build without reading it, so that it outlives the build's
     * pruning: a caller that took a whole result from the cache still needs its parts next time.
     */
    default void retain(String key) {
    }

    /** Whether {@link #keep} keeps anything (when not, an entry need not be made). */
    default boolean keeps() {
        return true;
    }

    /** This cache, used without adding to it (by {@code check}, which writes nothing). */
    default BuildCache readOnly() {
        BuildCache cache = this;
        return new BuildCache() {
            @Override
            public Optional<byte[]> find(String key) {
                return cache.find(key);
            }

            @Override
            public void keep(String key, byte[] entry) {
            }

            @Override
            public boolean keeps() {
                return false;
            }
        };
    }
}
