package org.jcwg.advisory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The lock file's fingerprints stay what they were: whitespace collapsed exactly as {@code \s+} -> " " and strip() did. */
class LockFingerprintTest {

    private static final Pattern AS_BEFORE = Pattern.compile("\\s+");

    /** ASCII whitespace of every kind, the Unicode spaces \s does not match, and text around them. */
    private static final String PIECES = " \t\n\u000B\f\r\u00A0\u2003\u3000\u2028\u001Caz가나.#*";

    @Test
    void whitespaceCollapsesAsTheRegularExpressionDid() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) text.append(PIECES.charAt(random.nextInt(PIECES.length())));
            String t = text.toString();
            assertEquals(AS_BEFORE.matcher(t).replaceAll(" ").strip(), Text.collapseWhitespace(t), () -> escaped(t));
            assertEquals(LockEntry.fingerprintOf(t), oldFingerprint(t), () -> escaped(t));
        }
    }

    @Test
    void aKnownTextKeepsItsFingerprint() {
        // As translations.lock files written before this change hold it.
        assertEquals("7748bdc6680e4fb7", LockEntry.fingerprintOf("## 요약\n\n북한  연계\t행위자가\r\n거래소를 노렸다. "));
    }

    private static String oldFingerprint(String text) {
        String normalised = AS_BEFORE.matcher(text).replaceAll(" ").strip();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) out.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        return out.toString();
    }
}
