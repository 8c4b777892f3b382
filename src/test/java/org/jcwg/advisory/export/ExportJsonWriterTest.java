package org.jcwg.advisory.export;

import static org.jcwg.advisory.export.ExportFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jcwg.advisory.load.ContentLoader;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The JSON writer's exact output, escaping through every export, and the name-based UUIDs. */
class ExportJsonWriterTest {

    private static final String NASTY = "Say \"stop\" \\ now </script> line\u2028break\u2029 tab\t bell\u0007 한국어";

    @Test
    void writesIndentedOrderedJsonWithATrailingNewline() {
        JsonObject o = new JsonObject().put("b", 1).put("a", List.of("x", true)).put("n", null)
                .put("e", new JsonObject()).put("l", List.of()).put("k", 20L);
        assertEquals("""
                {
                  "b": 1,
                  "a": [
                    "x",
                    true
                  ],
                  "n": null,
                  "e": {},
                  "l": [],
                  "k": 20
                }
                """, new String(JsonWriter.write(o), StandardCharsets.UTF_8));
    }

    @Test
    void escapesWhatJsonAndJavaScriptNeedAndKeepsHangul() {
        String json = new String(JsonWriter.write(NASTY), StandardCharsets.UTF_8);
        assertEquals("\"Say \\\"stop\\\" \\\\ now \\u003c/script\\u003e line\\u2028break\\u2029 tab\\t bell\\u0007 한국어\"\n", json);
        assertEquals(NASTY, parse(JsonWriter.write(NASTY)).asString());
        assertEquals("\"\\ud800x\"\n", new String(JsonWriter.write("\ud800x"), StandardCharsets.UTF_8), "unpaired surrogate");
        assertTrue(new String(JsonWriter.write("😀"), StandardCharsets.UTF_8).contains("😀"), "pairs stay as they are");
    }

    /** Seeded random strings of every kind of character a text can hold come back whole, and inert. */
    @Test
    void anyStringSurvivesAndStaysInert() {
        java.util.Random random = new java.util.Random(20261123L);
        char[] alphabet = ("abc XYZ 019\"\\/<>&'\n\r\t\b\f\u0000\u0007\u001f\u007f\u0080\u00e9\u2028\u2029"
                + "한국어암호화폐\uac00\ud7a3\ufeff\ud83d\ude00").toCharArray();
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) sb.append(alphabet[random.nextInt(alphabet.length)]);
            String text = sb.toString();
            byte[] json = JsonWriter.write(List.of(text));
            String raw = new String(json, StandardCharsets.UTF_8);
            for (String inert : List.of("<", ">", "&", "\u2028", "\u2029", "\u0000", "\u007f")) {
                assertFalse(raw.contains(inert), () -> "raw " + inert + " in " + raw);
            }
            // An unpaired surrogate is kept as an escape, which a parser reads back as that surrogate.
            assertEquals(text, parse(json).get(0).asString(), raw);
        }
    }

    @Test
    void duplicateKeysAndUnknownValuesAreBugs() {
        assertThrows(IllegalStateException.class, () -> new JsonObject().put("a", 1).put("a", 2));
        assertThrows(IllegalStateException.class, () -> JsonWriter.write(new Object()));
    }

    @Test
    void nameBasedUuidsMatchRfc4122Version5() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"), NameBasedUuid.of(dns, "python.org"));
        // the STIX 2.1 specification's own SCO namespace and example value
        assertEquals(UUID.fromString("bedb4899-d24b-5401-bc86-8f6b4cc18ec7"), NameBasedUuid.of(
                UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7"), "{\"value\":\"example.com\"}"));
        UUID url = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(Stix.NAMESPACE, NameBasedUuid.of(url, "urn:jcwg:advisory-site:stix-2.1"));
        assertEquals(5, Stix.NAMESPACE.version());
    }

    @Test
    void aTitleWithQuotesBackslashesScriptAndLineSeparatorsSurvivesEveryExport(@TempDir Path tmp) throws IOException {
        String yamlTitle = "\"Say \\\"stop\\\" \\\\ now </script> line\\u2028break\"";
        String title = "Say \"stop\" \\ now </script> line\u2028break";
        Path root = Project.minimal(tmp)
                .with("content-en/site.yml", "base_url: https://x.example/\ntitle: Test site\n")
                .with("content-ko/site.yml", "title: 시험 사이트\n")
                .edit("content-en/advisories/fake-jobs.md", "title: Fake job offers target exchange staff", "title: " + yamlTitle)
                .edit("content-en/advisories/fake-jobs.md", "Staff of exchanges receive job offers.",
                        "Staff of exchanges receive job offers from evil-recruiter[.]example.")
                .edit("content-ko/advisories/fake-jobs.md", "거래소 직원들이 채용 제안을 받는다.",
                        "거래소 직원들이 evil-recruiter[.]example에서 채용 제안을 받는다.")
                .write();
        Site site = new ContentLoader(new MarkdownProcessor()).load(root).site();
        Document doc = site.documents().get(0);
        assertEquals(title, doc.require(Lang.EN).title().value());
        DocumentUrls urls = ExportFixtures.urls(doc);

        JsonNode csaf = parse(new Csaf("Test group", "1").informationalAdvisory(site, doc, Lang.EN, urls));
        assertEquals(title, csaf.at("/document/title").asString());
        JsonNode bundle = parse(Stix.bundle(site, doc, urls).orElseThrow());
        assertTrue(bundle.toString().contains("[domain-name:value = 'evil-recruiter.example']"));
        JsonNode report = null;
        for (JsonNode o : bundle.get("objects")) if (o.get("type").asString().equals("report")) report = o;
        assertEquals(title, report.get("name").asString());
        JsonNode docs = parse(JsonExports.documents(site, java.util.Map.of(doc.path(), urls)));
        assertEquals(title, docs.at("/documents/0/title/en").asString());
        String raw = new String(JsonExports.documents(site, java.util.Map.of(doc.path(), urls)), StandardCharsets.UTF_8);
        assertFalse(raw.contains("\u2028"), "U+2028 is escaped, never raw");
    }
}
