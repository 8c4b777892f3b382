package org.jcwg.advisory.model;

import java.util.Optional;

/** What kind of document a Markdown file is; decides its list page and layout. */
public enum DocType {
    ADVISORY("advisory"), REPORT("report"), PAGE("page");

    private final String code;

    DocType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DocType> find(String code) {
        for (DocType t : values()) {
            if (t.code.equals(code)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
