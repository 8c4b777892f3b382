package org.jcwg.advisory.export;

import org.jcwg.advisory.model.Lang;

/**
 * The few fixed phrases a CSAF document needs in its own language (reference summaries, note
 * titles). Kept here rather than in i18n because exports may not depend on the renderer's
 * packages. Stateless.
 */
enum Wording {
    SUMMARY("Summary", "요약"),
    ISSUING_AGENCIES("Issuing agencies", "발행 기관"),
    INITIAL_RELEASE("Initial publication", "최초 발표"),
    THIS_DOCUMENT("This CSAF document", "이 CSAF 문서"),
    WEB_PAGE("The advisory as a web page", "웹 페이지로 보는 보안권고"),
    PDF("The advisory as a PDF document", "PDF 문서로 보는 보안권고"),
    OTHER_LANGUAGE_CSAF("This CSAF document in Korean", "이 CSAF 문서의 영어판");

    private final String english;
    private final String korean;

    Wording(String english, String korean) {
        this.english = english;
        this.korean = korean;
    }

    String in(Lang lang) {
        return lang == Lang.KO ? korean : english;
    }
}
