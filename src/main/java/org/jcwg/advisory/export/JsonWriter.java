package org.jcwg.advisory.export;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON deterministically: keys in insertion order, two-space indentation, one trailing
 * newline, UTF-8. Strings escape what JSON requires (quote, backslash, control characters) plus
 * U+2028/U+2029 (which break JavaScript string literals) and unpaired surrogates (which UTF-8
 * cannot carry); everything else, Hangul included, is written as is. Accepts {@link JsonObject},
 * {@link List}, {@link String}, {@link Integer}, {@link Long}, {@link Boolean} and null.
 * Stateless and thread-safe.
 */
public final class JsonWriter {

    private static final String INDENT = "  ";

    private JsonWriter() {
    }

    public static byte[] write(Object value) {
        StringBuilder out = new StringBuilder(4096);
        value(out, value, 0, true);
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same value on one line, without spaces: for data a script loads, where size counts. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder(4096);
        value(out, value, 0, false);
        return out.toString();
    }

    private static void value(StringBuilder out, Object value, int depth, boolean pretty) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof JsonObject o) {
            object(out, o.members(), depth, pretty);
        } else if (value instanceof List<?> list) {
            array(out, list, depth, pretty);
        } else {
            throw new IllegalStateException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<String, Object> members, int depth, boolean pretty) {
        if (members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<Map.Entry<String, Object>> it = members.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Object> e = it.next();
            newline(out, depth + 1, pretty);
            string(out, e.getKey());
            out.append(pretty ? ": " : ":");
            value(out, e.getValue(), depth + 1, pretty);
            if (it.hasNext()) out.append(',');
        }
        newline(out, depth, pretty);
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> items, int depth, boolean pretty) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            newline(out, depth + 1, pretty);
            value(out, items.get(i), depth + 1, pretty);
            if (i + 1 < items.size()) out.append(',');
        }
        newline(out, depth, pretty);
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth, boolean pretty) {
        if (!pretty) return;
        out.append('\n');
        for (int i = 0; i < depth; i++) out.append(INDENT);
    }

    /** Appends {@code s} as a JSON string, escaped as every string this writer writes (also for writers of large, regular JSON). */
    public static void string(StringBuilder out, String s) {
        out.append('"');
        int run = 0; // start of the characters not yet written, which need no escape
        for (int i = 0; i < s.length(); i++) {
            String escape = escape(s, i);
            if (escape == null) continue;
            out.append(s, run, i).append(escape);
            run = i + 1;
        }
        out.append(s, run, s.length()).append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** How the character at {@code i} is written, or null when it is written as it is. */
    private static String escape(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') return null;
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\b': return "\\b";
            case '\f': return "\\f";
            default:
                // <, > and & escaped too: the JSON stays inert if someone pastes it into HTML or a script tag.
                if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7F || c == '<' || c == '>' || c == '&'
                        || unpaired(s, i)) {
                    return new String(new char[] {'\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 15], HEX[(c >> 4) & 15], HEX[c & 15]});
                }
                return null;
        }
    }

    /** A surrogate that is not half of a pair: UTF-8 would turn it into '?', an escape keeps it. */
    private static boolean unpaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
