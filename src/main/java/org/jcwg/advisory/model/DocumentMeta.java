package org.jcwg.advisory.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The language-neutral facts of a document, resolved from both files (one source of truth).
 * {@code updated} is null when the document was never revised.
 */
public record DocumentMeta(String id, DocType type, LocalDate date, LocalDate updated, Tlp tlp, Lang source,
                           List<String> agencies, List<String> recommendations, List<String> tags,
                           boolean draft, List<LocalDate> revisionDates) {
    public DocumentMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(tlp, "tlp");
        Objects.requireNonNull(source, "source");
        agencies = List.copyOf(agencies);
        recommendations = List.copyOf(recommendations);
        tags = List.copyOf(tags);
        revisionDates = List.copyOf(revisionDates);
    }

    public Optional<LocalDate> findUpdated() {
        return Optional.ofNullable(updated);
    }

    /** The date readers see as "last changed". */
    public LocalDate lastChanged() {
        return updated != null ? updated : date;
    }
}
