package org.jcwg.advisory.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Paths and URLs between output files. Every link the site emits is relative to the page that
 * holds it and names {@code index.html} explicitly, so the site works from any sub-path and from
 * {@code file://} (where a folder URL would show a listing). Only canonical and absolute
 * alternate links, which need a base URL, use the pretty folder form. Stateless.
 */
final class Urls {

    static final String INDEX = "index.html";

    private Urls() {
    }

    /** The relative URL from one output file to another, both '/'-separated from the output root. */
    static String relative(String fromFile, String toFile) {
        List<String> from = dirSegments(fromFile);
        List<String> to = new ArrayList<>(Arrays.asList(toFile.split("/", -1)));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.size(); i++) sb.append("../");
        for (int i = common; i < to.size(); i++) {
            if (i > common) sb.append('/');
            sb.append(encodeSegment(to.get(i)));
        }
        return sb.toString();
    }

    /** The pretty form of a page's location: {@code en/advisories/x/} for {@code en/advisories/x/index.html}. */
    static String pretty(String file) {
        String p = file.endsWith(INDEX) ? file.substring(0, file.length() - INDEX.length()) : file;
        StringBuilder sb = new StringBuilder();
        String[] segments = p.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) sb.append('/');
            sb.append(encodeSegment(segments[i]));
        }
        return sb.toString();
    }

    /** The absolute URL of a page under the site's base URL, in pretty form. */
    static String absolute(String baseUrl, String file) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + pretty(file);
    }

    /**
     * Resolves a relative target path (no fragment) against the folder of a file, both relative to
     * a language folder; empty when it climbs above that folder.
     */
    static Optional<String> resolve(String fromFile, String target) {
        List<String> out = dirSegments(fromFile);
        for (String s : target.split("/", -1)) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (out.isEmpty()) return Optional.empty();
                out.remove(out.size() - 1);
            } else {
                out.add(s);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(String.join("/", out));
    }

    /** Decodes %XX escapes as UTF-8; malformed escapes stay as written. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int hi = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int lo = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
            if (raw[i] == '%' && hi >= 0 && lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Percent-encodes a path segment: keeps RFC 3986 unreserved and sub-delimiter characters and escapes ":" (a colon in a first segment would read as a scheme),
     * escapes the rest (spaces, '?', '#', '%', non-ASCII as UTF-8).
     */
    static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    private static List<String> dirSegments(String file) {
        List<String> segments = new ArrayList<>(Arrays.asList(file.split("/", -1)));
        segments.remove(segments.size() - 1);
        return segments;
    }
}
