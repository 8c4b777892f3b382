package org.jcwg.advisory.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AcronymsTest {

    /** The expression the scanner stands in for. */
    private static final Pattern ACRONYM = Pattern.compile("(?<![A-Za-z])[A-Z][A-Z0-9&]+s?(?![A-Za-z])");

    private static List<String> scanned(String text) {
        List<String> found = new ArrayList<>();
        Acronyms.each(text, (start, end) -> found.add(start + "-" + end));
        return found;
    }

    private static List<String> matched(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) found.add(m.start() + "-" + m.end());
        return found;
    }

    @Test
    void findsTheAcronymsOfProse() {
        String text = "OFAC은 VASPs와 AT&T, T1566.001을 다룬다. Not NASA's 3CX or Xyz; FBIs ABCsx AB1C";
        List<String> words = scanned(text).stream().map(span -> {
            String[] p = span.split("-");
            return text.substring(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        }).toList();
        assertEquals(List.of("OFAC", "VASPs", "AT&T", "T1566", "NASA", "CX", "FBIs", "AB1C"), words);
    }

    @Test
    void findsWhatTheExpressionFindsInAnyText() {
        String alphabet = "AZTBsSa z09&.-'한\n";
        Random random = new Random(20261207);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(matched(text.toString()), scanned(text.toString()), () -> "in '" + text + "'");
        }
    }
}
