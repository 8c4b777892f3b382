package org.jcwg.advisory.load;

import java.util.Map;
import java.util.Optional;
import org.jcwg.advisory.model.Field;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Written;

/**
 * Picks the one value of a neutral key from what the two languages wrote: English first, then
 * Korean. Whether both agree is the checker's business, not the loader's. Stateless.
 */
final class Resolve {

    private Resolve() {
    }

    static Optional<Field> field(Map<Lang, Written> written, String key) {
        for (Lang lang : Lang.values()) {
            Written w = written.get(lang);
            if (w != null && w.find(key).isPresent()) return w.find(key);
        }
        return Optional.empty();
    }

    static <T> Optional<T> value(Map<Lang, Written> written, String key, Class<T> type) {
        return field(written, key).map(Field::value).filter(type::isInstance).map(type::cast);
    }

    @SuppressWarnings("unchecked")
    static java.util.List<String> ids(Map<Lang, Written> written, String key) {
        return value(written, key, java.util.List.class).map(l -> (java.util.List<String>) l).orElse(java.util.List.of());
    }
}
