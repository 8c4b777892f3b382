package org.jcwg.advisory.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcwg.advisory.diag.SourcePos;

/**
 * The language-neutral keys that one language's file (or YAML entry) states, with positions.
 * The resolved model holds one value per key; checks compare what each language wrote.
 * {@code unreadable} names keys that were written with a value that could not be read (already
 * reported), so that nobody reports them again as missing.
 */
public record Written(SourcePos pos, Map<String, Field> fields, Set<String> unreadable) {

    public Written {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        unreadable = Set.copyOf(unreadable);
    }

    public Written(SourcePos pos, Map<String, Field> fields) {
        this(pos, fields, Set.of());
    }

    public static Written empty(SourcePos pos) {
        return new Written(pos, Map.of());
    }

    /** Whether the key was written at all, readable or not. */
    public boolean mentions(String key) {
        return fields.containsKey(key) || unreadable.contains(key);
    }

    public Optional<Field> find(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Where to point at a key: its value if written, else the entry itself. */
    public SourcePos posOf(String key) {
        return find(key).map(Field::pos).orElse(pos);
    }
}
