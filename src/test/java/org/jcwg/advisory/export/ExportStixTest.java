package org.jcwg.advisory.export;

import static org.jcwg.advisory.export.ExportFixtures.parse;
import static org.jcwg.advisory.export.ExportFixtures.urls;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.SchemaRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcwg.advisory.export.Identifiers.Identifier;
import org.jcwg.advisory.facts.Fact;
import org.jcwg.advisory.facts.Facts;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Translation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** STIX 2.1 bundles of the sample publication: schema-valid bundle and objects, right content, stable ids. */
class ExportStixTest {

    static final String STIX = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final Map<String, String> OBJECT_SCHEMAS = Map.of(
            "report", "sdos/report.json", "identity", "sdos/identity.json", "indicator", "sdos/indicator.json",
            "attack-pattern", "sdos/attack-pattern.json", "relationship", "sros/relationship.json",
            "marking-definition", "common/marking-definition.json", "language-content", "common/language-content.json");
    private static Site site;

    @BeforeAll
    static void load() throws IOException {
        site = ExportFixtures.sample();
    }

    private static JsonNode bundle(String path) {
        Document doc = ExportFixtures.document(site, path);
        return parse(Stix.bundle(site, doc, urls(doc)).orElseThrow());
    }

    private static List<JsonNode> objects(JsonNode bundle, String type) {
        List<JsonNode> out = new ArrayList<>();
        bundle.get("objects").forEach(o -> {
            if (o.get("type").asString().equals(type)) out.add(o);
        });
        return out;
    }

    @Test
    void bundlesAndEachObjectAreValidAgainstTheOfficialSchemas() {
        SchemaRegistry registry = ExportFixtures.officialSchemas(ExportFixtures.requireSharedSchemas());
        var bundleSchema = ExportFixtures.schema(registry, STIX + "common/bundle.json");
        List<String> problems = new ArrayList<>();
        int bundles = 0;
        for (Document doc : ExportFixtures.advisories(site)) {
            var bytes = Stix.bundle(site, doc, urls(doc));
            if (bytes.isEmpty()) continue;
            bundles++;
            String json = new String(bytes.get(), StandardCharsets.UTF_8);
            ExportFixtures.errors(bundleSchema, json).forEach(e -> problems.add(doc.path() + " bundle " + e));
            for (JsonNode o : parse(bytes.get()).get("objects")) {
                String type = o.get("type").asString();
                assertTrue(OBJECT_SCHEMAS.containsKey(type), "unexpected object type " + type);
                var schema = ExportFixtures.schema(registry, STIX + OBJECT_SCHEMAS.get(type));
                ExportFixtures.errors(schema, o.toString()).forEach(e -> problems.add(doc.path() + " " + o.get("id") + " " + e));
                if (!type.equals("marking-definition")) {
                    ExportFixtures.errors(ExportFixtures.schema(registry, STIX + "common/core.json"), o.toString())
                            .forEach(e -> problems.add(doc.path() + " core " + o.get("id") + " " + e));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(4, bundles, "every sample advisory names an indicator (laundering: the mixer's domain)");
    }

    @Test
    void theObjectSchemasCatchWhatTheBundleSchemaMightNot() {
        SchemaRegistry registry = ExportFixtures.officialSchemas(ExportFixtures.requireSharedSchemas());
        JsonNode indicator = objects(bundle("advisories/ransomware-healthcare.md"), "indicator").get(0);
        String broken = indicator.toString().replace("\"valid_from\":\"2024-03-20T00:00:00.000Z\"", "\"valid_from\":\"March 20\"");
        assertFalse(ExportFixtures.errors(ExportFixtures.schema(registry, STIX + "sdos/indicator.json"), broken).isEmpty());
    }

    @Test
    void ransomwareBundleHasItsIndicatorsTechniquesMarkingAndKoreanTitle() {
        JsonNode bundle = bundle("advisories/ransomware-healthcare.md");
        Set<String> patterns = new LinkedHashSet<>();
        objects(bundle, "indicator").forEach(i -> patterns.add(i.get("pattern").asString()));
        assertTrue(patterns.contains(
                "[file:hashes.'SHA-256' = '08663a79bcd8f9c0dcd4780bab183f1c9c0ab93ec653d165309f463714722c14']"), patterns::toString);
        assertTrue(patterns.contains("[cryptocurrency-wallet:address = 'bc1qjzecumdu3dyxwv7tuk6dm4gm7yqy8pza70xjmz']"));
        assertTrue(patterns.contains("[domain-name:value = 'update-check.example']"), "refanged");
        assertTrue(patterns.contains("[ipv4-addr:value = '192.0.2.77']"));
        assertEquals(10, patterns.size());

        Map<String, String> techniques = new java.util.TreeMap<>();
        objects(bundle, "attack-pattern").forEach(a -> {
            JsonNode ref = a.at("/external_references/0");
            assertEquals("mitre-attack", ref.get("source_name").asString());
            techniques.put(ref.get("external_id").asString(), ref.get("url").asString());
        });
        assertEquals("https://attack.mitre.org/techniques/T1566/001/", techniques.get("T1566.001"));
        assertEquals("https://attack.mitre.org/techniques/T1486/", techniques.get("T1486"));

        String clear = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
        assertEquals(clear, objects(bundle, "marking-definition").get(0).get("id").asString());
        for (JsonNode o : bundle.get("objects")) {
            assertEquals("2.1", o.get("spec_version").asString());
            if (!o.get("type").asString().equals("marking-definition")) {
                assertEquals(clear, o.at("/object_marking_refs/0").asString(), o.get("id").asString());
            }
        }

        JsonNode report = objects(bundle, "report").get(0);
        assertEquals("North Korea-linked ransomware against hospitals and other critical infrastructure", report.get("name").asString());
        assertEquals("2024-03-20T00:00:00.000Z", report.get("published").asString());
        Set<String> refs = new LinkedHashSet<>();
        report.get("object_refs").forEach(r -> refs.add(r.asString()));
        for (String type : List.of("identity", "indicator", "attack-pattern")) {
            objects(bundle, type).forEach(o -> assertTrue(refs.contains(o.get("id").asString())));
        }
        assertEquals(9, objects(bundle, "identity").size(), "one identity per issuing agency");
        assertTrue(report.get("external_references").toString().contains("CVE-2021-44228"));

        JsonNode ko = objects(bundle, "language-content").stream()
                .filter(l -> l.get("object_ref").asString().equals(report.get("id").asString())).findFirst().orElseThrow();
        assertEquals("병원 등 핵심 기반시설을 겨냥한 북한 연계 랜섬웨어 공격", ko.at("/contents/ko/name").asString());
        assertEquals(report.get("modified").asString(), ko.get("object_modified").asString());
    }

    @Test
    void anAmberAdvisoryIsMarkedAmber() {
        JsonNode bundle = bundle("advisories/exchange-incident-2025.md");
        JsonNode marking = objects(bundle, "marking-definition").get(0);
        assertEquals("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", marking.get("id").asString());
        assertEquals("amber", marking.at("/extensions/extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d/tlp_2_0").asString());
        assertTrue(objects(bundle, "indicator").stream().anyMatch(i -> i.get("pattern").asString()
                .equals("[cryptocurrency-wallet:address = '0x319199cac6168af6997f490c715c59df37126d52']")));
    }

    @Test
    void identifiersAreExactlyWhatTheCheckerReads() {
        for (Document doc : site.documents()) {
            Translation t = doc.require(doc.meta().source());
            Set<String> checker = new LinkedHashSet<>();
            for (SectionText s : t.texts()) {
                List<String> blocks = new ArrayList<>();
                if (s.title() != null && !s.title().isBlank()) blocks.add(s.title());
                s.blocks().forEach(b -> blocks.add(b.text()));
                for (String text : blocks) {
                    for (Fact f : t.lang() == Lang.KO ? Facts.korean(text) : Facts.english(text)) {
                        if (f.kind().isIdentifier()) checker.add(f.kind() + " " + f.value());
                    }
                }
            }
            List<String> exported = Identifiers.of(doc).stream().map(i -> i.kind() + " " + i.value()).toList();
            assertEquals(List.copyOf(checker), exported, doc.path());
        }
    }

    @Test
    void indicatorsAreTheIdentifiersTheDocumentDoesNotLinkTo() {
        Document doc = ExportFixtures.document(site, "advisories/social-engineering-vasp.md");
        List<Identifier> ids = Identifiers.of(doc);
        assertTrue(ids.stream().anyMatch(i -> i.value().equals("report@cisa.gov") && i.linked()), "a reporting address");
        Set<String> expected = new LinkedHashSet<>();
        ids.stream().filter(Identifier::isIndicator).forEach(i -> expected.add(StixPatterns.of(i).orElseThrow()));
        Set<String> patterns = new LinkedHashSet<>();
        objects(bundle("advisories/social-engineering-vasp.md"), "indicator").forEach(i -> patterns.add(i.get("pattern").asString()));
        assertEquals(expected, patterns);
        assertFalse(patterns.toString().contains("cisa.gov"));
        assertTrue(patterns.contains("[email-addr:value = 'talent.partner@careers-digitaltalent.example']"));
    }

    @Test
    void documentsWithoutIndicatorsGetNoBundle() {
        // about.md names addresses and domains, but only as links: contacts, not indicators
        for (String path : List.of("reports/us-rok-strategy-2022.md", "about.md")) {
            Document doc = ExportFixtures.document(site, path);
            assertTrue(Stix.bundle(site, doc, urls(doc)).isEmpty(), path);
        }
    }

    @Test
    void idsAreNameBasedAndOutputIsDeterministic() {
        Document doc = ExportFixtures.document(site, "advisories/ransomware-healthcare.md");
        byte[] first = Stix.bundle(site, doc, urls(doc)).orElseThrow();
        assertArrayEquals(first, Stix.bundle(site, doc, urls(doc)).orElseThrow());
        JsonNode report = objects(parse(first), "report").get(0);
        assertEquals("report--" + NameBasedUuid.of(Stix.NAMESPACE, "report|JCWG-2024-001|JCWG-2024-001"),
                report.get("id").asString());
        Set<String> ids = new LinkedHashSet<>();
        parse(first).get("objects").forEach(o -> assertTrue(ids.add(o.get("id").asString()), "duplicate id"));
    }

    @Test
    void patternsQuoteValuesAndNameHashesByLength() {
        assertEquals("[domain-name:value = 'a\\'b\\\\c.example']",
                StixPatterns.of(new Identifier(org.jcwg.advisory.facts.FactKind.DOMAIN, "a'b\\c.example", false)).orElseThrow());
        assertEquals("MD5", StixPatterns.hashAlgorithm("0".repeat(32)));
        assertEquals("SHA-1", StixPatterns.hashAlgorithm("0".repeat(40)));
        assertEquals("SHA-512", StixPatterns.hashAlgorithm("0".repeat(128)));
        assertEquals("[ipv4-addr:value ISSUBSET '198.51.100.0/24']",
                StixPatterns.of(new Identifier(org.jcwg.advisory.facts.FactKind.IP, "198.51.100.0/24", false)).orElseThrow());
        assertEquals("[ipv6-addr:value = '2001:db8:0:0:0:0:0:1']",
                StixPatterns.of(new Identifier(org.jcwg.advisory.facts.FactKind.IP, "2001:db8:0:0:0:0:0:1", false)).orElseThrow());
        assertTrue(StixPatterns.of(new Identifier(org.jcwg.advisory.facts.FactKind.CVE, "CVE-2021-44228", false)).isEmpty());
    }
}
