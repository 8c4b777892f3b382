package org.jcwg.advisory.model;

import java.util.List;

/**
 * A recommendation's translatable entry in one language; {@code notes} and
 * {@code historyWritten} match the history by position.
 */
public record RecommendationText(Lang lang, Written written, Text title, Text summary,
                                 List<Text> notes, List<Written> historyWritten) {
    public RecommendationText {
        notes = List.copyOf(notes);
        historyWritten = List.copyOf(historyWritten);
    }
}
