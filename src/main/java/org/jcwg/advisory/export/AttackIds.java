package org.jcwg.advisory.export;

/**
 * MITRE ATT&CK ids as the fact extractor finds them ({@code T1566.001}, {@code TA0001},
 * {@code S0001}, {@code G0032}, {@code M1017}, {@code DS0009}) and their pages on
 * attack.mitre.org. Stateless.
 */
final class AttackIds {

    private AttackIds() {
    }

    /** Techniques and sub-techniques: the ids STIX represents as attack patterns. */
    static boolean isTechnique(String id) {
        return id.startsWith("T") && !id.startsWith("TA");
    }

    /** The id's page: sub-techniques live under their technique ({@code T1566/001}). */
    static String url(String id) {
        String base = "https://attack.mitre.org/";
        if (id.startsWith("TA")) return base + "tactics/" + id + "/";
        if (id.startsWith("DS")) return base + "datasources/" + id + "/";
        return switch (id.charAt(0)) {
            case 'T' -> base + "techniques/" + id.replace('.', '/') + "/";
            case 'S' -> base + "software/" + id + "/";
            case 'G' -> base + "groups/" + id + "/";
            case 'M' -> base + "mitigations/" + id + "/";
            default -> throw new IllegalStateException("not an ATT&CK id: " + id);
        };
    }
}
