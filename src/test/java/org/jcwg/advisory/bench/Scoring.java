package org.jcwg.advisory.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jcwg.advisory.diag.Diagnostic;

/**
 * Scores a check run on a generated corpus: per seeded defect kind, how many were found at the
 * right file and section (recall), and per finding code, how many findings nothing explains
 * (false positives).
 */
public record Scoring(Map<Corpus.Defect, int[]> recall, Map<String, Integer> falsePositives, List<Corpus.Seeded> missed) {

    public static Scoring of(List<Corpus.Seeded> seeded, List<Diagnostic> findings) {
        Map<Corpus.Defect, int[]> recall = new TreeMap<>();
        List<Corpus.Seeded> missed = new ArrayList<>();
        Set<Diagnostic> explained = new java.util.HashSet<>();
        for (Corpus.Seeded s : seeded) {
            int[] counts = recall.computeIfAbsent(s.defect(), k -> new int[2]);
            counts[1]++;
            List<Diagnostic> hits = findings.stream().filter(d -> d.code().equals(s.defect().code)
                    && d.pos().file().equals(s.file()) && d.pos().line() >= s.fromLine() && d.pos().line() < s.toLine())
                    .toList();
            if (hits.isEmpty()) missed.add(s);
            else counts[0]++;
            // Anything else a seeded defect causes in the same pair is a consequence, not a false alarm.
            String other = s.file().replace("content-ko/", "content-en/");
            findings.stream().filter(d -> d.pos().file().equals(s.file()) || d.pos().file().equals(other))
                    .forEach(explained::add);
        }
        Map<String, Integer> falsePositives = new TreeMap<>(findings.stream().filter(d -> !explained.contains(d))
                .collect(Collectors.groupingBy(Diagnostic::code, Collectors.summingInt(d -> 1))));
        return new Scoring(recall, falsePositives, missed);
    }

    public int totalSeeded() {
        return recall.values().stream().mapToInt(c -> c[1]).sum();
    }

    public int totalFound() {
        return recall.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int totalFalsePositives() {
        return falsePositives.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-14s %-14s %8s%n", "defect", "finding", "recall"));
        recall.forEach((defect, c) -> sb.append(String.format("%-14s %-14s %4d/%-4d%n", defect, defect.code, c[0], c[1])));
        sb.append(String.format("%-29s %4d/%-4d%n", "all", totalFound(), totalSeeded()));
        sb.append("false positives: ").append(falsePositives.isEmpty() ? "none" : falsePositives).append('\n');
        return sb.toString();
    }
}
