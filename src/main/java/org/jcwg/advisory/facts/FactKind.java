package org.jcwg.advisory.facts;

/**
 * What a fact is. Each kind belongs to a group, the name editors use to silence a finding
 * ({@code amount}, {@code number}, {@code percent}, {@code date}, {@code ioc}, {@code id});
 * indicators and identifiers compare as sets (a repeated hash is still one hash), quantities as
 * multisets (two amounts of $1 billion are two facts).
 */
public enum FactKind {
    AMOUNT("amount", "amount"),
    NUMBER("number", "number"),
    PERCENT("percent", "percentage"),
    DATE("date", "date"),
    HASH("ioc", "hash"),
    IP("ioc", "IP address"),
    DOMAIN("ioc", "domain"),
    URL("ioc", "URL"),
    EMAIL("ioc", "e-mail address"),
    WALLET("ioc", "wallet address"),
    CVE("id", "CVE id"),
    ATTACK("id", "ATT&CK id");

    private final String group;
    private final String label;

    FactKind(String group, String label) {
        this.group = group;
        this.label = label;
    }

    /** The finding family: {@code amount}, {@code number}, {@code percent}, {@code date}, {@code ioc} or {@code id}. */
    public String group() {
        return group;
    }

    /** Words for messages: "IP address", "wallet address". */
    public String label() {
        return label;
    }

    /** Indicators and identifiers: compared as sets, not counted. */
    public boolean isIdentifier() {
        return group.equals("ioc") || group.equals("id");
    }
}
