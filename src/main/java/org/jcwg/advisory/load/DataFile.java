package org.jcwg.advisory.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Lang;

/**
 * A YAML data file of one language ({@code agencies.yml} ...), read safely. Lists of entries
 * are indexed by their {@code id}, keeping file order. Stateless.
 */
final class DataFile {

    /** One entry of a list file with its language and file name. */
    record Entry(Lang lang, String file, String id, YNode.Map map) {
    }

    private DataFile() {
    }

    static Optional<YNode> read(Path root, Lang lang, String name, List<Diagnostic> out) throws IOException {
        Path path = root.resolve(lang.folder()).resolve(name);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        String file = lang.folder() + "/" + name;
        return SourceText.read(path, file, out)
                .flatMap(text -> SafeYaml.read(text, file, 1, out));
    }

    /** Entries by id in file order; entries without an id or with a repeated one are reported. */
    static Map<String, Entry> entries(Path root, Lang lang, String name, List<Diagnostic> out) throws IOException {
        Map<String, Entry> byId = new LinkedHashMap<>();
        Optional<YNode> node = read(root, lang, name, out);
        if (node.isEmpty()) return byId;
        String file = lang.folder() + "/" + name;
        Values values = new Values(out);
        if (!(node.get() instanceof YNode.Seq seq)) {
            if (!(node.get() instanceof YNode.Map m && m.entries().isEmpty())) {
                values.error("yaml-shape", node.get().pos(), name + " must be a list of entries: write each one starting with '- id: ...'");
            }
            return byId;
        }
        for (YNode item : seq.items()) {
            Optional<YNode.Map> map = values.map(item, "an entry of " + name);
            if (map.isEmpty()) continue;
            Optional<String> id = values.string(map.get(), "id").filter(s -> !s.isEmpty());
            if (id.isEmpty()) {
                values.error("missing-key", map.get().pos(), "this entry of " + name + " has no 'id'; add 'id: ...' to it");
                continue;
            }
            Entry previous = byId.get(id.get());
            if (previous != null) {
                values.error("duplicate-id", map.get().pos(), "id '" + id.get() + "' is used twice in " + name
                        + " (first at line " + previous.map().pos().line() + "); give this entry another id, or delete it");
                continue;
            }
            byId.put(id.get(), new Entry(lang, file, id.get(), map.get()));
        }
        return byId;
    }

    /** A list file in both languages: entries by id, per language. */
    static Map<Lang, Map<String, Entry>> entriesByLang(Path root, String name, List<Diagnostic> out) throws IOException {
        Map<Lang, Map<String, Entry>> byLang = new java.util.EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) byLang.put(lang, entries(root, lang, name, out));
        return byLang;
    }

    /** All ids of both languages: English order first, then ids only Korean has. */
    static List<String> unionOfIds(Map<Lang, Map<String, Entry>> byLang) {
        List<String> ids = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (String id : byLang.getOrDefault(lang, Map.of()).keySet()) {
                if (!ids.contains(id)) ids.add(id);
            }
        }
        return ids;
    }
}
