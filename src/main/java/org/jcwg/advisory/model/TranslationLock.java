package org.jcwg.advisory.model;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code translations.lock}: the accepted state of every translated section, by document and
 * section. Empty when the project has no lock file (then nothing can be stale). Immutable.
 */
public record TranslationLock(java.util.SortedMap<String, LockEntry> entries) {

    public static final String FILE = "translations.lock";
    public static final TranslationLock EMPTY = new TranslationLock(new TreeMap<>());

    public TranslationLock {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    public static TranslationLock of(List<LockEntry> list) {
        TreeMap<String, LockEntry> map = new TreeMap<>();
        for (LockEntry e : list) map.put(e.key(), e);
        return new TranslationLock(map);
    }

    /** Whether any section of the document was ever accepted (else none of it can be stale). */
    public boolean hasDocument(String document) {
        SortedMap<String, LockEntry> from = entries.tailMap(document + "#");
        return !from.isEmpty() && from.firstKey().startsWith(document + "#");
    }

    public Optional<LockEntry> find(String document, String section) {
        return Optional.ofNullable(entries.get(document + "#" + section));
    }
}
