package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.Link;
import org.jcwg.advisory.model.SectionText.TableShape;

/**
 * Compares what a section pair must have in common besides facts: link targets (a multiset, as
 * written; a changed web or mail address is reported as an indicator, {@code ioc}), the number of images (screenshots may differ by language), footnote references in
 * order, table shapes and code blocks. Reported at the translation. Stateless.
 */
final class ContentComparison {

    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+(?=\\n|$)");

    private ContentComparison() {
    }

    static void compare(SectionPair pair, List<PairFinding> out) {
        links(pair, out);
        images(pair, out);
        footnotes(pair, out);
        tables(pair, out);
        code(pair, out);
    }

    private static void links(SectionPair pair, List<PairFinding> out) {
        List<Link> a = targets(pair.source());
        List<Link> b = targets(pair.translation());
        List<Link> onlyA = unmatched(a, b);
        List<Link> onlyB = unmatched(b, a);
        int paired = Math.min(onlyA.size(), onlyB.size());
        for (int i = 0; i < paired; i++) {
            String x = key(onlyA.get(i));
            String y = key(onlyB.get(i));
            // A link whose web address or e-mail changed is a wrong indicator, not a missing link.
            boolean address = isAddress(x) && isAddress(y);
            String what = !address ? "link target" : x.startsWith("mailto:") ? "e-mail address" : "URL";
            out.add(PairFinding.error(address ? "ioc" : "link", onlyB.get(i).pos(), what + " differs in " + pair.where()
                    + ": " + pair.sourceName() + " links to " + x + " (" + line(onlyA.get(i).pos()) + "), "
                    + pair.translationName() + " to " + y + PairFinding.agreeOrSilence(address ? "ioc" : "link"), x, y));
        }
        for (int i = paired; i < onlyA.size(); i++) {
            String x = key(onlyA.get(i));
            out.add(PairFinding.error("link", pair.translation().heading(), "link target differs in " + pair.where()
                    + ": " + pair.sourceName() + " links to " + x + " (" + line(onlyA.get(i).pos()) + ") but the "
                    + pair.translationName() + " section does not" + PairFinding.agreeOrSilence("link"), x));
        }
        for (int i = paired; i < onlyB.size(); i++) {
            String y = key(onlyB.get(i));
            out.add(PairFinding.error("link", onlyB.get(i).pos(), "link target differs in " + pair.where() + ": "
                    + pair.translationName() + " links to " + y + " but the " + pair.sourceName()
                    + " section does not (" + line(pair.source().heading()) + ")" + PairFinding.agreeOrSilence("link"), y));
        }
    }

    /**
     * A link target as written, trimmed. Web and mail targets end at the first Hangul letter: the
     * Markdown autolinker takes a particle written after a bare address ("soc@x.example로") into
     * the target, which is never what the editor meant.
     */
    static String key(Link link) {
        String target = link.target().strip();
        if (!isAddress(target)) return target;
        for (int i = 0; i < target.length(); i++) {
            if (Character.UnicodeScript.of(target.charAt(i)) == Character.UnicodeScript.HANGUL) {
                return target.substring(0, i);
            }
        }
        return target;
    }

    private static boolean isAddress(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("mailto:");
    }

    private static void images(SectionPair pair, List<PairFinding> out) {
        long a = pair.source().section().links().stream().filter(Link::image).count();
        long b = pair.translation().section().links().stream().filter(Link::image).count();
        if (a == b) return;
        SourcePos at = pair.translation().section().links().stream().filter(Link::image).map(Link::pos).findFirst()
                .orElse(pair.translation().heading());
        out.add(PairFinding.error("image", at, "image count differs in " + pair.where() + ": " + pair.sourceName()
                + " has " + a + " (" + line(pair.source().heading()) + "), " + pair.translationName() + " has " + b
                + PairFinding.agreeOrSilence("image")));
    }

    private static void footnotes(SectionPair pair, List<PairFinding> out) {
        List<String> a = pair.source().section().footnotes();
        List<String> b = pair.translation().section().footnotes();
        if (a.equals(b)) return;
        int first = 0;
        while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) first++;
        SourcePos at = first < b.size() ? SourceLocator.findLine(pair.translation(), "[^" + b.get(first) + "]") : null;
        out.add(PairFinding.error("footnote", at != null ? at : pair.translation().heading(), "footnote references differ in "
                + pair.where() + ": " + pair.sourceName() + " has " + labels(a) + " (" + line(pair.source().heading())
                + "), " + pair.translationName() + " has " + labels(b) + "; use the same labels in the same order"));
    }

    private static void tables(SectionPair pair, List<PairFinding> out) {
        List<TableShape> a = pair.source().section().tables();
        List<TableShape> b = pair.translation().section().tables();
        if (a.equals(b)) return;
        out.add(PairFinding.error("table", pair.translation().heading(), "tables differ in " + pair.where() + ": "
                + pair.sourceName() + " has " + shapes(a) + " (" + line(pair.source().heading()) + "), "
                + pair.translationName() + " has " + shapes(b) + " (rows × columns, header included); give both the same"
                + " rows and columns"));
    }

    private static void code(SectionPair pair, List<PairFinding> out) {
        List<String> a = pair.source().section().codeBlocks().stream().map(ContentComparison::normal).toList();
        List<String> b = pair.translation().section().codeBlocks().stream().map(ContentComparison::normal).toList();
        if (a.size() != b.size()) {
            out.add(PairFinding.error("code", pair.translation().heading(), "code blocks differ in " + pair.where() + ": "
                    + pair.sourceName() + " has " + a.size() + " (" + line(pair.source().heading()) + "), "
                    + pair.translationName() + " has " + b.size() + "; copy the code blocks unchanged into both"));
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals(b.get(i))) continue;
            SourcePos at = SourceLocator.findLine(pair.translation(), pair.translation().section().codeBlocks().get(i));
            SourcePos theirs = SourceLocator.findLine(pair.source(), pair.source().section().codeBlocks().get(i));
            out.add(PairFinding.error("code", at != null ? at : pair.translation().heading(), "code block " + (i + 1)
                    + " differs in " + pair.where() + " from the " + pair.sourceName() + " one ("
                    + line(theirs != null ? theirs : pair.source().heading()) + ", " + firstDifference(a.get(i), b.get(i))
                    + "): copy the code unchanged, it is not translated"));
        }
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) return "line " + (i + 1) + " of the block";
        }
        return "it has " + x.length + " lines there, " + y.length + " here";
    }

    private static String normal(String code) {
        return TRAILING_SPACE.matcher(code).replaceAll("").stripTrailing();
    }

    private static List<Link> targets(SectionSide side) {
        return side.section().links().stream().filter(l -> !l.image()).toList();
    }

    private static List<Link> unmatched(List<Link> mine, List<Link> theirs) {
        Map<String, Integer> remaining = new HashMap<>();
        for (Link l : theirs) remaining.merge(key(l), 1, Integer::sum);
        List<Link> out = new ArrayList<>();
        for (Link l : mine) {
            int left = remaining.getOrDefault(key(l), 0);
            if (left > 0) remaining.put(key(l), left - 1);
            else out.add(l);
        }
        return out;
    }

    private static String labels(List<String> labels) {
        return labels.isEmpty() ? "none" : String.join(", ", labels.stream().map(l -> "[^" + l + "]").toList());
    }

    private static String shapes(List<TableShape> shapes) {
        return shapes.isEmpty() ? "no table"
                : String.join(", ", shapes.stream().map(s -> s.rows() + "×" + s.columns()).toList());
    }

    static String line(SourcePos pos) {
        return pos.file() + ":" + pos.line();
    }
}
