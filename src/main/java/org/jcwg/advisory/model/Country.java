package org.jcwg.advisory.model;

import java.util.Optional;

/** The two countries of the working group. */
public enum Country {
    US, KR;

    public static Optional<Country> find(String code) {
        for (Country c : values()) {
            if (c.name().equals(code)) return Optional.of(c);
        }
        return Optional.empty();
    }
}
