package org.jcwg.advisory.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRenderTest {
    private static final UnaryOperator<String> SAME = UnaryOperator.identity();
    private final MarkdownProcessor md = new MarkdownProcessor();

    private String render(String body) {
        return md.renderHtml(body, SAME);
    }

    @Test
    void addressesInALinksWordsDoNotNestLinks() {
        String html = render("[Write to soc@example.org or see https://example.org/x](../pages/contact.md)\n");
        assertEquals(1, html.split("<a ", -1).length - 1, html);
        assertTrue(html.contains("soc@example.org") && html.contains("https://example.org/x"), html);
    }

    @Test
    void rendersAWholeDocument() {
        String body = """
                Intro with ~~old~~ **new** text and https://example.com/bare.[^1]

                ## Mitigations {#mitigations}

                | Indicator | Type |
                |:----------|-----:|
                | 203.0.113.5 | IP |

                See [the other advisory](../advisories/x.md#summary).

                [^1]: Source: [CISA](https://www.cisa.gov/).
                """;
        String expected = """
                <p>Intro with <del>old</del> <strong>new</strong> text and <a href="https://example.com/bare">https://example.com/bare</a>.<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup></p>
                <h2 id="mitigations">Mitigations</h2>
                <table>
                <thead>
                <tr><th align="left">Indicator</th><th align="right">Type</th></tr>
                </thead>
                <tbody>
                <tr><td align="left">203.0.113.5</td><td align="right">IP</td></tr>
                </tbody>
                </table>
                <p>See <a href="/en/advisories/x/#summary">the other advisory</a>.</p>
                <div class="footnotes">
                <hr />
                <ol>
                <li id="fn-1">
                <p>Source: <a href="https://www.cisa.gov/">CISA</a>.</p>
                <a href="#fnref-1" class="footnote-backref">&#8617;</a>
                </li>
                </ol>
                </div>
                """;
        assertEquals(expected, md.renderHtml(body, target -> target.equals("../advisories/x.md#summary")
                ? "/en/advisories/x/#summary" : "WRONG"));
    }

    @Test
    void wwwAutolinksGetHttps() {
        assertEquals("<p>See <a href=\"https://www.example.com\">www.example.com</a></p>\n", render("See www.example.com"));
    }

    @Test
    void rawHtmlBlockIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", render("<script>alert(1)</script>\n"));
    }

    @Test
    void inlineHtmlIsEscaped() {
        assertEquals("<p>Look: &lt;img src=x onerror=alert(1)&gt; here</p>\n",
                render("Look: <img src=x onerror=alert(1)> here\n"));
    }

    @Test
    void multiLineHtmlBlockIsEscapedWhole() {
        assertEquals("<p>&lt;div onclick=&quot;x()&quot;&gt;\n&lt;b&gt;not bold&lt;/b&gt;\n&lt;/div&gt;</p>\n",
                render("<div onclick=\"x()\">\n<b>not bold</b>\n</div>\n"));
    }

    @Test
    void standAloneCommentsAreDroppedAndOthersEscaped() {
        assertEquals("<p>a  b</p>\n", render("<!-- check:ignore -->\n\na <!-- note --> b\n"));
        assertEquals("<p>&lt;!-- x --&gt;&lt;script&gt;y&lt;/script&gt;</p>\n", render("<!-- x --><script>y</script>\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java&#115;cript:alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](%6Aavascript:alert(1))",
            "[x](file:///etc/passwd)",
            "[x](//evil.example/)",
            "[x](javascript&colon;alert(1))",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "<javascript:alert(1)>",
    })
    void unsafeLinksKeepOnlyTheirText(String body) {
        String html = render(body);
        assertFalse(html.contains("href"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:\""), html);
        assertFalse(html.contains("file:"), html);
        assertFalse(html.contains("evil"), html);
        assertTrue(html.startsWith("<p>x</p>") || html.contains("javascript:alert(1)</p>"), html);
    }

    @Test
    void unsafeImageKeepsItsAltText() {
        assertEquals("<p>before chart after</p>\n", render("before ![chart](data:image/png;base64,AAA) after\n"));
    }

    @Test
    void unsafeTargetsNeverReachTheRewriter() {
        List<String> seen = new ArrayList<>();
        md.renderHtml("[a](javascript:x) [b](//evil/) [c](https://ok/) [d](#top) [e](mailto:a@b.c) [f](x.md)", t -> {
            seen.add(t);
            return t;
        });
        assertEquals(List.of("x.md"), seen);
    }

    @Test
    void allowedTargetsAreKept() {
        String html = md.renderHtml("[a](http://example.com/) [b](https://example.com/?q=1&r=2) [c](mailto:cert@example.kr) "
                + "[d](#mitigations) [e](../x.md#y)", target -> "/rewritten/" + target);
        assertEquals("<p><a href=\"http://example.com/\">a</a> <a href=\"https://example.com/?q=1&amp;r=2\">b</a> "
                + "<a href=\"mailto:cert@example.kr\">c</a> <a href=\"#mitigations\">d</a> "
                + "<a href=\"/rewritten/../x.md#y\">e</a></p>\n", html);
    }

    @Test
    void rewriterReceivesTheTargetAsWrittenAndItsResultIsTheHref() {
        List<String> seen = new ArrayList<>();
        String html = md.renderHtml("See [it](../advisories/x.md#mitigations).\n\n![map](images/map.png \"Map\")\n", t -> {
            seen.add(t);
            return t.startsWith("../") ? "../x/#mitigations" : "/ko/images/map.png";
        });
        assertEquals(List.of("../advisories/x.md#mitigations", "images/map.png"), seen);
        assertEquals("<p>See <a href=\"../x/#mitigations\">it</a>.</p>\n"
                + "<p><img src=\"/ko/images/map.png\" alt=\"map\" title=\"Map\" /></p>\n", html);
    }

    @Test
    void rewriterResultIsAttributeEscaped() {
        assertEquals("<p><a href=\"a&quot;&gt;b\">x</a></p>\n", md.renderHtml("[x](y.md)", t -> "a\">b"));
    }

    @Test
    void bareLinksEndWhereKoreanStarts() {
        assertEquals("<p><a href=\"mailto:soc@x.example\">soc@x.example</a>로 신고 "
                        + "<a href=\"https://x.example/a\">https://x.example/a</a>를 참고</p>\n",
                render("soc@x.example로 신고 https://x.example/a를 참고"));
        assertEquals(List.of("mailto:soc@x.example", "https://x.example/a"),
                md.parse("f.md", "soc@x.example로 신고 https://x.example/a를 참고", 1).links().stream()
                        .map(LinkRef::target).toList());
    }

    @Test
    void nullFromTheRewriterWithholdsTheTarget() {
        assertEquals("<p>see <em>next</em> and pic</p>\n",
                md.renderHtml("see [*next*](next.md) and ![pic](img/p.png)", t -> null));
    }

    @Test
    void headingIdsComeOnlyFromAttributes() {
        assertEquals("<h2 id=\"summary\">Summary</h2>\n<h2>No id</h2>\n<h3 class=\"note\">Bad id</h3>\n",
                render("## Summary {#summary}\n\n## No id\n\n### Bad id {#Bad_Id .note}\n"));
    }

    @Test
    void forbiddenAttributesNeverReachTheOutput() {
        String html = render("## Title {#title onclick=alert(1)}\n\nParagraph {onclick=alert(1)}\n\n"
                + "![i](a.png){style=\"x\" .wide}\n\n[l](b.md){href=javascript:x}\n");
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("alert"), html);
        assertFalse(html.contains("style"), html);
        assertFalse(html.contains("javascript"), html);
        assertEquals("<h2 id=\"title\">Title</h2>\n<p>Paragraph</p>\n<p><img src=\"a.png\" alt=\"i\" class=\"wide\" /></p>\n"
                + "<p><a href=\"b.md\">l</a></p>\n", html);
    }

    @Test
    void koreanTextIsUnchanged() {
        assertEquals("<h2 id=\"summary\">요약</h2>\n<p>북한의 가상자산 탈취 위협에 대한 <strong>합동 권고문</strong>입니다.</p>\n",
                render("## 요약 {#summary}\n\n북한의 가상자산 탈취 위협에 대한 **합동 권고문**입니다.\n"));
    }

    @Test
    void codeIsEscapedNotInterpreted() {
        assertEquals("<pre><code class=\"language-html\">&lt;script&gt;x&lt;/script&gt;\n</code></pre>\n"
                        + "<p><code>&lt;b&gt;</code></p>\n",
                render("```html\n<script>x</script>\n```\n\n`<b>`\n"));
    }

    @Test
    void sameInputGivesSameOutput() {
        String body = "## A {#a}\n\nText[^1] with [link](x.md) and | a | table |\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Note.\n";
        MarkdownProcessor other = new MarkdownProcessor();
        String first = md.renderHtml(body, t -> "/" + t);
        assertEquals(first, md.renderHtml(body, t -> "/" + t));
        assertEquals(first, other.renderHtml(body, t -> "/" + t));
        assertEquals(md.parse("f.md", body, 3), other.parse("f.md", body, 3));
    }
}
