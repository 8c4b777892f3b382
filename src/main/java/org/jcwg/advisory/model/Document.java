package org.jcwg.advisory.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A document in both languages. {@code path} is its identity, the path relative to the language
 * folder ({@code advisories/x.md}); a draft may lack one translation.
 */
public record Document(String path, DocumentMeta meta, Map<Lang, Translation> translations) {

    public Document {
        EnumMap<Lang, Translation> copy = new EnumMap<>(Lang.class);
        copy.putAll(translations);
        translations = Collections.unmodifiableMap(copy);
    }

    public Optional<Translation> find(Lang lang) {
        return Optional.ofNullable(translations.get(lang));
    }

    public Translation require(Lang lang) {
        Translation t = translations.get(lang);
        if (t == null) throw new IllegalStateException(path + " has no " + lang.code() + " translation");
        return t;
    }

    public boolean isBilingual() {
        return translations.size() == Lang.values().length;
    }

    /** Path without the {@code .md} extension: the page's location under the language root. */
    public String slugPath() {
        return path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }
}
