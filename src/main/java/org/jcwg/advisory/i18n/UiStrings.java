package org.jcwg.advisory.i18n;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jcwg.advisory.model.Lang;

/**
 * The interface strings of one language, by key. Both languages have exactly the same keys (a
 * test holds that); a missing key is a programming error, not a content problem. Keys are kept
 * sorted so anything iterating them is deterministic. Immutable and thread-safe.
 */
final class UiStrings {

    private final SortedMap<String, String> strings;

    private UiStrings(SortedMap<String, String> strings) {
        this.strings = Collections.unmodifiableSortedMap(strings);
    }

    static UiStrings of(Lang lang) {
        String[][] entries = lang == Lang.KO ? UiStringsKo.entries() : UiStringsEn.entries();
        TreeMap<String, String> map = new TreeMap<>();
        for (String[] e : entries) {
            if (map.put(e[0], e[1]) != null) {
                throw new IllegalStateException("duplicate UI string key " + e[0] + " (" + lang.code() + ")");
            }
        }
        return new UiStrings(map);
    }

    String require(String key) {
        String s = strings.get(key);
        if (s == null) throw new IllegalArgumentException("no UI string '" + key + "'");
        return s;
    }

    SortedMap<String, String> all() {
        return strings;
    }
}
