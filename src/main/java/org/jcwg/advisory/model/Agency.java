package org.jcwg.advisory.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entry of the agency directory, neutral facts resolved from both files. {@code country} is
 * null only when neither file gives a valid one (reported by the loader); {@code function} is
 * null when the editors gave none.
 */
public record Agency(String id, Country country, String acronym, String parent, String url,
                     AgencyFunction function, List<String> counterparts, Map<Lang, AgencyText> texts) {
    public Agency {
        counterparts = List.copyOf(counterparts);
        EnumMap<Lang, AgencyText> copy = new EnumMap<>(Lang.class);
        copy.putAll(texts);
        texts = Collections.unmodifiableMap(copy);
    }

    public Optional<AgencyText> find(Lang lang) {
        return Optional.ofNullable(texts.get(lang));
    }

    public Optional<String> findParent() {
        return Optional.ofNullable(parent);
    }

    public Optional<AgencyFunction> findFunction() {
        return Optional.ofNullable(function);
    }

    public Optional<String> findUrl() {
        return Optional.ofNullable(url);
    }

    /** Display name in a language, falling back to the other language, then the id. */
    public String name(Lang lang) {
        return find(lang).or(() -> find(lang.other())).map(t -> t.name().value()).orElse(id);
    }
}
