package org.jcwg.advisory.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The screened autolinker links exactly what flexmark's own does: the same HTML for texts made of
 * the pieces links are made of (schemes, '@', "www.", entities and escapes that write them),
 * ordinary words in both languages and Markdown around them.
 */
class ScreenedAutolinkTest {

    private static final String[] PIECES = {
        "http", "https", "://", ":", "//", "@", "www.", "ww", "w", ".", "example.org", "soc", "mailto:", "ftp",
        "&#58;", "&#x3a;", "&colon;", "&#64;", "&commat;", "&#119;", "\\:", "\\@", "\\w", "&amp;", "&",
        " ", " ", " ", "\n", "\n\n", "the", "wallet", "Was", "WWW.", "지갑", "주소", "입니다", "0x3f", "1,200",
        "`", "*", "_", "[", "](", ")", "<", ">", "| a | b |\n|---|---|\n| ", "# ", "- ", "> ", "{#id}", "[^1]",
        "\\", "?", "/", "-", "#", "%", "(", "~~", "&lt;", "&#x40;", "{.note}", "\n    ", "~", "1. "};

    @Test
    void linksWhatFlexmarksAutolinkerLinks() {
        HtmlRenderer renderer = HtmlRenderer.builder(options(List.of())).build();
        Parser plain = Parser.builder(options(List.of(AutolinkExtension.create()))).build();
        Parser screened = Parser.builder(options(List.of(new ScreenedAutolinkExtension()))).build();
        SplittableRandom random = new SplittableRandom(20261201);
        int linked = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(1, 40); i > 0; i--) text.append(PIECES[random.nextInt(PIECES.length)]);
            String expected = renderer.render(plain.parse(text.toString()));
            assertEquals(expected, renderer.render(screened.parse(text.toString())), () -> "for " + text);
            if (expected.contains("<a href")) linked++;
        }
        assertTrue(linked > 1_000, "the texts hold links often enough to tell: " + linked);
    }

    @Test
    void screensOutTextThatCannotHoldALink() {
        assertFalse(ScreenedAutolinkExtension.mayHoldLink("The wallet was drained in 2024, 지갑 주소는 다릅니다."));
        assertTrue(ScreenedAutolinkExtension.mayHoldLink("see www.example.org"));
        assertTrue(ScreenedAutolinkExtension.mayHoldLink("ops@example.org"));
        assertTrue(ScreenedAutolinkExtension.mayHoldLink("https&#58;//example.org"));
        assertTrue(ScreenedAutolinkExtension.mayHoldLink("ww\\w.example.org"));
    }

    private static MutableDataSet options(List<Extension> autolink) {
        MutableDataSet options = new MutableDataSet();
        // The body parser's other extensions, which shape the text nodes the autolinker sees.
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), StrikethroughExtension.create()));
        extensions.addAll(autolink);
        options.set(Parser.EXTENSIONS, extensions);
        return options;
    }
}
