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

/** Each rule of the contract: one case that triggers it, and the valid project that does not. */
class CheckerTest {

    private static final String EN = "content-en/advisories/fake-jobs.md";
    private static final String KO = "content-ko/advisories/fake-jobs.md";
    private static final String EN_AG = "content-en/agencies.yml";
    private static final String KO_AG = "content-ko/agencies.yml";
    private static final String EN_REC = "content-en/recommendations.yml";
    private static final String KO_REC = "content-ko/recommendations.yml";

    @TempDir
    Path tmp;

    private List<Diagnostic> findings(Project project) throws IOException {
        return new Pipeline().check(project.write(), false).diagnostics();
    }

    private static Diagnostic find(List<Diagnostic> all, String code, String file, int line) {
        return all.stream()
                .filter(d -> d.code().equals(code) && d.pos().file().equals(file) && d.pos().line() == line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " at " + file + ":" + line + " in:\n"
                        + all.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"))));
    }

    private static void assertNone(List<Diagnostic> all, String code) {
        assertTrue(all.stream().noneMatch(d -> d.code().equals(code)), () -> "unexpected " + code + ": " + all);
    }

    @Test
    void validProjectHasNoFindings() throws IOException {
        assertEquals(List.of(), findings(Project.minimal(tmp)));
    }

    @Test
    void documentInOneLanguageIsAnError() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).without(KO));
        Diagnostic d = find(all, "document-unpaired", EN, 1);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("content-ko/advisories/fake-jobs.md is missing"), d.message());
    }

    @Test
    void anUnreadableTranslationIsNotAlsoCalledMissing() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(KO, "title: 거래소", "title: [거래소"));
        assertTrue(all.stream().anyMatch(d -> d.code().equals("yaml-syntax") && d.pos().file().equals(KO)), all::toString);
        assertNone(all, "document-unpaired");
    }

    @Test
    void draftInOneLanguageIsAWarning() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).without(KO).edit(EN, "tlp: CLEAR", "tlp: CLEAR\ndraft: true"));
        assertEquals(Severity.WARNING, find(all, "document-unpaired", EN, 1).severity());
    }

    @Test
    void neutralValuesMustBeEqual() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(KO, "type: advisory", "type: advisory\ntlp: AMBER"));
        Diagnostic d = find(all, "neutral-mismatch", KO, 4);
        assertTrue(d.message().contains("'tlp' is AMBER here but CLEAR in content-en/advisories/fake-jobs.md:7:"), d.message());
    }

    @Test
    void setsCompareWithoutOrder() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(KO, "type: advisory", "type: advisory\nagencies: [knpa, fbi]"));
        assertNone(all, "neutral-mismatch");
    }

    @Test
    void translatableValuesMustBePresent() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(KO, "summary: 존재하지 않는 채용 담당자가 악성 코딩 과제를 보낸다.", "summary: \"  \""));
        find(all, "translation-missing", KO, 5);
    }

    @Test
    void missingSectionIsReportedInBothFiles() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(KO, "### 거래소 대상 {#for-exchanges}\n", ""));
        Diagnostic atSource = find(all, "section-missing", EN, 22);
        assertTrue(atSource.message().contains("#for-exchanges has no counterpart in " + KO), atSource.message());
        // No heading follows in Korean: it belongs at the end of the file.
        Diagnostic atPlace = find(all, "section-missing", KO, 17);
        assertTrue(atPlace.message().contains("#for-exchanges (" + EN + ":22:1) is missing here"), atPlace.message());
    }

    @Test
    void extraSectionPointsToWhereItWouldBelong() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(KO, "## 완화 조치 {#mitigations}", "## 배경 {#background}\n\n## 완화 조치 {#mitigations}"));
        find(all, "section-missing", KO, 14);
        find(all, "section-missing", EN, 20);
    }

    @Test
    void sectionLevelsMustMatch() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(KO, "### 거래소 대상", "## 거래소 대상"));
        find(all, "section-level", KO, 16);
    }

    @Test
    void sectionOrderMustMatch() throws IOException {
        Project p = Project.minimal(tmp).with(KO, Project.KO_ADVISORY
                .replace("## 요약 {#summary}\n\n거래소 직원들이 채용 제안을 받는다.\n\n", "")
                .replace("채용 담당자를 확인한다. [요약](#summary)을 참고한다.\n",
                        "채용 담당자를 확인한다. [요약](#summary)을 참고한다.\n\n## 요약 {#summary}\n\n거래소 직원들이 채용 제안을 받는다.\n"));
        List<Diagnostic> all = findings(p);
        assertTrue(all.stream().anyMatch(d -> d.code().equals("section-order") && d.pos().file().equals(KO)), all::toString);
    }

    @Test
    void unknownAgencyAndRecommendation() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(EN, "agencies: [fbi, knpa]", "agencies: [fbi, knpa, nsa]")
                .edit(EN, "recommendations: [R1]", "recommendations: [R1, R9]"));
        assertTrue(find(all, "unknown-agency", EN, 9).message().contains("'nsa'"));
        assertTrue(find(all, "unknown-recommendation", EN, 10).message().contains("'R9'"));
    }

    @Test
    void duplicateDocumentIds() throws IOException {
        Project p = Project.minimal(tmp)
                .with("content-en/advisories/copy.md", Project.EN_ADVISORY)
                .with("content-ko/advisories/copy.md", Project.KO_ADVISORY);
        List<Diagnostic> all = findings(p);
        assertTrue(all.stream().anyMatch(d -> d.code().equals("document-id-duplicate")), all::toString);
    }

    @Test
    void linksMustResolve() throws IOException {
        Project p = Project.minimal(tmp)
                .edit(EN, "See the [summary](#summary).", "See [a](#nowhere), [b](other.md), [c](fake-jobs.md#nope), [d](img/x.png), [e](../../x.md).")
                .edit(KO, "[요약](#summary)을", "[요약](#summary)과 [문서](fake-jobs.md#mitigations)를");
        List<Diagnostic> all = findings(p);
        List<String> broken = all.stream().filter(d -> d.code().equals("broken-link")).map(Diagnostic::message).toList();
        assertEquals(5, broken.size(), broken::toString);
        assertTrue(broken.get(0).contains("'#nowhere' is not a section"), broken::toString);
        assertTrue(broken.stream().anyMatch(m -> m.contains("points outside")), broken::toString);
        assertTrue(all.stream().filter(d -> d.code().equals("broken-link")).allMatch(d -> d.pos().file().equals(EN)));
    }

    @Test
    void imagesComeFromTheLanguageFolderNeverFromAnotherServer() throws IOException {
        Project p = Project.minimal(tmp)
                .edit(EN, "See the [summary](#summary).", "See ![a chart](https://example.com/chart.png) and [the site](https://example.com/).")
                .edit(KO, "[요약](#summary)을", "![도표](../../outside.png)와 [요약](#summary)을");
        List<Diagnostic> all = findings(p);
        Diagnostic remote = find(all, "remote-image", EN, 24);
        assertEquals(Severity.ERROR, remote.severity());
        assertTrue(remote.message().contains("'https://example.com/chart.png' is on another server"), remote.message());
        assertEquals(1, all.stream().filter(d -> d.code().equals("remote-image")).count(), all::toString);
        assertTrue(find(all, "broken-link", KO, 18).message().contains("points outside"), all::toString);
    }

    @Test
    void linkToMoreRestrictedDocument() throws IOException {
        Project p = Project.minimal(tmp)
                .with("content-en/advisories/secret.md", Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-002").replace("tlp: CLEAR", "tlp: AMBER"))
                .with("content-ko/advisories/secret.md", Project.KO_ADVISORY.replace("TEST-2023-001", "TEST-2023-002"))
                .edit(EN, "See the [summary](#summary).", "See [partners](secret.md).")
                .edit(KO, "[요약](#summary)을", "[협력 기관용](secret.md)을");
        List<Diagnostic> all = findings(p);
        find(all, "link-to-restricted", EN, 24);
        find(all, "link-to-restricted", KO, 18);
    }

    @Test
    void linkToDraftWarns() throws IOException {
        Project p = Project.minimal(tmp)
                .with("content-en/advisories/next.md", Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-003").replace("tlp: CLEAR", "tlp: CLEAR\ndraft: true"))
                .with("content-ko/advisories/next.md", Project.KO_ADVISORY.replace("TEST-2023-001", "TEST-2023-003"))
                .edit(EN, "See the [summary](#summary).", "See [next](next.md).");
        Diagnostic d = find(findings(p), "link-to-draft", EN, 24);
        assertEquals(Severity.WARNING, d.severity());
        assertNone(findings(Project.minimal(tmp.resolve("other"))), "link-to-draft");
    }

    @Test
    void agencyRules() throws IOException {
        Project p = Project.minimal(tmp)
                .edit(EN_AG, "counterparts: [fbi]", "counterparts: []")
                .edit(EN_AG, "  counterparts: [knpa]", "  parent: doj\n  counterparts: [knpa]")
                .with(KO_AG, Project.KO_AGENCIES + "- id: kisa\n  name: 한국인터넷진흥원\n  role: 침해 대응\n");
        List<Diagnostic> all = findings(p);
        find(all, "counterpart-asymmetric", EN_AG, 8);
        find(all, "unknown-agency", EN_AG, 7);
        find(all, "entry-unpaired", KO_AG, 7);
    }

    @Test
    void counterpartsMustBeInTheOtherCountry() throws IOException {
        Project p = Project.minimal(tmp).edit(EN_AG, "country: KR", "country: US");
        find(findings(p), "counterpart-country", EN_AG, 7);
    }

    @Test
    void aParentIsInTheSameCountryAndTheChainOfParentsEnds() throws IOException {
        Project abroad = Project.minimal(tmp.resolve("abroad")).edit(EN_AG, "  counterparts: [knpa]", "  parent: knpa\n  counterparts: [knpa]");
        find(findings(abroad), "parent-country", EN_AG, 7);

        String doj = "- id: doj\n  country: US\n  name: Department of Justice\n  role: Prosecutes.\n  parent: fbi\n";
        Project cycle = Project.minimal(tmp.resolve("cycle"))
                .with(EN_AG, Project.EN_AGENCIES.replace("  counterparts: [knpa]", "  parent: doj\n  counterparts: [knpa]") + doj)
                .with(KO_AG, Project.KO_AGENCIES + "- id: doj\n  name: 미국 법무부\n  role: 기소한다.\n");
        List<Diagnostic> all = findings(cycle);
        find(all, "parent-cycle", EN_AG, 7);
        find(all, "parent-cycle", EN_AG, 19);
    }

    @Test
    void anAgencyFunctionComesFromTheVocabulary() throws IOException {
        Project p = Project.minimal(tmp).edit(EN_AG, "  counterparts: [knpa]", "  function: police\n  counterparts: [knpa]");
        Diagnostic d = find(findings(p), "invalid-value", EN_AG, 7);
        assertTrue(d.message().contains("law-enforcement"), d.message());
        assertNone(findings(Project.minimal(tmp.resolve("ok"))
                .edit(EN_AG, "  counterparts: [knpa]", "  function: law-enforcement\n  counterparts: [knpa]")), "invalid-value");
    }

    @Test
    void labelledTagsNeedALabelInBothLanguages() throws IOException {
        assertNone(findings(Project.minimal(tmp.resolve("plain"))), "tag-unlabelled");
        Project p = Project.minimal(tmp.resolve("labels"))
                .with("content-en/site.yml", "title: Joint Advisories\ntags:\n  social-engineering: Social engineering\n")
                .with("content-ko/site.yml", "title: 합동 권고\ntags:\n  other: 기타\n");
        List<Diagnostic> all = findings(p);
        Diagnostic d = all.stream().filter(x -> x.code().equals("tag-unlabelled")).findFirst().orElseThrow(() -> new AssertionError(all));
        assertTrue(d.message().contains("'social-engineering' has no Korean label"), d.message());
        assertEquals(Severity.WARNING, d.severity());
    }

    @Test
    void agencyNeutralValuesMustBeEqual() throws IOException {
        Project p = Project.minimal(tmp).edit(KO_AG, "  name: 경찰청", "  name: 경찰청\n  acronym: KNP");
        find(findings(p), "neutral-mismatch", KO_AG, 6);
    }

    @Test
    void recommendationRules() throws IOException {
        Project p = Project.minimal(tmp)
                .edit(EN_REC, "2023-03-01", "2022-01-01")
                .edit(EN_REC, "owners: [fbi, knpa]", "owners: [fbi, cia]")
                .edit(KO_REC, "    - {note: 작업 착수}", "    - {note: 작업 착수}\n    - {note: 완료}");
        List<Diagnostic> all = findings(p);
        find(all, "history-order", EN_REC, 7);
        find(all, "unknown-agency", EN_REC, 4);
        find(all, "history-count", KO_REC, 7); // at the entry the English file lacks
    }

    @Test
    void historyDatesInKoreanMustMatch() throws IOException {
        Project p = Project.minimal(tmp).edit(KO_REC, "{note: 작업 착수}", "{date: 2023-03-02, note: 작업 착수}");
        find(findings(p), "neutral-mismatch", KO_REC, 6);
    }

    @Test
    void revisionCountsMustMatch() throws IOException {
        Project p = Project.minimal(tmp).edit(KO, "  - {note: 최초 발행}", "  - {note: 최초 발행}\n  - {note: 개정}");
        find(findings(p), "revision-count", KO, 8); // at the revision the English file lacks
    }

    @Test
    void updatedBeforeDate() throws IOException {
        Project p = Project.minimal(tmp).edit(EN, "tlp: CLEAR", "tlp: CLEAR\nupdated: 2023-01-01");
        find(findings(p), "invalid-value", EN, 8);
    }

    @Test
    void glossaryTermsInBothLanguages() throws IOException {
        Project p = Project.minimal(tmp)
                .with("content-en/glossary.yml", "- {id: mixer, term: cryptocurrency mixer}\n- {id: otc, term: OTC broker}\n")
                .with("content-ko/glossary.yml", "- {id: mixer, term: 암호화폐 믹서}\n");
        find(findings(p), "entry-unpaired", "content-en/glossary.yml", 2);
    }

    @Test
    void findingsAreSortedByFileAndLine() throws IOException {
        List<Diagnostic> all = findings(Project.minimal(tmp).edit(KO, "type: advisory", "type: report")
                .edit(EN, "## Summary {#summary}", "## Summary"));
        assertEquals(all.stream().sorted(Diagnostic.ORDER).toList(), all);
        assertTrue(all.size() >= 2, all::toString);
    }
}
