package org.jcwg.advisory.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jcwg.advisory.diag.SourcePos;

/**
 * YAML as read, with the position of every node: the loader's view before values get types.
 * Scalars keep their text; YAML's own typing (ints, booleans, timestamps) is not trusted.
 */
sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {

    SourcePos pos();

    /** A short name of the node's kind for messages. */
    String kind();

    record Scalar(String text, SourcePos pos) implements YNode {
        @Override
        public String kind() {
            return "a single value";
        }
    }

    record Seq(List<YNode> items, SourcePos pos) implements YNode {
        public Seq {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    record Entry(String key, SourcePos keyPos, YNode value) {
    }

    record Map(java.util.Map<String, Entry> entries, SourcePos pos) implements YNode {
        public Map {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        Optional<Entry> find(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }
}
