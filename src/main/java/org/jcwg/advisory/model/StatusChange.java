package org.jcwg.advisory.model;

import java.time.LocalDate;

/** One step in a recommendation's history; notes live in {@link RecommendationText}. */
public record StatusChange(LocalDate date, Status status) {
}
