package org.jcwg.advisory.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.SampleSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Builds the sample publication the way the command line does and checks the machine-readable
 * files it publishes: each validates against its official or own schema, every address in them
 * leads to a file of the site, the pages link them, and the AMBER advisory leaves no trace.
 */
class ExportSiteTest {

    private static final String BASE = "https://advisories.example.org/";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        SampleSite.build(site, Tlp.CLEAR, true);
    }

    private static List<Path> files(String glob) throws IOException {
        var matcher = site.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> matcher.matches(site.relativize(p))).sorted().toList();
        }
    }

    @Test
    void csafFilesOfBothLanguagesAreValidCsaf21() throws IOException {
        SchemaRegistry registry = ExportFixtures.officialSchemas(ExportFixtures.requireSharedSchemas());
        Schema csaf = ExportFixtures.schema(registry, Csaf.SCHEMA_URL);
        List<Path> found = files("*/csaf/*/*.json");
        assertEquals(6, found.size(), "three CLEAR advisories in two languages: " + found);
        List<String> problems = new ArrayList<>();
        for (Path p : found) {
            ExportFixtures.errors(csaf, Files.readString(p)).forEach(e -> problems.add(site.relativize(p) + " " + e));
            JsonNode doc = ExportFixtures.parse(Files.readAllBytes(p)).get("document");
            assertEquals(site.relativize(p).getName(0).toString(), doc.get("lang").asString(), p.toString());
            assertEquals("CLEAR", doc.get("distribution").get("tlp").get("label").asString());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void stixBundlesAreValidAndTheirIndicatorsAreOnThePage() throws IOException {
        SchemaRegistry registry = ExportFixtures.officialSchemas(ExportFixtures.requireSharedSchemas());
        Schema bundle = ExportFixtures.schema(registry, ExportStixTest.STIX + "common/bundle.json");
        List<Path> found = files("stix/*.json");
        assertEquals(3, found.size(), found.toString());
        for (Path p : found) {
            assertEquals(List.of(), ExportFixtures.errors(bundle, Files.readString(p)), p.toString());
        }
        // The page shows indicators defanged; the bundle has them refanged: compare refanged.
        String page = Files.readString(site.resolve("en/advisories/ransomware-healthcare/index.html"))
                .replace("[.]", ".").replace("hxxp", "http");
        Matcher m = Pattern.compile("= '([^']+)'\\]").matcher(Files.readString(site.resolve("stix/jcwg-2024-001.json")));
        int indicators = 0;
        while (m.find()) {
            indicators++;
            assertTrue(page.contains(m.group(1)), "indicator " + m.group(1) + " is not on the page");
        }
        assertTrue(indicators >= 5, "the ransomware advisory lists hashes, IPs, domains and a wallet");
    }

    @Test
    void jsonExportsValidateAgainstTheSchemasTheSitePublishes() throws IOException {
        SchemaRegistry registry = ExportFixtures.ownSchemas();
        for (ExportSchema s : ExportSchema.values()) {
            Path export = site.resolve(s.exportFileName());
            Path schemaFile = site.resolve(s.resource());
            assertTrue(Files.isRegularFile(schemaFile), "schema published: " + s.resource());
            Schema schema = registry.getSchema(com.networknt.schema.SchemaLocation.of(s.url(java.util.Optional.of(BASE))),
                    Files.readString(schemaFile), com.networknt.schema.InputFormat.JSON);
            assertEquals(List.of(), ExportFixtures.errors(schema, Files.readString(export)), s.exportFileName());
            assertEquals(BASE + s.resource(), ExportFixtures.parse(Files.readAllBytes(export)).get("$schema").asString());
        }
    }

    @Test
    void everyAddressInTheDocumentsExportIsAFileOfTheSite() throws IOException {
        JsonNode docs = ExportFixtures.parse(Files.readAllBytes(site.resolve("documents.json"))).get("documents");
        List<String> urls = new ArrayList<>();
        Matcher m = Pattern.compile("\"(" + Pattern.quote(BASE) + "[^\"]*)\"").matcher(docs.toString());
        while (m.find()) urls.add(m.group(1));
        assertTrue(urls.size() >= 5 * 2 * 2, "pages and PDFs of five documents in two languages: " + urls);
        for (String url : urls) {
            String path = url.substring(BASE.length());
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            assertTrue(Files.isRegularFile(file), url + " has no file " + file);
        }
        assertFalse(docs.toString().contains("JCWG-2025-003"), "the AMBER advisory is not listed");
    }

    @Test
    void advisoryPagesLinkTheirMachineReadableVersions() throws IOException {
        for (String lang : List.of("en", "ko")) {
            Path page = site.resolve(lang + "/advisories/ransomware-healthcare/index.html");
            String html = Files.readString(page);
            Matcher m = Pattern.compile("<p class=\"doc-formats\">(.*?)</p>").matcher(html);
            assertTrue(m.find(), html);
            List<String> targets = new ArrayList<>();
            Matcher a = Pattern.compile("href=\"([^\"]+)\"").matcher(m.group(1));
            while (a.find()) targets.add(page.getParent().resolve(a.group(1)).normalize().toString());
            assertEquals(List.of(site.resolve(lang + "/csaf/2024/jcwg-2024-001.json").toString(),
                    site.resolve("stix/jcwg-2024-001.json").toString()), targets);
        }
    }

    @Test
    void theAmberAdvisoryLeavesNoMachineReadableTrace() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")
                    || f.toString().endsWith(".xml")).toList()) {
                String text = Files.readString(p);
                assertFalse(text.contains("JCWG-2025-003") || text.contains("jcwg-2025-003")
                        || text.contains("ci-artifacts-mirror"), p.toString());
            }
        }
    }
}
