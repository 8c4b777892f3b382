package org.jcwg.advisory.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code site.yml}: the neutral base URL (null: relative links, no sitemap host) and the site's
 * translatable title and description.
 */
public record SiteConfig(String baseUrl, Map<Lang, String> titles, Map<Lang, String> descriptions) {
    public SiteConfig {
        titles = Collections.unmodifiableMap(new EnumMap<>(fill(titles)));
        descriptions = Collections.unmodifiableMap(new EnumMap<>(fill(descriptions)));
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
