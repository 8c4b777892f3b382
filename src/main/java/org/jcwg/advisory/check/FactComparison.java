package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcwg.advisory.facts.Fact;
import org.jcwg.advisory.facts.FactKind;

/**
 * Compares the facts of a section pair kind by kind: quantities (amounts, numbers, percentages,
 * dates) as multisets of canonical values, indicators and identifiers as sets. What is left
 * unmatched on each side is paired up in text order, so that a typo reads as "English has X,
 * Korean has Y" rather than as two unrelated findings. Reported at the translation. Stateless.
 */
final class FactComparison {

    private FactComparison() {
    }

    static void compare(SectionPair pair, List<PairFinding> out) {
        Map<FactKind, List<SectionSide.Located>> source = byKind(pair.source());
        Map<FactKind, List<SectionSide.Located>> translation = byKind(pair.translation());
        for (FactKind kind : FactKind.values()) {
            List<SectionSide.Located> a = source.getOrDefault(kind, List.of());
            List<SectionSide.Located> b = translation.getOrDefault(kind, List.of());
            if (a.isEmpty() && b.isEmpty()) continue;
            if (kind.isIdentifier()) {
                a = distinct(a);
                b = distinct(b);
            }
            Map<String, Integer> countA = counts(a);
            Map<String, Integer> countB = counts(b);
            List<SectionSide.Located> onlyA = unmatched(a, countB);
            List<SectionSide.Located> onlyB = unmatched(b, countA);
            int paired = Math.min(onlyA.size(), onlyB.size());
            for (int i = 0; i < paired; i++) {
                differs(pair, kind, onlyA.get(i), onlyB.get(i), out);
            }
            for (int i = paired; i < onlyA.size(); i++) {
                missing(pair, kind, onlyA.get(i), countA, countB, out);
            }
            for (int i = paired; i < onlyB.size(); i++) {
                extra(pair, kind, onlyB.get(i), countA, countB, out);
            }
        }
    }

    private static void differs(SectionPair pair, FactKind kind, SectionSide.Located a, SectionSide.Located b,
                                List<PairFinding> out) {
        out.add(PairFinding.error(kind.group(), pair.translation().posOf(b), kind.label() + " differs in "
                + pair.where() + ": " + pair.sourceName() + " has " + a.fact().written() + " ("
                + line(pair.source().posOf(a).toString()) + "), " + pair.translationName()
                + " has " + shown(b.fact()) + PairFinding.agreeOrSilence(kind.group()), values(a, b)));
    }

    private static void missing(SectionPair pair, FactKind kind, SectionSide.Located a, Map<String, Integer> countA,
                                Map<String, Integer> countB, List<PairFinding> out) {
        String value = a.fact().value();
        int other = countB.getOrDefault(value, 0);
        String tail = other == 0 ? " but the " + pair.translationName() + " section does not"
                : " " + countA.get(value) + " times, the " + pair.translationName() + " section " + other
                + (other == 1 ? " time" : " times");
        out.add(PairFinding.error(kind.group(), pair.translation().heading(), kind.label() + " differs in "
                + pair.where() + ": " + pair.sourceName() + " has " + a.fact().written() + " ("
                + line(pair.source().posOf(a).toString()) + ")" + tail + PairFinding.agreeOrSilence(kind.group()),
                values(a)));
    }

    private static void extra(SectionPair pair, FactKind kind, SectionSide.Located b, Map<String, Integer> countA,
                              Map<String, Integer> countB, List<PairFinding> out) {
        String value = b.fact().value();
        int other = countA.getOrDefault(value, 0);
        String tail = other == 0 ? " but the " + pair.sourceName() + " section does not"
                : " " + countB.get(value) + " times, the " + pair.sourceName() + " section " + other
                + (other == 1 ? " time" : " times");
        out.add(PairFinding.error(kind.group(), pair.translation().posOf(b), kind.label() + " differs in "
                + pair.where() + ": " + pair.translationName() + " has " + shown(b.fact()) + tail + " ("
                + line(pair.source().heading().toString()) + ")" + PairFinding.agreeOrSilence(kind.group()), values(b)));
    }

    /** "1억 달러 (USD 100000000)": the canonical value is shown where it is not what was written. */
    private static String shown(Fact f) {
        return f.written().equals(f.value()) ? f.written() : f.written() + " (" + f.value() + ")";
    }

    /** file:line of a position, without the column. */
    private static String line(String pos) {
        return pos.replaceFirst(":\\d+$", "");
    }

    private static String[] values(SectionSide.Located... facts) {
        List<String> values = new ArrayList<>();
        for (SectionSide.Located l : facts) {
            values.add(l.fact().value());
            values.add(l.fact().written());
        }
        return values.toArray(String[]::new);
    }

    private static Map<FactKind, List<SectionSide.Located>> byKind(SectionSide side) {
        Map<FactKind, List<SectionSide.Located>> map = new EnumMap<>(FactKind.class);
        for (SectionSide.Located l : side.facts()) {
            map.computeIfAbsent(l.fact().kind(), k -> new ArrayList<>()).add(l);
        }
        return map;
    }

    private static List<SectionSide.Located> distinct(List<SectionSide.Located> facts) {
        Set<String> seen = new HashSet<>();
        List<SectionSide.Located> out = new ArrayList<>();
        for (SectionSide.Located l : facts) {
            if (seen.add(l.fact().value())) out.add(l);
        }
        return out;
    }

    private static Map<String, Integer> counts(List<SectionSide.Located> facts) {
        Map<String, Integer> counts = new HashMap<>();
        for (SectionSide.Located l : facts) {
            counts.merge(l.fact().value(), 1, Integer::sum);
        }
        return counts;
    }

    /** The facts of one side beyond what the other side has of the same value (the later occurrences). */
    private static List<SectionSide.Located> unmatched(List<SectionSide.Located> facts, Map<String, Integer> other) {
        Map<String, Integer> remaining = new HashMap<>(other);
        List<SectionSide.Located> out = new ArrayList<>();
        for (SectionSide.Located l : facts) {
            int left = remaining.getOrDefault(l.fact().value(), 0);
            if (left > 0) {
                remaining.put(l.fact().value(), left - 1);
            } else {
                out.add(l);
            }
        }
        return out;
    }
}
