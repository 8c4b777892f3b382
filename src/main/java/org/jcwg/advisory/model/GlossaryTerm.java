package org.jcwg.advisory.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** An approved pair of terms, by id. */
public record GlossaryTerm(String id, Map<Lang, Text> terms) {
    public GlossaryTerm {
        EnumMap<Lang, Text> copy = new EnumMap<>(Lang.class);
        copy.putAll(terms);
        terms = Collections.unmodifiableMap(copy);
    }

    public Optional<Text> find(Lang lang) {
        return Optional.ofNullable(terms.get(lang));
    }
}
