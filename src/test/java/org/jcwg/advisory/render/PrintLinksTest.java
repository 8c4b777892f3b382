package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Links in a printed body: in-document and absolute ones stay, site-relative ones become absolute or plain text. */
class PrintLinksTest {

    private static final String BODY = "<p><a href=\"#fn-1\">1</a> <a href=\"https://x.org/?a=1&amp;b=2\">x</a>"
            + " <a href=\"../other/index.html#s\">other</a> <a href=\"mailto:a@b.org\">mail</a></p>";

    @Test
    void relativeLinksBecomeAbsoluteUnderTheBaseUrl() {
        assertEquals("<p><a href=\"#fn-1\">1</a> <a href=\"https://x.org/?a=1&amp;b=2\">x</a>"
                        + " <a href=\"https://site.org/en/advisories/other/index.html#s\">other</a> <a href=\"mailto:a@b.org\">mail</a></p>",
                PrintLinks.rewrite(BODY, Optional.of("https://site.org/en/advisories/this/")));
    }

    @Test
    void withoutBaseUrlARelativeLinkIsPlainText() {
        assertEquals("<p><a href=\"#fn-1\">1</a> <a href=\"https://x.org/?a=1&amp;b=2\">x</a>"
                        + " <a>other</a> <a href=\"mailto:a@b.org\">mail</a></p>",
                PrintLinks.rewrite(BODY, Optional.empty()));
    }
}
