package org.jcwg.advisory.model;

import java.util.Optional;

/** The two languages of the publication; English is listed first everywhere. */
public enum Lang {
    EN("en", "English"), KO("ko", "한국어");

    private final String code;
    private final String nativeName;

    Lang(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    /** The content folder of this language, relative to the project root. */
    public String folder() {
        return "content-" + code;
    }

    public Lang other() {
        return this == EN ? KO : EN;
    }

    public static Optional<Lang> find(String code) {
        for (Lang l : values()) {
            if (l.code.equals(code)) return Optional.of(l);
        }
        return Optional.empty();
    }
}
