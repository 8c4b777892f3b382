package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.Section;
import org.jcwg.advisory.model.Translation;

/**
 * Pairs the sections of two translations by id. The longest common subsequence of ids is the
 * agreed skeleton; sections outside it are missing, extra or moved. Each finding is given at the
 * heading in the file that has it and, for a missing one, at the place it belongs in the other.
 * Stateless.
 */
final class SectionAlignment {

    private SectionAlignment() {
    }

    static void check(Translation en, Translation ko, Findings findings) {
        List<Section> a = withIds(en);
        List<Section> b = withIds(ko);
        boolean[][] inLcs = lcs(a, b);
        Map<String, Section> aById = a.stream().collect(Collectors.toMap(Section::id, Function.identity(), (x, y) -> x));
        Map<String, Section> bById = b.stream().collect(Collectors.toMap(Section::id, Function.identity(), (x, y) -> x));
        report(en, ko, a, inLcs[0], bById, b, inLcs[1], findings);
        report(ko, en, b, inLcs[1], aById, a, inLcs[0], findings);
        for (Section s : a) {
            Section other = bById.get(s.id());
            if (other != null && other.level() != s.level()) {
                findings.error("section-level", other.pos(), "section #" + s.id() + " is a level-" + other.level()
                        + " heading here but level " + s.level() + " in " + s.pos()
                        + "; make it a level-" + s.level() + " heading ('" + "#".repeat(s.level()) + " ...') in both");
            }
        }
    }

    /** Sections of {@code from} that are not matched in {@code to}. */
    private static void report(Translation from, Translation to, List<Section> mine, boolean[] matched,
                               Map<String, Section> theirsById, List<Section> theirs, boolean[] theirMatched,
                               Findings findings) {
        for (int i = 0; i < mine.size(); i++) {
            if (matched[i]) continue;
            Section s = mine.get(i);
            if (theirsById.containsKey(s.id())) {
                // Present on both sides but out of sequence: report once, at the Korean file.
                if (from.lang().ordinal() > to.lang().ordinal()) {
                    findings.error("section-order", s.pos(), "section #" + s.id() + " is out of order: in "
                            + to.file() + " it comes at line " + theirsById.get(s.id()).pos().line()
                            + "; move it so that both languages have the same sections in the same order");
                }
                continue;
            }
            findings.error("section-missing", s.pos(), "section #" + s.id() + " has no counterpart in "
                    + to.file() + ": add a heading with {#" + s.id() + "} there, or remove it here");
            findings.error("section-missing", placeFor(mine, matched, i, theirs, theirMatched, to),
                    "section #" + s.id() + " (" + s.pos() + ") is missing here: add a level-" + s.level()
                            + " heading with {#" + s.id() + "}");
        }
    }

    /** Where a section missing from {@code to} belongs: at the next matched heading, else the end. */
    private static SourcePos placeFor(List<Section> mine, boolean[] matched, int index, List<Section> theirs,
                                      boolean[] theirMatched, Translation to) {
        for (int j = index + 1; j < mine.size(); j++) {
            if (!matched[j]) continue;
            String nextId = mine.get(j).id();
            for (int k = 0; k < theirs.size(); k++) {
                if (theirMatched[k] && theirs.get(k).id().equals(nextId)) return theirs.get(k).pos();
            }
        }
        String body = to.body();
        int newlines = (int) body.chars().filter(c -> c == '\n').count();
        int lastLine = to.bodyLine() + newlines - (body.endsWith("\n") ? 1 : 0);
        return SourcePos.of(to.file(), Math.max(1, lastLine));
    }

    private static List<Section> withIds(Translation t) {
        List<Section> out = new ArrayList<>();
        for (Section s : t.flatSections()) {
            if (s.id() != null) out.add(s);
        }
        return out;
    }

    /** Marks, for both lists, which elements belong to one longest common subsequence of ids. */
    private static boolean[][] lcs(List<Section> a, List<Section> b) {
        int n = a.size();
        int m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i).id().equals(b.get(j).id()) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        boolean[] inA = new boolean[n];
        boolean[] inB = new boolean[m];
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).id().equals(b.get(j).id())) {
                inA[i++] = true;
                inB[j++] = true;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new boolean[][] {inA, inB};
    }
}
