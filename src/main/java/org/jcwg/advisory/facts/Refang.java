package org.jcwg.advisory.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the usual defanging of indicators ({@code 203.0.113[.]5}, {@code hxxps[:]//},
 * {@code a[@]b.example}) so that one set of patterns reads both forms, while keeping a map back
 * to the original text for what the editor wrote. Brackets are only undone between letters or
 * digits, so ordinary punctuation in prose is left alone. Stateless.
 */
final class Refang {

    private static final Pattern DEFANGED = Pattern.compile(
            "\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\[:\\]|\\[://\\]|\\[@\\]|\\[at\\]"
                    + "|hxxp(?=s?(?::|\\[:\\]|\\[://\\]))|fxp(?=://)",
            Pattern.CASE_INSENSITIVE);

    private Refang() {
    }

    /** The refanged text and, for each of its characters (and its end), the offset in the original. */
    record Result(String original, String text, int[] offsets) {
        String written(int start, int end) {
            return original.substring(offsets[start], offsets[end]);
        }

        int originalOffset(int index) {
            return offsets[index];
        }
    }

    static Result apply(String original) {
        if (!maybeDefanged(original)) return identity(original);
        Matcher m = DEFANGED.matcher(original);
        if (!m.find()) return identity(original);
        StringBuilder text = new StringBuilder(original.length());
        int[] offsets = new int[original.length() + 1];
        int copied = 0;
        do {
            String token = m.group().toLowerCase(Locale.ROOT);
            String replacement = replacement(token);
            boolean scheme = token.startsWith("hxxp") || token.startsWith("fxp");
            if (!scheme && !token.equals("[://]") && !between(original, m.start(), m.end(), token.equals("[:]"))) continue;
            for (int i = copied; i < m.start(); i++) {
                offsets[text.length()] = i;
                text.append(original.charAt(i));
            }
            for (int i = 0; i < replacement.length(); i++) {
                // a same-length replacement keeps a 1:1 map; a shorter one maps to its start
                offsets[text.length()] = replacement.length() == token.length() ? m.start() + i : m.start();
                text.append(replacement.charAt(i));
            }
            copied = m.end();
        } while (m.find());
        for (int i = copied; i < original.length(); i++) {
            offsets[text.length()] = i;
            text.append(original.charAt(i));
        }
        offsets[text.length()] = original.length();
        int[] exact = Arrays.copyOf(offsets, text.length() + 1);
        return new Result(original, text.toString(), exact);
    }

    /** A cheap test first: most prose has none of the brackets or schemes that defanging uses. */
    private static boolean maybeDefanged(String s) {
        return s.indexOf('[') >= 0 || s.indexOf('{') >= 0 || s.contains("(.") || s.contains("(dot")
                || s.contains("xxp") || s.contains("XXP") || s.contains("fxp") || s.contains("FXP");
    }

    private static String replacement(String token) {
        return switch (token) {
            case "[:]" -> ":";
            case "[://]" -> "://";
            case "[@]", "[at]" -> "@";
            case "hxxp" -> "http";
            case "fxp" -> "ftp";
            default -> ".";
        };
    }

    /** Defanged only between letters or digits ({@code [:]} also before the {@code //} of a URL). */
    private static boolean between(String s, int start, int end, boolean colon) {
        if (start == 0 || end >= s.length() || !Character.isLetterOrDigit(s.charAt(start - 1))) return false;
        char next = s.charAt(end);
        return Character.isLetterOrDigit(next) || (colon && next == '/');
    }

    private static Result identity(String original) {
        int[] offsets = new int[original.length() + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        return new Result(original, original, offsets);
    }
}
