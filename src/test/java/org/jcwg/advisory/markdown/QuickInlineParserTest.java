package org.jcwg.advisory.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link QuickInlineParser} must build the very tree flexmark's own inline parser builds: nodes, offsets, text. */
class QuickInlineParserTest {

    private static final DataHolder BODY = MarkdownProcessor.bodyOptions();
    private static final Parser FLEXMARK = Parser.builder(BODY).build();
    private static final Parser QUICK = QuickInlineParser.parser(BODY);
    private static final DataHolder TITLE = MarkdownProcessor.inlineOptions();
    private static final Parser FLEXMARK_TITLES = Parser.builder(TITLE).build();
    private static final Parser QUICK_TITLES = QuickInlineParser.parser(TITLE);

    @Test
    void samplesParseAsFlexmarkParsesThem(@TempDir Path root) throws IOException {
        List<MarkdownSamples.Sample> samples = new ArrayList<>(MarkdownSamples.samplePublication());
        samples.addAll(MarkdownSamples.benchmarkCorpus(root, 10));
        samples.addAll(MarkdownSamples.fuzzerInputs());
        assertTrue(samples.size() > 30);
        for (MarkdownSamples.Sample sample : samples) requireSameTree(FLEXMARK, QUICK, sample);
    }

    @Test
    void randomMixesParseAsFlexmarkParsesThem() {
        Random random = new Random(7);
        for (int n = 0; n < 6000; n++) {
            String body = MarkdownSamples.randomBody(random);
            requireSameTree(FLEXMARK, QUICK, new MarkdownSamples.Sample("random body " + n, body));
            String title = body.replace('\n', ' ');
            requireSameTree(FLEXMARK_TITLES, QUICK_TITLES, new MarkdownSamples.Sample("random title " + n, title));
        }
    }

    @Test
    void backticksAndLineEndsAtTheEdges() {
        String[] bodies = {"`", "``", "a `", "`a", "`a``", "``a`", "a`b`c", "```a``b```", "[a]\r\n(b)", "[a] \r (b)",
            "[a]\n\n(b)", "[a]  \t\n  \t(b)", "[a]\r", "[a] ", "`\r\n`", "x\n`"};
        for (String body : bodies) {
            requireSameTree(FLEXMARK, QUICK, new MarkdownSamples.Sample(body, body));
            requireSameTree(FLEXMARK_TITLES, QUICK_TITLES, new MarkdownSamples.Sample(body, body));
        }
    }

    private static void requireSameTree(Parser expected, Parser actual, MarkdownSamples.Sample sample) {
        assertEquals(tree(expected.parse(sample.body())), tree(actual.parse(sample.body())),
                () -> sample.name() + ":\n" + sample.body());
    }

    /** Every node with its class, offsets and segments (flexmark's toString), indented by depth. */
    private static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        append(root, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) append(child, depth + 1, out);
    }
}
