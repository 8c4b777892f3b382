package org.jcwg.advisory.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of fact: the forms both languages must agree on, and near misses that are not facts. */
class FactsTest {

    private static List<String> en(String text) {
        return Facts.english(text).stream().map(f -> f.kind() + " " + f.value()).toList();
    }

    private static List<String> ko(String text) {
        return Facts.korean(text).stream().map(f -> f.kind() + " " + f.value()).toList();
    }

    private static void same(String english, String korean) {
        assertEquals(en(english), ko(korean), english + " / " + korean);
    }

    @Test
    void amountsInEnglish() {
        assertEquals(List.of("AMOUNT USD 1000000000"), en("more than $1 billion"));
        assertEquals(List.of("AMOUNT USD 1500000000"), en("$1.5 billion"));
        assertEquals(List.of("AMOUNT USD 100000000"), en("about $100 million"));
        assertEquals(List.of("AMOUNT USD 81000000"), en("US$81 million"));
        assertEquals(List.of("AMOUNT USD 2000"), en("USD 2,000"));
        assertEquals(List.of("AMOUNT USD 1000"), en("1,000 dollars"));
        assertEquals(List.of("AMOUNT KRW 5000000"), en("₩5 million"));
        assertEquals(List.of("AMOUNT KRW 5000000"), en("5 million won"));
        assertEquals(List.of("AMOUNT USD 1000000000"), en("$1,000,000,000"));
        assertEquals(List.of("AMOUNT USD 20500000"), en("$20.5M"));
    }

    @Test
    void amountsInKorean() {
        assertEquals(List.of("AMOUNT USD 1000000000"), ko("10억 달러"));
        assertEquals(List.of("AMOUNT USD 100000000"), ko("1억 달러를"));
        assertEquals(List.of("AMOUNT USD 620000000"), ko("약 6억 2천만 달러"));
        assertEquals(List.of("AMOUNT USD 620000000"), ko("6억2000만 달러"));
        assertEquals(List.of("AMOUNT USD 81000000"), ko("8100만 달러"));
        assertEquals(List.of("AMOUNT USD 1000"), ko("1천 달러"));
        assertEquals(List.of("AMOUNT USD 1000"), ko("천 달러"));
        assertEquals(List.of("AMOUNT KRW 5000000"), ko("500만 원을"));
        assertEquals(List.of("AMOUNT KRW 5000000"), ko("5백만 원"));
        assertEquals(List.of("AMOUNT USD 1000000000"), ko("미화 10억 달러"));
        assertEquals(List.of("AMOUNT USD 1000000000"), ko("$1 billion 이상"));
        assertEquals(List.of("AMOUNT KRW 1200000000000"), ko("1조 2,000억 원"));
        assertEquals(List.of("AMOUNT USD 20500000"), ko("2050만 달러 이상"));
    }

    @Test
    void amountsAgreeAcrossLanguages() {
        same("$1,000,000,000", "10억 달러");
        same("$620 million", "6억 2천만 달러");
        same("about $500,000", "약 50만 달러");
        assertNotEquals(en("$100 million"), ko("10억 달러"));
    }

    @Test
    void wonIsAWordOnlyAfterAnAmount() {
        assertEquals(List.of("NUMBER 3"), ko("3 원인"));
        assertEquals(List.of("AMOUNT KRW 3000"), ko("3,000원이"));
    }

    @Test
    void numbersWithScale() {
        same("2.5 million", "250만");
        same("1,000", "1천");
        same("1,000 people", "천 명");
        same("about 1,580 bitcoin (BTC)", "약 1,580 비트코인(BTC)");
        same("9 techniques", "9개 기법");
        same("nine techniques", "9개 기법");
        same("three times", "세 차례");
        same("10 billion", "100억");
        same("1 billion", "10억");
        assertEquals(List.of("NUMBER 1000000000"), en("a billion"));
    }

    @Test
    void wordsThatAreNotNumbers() {
        assertEquals(List.of(), ko("백신과 백업, 추천, 천천히, 수천 명, 수십억 달러"));
        assertEquals(List.of(), en("one of them, two-factor authentication, thousands of accounts"));
        assertEquals(List.of(), ko("두 번째 단계"));
    }

    @Test
    void percentages() {
        assertEquals(List.of("PERCENT 45", "PERCENT 45", "PERCENT 45"), en("45%, 45 percent and 45 %"));
        same("45%", "45퍼센트");
        same("12.5%", "12.5%");
    }

    @Test
    void dates() {
        same("May 21, 2022", "2022년 5월 21일");
        same("21 May 2022", "2022년 5월 21일");
        same("June 2022", "2022년 6월");
        same("since 2017", "2017년부터");
        same("between 2015 and 2016", "2015~2016년");
        same("2015–2016", "2015~2016년");
        same("in the mid-1980s", "1980년대 중반");
        same("from the late 2000s", "2000년대 후반부터");
        same("2022-11-09", "2022-11-09");
        same("on May 6", "5월 6일");
        assertEquals(List.of("DATE 2022-05-21"), en("May 21, 2022"));
        assertEquals(List.of("DATE 2022-06"), ko("2022년 6월"));
        assertNotEquals(en("May 21, 2022"), ko("2022년 5월 12일"));
    }

    @Test
    void clockTimesAreNotNumbers() {
        assertEquals(List.of(), en("at 10:30 UTC"));
        assertEquals(List.of(), ko("오전 10시 30분"));
        assertEquals(List.of("NUMBER 3"), ko("3시간"));
    }

    @Test
    void indicators() {
        String sha = "7a6c081748be7dd19ee4526973a464f48310f67cffc9b644aec30064b65e5db4";
        assertEquals(List.of("HASH " + sha), en("`" + sha + "`"));
        assertEquals(List.of("HASH d41d8cd98f00b204e9800998ecf8427e"), en("MD5 D41D8CD98F00B204E9800998ECF8427E"));
        assertEquals(List.of("HASH 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"), ko("2fd4e1c67a2d28fced849ee1bb76e7391b93eb12를"));
        assertEquals(List.of("IP 203.0.113.5"), en("203.0.113.5"));
        same("203.0.113.5", "203.0.113[.]5");
        same("203.0.113.5", "203[.]0[.]113[.]5에서");
        assertEquals(List.of("IP 2001:db8:0:0:0:0:0:1"), en("2001:db8::1"));
        assertEquals(List.of("DOMAIN update-check.example"), en("update-check[.]example"));
        assertEquals(List.of("URL https://x.example/a"), en("hxxps://x[.]example/a"));
        same("https://x.example/a", "hxxps[:]//x[.]example/a로");
        assertEquals(List.of("EMAIL report@cisa.gov"), en("report@cisa.gov"));
        assertEquals(List.of(), en("the report.pdf and setup.exe files"));
    }

    @Test
    void wallets() {
        assertEquals(List.of("WALLET 0x319199cac6168af6997f490c715c59df37126d52"),
                en("0x319199CAC6168af6997f490c715c59df37126d52"));
        assertEquals(List.of("WALLET bc1qjzecumdu3dyxwv7tuk6dm4gm7yqy8pza70xjmz"),
                en("bc1qjzecumdu3dyxwv7tuk6dm4gm7yqy8pza70xjmz"));
        assertEquals(List.of("WALLET 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), ko("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa로"));
        assertEquals(List.of("WALLET TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9"), en("TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9"));
    }

    @Test
    void identifiers() {
        assertEquals(List.of("CVE CVE-2021-44228"), en("cve-2021-44228"));
        assertEquals(List.of("ATTACK T1566.001", "ATTACK TA0001", "ATTACK S0001", "ATTACK G0032"),
                en("T1566.001, TA0001, S0001 and G0032"));
    }

    @Test
    void digitsInsideIndicatorsAndIdsAreNotFacts() {
        assertEquals(List.of("HASH 0a2015b2c3d4e5f60718293a4b5c6d7e"), en("0a2015b2c3d4e5f60718293a4b5c6d7e"));
        assertEquals(List.of("IP 192.0.2.77"), en("192.0.2.77"));
        assertEquals(List.of("CVE CVE-2023-1234"), ko("CVE-2023-1234 취약점"));
        assertEquals(List.of(), en("AA23-040A, JCWG-2022-004, R4, APT38, v1.2.3, Log4j, 24/7, 21st"));
        assertEquals(List.of("NUMBER 30"), en("a 30-day period"));
    }

    @Test
    void koreanFormsThatAreNotCounts() {
        assertEquals(List.of(), ko("제3자, 1분기, 2단계 인증, 2차 피해, 5월에"));
        same("twice", "두 차례");
        same("a 45 percentage point rise", "45%포인트 상승");
        same("in the 1980s", "80년대에");
        same("about $100 million", "1억여 달러");
        same("in 2019 won the award", "2019년 상을 받았다");
    }
}
