package org.jcwg.advisory.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jcwg.advisory.diag.SourcePos;

/**
 * The language-neutral keys that one language's file (or YAML entry) states, with positions.
 * The resolved model holds one value per key; checks compare what each language wrote.
 */
public record Written(SourcePos pos, Map<String, Field> fields) {

    public Written {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Written empty(SourcePos pos) {
        return new Written(pos, Map.of());
    }

    public Optional<Field> find(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Where to point at a key: its value if written, else the entry itself. */
    public SourcePos posOf(String key) {
        return find(key).map(Field::pos).orElse(pos);
    }
}
