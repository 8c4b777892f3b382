package org.jcwg.advisory.i18n;

/**
 * Korean interface strings. Keys must match {@link UiStringsEn} exactly. Patterns with
 * {@code {0}} are ICU MessageFormat. Stateless.
 */
final class UiStringsKo {

    private UiStringsKo() {
    }

    static String[][] entries() {
        return new String[][] {
            {"site.skip", "본문 바로가기"},
            {"site.nav", "주 메뉴"},
            {"site.footer", "미국과 대한민국 정부 기관이 공동으로 발행합니다."},
            {"site.footer.tlp", "TLP 표시는 FIRST 신호등 프로토콜(TLP) 2.0을 따릅니다."},
            {"site.lang", "언어 선택"},
            {"site.title.page", "{0} | {1}"},

            {"nav.home", "홈"},
            {"nav.advisories", "권고문"},
            {"nav.reports", "보고서"},
            {"nav.recommendations", "권고 이행 현황"},
            {"nav.agencies", "기관 안내"},

            {"lang.en", "영어"},
            {"lang.ko", "한국어"},

            {"tlp.banner", "정보 공유 등급(TLP) 표시"},
            {"tlp.clear", "공개 제한이 없으며 누구에게나 공유할 수 있습니다."},
            {"tlp.green", "소속 커뮤니티 안에서는 공유할 수 있으나, 누구나 접근할 수 있는 경로로는 공유할 수 없습니다."},
            {"tlp.amber", "제한 공유: 업무상 알아야 하는 사람에 한해 소속 기관과 그 고객에게만 공유할 수 있습니다."},
            {"tlp.amber-strict", "제한 공유: 업무상 알아야 하는 사람에 한해 소속 기관 안에서만 공유할 수 있습니다."},
            {"tlp.red", "지정된 수신자만 열람할 수 있으며 추가로 공유할 수 없습니다."},
            {"tlp.edition", "이 배포본에는 {0} 등급까지의 자료가 포함되어 있습니다."},

            {"home.latest", "최신 권고문"},
            {"home.advisories.all", "권고문 전체 보기"},
            {"home.reports", "보고서"},
            {"home.reports.all", "보고서 전체 보기"},
            {"home.tracker", "권고 이행 현황 한눈에 보기"},
            {"home.tracker.all", "권고 이행 현황 자세히 보기"},
            {"home.tracker.since", "{0}부터"},

            {"list.advisories", "권고문"},
            {"list.advisories.intro", "한미 합동 사이버 보안 권고문을 최신순으로 안내합니다."},
            {"list.reports", "보고서"},
            {"list.reports.intro", "한미 합동 보고서와 전략 문서를 최신순으로 안내합니다."},
            {"list.count", "문서 {0}건"},
            {"list.empty", "아직 발행된 문서가 없습니다."},

            {"type.advisory", "권고문"},
            {"type.report", "보고서"},
            {"type.page", "안내"},

            {"doc.id", "문서 번호"},
            {"doc.type", "유형"},
            {"doc.pdf", "PDF 내려받기"},
            {"doc.pdf.size", "PDF, {0}KB"},
            {"doc.published", "발행일"},
            {"doc.updated", "최종 수정"},
            {"doc.agencies", "발행 기관"},
            {"doc.recommendations", "관련 권고"},
            {"doc.tags", "태그"},
            {"doc.toc", "목차"},
            {"pdf.appendix", "부록: 기관 안내"},
            {"doc.revisions", "개정 이력"},
            {"doc.original", "{0} 원문입니다."},
            {"doc.translation", "{0} 원문을 번역한 문서입니다."},
            {"stale.section", "이 절의 {0} 원문이 번역 이후 수정되었습니다. 번역이 최신 내용을 반영하지 못했을 수 있습니다."},
            {"stale.front", "이 문서의 제목 또는 요약의 {0} 원문이 번역 이후 수정되었습니다."},
            {"stale.link", "{0} 원문 보기"},

            {"agencies.title", "기관 안내"},
            {"agencies.intro", "이 자료를 발행하는 한미 양국 기관과 각 기관의 상대 기관을 안내합니다."},
            {"agencies.acronym", "약칭"},
            {"agencies.role", "역할"},
            {"agencies.parent", "상위 기관"},
            {"agencies.website", "웹사이트"},
            {"agencies.counterparts", "상대 기관"},
            {"agencies.documents", "발행 자료"},
            {"agencies.map", "한미 상대 기관 대응표"},
            {"agencies.map.intro", "미국 기관별로 같은 업무를 맡은 한국 기관을 보여 줍니다."},
            {"agencies.map.us", "미국 기관"},
            {"agencies.map.kr", "한국 상대 기관"},
            {"agencies.map.none", "지정된 기관 없음"},
            {"country.US", "미국"},
            {"country.KR", "대한민국"},

            {"recs.title", "권고 이행 현황"},
            {"recs.intro", "실무그룹 권고별 이행 상황과 관련 문서를 안내합니다."},
            {"recs.owners", "담당 기관"},
            {"recs.status", "현재 상태"},
            {"recs.history", "경과"},
            {"recs.documents", "관련 문서"},
            {"recs.empty", "아직 등록된 권고가 없습니다."},
            {"status.proposed", "제안"},
            {"status.in-progress", "이행 중"},
            {"status.implemented", "이행 완료"},
            {"status.deferred", "보류"},

            {"root.choose", "언어를 선택하세요"},
            {"root.enter", "한국어로 읽기"},

            {"notfound.title", "페이지를 찾을 수 없습니다"},
            {"notfound.text", "요청하신 페이지가 없거나 다른 곳으로 옮겨졌습니다."},
            {"notfound.home", "한국어 홈으로 가기"},
        };
    }
}
