package org.jcwg.advisory.model;

/** A section of a document, by the document's path and the section's id. */
public record SectionRef(String document, String section) {
}
