<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>argparse</name>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s은(는) %(matches)s 중 어느 것일 수도 있습니다</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인자 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>값이 %s개 있어야 합니다</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>값이 %s개 있어야 합니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>값이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>값은 하나까지만 줄 수 있습니다</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>값이 하나 있어야 합니다</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>주어진 값 %r은(는) 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s 값으로 쓸 수 없습니다: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>고를 수 없는 값: %(value)r (다음 중에서 고르세요: %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>인자 %s와(과) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>인자 %s 중 하나가 있어야 합니다</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인자</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보이고 끝냅니다</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인자가 있어야 합니다: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>알 수 없는 명령 %(parser_name)r (고를 수 있는 것: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인자: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run committee sessions and produce their minutes.</source>
        <translation>위원회 회의를 진행하고 회의록을 만듭니다.</translation>
    </message>
    <message>
        <source>a draft&apos;s 작성일, YYYY-MM-DD (default: today; issued minutes: the issue day)</source>
        <translation>초안의 작성일, YYYY-MM-DD (기본: 오늘, 확정된 회의록은 확정일)</translation>
    </message>
    <message>
        <source>a guest (내빈); repeat for each</source>
        <translation>내빈 (성명|소속|직위, 한 명마다 되풀이)</translation>
    </message>
    <message>
        <source>a member (repeat); default: all serving</source>
        <translation>위원 (되풀이 가능, 기본: 재직 중인 모든 위원)</translation>
    </message>
    <message>
        <source>a sub-committee (분과); repeat for each</source>
        <translation>분과 (분과마다 되풀이)</translation>
    </message>
    <message>
        <source>also send each 분과위원장 the packet of their strategy</source>
        <translation>분과위원장마다 그 전략의 분과 자료도 보냅니다</translation>
    </message>
    <message>
        <source>an issued version (default: the latest; issued minutes are that file)</source>
        <translation>확정된 판 번호(기본: 최신판; 확정된 회의록은 그 파일 그대로)</translation>
    </message>
    <message>
        <source>at most N hits (50)</source>
        <translation>많아야 N건 (50)</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>before an undo</source>
        <translation>되돌리기 전</translation>
    </message>
    <message>
        <source>before it was replaced</source>
        <translation>교체 전</translation>
    </message>
    <message>
        <source>before the upgrade to {schema}</source>
        <translation>스키마 {schema} 업그레이드 전</translation>
    </message>
    <message>
        <source>bring a session taken offline back: merge what the laptop recorded</source>
        <translation>반출한 회의를 되가져오기: 노트북에서 기록한 내용을 합칩니다</translation>
    </message>
    <message>
        <source>cancel a session not yet held (it stays listed)</source>
        <translation>아직 열리지 않은 회의를 취소합니다 (목록에는 남음)</translation>
    </message>
    <message>
        <source>change a session until its minutes are issued</source>
        <translation>회의록이 확정되기 전까지 회의를 고칩니다</translation>
    </message>
    <message>
        <source>check a database&apos;s schema and integrity</source>
        <translation>데이터베이스의 스키마와 무결성을 검사합니다</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>committee commands</source>
        <translation>위원회 명령</translation>
    </message>
    <message>
        <source>committee name (if the database has several)</source>
        <translation>위원회 이름 (데이터베이스에 위원회가 여럿일 때)</translation>
    </message>
    <message>
        <source>create a committee (and the database file, if it does not exist)</source>
        <translation>위원회를 만듭니다 (데이터베이스 파일이 없으면 파일도)</translation>
    </message>
    <message>
        <source>create a committee: its name, host body, secretary and sub-committees</source>
        <translation>위원회를 만듭니다: 이름, 개최기관, 간사, 분과</translation>
    </message>
    <message>
        <source>create a session of any kind, on any date</source>
        <translation>아무 날짜에 어떤 종류의 회의든 만듭니다</translation>
    </message>
    <message>
        <source>create the demo committee (경산발전전략위원회)</source>
        <translation>데모 위원회(경산발전전략위원회)를 만듭니다</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>date of the new session (YYYY-MM-DD)</source>
        <translation>새 회의의 날짜 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>delete a session with nothing recorded</source>
        <translation>기록이 없는 회의를 지웁니다</translation>
    </message>
    <message>
        <source>disclosure class</source>
        <translation>공개 구분</translation>
    </message>
    <message>
        <source>encrypt from the start (port 465)</source>
        <translation>처음부터 암호화합니다 (포트 465)</translation>
    </message>
    <message>
        <source>encrypt with STARTTLS (port 587)</source>
        <translation>STARTTLS로 암호화합니다 (포트 587)</translation>
    </message>
    <message>
        <source>exit as soon as the window is shown with its data (smoke tests, benchmarks)</source>
        <translation>창이 자료와 함께 뜨면 바로 끝냅니다 (점검·성능 측정용)</translation>
    </message>
    <message>
        <source>for rows changed on both sides: server or laptop (all of them), or NUMBER=server|laptop (one, as listed); may be given again</source>
        <translation>양쪽에서 바뀐 행: server 또는 laptop(모두), 또는 번호=server|laptop(목록의 한 행). 여러 번 줄 수 있습니다</translation>
    </message>
    <message>
        <source>gsmeet: error: {problem}</source>
        <translation>gsmeet: 오류: {problem}</translation>
    </message>
    <message>
        <source>held session: number, date or &apos;latest&apos;</source>
        <translation>열린 회의: 차수, 날짜 또는 &apos;latest&apos;(가장 최근)</translation>
    </message>
    <message>
        <source>import members from .xlsx or .csv</source>
        <translation>.xlsx나 .csv에서 위원을 가져옵니다</translation>
    </message>
    <message>
        <source>import the valid rows, skip the invalid ones</source>
        <translation>올바른 행만 가져오고 잘못된 행은 건너뜁니다</translation>
    </message>
    <message>
        <source>issue a draft the chair has not confirmed (확인)</source>
        <translation>위원장이 확인하지 않은 초안을 확정</translation>
    </message>
    <message>
        <source>issue a meeting&apos;s minutes: final PDF, locked, versioned</source>
        <translation>회의록을 확정합니다: 최종 PDF, 잠금, 판 번호 기록</translation>
    </message>
    <message>
        <source>its number (제N차)</source>
        <translation>회차 번호 (제N차)</translation>
    </message>
    <message>
        <source>list every action item of the committee (owner, 분과, due, status, origin, review)</source>
        <translation>위원회의 모든 조치사항을 보입니다 (담당, 분과, 기한, 상태, 결정 회의, 점검)</translation>
    </message>
    <message>
        <source>list the database&apos;s backups: when, size, and whether each verifies</source>
        <translation>데이터베이스의 백업본을 보입니다: 시각, 크기, 검증 여부</translation>
    </message>
    <message>
        <source>load a JSON export into a new database</source>
        <translation>JSON 내보내기 파일을 새 데이터베이스로 가져옵니다</translation>
    </message>
    <message>
        <source>log in as USER (password: GSMEET_SMTP_PASSWORD, the keyring, or asked)</source>
        <translation>USER로 로그인합니다 (암호: GSMEET_SMTP_PASSWORD, 키링, 또는 입력)</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>직접 만듦</translation>
    </message>
    <message>
        <source>make a verified backup of the database now</source>
        <translation>지금 데이터베이스를 백업하고 검증합니다</translation>
    </message>
    <message>
        <source>mask private members&apos; names</source>
        <translation>공무원이 아닌 위원의 이름을 가립니다</translation>
    </message>
    <message>
        <source>member commands</source>
        <translation>위원 명령</translation>
    </message>
    <message>
        <source>members&apos; terms: leaving and renewal</source>
        <translation>위원 임기: 해촉과 연임</translation>
    </message>
    <message>
        <source>move a session not yet held to another day</source>
        <translation>아직 열리지 않은 회의를 다른 날로 옮깁니다</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>닫을 때</translation>
    </message>
    <message>
        <source>one 분과, by its name</source>
        <translation>한 분과만, 분과 이름으로</translation>
    </message>
    <message>
        <source>only open ones (미착수, 진행중)</source>
        <translation>미결만 (미착수, 진행중)</translation>
    </message>
    <message>
        <source>only those overdue on DATE (YYYY-MM-DD)</source>
        <translation>DATE(YYYY-MM-DD)에 기한이 지난 것만</translation>
    </message>
    <message>
        <source>place (장소)</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>place; default: the source&apos;s</source>
        <translation>장소 (기본: 바탕 회의의 장소)</translation>
    </message>
    <message>
        <source>planned end (HH:MM)</source>
        <translation>예정 종료 시각 (HH:MM)</translation>
    </message>
    <message>
        <source>prepare the next session from a held one</source>
        <translation>열린 회의를 바탕으로 다음 회의를 준비합니다</translation>
    </message>
    <message>
        <source>put a backup in place of the database (the newest verified one by default); the current file is kept first</source>
        <translation>백업본으로 데이터베이스를 되돌립니다 (기본: 검증된 가장 새 백업본). 지금 파일은 먼저 보관합니다</translation>
    </message>
    <message>
        <source>record a member&apos;s leaving (해촉)</source>
        <translation>위원의 해촉을 기록합니다</translation>
    </message>
    <message>
        <source>record the chair&apos;s confirmation (확인) of the draft minutes</source>
        <translation>회의록 초안에 대한 위원장의 확인을 기록</translation>
    </message>
    <message>
        <source>regular, extraordinary, roundtable, subcommittee, ceremony, workshop, their Korean names (정기회의, 임시회의, 간담회, 분과회의, 행사, 워크숍) or the committee&apos;s own</source>
        <translation>회의 종류: 정기회의, 임시회의, 간담회, 분과회의, 행사, 워크숍(regular, extraordinary, roundtable, subcommittee, ceremony, workshop) 또는 위원회가 정한 종류</translation>
    </message>
    <message>
        <source>remove every guest</source>
        <translation>내빈을 모두 뺍니다</translation>
    </message>
    <message>
        <source>renew members&apos; terms to a new end date</source>
        <translation>위원의 임기를 새 만료일까지 연장합니다</translation>
    </message>
    <message>
        <source>renew terms (연임): the named members, or every serving member</source>
        <translation>임기를 연장합니다(연임): 지정한 위원, 또는 재직 중인 모든 위원</translation>
    </message>
    <message>
        <source>replace an existing database</source>
        <translation>있는 데이터베이스를 바꿉니다</translation>
    </message>
    <message>
        <source>roster commands</source>
        <translation>명단 명령</translation>
    </message>
    <message>
        <source>search every session&apos;s remarks, decisions, action items, agenda and briefings</source>
        <translation>모든 회의의 발언, 결정사항, 조치사항, 안건, 추진상황 보고를 검색합니다</translation>
    </message>
    <message>
        <source>send a session&apos;s minutes by e-mail to its attendees (the record kept)</source>
        <translation>회의록을 참석자에게 이메일로 보냅니다 (발송 기록을 남깁니다)</translation>
    </message>
    <message>
        <source>send again only what failed last time</source>
        <translation>지난번에 보내지 못한 것만 다시 보냅니다</translation>
    </message>
    <message>
        <source>send the public version of the minutes</source>
        <translation>공개용 회의록을 보냅니다</translation>
    </message>
    <message>
        <source>session commands</source>
        <translation>회의 명령</translation>
    </message>
    <message>
        <source>sessions of every kind, on any date</source>
        <translation>아무 날짜의 모든 종류의 회의</translation>
    </message>
    <message>
        <source>set up a committee</source>
        <translation>위원회를 만듭니다</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>버전을 보이고 끝냅니다</translation>
    </message>
    <message>
        <source>start time (HH:MM)</source>
        <translation>시작 시각 (HH:MM)</translation>
    </message>
    <message>
        <source>start time (HH:MM); default: the source&apos;s</source>
        <translation>시작 시각 (HH:MM, 기본: 바탕 회의의 시각)</translation>
    </message>
    <message>
        <source>take a session offline to a laptop: copy it into a new database file</source>
        <translation>회의를 노트북으로 반출하기: 새 데이터베이스 파일에 복사합니다</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>보내는 사람 주소</translation>
    </message>
    <message>
        <source>the JSON file to read</source>
        <translation>읽을 JSON 파일</translation>
    </message>
    <message>
        <source>the JSON file to write</source>
        <translation>쓸 JSON 파일</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>쓸 PDF 파일</translation>
    </message>
    <message>
        <source>the backup file to restore (default: the newest verified one)</source>
        <translation>복원할 백업 파일 (기본: 검증된 가장 새 백업본)</translation>
    </message>
    <message>
        <source>the committee (when the database holds several)</source>
        <translation>위원회 (데이터베이스에 위원회가 여럿일 때)</translation>
    </message>
    <message>
        <source>the committee&apos;s member roster</source>
        <translation>위원회의 위원 명단</translation>
    </message>
    <message>
        <source>the committee&apos;s name (위원회 이름)</source>
        <translation>위원회 이름</translation>
    </message>
    <message>
        <source>the committees a database holds</source>
        <translation>데이터베이스에 있는 위원회</translation>
    </message>
    <message>
        <source>the database file (default: in the user data folder), or a server database (postgresql://USER@HOST/DB)</source>
        <translation>데이터베이스 파일(기본값: 사용자 데이터 폴더), 또는 서버 데이터베이스(postgresql://사용자@호스트/DB)</translation>
    </message>
    <message>
        <source>the database file, or a server database (postgresql://USER@HOST/DB)</source>
        <translation>데이터베이스 파일, 또는 서버 데이터베이스(postgresql://사용자@호스트/DB)</translation>
    </message>
    <message>
        <source>the day the changes take effect (default: today)</source>
        <translation>변경이 효력을 갖는 날 (기본: 오늘)</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD (default: today)</source>
        <translation>확인한 날, YYYY-MM-DD(기본: 오늘)</translation>
    </message>
    <message>
        <source>the department (주관부서)</source>
        <translation>주관부서</translation>
    </message>
    <message>
        <source>the document&apos;s language (default: ko); also what gsmeet says, unless &apos;gsmeet --lang&apos; before the command says otherwise</source>
        <translation>문서의 언어 (기본: ko). 명령 앞에 &apos;gsmeet --lang&apos;이 없으면 gsmeet이 말하는 언어도 됩니다</translation>
    </message>
    <message>
        <source>the documents&apos; and the letter&apos;s language (default: ko); also what gsmeet says, unless &apos;gsmeet --lang&apos; before the command says otherwise</source>
        <translation>문서와 편지의 언어 (기본: ko). 명령 앞의 &apos;gsmeet --lang&apos;이 따로 정하지 않으면 gsmeet이 말하는 언어이기도 합니다</translation>
    </message>
    <message>
        <source>the file to write (.pdf, .docx, .hwpx)</source>
        <translation>쓸 파일 (.pdf, .docx, .hwpx)</translation>
    </message>
    <message>
        <source>the format (default: from the file&apos;s name)</source>
        <translation>형식 (기본: 파일 이름에서)</translation>
    </message>
    <message>
        <source>the host body (개최기관), e.g. 경산시</source>
        <translation>개최기관 (예: 경산시)</translation>
    </message>
    <message>
        <source>the language gsmeet speaks (default: the system&apos;s)</source>
        <translation>gsmeet이 말하는 언어 (기본: 시스템 언어)</translation>
    </message>
    <message>
        <source>the language of the window and of what gsmeet says (default: the system&apos;s)</source>
        <translation>창과 gsmeet이 말하는 언어 (기본: 시스템 언어)</translation>
    </message>
    <message>
        <source>the laptop&apos;s database file</source>
        <translation>노트북의 데이터베이스 파일</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>메일 서버</translation>
    </message>
    <message>
        <source>the member&apos;s name</source>
        <translation>위원의 성명</translation>
    </message>
    <message>
        <source>the new database file for the laptop</source>
        <translation>노트북에서 쓸 새 데이터베이스 파일</translation>
    </message>
    <message>
        <source>the new date (YYYY-MM-DD)</source>
        <translation>새 날짜 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the new last day</source>
        <translation>새 임기 마지막 날</translation>
    </message>
    <message>
        <source>the new start time (HH:MM); default: as planned</source>
        <translation>새 시작 시각 (HH:MM, 기본: 예정대로)</translation>
    </message>
    <message>
        <source>the owner: a name, part of it or its 초성</source>
        <translation>담당: 이름, 이름의 일부 또는 초성</translation>
    </message>
    <message>
        <source>the roster (.xlsx, or .csv UTF-8/CP949)</source>
        <translation>명단 파일 (.xlsx, 또는 UTF-8/CP949 .csv)</translation>
    </message>
    <message>
        <source>the secretary (간사)</source>
        <translation>간사</translation>
    </message>
    <message>
        <source>the secretary&apos;s name (간사)</source>
        <translation>간사의 성명</translation>
    </message>
    <message>
        <source>the session&apos;s date (YYYY-MM-DD)</source>
        <translation>회의 날짜 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the session&apos;s title</source>
        <translation>회의 제목</translation>
    </message>
    <message>
        <source>the session: its number, its date (YYYY-MM-DD) or &apos;latest&apos;; two sessions of one day or number are told apart by the sub-committee or the kind, e.g. &apos;2020-04-10 행복건강도시&apos;</source>
        <translation>회의: 차수, 날짜(YYYY-MM-DD) 또는 &apos;latest&apos;(가장 최근). 같은 날이나 같은 차수의 회의가 둘이면 분과나 회의 종류를 덧붙여 구별 (예: &apos;2020-04-10 행복건강도시&apos;)</translation>
    </message>
    <message>
        <source>the standing agenda (default), a copy of session REF&apos;s agenda, or none</source>
        <translation>기본 안건(기본값), REF 회의 안건의 복사본, 또는 안건 없음</translation>
    </message>
    <message>
        <source>the strategy&apos;s number (1, 2, …)</source>
        <translation>전략 번호 (1, 2, …)</translation>
    </message>
    <message>
        <source>the sub-committee that meets (분과)</source>
        <translation>회의하는 분과</translation>
    </message>
    <message>
        <source>their first day out</source>
        <translation>해촉되는 첫날</translation>
    </message>
    <message>
        <source>what a correction changed</source>
        <translation>정정에서 고친 내용</translation>
    </message>
    <message>
        <source>who chairs (주재)</source>
        <translation>주재자</translation>
    </message>
    <message>
        <source>who confirms: the chair, a co-chair, a 분과위원장</source>
        <translation>확인하는 사람: 위원장, 공동위원장 또는 분과위원장</translation>
    </message>
    <message>
        <source>why (printed in the session list)</source>
        <translation>사유 (회의 목록에 표시)</translation>
    </message>
    <message>
        <source>why (사임, 임기 중 교체, …)</source>
        <translation>사유 (사임, 임기 중 교체, …)</translation>
    </message>
    <message>
        <source>words to find (every one must match)</source>
        <translation>찾을 낱말 (모두 들어 있어야 합니다)</translation>
    </message>
    <message>
        <source>write a meeting&apos;s agenda packet as PDF, DOCX or HWPX</source>
        <translation>회의의 안건 자료를 PDF, DOCX, HWPX로 씁니다</translation>
    </message>
    <message>
        <source>write a meeting&apos;s attendance sign-in sheet (서명부)</source>
        <translation>회의의 참석 서명부를 씁니다</translation>
    </message>
    <message>
        <source>write a meeting&apos;s minutes (회의록) as PDF, DOCX or HWPX</source>
        <translation>회의록을 PDF, DOCX, HWPX로 씁니다</translation>
    </message>
    <message>
        <source>write all data to a JSON file</source>
        <translation>모든 자료를 JSON 파일로 씁니다</translation>
    </message>
    <message>
        <source>write the packet for one strategy&apos;s sub-committee chair</source>
        <translation>한 전략 분과위원장에게 보낼 자료를 씁니다</translation>
    </message>
    <message>
        <source>write them to an Excel workbook (.xlsx) instead</source>
        <translation>대신 엑셀 통합문서(.xlsx)로 씁니다</translation>
    </message>
    <message>
        <source>{problem} (details in {log})</source>
        <translation>{problem} (자세한 내용: {log})</translation>
    </message>
    <message>
        <source>{problem} (see &apos;{command} --help&apos;)</source>
        <translation>{problem} (&apos;{command} --help&apos; 참고)</translation>
    </message>
    <message>
        <source>참석 인원 약 N명 (a large event)</source>
        <translation>참석 인원 약 N명 (큰 행사)</translation>
    </message>
</context>
</TS>
