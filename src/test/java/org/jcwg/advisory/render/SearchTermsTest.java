package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The terms of the search index; search.js makes the same of a query. */
class SearchTermsTest {

    @Test
    void hangulRunsBecomeSyllablePairsSoParticlesAndCompoundsDoNotMatter() {
        assertEquals(List.of("믹", "믹서", "서를"), List.copyOf(SearchIndex.terms("믹서를")));
        assertTrue(SearchIndex.terms("서명 키는").contains("키"), "a one-syllable word with its particle");
        for (String text : List.of("믹서를", "믹서와", "암호화폐믹서", "암호화폐 믹서.")) {
            assertTrue(SearchIndex.terms(text).contains("믹서"), text);
        }
        assertEquals(List.of("북"), List.copyOf(SearchIndex.terms("북")), "a single syllable is its own term");
    }

    @Test
    void otherWordsAreFoldedAndLightlyStemmed() {
        assertEquals(List.of("wallet", "mixer", "launder", "agency", "t1566", "001"),
                List.copyOf(SearchIndex.terms("Wallets, MIXERS laundering agencies T1566.001")));
        assertEquals(List.of("full"), List.copyOf(SearchIndex.terms("ＦＵＬＬ")), "NFKC");
        assertEquals(List.of("ransomware", "랜", "랜섬", "섬웨", "웨어"), List.copyOf(SearchIndex.terms("ransomware랜섬웨어")));
    }

    @Test
    void shardsSpreadTermsDeterministically() {
        assertEquals(SearchIndex.shard("믹서", 7), SearchIndex.shard("믹서", 7));
        assertTrue(SearchIndex.shard("wallet", 1) == 0);
    }

    /** The indexer's numbered terms are exactly the terms, for seeded random mixes of scripts. */
    @Test
    void theIndexersTermsAreTheTerms() {
        java.util.Random random = new java.util.Random(11172);
        String[] pieces = {"믹서를", "암호화폐", " ", "가", "힣", "\ud7a3\uac00", "Wallets", "MIXING", "ＦＵＬＬ", "T1566.001", "ㄱㄴ",
                "é", "İ", "0x3f", ", ", "\n", "북한의", "키는", "laundered", "ß", "\ud83d\ude00", "ﾊﾟ"};
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            assertEquals(new java.util.HashSet<>(SearchIndex.terms(text)), SearchIndex.EntryTerms.of(text).all(), text);
        }
    }
}
