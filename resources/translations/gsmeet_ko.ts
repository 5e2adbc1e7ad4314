<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ActionModel</name>
    <message>
        <source>Action item</source>
        <translation>조치사항</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 내용</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a gsmeet database file</source>
        <translation>gsmeet 데이터베이스 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty gsmeet database file</source>
        <translation>빈 gsmeet 데이터베이스 파일을 만듭니다</translation>
    </message>
    <message>
        <source>Open the &amp;demo committee</source>
        <translation>시연용 위원회 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Open the sample committee to try gsmeet out</source>
        <translation>예시 위원회를 열어 gsmeet을 살펴봅니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>회의록(&amp;M)…</translation>
    </message>
    <message>
        <source>Produce the minutes of the session</source>
        <translation>이 회의의 회의록을 작성합니다</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Read the data again</source>
        <translation>자료를 다시 읽어 옵니다</translation>
    </message>
    <message>
        <source>Session &amp;list</source>
        <translation>회의 목록(&amp;L)</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>개요(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>안건(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>출석(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About gsmeet</source>
        <translation>gsmeet 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>회의(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>안건명</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>보고자</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실제 진행</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Role</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출결</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>예기치 않은 오류가 발생했습니다: {error}</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>자세한 내용은 {path}에 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>For {yes} · against {no} · abstained {abstained}</source>
        <translation>찬성 {yes} · 반대 {no} · 기권 {abstained}</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정 내용</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>의결 방법</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to gsmeet</source>
        <translation>gsmeet 시작</translation>
    </message>
    <message>
        <source>There is no gsmeet database on this computer yet.</source>
        <translation>이 컴퓨터에는 아직 gsmeet 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>You can look around in a sample committee first, or start an empty database for your own committee.</source>
        <translation>시연용 예시 위원회로 먼저 살펴보거나, 우리 위원회를 위한 빈 데이터베이스로 바로 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Open the demo committee</source>
        <translation>시연용 위원회 열기</translation>
    </message>
    <message>
        <source>Start an empty database</source>
        <translation>빈 데이터베이스로 시작</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sample data: invented for the demonstration</source>
        <translation>예시 자료: 시연을 위해 만든 가상의 자료입니다</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>열린 데이터베이스 없음</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>{path} 여는 중…</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>데이터베이스: {path}</translation>
    </message>
    <message>
        <source>(a network or synchronised folder: SQLite cannot lock files there reliably; keep the database on this computer)</source>
        <translation>(네트워크·동기화 폴더: SQLite가 이곳의 파일을 안정적으로 잠그지 못하므로 데이터베이스는 이 컴퓨터에 두십시오)</translation>
    </message>
    <message>
        <source>This database holds no committee yet. Open another database or the demo committee from the File menu.</source>
        <translation>이 데이터베이스에는 아직 위원회가 없습니다. [파일] 메뉴에서 다른 데이터베이스나 시연용 위원회를 여십시오.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없음</translation>
    </message>
    <message>
        <source>The database could not be opened: {message}</source>
        <translation>데이터베이스를 열 수 없습니다: {message}</translation>
    </message>
    <message>
        <source>No database is open. Use the File menu to open or create one.</source>
        <translation>열린 데이터베이스가 없습니다. [파일] 메뉴에서 데이터베이스를 열거나 새로 만드십시오.</translation>
    </message>
    <message>
        <source>Select a session in the list.</source>
        <translation>목록에서 회의를 선택하십시오.</translation>
    </message>
    <message>
        <source>gsmeet databases ({patterns});;All files (*)</source>
        <translation>gsmeet 데이터베이스 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with Open database.</source>
        <translation>{path} 파일이 이미 있습니다. 다른 이름을 정하거나 [데이터베이스 열기]로 여십시오.</translation>
    </message>
    <message>
        <source>About gsmeet</source>
        <translation>gsmeet 정보</translation>
    </message>
    <message>
        <source>gsmeet {version}

Prepare and run committee sessions and produce their minutes.</source>
        <translation>gsmeet {version}

위원회 회의를 준비·진행하고 회의록을 작성합니다.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>No.</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>MeetingListPanel</name>
    <message>
        <source>Committee</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>회의 목록</translation>
    </message>
    <message>
        <source>This database holds no committee yet.</source>
        <translation>이 데이터베이스에는 아직 위원회가 없습니다.</translation>
    </message>
    <message>
        <source>No session has been recorded for this committee.</source>
        <translation>이 위원회에 등록된 회의가 없습니다.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Select a session in the list.</source>
        <translation>목록에서 회의를 선택하십시오.</translation>
    </message>
    <message>
        <source>{statuses}   |   Members: {counts}   |   {verdict}</source>
        <translation>{statuses}   |   위원: {counts}   |   {verdict}</translation>
    </message>
    <message>
        <source>nobody listed yet</source>
        <translation>명단 없음</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Title</source>
        <translation>회의명</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>의장</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>간사</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>공개 여부</translation>
    </message>
    <message>
        <source>Actual time</source>
        <translation>실제 진행</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석 현황</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>정족수</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록 현황</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Previous session</source>
        <translation>직전 회의</translation>
    </message>
    <message>
        <source>{items} agenda items · {remarks} remarks · {decisions} decisions · {actions} action items</source>
        <translation>안건 {items}건 · 발언 {remarks}건 · 결정 {decisions}건 · 조치사항 {actions}건</translation>
    </message>
    <message>
        <source>Version {version} issued {day}</source>
        <translation>제{version}판 확정 ({day})</translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation>미확정</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Remarks</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정사항</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>조치사항</translation>
    </message>
    <message>
        <source>Review of earlier action items</source>
        <translation>이전 조치사항 점검</translation>
    </message>
    <message>
        <source>Decisions ({count})</source>
        <translation>결정사항 ({count})</translation>
    </message>
    <message>
        <source>Action items ({count})</source>
        <translation>조치사항 ({count})</translation>
    </message>
    <message>
        <source>Review of earlier action items ({count})</source>
        <translation>이전 조치사항 점검 ({count})</translation>
    </message>
</context>
<context>
    <name>RemarkModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>발언 내용</translation>
    </message>
    <message>
        <source>{number}. {title} ({count})</source>
        <translation>{number}. {title} ({count}건)</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>From</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>조치사항</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>조정 기한</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>No. {number}</source>
        <translation>제{number}차</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count}분</translation>
    </message>
    <message>
        <source>{what} {count}</source>
        <translation>{what} {count}명</translation>
    </message>
    <message>
        <source>Enrolled {enrolled} · present {present} · absent {absent}</source>
        <translation>재적 {enrolled}명 · 출석 {present}명 · 불참 {absent}명</translation>
    </message>
    <message>
        <source>Quorum: not counted before the session</source>
        <translation>정족수: 회의 전이라 집계하지 않음</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>정족수 충족</translation>
    </message>
    <message>
        <source>Quorum not met</source>
        <translation>정족수 미달</translation>
    </message>
    <message>
        <source>{verdict} ({required} required)</source>
        <translation>{verdict} (의결정족수 {required}명)</translation>
    </message>
</context>
</TS>
