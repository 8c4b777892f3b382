package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.List;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.facts.Fact;
import org.jcwg.advisory.facts.Facts;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.SectionText.TextBlock;
import org.jcwg.advisory.model.Translation;

/**
 * One language's side of a section pair: the section's own content, its heading title read as a
 * block of text at the heading line, and the facts of each block, extracted once. Immutable.
 */
record SectionSide(Translation translation, SectionText section, List<TextBlock> blocks, List<Located> facts) {

    /** A fact and the block it was found in, for its file line. */
    record Located(Fact fact, TextBlock block) {
    }

    SectionSide {
        blocks = List.copyOf(blocks);
        facts = List.copyOf(facts);
    }

    static SectionSide of(Translation t, SectionText section) {
        List<TextBlock> blocks = new ArrayList<>();
        if (section.title() != null && !section.title().isBlank()) {
            blocks.add(new TextBlock(section.title(), section.pos().line())); // facts in headings count too
        }
        blocks.addAll(section.blocks());
        List<Located> facts = new ArrayList<>();
        for (TextBlock b : blocks) {
            for (Fact f : t.lang() == Lang.KO ? Facts.korean(b.text()) : Facts.english(b.text())) {
                facts.add(new Located(f, b));
            }
        }
        return new SectionSide(t, section, blocks, facts);
    }

    /** A side for a preamble that one language lacks: no content, placed where the body starts. */
    static SectionSide missingPreamble(Translation t) {
        SectionText none = new SectionText(null, 0, "", SourcePos.of(t.file(), Math.max(1, t.bodyLine())), "",
                List.of(), List.of(), List.of(), List.of(), List.of());
        return new SectionSide(t, none, List.of(), List.of());
    }

    Lang lang() {
        return translation.lang();
    }

    String file() {
        return translation.file();
    }

    /** The heading, or the start of the body for the text before the first heading. */
    SourcePos heading() {
        return section.pos();
    }

    /** Where a fact was written: its own line and column when it can be found in the source, else its block. */
    SourcePos posOf(Located located) {
        return SourceLocator.find(this, located.block(), located.fact().written(), located.fact().offset());
    }

    boolean isEmpty() {
        return section.blocks().isEmpty() && section.codeBlocks().isEmpty() && section.tables().isEmpty();
    }
}
