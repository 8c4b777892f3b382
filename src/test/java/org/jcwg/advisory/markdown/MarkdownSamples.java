package org.jcwg.advisory.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jcwg.advisory.bench.LargeCorpus;

/**
 * Markdown bodies for the tests that hold a faster path to flexmark's results: the sample
 * publication's, the benchmark corpus's, the fuzzer's saved inputs, and random mixes of every
 * construct the body options know, including the awkward ones (raw HTML with blank lines,
 * undefined references, entities, tabs, attribute blocks).
 */
final class MarkdownSamples {

    /** A body and where it came from, for failure messages. */
    record Sample(String name, String body) {
    }

    private static final String[] INLINE = {
        "threat", "actors", "laundered", "USDT", "자금을", "세탁했다", "가상자산", "2024년", "\"quoted\"", "it's",
        "*emphasis*", "_under_", "**strong**", "__strong__", "***both***", "~~struck~~", "`code`", "`` a ` b ``",
        "`  spaced   code  `", "[link](https://example.org/a?b=1&c=2 \"Title & more\")", "[relative](../reports/x.md#part)",
        "[rel](x.md)", "[ref][r1]", "[r1]", "[r1][]", "[missing][nope]", "[nope]", "![picture](img/p.png \"a <title>\")",
        "![alt *em*](pic.png)", "![ref image][r1]", "![missing][nope]", "<https://auto.example.org/path>",
        "https://www.example.com/path.", "www.example.org/x,", "analyst@example.com", "<mail@example.org>",
        "<b>bold</b>", "<span\n  class=\"x\">", "<!-- note -->", "&amp;", "&copy;", "&#123;", "&#x1F600;", "&bogus;",
        "\\*not em\\*", "\\\\", "a\\", "[^1]", "[^2]", "[^missing]", "<", ">", "&", "\t", "tab\there",
        "[x](javascript:alert(1))", "[y](data:text/html,x)", "{.note}", "word{.cls}", "{#lost}", "x{#y}", "{: bad}",
        "[link *with* `code`](https://example.org)", "[a [nested](https://n.example) b](https://o.example)",
        "[www.inside.example](https://outer.example)", "0x52908400098527886E0F7030069857D2E4169EE7",
        "bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6", "1.", "-", "+", "#", "|", "  \n", "\\\n", "\n", " ", "  "
    };

    private static final String[] BLOCKS = {
        "# Heading {#top}", "## Second *level* {#second-level}", "### Third", "#### Four {#bad id}", "Setext\n======",
        "Setext two\n---", "- one\n- two\n- three", "1. first\n2. second", "3. starts at three\n4. next",
        "- loose\n\n- items", "- outer\n  - inner\n  - inner two\n- back", "1. a\n\n   para in item\n2. b",
        "> quoted *text*\n> more", "> - list in quote\n> - two", "> > nested", "```\nplain <code> & \"x\"\n\n  indented\n```",
        "```bash\n$ echo hi\n```", "```js title\nx()\n```", "~~~\ntilde\n~~~", "    indented code\n\n    more",
        "---", "***", "| Indicator | Type |\n|:--|--:|\n| 1.2.3.4 | IP |\n| `x` | *y* |",
        "| a | b | c |\n|---|:-:|---|\n| 1 | 2 |\n| 1 | 2 | 3 | 4 |", "| only |\n|---|\n| [l](https://t.example) |",
        "[^1]: A footnote with [a link](https://f.example).", "[^2]: Two paragraphs.\n\n    Second one.",
        "[^3]: Unreferenced.", "[r1]: https://example.org/ref \"Ref title\"", "[r2]: ../local.md",
        "<div>\nraw <b>html</b>\n</div>", "<!-- a comment -->", "<!-- multi\n\nline -->", "<pre>\n\n\nx\n</pre>",
        "<?php echo 1; ?>", "<script>alert(1)</script>", "<![CDATA[\nx\n]]>", "\t\tx", "para {.cls}", "  \n  \n",
        "* * *", "1) paren list\n2) two", "- [ ] task\n- [x] done"
    };

    private static final String[] SEPARATORS = {"\n\n", "\n", "\n\n\n", "\n  \n"};

    private MarkdownSamples() {
    }

    /** The documents of the sample publication (run from the project's folder). */
    static List<Sample> samplePublication() throws IOException {
        return documents(Path.of("content-en"), Path.of("content-ko"));
    }

    /** The documents of a benchmark corpus of {@code pairs} pairs written under {@code root}. */
    static List<Sample> benchmarkCorpus(Path root, int pairs) throws IOException {
        new LargeCorpus(LargeCorpus.DEFAULT_SEED).write(root, pairs);
        return documents(root.resolve("content-en"), root.resolve("content-ko"));
    }

    /** The inputs the fuzzer found and the project keeps. */
    static List<Sample> fuzzerInputs() throws IOException {
        Path inputs = Path.of("src/test/resources/org/jcwg/advisory/markdown/FuzzMarkdownTestInputs");
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> s = Files.walk(inputs)) {
            for (Path file : s.filter(Files::isRegularFile).sorted().toList()) {
                samples.add(new Sample(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
            }
        }
        return samples;
    }

    static String randomBody(Random random) {
        StringBuilder body = new StringBuilder();
        int blocks = 1 + random.nextInt(8);
        for (int b = 0; b < blocks; b++) {
            if (b > 0) body.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            if (random.nextInt(3) == 0) {
                body.append(BLOCKS[random.nextInt(BLOCKS.length)]);
            } else {
                String[] prefixes = {"", "", "", "# ", "- ", "1. ", "> ", "| ", "    ", "\t", "[^1]: ", "  "};
                body.append(prefixes[random.nextInt(prefixes.length)]);
                int atoms = 1 + random.nextInt(12);
                for (int a = 0; a < atoms; a++) {
                    if (a > 0 && random.nextInt(4) != 0) body.append(' ');
                    body.append(INLINE[random.nextInt(INLINE.length)]);
                }
            }
        }
        if (random.nextBoolean()) body.append('\n');
        return body.toString();
    }

    private static List<Sample> documents(Path... folders) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.walk(folder)) {
                for (Path file : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    samples.add(new Sample(file.toString(), body(file)));
                }
            }
        }
        return samples;
    }

    /** The Markdown after the front matter. */
    private static String body(Path file) throws IOException {
        String text = Files.readString(file);
        if (!text.startsWith("---\n")) return text;
        int end = text.indexOf("\n---\n", 4);
        return end < 0 ? text : text.substring(end + 5);
    }
}
