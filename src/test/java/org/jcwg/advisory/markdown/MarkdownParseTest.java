package org.jcwg.advisory.markdown;

import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Severity;
import org.jcwg.advisory.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownParseTest {
    private static final String FILE = "content-en/advisories/x.md";
    private final MarkdownProcessor md = new MarkdownProcessor();

    private ParsedMarkdown parse(String body) {
        return md.parse(FILE, body, 7);
    }

    private static List<Diagnostic> withCode(ParsedMarkdown parsed, String code) {
        return parsed.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    private static Diagnostic only(ParsedMarkdown parsed, String code) {
        List<Diagnostic> found = withCode(parsed, code);
        assertEquals(1, found.size(), () -> "expected one " + code + " in " + parsed.diagnostics());
        return found.get(0);
    }

    @Test
    void headingsCarryIdsTextAndFilePositions() {
        String body = """
                Intro paragraph.

                ## Summary {#summary}

                Text.

                ### Details *of* the `case` {#details}
                """;
        ParsedMarkdown parsed = parse(body);
        assertEquals(List.of(
                new Heading(2, "summary", "Summary", 9, 1),
                new Heading(3, "details", "Details of the case", 13, 1)), parsed.headings());
        assertEquals(List.of(), parsed.diagnostics());
    }

    @Test
    void positionsSurviveCrlfBodies() {
        ParsedMarkdown parsed = parse("## A {#a}\r\n\r\ntext [x](javascript:x)\r\n\r\n## B {#b}\r\n");
        assertEquals(List.of(new Heading(2, "a", "A", 7, 1), new Heading(2, "b", "B", 11, 1)), parsed.headings());
        assertEquals(new SourcePos(FILE, 9, 6), only(parsed, "unsafe-link").pos());
    }

    @Test
    void levelOneHeadingIsAnError() {
        Diagnostic d = only(parse("Text.\n\n# Title {#title}\n"), "heading-level-1");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(new SourcePos(FILE, 9, 1), d.pos());
        assertTrue(d.message().contains("the title comes from front matter; use ## or deeper"), d.message());
    }

    @Test
    void levelTwoHeadingIsNotALevelOneError() {
        assertEquals(List.of(), withCode(parse("## Title {#title}\n"), "heading-level-1"));
    }

    @Test
    void headingWithoutIdSuggestsOne() {
        ParsedMarkdown parsed = parse("## Summary {#summary}\n\n## Risk & Mitigations 2023\n");
        Diagnostic d = only(parsed, "heading-id-missing");
        assertEquals(new SourcePos(FILE, 9, 1), d.pos());
        assertEquals("heading 'Risk & Mitigations 2023' has no id; write '## Risk & Mitigations 2023 {#risk-mitigations-2023}'",
                d.message());
        assertNull(parsed.headings().get(1).id());
    }

    @Test
    void koreanHeadingWithoutIdGetsNumberedSuggestion() {
        Diagnostic d = only(parse("## 요약 {#summary}\n\n### 대응 방안\n"), "heading-id-missing");
        assertEquals("heading '대응 방안' has no id; write '### 대응 방안 {#section-2}'", d.message());
    }

    @Test
    void headingWithIdIsNotMissingOne() {
        assertEquals(List.of(), withCode(parse("## 대응 방안 {#mitigations}\n"), "heading-id-missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mitigations", "mitigations_1", "a--b", "-a", "a-", "id=\"x y\""})
    void badIdIsInvalid(String id) {
        String attribute = id.startsWith("id=") ? id : "#" + id;
        ParsedMarkdown parsed = parse("## Mitigations {" + attribute + "}\n");
        Diagnostic d = only(parsed, "heading-id-invalid");
        assertEquals(new SourcePos(FILE, 7, 1), d.pos());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mitigations", "r4", "cve-2023-1234", "a-b-c"})
    void goodIdIsValid(String id) {
        assertEquals(List.of(), parse("## Mitigations {#" + id + "}\n").diagnostics());
    }

    @Test
    void duplicateIdNamesTheFirstLine() {
        ParsedMarkdown parsed = parse("## One {#same}\n\ntext\n\n## Two {#same}\n");
        Diagnostic d = only(parsed, "heading-id-duplicate");
        assertEquals(new SourcePos(FILE, 11, 1), d.pos());
        assertEquals("heading id 'same' is already used by the heading on line 7; give this heading another id", d.message());
    }

    @Test
    void distinctIdsAreNoDuplicate() {
        assertEquals(List.of(), withCode(parse("## One {#one}\n\n## Two {#two}\n"), "heading-id-duplicate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java&#115;cript:alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](%6Aavascript:alert(1))",
            "[x](java%09script:alert(1))",
            "[x](javascript&colon;alert(1))",
            "![i](data:image/png;base64,AAA)",
            "[x](file:///etc/passwd)",
            "[x](//evil.example/)",
            "[x](/\\evil.example/)",
            "[x](vbscript:msgbox)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
    })
    void unsafeTargetsAreReported(String body) {
        Diagnostic d = only(parse(body), "unsafe-link");
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("is not allowed"), d.message());
    }

    @Test
    void anImageWithoutAltTextIsAnError() {
        ParsedMarkdown parsed = parse("A chart: ![](chart.png), ![ ](b.png), ![][r] and ![Losses](c.png).\n\n[r]: d.png\n");
        List<Diagnostic> found = withCode(parsed, "image-alt");
        assertEquals(List.of(new SourcePos(FILE, 7, 10), new SourcePos(FILE, 7, 26), new SourcePos(FILE, 7, 39)),
                found.stream().map(Diagnostic::pos).toList(), parsed.diagnostics()::toString);
        assertTrue(found.get(0).message().startsWith("image has no alt text"), found.get(0).message());
    }

    @Test
    void unsafeLinkMessageNamesTheDecodedTarget() {
        Diagnostic d = only(parse("Text [x](java&#115;cript:alert(1)).\n"), "unsafe-link");
        assertEquals(new SourcePos(FILE, 7, 6), d.pos());
        assertTrue(d.message().startsWith("link target 'javascript:alert(1)' is not allowed"), d.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](http://example.com/)", "[x](https://example.com/a?b=c#d)", "[x](mailto:cert@example.kr)",
            "[x](#mitigations)", "[x](../advisories/x.md#mitigations)", "![i](images/a.png)",
            "https://example.com/bare", "<https://example.com/angle>", "cert@example.kr", "[x](docs/a:b.md)",
    })
    void allowedTargetsAreNotReported(String body) {
        assertEquals(List.of(), parse(body).diagnostics());
    }

    @Test
    void linksAreListedAsWrittenWithPositions() {
        String body = """
                See [the advisory](../advisories/x.md#mitigations "t") and ![chart](img/c&amp;d.png).

                [ref]: https://example.com/ref
                Also [a ref][ref], https://example.com/bare and cert@example.kr.
                """;
        assertEquals(List.of(
                new LinkRef("../advisories/x.md#mitigations", false, 7, 5),
                new LinkRef("img/c&d.png", true, 7, 60),
                new LinkRef("https://example.com/ref", false, 10, 6),
                new LinkRef("https://example.com/bare", false, 10, 20),
                new LinkRef("mailto:cert@example.kr", false, 10, 49)), parse(body).links());
    }

    @Test
    void undefinedFootnoteIsAnError() {
        Diagnostic d = only(parse("Claim.[^1] Other.[^2]\n\n[^1]: Source.\n"), "footnote-undefined");
        assertEquals(new SourcePos(FILE, 7, 18), d.pos());
        assertTrue(d.message().contains("[^2]"), d.message());
    }

    @Test
    void unusedFootnoteIsAWarning() {
        Diagnostic d = only(parse("Claim.[^1]\n\n[^1]: Used.\n[^note]: Unused.\n"), "footnote-unused");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(new SourcePos(FILE, 10, 1), d.pos());
        assertTrue(d.message().contains("[^note]"), d.message());
    }

    @Test
    void footnotesDefinedAndUsedAreFine() {
        assertEquals(List.of(), parse("Claim.[^1] Again.[^1] More.[^b]\n\n[^1]: One.\n[^b]: Two.\n").diagnostics());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{onclick=alert(1)}", "{style=\"color:red\"}", "{href=javascript:x}", "{.Big}", "{#anchor}"})
    void forbiddenAttributesAreErrors(String attribute) {
        Diagnostic d = only(parse("Paragraph " + attribute + "\n"), "markdown-attribute");
        assertEquals(new SourcePos(FILE, 7, 12), d.pos());
    }

    @Test
    void eachForbiddenAttributeIsReported() {
        ParsedMarkdown parsed = parse("## Title {#title .note onclick=x style=y}\n");
        assertEquals(2, withCode(parsed, "markdown-attribute").size());
        assertEquals("title", parsed.headings().get(0).id());
    }

    @Test
    void idGluedToALinkInAHeadingGetsAHint() {
        ParsedMarkdown parsed = parse("## See [x](y.md){#see}\n");
        assertEquals("id '#see' attaches to the text just before it, not to the heading; put a space before '{'",
                only(parsed, "markdown-attribute").message());
        assertEquals(new SourcePos(FILE, 7, 18), only(parsed, "markdown-attribute").pos());
    }

    @Test
    void wwwAutolinksGetHttps() {
        assertEquals(List.of(new LinkRef("https://www.example.com", false, 7, 5)), parse("See www.example.com now").links());
    }

    @Test
    void lowerCaseClassIsAllowed() {
        assertEquals(List.of(), parse("## Title {#title .note}\n\nParagraph {.lead-in}\n").diagnostics());
    }

    @Test
    void diagnosticsAreSorted() {
        ParsedMarkdown parsed = parse("# One\n\n## Two\n\n[x](javascript:x)[^9]\n");
        assertEquals(parsed.diagnostics().stream().sorted(Diagnostic.ORDER).toList(), parsed.diagnostics());
        assertEquals(List.of("heading-level-1", "heading-id-missing", "unsafe-link", "footnote-undefined"),
                parsed.diagnostics().stream().map(Diagnostic::code).toList());
    }
}
