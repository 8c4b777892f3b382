package org.jcwg.advisory.model;

import java.util.Optional;

/** FIRST Traffic Light Protocol 2.0 labels, ordered from least to most restricted. */
public enum Tlp {
    CLEAR("CLEAR"), GREEN("GREEN"), AMBER("AMBER"), AMBER_STRICT("AMBER+STRICT"), RED("RED");

    private final String code;

    Tlp(String code) {
        this.code = code;
    }

    /** As written in front matter and on the command line: {@code AMBER+STRICT}. */
    public String code() {
        return code;
    }

    /** The marking shown to readers: {@code TLP:AMBER+STRICT}. */
    public String label() {
        return "TLP:" + code;
    }

    public boolean atMost(Tlp level) {
        return ordinal() <= level.ordinal();
    }

    /** Exact match only: the contract says labels are written exactly so. */
    public static Optional<Tlp> find(String code) {
        for (Tlp t : values()) {
            if (t.code.equals(code)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
