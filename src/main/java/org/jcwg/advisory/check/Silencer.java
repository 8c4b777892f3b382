package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcwg.advisory.model.Comment;

/**
 * The editors' in-place silencing of one section pair: {@code <!-- check:ignore KIND -->} or
 * {@code <!-- check:ignore KIND VALUE -->} anywhere in the section, in either language. A comment
 * that silences nothing is reported so that stale ones get cleaned up; an unknown KIND is an
 * error. Not thread-safe: one per section pair.
 */
final class Silencer {

    static final Set<String> FACT_KINDS = Set.of("amount", "number", "percent", "date", "ioc", "id", "link", "image",
            "footnote", "table", "code");
    static final Set<String> KINDS = Set.of("amount", "number", "percent", "date", "ioc", "id", "link", "image",
            "footnote", "table", "code", "untranslated", "section-empty", "glossary");
    private static final Pattern IGNORE = Pattern.compile("check:ignore(?:\\s+(\\S+)(?:\\s+(.*?))?)?\\s*",
            Pattern.DOTALL);
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private record Rule(Comment comment, String kind, String value) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final boolean[] used;

    /** Reads the silencing comments of a pair; malformed ones are reported at once. */
    Silencer(List<Comment> comments, Findings findings) {
        for (Comment c : comments) {
            if (!c.text().startsWith("check:ignore")) continue;
            Matcher m = IGNORE.matcher(c.text());
            String kind = m.matches() && m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : null;
            if (kind == null || !KINDS.contains(kind)) {
                findings.error("ignore-invalid", c.pos(), "'" + c.text() + "' is not a valid silencing comment: write "
                        + "<!-- check:ignore KIND --> or <!-- check:ignore KIND VALUE -->, KIND one of "
                        + String.join(", ", KINDS.stream().sorted().toList()));
                continue;
            }
            String value = m.group(2) == null || m.group(2).isBlank() ? null : normal(m.group(2));
            rules.add(new Rule(c, kind, value));
        }
        used = new boolean[rules.size()];
    }

    /** Whether a finding is silenced; marks the comments that silence it as used. */
    boolean silences(PairFinding finding) {
        boolean silenced = false;
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (r.kind().equals(finding.kind()) && (r.value() == null || names(finding, r.value()))) {
                used[i] = true;
                silenced = true;
            }
        }
        return silenced;
    }

    /** Comments of a pair that silenced nothing. */
    void reportUnused(Findings findings) {
        for (int i = 0; i < rules.size(); i++) {
            if (used[i]) continue;
            Rule r = rules.get(i);
            findings.warning("ignore-unused", r.comment().pos(), "'<!-- " + r.comment().text() + " -->' silences nothing"
                    + " in this section (no " + r.kind() + " finding" + (r.value() == null ? "" : " for '" + r.value() + "'")
                    + "): remove it");
        }
    }

    private static boolean names(PairFinding finding, String value) {
        for (String v : finding.values()) {
            if (v != null && normal(v).equalsIgnoreCase(value)) return true;
        }
        return false;
    }

    private static String normal(String s) {
        return SPACE.matcher(s.strip()).replaceAll(" ");
    }
}
