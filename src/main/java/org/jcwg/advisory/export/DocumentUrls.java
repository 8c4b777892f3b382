package org.jcwg.advisory.export;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jcwg.advisory.model.Lang;

/** The published locations of a document, by language (a draft may have one language only). */
public record DocumentUrls(Map<Lang, PageUrls> languages) {
    public DocumentUrls {
        EnumMap<Lang, PageUrls> copy = new EnumMap<>(Lang.class);
        copy.putAll(languages);
        languages = Collections.unmodifiableMap(copy);
    }

    public Optional<PageUrls> find(Lang lang) {
        return Optional.ofNullable(languages.get(lang));
    }

    public PageUrls require(Lang lang) {
        PageUrls urls = languages.get(lang);
        if (urls == null) throw new IllegalStateException("no URLs given for the " + lang.code() + " page");
        return urls;
    }
}
