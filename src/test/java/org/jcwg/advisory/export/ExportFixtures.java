package org.jcwg.advisory.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Severity;
import org.jcwg.advisory.load.ContentLoader;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Site;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the export tests share: the sample publication, a URL layout like the renderer's, JSON
 * parsing, and a schema registry that resolves the official CSAF and STIX schemas from the shared
 * folder by their {@code $id}s, never from the network.
 */
final class ExportFixtures {

    static final String BASE = "https://advisories.example.org/";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where each {@code $id} prefix of the official schemas lives under {@code shared/schemas}. */
    private static final Map<String, String> SCHEMA_FOLDERS = Map.of(
            "https://docs.oasis-open.org/csaf/csaf/v2.1/schema/", "csaf-2.1/json_schema/",
            "https://www.first.org/cvss/", "csaf-2.1/referenced_schema/first/",
            "https://certcc.github.io/SSVC/data/schema/v2/", "csaf-2.1/referenced_schema/certcc/",
            "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/", "stix-2.1/");

    private ExportFixtures() {
    }

    /** The repository's sample publication, loaded without errors. */
    static Site sample() throws IOException {
        ContentLoader.Result r = new ContentLoader(new MarkdownProcessor()).load(Path.of("").toAbsolutePath());
        List<Diagnostic> errors = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
        return r.site();
    }

    static Document document(Site site, String path) {
        return site.findDocument(path).orElseThrow(() -> new AssertionError("no " + path));
    }

    static List<Document> advisories(Site site) {
        List<Document> list = site.documents().stream()
                .filter(d -> d.meta().type() == org.jcwg.advisory.model.DocType.ADVISORY).toList();
        assertTrue(list.size() >= 4, "the sample has four advisories");
        return list;
    }

    /** URLs the way a renderer might lay the site out: pages, PDFs and CSAF files per language. */
    static DocumentUrls urls(Document doc) {
        Map<Lang, PageUrls> map = new EnumMap<>(Lang.class);
        for (Lang lang : doc.translations().keySet()) {
            String root = BASE + lang.code() + "/";
            map.put(lang, new PageUrls(root + doc.slugPath() + "/", root + doc.slugPath() + ".pdf",
                    root + "csaf/" + doc.meta().date().getYear() + "/" + Csaf.fileName(doc.meta())));
        }
        return new DocumentUrls(map);
    }

    static Map<String, DocumentUrls> urls(Site site) {
        Map<String, DocumentUrls> map = new LinkedHashMap<>();
        site.documents().forEach(d -> map.put(d.path(), urls(d)));
        return map;
    }

    static JsonNode parse(byte[] json) {
        return JSON.readTree(new String(json, StandardCharsets.UTF_8));
    }

    /**
     * The shared folder: system property {@code shared.dir}, else {@code ../shared} next to the
     * project, else {@code /work/shared}; a test that needs it is skipped when none exists.
     */
    static Path requireSharedSchemas() {
        Optional<Path> found = Stream.of(Optional.ofNullable(System.getProperty("shared.dir")).map(Path::of),
                        Optional.of(Path.of("..", "shared")), Optional.of(Path.of("/work/shared")))
                .flatMap(Optional::stream)
                .map(p -> p.resolve("schemas"))
                .filter(Files::isDirectory)
                .findFirst();
        Assumptions.assumeTrue(found.isPresent(), "the official CSAF/STIX schemas were not found: set -Dshared.dir=DIR"
                + " to a folder holding schemas/csaf-2.1 and schemas/stix-2.1 (tried ../shared and /work/shared)");
        return found.get().toAbsolutePath().normalize();
    }

    /** A registry reading the official schemas in place, format assertions on, with no network access. */
    static SchemaRegistry officialSchemas(Path schemas) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(iri -> local(schemas, iri)));
    }

    /** A registry for this project's own schemas (class-path resources), format assertions on. */
    static SchemaRegistry ownSchemas() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    private static String local(Path schemas, String iri) {
        String plain = iri.replaceFirst("[?#].*$", "");
        for (Map.Entry<String, String> e : SCHEMA_FOLDERS.entrySet()) {
            if (plain.startsWith(e.getKey())) {
                Path file = schemas.resolve(e.getValue() + plain.substring(e.getKey().length()));
                try {
                    return Files.readString(file);
                } catch (IOException ex) {
                    throw new UncheckedIOException("schema " + iri + " expected at " + file, ex);
                }
            }
        }
        return null; // the JSON Schema meta-schemas come with the validator; anything else must not be fetched
    }

    static Schema schema(SchemaRegistry registry, String iri) {
        return registry.getSchema(SchemaLocation.of(iri));
    }

    static String resource(String path) {
        try (InputStream in = ExportFixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new AssertionError("no resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors as readable lines, for assertEquals with an empty list. */
    static List<String> errors(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
