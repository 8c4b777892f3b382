package org.jcwg.advisory.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small bilingual publication written into a temporary folder, file by file, for tests. Starts
 * from a valid minimal project (one advisory, two agencies, one recommendation) that each test
 * breaks in one way.
 */
public final class Project {

    public static final String EN_ADVISORY = """
            ---
            id: TEST-2023-001
            type: advisory
            title: Fake job offers target exchange staff
            summary: Recruiters that do not exist send trojanized coding tests.
            date: 2023-02-09
            tlp: CLEAR
            source: en
            agencies: [fbi, knpa]
            recommendations: [R1]
            tags: [social-engineering]
            revisions:
              - {date: 2023-02-09, note: Initial publication}
            ---

            ## Summary {#summary}

            Staff of exchanges receive job offers.

            ## Mitigations {#mitigations}

            ### For exchanges {#for-exchanges}

            Verify recruiters. See the [summary](#summary).
            """;

    public static final String KO_ADVISORY = """
            ---
            id: TEST-2023-001
            type: advisory
            title: 거래소 직원을 노리는 가짜 채용 제안
            summary: 존재하지 않는 채용 담당자가 악성 코딩 과제를 보낸다.
            revisions:
              - {note: 최초 발행}
            ---

            ## 요약 {#summary}

            거래소 직원들이 채용 제안을 받는다.

            ## 완화 조치 {#mitigations}

            ### 거래소 대상 {#for-exchanges}

            채용 담당자를 확인한다. [요약](#summary)을 참고한다.
            """;

    public static final String EN_AGENCIES = """
            - id: fbi
              country: US
              acronym: FBI
              name: Federal Bureau of Investigation
              role: Investigates cyber crime.
              url: https://www.fbi.gov/
              counterparts: [knpa]
            - id: knpa
              country: KR
              acronym: KNPA
              name: Korean National Police Agency
              role: Investigates crime in Korea.
              counterparts: [fbi]
            """;

    public static final String KO_AGENCIES = """
            - id: fbi
              name: 미국 연방수사국
              role: 사이버 범죄를 수사한다.
            - id: knpa
              name: 경찰청
              role: 국내 범죄를 수사한다.
            """;

    public static final String EN_RECOMMENDATIONS = """
            - id: R1
              title: Establish a research agenda
              summary: Study the weak points of state-sponsored crime.
              owners: [fbi, knpa]
              history:
                - {date: 2022-11-09, status: proposed, note: Recommended in the report}
                - {date: 2023-03-01, status: in-progress, note: Work began}
            """;

    public static final String KO_RECOMMENDATIONS = """
            - id: R1
              title: 연구 의제 수립
              summary: 국가 배후 범죄의 약점을 연구한다.
              history:
                - {note: 보고서에서 권고}
                - {note: 작업 착수}
            """;

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();

    private Project(Path root) {
        this.root = root;
    }

    /** The valid minimal project. */
    /**
     * A copy of this repository's sample publication (both content folders, templates and the
     * translation lock) under {@code to}, for tests that edit it; returns {@code to}.
     */
    public static Path copyOfSample(Path to) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        for (String part : new String[] {"content-en", "content-ko", "templates", "translations.lock"}) {
            try (Stream<Path> all = Files.walk(repo.resolve(part))) {
                for (Path p : all.toList()) {
                    Path dest = to.resolve(repo.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(dest);
                    else Files.copy(p, dest);
                }
            }
        }
        return to;
    }

    public static Project minimal(Path root) {
        return new Project(root)
                .with("content-en/advisories/fake-jobs.md", EN_ADVISORY)
                .with("content-ko/advisories/fake-jobs.md", KO_ADVISORY)
                .with("content-en/agencies.yml", EN_AGENCIES)
                .with("content-ko/agencies.yml", KO_AGENCIES)
                .with("content-en/recommendations.yml", EN_RECOMMENDATIONS)
                .with("content-ko/recommendations.yml", KO_RECOMMENDATIONS);
    }

    public Project with(String path, String text) {
        files.put(path, text);
        return this;
    }

    public Project without(String path) {
        files.remove(path);
        return this;
    }

    /** Replaces the first occurrence of {@code from} in one file. */
    public Project edit(String path, String from, String to) {
        String text = files.get(path);
        if (text == null || !text.contains(from)) throw new IllegalArgumentException(path + " has no '" + from + "'");
        files.put(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return this;
    }

    public Path write() {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = root.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }
}
