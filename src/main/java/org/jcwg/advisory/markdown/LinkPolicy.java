package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which link and image targets an editor may write. Judges the target the way a browser
 * would finally see it (character references and percent-escapes decoded, whitespace and control
 * characters removed, backslashes as slashes), so encoded tricks such as {@code java&#115;cript:}
 * or {@code %6Aavascript:} cannot slip through. Stateless and thread-safe.
 */
final class LinkPolicy {

    /** What a target is, once decoded. */
    enum Kind {
        /** {@code http:}, {@code https:} or {@code mailto:}; emitted as written. */
        EXTERNAL,
        /** {@code #section}: a place on the same page. */
        FRAGMENT,
        /** A path with no scheme and no host: handed to the caller's rewriter. */
        RELATIVE,
        /** Anything else ({@code javascript:}, {@code data:}, {@code //host} ...): never emitted. */
        UNSAFE
    }

    /** Scheme given to bare {@code www.} autolinks, in the links list and in the output alike. */
    static final String WWW_PREFIX = "https://";

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    // Browsers accept numeric references without the closing ';' inside attributes; so do we, to be strict.
    private static final Pattern NUMERIC_REF = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?");

    // Enough rounds to undo any realistic layering of encodings; a target still changing after that is refused.
    private static final int MAX_DECODE_ROUNDS = 8;

    private LinkPolicy() {
    }

    static Kind classify(String target) {
        String decoded = decode(target);
        if (decoded == null) {
            return Kind.UNSAFE;
        }
        String s = decoded.replace('\\', '/');
        if (s.startsWith("//")) {
            return Kind.UNSAFE; // protocol-relative: another host
        }
        int colon = s.indexOf(':');
        int pathStart = indexOfAny(s, "/?#");
        if (colon >= 0 && (pathStart < 0 || colon < pathStart)) {
            String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
            return ALLOWED_SCHEMES.contains(scheme) ? Kind.EXTERNAL : Kind.UNSAFE;
        }
        return s.startsWith("#") ? Kind.FRAGMENT : Kind.RELATIVE;
    }

    static boolean isAllowed(String target) {
        return classify(target) != Kind.UNSAFE;
    }

    /**
     * The target as a browser would resolve it, or null when decoding does not settle. Decoding is
     * repeated because the generator's own output escaping adds one layer and browsers remove one:
     * judging only the outermost layer would be optimistic.
     */
    static String decode(String target) {
        String current = target;
        for (int round = 0; round < MAX_DECODE_ROUNDS; round++) {
            String next = stripInvisible(percentDecode(decodeReferences(current)));
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return null;
    }

    private static String decodeReferences(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = NUMERIC_REF.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long code = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
            String replacement = code > 0 && code <= Character.MAX_CODE_POINT
                    ? new String(Character.toChars((int) code)) : "\uFFFD";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        // Named references (&colon; &Tab; ...) use flexmark's HTML5 entity table.
        return Escaping.unescapeHtml(sb.toString());
    }

    /** Decodes %XX as UTF-8 bytes; malformed escapes stay as written (a browser keeps them too). */
    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (c == '%' && hi >= 0 && lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Removes what a URL parser skips or a reader cannot see: whitespace, control and format characters. */
    private static String stripInvisible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp > ' ' && !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                    && Character.getType(cp) != Character.FORMAT) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The target quoted for a diagnostic message: control characters made visible. */
    static String forMessage(String target) {
        StringBuilder sb = new StringBuilder();
        target.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * How much of a bare (auto-detected) link's text belongs to the link. The autolinker runs on
     * into Korean text that follows without a space ({@code soc@x.example로}); a URL or address
     * never contains Hangul, so the link ends where Hangul starts and the particle stays text.
     */
    static int bareLinkLength(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F')) {
                return i;
            }
        }
        return text.length();
    }
}
