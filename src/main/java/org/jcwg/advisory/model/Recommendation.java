package org.jcwg.advisory.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A recommendation of the tracker; the last history entry is its current status. */
public record Recommendation(String id, List<String> owners, List<StatusChange> history,
                             Map<Lang, RecommendationText> texts) {
    public Recommendation {
        owners = List.copyOf(owners);
        history = List.copyOf(history);
        EnumMap<Lang, RecommendationText> copy = new EnumMap<>(Lang.class);
        copy.putAll(texts);
        texts = Collections.unmodifiableMap(copy);
    }

    public Optional<RecommendationText> find(Lang lang) {
        return Optional.ofNullable(texts.get(lang));
    }

    public Optional<StatusChange> findCurrent() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }
}
