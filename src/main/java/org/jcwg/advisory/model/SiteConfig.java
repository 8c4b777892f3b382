package org.jcwg.advisory.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code site.yml}: the neutral base URL (null: relative links, no sitemap host), the site's
 * translatable title and description, and the labels of the documents' tags in each language
 * ({@code tagLabels}: tag id → label; empty when the site gives none).
 */
public record SiteConfig(String baseUrl, Map<Lang, String> titles, Map<Lang, String> descriptions,
                         Map<Lang, Map<String, String>> tagLabels) {
    public SiteConfig {
        titles = Collections.unmodifiableMap(new EnumMap<>(fill(titles)));
        descriptions = Collections.unmodifiableMap(new EnumMap<>(fill(descriptions)));
        EnumMap<Lang, Map<String, String>> labels = new EnumMap<>(Lang.class);
        tagLabels.forEach((lang, m) -> labels.put(lang, Map.copyOf(m)));
        tagLabels = Collections.unmodifiableMap(labels);
    }

    public SiteConfig(String baseUrl, Map<Lang, String> titles, Map<Lang, String> descriptions) {
        this(baseUrl, titles, descriptions, Map.of());
    }

    /** Whether the editors label tags at all (then every tag in use needs a label in both languages). */
    public boolean labelsTags() {
        return tagLabels.values().stream().anyMatch(m -> !m.isEmpty());
    }

    /** A tag's label in a language, else its id. */
    public String tagLabel(Lang lang, String tag) {
        return tagLabels.getOrDefault(lang, Map.of()).getOrDefault(tag, tag);
    }

    public Optional<String> findTagLabel(Lang lang, String tag) {
        return Optional.ofNullable(tagLabels.getOrDefault(lang, Map.of()).get(tag));
    }

    private static Map<Lang, String> fill(Map<Lang, String> m) {
        EnumMap<Lang, String> copy = new EnumMap<>(Lang.class);
        copy.putAll(m);
        return copy;
    }

    public Optional<String> findBaseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    public String title(Lang lang) {
        return titles.getOrDefault(lang, lang == Lang.KO ? "한미 합동 사이버 보안 권고" : "Joint U.S.-ROK Cyber Advisories");
    }

    public String description(Lang lang) {
        return descriptions.getOrDefault(lang, "");
    }
}
