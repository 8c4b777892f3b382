package org.jcwg.advisory.model;

/** An agency's translatable entry in one language. */
public record AgencyText(Lang lang, Written written, Text name, Text role) {
}
