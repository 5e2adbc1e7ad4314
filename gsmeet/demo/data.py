"""The demo committee's data: 경산발전전략위원회 around its session of 2019-08-22.

Facts come from the seed report; everything else (members, tasks, times, remarks,
decisions) is invented, plausible, and marked as sample data. :mod:`gsmeet.demo.build`
turns these tables into rows.
"""

from __future__ import annotations

from datetime import date

from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    DatePrecision,
    ReviewOutcome,
    TaskStatus,
    VoteMode,
)
from gsmeet.domain.kinds import KindSpec

COMMITTEE_NAME = "경산발전전략위원회"
PLACE = "경산시청 대회의실"
TERM_START = date(2018, 11, 1)  # 위촉일 of the launch members
TERM_END = date(2020, 10, 31)  # two-year term
LAUNCH_DAY = date(2018, 11, 27)  # 제1차: 출범식
REFERENCE_DAY = date(2019, 8, 22)  # 제2차: the session of the seed report
NEXT_DAY = date(2019, 11, 28)  # 제3차: planned

# The seed's committee also holds progress-report meetings and strategy meetings.
EXTRA_KINDS = (
    KindSpec(
        "progress-report", "추진상황보고회", "progress report meeting", "progress-report", False
    ),
    KindSpec("strategy-meeting", "전략회의", "strategy meeting", "strategy-meeting", False),
)

PLAN, GOING, LATE, DONE, CONT, HOLD = (
    TaskStatus.PLANNED,
    TaskStatus.IN_PROGRESS,
    TaskStatus.DELAYED,
    TaskStatus.DONE,
    TaskStatus.DONE_ONGOING,
    TaskStatus.ON_HOLD,
)
YEAR, MONTH, DAY = DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY

# fmt: off
# ---------------------------------------------------------------- strategy register

TRACKS = ("희망산업 5대전략", "희망정책 5대전략")

# number, track (0 or 1), name, summary; each strategy has a sub-committee "<name> 분과"
STRATEGIES: tuple[tuple[int, int, str, str], ...] = (
    (1, 0, "4차 산업혁명 선도도시",
     "자율주행·패션테크·스마트시티 등 4차 산업혁명 핵심기술 기반을 조성해 "
     "미래 신성장 동력을 창출한다."),
    (2, 0, "청색기술 중심도시",
     "자연을 모방한 청색기술을 지역 산업에 접목해 친환경 신산업의 거점을 만든다."),
    (3, 0, "美-뷰티도시",
     "글로벌코스메틱비즈니스센터를 중심으로 화장품산업의 글로벌 경쟁력을 강화한다."),
    (4, 0, "휴먼의료도시",
     "한의약·의생명 연구기반을 활용해 시민 맞춤형 의료·헬스케어 산업을 육성한다."),
    (5, 0, "청년희망도시",
     "청년 창업·일자리 지원으로 청년이 머물고 싶은 도시를 만든다."),
    (6, 1, "착한나눔도시",
     "착한가게·착한일터 확산으로 이웃과 함께 나누는 복지공동체를 만든다."),
    (7, 1, "행복건강도시",
     "생활SOC 확충과 건강증진 사업으로 모든 세대가 건강하고 행복한 도시를 만든다."),
    (8, 1, "창의문화도시",
     "팔공산·갓바위 등 지역 자원을 활용해 일상에서 문화를 누리는 도시를 만든다."),
    (9, 1, "중소기업경제특별시",
     "산업단지 기반과 기업지원 체계를 강화해 중소기업이 성장하는 경제특별시를 만든다."),
    (10, 1, "스마트농업도시",
     "스마트팜과 6차산업 창업을 지원해 농업 경쟁력과 농가소득을 높인다."),
)

# strategy number -> 세부과제: title, status, owner, target date, progress (%)
TASKS: dict[int, tuple[tuple[str, TaskStatus, str, date, int], ...]] = {
    1: (("도심형 자율주행트램 부품/모듈 기반조성", GOING, "미래전략과", date(2022, 12, 31), 10),
        ("패션테크(생활소비재) 융복합산업 기반구축", GOING, "일자리경제과",
         date(2021, 12, 31), 30),
        ("스마트시티 통합플랫폼 구축", PLAN, "정보통신과", date(2020, 12, 31), 0),
        ("경산지식산업지구 4차 산업 앵커기업 유치", LATE, "투자유치과", date(2019, 12, 31), 20),
        ("4차 산업혁명 전문인력 양성 산학협력", CONT, "4차 산업혁명 선도도시 분과",
         date(2019, 6, 30), 100)),
    2: (("국제 청색경제포럼 개최", CONT, "미래전략과", date(2018, 10, 31), 100),
        ("청색기술 융합산업 실증지원센터 건립", PLAN, "미래전략과", date(2021, 12, 31), 0),
        ("청색기술 기업 발굴·육성", GOING, "청색기술 중심도시 분과", date(2019, 12, 31), 40),
        ("자연모사 소재 R&D 국책과제 기획", HOLD, "미래전략과", date(2020, 6, 30), 10)),
    3: (("글로벌코스메틱비즈니스센터 준공", DONE, "일자리경제과", date(2018, 10, 31), 100),
        ("해외 화장품전시체험관 개소(호찌민·다낭·인촨)", CONT, "일자리경제과",
         date(2019, 5, 31), 100),
        ("화장품기업 수출마케팅 지원", GOING, "일자리경제과", date(2019, 12, 31), 60),
        ("뷰티산업 특화거리 조성", LATE, "도시계획과", date(2019, 6, 30), 20)),
    4: (("한의약 헬스케어 실증단지 조성", PLAN, "미래전략과", date(2022, 12, 31), 5),
        ("시민 맞춤형 건강관리 플랫폼 구축", GOING, "보건소", date(2020, 6, 30), 35),
        ("의생명 연구기관 협력 네트워크 구성", DONE, "휴먼의료도시 분과",
         date(2019, 6, 30), 100)),
    5: (("청년 창업지원센터 운영", GOING, "일자리경제과", date(2019, 12, 31), 70),
        ("청년 일자리 매칭 플랫폼 구축", LATE, "일자리경제과", date(2019, 9, 30), 40),
        ("대학 연계 청년 창업공간 조성", PLAN, "청년희망도시 분과", date(2020, 12, 31), 0),
        ("청년 정책참여단 운영", CONT, "미래전략과", date(2019, 6, 30), 100)),
    6: (("착한가게·착한일터 확대", CONT, "복지정책과", date(2019, 12, 31), 100),
        ("나눔문화 확산 캠페인", GOING, "복지정책과", date(2019, 12, 31), 50),
        ("지역사회 나눔 플랫폼 구축", PLAN, "착한나눔도시 분과", date(2020, 6, 30), 0)),
    7: (("동남권역 노인복지회관 조성(생활SOC)", GOING, "노인장애인과", date(2021, 6, 30), 20),
        ("생애주기별 건강증진 프로그램 운영", CONT, "보건소", date(2019, 12, 31), 100),
        ("공공 체육시설 확충", LATE, "체육진흥과", date(2020, 12, 31), 15),
        ("치매안심센터 기능 강화", DONE, "보건소", date(2019, 3, 31), 100)),
    8: (("팔공산 에코파크 오토캠핑장 조성", GOING, "관광진흥과", date(2021, 6, 30), 25),
        ("갓바위 소원길 조성", GOING, "관광진흥과", date(2020, 12, 31), 30),
        ("생활문화센터 운영 활성화", CONT, "문화예술과", date(2019, 12, 31), 100),
        ("대학 연계 문화예술 축제 개최", HOLD, "문화예술과", date(2019, 10, 31), 0)),
    9: (("중소기업 기술혁신 지원", GOING, "일자리경제과", date(2019, 12, 31), 55),
        ("산업단지 근로환경 개선", GOING, "일자리경제과", date(2020, 12, 31), 30),
        ("중소기업 판로개척 지원", CONT, "일자리경제과", date(2019, 6, 30), 100),
        ("기업애로 원스톱 지원창구 운영", PLAN, "중소기업경제특별시 분과",
         date(2020, 3, 31), 0)),
    10: (("6차산업 창업문화센터 개소·운영", CONT, "농업정책과", date(2019, 5, 31), 100),
         ("스마트팜 보급 확대", GOING, "농업기술센터", date(2020, 12, 31), 45),
         ("지역 농산물 직거래 플랫폼 구축", PLAN, "농업정책과", date(2020, 12, 31), 0),
         ("대추·포도 특화작목 고품질화", GOING, "농업기술센터", date(2019, 12, 31), 60)),
}

# status changes entered in the register between sessions (no meeting): task title,
# date, old, new, note. With these, the register replayed to 제1차 shows its state then.
TASK_CHANGES_BETWEEN: tuple[tuple[str, date, TaskStatus, TaskStatus, str], ...] = (
    ("치매안심센터 기능 강화", date(2019, 3, 29), GOING, DONE, "기능 보강 완료"),
    ("공공 체육시설 확충", date(2019, 5, 15), GOING, LATE, "부지 확보 지연"),
    ("해외 화장품전시체험관 개소(호찌민·다낭·인촨)", date(2019, 5, 20), GOING, CONT,
     "중국 인촨시 전시체험관 개소"),
    ("청년 정책참여단 운영", date(2019, 6, 28), GOING, CONT, "1기 활동 완료, 2기 모집"),
    ("경산지식산업지구 4차 산업 앵커기업 유치", date(2019, 6, 28), GOING, LATE,
     "입주 협의 지연"),
    ("4차 산업혁명 전문인력 양성 산학협력", date(2019, 7, 1), GOING, CONT,
     "1차년도 과정 수료, 2차년도 계속"),
    ("뷰티산업 특화거리 조성", date(2019, 7, 1), GOING, LATE, "부지 협의 지연"),
    ("중소기업 판로개척 지원", date(2019, 7, 5), GOING, CONT, "상반기 지원 완료"),
    ("대학 연계 문화예술 축제 개최", date(2019, 7, 10), PLAN, HOLD, "대학 일정 조정"),
)

# 성과: strategy, task title ("": none), date, precision, text, figure, number of the
# meeting that reported it. The first nine are the seed report's; the last three are
# invented (so that every strategy group and every precision has an example).
ACHIEVEMENTS: tuple[tuple[int, str, date, DatePrecision, str, str, int], ...] = (
    (1, "도심형 자율주행트램 부품/모듈 기반조성", date(2019, 1, 1), YEAR,
     "도심형 자율주행트램 부품/모듈 기반조성사업 2020년 국가지원사업 선정", "", 2),
    (1, "패션테크(생활소비재) 융복합산업 기반구축", date(2019, 1, 1), YEAR,
     "패션테크(생활소비재) 융복합산업 기반구축 2019년 국가지원사업 선정", "", 2),
    (2, "국제 청색경제포럼 개최", date(2018, 10, 1), MONTH,
     "환경부·경상북도와 함께 2018 국제 청색경제포럼 개최", "", 1),
    (3, "글로벌코스메틱비즈니스센터 준공", date(2018, 10, 1), MONTH,
     "글로벌코스메틱비즈니스센터 준공", "", 1),
    (3, "해외 화장품전시체험관 개소(호찌민·다낭·인촨)", date(2019, 5, 1), MONTH,
     "베트남 호찌민·다낭에 이어 중국 인촨시 화장품전시체험관 개소", "해외 전시체험관 3곳", 2),
    (10, "6차산업 창업문화센터 개소·운영", date(2019, 5, 1), MONTH,
     "6차산업 창업문화센터 개소", "", 2),
    (6, "착한가게·착한일터 확대", date(2019, 1, 1), YEAR,
     "착한가게·착한일터 확대", "착한가게 478곳, 착한일터 71곳", 2),
    (7, "동남권역 노인복지회관 조성(생활SOC)", date(2019, 1, 1), YEAR,
     "생활SOC사업으로 동남권역 노인복지회관 조성 추진", "", 2),
    (8, "", date(2019, 1, 1), YEAR,
     "팔공산 에코파크 오토캠핑장, 갓바위 소원길 조성 본격 추진", "", 2),
    (4, "의생명 연구기관 협력 네트워크 구성", date(2019, 6, 27), DAY,
     "지역 의생명 연구기관 협력 협약 체결", "협약기관 6곳", 2),
    (5, "청년 정책참여단 운영", date(2019, 4, 15), DAY,
     "청년 정책참여단 발대식 개최", "참여 청년 30명", 2),
    (9, "중소기업 판로개척 지원", date(2019, 7, 1), MONTH,
     "중소기업 국내외 판로개척 지원", "지원기업 25개사", 2),
)

# ---------------------------------------------------------------- people

MAYOR = "최영조"
TP_DIRECTOR = "이재훈"
PLANNING_DIRECTOR = "이동근"  # 미래전략과장 (sample), presents the overview
SECRETARY = ("정수민", "경산시 미래전략과", "전략기획팀장")  # sample: name, 소속, 직위

# 공동위원장 (real people, named in the seed report): name, 소속, 직위, public official
CO_CHAIRS = (
    (MAYOR, "경산시", "시장", True),
    (TP_DIRECTOR, "경북테크노파크", "원장", False),
)

# 배석 간부공무원 (sample): name, 직위; 소속 경산시
OBSERVERS = (
    ("김상철", "기획예산실장"),
    ("박영호", "일자리경제국장"),
    (PLANNING_DIRECTOR, "미래전략과장"),
    ("최미숙", "보건소장"),
    ("장석환", "농업기술센터소장"),
)

# 분과위원장 and 위원 (sample): sub-committee (= strategy number), name, 소속, 직위,
# e-mail, phone, 참석수당 지급 대상
Row = tuple[int, str, str, str, str, str, bool]
SUBCOMMITTEE_CHAIRS: tuple[Row, ...] = (
    (1, "김태형", "영남대학교", "기계공학부 교수", "kimth@example.org", "010-0000-0001", True),
    (2, "정은주", "경북테크노파크", "청색기술사업단장", "jungej@example.org", "", False),
    (3, "이수진", "대구한의대학교", "화장품공학부 교수", "leesj@example.org", "", True),
    (4, "한상우", "대구가톨릭대학교", "의과대학 교수", "", "010-0000-0004", True),
    (5, "윤재석", "경일대학교", "창업지원단장", "yoonjs@example.org", "", True),
    (6, "송미경", "경산시사회복지협의회", "회장", "", "010-0000-0006", True),
    (7, "임정호", "대구대학교", "사회복지학과 교수", "limjh@example.org", "", True),
    (8, "문성철", "대구경북연구원", "선임연구위원", "moonsc@example.org", "", False),
    (9, "배영철", "(주)경산정밀", "대표이사", "", "010-0000-0009", True),
    (10, "권혁준", "영남대학교", "원예생명과학과 교수", "kwonhj@example.org", "", True),
)
MEMBERS: tuple[Row, ...] = (
    (1, "김도윤", "한국전자통신연구원 대경권연구센터", "책임연구원",
     "kimdy@example.org", "010-0000-0101", False),
    (1, "장민석", "영남대학교", "전자공학과 교수", "jangms@example.org", "010-0000-0102", True),
    (1, "노승현", "(주)경산모빌리티", "대표이사", "", "", True),
    (1, "엄지혜", "경북테크노파크", "선임연구원", "", "", False),
    (2, "신동현", "대구대학교", "생명과학과 교수", "shindh@example.org", "010-0000-0201", True),
    (2, "류나연", "한국생산기술연구원 대경본부", "수석연구원", "", "", False),
    (2, "고민재", "대구가톨릭대학교", "환경과학과 교수", "", "", True),
    (2, "홍서영", "(사)청색경제포럼", "사무국장", "hongsy@example.org", "", True),
    (3, "안혜린", "경산화장품기업협의회", "회장", "ahnhr@example.org", "010-0000-0301", True),
    (3, "백승우", "영남대학교", "화학공학부 교수", "", "", True),
    (3, "최유진", "(주)코스메디랩", "대표", "", "", True),
    (3, "성지은", "글로벌코스메틱비즈니스센터", "센터장", "", "", False),
    (4, "유재민", "대구한의대학교", "한의과대학 교수", "yujm@example.org", "010-0000-0401", True),
    (4, "심혜원", "경산시의사회", "부회장", "", "", True),
    (4, "전상훈", "한국한의약진흥원", "선임연구원", "", "", False),
    (4, "하은비", "(주)메디헬스케어", "연구소장", "", "", True),
    (5, "곽태민", "호산대학교", "창업지원센터장", "kwaktm@example.org", "010-0000-0501", True),
    (5, "양소희", "(사)경산청년네트워크", "대표", "yangsh@example.org", "010-0000-0502", True),
    (5, "변지훈", "대구대학교", "창업지원단 부단장", "", "", True),
    (5, "차수빈", "(주)청춘공방", "대표", "", "", True),
    (6, "위성호", "경산시자원봉사센터", "센터장", "", "", True),
    (6, "손은정", "경산종합사회복지관", "관장", "sonej@example.org", "", True),
    (6, "표상진", "경산YMCA", "사무총장", "", "", True),
    (6, "마은숙", "경산시지역사회보장협의체", "민간위원장", "", "", True),
    (7, "서지현", "대구가톨릭대학교", "간호학과 교수", "seojh@example.org", "010-0000-0701", True),
    (7, "추명희", "경산시노인종합복지관", "관장", "", "", True),
    (7, "천동욱", "대구한의대학교", "보건학부 교수", "", "", True),
    (7, "석미란", "경북공공보건의료지원단", "연구원", "", "", False),
    (8, "권다은", "경산문화원", "사무국장", "kwonde@example.org", "010-0000-0801", True),
    (8, "연승호", "대경대학교", "연극영화과 교수", "", "", True),
    (8, "금나래", "(사)경산관광협의회", "사무국장", "", "", True),
    (9, "왕성민", "(주)경산테크", "대표이사", "wangsm@example.org", "010-0000-0901", True),
    (9, "옥지수", "중소벤처기업진흥공단 대구경북지역본부", "부장", "", "", False),
    (9, "맹동진", "경산산업단지경영자협의회", "회장", "", "", True),
    (9, "반소영", "경일대학교", "경영학과 조교수", "bansy@example.org", "", True),
    (10, "인병철", "경산시농업경영인연합회", "회장", "", "010-0000-1001", True),
    (10, "모지환", "대구대학교", "생명환경학부 교수", "", "", True),
    (10, "육현아", "경상북도농업기술원", "농업연구사", "", "", False),
)

# Dated history. ``left_on`` is the first day out (as gsmeet.services.people reads it);
# the resignation is dated the day it took effect and the successor came a day later.
RESIGNATION = ("양소희", date(2019, 6, 30), "사임")
REPLACEMENT: Row = (5, "도승민", "(사)경산청년네트워크", "대표", "dosm@example.org",
                    "010-0000-0503", True)
REPLACEMENT_START = date(2019, 7, 1)
# old chair, member who succeeds, date, old chair's reason, member's reason
CHAIR_CHANGE = ("임정호", "서지현", date(2019, 5, 1), "사임(해외 연구년)", "분과위원장 선임")
PROMOTION = ("반소영", date(2019, 3, 1), "경영학과 부교수", "직위 변경")

# ---------------------------------------------------------------- 제1차 (출범식)

# key, kind, title, presenter ("": none), planned minutes, actual start, actual end
AgendaRow = tuple[str, AgendaKind, str, str, int, str, str]
AGENDA_1: tuple[AgendaRow, ...] = (
    ("opening", AgendaKind.OPENING, "개회 및 위촉장 수여", SECRETARY[0], 20, "14:00", "14:22"),
    ("overview", AgendaKind.OVERVIEW, "경산발전 10대전략 총괄 설명", PLANNING_DIRECTOR, 20,
     "14:22", "14:45"),
    ("discussion", AgendaKind.DISCUSSION, "위원회 운영방안 논의", "", 40, "14:45", "15:20"),
    ("closing", AgendaKind.CLOSING, "폐회", MAYOR, 10, "15:20", "15:28"),
)

# agenda key, time, speaker, text
RemarkRow = tuple[str, str, str, str]
REMARKS_1: tuple[RemarkRow, ...] = (
    ("opening", "14:05", MAYOR,
     "위촉을 수락해 주신 위원 여러분께 감사드립니다. 경산발전전략위원회가 지역 "
     "산·학·연·관의 지혜를 모으는 정책협력 네트워크가 되기를 기대합니다."),
    ("overview", "14:24", PLANNING_DIRECTOR,
     "경산발전 10대전략은 희망산업 5대전략과 희망정책 5대전략의 투 트랙으로 구성되며, "
     "분과별로 세부과제를 발굴·보완해 나갈 계획입니다."),
    ("discussion", "14:50", TP_DIRECTOR,
     "핵심선도사업은 기획 단계부터 국책사업화를 염두에 두어야 하며, 경북테크노파크가 "
     "사업기획 지원에 적극 참여하겠습니다."),
    ("discussion", "15:02", "문성철",
     "분과별 운영계획을 먼저 수립하고 대구경북연구원과 함께 세부과제를 정비하는 절차가 "
     "필요합니다."),
    ("discussion", "15:10", "김태형",
     "회의가 없을 때에도 위원 간 의견을 나눌 수 있는 소통 채널을 마련해 주시기 바랍니다."),
    ("closing", "15:22", MAYOR,
     "오늘 주신 의견을 시정에 적극 반영하겠습니다. 2년 임기 동안 많은 도움을 부탁드립니다."),
)

DECISIONS_1 = (
    ("분과별 운영계획을 수립하여 2019. 1. 31.까지 미래전략과에 제출한다.",
     VoteMode.NO_OBJECTION),
)

# title, detail, owner (see _owner), due; then its review at 제2차: outcome, new due,
# comment. The item's own due date and status are updated by the review.
ACTIONS_1 = (
    ("분과별 운영계획 수립·제출", "10개 분과별 연간 운영계획을 수립하여 미래전략과에 제출",
     "미래전략과", date(2019, 1, 31),
     ReviewOutcome.DONE, None, "10개 분과 운영계획 제출 완료(2019. 1.)"),
    ("핵심선도사업 국책사업화 대상 발굴", "분과별 핵심선도사업 중 국가지원사업 공모 대상 발굴",
     "@" + TP_DIRECTOR, date(2019, 6, 30),
     ReviewOutcome.CONTINUE, None, "2개 사업 국가지원사업 선정, 추가 대상 발굴 계속 추진"),
    ("위원 소통 채널 구축", "위원 연락망 정비 및 분과별 온라인 소통 채널 개설",
     "@" + SECRETARY[0], date(2018, 12, 31),
     ReviewOutcome.REDATE, date(2019, 10, 31),
     "연락망 정비 완료, 온라인 채널 개설 지연으로 기한 조정"),
)
STATUS_AFTER_REVIEW = {
    ReviewOutcome.DONE: ActionStatus.DONE,
    ReviewOutcome.CONTINUE: ActionStatus.IN_PROGRESS,
    ReviewOutcome.REDATE: ActionStatus.OPEN,
    ReviewOutcome.DROP: ActionStatus.DROPPED,
}

# name -> attendance status, reason, proxy; everyone else in office is present
Absence = tuple[AttendanceStatus, str, str]
ABSENT_1: dict[str, Absence] = {
    "심혜원": (AttendanceStatus.EXCUSED, "출장", ""),
    "금나래": (AttendanceStatus.EXCUSED, "개인 사정", ""),
}

# ---------------------------------------------------------------- 제2차 (2019-08-22 간담회)

AGENDA_2_HEAD: tuple[AgendaRow, ...] = (
    ("opening", AgendaKind.OPENING, "개회", SECRETARY[0], 5, "14:02", "14:07"),
    ("review", AgendaKind.ACTION_REVIEW, "이전 조치사항 점검", SECRETARY[0], 10, "14:07", "14:15"),
    ("overview", AgendaKind.OVERVIEW, "경산발전 10대전략 총괄개요 설명", PLANNING_DIRECTOR, 15,
     "14:15", "14:32"),
)
# then one briefing per strategy, 6 minutes planned each, between these times
BRIEFING_TIMES = ("14:32", "14:38", "14:45", "14:51", "14:56", "15:02", "15:08", "15:15",
                  "15:20", "15:26", "15:32")
BRIEFING_MINUTES = 6
AGENDA_2_TAIL: tuple[AgendaRow, ...] = (
    ("discussion", AgendaKind.DISCUSSION, "세부과제 및 위원회 활성화 방안 자율토론", "", 25,
     "15:32", "15:58"),
    ("closing", AgendaKind.CLOSING, "폐회", MAYOR, 5, "15:58", "16:05"),
)

# each strategy's status report, by its sub-committee chair, a minute into the item
BRIEFINGS = (
    "도심형 자율주행트램 부품/모듈 기반조성사업이 2020년 국가지원사업으로, 패션테크"
    "(생활소비재) 융복합산업 기반구축이 2019년 국가지원사업으로 선정되었습니다. "
    "앵커기업 유치는 입주 협의가 늦어지고 있습니다.",
    "2018. 10. 환경부·경상북도와 함께 2018 국제 청색경제포럼을 개최했습니다. 자연모사 "
    "소재 R&D 국책과제 기획은 공모 일정이 순연되어 보류로 조정합니다.",
    "2018. 10. 글로벌코스메틱비즈니스센터를 준공했고, 2019. 5. 베트남 호찌민·다낭에 "
    "이어 중국 인촨시에 화장품전시체험관을 개소했습니다. 뷰티산업 특화거리는 부지 "
    "협의로 지연되고 있습니다.",
    "지역 의생명 연구기관 6곳과 협력 협약을 체결해 협력 네트워크 구성을 마쳤습니다. "
    "시민 맞춤형 건강관리 플랫폼은 보건소와 시범 운영을 준비하고 있습니다.",
    "청년 창업지원센터는 정상 운영 중이나, 청년 일자리 매칭 플랫폼은 운영기관 선정이 "
    "늦어져 지연되고 있습니다.",
    "착한가게 478곳, 착한일터 71곳으로 확대되었습니다. 하반기에는 나눔문화 확산 "
    "캠페인을 집중 추진하겠습니다.",
    "생활SOC사업으로 동남권역 노인복지회관 조성을 추진하고 있습니다. 공공 체육시설 "
    "확충은 부지 확보 문제로 지연되고 있습니다.",
    "팔공산 에코파크 오토캠핑장과 갓바위 소원길 조성을 본격 추진하고 있습니다. 대학 "
    "연계 문화예술 축제는 일정 조정으로 보류 중입니다.",
    "중소기업 판로개척 지원으로 25개사를 지원했고, 기술혁신 지원사업은 계획대로 진행 "
    "중입니다. 기업애로 원스톱 지원창구는 내년 초 개설을 준비하고 있습니다.",
    "2019. 5. 6차산업 창업문화센터를 개소해 운영 중입니다. 스마트팜 보급 확대와 "
    "대추·포도 특화작목 고품질화를 추진하고 있습니다.",
)

REMARKS_2: tuple[RemarkRow, ...] = (
    ("opening", "14:02", SECRETARY[0],
     "지금부터 민선7기 1주년 경산발전전략위원회 간담회를 시작하겠습니다."),
    ("opening", "14:03", MAYOR,
     "바쁘신 가운데 참석해 주신 위원장님들께 감사드립니다. 민선7기 1주년을 맞아 "
     "경산발전 10대전략의 추진상황을 함께 점검하고 발전방향을 모색하고자 합니다."),
    ("review", "14:08", SECRETARY[0],
     "제1차 회의 조치사항 3건 중 1건 완료, 1건 계속 추진, 1건 기한 조정으로 보고드립니다."),
    ("overview", "14:16", PLANNING_DIRECTOR,
     "경산발전 10대전략은 희망산업 5대전략과 희망정책 5대전략의 투 트랙으로 구성되어 "
     "있습니다. 300만평의 산업단지, 10개 대학 170여 개 부설연구소, 11만 창의인력, "
     "10여 개 국책 R&D연구기관이 우리 시의 기반입니다."),
    ("overview", "14:26", PLANNING_DIRECTOR,
     "그동안 대구경북연구원, 경북테크노파크와의 전략회의, 워크숍 및 추진상황보고회, "
     "추진협의체 운영으로 세부과제를 발굴하고 보완·정비해 왔습니다."),
    ("discussion", "15:33", TP_DIRECTOR,
     "핵심선도사업이 국책사업으로 이어지려면 기획 단계부터 대학과 연구기관이 함께해야 "
     "합니다. 산·학·연·관 협력체계를 더 촘촘히 만들 필요가 있습니다."),
    ("discussion", "15:35", "김태형",
     "자율주행트램 사업은 선정 이후 지역 부품기업의 참여가 관건이므로 분과에서 기업 "
     "수요조사를 먼저 하겠습니다."),
    ("discussion", "15:37", "김도윤",
     "스마트시티 통합플랫폼은 국가 공모사업과 연계해 추진하면 재원 확보에 유리합니다."),
    ("discussion", "15:39", "곽태민",
     "청년 일자리 매칭 플랫폼은 대학 취업지원센터와 연계하면 운영기관 문제를 풀 수 "
     "있을 것입니다."),
    ("discussion", "15:41", "문성철",
     "분과별 논의가 흩어지지 않도록 분과 워크숍을 분기마다 정례화하고 그 결과를 전체 "
     "회의에 보고하는 체계가 필요합니다."),
    ("discussion", "15:43", "신동현",
     "청색기술은 아직 시민과 기업에 생소하므로 포럼과 함께 기업 대상 설명회를 열면 "
     "좋겠습니다."),
    ("discussion", "15:45", "왕성민",
     "중소기업은 지원사업 정보가 흩어져 있어 찾기 어렵습니다. 원스톱 지원창구를 조속히 "
     "열어 주십시오."),
    ("discussion", "15:47", "서지현",
     "동남권역 노인복지회관은 설계 단계부터 건강증진 프로그램을 함께 계획하도록 "
     "보건소와 협의가 필요합니다."),
    ("discussion", "15:50", TP_DIRECTOR,
     "국책사업화 대상은 위원회 명의로 중앙부처에 건의하는 것이 효과적이니 결정해 주시기 "
     "바랍니다."),
    ("discussion", "15:53", MAYOR,
     "분과 워크숍 정례화와 국책사업화 건의에 대해 의견을 모아 결정하겠습니다."),
    ("closing", "15:59", MAYOR,
     "우리 시는 지금까지 끊임없는 변화와 혁신으로 인구, 재정을 비롯한 전 분야에 걸쳐 "
     "고르게 발전해 왔습니다. 이러한 성과를 바탕으로 경산발전 10대전략이 미래 "
     "희망경산의 지속가능한 성장의 한 축으로 뿌리내릴 수 있도록 위원장님 여러분의 "
     "많은 협조를 부탁드립니다."),
    ("closing", "16:04", SECRETARY[0], "이상으로 간담회를 모두 마치겠습니다. 감사합니다."),
)

# text, mode (all in the discussion item). A vote is counted over the enrolled members
# present: all but two for, two abstaining.
DECISIONS_2 = (
    ("분과별 워크숍을 분기 1회 정례화하고 그 결과를 전체 회의에 보고한다.",
     VoteMode.NO_OBJECTION),
    ("핵심선도사업(도심형 자율주행트램, 패션테크 등)의 국책사업화를 위원회 명의로 "
     "중앙부처에 건의한다.", VoteMode.VOTE),
    ("스마트시티 국가공모 연계, 청년 일자리 매칭 대학 연계, 청색기술 기업 설명회 등 "
     "세부과제 보완 의견을 소관 부서에 전달하여 반영을 검토한다.", VoteMode.OPINIONS),
)

# agenda key, title, detail, owner, strategy (0: none), due, status.
# owner: "@name" a person, "#n" the sub-committee of strategy n, otherwise a department.
ACTIONS_2 = (
    ("discussion", "분과 워크숍 분기별 정례 운영계획 수립",
     "분과별 워크숍 일정과 결과 보고 양식을 정해 각 분과에 통보",
     "미래전략과", 0, date(2019, 9, 30), ActionStatus.IN_PROGRESS),
    ("discussion", "핵심선도사업 국책사업화 건의문 작성·제출",
     "위원회 명의 건의문을 작성하여 중앙부처에 제출",
     "@" + TP_DIRECTOR, 1, date(2019, 10, 31), ActionStatus.OPEN),
    ("discussion", "자율주행트램 부품기업 수요조사",
     "지역 부품·모듈 기업의 참여 의향과 기술 수요 조사",
     "#1", 1, date(2019, 10, 31), ActionStatus.OPEN),
    ("discussion", "스마트시티 통합플랫폼 국가공모 연계 검토",
     "관련 국가 공모사업 일정과 요건을 검토하여 보고",
     "@김도윤", 1, date(2019, 11, 28), ActionStatus.OPEN),
    ("discussion", "청년 일자리 매칭 플랫폼 대학 연계 방안 마련",
     "대학 취업지원센터와의 공동 운영 방안 협의",
     "일자리경제과", 5, date(2019, 11, 15), ActionStatus.OPEN),
    ("discussion", "청색기술 기업 대상 설명회 개최",
     "청색기술 지원사업 안내와 기업 수요 청취",
     "#2", 2, date(2019, 12, 13), ActionStatus.OPEN),
    ("discussion", "중소기업 원스톱 지원창구 운영방안 보고",
     "지원사업 정보 통합 안내와 상담창구 운영방안 마련",
     "일자리경제과", 9, date(2019, 11, 28), ActionStatus.OPEN),
    ("discussion", "노인복지회관 건강증진 프로그램 연계 협의",
     "설계 단계에서 보건소 건강증진 프로그램 공간 반영 협의",
     "보건소", 7, date(2019, 11, 15), ActionStatus.OPEN),
    ("b3", "뷰티산업 특화거리 지연 대책 보고",
     "부지 협의 지연 사유와 향후 일정 보고",
     "도시계획과", 3, date(2019, 11, 28), ActionStatus.OPEN),
)

# status changes recorded during the briefings: task title, old, new, note
TASK_CHANGES_2 = (
    ("도심형 자율주행트램 부품/모듈 기반조성", PLAN, GOING, "2020년 국가지원사업 선정"),
    ("자연모사 소재 R&D 국책과제 기획", GOING, HOLD, "국책과제 공모 일정 순연"),
    ("의생명 연구기관 협력 네트워크 구성", GOING, DONE, "협력 협약 체결(2019. 6.)"),
    ("청년 일자리 매칭 플랫폼 구축", GOING, LATE, "운영기관 선정 지연"),
    ("6차산업 창업문화센터 개소·운영", GOING, CONT, "2019. 5. 개소, 운영 중"),
)

ABSENT_2: dict[str, Absence] = {
    "노승현": (AttendanceStatus.EXCUSED, "출장", ""),
    "류나연": (AttendanceStatus.EXCUSED, "출장", ""),
    "마은숙": (AttendanceStatus.EXCUSED, "개인 사정", ""),
    "하은비": (AttendanceStatus.ABSENT, "개인 사정", ""),
    "육현아": (AttendanceStatus.ABSENT, "일정 중복", ""),
    "옥지수": (AttendanceStatus.PROXY, "출장", "김현수(중소벤처기업진흥공단 차장)"),
}
LATE_ARRIVALS_2 = {"변지훈": "14:18"}
# fmt: on
