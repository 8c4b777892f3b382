package org.jcwg.advisory.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small generated corpus: one seeded defect of every kind is found where it is, clean pairs give nothing. */
class CorpusCheckTest {

    @TempDir
    Path tmp;

    @Test
    void everySeededDefectIsFoundAndCleanPairsAreQuiet() throws IOException {
        int kinds = Corpus.Defect.values().length;
        List<Corpus.Seeded> seeded = new Corpus(42L).write(tmp, kinds * 2, 2);
        assertEquals(kinds, seeded.size());
        List<Diagnostic> findings = new Pipeline().check(tmp, false).diagnostics();
        Scoring score = Scoring.of(seeded, findings);
        assertEquals(List.of(), score.missed(), score::table);
        assertEquals(0, score.totalFalsePositives(), score::table);
    }
}
