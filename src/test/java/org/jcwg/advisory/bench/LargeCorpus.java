package org.jcwg.advisory.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic bilingual publication of full-length document pairs for the benchmark at
 * scale: each document has about 2,000–3,000 words per language in 8–10 sections with ids
 * (some with subsections), a table of indicators of compromise (hashes, IP addresses, domains,
 * wallets), a timeline table, a detection rule, footnotes, links to agencies, to an earlier document and
 * within the document, in English and Korean prose drawn from {@code phrases.txt}; plus the
 * agency directory, the recommendation tracker, the glossary, {@code site.yml} and a Hugo project
 * ({@link HugoProject}) over the same content folders. The corpus passes {@code check} with no
 * finding. Deterministic for a seed: document {@code i} is the same in every corpus of more than
 * {@code i} pairs. Not thread-safe.
 */
public final class LargeCorpus {

    /** What was written: pairs, words per language (whitespace-separated), bytes of Markdown. */
    public record Stats(int pairs, long wordsEn, long wordsKo, int minWordsEn, int minWordsKo, int maxWordsEn,
                        int maxWordsKo, long bytes) {
    }

    private static final String[] TOPICS = {"hot-wallet-theft", "fake-job-offers", "bridge-exploit", "laundering-routes",
            "trojanised-trading-app", "signing-service-compromise", "developer-phishing", "otc-cash-out"};

    /** The seed the benchmark uses. */
    public static final long DEFAULT_SEED = 20221109L;

    private final long seed;

    public LargeCorpus(long seed) {
        this.seed = seed;
    }

    /** Writes a corpus to look at: {@code LargeCorpus DIR PAIRS [SEED]}. */
    public static void main(String[] args) throws IOException {
        Stats s = new LargeCorpus(args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED)
                .write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println(s);
    }

    /** Writes {@code pairs} document pairs and the publication's data files under {@code root}. */
    public Stats write(Path root, int pairs) throws IOException {
        DirectoryData.write(root, new Random(seed));
        HugoProject.write(root);
        long wordsEn = 0;
        long wordsKo = 0;
        long bytes = 0;
        int minEn = Integer.MAX_VALUE;
        int minKo = Integer.MAX_VALUE;
        int maxEn = 0;
        int maxKo = 0;
        for (int i = 0; i < pairs; i++) {
            DocumentPair doc = new DocumentPair(new Random(seed * 0x9E3779B97F4A7C15L + i), i);
            String[] text = doc.write();
            bytes += write(root.resolve("content-en/" + path(i)), text[0]) + write(root.resolve("content-ko/" + path(i)), text[1]);
            wordsEn += doc.wordsEn();
            wordsKo += doc.wordsKo();
            minEn = Math.min(minEn, doc.wordsEn());
            minKo = Math.min(minKo, doc.wordsKo());
            maxEn = Math.max(maxEn, doc.wordsEn());
            maxKo = Math.max(maxKo, doc.wordsKo());
        }
        return new Stats(pairs, wordsEn, wordsKo, minEn, minKo, maxEn, maxKo, bytes);
    }

    /** The path of document {@code i} relative to a language folder: every 8th is a report. */
    public static String path(int i) {
        return (isReport(i) ? "reports/" : "advisories/") + String.format("%04d-%s.md", i, TOPICS[i % TOPICS.length]);
    }

    static boolean isReport(int i) {
        return i % 8 == 7;
    }

    /** Lines of at most about 100 characters, never starting with something Markdown would read as a block. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        int lastSpace = -1;
        int width = 0; // Hangul counts twice, as an editor shows it
        int widthAtSpace = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c >= 0x1100 ? 2 : 1;
            if (c == ' ' && i + 1 < text.length() && safeLineStart(text.charAt(i + 1))) {
                lastSpace = i;
                widthAtSpace = width;
            }
            if (width >= 100 && lastSpace > lineStart) {
                out.append(text, lineStart, lastSpace).append('\n');
                lineStart = lastSpace + 1;
                width -= widthAtSpace;
                lastSpace = -1;
            }
        }
        return out.append(text, lineStart, text.length()).toString();
    }

    private static boolean safeLineStart(char c) {
        return !Character.isDigit(c) && "-+*#>|=[`".indexOf(c) < 0;
    }


    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (Character.isWhitespace(s.charAt(i))) in = false;
            else if (letter && !in) {
                n++;
                in = true;
            }
        }
        return n;
    }

    private static long write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(p, bytes);
        return bytes.length;
    }
}
