package org.jcwg.advisory.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jcwg.advisory.model.Lang;
import org.junit.jupiter.api.Test;

class KeepAllLineBreaksTest {

    /** The text cut at every allowed break. */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at : new KeepAllLineBreaks(Lang.KO).breaks(text)) {
            out.add(text.substring(from, at));
            from = at;
        }
        return out;
    }

    @Test
    void koreanBreaksOnlyAtSpaces() {
        assertEquals(List.of("한미 ", "공동 ", "보고서를 ", "2022년에 ", "발표했다."), pieces("한미 공동 보고서를 2022년에 발표했다."));
        assertEquals(List.of("피싱·스피어피싱과 ", "(가짜) ", "채용"), pieces("피싱·스피어피싱과 (가짜) 채용"));
    }

    @Test
    void latinKeepsItsUsualBreaksAfterHyphensAndSlashes() {
        assertEquals(List.of("social-", "engineering ", "and/", "or ", "KISA의 ", "권고"),
                pieces("social-engineering and/or KISA의 권고"));
    }
}
