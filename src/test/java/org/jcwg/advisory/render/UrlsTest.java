package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void relativeBetweenOutputFiles() {
        assertEquals("../../../ko/advisories/x/index.html",
                Urls.relative("en/advisories/x/index.html", "ko/advisories/x/index.html"));
        assertEquals("../y/index.html", Urls.relative("en/advisories/x/index.html", "en/advisories/y/index.html"));
        assertEquals("index.html", Urls.relative("en/index.html", "en/index.html"));
        assertEquals("en/index.html", Urls.relative("index.html", "en/index.html"));
        assertEquals("../index.html", Urls.relative("en/index.html", "index.html"));
        assertEquals("../../assets/style.css", Urls.relative("en/about/index.html", "assets/style.css"));
    }

    @Test
    void encodesPathSegments() {
        assertEquals("img/my%20fig%231.png", Urls.relative("en/x.html", "en/img/my fig#1.png"));
        assertEquals("%EA%B7%B8%EB%A6%BC.png", Urls.encodeSegment("그림.png"));
        assertEquals("a%3Ab.png", Urls.encodeSegment("a:b.png"));
    }

    @Test
    void prettyAndAbsolute() {
        assertEquals("en/advisories/x/", Urls.pretty("en/advisories/x/index.html"));
        assertEquals("", Urls.pretty("index.html"));
        assertEquals("https://e.org/s/en/", Urls.absolute("https://e.org/s", "en/index.html"));
        assertEquals("https://e.org/s/en/", Urls.absolute("https://e.org/s/", "en/index.html"));
    }

    @Test
    void resolvesAgainstTheDocumentFolder() {
        assertEquals(Optional.of("reports/y.md"), Urls.resolve("advisories/x.md", "../reports/y.md"));
        assertEquals(Optional.of("advisories/img/a.png"), Urls.resolve("advisories/x.md", "./img/a.png"));
        assertEquals(Optional.of("about.md"), Urls.resolve("about.md", "about.md"));
        assertEquals(Optional.empty(), Urls.resolve("about.md", "../outside.md"));
        assertEquals("my fig.png", Urls.percentDecode("my%20fig.png"));
        assertEquals("그림", Urls.percentDecode("%EA%B7%B8%EB%A6%BC"));
    }
}
