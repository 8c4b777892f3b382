package org.jcwg.advisory.model;

import java.util.List;

/**
 * Where each document's translation stands, section by section: the editors' status report.
 * Sections are those of the source language, in its order. Immutable.
 */
public record TranslationStatus(List<DocumentStatus> documents) {

    public TranslationStatus {
        documents = List.copyOf(documents);
    }

    /** The state of one section's translation; the first that applies, in this order. */
    public enum State { MISSING, DIFFERING, STALE, COMPLETE }

    /** One document: its path, id, title in each language, source language and sections. */
    public record DocumentStatus(String path, String id, String sourceTitle, String translationTitle, Lang source,
                                 boolean draft, List<SectionStatus> sections) {
        public DocumentStatus {
            sections = List.copyOf(sections);
        }

        public long count(State state) {
            return sections.stream().filter(s -> s.state() == state).count();
        }
    }

    /** One section: id ({@link LockEntry} pseudo-ids for front matter), heading, state and findings. */
    public record SectionStatus(String id, String title, State state, List<String> findings) {
        public SectionStatus {
            findings = List.copyOf(findings);
        }
    }
}
