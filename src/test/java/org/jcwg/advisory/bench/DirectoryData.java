package org.jcwg.advisory.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The publication-wide files of {@link LargeCorpus}: {@code site.yml}, {@code agencies.yml},
 * {@code recommendations.yml} and {@code glossary.yml} in both languages, written so that
 * {@code check} finds nothing (counterparts on both sides, parents in the same country, history
 * in date order, a label for every tag). Stateless.
 */
final class DirectoryData {

    /** An agency of the directory: neutral keys, then name and role in both languages. */
    record Agency(String id, String country, String acronym, String parent, String function, String url,
                  List<String> counterparts, String nameEn, String nameKo, String roleEn, String roleKo) {
    }

    static final List<Agency> AGENCIES = List.of(
            new Agency("treasury", "US", "Treasury", null, "finance-policy", "https://home.treasury.gov/", List.of("fsc"),
                    "U.S. Department of the Treasury", "미국 재무부",
                    "Leads U.S. policy against illicit finance, including sanctions on virtual asset businesses.",
                    "가상자산 사업자에 대한 제재를 포함하여 불법금융 대응 정책을 총괄한다."),
            new Agency("ofac", "US", "OFAC", "treasury", "finance-policy", "https://ofac.treasury.gov/", List.of("mofa"),
                    "Office of Foreign Assets Control", "미국 재무부 해외자산통제국",
                    "Designates North Korean hackers, facilitators, mixers and wallet addresses for sanctions.",
                    "북한 해커와 조력자, 믹서, 지갑 주소를 제재 대상으로 지정한다."),
            new Agency("fincen", "US", "FinCEN", "treasury", "financial-intelligence", "https://www.fincen.gov/",
                    List.of("kofiu"), "Financial Crimes Enforcement Network", "미국 재무부 금융범죄단속네트워크",
                    "Receives and analyses suspicious activity reports and issues red-flag advisories.",
                    "의심거래보고를 받아 분석하고 위험신호 권고문을 발표한다."),
            new Agency("doj", "US", "DOJ", null, "law-enforcement", "https://www.justice.gov/", List.of("spo"),
                    "U.S. Department of Justice", "미국 법무부",
                    "Prosecutes cyber theft and money laundering and forfeits stolen virtual assets.",
                    "사이버 절도와 자금세탁을 기소하고 탈취된 가상자산을 몰수한다."),
            new Agency("fbi", "US", "FBI", "doj", "law-enforcement", "https://www.fbi.gov/", List.of("knpa"),
                    "Federal Bureau of Investigation", "미국 연방수사국",
                    "Investigates North Korean intrusions and traces stolen funds on the blockchain.",
                    "북한의 침입을 수사하고 블록체인에서 탈취 자금을 추적한다."),
            new Agency("dhs", "US", "DHS", null, "cyber-defence", "https://www.dhs.gov/", List.of(),
                    "U.S. Department of Homeland Security", "미국 국토안보부",
                    "Protects U.S. networks and critical infrastructure.", "미국의 네트워크와 핵심 기반시설을 보호한다."),
            new Agency("cisa", "US", "CISA", "dhs", "cyber-defence", "https://www.cisa.gov/", List.of("kisa", "ncsc"),
                    "Cybersecurity and Infrastructure Security Agency", "미국 사이버보안·기반시설안보청",
                    "Publishes joint advisories and helps victims respond to intrusions.",
                    "합동 보안권고를 발표하고 침해 대응을 지원한다."),
            new Agency("nsa", "US", "NSA", null, "intelligence", "https://www.nsa.gov/", List.of("nis"),
                    "National Security Agency", "미국 국가안보국",
                    "Collects foreign intelligence on North Korean cyber operations.", "북한 사이버 작전에 관한 해외 정보를 수집한다."),
            new Agency("state", "US", "State", null, "diplomacy", "https://www.state.gov/", List.of("mofa"),
                    "U.S. Department of State", "미국 국무부",
                    "Leads diplomacy and the rewards programme against North Korean cyber crime.",
                    "북한 사이버 범죄에 대응하는 외교와 포상금 제도를 이끈다."),
            new Agency("nis", "KR", "NIS", null, "intelligence", "https://www.nis.go.kr/", List.of("nsa"),
                    "National Intelligence Service", "국가정보원",
                    "Collects intelligence on North Korean cyber operations.", "북한의 사이버 작전에 관한 정보를 수집한다."),
            new Agency("ncsc", "KR", "NCSC", "nis", "cyber-defence", "https://www.ncsc.go.kr/", List.of("cisa"),
                    "National Cyber Security Center", "국가사이버안보센터",
                    "Coordinates the response to state-sponsored intrusions.", "국가 배후 침입에 대한 대응을 조율한다."),
            new Agency("fsc", "KR", "FSC", null, "financial-supervision", "https://www.fsc.go.kr/", List.of("treasury"),
                    "Financial Services Commission", "금융위원회",
                    "Sets financial policy and supervises virtual asset service providers.",
                    "금융 정책을 수립하고 가상자산사업자를 감독한다."),
            new Agency("kofiu", "KR", "KoFIU", "fsc", "financial-intelligence", "https://www.kofiu.go.kr/",
                    List.of("fincen"), "Korea Financial Intelligence Unit", "금융정보분석원",
                    "Receives suspicious transaction reports from banks and exchanges.",
                    "은행과 거래소로부터 의심거래보고를 받는다."),
            new Agency("msit", "KR", "MSIT", null, "cyber-defence", "https://www.msit.go.kr/", List.of(),
                    "Ministry of Science and ICT", "과학기술정보통신부",
                    "Oversees network security policy in the private sector.", "민간 부문의 정보보호 정책을 총괄한다."),
            new Agency("kisa", "KR", "KISA", "msit", "cyber-defence", "https://www.kisa.or.kr/", List.of("cisa"),
                    "Korea Internet & Security Agency", "한국인터넷진흥원",
                    "Handles incident response for private companies.", "민간 기업의 침해사고 대응을 맡는다."),
            new Agency("knpa", "KR", "KNPA", null, "law-enforcement", "https://www.police.go.kr/", List.of("fbi"),
                    "Korean National Police Agency", "경찰청",
                    "Investigates cyber crime and freezes stolen funds.", "사이버 범죄를 수사하고 탈취 자금을 동결한다."),
            new Agency("spo", "KR", "SPO", null, "law-enforcement", "https://www.spo.go.kr/", List.of("doj"),
                    "Supreme Prosecutors' Office", "대검찰청",
                    "Prosecutes money laundering and recovers criminal proceeds.", "자금세탁을 기소하고 범죄수익을 환수한다."),
            new Agency("mofa", "KR", "MOFA", null, "diplomacy", "https://www.mofa.go.kr/", List.of("ofac", "state"),
                    "Ministry of Foreign Affairs", "외교부",
                    "Leads diplomacy and Korean sanctions against North Korean cyber crime.",
                    "북한 사이버 범죄에 대한 외교와 독자 제재를 이끈다."));

    /** Tag ids with their labels in both languages. */
    static final Map<String, String[]> TAGS = tags();

    private static final String[][] RECOMMENDATIONS = {
            {"Share indicators within a day of a confirmed theft", "탈취 확인 후 하루 안에 침해지표 공유"},
            {"Name representatives from the relevant agencies", "관계 기관별 대표자 지정"},
            {"Issue joint guidance on social-engineering risks", "사회공학 위험에 관한 합동 지침 발표"},
            {"Extend the travel rule to every virtual asset transfer", "모든 가상자산 이전에 트래블룰 적용"},
            {"Train exchange staff to recognise fake job offers", "거래소 직원 대상 가짜 채용 제안 식별 교육"},
            {"Publish wallet addresses linked to North Korean thefts", "북한 탈취 사건 관련 지갑 주소 공개"},
            {"Coordinate the freezing of stolen funds across borders", "국경을 넘는 탈취 자금 동결 공조"},
            {"Require phishing-resistant authentication at exchanges", "거래소의 피싱 저항형 인증 의무화"},
            {"Set up a joint blockchain analysis capability", "공동 블록체인 분석 역량 구축"},
            {"Review the supervision of over-the-counter brokers", "장외 중개인 감독 체계 검토"},
            {"Exercise a joint response to a large exchange theft", "대규모 거래소 탈취 사고 공동 대응 훈련"},
            {"Report yearly on the progress of these recommendations", "권고 이행 현황의 연례 보고"}};
    private static final String[][] NOTES = {
            {"Recommended in the joint strategy report", "한미 공동 전략 보고서에서 권고"},
            {"Work began in the working group", "실무그룹에서 작업 착수"},
            {"Completed and reviewed at the plenary session", "완료되어 전체회의에서 검토"},
            {"Deferred until the next strategy review", "다음 전략 검토 때까지 연기"}};
    private static final String[] STATUSES = {"proposed", "in-progress", "implemented", "deferred"};

    private DirectoryData() {
    }

    static int recommendationCount() {
        return RECOMMENDATIONS.length;
    }

    static void write(Path root, Random random) throws IOException {
        write(root, "en", "site.yml", site(true));
        write(root, "ko", "site.yml", site(false));
        write(root, "en", "glossary.yml", glossary(0));
        write(root, "ko", "glossary.yml", glossary(1));
        StringBuilder en = new StringBuilder("# Agency directory (generated)\n");
        StringBuilder ko = new StringBuilder("# 기관 목록 (생성됨)\n");
        for (Agency a : AGENCIES) {
            en.append("- id: ").append(a.id()).append("\n  country: ").append(a.country()).append("\n  acronym: ")
                    .append(a.acronym()).append("\n  name: \"").append(a.nameEn()).append("\"\n");
            if (a.parent() != null) en.append("  parent: ").append(a.parent()).append('\n');
            en.append("  role: ").append(a.roleEn()).append("\n  url: ").append(a.url()).append("\n  function: ")
                    .append(a.function()).append("\n  counterparts: [").append(String.join(", ", a.counterparts()))
                    .append("]\n\n");
            ko.append("- id: ").append(a.id()).append("\n  name: ").append(a.nameKo()).append("\n  role: ")
                    .append(a.roleKo()).append("\n\n");
        }
        write(root, "en", "agencies.yml", en.toString());
        write(root, "ko", "agencies.yml", ko.toString());
        tracker(root, random);
    }

    private static void tracker(Path root, Random random) throws IOException {
        StringBuilder en = new StringBuilder("# Recommendation tracker (generated)\n");
        StringBuilder ko = new StringBuilder("# 권고 이행 현황 (생성됨)\n");
        for (int i = 0; i < RECOMMENDATIONS.length; i++) {
            List<String> owners = new ArrayList<>();
            while (owners.size() < 2 + random.nextInt(3)) {
                String id = AGENCIES.get(random.nextInt(AGENCIES.size())).id();
                if (!owners.contains(id)) owners.add(id);
            }
            en.append("- id: R").append(i + 1).append("\n  title: ").append(RECOMMENDATIONS[i][0])
                    .append("\n  summary: ").append(RECOMMENDATIONS[i][0]).append(", as the joint strategy report recommends.")
                    .append("\n  owners: [").append(String.join(", ", owners)).append("]\n  history:\n");
            ko.append("- id: R").append(i + 1).append("\n  title: ").append(RECOMMENDATIONS[i][1])
                    .append("\n  summary: 한미 공동 전략 보고서의 권고에 따른 ").append(RECOMMENDATIONS[i][1])
                    .append(".\n  history:\n");
            int steps = 1 + random.nextInt(3);
            java.time.LocalDate date = java.time.LocalDate.of(2022, 11, 9);
            for (int s = 0; s < steps; s++) {
                int note = s == 0 ? 0 : s == 1 ? 1 : (random.nextBoolean() ? 2 : 3);
                String status = STATUSES[s == 0 ? 0 : s == 1 ? 1 : note == 2 ? 2 : 3];
                en.append("    - {date: ").append(date).append(", status: ").append(status).append(", note: ")
                        .append(NOTES[note][0]).append("}\n");
                ko.append("    - {date: ").append(date).append(", note: ").append(NOTES[note][1]).append("}\n");
                date = date.plusDays(60 + random.nextInt(400));
            }
            en.append('\n');
            ko.append('\n');
        }
        write(root, "en", "recommendations.yml", en.toString());
        write(root, "ko", "recommendations.yml", ko.toString());
    }

    private static String site(boolean english) {
        StringBuilder s = new StringBuilder();
        if (english) {
            s.append("base_url: https://advisories.example.org/\ntitle: U.S.–ROK Joint Cyber Advisories (benchmark)\n")
                    .append("description: A generated publication for the benchmark at scale.\n");
        } else {
            s.append("title: 한미 합동 사이버 보안권고 (벤치마크)\ndescription: 대규모 벤치마크를 위해 생성한 간행물.\n");
        }
        s.append("tags:\n");
        TAGS.forEach((id, labels) -> s.append("  ").append(id).append(": ").append(labels[english ? 0 : 1]).append('\n'));
        return s.toString();
    }

    private static String glossary(int lang) {
        String[][] terms = {
                {"mixer", "cryptocurrency mixer", "암호화폐 믹서"}, {"bridge", "cross-chain bridge", "크로스체인 브리지"},
                {"chain-hopping", "chain hopping", "체인 호핑"}, {"otc-broker", "over-the-counter broker", "장외 중개인"},
                {"vasp", "virtual asset service provider", "가상자산사업자"}, {"defi", "decentralized finance", "탈중앙화 금융"},
                {"social-engineering", "social engineering", "사회공학"}, {"spear-phishing", "spear-phishing", "스피어피싱"},
                {"private-key", "private key", "개인 키"}, {"hot-wallet", "hot wallet", "핫월렛"},
                {"ioc", "indicator of compromise", "침해지표"}, {"mfa", "multi-factor authentication", "다중 인증"},
                {"travel-rule", "travel rule", "트래블룰"}, {"working-group", "working group", "실무그룹"}};
        StringBuilder s = new StringBuilder();
        for (String[] t : terms) s.append("- {id: ").append(t[0]).append(", term: ").append(t[1 + lang]).append("}\n");
        return s.toString();
    }

    private static Map<String, String[]> tags() {
        Map<String, String[]> t = new LinkedHashMap<>();
        t.put("north-korea", new String[] {"North Korea", "북한"});
        t.put("hot-wallet", new String[] {"Hot wallets", "핫월렛"});
        t.put("money-laundering", new String[] {"Money laundering", "자금세탁"});
        t.put("social-engineering", new String[] {"Social engineering", "사회공학"});
        t.put("virtual-assets", new String[] {"Virtual assets", "가상자산"});
        t.put("bridges", new String[] {"Cross-chain bridges", "크로스체인 브리지"});
        t.put("sanctions", new String[] {"Sanctions", "제재"});
        t.put("incident", new String[] {"Incidents", "침해사고"});
        t.put("red-flags", new String[] {"Red flags", "위험신호"});
        t.put("supply-chain", new String[] {"Supply chain", "공급망"});
        return java.util.Collections.unmodifiableMap(t);
    }

    static void write(Path root, String lang, String relative, String text) throws IOException {
        Path p = root.resolve("content-" + lang).resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    }
}
