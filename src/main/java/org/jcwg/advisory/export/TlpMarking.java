package org.jcwg.advisory.export;

import java.util.Locale;
import org.jcwg.advisory.model.Tlp;

/**
 * The official STIX 2.1 marking definitions of TLP 2.0, as OASIS publishes them in
 * cti-stix-common-objects (extension-definition-specifications/tlp-2.0): fixed ids and creation
 * date, the level in the TLP 2.0 property extension. Every producer uses these same objects, so
 * consumers recognise the marking by id. Stateless.
 */
final class TlpMarking {

    static final String EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    private static final String CREATED = "2022-10-01T00:00:00.000Z";

    private TlpMarking() {
    }

    static String id(Tlp tlp) {
        return "marking-definition--" + switch (tlp) {
            case CLEAR -> "94868c89-83c2-464b-929b-a1a8aa3c8487";
            case GREEN -> "bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
            case AMBER -> "55d920b0-5e8b-4f79-9ee9-91f868d9b421";
            case AMBER_STRICT -> "939a9414-2ddd-4d32-a0cd-375ea402b003";
            case RED -> "e828b379-4e03-4974-9ac4-e53a884c97c1";
        };
    }

    static JsonObject object(Tlp tlp) {
        return new JsonObject()
                .put("type", "marking-definition")
                .put("spec_version", "2.1")
                .put("id", id(tlp))
                .put("created", CREATED)
                .put("name", tlp.label())
                .put("extensions", new JsonObject().put(EXTENSION_ID, new JsonObject()
                        .put("extension_type", "property-extension")
                        .put("tlp_2_0", tlp.code().toLowerCase(Locale.ROOT))));
    }
}
