package org.jcwg.advisory.model;

import java.util.Optional;

/** Where a recommendation stands. */
public enum Status {
    PROPOSED("proposed"), IN_PROGRESS("in-progress"), IMPLEMENTED("implemented"), DEFERRED("deferred");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Status> find(String code) {
        for (Status s : values()) {
            if (s.code.equals(code)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
