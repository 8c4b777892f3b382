package org.jcwg.advisory.export;

import static org.jcwg.advisory.export.ExportFixtures.parse;
import static org.jcwg.advisory.export.ExportFixtures.urls;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.SiteConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CSAF 2.1 informational advisories of the sample publication: schema-valid, and saying the right things. */
class ExportCsafTest {

    private static final Csaf CSAF = new Csaf("U.S.-ROK Joint Cyber Working Group", "0.1.0");
    private static Site site;

    @BeforeAll
    static void load() throws IOException {
        site = ExportFixtures.sample();
    }

    private static JsonNode csaf(String path, Lang lang) {
        Document doc = ExportFixtures.document(site, path);
        return parse(CSAF.informationalAdvisory(site, doc, lang, urls(doc)));
    }

    @Test
    void everyAdvisoryInBothLanguagesIsValidAgainstTheOfficialSchema() {
        var schemas = ExportFixtures.requireSharedSchemas();
        Schema schema = ExportFixtures.schema(ExportFixtures.officialSchemas(schemas), Csaf.SCHEMA_URL);
        List<String> problems = new ArrayList<>();
        for (Document doc : ExportFixtures.advisories(site)) {
            for (Lang lang : Lang.values()) {
                String json = new String(CSAF.informationalAdvisory(site, doc, lang, urls(doc)), StandardCharsets.UTF_8);
                ExportFixtures.errors(schema, json).forEach(e -> problems.add(doc.path() + " " + lang.code() + " " + e));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSchemaCheckCatchesAnInvalidDocument() {
        var schemas = ExportFixtures.requireSharedSchemas();
        Schema schema = ExportFixtures.schema(ExportFixtures.officialSchemas(schemas), Csaf.SCHEMA_URL);
        Document doc = ExportFixtures.document(site, "advisories/ransomware-healthcare.md");
        String json = new String(CSAF.informationalAdvisory(site, doc, Lang.EN, urls(doc)), StandardCharsets.UTF_8);
        // a wrong TLP label, and a date-time that only format assertion rejects
        assertFalse(ExportFixtures.errors(schema, json.replace("\"label\": \"CLEAR\"", "\"label\": \"WHITE\"")).isEmpty());
        assertFalse(ExportFixtures.errors(schema, json.replace("2024-03-20T00:00:00.000Z", "2024-03-20 midnight")).isEmpty());
    }

    @Test
    void informationalAdvisoryHasNotesAndReferencesButNoVulnerabilitiesOrProducts() {
        JsonNode csaf = csaf("advisories/ransomware-healthcare.md", Lang.EN);
        assertEquals(Csaf.SCHEMA_URL, csaf.get("$schema").asString());
        JsonNode document = csaf.get("document");
        assertEquals("csaf_informational_advisory", document.get("category").asString());
        assertEquals("2.1", document.get("csaf_version").asString());
        assertFalse(csaf.has("vulnerabilities"));
        assertFalse(csaf.has("product_tree"));
        assertEquals("coordinator", document.at("/publisher/category").asString());
        assertEquals(ExportFixtures.BASE, document.at("/publisher/namespace").asString());
        assertEquals("CLEAR", document.at("/distribution/tlp/label").asString());
        assertEquals("https://www.first.org/tlp/", document.at("/distribution/tlp/url").asString());
        List<String> categories = new ArrayList<>();
        document.get("notes").forEach(n -> categories.add(n.get("category").asString()));
        assertEquals("summary", categories.get(0));
        assertTrue(categories.contains("details"));
        assertTrue(document.get("notes").toString().contains("rule JCWG_2024_001_MdLock_Encryptor"), "code blocks are kept");
        List<String> refs = new ArrayList<>();
        document.get("references").forEach(r -> refs.add(r.get("category").asString() + " " + r.get("url").asString()));
        assertEquals("self https://advisories.example.org/en/csaf/2024/jcwg-2024-001.json", refs.get(0));
        assertTrue(refs.contains("external https://advisories.example.org/en/advisories/ransomware-healthcare/"));
        assertTrue(refs.contains("external https://advisories.example.org/en/advisories/ransomware-healthcare.pdf"));
        assertTrue(refs.contains("external https://advisories.example.org/ko/csaf/2024/jcwg-2024-001.json"));
        assertTrue(refs.contains("external https://www.cve.org/CVERecord?id=CVE-2021-44228"));
        assertTrue(refs.contains("external https://attack.mitre.org/techniques/T1566/001/"));
    }

    @Test
    void trackingFollowsTheRevisionsWithoutAClock() {
        JsonNode tracking = csaf("advisories/ransomware-healthcare.md", Lang.KO).at("/document/tracking");
        assertEquals("JCWG-2024-001", tracking.get("id").asString());
        assertEquals("final", tracking.get("status").asString());
        assertEquals("1", tracking.get("version").asString());
        assertEquals("2024-03-20T00:00:00.000Z", tracking.get("initial_release_date").asString());
        assertEquals("2024-03-20T00:00:00.000Z", tracking.get("current_release_date").asString());
        assertEquals("advisory-site", tracking.at("/generator/engine/name").asString());
        assertEquals("0.1.0", tracking.at("/generator/engine/version").asString());
        assertFalse(tracking.get("generator").has("date"));
        assertEquals("최초 발표", tracking.at("/revision_history/0/summary").asString());
    }

    @Test
    void aRevisedAdvisoryWrittenInKoreanFirst() {
        JsonNode en = csaf("advisories/laundering-red-flags.md", Lang.EN).get("document");
        JsonNode ko = csaf("advisories/laundering-red-flags.md", Lang.KO).get("document");
        assertEquals("en", en.get("lang").asString());
        assertEquals("ko", en.get("source_lang").asString(), "the English copy is a translation from Korean");
        assertEquals("ko", ko.get("lang").asString());
        assertFalse(ko.has("source_lang"), "the Korean copy is the original");
        for (JsonNode d : List.of(en, ko)) {
            JsonNode t = d.get("tracking");
            assertEquals("2", t.get("version").asString());
            assertEquals(2, t.get("revision_history").size());
            assertEquals("2", t.at("/revision_history/1/number").asString());
            assertEquals("2023-09-01T00:00:00.000Z", t.at("/revision_history/1/date").asString());
            assertEquals("2023-06-14T00:00:00.000Z", t.get("initial_release_date").asString());
            assertEquals("2023-09-01T00:00:00.000Z", t.get("current_release_date").asString());
        }
        assertEquals("Initial publication (Korean original)", en.at("/tracking/revision_history/0/summary").asString());
        assertTrue(ko.at("/tracking/revision_history/1/summary").asString().startsWith("체인 호핑 항목을 추가하고"));
        assertTrue(ko.get("title").asString().startsWith("북한 연계 암호화폐 자금세탁 위험신호"));
    }

    @Test
    void anAmberAdvisoryCarriesItsLabel() {
        assertEquals("AMBER", csaf("advisories/exchange-incident-2025.md", Lang.EN).at("/document/distribution/tlp/label").asString());
    }

    @Test
    void outputIsDeterministic() {
        Document doc = ExportFixtures.document(site, "advisories/social-engineering-vasp.md");
        assertArrayEquals(CSAF.informationalAdvisory(site, doc, Lang.KO, urls(doc)),
                CSAF.informationalAdvisory(site, doc, Lang.KO, urls(doc)));
    }

    @Test
    void fileNameFollowsTheCsafRule() {
        Document doc = ExportFixtures.document(site, "advisories/ransomware-healthcare.md");
        assertEquals("jcwg-2024-001.json", Csaf.fileName(doc.meta()));
        var odd = new org.jcwg.advisory.model.DocumentMeta("Ex Co/2024:A+1", doc.meta().type(), doc.meta().date(), null,
                doc.meta().tlp(), Lang.EN, List.of(), List.of(), List.of(), false, List.of());
        assertEquals("ex_co_2024_a+1.json", Csaf.fileName(odd));
    }

    @Test
    void callerMistakesAreProgrammerErrors() {
        Document doc = ExportFixtures.document(site, "advisories/ransomware-healthcare.md");
        Site noBase = new Site(new SiteConfig(null, java.util.Map.of(), java.util.Map.of()), site.documents(),
                site.agencies(), site.recommendations(), site.glossary(), site.assets());
        assertThrows(IllegalStateException.class, () -> CSAF.informationalAdvisory(noBase, doc, Lang.EN, urls(doc)));
        DocumentUrls relative = new DocumentUrls(java.util.Map.of(Lang.EN, new PageUrls("en/x/", null, "en/csaf/x.json")));
        assertThrows(IllegalStateException.class, () -> CSAF.informationalAdvisory(site, doc, Lang.EN, relative));
    }
}
