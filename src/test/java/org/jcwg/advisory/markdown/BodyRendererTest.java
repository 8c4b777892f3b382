package org.jcwg.advisory.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BodyRenderer} must give flexmark's bytes for every body it renders, and must render the
 * bodies editors write (it only pays if flexmark is rarely needed).
 */
class BodyRendererTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    /** Withholds some relative targets, rewrites the rest, as a page of an edition does. */
    private static final UnaryOperator<String> REWRITER = target -> target.length() % 3 == 0 ? null : "../" + target;

    @Test
    void samplePublicationRendersLikeFlexmark() throws IOException {
        List<MarkdownSamples.Sample> samples = MarkdownSamples.samplePublication();
        assertTrue(samples.size() >= 10, "the sample publication's documents");
        for (MarkdownSamples.Sample sample : samples) assertTrue(requireSame(sample), sample.name() + " was left to flexmark");
    }

    @Test
    void benchmarkCorpusRendersLikeFlexmark(@TempDir Path root) throws IOException {
        List<MarkdownSamples.Sample> samples = MarkdownSamples.benchmarkCorpus(root, 20);
        assertEquals(40, samples.size());
        for (MarkdownSamples.Sample sample : samples) assertTrue(requireSame(sample), sample.name() + " was left to flexmark");
    }

    @Test
    void fuzzerInputsRenderLikeFlexmarkOrAreLeftToIt() throws IOException {
        List<MarkdownSamples.Sample> samples = MarkdownSamples.fuzzerInputs();
        assertTrue(samples.size() > 5, "the fuzzer's saved inputs");
        samples.forEach(BodyRendererTest::requireSame);
    }

    @Test
    void randomMixesRenderLikeFlexmarkOrAreLeftToIt() {
        Random random = new Random(20261207L);
        int rendered = 0;
        for (int n = 0; n < 6000; n++) {
            MarkdownSamples.Sample sample = new MarkdownSamples.Sample("random body " + n, MarkdownSamples.randomBody(random));
            boolean here = requireSame(sample);
            // only a {.class} that survives the sanitizer sends a body to flexmark
            if (!sample.body().contains("{.")) assertTrue(here, sample.name() + " was left to flexmark:\n" + sample.body());
            if (here) rendered++;
        }
        assertTrue(rendered > 3000, "most random bodies are rendered here, not by flexmark: " + rendered);
    }

    @Test
    void aKeptClassIsLeftToFlexmark() {
        MarkdownProcessor.Renders renders = MARKDOWN.bothRenders("A paragraph. {.note}\n", REWRITER);
        assertNull(renders.own());
        assertEquals("<p class=\"note\">A paragraph.</p>\n", renders.flexmark());
        // the same body as the processor renders it
        assertEquals(renders.flexmark(), MARKDOWN.renderHtml("A paragraph. {.note}\n", REWRITER));
    }

    /** True when BodyRenderer rendered the body (then it must match flexmark byte for byte). */
    private static boolean requireSame(MarkdownSamples.Sample sample) {
        MarkdownProcessor.Renders renders = MARKDOWN.bothRenders(sample.body(), REWRITER);
        if (renders.own() == null) return false;
        assertEquals(renders.flexmark(), renders.own(), () -> sample.name() + ":\n" + sample.body());
        return true;
    }
}
