package org.jcwg.advisory.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionsAndTextTest {
    private final MarkdownProcessor md = new MarkdownProcessor();

    @Test
    void bodyIsCutIntoSectionsAtHeadings() {
        String body = """
                Before the first heading.

                ## Summary {#summary}

                North Korean actors stole $1 billion.[^1] See [CISA](https://www.cisa.gov/).

                - first point
                - second `0xdeadbeef`

                ### Indicators {#indicators}

                | Hash | Kind |
                |---|---|
                | abc | md5 |
                | def | sha1 |

                ```
                curl http://203.0.113.5/
                ```

                <!-- check:ignore numbers -->

                [^1]: Footnote text is left out.
                """;
        List<SectionContent> sections = md.parse("f.md", body, 7).sections();
        assertEquals(3, sections.size());
        assertEquals(java.util.Arrays.asList(0, null, "", 7, "Before the first heading.", List.of(), List.of(), List.of(), List.of()),
                fields(sections.get(0)));
        assertEquals(java.util.Arrays.asList(2, "summary", "Summary", 9,
                "North Korean actors stole $1 billion. See CISA.\nfirst point\nsecond 0xdeadbeef",
                List.of("1"), List.of(new LinkRef("https://www.cisa.gov/", false, 11, 47)), List.of(), List.of()),
                fields(sections.get(1)));
        assertEquals(java.util.Arrays.asList(3, "indicators", "Indicators", 16, "Hash | Kind\nabc | md5\ndef | sha1",
                List.of(), List.of(), List.of("curl http://203.0.113.5/\n"), List.of(new TableShape(3, 2))),
                fields(sections.get(2)));
        assertEquals(18, sections.get(2).blocks().get(0).line()); // the table header row
        assertTrue(sections.get(2).source().startsWith("### Indicators"), sections.get(2).source());
    }

    /** The components compared above; blocks and source are checked separately. */
    private static List<Object> fields(SectionContent s) {
        return java.util.Arrays.asList(s.level(), s.id(), s.title(), s.line(), s.text(), s.footnotes(), s.links(),
                s.codeBlocks(), s.tables());
    }

    @Test
    void emptyPreambleIsNoSection() {
        List<SectionContent> sections = md.parse("f.md", "## A {#a}\n\n## B {#b}\n", 1).sections();
        assertEquals(List.of("a", "b"), sections.stream().map(SectionContent::id).toList());
    }

    @Test
    void standAloneCommentsAreReported() {
        ParsedMarkdown parsed = md.parse("f.md", "Text <!-- inline -->\n\n<!-- check:ignore facts -->\n", 5);
        assertEquals(List.of(new Comment("inline", 5, 6), new Comment("check:ignore facts", 7, 1)), parsed.comments());
    }

    @Test
    void headingTextLeavesOutIdAndMarkup() {
        ParsedMarkdown parsed = md.parse("f.md", "## The *first* `step`, &amp; more\\! {#first}\n", 1);
        assertEquals("The first step, & more!", parsed.headings().get(0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Social engineering *risks* to VASPs | Social engineering risks to VASPs",
            "2022. Annual review                  | 2022. Annual review",
            "# Not a heading                      | # Not a heading",
            "- not a list                         | - not a list",
            "> not a quote                        | > not a quote",
            "[not]: a reference                   | [not]: a reference",
            "<b>escaped later</b> &amp; ~~gone~~  | <b>escaped later</b> & gone",
            "A [link](https://x.example/) here    | A link here",
            "가상자산사업자 **위험**               | 가상자산사업자 위험",
    })
    void plainTextOfTitles(String markdown, String expected) {
        assertEquals(expected, md.plainText(markdown));
    }

    @Test
    void plainTextJoinsLines() {
        assertEquals("one two", md.plainText("one\n  two  "));
    }

    @Test
    void oneProcessorServesManyThreads() {
        String body = "## A {#a}\n\n[x](y.md) **b**[^1]\n\n[^1]: c\n";
        String expected = md.renderHtml(body, t -> "/" + t);
        List<String> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> md.renderHtml(body, t -> "/" + t)).toList();
        results.forEach(html -> assertEquals(expected, html));
    }
}
