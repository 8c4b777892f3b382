package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.testing.Project;

/**
 * The checker treats its two languages alike for facts written the same way in both (addresses,
 * hashes, percentages, grouped numbers): swapping those facts between the English and the Korean
 * text of a section gives the same finding codes.
 */
class PropertyCheckerTest {

    private static final String EN = "content-en/advisories/fake-jobs.md";
    private static final String KO = "content-ko/advisories/fake-jobs.md";

    @Provide
    Arbitrary<List<String>> neutralFacts() {
        return Arbitraries.of("203.0.113.5", "198.51.100[.]7", "d41d8cd98f00b204e9800998ecf8427e",
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "45%", "12.5%", "1,200", "3,400,000")
                .list().ofMaxSize(4);
    }

    @Property(tries = 25)
    void swappingNeutralFactsKeepsTheFindingCodes(@ForAll("neutralFacts") List<String> a,
                                                  @ForAll("neutralFacts") List<String> b) throws IOException {
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
    @Example
    void aMissingFactIsFound() throws IOException {
        Path tmp = Files.createTempDirectory("property-checker");
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
