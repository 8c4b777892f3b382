package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jcwg.advisory.diag.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One defect of each kind seeded into a copy of the real sample publication: each must be
 * reported with the right code, in the right file, at the right line (or, where the finding
 * belongs to a whole section, within that section).
 */
class SampleDefectsTest {

    private static final String RANSOM = "content-ko/advisories/ransomware-healthcare.md";
    private static final String RANSOM_EN = "content-en/advisories/ransomware-healthcare.md";
    private static final String REPORT = "content-ko/reports/us-rok-strategy-2022.md";

    /** Edit {@code file}: replace {@code from} by {@code to}; expect {@code code} in [fromLine, toLine]. */
    record Seed(String name, String file, String from, String to, String code, String at, int fromLine, int toLine) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Seed> seeds() {
        return Stream.of(
                new Seed("amount", RANSOM, "약 50만 달러의", "약 60만 달러의", "fact-amount", RANSOM, 61, 61),
                new Seed("percent", RANSOM, "약 50만 달러의", "약 50만 달러(전체의 30%)의", "fact-percent", RANSOM, 61, 61),
                new Seed("number", RANSOM, "양국 기관은 북한", "양국 12개 기관은 북한", "fact-number", RANSOM, 15, 15),
                new Seed("date", RANSOM, "2022년 7월 6일 마우이", "2022년 7월 16일 마우이", "fact-date", RANSOM, 22, 22),
                new Seed("hash", RANSOM, "08663a79bcd8", "08663a7abcd8", "fact-ioc", RANSOM, 73, 73),
                new Seed("ip", RANSOM, "198.51.100.142", "198.51.100.143", "fact-ioc", RANSOM, 78, 78),
                new Seed("domain", RANSOM, "medsync-portal[.]example", "medsync-portals[.]example", "fact-ioc", RANSOM, 81, 81),
                new Seed("wallet", RANSOM, "pza70xjmz", "pza70xjma", "fact-ioc", RANSOM, 82, 82),
                new Seed("cve", RANSOM, "Log4j의 CVE-2021-44228과", "Log4j의 CVE-2021-44229와", "fact-id", RANSOM, 41, 41),
                new Seed("attack", RANSOM, "| T1059.001 |", "| T1059.003 |", "fact-id", RANSOM, 116, 116),
                new Seed("link", RANSOM, "[MITRE ATT&CK](https://attack.mitre.org/):", "MITRE ATT&CK:", "fact-link", RANSOM, 150, 161),
                new Seed("footnote", REPORT, "탈취하였다.[^2]", "탈취하였다.", "fact-footnote", REPORT, 12, 22),
                new Seed("table", RANSOM, "| 영향 | 데이터 암호화 | T1486 | 파일 서버, 가상머신 호스트, 데이터베이스 암호화 |\n",
                        "", "fact-table", RANSOM, 107, 122),
                new Seed("code", RANSOM, "        $ext = \".mdlock\" ascii wide", "        $ext = \".mdlock\" ascii", "fact-code", RANSOM, 84, 105),
                new Seed("untranslated", RANSOM, "한미 공동 사이버 실무그룹에 참여하는 양국 기관은 북한 국가 배후 사이버 행위자들의 랜섬웨어\n"
                        + "공격에 관하여 병원, 의료 연구기관, 그 밖의 핵심 기반시설 운영기관에 경고하기 위해 이\n"
                        + "보안권고를 발표한다. 공격자들은 진료 및 업무 시스템을 암호화하고, 탈취한 환자 정보를 공개하겠다고\n"
                        + "협박하면서 암호화폐로 몸값을 요구한다. 이렇게 받아 낸 몸값은 세탁을 거쳐 무기 개발을 비롯한\n"
                        + "북한 정권의 자금으로 쓰인다.",
                        "The agencies of the joint working group warn hospitals, medical research centres and other\n"
                        + "operators of critical infrastructure about ransomware attacks by North Korean state-sponsored\n"
                        + "actors. The actors encrypt clinical and business systems, threaten to publish stolen patient\n"
                        + "data and demand ransom in cryptocurrency, which is laundered and used to fund the regime and\n"
                        + "its weapons programs.", "untranslated", RANSOM, 15, 15),
                new Seed("section-empty", RANSOM, "아래 조치는 랜섬웨어 공격의 위험을 줄이고 피해를 최소화하기 위한 것이다. 의료기관은 환자 진료에\n"
                        + "필수적인 시스템부터 우선 적용해야 한다.", "\n", "section-empty", RANSOM, 124, 128),
                new Seed("glossary", RANSOM, "아래 조치는 랜섬웨어 공격의", "아래 조치는 몸값 요구 악성코드 공격의", "glossary", RANSOM, 124, 126),
                new Seed("stale", RANSOM_EN, "The measures below reduce the risk of a ransomware attack",
                        "The measures below sharply reduce the risk of a ransomware attack", "translation-stale", RANSOM, 124, 124));
    }

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void eachSeededDefectIsReportedWhereItIs(Seed seed) throws IOException {
        Path sample = Path.of("").toAbsolutePath();
        for (String part : List.of("content-en", "content-ko", "translations.lock")) copy(sample.resolve(part), tmp.resolve(part));
        Path file = tmp.resolve(seed.file());
        String text = Files.readString(file);
        assertTrue(text.contains(seed.from()), () -> seed.file() + " no longer contains: " + seed.from());
        Files.writeString(file, text.replace(seed.from(), seed.to()));

        List<Diagnostic> findings = new Pipeline().check(tmp, false).diagnostics();
        String all = findings.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
        assertTrue(findings.stream().anyMatch(d -> d.code().equals(seed.code()) && d.pos().file().equals(seed.at())
                && d.pos().line() >= seed.fromLine() && d.pos().line() <= seed.toLine()),
                () -> "expected " + seed.code() + " at " + seed.at() + ":" + seed.fromLine() + "-" + seed.toLine() + " in:\n" + all);
        assertEquals(List.of(), findings.stream().filter(d -> !d.pos().file().equals(seed.at())
                && !d.pos().file().equals(seed.at().replace("content-ko/", "content-en/"))).toList(),
                "findings outside the edited document");
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
