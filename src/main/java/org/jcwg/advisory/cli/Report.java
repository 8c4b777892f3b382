package org.jcwg.advisory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.diag.Diagnostic;

/**
 * Prints findings in the three formats of the contract: {@code text} (compiler style, with the
 * source line and a caret), {@code json} (one document, schema in the README) and
 * {@code github} (workflow annotations). Not thread-safe (caches source lines).
 */
final class Report {

    enum Format { text, json, github }

    private final Path root;
    private final Map<String, List<String>> lines = new HashMap<>();

    Report(Path root) {
        this.root = root;
    }

    void print(Outcome outcome, Format format, PrintWriter out, PrintWriter err) {
        switch (format) {
            case text -> text(outcome, err);
            case json -> out.print(json(outcome));
            case github -> outcome.diagnostics().forEach(d -> out.println(github(d)));
        }
        out.flush();
        err.flush();
    }

    private void text(Outcome outcome, PrintWriter err) {
        for (Diagnostic d : outcome.diagnostics()) {
            err.println(d);
            sourceLine(d).ifPresent(line -> {
                err.println("    " + line);
                err.println("    " + " ".repeat(Math.max(0, caretColumn(line, d.pos().column()) - 1)) + "^");
            });
        }
        if (!outcome.diagnostics().isEmpty()) {
            err.println(count(outcome.errors(), "error") + ", " + count(outcome.warnings(), "warning"));
        }
    }

    private static final int MAX_SHOWN = 160;

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private java.util.Optional<String> sourceLine(Diagnostic d) {
        List<String> file = lines.computeIfAbsent(d.pos().file(), f -> {
            try {
                return List.of(new String(Files.readAllBytes(root.resolve(f)), StandardCharsets.UTF_8)
                        .replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").split("\n", -1));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        int index = d.pos().line() - 1;
        if (index >= file.size() || file.get(index).isBlank()) return java.util.Optional.empty();
        String line = file.get(index).replace('\t', ' ');
        // A pathological line (thousands of characters) is shown by its start, with the caret if it fits.
        return java.util.Optional.of(line.length() > MAX_SHOWN ? line.substring(0, MAX_SHOWN) + "\u2026" : line);
    }

    /** Korean and other wide characters take two terminal cells; keep the caret under its character. */
    private static int caretColumn(String line, int column) {
        int cells = 1;
        for (int i = 0; i < Math.min(column - 1, line.length()); i++) {
            cells += isWide(line.charAt(i)) ? 2 : 1;
        }
        return cells;
    }

    private static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60);
    }

    static String json(Outcome outcome) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"version\":1,\"errors\":").append(outcome.errors())
                .append(",\"warnings\":").append(outcome.warnings()).append(",\"findings\":[");
        String sep = "";
        for (Diagnostic d : outcome.diagnostics()) {
            sb.append(sep).append("\n  {\"file\":").append(quote(d.pos().file()))
                    .append(",\"line\":").append(d.pos().line())
                    .append(",\"column\":").append(d.pos().column())
                    .append(",\"severity\":").append(quote(d.severity().label()))
                    .append(",\"code\":").append(quote(d.code()))
                    .append(",\"message\":").append(quote(d.message())).append('}');
            sep = ",";
        }
        return sb.append(outcome.diagnostics().isEmpty() ? "]}\n" : "\n]}\n").toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static String github(Diagnostic d) {
        return "::" + d.severity().label() + " file=" + property(d.pos().file()) + ",line=" + d.pos().line()
                + ",col=" + d.pos().column() + ",title=" + property(d.code()) + "::" + data(d.message());
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
