package org.jcwg.advisory.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object under construction whose keys keep the order they were put in, so that every
 * export is written in one stable, readable order. Values are what {@link JsonWriter} accepts.
 * Built and written inside one method; not thread-safe.
 */
public final class JsonObject {

    private final Map<String, Object> members = new LinkedHashMap<>();

    /** Adds a member; a key given twice is a bug in the exporter, not a content problem. */
    public JsonObject put(String key, Object value) {
        if (members.containsKey(key)) throw new IllegalStateException("duplicate JSON key " + key);
        members.put(key, value);
        return this;
    }

    /** Adds a member only when there is a value: for optional properties that schemas forbid as null. */
    JsonObject putIfPresent(String key, Optional<?> value) {
        value.ifPresent(v -> put(key, v));
        return this;
    }

    Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }

    boolean isEmpty() {
        return members.isEmpty();
    }
}
