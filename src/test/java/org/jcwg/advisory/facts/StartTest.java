package org.jcwg.advisory.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jcwg.advisory.bench.LargeCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passes try a pattern only where its {@link Start} says a match can begin. A Start that
 * passes over a real match would silently lose a fact (a wallet address left out of the
 * comparison), so every pass is run here with {@code verifyStarts}, which tries the positions
 * passed over as well and fails on a match there: over the sample publication, generated
 * advisories and texts made of the pieces facts are made of.
 */
class StartTest {

    /** Pieces of facts and of the text around them, in both languages. */
    private static final String[] PIECES = {
        "0x", "0X", "bc1", "BC1", "bc1q", "CVE-", "cve-", "T1566", ".001", "TA0001", "DS0015", "S0001", "G0032",
        "M1017", "1", "3", "7", "0", "2022", "1999", "12", "31", ".", ",", ":", "::", "/", "-", "_", "%", "+", "@",
        "$", "US$", "U.S. $", "USD", "KRW", "EUR", "₩", "€", "£", "¥", " ", " ", " ", "\n", "(", ")", "[", "]",
        "hxxp://", "https://", "ftp://", "[.]", "(.)", "example", "com", "kr", ".com", "www.", "a", "b", "c", "d",
        "e", "f", "A", "F", "x", "Z", "deadbeef", "DEADBEEF", "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf", "Jan", "January",
        "Feb", "Mar", "May", "Sept", "Dec", "of", "UTC", "GMT", "KST", "EST", "am", "pm", "million", "billion",
        "thousand", "one", "two", "twelve", "hundred", "first", "s", "'s", "percent", "report.pdf", "v2.1",
        "년", "월", "일", "시", "분", "억", "만", "천", "백", "원", "달러", "명", "개", "건", "곳", "번", "두", "세", "네",
        "다섯", "여섯", "열", "일곱", "아홉", "스무", "약", "대", "년대", "년도", "오전", "오후", "퍼센트", "%p", "가상자산",
        "믹서", "를", "는", "의", "에서", "북한", "거래소", "１", "٣", "K", "ſ",
    };

    @Test
    void noStartHidesAMatchInThePublication() throws IOException {
        int texts = 0;
        for (String folder : List.of("content-en", "content-ko")) {
            for (String paragraph : paragraphs(Path.of(folder))) {
                requireStartsHold(paragraph);
                texts++;
            }
        }
        assertTrue(texts > 100, "the sample publication was read: " + texts + " paragraphs");
    }

    @Test
    void noStartHidesAMatchInGeneratedAdvisories(@TempDir Path root) throws IOException {
        new LargeCorpus(LargeCorpus.DEFAULT_SEED).write(root, 6);
        int texts = 0;
        for (String paragraph : paragraphs(root)) {
            requireStartsHold(paragraph);
            texts++;
        }
        assertTrue(texts > 500, "the corpus was read: " + texts + " paragraphs");
    }

    @Test
    void noStartHidesAMatchInTextsMadeOfFactPieces() {
        Random random = new Random(20261201L);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(24);
            for (int p = 0; p < pieces; p++) {
                if (random.nextInt(5) == 0) {
                    int run = 1 + random.nextInt(70);
                    for (int k = 0; k < run; k++) text.append("0123456789abcdefABCDEF".charAt(random.nextInt(22)));
                } else {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            requireStartsHold(text.toString());
        }
    }

    @Test
    void theVerificationFailsForAStartThatHidesAMatch() {
        Scan scan = new Scan("paid 250 dollars on 3 March", true);
        // Digits can only start a number: a start that takes word starts other than digits misses both.
        Start lettersOnly = Start.word("abcdefghijklmnopqrstuvwxyz", (s, i) -> true);
        AssertionError e = assertThrows(AssertionError.class,
                () -> scan.each(Pattern.compile("\\d+"), lettersOnly, m -> scan.add(FactKind.NUMBER, m.group(), m.start(), m.end())));
        assertTrue(e.getMessage().contains("'250'"), e.getMessage());
    }

    @Test
    void aVerifiedScanFindsWhatAPlainOneFinds() {
        String text = "On 12 March 2022 the group moved US$1.5 million through 0x" + "ab".repeat(20)
                + " and bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh; see CVE-2021-44228 and T1566.001.";
        assertEquals(Facts.findEnglish(text, false), Facts.findEnglish(text, true));
        assertTrue(Facts.findEnglish(text, true).size() >= 6, () -> Facts.findEnglish(text, true).toString());
    }

    private static void requireStartsHold(String text) {
        Facts.findEnglish(text, true);
        Facts.findKorean(text, true);
    }

    /** The blocks of prose of every Markdown file under {@code root}, front matter included. */
    private static List<String> paragraphs(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (String block : Files.readString(f, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                    if (!block.isBlank()) out.add(block);
                }
            }
        }
        return out;
    }
}
