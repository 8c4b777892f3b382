package org.jcwg.advisory.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.com/           | EXTERNAL",
            "HTTP://EXAMPLE.COM             | EXTERNAL",
            "mailto:cert@example.kr         | EXTERNAL",
            "#mitigations                   | FRAGMENT",
            "../advisories/x.md#summary     | RELATIVE",
            "images/a.png                   | RELATIVE",
            "docs/a:b.md                    | RELATIVE",
            "/absolute/path                 | RELATIVE",
            "javascript:alert(1)            | UNSAFE",
            "' JaVaScRiPt:alert(1)'         | UNSAFE",
            "java&#115;cript:alert(1)       | UNSAFE",
            "java&#115cript:alert(1)        | UNSAFE",
            "&#x6A;avascript:alert(1)       | UNSAFE",
            "%6Aavascript:alert(1)          | UNSAFE",
            "%256Aavascript:alert(1)        | UNSAFE",
            "java%0Ascript:alert(1)         | UNSAFE",
            "javascript&colon;alert(1)      | UNSAFE",
            "java\u200Bscript:alert(1)      | UNSAFE",
            "data:text/html,x               | UNSAFE",
            "file:///etc/passwd             | UNSAFE",
            "vbscript:x                     | UNSAFE",
            "ftp://example.com/             | UNSAFE",
            "//evil.example/                | UNSAFE",
            "/\\evil.example/               | UNSAFE",
            "\\\\evil.example/              | UNSAFE",
            "%2F%2Fevil.example/            | UNSAFE",
            "a:b                            | UNSAFE",
    })
    void classifiesDecodedTargets(String target, LinkPolicy.Kind kind) {
        assertEquals(kind, LinkPolicy.classify(target));
    }
}
