package org.jcwg.advisory.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kind of work an agency does, a fixed vocabulary so that the counterpart map can line U.S.
 * and Korean agencies up by function in both languages (the generator supplies the labels).
 * Listed in the order the map shows them.
 */
public enum AgencyFunction {
    FINANCE_POLICY("finance-policy"),
    FINANCIAL_INTELLIGENCE("financial-intelligence"),
    FINANCIAL_SUPERVISION("financial-supervision"),
    LAW_ENFORCEMENT("law-enforcement"),
    CYBER_DEFENCE("cyber-defence"),
    INTELLIGENCE("intelligence"),
    MILITARY("military"),
    DIPLOMACY("diplomacy");

    private final String code;

    AgencyFunction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AgencyFunction> find(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    /** For messages: "finance-policy, financial-intelligence, …". */
    public static String codes() {
        return Arrays.stream(values()).map(AgencyFunction::code).collect(Collectors.joining(", "));
    }
}
