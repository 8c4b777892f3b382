package org.jcwg.advisory.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the fact extractors: for any text they return facts that point back into that text.
 * Under plain {@code mvn test} only the inputs in {@code FuzzFactsTestInputs/} run; {@code mvn
 * -Pfuzz test -Dtest=FuzzFactsTest#english} fuzzes one method for its {@code maxDuration}.
 */
class FuzzFactsTest {

    @FuzzTest(maxDuration = "60s")
    void english(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        requirePointsBack(text, Facts.english(text));
    }

    @FuzzTest(maxDuration = "60s")
    void korean(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        requirePointsBack(text, Facts.korean(text));
    }

    private static void requirePointsBack(String text, List<Fact> facts) {
        int previous = -1;
        for (Fact fact : facts) {
            int end = fact.offset() + fact.written().length();
            assertTrue(fact.offset() >= 0 && end <= text.length(), () -> fact + " lies outside a text of " + text.length());
            assertEquals(text.substring(fact.offset(), end), fact.written(), () -> fact + " is not what the text says");
            // the passes claim each character once, and the list is in text order
            assertTrue(fact.offset() >= previous, () -> fact + " overlaps or precedes the fact before it");
            previous = end;
        }
    }
}
