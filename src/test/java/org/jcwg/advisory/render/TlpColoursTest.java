package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web pages' stylesheet and the print template colour the TLP label as FIRST's TLP 2.0
 * prescribes: the colour of each level on a black background.
 */
class TlpColoursTest {

    private static final Map<String, String> COLOURS = Map.of("red", "#ff2b2b", "amber", "#ffc000",
            "amber-strict", "#ffc000", "green", "#33ff00", "clear", "#ffffff");

    @Test
    void htmlAndPrintUseTheStandardColoursOnBlack() throws IOException {
        for (String file : new String[] {"/static/style.css", "/print/document.ftlh"}) {
            String css = read(file).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            // Every rule "selectors { color: #rrggbb; ...": which colour each selector gets.
            Map<String, String> colourOf = new HashMap<>();
            Matcher rule = Pattern.compile("([^{}]+)\\{ color: (#[0-9a-f]{6});").matcher(css);
            while (rule.find()) {
                for (String selector : rule.group(1).split(",")) colourOf.put(selector.strip(), rule.group(2));
            }
            COLOURS.forEach((level, colour) -> assertEquals(colour, colourOf.get(".tlp-" + level), file + ": " + level));
            assertTrue(Pattern.compile("\\.tlp(-label)? \\{[^}]*background(-color)?: #000(000)?[; ]").matcher(css).find(),
                    file + ": label on black");
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream(Templates.CLASSPATH_ROOT + file)) {
            assertNotNull(in, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
