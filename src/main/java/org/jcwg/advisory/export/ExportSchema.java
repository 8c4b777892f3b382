package org.jcwg.advisory.export;

import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of the plain JSON exports. Each ships inside the jar as a
 * resource and is published at the same path under the site root, so an export's {@code $schema}
 * points at its schema on the same site. The version is in the path: a breaking change gets
 * {@code v2/} and both stay published.
 */
public enum ExportSchema {
    AGENCIES("agencies"), RECOMMENDATIONS("recommendations"), DOCUMENTS("documents");

    /** Folder of the schemas, both as a class-path resource and relative to the site root. */
    public static final String FOLDER = "schemas/exports/v1/";

    private final String name;

    ExportSchema(String name) {
        this.name = name;
    }

    /** The export this schema describes, published at the site root: {@code agencies.json}. */
    public String exportFileName() {
        return name + ".json";
    }

    /** {@code agencies.schema.json}. */
    public String fileName() {
        return name + ".schema.json";
    }

    /** Class-path resource and site-relative path: {@code schemas/exports/v1/agencies.schema.json}. */
    public String resource() {
        return FOLDER + fileName();
    }

    /**
     * The schema's URL: absolute under the base URL when there is one, else the site-relative path,
     * which resolves correctly for exports published at the site root.
     */
    public String url(Optional<String> baseUrl) {
        return baseUrl.map(b -> (b.endsWith("/") ? b : b + "/") + resource()).orElse(resource());
    }
}
