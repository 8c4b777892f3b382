package org.jcwg.advisory.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Severity;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Facts must agree", section by section: for each rule a difference it must report (file, line
 * and the other side named) and an equal pair written differently that it must accept. The
 * minimal project's summary paragraph is line 18 in English and line 12 in Korean.
 */
class FactChecksTest {

    private static final String EN = "content-en/advisories/fake-jobs.md";
    private static final String KO = "content-ko/advisories/fake-jobs.md";
    private static final String EN_TEXT = "Staff of exchanges receive job offers.";
    private static final String KO_TEXT = "거래소 직원들이 채용 제안을 받는다.";

    @TempDir
    Path tmp;

    private List<Diagnostic> findings(Project project) throws IOException {
        return new Pipeline().check(project.write(), false).diagnostics();
    }

    /** The minimal project with the summary paragraph replaced in both languages. */
    private List<Diagnostic> summary(String english, String korean) throws IOException {
        return findings(Project.minimal(tmp).edit(EN, EN_TEXT, english).edit(KO, KO_TEXT, korean));
    }

    private static Diagnostic find(List<Diagnostic> all, String code, String file, int line) {
        return all.stream()
                .filter(d -> d.code().equals(code) && d.pos().file().equals(file) && d.pos().line() == line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " at " + file + ":" + line + " in:\n" + show(all)));
    }

    private static void assertClean(List<Diagnostic> all) {
        assertEquals("", show(all));
    }

    private static String show(List<Diagnostic> all) {
        return all.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void amountThatDiffersByScaleIsReportedAtTheKoreanFact() throws IOException {
        List<Diagnostic> all = summary("Staff of exchanges lost $100 million.", "거래소 직원들이 10억 달러를 잃었다.");
        Diagnostic d = find(all, "fact-amount", KO, 12);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(10, d.pos().column());
        assertTrue(d.message().contains("amount differs in section #summary: English has $100 million ("
                + EN + ":18), Korean has 10억 달러 (USD 1000000000)"), d.message());
        assertEquals(1, all.size(), show(all));
    }

    @Test
    void amountsWrittenDifferentlyAgree() throws IOException {
        assertClean(summary("They lost $1,000,000,000 and about $620 million.", "10억 달러와 약 6억 2천만 달러를 잃었다."));
        assertClean(summary("Losses reached 1 billion and 2.5 million accounts.", "피해는 10억, 계정은 250만 개에 달했다."));
        assertClean(summary("Each paid 1,000 dollars.", "각각 천 달러를 냈다."));
    }

    @Test
    void repeatedAmountCountsTwice() throws IOException {
        List<Diagnostic> all = summary("They stole $1 billion, then another $1 billion.", "그들은 10억 달러를 훔쳤다.");
        Diagnostic d = find(all, "fact-amount", KO, 10);
        assertTrue(d.message().contains("English has $1 billion (" + EN + ":18) 2 times, the Korean section 1 time"),
                d.message());
    }

    @Test
    void factOnALaterLineOfAParagraphIsReportedAtThatLine() throws IOException {
        List<Diagnostic> all = summary("Staff lost\n$5 million.", "거래소 직원들이\n500만 원을 잃었다.");
        Diagnostic d = find(all, "fact-amount", KO, 13);
        assertEquals(1, d.pos().column());
        assertTrue(d.message().contains("English has $5 million (" + EN + ":19), Korean has 500만 원 (KRW 5000000)"),
                d.message());
    }

    @Test
    void numbersAndPercentages() throws IOException {
        find(summary("9 techniques were seen.", "8개 기법이 확인되었다."), "fact-number", KO, 12);
        assertClean(summary("nine techniques and 1,000 accounts.", "9개 기법과 천 개 계정."));
        Diagnostic d = find(summary("45% of staff.", "직원의 54%."), "fact-percent", KO, 12);
        assertTrue(d.message().contains("English has 45%"), d.message());
        assertClean(summary("45 percent of staff.", "직원의 45퍼센트."));
    }

    @Test
    void dates() throws IOException {
        Diagnostic d = find(summary("It began on May 21, 2022.", "2022년 5월 12일에 시작되었다."), "fact-date", KO, 12);
        assertTrue(d.message().contains("English has May 21, 2022 (" + EN + ":18), Korean has 2022년 5월 12일 (2022-05-12)"),
                d.message());
        assertClean(summary("It began in the mid-1980s, grew between 2015 and 2016 and on May 21, 2022.",
                "1980년대 중반에 시작되어 2015~2016년에 커졌고 2022년 5월 21일에 이르렀다."));
    }

    @Test
    void aYearInsideAHashIsNotADate() throws IOException {
        String hash = "0a2015b2c3d4e5f60718293a4b5c6d7e";
        assertClean(summary("Hash `" + hash + "`.", "해시 `" + hash + "`."));
    }

    @Test
    void indicatorMissingInTheTranslationIsReportedAtItsHeading() throws IOException {
        List<Diagnostic> all = summary("Block 203.0.113.5 and 203.0.113.6.", "203.0.113.5를 차단한다.");
        Diagnostic d = find(all, "fact-ioc", KO, 10);
        assertTrue(d.message().contains("IP address differs in section #summary: English has 203.0.113.6 (" + EN
                + ":18) but the Korean section does not"), d.message());
    }

    @Test
    void defangedIndicatorsEqualPlainOnes() throws IOException {
        // URLs in code spans: Markdown would otherwise turn them into links, which compare as written
        assertClean(summary("Block 203.0.113.5, update-check.example and `https://x.example/a`.",
                "203[.]0[.]113[.]5, update-check[.]example, `hxxps://x[.]example/a`를 차단한다."));
        assertClean(summary("Address 0x319199CAC6168AF6997F490C715C59DF37126D52.",
                "주소 0x319199cac6168af6997f490c715c59df37126d52."));
    }

    @Test
    void wrongWalletIsPairedWithTheRightOne() throws IOException {
        List<Diagnostic> all = summary("Wallet bc1qjzecumdu3dyxwv7tuk6dm4gm7yqy8pza70xjmz.",
                "지갑 bc1qjzecumdu3dyxwv7tuk6dm4gm7yqy8pza70xjmq.");
        Diagnostic d = find(all, "fact-ioc", KO, 12);
        assertEquals(4, d.pos().column());
        assertTrue(d.message().contains("wallet address differs"), d.message());
    }

    @Test
    void identifiers() throws IOException {
        find(summary("CVE-2023-1234 and T1566.001.", "CVE-2023-1243 및 T1566.001."), "fact-id", KO, 12);
        assertClean(summary("See AA23-040A and R4 of JCWG-2022-004.", "AA23-040A와 JCWG-2022-004의 R4를 보라."));
    }

    @Test
    void findingsGoToTheTranslationWhenKoreanIsTheSource() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "source: en", "source: ko")
                .edit(EN, EN_TEXT, "Staff lost $100 million.").edit(KO, KO_TEXT, "직원들이 10억 달러를 잃었다.");
        Diagnostic d = find(findings(p), "fact-amount", EN, 18);
        assertTrue(d.message().contains("Korean has 10억 달러 (" + KO + ":12), English has $100 million (USD 100000000)"),
                d.message());
    }

    @Test
    void linkTargets() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(KO, "[요약](#summary)", "[요약](#mitigations)"));
        Diagnostic d = find(all, "fact-link", KO, 18);
        assertTrue(d.message().contains("English links to #summary (" + EN + ":24), Korean to #mitigations"), d.message());
    }

    @Test
    void imagesCountButMayDiffer() throws IOException {
        // Screenshots in each language's folder (images never come from another server: remote-image).
        Project p = Project.minimal(tmp).with("content-en/advisories/en.png", "PNG").with("content-ko/advisories/ko.png", "PNG");
        find(findings(p.edit(EN, EN_TEXT, EN_TEXT + " ![Screen](en.png)")), "fact-image", KO, 10);
        assertClean(findings(p.edit(KO, KO_TEXT, KO_TEXT + " ![화면](ko.png)")));
    }

    @Test
    void footnoteReferences() throws IOException {
        List<Diagnostic> all = summary(EN_TEXT + "[^1] More.[^2]\n\n[^1]: One.\n[^2]: Two.",
                KO_TEXT + "[^2] 더.[^1]\n\n[^1]: 하나.\n[^2]: 둘.");
        Diagnostic d = find(all, "fact-footnote", KO, 12);
        assertTrue(d.message().contains("English has [^1], [^2]"), d.message());
    }

    @Test
    void tableShapes() throws IOException {
        List<Diagnostic> all = summary(EN_TEXT + "\n\n| a | b |\n|---|---|\n| 1x | 2x |",
                KO_TEXT + "\n\n| 가 | 나 |\n|---|---|\n| 1x | 2x |\n| 3x | 4x |");
        Diagnostic d = find(all, "fact-table", KO, 10);
        assertTrue(d.message().contains("English has 2×2"), d.message());
    }

    @Test
    void codeIsCopiedNotTranslated() throws IOException {
        List<Diagnostic> all = summary(EN_TEXT + "\n\n```\nrule a { condition: true }   \n```",
                KO_TEXT + "\n\n```\nrule b { condition: true }\n```");
        find(all, "fact-code", KO, 15);
        assertClean(summary(EN_TEXT + "\n\n```\nrule a\n```", KO_TEXT + "\n\n```\nrule a   \n```"));
    }

    @Test
    void untranslatedSection() throws IOException {
        List<Diagnostic> all = summary(EN_TEXT, "Staff of exchanges receive job offers from fake recruiters.");
        find(all, "untranslated", KO, 10);
        assertClean(summary("OFAC, FinCEN and the FBI published `Invoke-WebRequest` use.",
                "OFAC, FinCEN, FBI가 `Invoke-WebRequest` 사용에 관해 발표했다."));
    }

    @Test
    void emptySection() throws IOException {
        Diagnostic d = find(findings(Project.minimal(tmp).edit(KO, KO_TEXT, "")), "section-empty", KO, 10);
        assertTrue(d.message().contains("content-en/advisories/fake-jobs.md:16"), d.message());
    }

    @Test
    void glossaryTermsAreWarnings() throws IOException {
        Project p = Project.minimal(tmp)
                .with("content-en/glossary.yml", "- {id: vasp, term: virtual asset service provider}\n")
                .with("content-ko/glossary.yml", "- {id: vasp, term: 가상자산사업자}\n")
                .edit(EN, EN_TEXT, "Staff of Virtual-Asset Service Providers receive job offers.");
        Diagnostic d = find(findings(p), "glossary", KO, 10);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("'가상자산사업자'") && d.message().contains(EN + ":18"), d.message());
        assertClean(findings(p.edit(KO, KO_TEXT, "가상자산사업자의 직원들이 채용 제안을 받는다.")));
    }

    @Test
    void silencingInEitherLanguage() throws IOException {
        String en = "Staff lost $100 million.";
        String ko = "직원들이 10억 달러를 잃었다.";
        assertClean(summary(en, ko + "\n\n<!-- check:ignore amount -->"));
        assertClean(summary(en + "\n\n<!-- check:ignore amount USD 1000000000 -->", ko));
        assertClean(summary(en, ko + "\n\n<!-- check:ignore amount $100 million -->"));
    }

    @Test
    void silencingThatSilencesNothingWarns() throws IOException {
        List<Diagnostic> all = summary(EN_TEXT, KO_TEXT + "\n\n<!-- check:ignore date -->");
        assertEquals(Severity.WARNING, find(all, "ignore-unused", KO, 14).severity());
        List<Diagnostic> wrongValue = summary("Staff lost $100 million.", "직원들이 10억 달러를 잃었다.\n\n<!-- check:ignore amount USD 5 -->");
        find(wrongValue, "fact-amount", KO, 12);
        find(wrongValue, "ignore-unused", KO, 14);
        // a comment in another section silences nothing here
        List<Diagnostic> elsewhere = findings(Project.minimal(tmp).edit(EN, EN_TEXT, "Staff lost $100 million.")
                .edit(KO, KO_TEXT, "직원들이 10억 달러를 잃었다.").edit(KO, "채용 담당자를", "<!-- check:ignore amount -->\n\n채용 담당자를"));
        find(elsewhere, "fact-amount", KO, 12);
        find(elsewhere, "ignore-unused", KO, 18);
    }

    @Test
    void unknownSilencingKindIsAnError() throws IOException {
        List<Diagnostic> all = summary(EN_TEXT, KO_TEXT + "\n\n<!-- check:ignore amounts -->");
        assertEquals(Severity.ERROR, find(all, "ignore-invalid", KO, 14).severity());
    }

    @Test
    void otherRulesAreSilencedByTheirNames() throws IOException {
        assertClean(findings(Project.minimal(tmp).edit(KO, KO_TEXT, "<!-- check:ignore section-empty -->")));
        Project glossary = Project.minimal(tmp)
                .with("content-en/glossary.yml", "- {id: vasp, term: virtual asset service provider}\n")
                .with("content-ko/glossary.yml", "- {id: vasp, term: 가상자산사업자}\n")
                .edit(EN, EN_TEXT, "Virtual asset service providers receive job offers.\n\n<!-- check:ignore glossary vasp -->");
        assertClean(findings(glossary));
        assertClean(summary("Links: https://a.example/x and [form](https://b.example/).",
                "링크: https://a.example/y, [양식](https://b.example/)\n\n<!-- check:ignore ioc -->"));
        assertClean(findings(Project.minimal(tmp).edit(KO, "[요약](#summary)을 참고한다.",
                "[요약](#mitigations)을 참고한다.\n\n<!-- check:ignore link #mitigations -->")));
    }

    @Test
    void englishTranslationOfAKoreanOriginal() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "source: en", "source: ko")
                .edit(EN, EN_TEXT, "거래소 직원들이 채용 제안을 받는다. 채용 담당자는 존재하지 않으며 악성 코딩 과제를 보낸다.");
        find(findings(p), "untranslated", EN, 16);
    }

    @Test
    void nearMissesAmongIdentifiers() throws IOException {
        find(summary("Technique T1566.001.", "기법 T1566.002."), "fact-id", KO, 12);
        find(summary("Mail a@b.example.", "메일 a@c.example."), "fact-ioc", KO, 12);
        // in code spans: bare addresses become mailto links, whose targets compare as written
        assertClean(summary("Mail `A@B.example` or CVE-2021-44228.", "메일 `a@b.example`, cve-2021-44228."));
    }

    @Test
    void aChangedWebAddressInALinkIsAnIndicator() throws IOException {
        List<Diagnostic> all = summary(EN_TEXT + " Read [the note](https://x.example/notes/7).",
                KO_TEXT + " [설명](https://x.example/notes/70)을 참고한다.");
        Diagnostic d = find(all, "fact-ioc", KO, 12);
        assertTrue(d.message().contains("URL differs in section #summary: English links to https://x.example/notes/7 ("
                + EN + ":18), Korean to https://x.example/notes/70"), d.message());
        // a bare address followed by a Korean particle: the autolinker's target includes the particle
        assertClean(summary(EN_TEXT + " Write to soc@agency.example.", KO_TEXT + " soc@agency.example로 연락한다."));
    }
}
