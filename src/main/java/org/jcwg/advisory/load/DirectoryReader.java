package org.jcwg.advisory.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.AgencyFunction;
import org.jcwg.advisory.model.AgencyText;
import org.jcwg.advisory.model.Country;
import org.jcwg.advisory.model.Field;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Written;

/** Reads {@code agencies.yml} of both languages into the agency directory. Stateless. */
final class DirectoryReader {

    static final String FILE = "agencies.yml";
    private static final Set<String> KNOWN = Set.of("id", "country", "acronym", "name", "parent", "role", "url", "function", "counterparts");

    private DirectoryReader() {
    }

    static List<Agency> read(Path root, List<Diagnostic> out) throws IOException {
        Map<Lang, Map<String, DataFile.Entry>> byLang = DataFile.entriesByLang(root, FILE, out);
        Values values = new Values(out);
        List<Agency> agencies = new ArrayList<>();
        for (String id : DataFile.unionOfIds(byLang)) {
            Map<Lang, AgencyText> texts = new EnumMap<>(Lang.class);
            Map<Lang, Written> written = new EnumMap<>(Lang.class);
            boolean countryWritten = false;
            for (Lang lang : Lang.values()) {
                DataFile.Entry entry = byLang.get(lang).get(id);
                if (entry == null) continue;
                YNode.Map map = entry.map();
                KnownKeys.check(map, KNOWN, "agency '" + id + "'", out);
                countryWritten |= map.find("country").isPresent();
                LinkedHashMap<String, Field> neutral = new LinkedHashMap<>();
                values.field(map, "country", Country::find, "US or KR").ifPresent(f -> neutral.put("country", f));
                values.stringField(map, "acronym").ifPresent(f -> neutral.put("acronym", f));
                values.stringField(map, "parent").ifPresent(f -> neutral.put("parent", f));
                values.stringField(map, "url").ifPresent(f -> neutral.put("url", f));
                values.field(map, "function", AgencyFunction::find, "one of " + AgencyFunction.codes())
                        .ifPresent(f -> neutral.put("function", f));
                values.idListField(map, "counterparts", true).ifPresent(f -> neutral.put("counterparts", f));
                Written w = new Written(map.pos(), neutral);
                written.put(lang, w);
                texts.put(lang, new AgencyText(lang, w, values.text(map, "name"), values.text(map, "role")));
            }
            Country country = Resolve.value(written, "country", Country.class).orElse(null);
            if (country == null && !countryWritten) {
                out.add(Diagnostic.error("missing-key", written.values().iterator().next().pos(),
                        "agency '" + id + "' has no 'country': add 'country: US' or 'country: KR'"));
            }
            agencies.add(new Agency(id, country,
                    Resolve.value(written, "acronym", String.class).orElse(null),
                    Resolve.value(written, "parent", String.class).orElse(null),
                    Resolve.value(written, "url", String.class).orElse(null),
                    Resolve.value(written, "function", AgencyFunction.class).orElse(null),
                    Resolve.ids(written, "counterparts"), texts));
        }
        return agencies;
    }
}
