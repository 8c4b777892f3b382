package org.jcwg.advisory.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;
import org.junit.jupiter.api.Test;

/** A pair's findings come back from the build cache as they were kept, or not at all. */
class DiagnosticCodecTest {

    private static final String KEY = "d1a9".repeat(16);
    private static final List<Diagnostic> FOUND = List.of(
            Diagnostic.error("fact-mismatch", SourcePos.of("content-ko/advisories/x.md", 12),
                    "the wallet address bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh is missing in Korean"),
            Diagnostic.warning("glossary", SourcePos.of("content-ko/advisories/x.md", 30), "'믹서' is the approved term"));

    @Test
    void whatWasKeptComesBack() {
        assertEquals(Optional.of(FOUND), DiagnosticCodec.decode(DiagnosticCodec.encode(KEY, FOUND), KEY));
        assertEquals(Optional.of(List.of()), DiagnosticCodec.decode(DiagnosticCodec.encode(KEY, List.of()), KEY));
    }

    @Test
    void anEntryChangedAnywhereCutShortOrUnderAnotherKeyIsRefused() {
        byte[] entry = DiagnosticCodec.encode(KEY, FOUND);
        assertTrue(DiagnosticCodec.decode(entry, "another key").isEmpty());
        // A changed byte could turn an error into a warning, and a failing build into a passing one.
        for (int i = 0; i < entry.length; i++) {
            byte[] damaged = entry.clone();
            damaged[i] ^= 0x01;
            assertTrue(DiagnosticCodec.decode(damaged, KEY).isEmpty(), "byte " + i);
        }
        for (int cut = 0; cut < entry.length; cut++) {
            assertTrue(DiagnosticCodec.decode(Arrays.copyOf(entry, cut), KEY).isEmpty(), "cut at " + cut);
        }
    }
}
