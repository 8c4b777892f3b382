package org.jcwg.advisory.export;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jcwg.advisory.export.Identifiers.Identifier;
import org.jcwg.advisory.facts.FactKind;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.AgencyText;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.DocumentMeta;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Translation;

/**
 * A document's indicators of compromise and ATT&CK techniques as a STIX 2.1 bundle: a report in
 * English that refers to one identity per issuing agency, one indicator per indicator and one
 * attack pattern per technique; the document's TLP 2.0 marking on every object; the Korean strings
 * as language-content objects. Ids are name-based UUIDs (version 5) from {@link #NAMESPACE} and
 * the object's type, the document id and the object's value; times come from the document's
 * dates. So the same content always gives the same bytes, and a rebuilt bundle updates, rather
 * than duplicates, what a consumer already holds. Stateless and thread-safe.
 */
public final class Stix {

    /** Namespace of every id: UUIDv5 of the URL namespace and {@code urn:jcwg:advisory-site:stix-2.1}. */
    public static final UUID NAMESPACE = UUID.fromString("7ea92b25-42df-5251-9d64-4a0bfa68713e");
    private static final Pattern STIX_CVE = Pattern.compile("CVE-\\d{4}-(0\\d{3}|[1-9]\\d{3,})");

    private Stix() {
    }

    /**
     * The bundle of {@code doc}, UTF-8 JSON; empty when the document names no indicator of compromise
     * and no ATT&CK technique (other ATT&CK ids and CVEs alone are references, not a bundle's worth).
     *
     * @param urls the document's page URLs; absolute ones become the report's external references
     *             (a relative URL means nothing to a STIX consumer and is left out)
     */
    public static Optional<byte[]> bundle(Site site, Document doc, DocumentUrls urls) {
        List<Identifier> ids = Identifiers.of(doc);
        if (ids.stream().noneMatch(id -> id.isIndicator() || isTechnique(id))) return Optional.empty();
        return Optional.of(JsonWriter.write(new Builder(site, doc).bundle(ids, urls)));
    }

    private static boolean isTechnique(Identifier id) {
        return id.kind() == FactKind.ATTACK && AttackIds.isTechnique(id.value());
    }

    /** The objects of one bundle, sharing the document's dates and marking. Used once; not thread-safe. */
    private static final class Builder {
        private final Site site;
        private final DocumentMeta meta;
        private final Document doc;
        private final String created;
        private final String modified;
        private final String marking;

        Builder(Site site, Document doc) {
            this.site = site;
            this.doc = doc;
            this.meta = doc.meta();
            LocalDate changed = meta.lastChanged().isBefore(meta.date()) ? meta.date() : meta.lastChanged();
            this.created = Timestamps.midnight(meta.date());
            this.modified = Timestamps.midnight(changed);
            this.marking = TlpMarking.id(meta.tlp());
        }

        JsonObject bundle(List<Identifier> ids, DocumentUrls urls) {
            List<JsonObject> identities = new ArrayList<>();
            List<JsonObject> translations = new ArrayList<>();
            for (String agencyId : meta.agencies()) {
                site.findAgency(agencyId).ifPresent(a -> {
                    JsonObject identity = identity(a);
                    identities.add(identity);
                    a.find(Lang.KO).ifPresent(ko -> translations.add(korean(identity, ko.name().value(), role(ko))));
                });
            }
            List<JsonObject> indicators = new ArrayList<>();
            List<JsonObject> techniques = new ArrayList<>();
            for (Identifier id : ids) {
                if (id.isIndicator()) StixPatterns.of(id).ifPresent(p -> indicators.add(indicator(id, p)));
                if (isTechnique(id)) techniques.add(attackPattern(id.value()));
            }
            List<Object> refs = new ArrayList<>();
            for (List<JsonObject> group : List.of(identities, indicators, techniques)) {
                group.forEach(o -> refs.add(idOf(o)));
            }
            JsonObject report = report(refs, ids, urls);
            doc.find(Lang.KO).ifPresent(ko -> translations.add(0, korean(report, ko.title().value(), ko.summary().value())));

            List<Object> objects = new ArrayList<>();
            objects.add(TlpMarking.object(meta.tlp()));
            objects.addAll(identities);
            objects.add(report);
            objects.addAll(indicators);
            objects.addAll(techniques);
            objects.addAll(translations);
            return new JsonObject()
                    .put("type", "bundle")
                    .put("id", "bundle--" + NameBasedUuid.of(NAMESPACE, "bundle|" + meta.id()))
                    .put("objects", objects);
        }

        private JsonObject report(List<Object> refs, List<Identifier> ids, DocumentUrls urls) {
            Translation en = doc.find(Lang.EN).orElseGet(() -> doc.require(meta.source()));
            String source = site.config().title(Lang.EN);
            List<Object> references = new ArrayList<>();
            JsonObject self = new JsonObject().put("source_name", source).put("external_id", meta.id());
            urls.find(en.lang()).map(PageUrls::page).filter(Builder::isAbsolute).ifPresent(u -> self.put("url", u));
            references.add(self);
            urls.find(Lang.KO).filter(u -> en.lang() != Lang.KO).map(PageUrls::page).filter(Builder::isAbsolute)
                    .ifPresent(u -> references.add(new JsonObject().put("source_name", source)
                            .put("description", "Korean version").put("url", u)));
            for (Identifier id : ids) {
                // the STIX schema accepts only well-formed CVE numbers under source_name "cve"
                if (id.kind() == FactKind.CVE && STIX_CVE.matcher(id.value()).matches()) {
                    references.add(new JsonObject().put("source_name", "cve").put("external_id", id.value())
                            .put("url", "https://www.cve.org/CVERecord?id=" + id.value()));
                } else if (id.kind() == FactKind.ATTACK && !AttackIds.isTechnique(id.value())) {
                    references.add(attackReference(id.value()));
                }
            }
            return marked(common("report", meta.id())
                    .put("name", en.title().value())
                    .put("description", en.summary().value())
                    .put("lang", en.lang().code())
                    .put("report_types", List.of("threat-report"))
                    .put("published", created)
                    .put("object_refs", refs)
                    .put("external_references", references));
        }

        private JsonObject identity(Agency a) {
            JsonObject identity = common("identity", a.id())
                    .put("name", a.name(Lang.EN))
                    .putIfPresent("description", a.find(Lang.EN).map(Builder::role).filter(r -> !r.isBlank()))
                    .put("identity_class", "organization")
                    .put("sectors", List.of("government"));
            a.findUrl().filter(Builder::isAbsolute).ifPresent(u -> identity.put("external_references",
                    List.of(new JsonObject().put("source_name", a.acronym() != null ? a.acronym() : a.id()).put("url", u))));
            return marked(identity);
        }

        private JsonObject indicator(Identifier id, String pattern) {
            return marked(common("indicator", id.kind().name().toLowerCase(java.util.Locale.ROOT) + "|" + id.value())
                    .put("name", (id.kind() == FactKind.HASH ? StixPatterns.hashAlgorithm(id.value()) + " hash" : id.kind().label())
                            + " " + id.value())
                    .put("indicator_types", List.of("malicious-activity"))
                    .put("pattern", pattern)
                    .put("pattern_type", "stix")
                    .put("pattern_version", "2.1")
                    .put("valid_from", created));
        }

        private JsonObject attackPattern(String technique) {
            return marked(common("attack-pattern", technique)
                    .put("name", technique)
                    .put("external_references", List.of(attackReference(technique))));
        }

        private static JsonObject attackReference(String id) {
            return new JsonObject().put("source_name", "mitre-attack").put("external_id", id).put("url", AttackIds.url(id));
        }

        /** The Korean name and description of an object; omitted keys stay English. */
        private JsonObject korean(JsonObject object, String name, String description) {
            JsonObject ko = new JsonObject().put("name", name);
            if (description != null && !description.isBlank()) ko.put("description", description);
            return marked(common("language-content", idOf(object))
                    .put("object_ref", idOf(object))
                    .put("object_modified", modified)
                    .put("contents", new JsonObject().put("ko", ko)));
        }

        private JsonObject common(String type, String value) {
            UUID uuid = NameBasedUuid.of(NAMESPACE, type + "|" + meta.id() + "|" + value);
            return new JsonObject()
                    .put("type", type)
                    .put("spec_version", "2.1")
                    .put("id", type + "--" + uuid)
                    .put("created", created)
                    .put("modified", modified);
        }

        private JsonObject marked(JsonObject object) {
            return object.put("object_marking_refs", List.of(marking));
        }

        private static String idOf(JsonObject object) {
            return (String) object.members().get("id");
        }

        private static String role(AgencyText text) {
            return text.role().value();
        }

        private static boolean isAbsolute(String url) {
            try {
                return URI.create(url).isAbsolute();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
