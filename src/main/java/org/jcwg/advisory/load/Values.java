package org.jcwg.advisory.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.Field;
import org.jcwg.advisory.model.Text;

/**
 * Typed reads of positioned YAML values. Each read either returns a value or records why not,
 * so one pass over a file reports every bad value. Not thread-safe (holds the diagnostics list).
 */
final class Values {

    // 'uuuu' with STRICT rejects 2023-02-30 instead of rolling it over to March.
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<Diagnostic> out;

    Values(List<Diagnostic> out) {
        this.out = out;
    }

    void error(String code, SourcePos pos, String message) {
        out.add(Diagnostic.error(code, pos, message));
    }

    /** A mapping where one is required. */
    Optional<YNode.Map> map(YNode node, String what) {
        if (node instanceof YNode.Map m) return Optional.of(m);
        error("yaml-shape", node.pos(), what + " must be a mapping of keys to values, not " + node.kind()
                + "; write one 'key: value' per line");
        return Optional.empty();
    }

    /** A list where one is required; a missing key is an empty list. */
    List<YNode> seq(YNode.Map map, String key) {
        Optional<YNode.Entry> entry = map.find(key);
        if (entry.isEmpty() || isEmptyScalar(entry.get().value())) return List.of();
        if (entry.get().value() instanceof YNode.Seq s) return s.items();
        error("yaml-shape", entry.get().value().pos(), "'" + key + "' must be a list; write one '- ' line per entry");
        return List.of();
    }

    Optional<String> string(YNode.Map map, String key) {
        Optional<YNode.Entry> entry = map.find(key);
        if (entry.isEmpty()) return Optional.empty();
        if (entry.get().value() instanceof YNode.Scalar s) return Optional.of(s.text().strip());
        error("yaml-shape", entry.get().value().pos(), "'" + key + "' must be a single value, not "
                + entry.get().value().kind() + "; write it as " + key + ": value (quote it if it starts with [ or {)");
        return Optional.empty();
    }

    /** A translatable string: blank with the key's position (or the entry's) when missing. */
    Text text(YNode.Map map, String key) {
        SourcePos pos = map.find(key).map(e -> e.value().pos()).orElse(map.pos());
        return new Text(string(map, key).orElse(""), pos);
    }

    /** A neutral single value as a field, converted by {@code parse}; a bad value is reported. */
    <T> Optional<Field> field(YNode.Map map, String key, Function<String, Optional<T>> parse, String expected) {
        Optional<YNode.Entry> entry = map.find(key);
        if (entry.isEmpty()) return Optional.empty();
        Optional<String> raw = string(map, key);
        if (raw.isEmpty()) return Optional.empty();
        SourcePos pos = entry.get().value().pos();
        Optional<T> value = parse.apply(raw.get());
        if (value.isEmpty()) {
            error("invalid-value", pos, "'" + key + "' is '" + raw.get() + "': use " + expected);
            return Optional.empty();
        }
        return Optional.of(new Field(key, value.get(), pos));
    }

    Optional<Field> stringField(YNode.Map map, String key) {
        return field(map, key, s -> s.isEmpty() ? Optional.empty() : Optional.of(s), "a non-empty value");
    }

    Optional<Field> dateField(YNode.Map map, String key) {
        return field(map, key, Values::parseDate, "an ISO 8601 calendar date such as 2022-11-09");
    }

    Optional<Field> booleanField(YNode.Map map, String key) {
        return field(map, key, s -> switch (s) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        }, "true or false");
    }

    /** A list of ids; {@code asSet} sorts it, for keys whose order does not matter. */
    Optional<Field> idListField(YNode.Map map, String key, boolean asSet) {
        Optional<YNode.Entry> entry = map.find(key);
        if (entry.isEmpty()) return Optional.empty();
        YNode value = entry.get().value();
        if (isEmptyScalar(value)) return Optional.of(new Field(key, List.of(), value.pos()));
        if (!(value instanceof YNode.Seq seq)) {
            error("yaml-shape", value.pos(), "'" + key + "' must be a list: write it as [a, b]");
            return Optional.empty();
        }
        Collection<String> ids = asSet ? new TreeSet<>() : new ArrayList<>();
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Scalar s && !s.text().isBlank()) {
                if (!ids.add(s.text().strip())) {
                    out.add(Diagnostic.warning("duplicate-id", item.pos(), "'" + s.text() + "' is listed twice in '" + key + "'; remove one"));
                }
            } else {
                error("yaml-shape", item.pos(), "each entry of '" + key + "' must be a single id: write [a, b]");
            }
        }
        return Optional.of(new Field(key, List.copyOf(ids), value.pos()));
    }

    static Optional<LocalDate> parseDate(String s) {
        try {
            return Optional.of(LocalDate.parse(s, ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isEmptyScalar(YNode node) {
        return node instanceof YNode.Scalar s && s.text().isEmpty();
    }
}
