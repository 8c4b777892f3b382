package org.jcwg.advisory.render;

import freemarker.template.TemplateModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns view records into the only things templates get: maps in component order, lists,
 * strings, booleans, numbers and pre-rendered markup. No model object ever reaches a template,
 * so a template (possibly a publication's own, less trusted) cannot call into Java. Stateless.
 */
final class ViewMaps {

    private ViewMaps() {
    }

    static Object convert(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof TemplateModel) {
            return value;
        }
        if (value instanceof Record r) {
            return recordMap(r);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(convert(o));
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> map) {
            // Callers pass sorted or insertion-ordered maps; the copy keeps that order.
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, convert(v)));
            return Collections.unmodifiableMap(out);
        }
        throw new IllegalArgumentException("not a view value: " + value.getClass().getName());
    }

    /**
     * Each record class's components, looked up once: {@link Class#getRecordComponents} builds
     * them anew on every call, and was more than half of converting a build's views.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static Map<String, Object> recordMap(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : COMPONENTS.get(r.getClass())) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read view component " + c.getName(), e);
            }
            if (v != null) out.put(c.getName(), convert(v));
        }
        return Collections.unmodifiableMap(out);
    }
}
