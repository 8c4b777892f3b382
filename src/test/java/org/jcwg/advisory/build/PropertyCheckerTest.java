package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker treats its two languages alike for facts written the same way in both (addresses,
 * hashes, percentages, grouped numbers): swapping those facts between the English and the Korean
 * text of a section gives the same finding codes.
 */
class PropertyCheckerTest {

    private static final String EN = "content-en/advisories/fake-jobs.md";
    private static final String KO = "content-ko/advisories/fake-jobs.md";

    private static final List<String> NEUTRAL = List.of("203.0.113.5", "198.51.100[.]7", "d41d8cd98f00b204e9800998ecf8427e",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "45%", "12.5%", "1,200", "3,400,000");

    /** Two lists of up to four neutral facts each, from a seeded generator: the same cases every run. */
    static Stream<Arguments> factLists() {
        Random r = new Random(20261123L);
        return Stream.generate(() -> Arguments.of(facts(r), facts(r))).limit(25);
    }

    private static List<String> facts(Random r) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) out.add(NEUTRAL.get(r.nextInt(NEUTRAL.size())));
        return out;
    }

    @ParameterizedTest
    @MethodSource("factLists")
    void swappingNeutralFactsKeepsTheFindingCodes(List<String> a, List<String> b) throws IOException {
        Path tmp = Files.createTempDirectory("property-checker");
        try {
            assertEquals(codes(tmp.resolve("ab"), a, b), codes(tmp.resolve("ba"), b, a), () -> a + " / " + b);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    /** Keeps the property from passing vacuously: a fact missing in one language is a finding. */
    @Test
    void aMissingFactIsFound(@TempDir Path tmp) throws IOException {
        assertFalse(codes(tmp.resolve("p"), List.of("45%", "203.0.113.5"), List.of()).isEmpty());
    }

    private static Set<String> codes(Path root, List<String> english, List<String> korean) throws IOException {
        Project project = Project.minimal(root)
                .edit(EN, "Staff of exchanges receive job offers.", "Staff of exchanges saw " + facts(english) + ".")
                .edit(KO, "거래소 직원들이 채용 제안을 받는다.", "거래소 직원들이 " + facts(korean) + " 을 보았다.");
        return new Pipeline().check(project.write(), false).diagnostics().stream().map(Diagnostic::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String facts(List<String> facts) {
        return facts.isEmpty() ? "nothing" : String.join(", ", facts);
    }
}
