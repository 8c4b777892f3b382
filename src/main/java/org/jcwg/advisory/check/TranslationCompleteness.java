package org.jcwg.advisory.check;

import java.util.List;
import org.jcwg.advisory.diag.SourcePos;
import java.util.regex.Pattern;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionText.TextBlock;

/**
 * Whether the translation of a section is there at all: a side that is empty while the other has
 * text, code or tables, and a translated section left (almost) in the source language. The ratio
 * counts letters of prose only: facts, inline code and acronyms (URLs, hashes, "OFAC") are the same
 * in both languages and are left out. Stateless.
 */
final class TranslationCompleteness {

    /** Below this many letters a section is too short to judge (a name, a table of ids). */
    static final int MIN_LETTERS = 40;
    /** A translation with less than this share of its own script is untranslated. */
    static final double MIN_SHARE = 0.3;
    /**
     * A single paragraph this long with almost none of its own script is a pasted source paragraph,
     * even when the rest of the section is translated.
     */
    static final int MIN_BLOCK_LETTERS = 60;
    static final double MIN_BLOCK_SHARE = 0.1;

    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(.+?)\\1", Pattern.DOTALL);

    private TranslationCompleteness() {
    }

    /** Reports an empty side; true when it did, so that the pair is not compared further. */
    static boolean empty(SectionPair pair, List<PairFinding> out) {
        boolean a = pair.source().isEmpty();
        boolean b = pair.translation().isEmpty();
        if (a == b) return false;
        String message = b
                ? pair.where() + " is empty in " + pair.translationName() + " but has content in "
                        + ContentComparison.line(pair.source().heading()) + ": translate it"
                : pair.where() + " has content in " + pair.translationName() + " but is empty in "
                        + ContentComparison.line(pair.source().heading()) + ": write it there too, or remove it here";
        out.add(PairFinding.error("section-empty", pair.translation().heading(), message));
        return true;
    }

    static void untranslated(SectionPair pair, List<PairFinding> out) {
        SectionSide side = pair.translation();
        List<String> code = inlineCode(side.section().source());
        int own = 0;
        int letters = 0;
        TextBlock pasted = null;
        for (TextBlock block : side.blocks()) {
            int blockOwn = 0;
            int blockLetters = 0;
            boolean[] skip = new boolean[block.text().length()];
            for (SectionSide.Located l : side.facts()) {
                if (l.block() == block) mark(skip, l.fact().offset(), l.fact().offset() + l.fact().written().length());
            }
            for (String c : code) {
                for (int i = block.text().indexOf(c); i >= 0; i = block.text().indexOf(c, i + 1)) {
                    mark(skip, i, i + c.length());
                }
            }
            Acronyms.each(block.text(), (start, end) -> mark(skip, start, end));
            for (int i = 0; i < skip.length; i++) {
                char c = block.text().charAt(i);
                if (skip[i] || !Character.isLetter(c)) continue;
                blockLetters++;
                if (isOwn(side.lang(), c)) blockOwn++;
            }
            own += blockOwn;
            letters += blockLetters;
            if (pasted == null && blockLetters >= MIN_BLOCK_LETTERS && blockOwn < blockLetters * MIN_BLOCK_SHARE) {
                pasted = block;
            }
        }
        if (letters >= MIN_LETTERS && own < letters * MIN_SHARE) {
            out.add(PairFinding.error("untranslated", side.heading(), pair.where() + " looks untranslated: only "
                    + Math.round(100.0 * own / letters) + "% of its letters are " + pair.translationName()
                    + " (compare " + ContentComparison.line(pair.source().heading()) + "); translate it"));
        } else if (pasted != null) {
            out.add(PairFinding.error("untranslated", SourcePos.of(side.heading().file(), pasted.line()), pair.where()
                    + ": the paragraph at line " + pasted.line() + " is not in " + pair.translationName()
                    + " (compare " + ContentComparison.line(pair.source().heading()) + "); translate it"));
        }
    }

    private static boolean isOwn(Lang lang, char c) {
        // The common letters first: looking up a script is a search through every script's ranges.
        if (c < 0x80) return lang == Lang.EN;
        if (c >= 0xAC00 && c <= 0xD7A3) return lang == Lang.KO; // Hangul syllables
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return lang == Lang.KO ? script == Character.UnicodeScript.HANGUL : script == Character.UnicodeScript.LATIN;
    }

    private static List<String> inlineCode(String source) {
        return INLINE_CODE.matcher(source).results().map(r -> r.group(2).strip()).filter(s -> !s.isEmpty()).toList();
    }

    private static void mark(boolean[] skip, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(skip.length, to); i++) skip[i] = true;
    }
}
