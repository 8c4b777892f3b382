package org.jcwg.advisory.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jcwg.advisory.facts.Fact;
import org.jcwg.advisory.facts.FactKind;
import org.jcwg.advisory.facts.Facts;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Link;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Translation;

/**
 * The indicators of compromise and identifiers (CVE, ATT&CK) a document states, found exactly as
 * the checker finds them: every section of the source-language text, its heading read as a block
 * of its own, each block through {@link Facts#english} or {@link Facts#korean}. Because the checker
 * makes both languages agree on these, one reading is the document's; because it is the same
 * reading, an export never lists an indicator the checked page does not show, nor misses one.
 * Values are canonical (refanged, lower-cased where case does not matter).
 *
 * <p>The extractor cannot tell an attacker's domain from the reporting address in "contact us":
 * both are facts the translation must keep. What the document links to (a {@code mailto:}
 * address, a linked page or its host) is marked {@link Identifier#linked()}: a reference for
 * readers, never exported as an indicator of compromise. Stateless.
 */
final class Identifiers {

    /** The fact kinds exported: indicators and identifiers, not amounts, numbers or dates. */
    static final Set<FactKind> KINDS = EnumSet.of(FactKind.HASH, FactKind.IP, FactKind.DOMAIN, FactKind.URL,
            FactKind.EMAIL, FactKind.WALLET, FactKind.CVE, FactKind.ATTACK);

    /** One indicator or identifier, by kind and canonical value; {@code linked} if the document links to it. */
    record Identifier(FactKind kind, String value, boolean linked) {
        Identifier {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }

        /** An indicator of compromise to export: an IOC-kind fact the document does not link to. */
        boolean isIndicator() {
            return kind.group().equals("ioc") && !linked;
        }
    }

    private Identifiers() {
    }

    /** The document's identifiers in first-seen order, each (kind, value) once. */
    static List<Identifier> of(Document doc) {
        Translation source = doc.find(doc.meta().source())
                .orElseGet(() -> doc.translations().values().iterator().next()); // a draft in one language
        Set<Map.Entry<FactKind, String>> found = new LinkedHashSet<>();
        for (SectionText section : source.texts()) {
            List<String> blocks = new ArrayList<>();
            if (section.title() != null && !section.title().isBlank()) blocks.add(section.title());
            section.blocks().forEach(b -> blocks.add(b.text()));
            for (String text : blocks) {
                for (Fact f : source.lang() == Lang.KO ? Facts.korean(text) : Facts.english(text)) {
                    if (KINDS.contains(f.kind())) found.add(Map.entry(f.kind(), f.value()));
                }
            }
        }
        Set<String> linked = linkedValues(source);
        return found.stream().map(e -> new Identifier(e.getKey(), e.getValue(), linked.contains(e.getValue()))).toList();
    }

    /**
     * What the document links to, in the extractor's canonical forms: mailto addresses, linked
     * URLs (scheme and host lower-cased, a bare "/" path dropped) and their hosts with and without
     * {@code www.}.
     */
    private static Set<String> linkedValues(Translation t) {
        Set<String> out = new HashSet<>();
        for (SectionText section : t.texts()) {
            for (Link link : section.links()) {
                String target = link.target().strip();
                String lower = target.toLowerCase(Locale.ROOT);
                if (lower.startsWith("mailto:")) {
                    String address = lower.substring("mailto:".length());
                    int query = address.indexOf('?');
                    out.add(query >= 0 ? address.substring(0, query) : address);
                    continue;
                }
                int scheme = target.indexOf("://");
                if (scheme < 0) continue; // a link inside the project
                int hostEnd = scheme + 3;
                while (hostEnd < target.length() && "/?#".indexOf(target.charAt(hostEnd)) < 0) hostEnd++;
                String path = target.substring(hostEnd);
                out.add(target.substring(0, hostEnd).toLowerCase(Locale.ROOT) + (path.equals("/") ? "" : path));
                String host = target.substring(scheme + 3, hostEnd).toLowerCase(Locale.ROOT);
                int port = host.indexOf(':');
                if (port >= 0) host = host.substring(0, port);
                out.add(host);
                if (host.startsWith("www.")) out.add(host.substring(4));
            }
        }
        return out;
    }
}
