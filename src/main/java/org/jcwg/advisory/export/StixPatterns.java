package org.jcwg.advisory.export;

import java.util.Optional;
import org.jcwg.advisory.export.Identifiers.Identifier;

/**
 * STIX 2.1 patterns for indicators of compromise, from the canonical values the fact extractor
 * gives. Values are quoted as STIX patterning string literals (backslash and quote escaped), so no
 * value, however odd, can change the pattern's structure. Stateless.
 */
final class StixPatterns {

    private StixPatterns() {
    }

    /** The pattern matching the indicator; empty for identifiers (CVE, ATT&CK), which are not observables. */
    static Optional<String> of(Identifier id) {
        String v = id.value();
        return Optional.ofNullable(switch (id.kind()) {
            case DOMAIN -> compare("domain-name:value", v);
            case URL -> compare("url:value", v);
            case EMAIL -> compare("email-addr:value", v);
            case HASH -> compare("file:hashes." + quote(hashAlgorithm(v)), v);
            case IP -> ip(v);
            // STIX 2.1 defines no wallet object. cryptocurrency-wallet with an address property is the
            // new-SCO form that threat-intelligence feeds and STIX extension publishers use in the wild
            // (Signals Corps' cryptocurrency-wallet extension, ransomware wallet feeds), so consumers
            // that know wallets match it, and the rest parse it as a custom object.
            case WALLET -> compare("cryptocurrency-wallet:address", v);
            default -> null;
        });
    }

    /** Hash names from the STIX hashing-algorithm vocabulary, by hex length (all the extractor accepts). */
    static String hashAlgorithm(String hex) {
        return switch (hex.length()) {
            case 32 -> "MD5";
            case 40 -> "SHA-1";
            case 64 -> "SHA-256";
            case 128 -> "SHA-512";
            default -> throw new IllegalStateException("not a hash length the extractor accepts: " + hex.length());
        };
    }

    /**
     * IPv4 with a prefix is a subnet ({@code ISSUBSET}); with a port, network traffic to that
     * address and port; IPv6 comes in its full form without dots.
     */
    private static String ip(String v) {
        if (v.indexOf('.') < 0) return compare("ipv6-addr:value", v);
        int slash = v.indexOf('/');
        if (slash >= 0) return "[ipv4-addr:value ISSUBSET " + quote(v) + "]";
        int colon = v.indexOf(':');
        if (colon >= 0) {
            return "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = "
                    + quote(v.substring(0, colon)) + " AND network-traffic:dst_port = "
                    + Integer.parseInt(v.substring(colon + 1)) + "]";
        }
        return compare("ipv4-addr:value", v);
    }

    private static String compare(String path, String value) {
        return "[" + path + " = " + quote(value) + "]";
    }

    /** A STIX patterning string literal: single quotes, with backslash and quote escaped. */
    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
