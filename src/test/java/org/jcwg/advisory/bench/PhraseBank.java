package org.jcwg.advisory.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence pairs of {@code phrases.txt} by section, and the slots that fill them: an English
 * and a Korean value per name, with the Korean particle chosen by the value's last syllable.
 * Immutable once loaded; {@link Slots} are not thread-safe.
 */
final class PhraseBank {

    /** One sentence in both languages, with {@code {slot}} placeholders. */
    record Pair(String en, String ko) {
        boolean mentions(String slot) {
            return en.contains("{" + slot + "}") || en.contains("{" + capitalize(slot) + "}");
        }
    }

    private final Map<String, List<Pair>> byCategory;

    private PhraseBank(Map<String, List<Pair>> byCategory) {
        this.byCategory = byCategory;
    }

    /** The bank shipped beside this class. */
    static PhraseBank load() {
        try (InputStream in = PhraseBank.class.getResourceAsStream("phrases.txt")) {
            if (in == null) throw new IllegalStateException("phrases.txt is missing from the test resources");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PhraseBank parse(BufferedReader reader) throws IOException {
        Map<String, List<Pair>> map = new LinkedHashMap<>();
        String category = null;
        String en = null;
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("[")) {
                category = line.substring(1, line.indexOf(']'));
            } else if (line.startsWith("en: ")) {
                en = line.substring(4);
            } else if (line.startsWith("ko: ") && en != null && category != null) {
                map.computeIfAbsent(category, k -> new ArrayList<>()).add(new Pair(en, line.substring(4)));
                en = null;
            } else {
                throw new IllegalStateException("phrases.txt: cannot read line: " + line);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new PhraseBank(Map.copyOf(map));
    }

    List<Pair> category(String name) {
        List<Pair> pairs = byCategory.get(name);
        if (pairs == null) throw new IllegalArgumentException("no phrase category " + name);
        return pairs;
    }

    static String capitalize(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) return s.substring(0, i) + Character.toUpperCase(c) + s.substring(i + 1);
        }
        return s;
    }

    /** Named values in both languages; a later {@link #put} of a name replaces the earlier one. */
    static final class Slots {
        private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:/([가-힣]+))?\\}");
        private final Map<String, String[]> values = new HashMap<>();

        Slots put(String name, String en, String ko) {
            values.put(name, new String[] {en, ko});
            return this;
        }

        Slots copy() {
            Slots s = new Slots();
            s.values.putAll(values);
            return s;
        }

        String en(String template) {
            return fill(template, 0);
        }

        String ko(String template) {
            return fill(template, 1);
        }

        private String fill(String template, int lang) {
            Matcher m = SLOT.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                boolean capital = Character.isUpperCase(name.charAt(0));
                String[] v = values.get(capital ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name);
                if (v == null) throw new IllegalStateException("slot {" + name + "} has no value in: " + template);
                String value = v[lang];
                if (capital && lang == 0) value = capitalize(value);
                if (m.group(2) != null) value += particle(value, m.group(2));
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    /** The form of a Korean particle that follows {@code word}: 은/는, 이/가, 을/를, 과/와, 으로/로. */
    static String particle(String word, String written) {
        String[] pair = switch (written) {
            case "은", "는" -> new String[] {"은", "는"};
            case "이", "가" -> new String[] {"이", "가"};
            case "을", "를" -> new String[] {"을", "를"};
            case "과", "와" -> new String[] {"과", "와"};
            case "으로", "로" -> new String[] {"으로", "로"};
            default -> throw new IllegalArgumentException("unknown particle " + written);
        };
        char last = lastSpoken(word);
        int coda = codaOf(last);
        if (pair[0].equals("으로")) return coda == 0 || coda == 8 ? "로" : "으로"; // ㄹ takes 로
        return coda == 0 ? pair[1] : pair[0];
    }

    /** The last character read aloud: the text of a Markdown link, not its target; no backticks. */
    private static char lastSpoken(String word) {
        String w = word.strip();
        if (w.endsWith(")") && w.startsWith("[") && w.contains("](")) w = w.substring(1, w.indexOf("]("));
        for (int i = w.length() - 1; i >= 0; i--) {
            char c = w.charAt(i);
            if (Character.isLetterOrDigit(c)) return c;
        }
        return 'a';
    }

    /** The final consonant index of a syllable (0: none, 8: ㄹ), or an approximation for digits and Latin letters. */
    private static int codaOf(char c) {
        if (c >= 0xAC00 && c <= 0xD7A3) return (c - 0xAC00) % 28;
        if (c >= '0' && c <= '9') return "0136780".indexOf(c) >= 0 ? (c == '1' || c == '7' || c == '8' ? 8 : 1) : 0;
        char u = Character.toUpperCase(c);
        if (u == 'L' || u == 'R') return 8;
        return u == 'M' || u == 'N' ? 1 : 0;
    }
}
