package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcwg.advisory.model.GlossaryTerm;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionText.TextBlock;
import org.jcwg.advisory.model.Text;

/**
 * The approved terms: where an English section uses a glossary term (any case, singular or
 * plural, hyphen or space), the Korean section must contain the approved Korean term (particles
 * may follow it). A warning, at the Korean section, which is where the term is missing. The
 * patterns are compiled once per run; immutable and thread-safe.
 */
final class GlossaryCheck {

    /** {@code key}: a lower-case piece every form of the term contains, to skip sections cheaply. */
    private record Term(String id, String english, Pattern pattern, String korean, String key) {
    }

    private final List<Term> terms;

    GlossaryCheck(List<GlossaryTerm> glossary) {
        List<Term> list = new ArrayList<>();
        for (GlossaryTerm g : glossary) {
            String en = g.find(Lang.EN).map(Text::value).orElse("").strip();
            String ko = g.find(Lang.KO).map(Text::value).orElse("").strip();
            if (!en.isEmpty() && !ko.isEmpty()) list.add(new Term(g.id(), en, pattern(en), ko, key(en)));
        }
        this.terms = List.copyOf(list);
    }

    /** "cross-chain bridge" also matches "Cross chain bridges"; "policy" matches "policies". */
    static Pattern pattern(String term) {
        String[] words = term.toLowerCase(Locale.ROOT).split("[\\s-]+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) regex.append("[\\s-]+");
            String w = words[i];
            if (i < words.length - 1) {
                regex.append(Pattern.quote(w));
            } else if (w.length() > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
                regex.append(Pattern.quote(w.substring(0, w.length() - 1))).append("(?:y|ies)");
            } else {
                regex.append(Pattern.quote(w)).append("(?:s|es)?");
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first word, which plurals leave alone (only the last word inflects; a lone "-y" word loses its y). */
    private static String key(String term) {
        String[] words = term.toLowerCase(Locale.ROOT).split("[\\s-]+");
        String first = words[0];
        return words.length == 1 && first.endsWith("y") ? first.substring(0, first.length() - 1) : first;
    }

    void check(SectionPair pair, List<PairFinding> out) {
        if (terms.isEmpty()) return;
        SectionSide en = pair.side(Lang.EN);
        SectionSide ko = pair.side(Lang.KO);
        List<String> lower = new ArrayList<>(en.blocks().size());
        for (TextBlock b : en.blocks()) lower.add(b.text().toLowerCase(Locale.ROOT));
        for (Term term : terms) {
            // Cheap tests first: most sections either lack the term or use the approved Korean one,
            // and the pattern is run only on blocks with its key (a word: never across two blocks).
            int first = firstContaining(lower, term.key());
            if (first < 0 || contains(ko, term.korean())) continue;
            for (int i = first; i < en.blocks().size(); i++) {
                if (!lower.get(i).contains(term.key())) continue;
                TextBlock block = en.blocks().get(i);
                Matcher m = term.pattern().matcher(block.text());
                if (!m.find()) continue;
                out.add(PairFinding.warning("glossary", ko.heading(), "glossary: " + pair.where() + " uses '"
                        + m.group() + "' in English (" + ContentComparison.line(SourceLocator.find(en, block, m.group(),
                        m.start())) + ") but the Korean section does not use the approved term '" + term.korean()
                        + "' (glossary id " + term.id() + "); use it there", term.id(), term.english(), term.korean()));
                break;
            }
        }
    }

    /** The first of {@code texts} that holds {@code key}, or -1. */
    private static int firstContaining(List<String> texts, String key) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(key)) return i;
        }
        return -1;
    }

    private static boolean contains(SectionSide side, String term) {
        for (TextBlock b : side.blocks()) {
            if (b.text().contains(term)) return true;
        }
        return false;
    }
}
