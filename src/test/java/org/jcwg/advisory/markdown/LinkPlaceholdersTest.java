package org.jcwg.advisory.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jcwg.advisory.model.BodyHtml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A body rendered when it is read and resolved for its page is byte for byte the body rendered
 * for that page directly, whatever the page's rewriter does: rewrite, escape or withhold.
 */
class LinkPlaceholdersTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();

    private static final String BODY = """
            ## Summary {#summary}

            See [the earlier advisory](../advisories/old.md "Earlier & \\"older\\" > advice"), the
            [withheld one](secret.md#part), [a section](#summary) and <https://example.org/?a=1&b=2>.

            ![Flow of "stolen" funds & fees](img/flow.png "Flow > chart")

            [![Badge & shield](img/badge.png)](../reports/annual.md)

            [ref link][r] and [withheld ref][w] and ![hidden "image"](img/hidden.png).

            | Wallet | Note |
            |---|---|
            | `0xabc` | [table link](notes.md) |

            A footnote.[^1]

            [r]: ../pages/about.md
            [w]: secret.md

            [^1]: With a [link](old.md) inside.

            A [withheld link whose words end a line
            ](secret.md) and go on.

            A [withheld link naming soc@example.org and ops@example.org](secret.md), then more.
            """;

    static Stream<Arguments> rewriters() {
        Map<String, UnaryOperator<String>> all = Map.of(
                "identity", t -> t,
                "prefix", t -> "../../" + t,
                "escaping", t -> t + "?x=1&y=\"2\"<3>&amp;&v0s;",
                "withholding", t -> t.contains("secret") || t.contains("hidden") || t.contains("annual") ? null : "/" + t,
                "withholding all", t -> null);
        return all.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewriters")
    void resolvedIsRenderedForThePage(String name, UnaryOperator<String> rewriter) {
        BodyHtml early = MARKDOWN.parse("content-en/x.md", BODY, 1).html().orElseThrow();
        assertEquals(MARKDOWN.renderHtml(BODY, rewriter), MARKDOWN.resolve(early, rewriter));
    }

    @Test
    void theRewriterSeesTheTargetsInTheOrderRenderingDoes() {
        List<String> direct = new java.util.ArrayList<>();
        List<String> resolved = new java.util.ArrayList<>();
        MARKDOWN.renderHtml(BODY, t -> {
            direct.add(t);
            return t;
        });
        MARKDOWN.resolve(MARKDOWN.parse("content-en/x.md", BODY, 1).html().orElseThrow(), t -> {
            resolved.add(t);
            return t;
        });
        assertEquals(direct, resolved);
        assertTrue(direct.size() >= 8, direct.toString());
    }

    @Test
    void aBodyHoldingThePlaceholderCharactersIsRenderedWhereShown() {
        String body = "Text with \uE0000\uE001 in it and a [link](old.md).\n";
        ParsedMarkdown parsed = MARKDOWN.parse("content-en/x.md", body, 1);
        assertTrue(parsed.html().isEmpty());
    }
}
