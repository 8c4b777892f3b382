package org.jcwg.advisory.check;

import org.jcwg.advisory.model.Lang;

/**
 * The two languages of one section: {@code source} is the language the document was written in,
 * {@code translation} the other, where findings are reported. {@code id} is null for the text
 * before the first heading. Immutable.
 */
record SectionPair(String id, SectionSide source, SectionSide translation) {

    SectionSide side(Lang lang) {
        return source.lang() == lang ? source : translation;
    }

    /** "section #summary", or the text before the first heading. */
    String where() {
        return id == null ? "the text before the first heading" : "section #" + id;
    }

    String sourceName() {
        return Findings.label(source.lang());
    }

    String translationName() {
        return Findings.label(translation.lang());
    }
}
