package org.jcwg.advisory.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one build publishes: documents up to {@code maxTlp} (never RED), drafts only when asked,
 * nothing dated after {@code today} (UTC, or SOURCE_DATE_EPOCH).
 */
public record Edition(Tlp maxTlp, boolean drafts, LocalDate today) {
    public Edition {
        Objects.requireNonNull(maxTlp, "maxTlp");
        Objects.requireNonNull(today, "today");
        if (maxTlp == Tlp.RED) throw new IllegalArgumentException("TLP:RED is never published");
    }

    public boolean publishes(DocumentMeta meta) {
        return meta.tlp().atMost(maxTlp) && (drafts || !meta.draft()) && !meta.date().isAfter(today);
    }
}
