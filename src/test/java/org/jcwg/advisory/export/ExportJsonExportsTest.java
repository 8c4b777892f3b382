package org.jcwg.advisory.export;

import static org.jcwg.advisory.export.ExportFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jcwg.advisory.model.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The plain JSON exports: valid against their own schemas, which are valid 2020-12 schemas. */
class ExportJsonExportsTest {

    private static Site site;

    @BeforeAll
    static void load() throws IOException {
        site = ExportFixtures.sample();
    }

    private static Map<ExportSchema, byte[]> exports() {
        return Map.of(ExportSchema.AGENCIES, JsonExports.agencies(site),
                ExportSchema.RECOMMENDATIONS, JsonExports.recommendations(site),
                ExportSchema.DOCUMENTS, JsonExports.documents(site, ExportFixtures.urls(site)));
    }

    @Test
    void schemasAreValidDraft202012SchemasWithTitlesAndNoExtraProperties() {
        SchemaRegistry registry = ExportFixtures.ownSchemas();
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(3, JsonExports.SCHEMA_RESOURCES.size());
        for (String resource : JsonExports.SCHEMA_RESOURCES) {
            String text = ExportFixtures.resource(resource);
            assertEquals(List.of(), meta.validate(text, InputFormat.JSON).stream().map(Object::toString).toList(), resource);
            List<String> untitled = new ArrayList<>();
            checkDocumented(ExportFixtures.JSON.readTree(text), resource, untitled);
            assertEquals(List.of(), untitled);
        }
    }

    /** Every property has a title and a description (directly or on its $ref target); objects are closed. */
    private static void checkDocumented(JsonNode schema, String where, List<String> out) {
        if (!schema.isObject()) return;
        if (schema.has("properties")) {
            if (!schema.has("additionalProperties") || schema.get("additionalProperties").asBoolean(true)) {
                out.add(where + ": additionalProperties is not false");
            }
            for (var e : schema.get("properties").properties()) {
                JsonNode p = e.getValue();
                boolean ref = p.has("$ref");
                if (!ref && !(p.has("title") && p.has("description"))) out.add(where + "/" + e.getKey() + ": no title or description");
            }
        }
        for (var e : schema.properties()) checkDocumented(e.getValue(), where + "/" + e.getKey(), out);
        if (schema.isArray()) schema.forEach(n -> checkDocumented(n, where, out));
    }

    @Test
    void exportsOfTheSampleAreValidAgainstTheirSchemas() {
        SchemaRegistry registry = ExportFixtures.ownSchemas();
        List<String> problems = new ArrayList<>();
        exports().forEach((schema, bytes) -> {
            Schema s = registry.getSchema(ExportFixtures.resource(schema.resource()), InputFormat.JSON);
            ExportFixtures.errors(s, new String(bytes, StandardCharsets.UTF_8)).forEach(e -> problems.add(schema + " " + e));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theOwnSchemasRejectWhatTheyShould() {
        Schema s = ExportFixtures.ownSchemas().getSchema(ExportFixtures.resource(ExportSchema.DOCUMENTS.resource()), InputFormat.JSON);
        String json = new String(JsonExports.documents(site, ExportFixtures.urls(site)), StandardCharsets.UTF_8);
        assertFalse(ExportFixtures.errors(s, json.replaceFirst("\"draft\": false", "\"draft\": false, \"extra\": 1")).isEmpty());
        assertFalse(ExportFixtures.errors(s, json.replaceFirst("\"date\": \"2023-02-09\"", "\"date\": \"9 Feb 2023\"")).isEmpty());
    }

    @Test
    void envelopeAndItems() {
        JsonNode agencies = parse(JsonExports.agencies(site));
        assertEquals("https://advisories.example.org/schemas/exports/v1/agencies.schema.json", agencies.get("$schema").asString());
        assertEquals("1.0", agencies.get("schema_version").asString());
        assertEquals("https://advisories.example.org/", agencies.at("/site/base_url").asString());
        List<String> ids = new ArrayList<>();
        agencies.get("agencies").forEach(a -> ids.add(a.get("id").asString()));
        assertEquals(ids.stream().sorted().toList(), ids, "sorted by id");

        JsonNode recs = parse(JsonExports.recommendations(site));
        JsonNode first = recs.at("/recommendations/0");
        assertTrue(first.get("history").size() >= 1);
        JsonNode note = first.at("/history/0/note");
        assertTrue(note.has("en") && note.has("ko"), "notes in both languages: " + note);
        assertEquals(first.at("/history/" + (first.get("history").size() - 1) + "/status").asString(), first.get("status").asString());

        JsonNode docs = parse(JsonExports.documents(site, ExportFixtures.urls(site)));
        JsonNode laundering = null;
        for (JsonNode d : docs.get("documents")) if (d.get("id").asString().equals("JCWG-2023-002")) laundering = d;
        assertEquals("ko", laundering.get("source_lang").asString());
        assertEquals("2023-09-01", laundering.get("updated").asString());
        assertEquals("https://advisories.example.org/ko/csaf/2023/jcwg-2023-002.json", laundering.at("/urls/ko/csaf").asString());
        assertTrue(laundering.at("/title/ko").asString().startsWith("북한 연계"));
    }

    @Test
    void agencyFunctionsAreExportedAndTheSchemaKnowsEveryOne() {
        JsonNode schema = parse(ExportFixtures.resource(ExportSchema.AGENCIES.resource()).getBytes(StandardCharsets.UTF_8));
        List<String> allowed = new ArrayList<>();
        schema.findValue("function").get("enum").forEach(v -> allowed.add(v.isNull() ? null : v.asString()));
        List<String> expected = new ArrayList<>(java.util.Arrays.stream(org.jcwg.advisory.model.AgencyFunction.values())
                .map(org.jcwg.advisory.model.AgencyFunction::code).toList());
        expected.add(null);
        assertEquals(expected, allowed);
        for (JsonNode a : parse(JsonExports.agencies(site)).get("agencies")) {
            if (a.get("id").asString().equals("kofiu")) assertEquals("financial-intelligence", a.get("function").asString());
        }
    }

    @Test
    void schemaUrlIsRelativeWithoutABaseUrl() {
        assertEquals("schemas/exports/v1/documents.schema.json", ExportSchema.DOCUMENTS.url(Optional.empty()));
        assertEquals("https://x.example/schemas/exports/v1/documents.schema.json",
                ExportSchema.DOCUMENTS.url(Optional.of("https://x.example")));
    }

    @Test
    void exportsAreDeterministic() {
        assertArrayEquals(JsonExports.documents(site, ExportFixtures.urls(site)), JsonExports.documents(site, ExportFixtures.urls(site)));
        assertArrayEquals(JsonExports.recommendations(site), JsonExports.recommendations(site));
        assertArrayEquals(JsonExports.agencies(site), JsonExports.agencies(site));
    }
}
