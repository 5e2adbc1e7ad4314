<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AchievementDialog</name>
    <message>
        <source>Add achievement</source>
        <translation>성과 추가</translation>
    </message>
    <message>
        <source>e.g. 120억 원, 3건</source>
        <translation>예: 120억 원, 3건</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>(the strategy as a whole)</source>
        <translation>(전략 전체)</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>세부과제(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Achievement</source>
        <translation>성과(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>수치(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>일자(&amp;D)</translation>
    </message>
    <message>
        <source>Known to the</source>
        <translation>날짜 정밀도</translation>
    </message>
</context>
<context>
    <name>AchievementForm</name>
    <message>
        <source>Achievement</source>
        <translation>성과</translation>
    </message>
    <message>
        <source>e.g. 3건, 12억 원</source>
        <translation>예: 3건, 12억 원</translation>
    </message>
    <message>
        <source>(the strategy as a whole)</source>
        <translation>(전략 전체)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Action item</source>
        <translation>조치사항</translation>
    </message>
    <message>
        <source>Attendee, sub-committee or department</source>
        <translation>참석자, 분과 또는 부서</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
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
        <source>Detail</source>
        <translation>세부 내용</translation>
    </message>
</context>
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
        <source>Open &amp;server database…</source>
        <translation>서버 데이터베이스 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a gsmeet database on a PostgreSQL server, shared by the secretariat</source>
        <translation>사무국이 함께 쓰는 PostgreSQL 서버의 gsmeet 데이터베이스를 엽니다</translation>
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
        <source>&amp;Import roster…</source>
        <translation>명단 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Read members from an Excel (.xlsx) or CSV roster into the register</source>
        <translation>엑셀(.xlsx) 또는 CSV 명단의 위원을 위원 명부에 반영합니다</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <source>The database&apos;s backups: make one now, or restore one</source>
        <translation>데이터베이스 백업: 지금 만들거나 복원합니다</translation>
    </message>
    <message>
        <source>&amp;Take session offline…</source>
        <translation>회의 반출(&amp;T)…</translation>
    </message>
    <message>
        <source>Copy the selected session into a file for a laptop with no network</source>
        <translation>고른 회의를 네트워크 없는 노트북에서 쓸 파일로 복사합니다</translation>
    </message>
    <message>
        <source>Bring session bac&amp;k…</source>
        <translation>반출한 회의 되가져오기(&amp;K)…</translation>
    </message>
    <message>
        <source>Merge what a laptop recorded in a session taken offline</source>
        <translation>반출한 회의에서 노트북이 기록한 내용을 합칩니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;committee…</source>
        <translation>새 위원회(&amp;C)…</translation>
    </message>
    <message>
        <source>Set up another committee in this database</source>
        <translation>이 데이터베이스에 위원회를 하나 더 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, type size of the live screen and projector, folders</source>
        <translation>언어, 라이브 화면과 프로젝터의 글자 크기, 폴더</translation>
    </message>
    <message>
        <source>&amp;Find in sessions…</source>
        <translation>회의 기록 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Search every session&apos;s remarks, decisions, action items and agenda</source>
        <translation>모든 회의의 발언, 결정사항, 조치사항, 안건을 검색</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>새 회의(&amp;N)…</translation>
    </message>
    <message>
        <source>A session of any kind on any date: the first, a future or a past one</source>
        <translation>어느 날짜든 어떤 종류든 회의를 만듭니다: 첫 회의, 앞으로의 회의, 지난 회의</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>회의 정보 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>Change any field of the session</source>
        <translation>회의의 모든 항목을 고칩니다</translation>
    </message>
    <message>
        <source>P&amp;ostpone session…</source>
        <translation>회의 연기(&amp;O)…</translation>
    </message>
    <message>
        <source>Move a session not yet held</source>
        <translation>아직 열리지 않은 회의를 다른 날로 옮깁니다</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>회의 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel a session not yet held</source>
        <translation>아직 열리지 않은 회의를 취소합니다</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>회의 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete a session with nothing recorded</source>
        <translation>기록이 없는 회의를 지웁니다</translation>
    </message>
    <message>
        <source>&amp;Actions of members who left…</source>
        <translation>해촉 위원의 조치사항(&amp;A)…</translation>
    </message>
    <message>
        <source>Open action items whose owner left the committee: give them to others</source>
        <translation>담당자가 해촉된 미완료 조치사항을 다른 위원에게 맡깁니다</translation>
    </message>
    <message>
        <source>&amp;Kinds of session…</source>
        <translation>회의 종류(&amp;K)…</translation>
    </message>
    <message>
        <source>The committee&apos;s kinds of session: names, numbering, quorum; add more</source>
        <translation>위원회의 회의 종류: 이름, 회차 계열, 정족수 적용; 종류 추가</translation>
    </message>
    <message>
        <source>&amp;Prepare next session…</source>
        <translation>다음 회의 준비(&amp;P)…</translation>
    </message>
    <message>
        <source>Create the next session from one that was held, with its standing agenda</source>
        <translation>개최된 회의를 바탕으로 기본 안건을 갖춘 다음 회의를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>회의록(&amp;M)…</translation>
    </message>
    <message>
        <source>Preview, export and issue the minutes</source>
        <translation>회의록을 미리 보고, 저장하고, 확정합니다</translation>
    </message>
    <message>
        <source>&amp;Send the minutes…</source>
        <translation>회의록 보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>E-mail the minutes to the attendees, and the packets to the chairs</source>
        <translation>회의록을 참석자에게, 분과 자료를 분과위원장에게 이메일로 보냅니다</translation>
    </message>
    <message>
        <source>Prin&amp;t the minutes…</source>
        <translation>회의록 인쇄(&amp;T)…</translation>
    </message>
    <message>
        <source>Print the minutes of the selected session</source>
        <translation>선택한 회의의 회의록을 인쇄합니다</translation>
    </message>
    <message>
        <source>&amp;Live session</source>
        <translation>회의 진행(&amp;L)</translation>
    </message>
    <message>
        <source>Run the next session, or resume the one in progress, on the live screen</source>
        <translation>다음 회의를 진행 화면에서 시작하거나 진행 중인 회의를 이어서 진행</translation>
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
        <source>&amp;Sessions</source>
        <translation>회의(&amp;S)</translation>
    </message>
    <message>
        <source>Committee &amp;register</source>
        <translation>위원 명부(&amp;R)</translation>
    </message>
    <message>
        <source>Members of the committee</source>
        <translation>위원회의 위원</translation>
    </message>
    <message>
        <source>S&amp;trategy register</source>
        <translation>추진과제 관리(&amp;T)</translation>
    </message>
    <message>
        <source>Tracks, strategies, tasks and achievements</source>
        <translation>분야, 전략, 세부과제와 성과</translation>
    </message>
    <message>
        <source>A&amp;ction tracker</source>
        <translation>조치사항 추적(&amp;C)</translation>
    </message>
    <message>
        <source>Every action item of the committee: owner, due date, status, review</source>
        <translation>위원회의 모든 조치사항: 담당, 기한, 상태, 점검</translation>
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
        <source>Atte&amp;ndance</source>
        <translation>출석(&amp;N)</translation>
    </message>
    <message>
        <source>Recor&amp;ds</source>
        <translation>기록(&amp;D)</translation>
    </message>
    <message>
        <source>gsmeet &amp;Guide</source>
        <translation>gsmeet 사용 안내(&amp;G)</translation>
    </message>
    <message>
        <source>The three moments, the live keys, your own committee, backups</source>
        <translation>회의 전·중·후, 라이브 화면의 키, 우리 위원회 시작하기, 백업</translation>
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
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
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
    <message>
        <source>&amp;Undo {what}</source>
        <translation>실행 취소(&amp;U): {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>다시 실행(&amp;R): {what}</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Agenda builder</source>
        <translation>안건 편성</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>안건 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>선택한 안건 다음에 안건을 추가합니다 (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>선택한 안건을 삭제합니다 (Delete)</translation>
    </message>
    <message>
        <source>Starts {start} · forecast end {end}</source>
        <translation>시작 {start} · 예상 종료 {end}</translation>
    </message>
    <message>
        <source>planned end {end}</source>
        <translation>계획 종료 {end}</translation>
    </message>
    <message>
        <source>runs {minutes} min past the planned end</source>
        <translation>계획 종료보다 {minutes}분 초과</translation>
    </message>
    <message>
        <source>The minutes were issued: the agenda can no longer change.</source>
        <translation>회의록이 확정되어 안건을 더 이상 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Only the agenda of a planned session can be edited here.</source>
        <translation>예정된 회의의 안건만 여기에서 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Drag items, or Alt+arrows to move and nest; Insert adds, Delete removes; F2 edits a cell.</source>
        <translation>끌어서 옮기거나 Alt+화살표로 이동·하위 안건 지정, Insert 추가, Delete 삭제, F2 칸 편집.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>새 안건</translation>
    </message>
    <message>
        <source>An item with sub-items cannot become a sub-item</source>
        <translation>하위 안건이 있는 안건은 하위 안건이 될 수 없습니다</translation>
    </message>
</context>
<context>
    <name>AgendaBuilderModel</name>
    <message>
        <source>No.</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>안건명</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>보고자</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>연계 전략</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>계획(분)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Ends after the planned end of the session</source>
        <translation>회의 계획 종료 시각 이후에 끝납니다</translation>
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
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
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
    <name>AttendancePanel</name>
    <message>
        <source>Find: name, 소속 or ㅊㅇㅈ — Enter: present</source>
        <translation>찾기: 이름, 소속 또는 ㅊㅇㅈ — Enter: 출석</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>사람 찾기</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>출석(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;bsent…</source>
        <translation>불참(&amp;B)…</translation>
    </message>
    <message>
        <source>E&amp;xcused…</source>
        <translation>사유 불참(&amp;X)…</translation>
    </message>
    <message>
        <source>Prox&amp;y…</source>
        <translation>대리 출석(&amp;Y)…</translation>
    </message>
    <message>
        <source>Arrived now (Enter on the list)</source>
        <translation>지금 도착 (목록에서 Enter)</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>정족수 충족</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>정족수 미달</translation>
    </message>
    <message>
        <source>Enrolled {enrolled} · present {present} · {required} needed · {verdict}</source>
        <translation>재적 {enrolled}명 · 출석 {present}명 · 의사정족수 {required}명 · {verdict}</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>닫을 때</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>직접 만듦</translation>
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
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo the restore</source>
        <translation>복원 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>gsmeet backs the database up when it opens it (once a day) and when it closes it after changes, and keeps fewer of them as they age.</source>
        <translation>gsmeet은 데이터베이스를 열 때(하루 한 번)와 변경 후 닫을 때 백업하며, 오래된 백업일수록 적게 남깁니다.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>{path}에 백업했습니다.</translation>
    </message>
    <message>
        <source>That backup is damaged; choose another.</source>
        <translation>그 백업은 손상되었습니다. 다른 백업을 고르세요.</translation>
    </message>
    <message>
        <source>Put the backup of {when} ({sessions} sessions, {people} people, {remarks} remarks) in place of the database? The database as it is now is kept first, and Undo the restore puts it back.</source>
        <translation>{when}의 백업(회의 {sessions}건, 인물 {people}명, 발언 {remarks}건)으로 데이터베이스를 바꿀까요? 지금의 데이터베이스는 먼저 보관되며, &apos;복원 되돌리기&apos;로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Restored {source}. What it replaced is kept as {kept}.</source>
        <translation>{source}에서 복원했습니다. 바뀐 파일은 {kept}에 보관했습니다.</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표 시기</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>상태 변경(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a&amp;chievement…</source>
        <translation>성과 추가(&amp;C)…</translation>
    </message>
    <message>
        <source>Strategy {number}. {name}</source>
        <translation>전략 {number}. {name}</translation>
    </message>
    <message>
        <source>Changes since the session of {day}</source>
        <translation>{day} 회의 이후 변동 사항</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>{count} status changes</source>
        <translation>상태 변경 {count}건</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>기한 경과 {count}건</translation>
    </message>
    <message>
        <source>new achievements: {list}</source>
        <translation>새 성과: {list}</translation>
    </message>
    <message>
        <source>Reading the briefing…</source>
        <translation>추진상황을 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring a session back</source>
        <translation>반출한 회의 되가져오기</translation>
    </message>
    <message>
        <source>What the laptop recorded in {file} is merged into this database. Rows changed both here and on the laptop since the session was taken offline are listed below: choose which version to keep for each.</source>
        <translation>{file}에 노트북이 기록한 내용을 이 데이터베이스에 합칩니다. 반출한 뒤 여기와 노트북 양쪽에서 바뀐 행이 아래에 있습니다. 행마다 어느 쪽 내용을 남길지 고르세요.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>What</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>여기(서버)</translation>
    </message>
    <message>
        <source>On the laptop</source>
        <translation>노트북</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>남길 쪽</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
    <message>
        <source>Keep all from &amp;here</source>
        <translation>모두 여기 것으로(&amp;H)</translation>
    </message>
    <message>
        <source>Keep all from the &amp;laptop</source>
        <translation>모두 노트북 것으로(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>되가져오기(&amp;B)</translation>
    </message>
    <message>
        <source>here (server)</source>
        <translation>여기(서버) 것</translation>
    </message>
    <message>
        <source>the laptop&apos;s</source>
        <translation>노트북 것</translation>
    </message>
    <message>
        <source>Keep for row {number}</source>
        <translation>{number}행에서 남길 쪽</translation>
    </message>
    <message>
        <source>{count} rows were changed on both sides.</source>
        <translation>{count}개 행이 양쪽에서 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed on both sides: ready to merge.</source>
        <translation>양쪽에서 함께 바뀐 행이 없습니다. 합칠 수 있습니다.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>지워짐</translation>
    </message>
    <message>
        <source>changed by {who}, {when}</source>
        <translation>{who}, {when}에 바뀜</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>바뀜</translation>
    </message>
    <message>
        <source>changed ({fields})</source>
        <translation>바뀜 ({fields})</translation>
    </message>
    <message>
        <source>Bringing the session back…</source>
        <translation>회의를 되가져오는 중…</translation>
    </message>
</context>
<context>
    <name>CheckInController</name>
    <message>
        <source>Proxy for {name}</source>
        <translation>{name} 대리 출석</translation>
    </message>
    <message>
        <source>Who stands in for {name} (name and position):</source>
        <translation>{name} 대신 출석한 사람 (이름과 직위):</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
    <message>
        <source>Why {name} is absent:</source>
        <translation>{name} 불참 사유:</translation>
    </message>
    <message>
        <source>{name} {status} {time} ({undo} takes it back)</source>
        <translation>{name} {status} {time} ({undo}: 취소)</translation>
    </message>
    <message>
        <source>No one matches “{text}”: nobody was marked</source>
        <translation>“{text}”에 맞는 사람이 없습니다: 아무도 기록하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <source>New committee</source>
        <translation>새 위원회</translation>
    </message>
    <message>
        <source>e.g. 경산발전전략위원회</source>
        <translation>예: 경산발전전략위원회</translation>
    </message>
    <message>
        <source>e.g. 경산시</source>
        <translation>예: 경산시</translation>
    </message>
    <message>
        <source>e.g. 미래전략과</source>
        <translation>예: 미래전략과</translation>
    </message>
    <message>
        <source>a majority of the enrolled members</source>
        <translation>재적위원 과반수</translation>
    </message>
    <message>
        <source>at least this share of the enrolled</source>
        <translation>재적위원의 이 비율 이상</translation>
    </message>
    <message>
        <source>at least this many members</source>
        <translation>이 인원 이상</translation>
    </message>
    <message>
        <source>no quorum (an advisory body)</source>
        <translation>정족수 없음(자문기구)</translation>
    </message>
    <message>
        <source>Proxies count as present</source>
        <translation>대리출석을 출석으로 셈</translation>
    </message>
    <message>
        <source>a majority of those present</source>
        <translation>출석위원 과반수</translation>
    </message>
    <message>
        <source>at least this share of those present</source>
        <translation>출석위원의 이 비율 이상</translation>
    </message>
    <message>
        <source>at least this many votes</source>
        <translation>이 찬성 수 이상</translation>
    </message>
    <message>
        <source>no vote is counted</source>
        <translation>표결 없음</translation>
    </message>
    <message>
        <source>One sub-committee a line</source>
        <translation>한 줄에 분과 하나</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>위원회 이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Host body</source>
        <translation>개최기관(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>주관부서(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>간사(&amp;S)</translation>
    </message>
    <message>
        <source>Quorum to &amp;open (개의)</source>
        <translation>의사정족수(개의)(&amp;O)</translation>
    </message>
    <message>
        <source>Quorum for &amp;motions (의결)</source>
        <translation>의결정족수(의결)(&amp;M)</translation>
    </message>
    <message>
        <source>D&amp;isclosure of minutes</source>
        <translation>회의록 공개 구분(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;ub-committees</source>
        <translation>분과(&amp;U)</translation>
    </message>
    <message>
        <source>Then add tracks and strategies in the strategy register, and members in the committee register or from a roster (File ▸ Import roster).</source>
        <translation>그다음 추진과제 명부에서 추진 분야와 전략을, 위원 명부에서(또는 파일 ▸ 명부 가져오기로) 위원을 추가하세요.</translation>
    </message>
</context>
<context>
    <name>ConfirmForm</name>
    <message>
        <source>Confirm the minutes</source>
        <translation>회의록 확인</translation>
    </message>
    <message>
        <source>Confirmed &amp;by</source>
        <translation>확인자(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>확인일(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CorrectionController</name>
    <message>
        <source>Edit the remark</source>
        <translation>발언 수정</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>발언:</translation>
    </message>
    <message>
        <source>Move the remark</source>
        <translation>발언 옮기기</translation>
    </message>
    <message>
        <source>To the item:</source>
        <translation>옮길 안건:</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <source>Record a correction</source>
        <translation>정정 기록</translation>
    </message>
    <message>
        <source>It changes what was meant (not only the wording)</source>
        <translation>뜻이 바뀌는 정정(자구만이 아님)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>정정할 곳(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Corrected text</source>
        <translation>정정한 내용(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Asked by</source>
        <translation>요청자(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>Confirmed b&amp;y</source>
        <translation>확인자(&amp;Y)</translation>
    </message>
    <message>
        <source>Agenda item: {text}</source>
        <translation>안건명: {text}</translation>
    </message>
    <message>
        <source>Remark ({who}): {text}</source>
        <translation>발언({who}): {text}</translation>
    </message>
    <message>
        <source>Decision {n}: {text}</source>
        <translation>결정 {n}: {text}</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>조치 과제: {text}</translation>
    </message>
    <message>
        <source>What is to be done: {text}</source>
        <translation>조치내용: {text}</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(아직 없음)</translation>
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
    <name>DeactivateDialog</name>
    <message>
        <source>Deactivate {name}</source>
        <translation>{name} 해촉</translation>
    </message>
    <message>
        <source>e.g. resigned, transferred</source>
        <translation>예: 본인 사임, 인사 이동</translation>
    </message>
    <message>
        <source>{name} stays in the records of the sessions attended; from this day on, they are no longer a member.</source>
        <translation>{name} 위원은 참석한 회의의 기록에 그대로 남고, 이 날부터 위원이 아닙니다.</translation>
    </message>
    <message>
        <source>Out from</source>
        <translation>해촉일</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation>결정사항</translation>
    </message>
    <message>
        <source>For</source>
        <translation>찬성</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>기권</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>의결 방법</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>표결 결과</translation>
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
    <name>DeliveryModel</name>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Not sent: {reply}</source>
        <translation>보내지 못함: {reply}</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>연결이 끊김</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>EndChecklist</name>
    <message>
        <source>End the session</source>
        <translation>회의 종료</translation>
    </message>
    <message>
        <source>Nothing is left open.</source>
        <translation>남은 일이 없습니다.</translation>
    </message>
    <message>
        <source>End the session now? The end time is recorded; Ctrl+Z takes it back.</source>
        <translation>지금 회의를 마칠까요? 종료 시각이 기록되며 Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>EntryController</name>
    <message>
        <source>The session is being read…</source>
        <translation>회의를 불러오는 중…</translation>
    </message>
    <message>
        <source>This session has no agenda yet: build one first</source>
        <translation>이 회의에는 아직 안건이 없습니다: 먼저 안건을 만드세요</translation>
    </message>
    <message>
        <source>The session has not started: {start} starts it</source>
        <translation>회의가 아직 시작되지 않았습니다: {start} 회의 시작</translation>
    </message>
    <message>
        <source>The session has ended: {undo} takes the end back</source>
        <translation>회의가 종료되었습니다: {undo} 종료 취소</translation>
    </message>
    <message>
        <source>No item is under way: {next} moves to the next</source>
        <translation>진행 중인 안건이 없습니다: {next} 다음 안건으로</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Saved {time} ✓</source>
        <translation>저장됨 {time} ✓</translation>
    </message>
    <message>
        <source>{saved} · {name} checked in as present</source>
        <translation>{saved} · {name} 출석으로 기록</translation>
    </message>
    <message>
        <source>The server answers again: everything kept meanwhile was sent</source>
        <translation>서버가 다시 응답합니다: 그동안 보관한 기록을 모두 보냈습니다</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>저장되지 않음: {message}</translation>
    </message>
    <message>
        <source>Unsaved text from last time restored</source>
        <translation>지난번에 저장하지 못한 글을 되살렸습니다</translation>
    </message>
</context>
<context>
    <name>EntryPreview</name>
    <message>
        <source>Enter saves · Shift+Enter new line · 결정: decision · 조치: action @owner ~date · Ctrl+K speaker</source>
        <translation>Enter 저장 · Shift+Enter 줄바꿈 · 결정: 결정사항 · 조치: 조치사항 @담당 ~기한 · Ctrl+K 발언자</translation>
    </message>
    <message>
        <source>Cannot save: {error}</source>
        <translation>저장할 수 없음: {error}</translation>
    </message>
    <message>
        <source>Enter records a decision (no objection)</source>
        <translation>Enter를 누르면 결정사항으로 기록 (이의 없음)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>담당 없음</translation>
    </message>
    <message>
        <source>Enter records an action item · owner {owner} · due {due}</source>
        <translation>Enter를 누르면 조치사항으로 기록 · 담당 {owner} · 기한 {due}</translation>
    </message>
    <message>
        <source>Enter saves a remark by {speaker}</source>
        <translation>Enter를 누르면 {speaker}의 발언으로 저장</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Open a committee first.</source>
        <translation>먼저 위원회를 여세요.</translation>
    </message>
    <message>
        <source>Bring a session back</source>
        <translation>반출한 회의 되가져오기</translation>
    </message>
    <message>
        <source>gsmeet databases (*.db);;All files (*)</source>
        <translation>gsmeet 데이터베이스 (*.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>This database is read-only: the live screen needs to save what is said. Open a copy you can write to.</source>
        <translation>이 데이터베이스는 읽기 전용입니다. 회의 진행 화면은 발언을 저장해야 하므로, 쓸 수 있는 사본을 여세요.</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>명단 가져오기</translation>
    </message>
    <message>
        <source>Rosters ({patterns});;All files (*)</source>
        <translation>명단 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>먼저 회의를 선택하세요.</translation>
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
    <message>
        <source>No such database</source>
        <translation>데이터베이스 없음</translation>
    </message>
    <message>
        <source>There is no gsmeet database at {path}.</source>
        <translation>{path}에 gsmeet 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>Create a new, empty database there, or cancel and open another one?</source>
        <translation>그 위치에 빈 데이터베이스를 새로 만드시겠습니까? 취소하고 다른 데이터베이스를 열 수도 있습니다.</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>빈 데이터베이스 만들기</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Confirmation recorded.</source>
        <translation>확인을 기록했습니다.</translation>
    </message>
    <message>
        <source>Correction recorded; it goes into the next version.</source>
        <translation>정정을 기록했습니다. 다음 판에 반영됩니다.</translation>
    </message>
    <message>
        <source>Correct the minutes</source>
        <translation>회의록 정정</translation>
    </message>
    <message>
        <source>Unlock this session to correct its record? Issue it again afterwards: the new version lists what changed.</source>
        <translation>기록을 고치도록 이 회의의 잠금을 풀까요? 고친 뒤 다시 확정하세요. 새 판에 바뀐 내용이 실립니다.</translation>
    </message>
    <message>
        <source>Unlocked for correction. Issue it again when the record is right.</source>
        <translation>정정을 위해 잠금을 풀었습니다. 기록을 고친 뒤 다시 확정하세요.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>잠금 푸는 중…</translation>
    </message>
    <message>
        <source>Issue a correction</source>
        <translation>정정본 확정</translation>
    </message>
    <message>
        <source>What does version {version} change?</source>
        <translation>제{version}판에서 무엇이 바뀝니까?</translation>
    </message>
    <message>
        <source>A correction must say what it changes.</source>
        <translation>정정본은 무엇이 바뀌는지 밝혀야 합니다.</translation>
    </message>
    <message>
        <source>Issue the minutes</source>
        <translation>회의록 확정</translation>
    </message>
    <message>
        <source>Issue the minutes of {session}? The session is then locked: its record can only change through a correction, which makes a new version.</source>
        <translation>{session} 회의록을 확정할까요? 확정하면 회의가 잠기고, 기록은 새 판을 만드는 정정으로만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Issue unconfirmed minutes</source>
        <translation>확인 없이 확정</translation>
    </message>
    <message>
        <source>The draft is not confirmed by {people}. Issue it anyway? Its sign-off will say it was not confirmed.</source>
        <translation>{people}의 확인을 받지 않은 초안입니다. 그래도 확정할까요? 서명란에 미확인으로 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Save the issued minutes</source>
        <translation>확정 회의록 저장</translation>
    </message>
    <message>
        <source>Version {version} issued: {path}</source>
        <translation>제{version}판 확정: {path}</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>확정 중…</translation>
    </message>
</context>
<context>
    <name>FrameControls</name>
    <message>
        <source>Add trac&amp;k…</source>
        <translation>추진 분야 추가(&amp;K)…</translation>
    </message>
    <message>
        <source>Add str&amp;ategy…</source>
        <translation>전략 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>이름 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>사용 중지(&amp;R)</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>다시 사용(&amp;B)</translation>
    </message>
    <message>
        <source>Add track</source>
        <translation>추진 분야 추가</translation>
    </message>
    <message>
        <source>Name of the track</source>
        <translation>추진 분야 이름</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>{name} 이름 바꾸기</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Redone: {what}</source>
        <translation>다시 실행: {what}</translation>
    </message>
    <message>
        <source>{message} (the undo history was cleared)</source>
        <translation>{message} (실행 취소 기록을 비웠습니다)</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>실행 취소: {what}</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <source>Session</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>What</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Speaker or owner</source>
        <translation>발언자·담당</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Current item</source>
        <translation>현재 안건</translation>
    </message>
    <message>
        <source>Item timer</source>
        <translation>안건 경과 시간</translation>
    </message>
    <message>
        <source>This session has no agenda yet</source>
        <translation>이 회의에는 아직 안건이 없습니다</translation>
    </message>
    <message>
        <source>The session has not started yet</source>
        <translation>회의 시작 전입니다</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>회의가 종료되었습니다</translation>
    </message>
    <message>
        <source>No item is under way</source>
        <translation>진행 중인 안건 없음</translation>
    </message>
    <message>
        <source>Presented by {person}</source>
        <translation>보고 {person}</translation>
    </message>
    <message>
        <source>planned {planned}</source>
        <translation>계획 {planned}</translation>
    </message>
</context>
<context>
    <name>KindsDialog</name>
    <message>
        <source>Kinds of session</source>
        <translation>회의 종류</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>Numbering series</source>
        <translation>회차 계열</translation>
    </message>
    <message>
        <source>Quorum applies</source>
        <translation>정족수 적용</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>&amp;Add a kind</source>
        <translation>종류 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Kept: the numbers already given run in it</source>
        <translation>그대로 둡니다: 이미 매긴 회차가 이 계열에 있습니다</translation>
    </message>
    <message>
        <source>Empty: numbered on its own; the series of another kind (main) to share its numbers; - : not numbered</source>
        <translation>비워 두면 따로 회차를 매깁니다. 다른 종류의 계열(main 등)을 쓰면 회차를 함께 매기고, - 는 회차 없음입니다</translation>
    </message>
</context>
<context>
    <name>LeaseController</name>
    <message>
        <source>Take over the session?</source>
        <translation>회의를 넘겨받을까요?</translation>
    </message>
    <message>
        <source>Take it over only if that screen is closed or its computer is off: whatever it still holds unsaved stays there.</source>
        <translation>그 화면이 닫혔거나 그 컴퓨터가 꺼진 경우에만 넘겨받으세요. 그 화면에 저장되지 않은 내용은 그곳에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>넘겨받기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Watch only</source>
        <translation>보기만(&amp;W)</translation>
    </message>
</context>
<context>
    <name>LiveActions</name>
    <message>
        <source>&amp;Start the session</source>
        <translation>회의 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Record the start time; the first item begins</source>
        <translation>시작 시각을 기록하고 첫 안건을 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>다음 안건(&amp;N)</translation>
    </message>
    <message>
        <source>Move to the next item</source>
        <translation>다음 안건으로 이동</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>이전 안건(&amp;P)</translation>
    </message>
    <message>
        <source>Move back to the previous item</source>
        <translation>이전 안건으로 돌아가기</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>회의 종료(&amp;E)…</translation>
    </message>
    <message>
        <source>Record the end time; the session is held</source>
        <translation>종료 시각을 기록하고 회의를 마칩니다</translation>
    </message>
    <message>
        <source>&amp;Close live mode</source>
        <translation>진행 화면 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the &amp;speaker…</source>
        <translation>발언자 선택(&amp;S)…</translation>
    </message>
    <message>
        <source>Find an attendee by name, 직위 or 소속</source>
        <translation>이름, 직위 또는 소속으로 참석자 찾기</translation>
    </message>
    <message>
        <source>Ne&amp;xt speaker in the queue</source>
        <translation>대기열 다음 발언자(&amp;X)</translation>
    </message>
    <message>
        <source>The first in the queue speaks</source>
        <translation>대기열 첫 사람이 발언합니다</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>결정사항(&amp;D)…</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>결정사항 기록</translation>
    </message>
    <message>
        <source>&amp;Action item…</source>
        <translation>조치사항(&amp;A)…</translation>
    </message>
    <message>
        <source>Record an action item</source>
        <translation>조치사항 기록</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the remark entr&amp;y</source>
        <translation>발언 입력으로(&amp;Y)</translation>
    </message>
    <message>
        <source>Change its spea&amp;ker…</source>
        <translation>발언자 바꾸기(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>A&amp;ttendance check-in</source>
        <translation>출석 확인(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit the remark…</source>
        <translation>발언 고치기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move to another item…</source>
        <translation>다른 안건으로 옮기기(&amp;M)…</translation>
    </message>
    <message>
        <source>De&amp;lete the remark</source>
        <translation>발언 삭제(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>프로젝터(&amp;P)</translation>
    </message>
    <message>
        <source>Open or close the audience window</source>
        <translation>참석자용 화면 열기/닫기</translation>
    </message>
    <message>
        <source>&amp;Blank the projector</source>
        <translation>프로젝터 화면 가리기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Larger type</source>
        <translation>글자 크게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller type</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <source>gsmeet &amp;Guide</source>
        <translation>gsmeet 사용 안내(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>회의(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>기록(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>Live session — gsmeet</source>
        <translation>회의 진행 — gsmeet</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>not yet on the server</source>
        <translation>서버에 아직 없음</translation>
    </message>
    <message>
        <source>Reading the session…</source>
        <translation>회의를 불러오는 중…</translation>
    </message>
    <message>
        <source>Speaker… (Ctrl+K)</source>
        <translation>발언자… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Type a remark and press Enter</source>
        <translation>발언을 입력하고 Enter</translation>
    </message>
</context>
<context>
    <name>MailServerBox</name>
    <message>
        <source>Mail server</source>
        <translation>메일 서버</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (포트 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>처음부터 TLS (포트 465)</translation>
    </message>
    <message>
        <source>None (this computer or the office network)</source>
        <translation>없음 (이 컴퓨터나 사무실 네트워크)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>서버(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>암호화(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>사용자(&amp;U)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>보내는 사람(&amp;R)</translation>
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
        <source>(read-only: it can be read and printed; nothing can be saved in it)</source>
        <translation>(읽기 전용: 보고 인쇄할 수 있으나 아무것도 저장할 수 없습니다)</translation>
    </message>
    <message>
        <source>This database holds no committee yet.</source>
        <translation>이 데이터베이스에는 아직 위원회가 없습니다.</translation>
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
        <source>{status} · live: {holder}</source>
        <translation>{status} · 진행 중: {holder}</translation>
    </message>
    <message>
        <source>Last run live by {holder} on {host}; no sign of that screen since {renewed}</source>
        <translation>{host}에서 진행: {holder} · {renewed} 이후 그 화면의 응답 없음</translation>
    </message>
    <message>
        <source>Being run live by {holder} on {host} since {since}</source>
        <translation>{since}부터 {host}에서 진행 중: {holder}</translation>
    </message>
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
        <source>Reading the session…</source>
        <translation>회의를 불러오는 중…</translation>
    </message>
    <message>
        <source>{everyone}   |   Members: {counts}   |   Quorum: {verdict}</source>
        <translation>{everyone}   |   위원: {counts}   |   정족수: {verdict}</translation>
    </message>
    <message>
        <source>nobody listed yet</source>
        <translation>명단 없음</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>위원 추가</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>위원 정보 수정</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Receives an attendance allowance</source>
        <translation>참석 수당 지급 대상</translation>
    </message>
    <message>
        <source>Public official (name shown in public minutes)</source>
        <translation>공무원 (공개 회의록에 성명 표시)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>성명(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>소속(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>직위(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>구분(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sub-committee</source>
        <translation>분과(&amp;S)</translation>
    </message>
    <message>
        <source>Term &amp;from</source>
        <translation>위촉일(&amp;F)</translation>
    </message>
    <message>
        <source>Term &amp;until</source>
        <translation>임기만료일(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>전화(&amp;H)</translation>
    </message>
    <message>
        <source>Changes take &amp;effect on</source>
        <translation>변경 적용일(&amp;E)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>변경 사유</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
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
        <source>Role</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Sub-committee</source>
        <translation>분과</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>임기</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>수당</translation>
    </message>
    <message>
        <source>Left the committee on {day}</source>
        <translation>{day} 해촉</translation>
    </message>
    <message>
        <source>Leaves the committee on {day}</source>
        <translation>{day} 해촉 예정</translation>
    </message>
    <message>
        <source>The term ended on {day}</source>
        <translation>{day} 임기 만료</translation>
    </message>
    <message>
        <source>The term ends on {day}, before the session of {session}</source>
        <translation>임기가 {day}에 끝나 {session} 회의 전에 만료됩니다</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes: {session}</source>
        <translation>회의록: {session}</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>P&amp;ublic version (names of private members masked)</source>
        <translation>공개용(&amp;U) (공무원이 아닌 위원의 성명 가림)</translation>
    </message>
    <message>
        <source>PDF (the record)</source>
        <translation>PDF (공식 기록)</translation>
    </message>
    <message>
        <source>Word (DOCX, editable copy)</source>
        <translation>워드 (DOCX, 편집용 사본)</translation>
    </message>
    <message>
        <source>Hangul (HWPX, editable copy)</source>
        <translation>한글 (HWPX, 편집용 사본)</translation>
    </message>
    <message>
        <source>Export, agenda packet and sign-in sheet are written in this format</source>
        <translation>내보내기, 회의자료, 서명부를 이 형식으로 씁니다</translation>
    </message>
    <message>
        <source>The day the draft is dated</source>
        <translation>초안에 적을 작성일</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>형식(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>판(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Written on</source>
        <translation>작성일(&amp;W)</translation>
    </message>
    <message>
        <source>Record a co&amp;rrection…</source>
        <translation>정정 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;open for correction…</source>
        <translation>정정을 위해 다시 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Version {n} (issued {day})</source>
        <translation>제{n}판 ({day} 확정)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Agenda packet…</source>
        <translation>안건 자료(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>서명부(&amp;S)…</translation>
    </message>
    <message>
        <source>Con&amp;firm…</source>
        <translation>확인(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>확정(&amp;I)…</translation>
    </message>
    <message>
        <source>Minutes can be issued once the session has been held</source>
        <translation>회의가 개최된 뒤에 회의록을 확정할 수 있습니다</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>저장함: {path}</translation>
    </message>
    <message>
        <source>Written: {path} ({pages} pages)</source>
        <translation>저장함: {path} ({pages}쪽)</translation>
    </message>
    <message>
        <source>Characters no font could draw were replaced in the PDF: {chars}</source>
        <translation>글꼴에 없는 문자를 PDF에서 대체했습니다: {chars}</translation>
    </message>
    <message>
        <source>Rendering {file}…</source>
        <translation>{file} 만드는 중…</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>회의록 내보내기</translation>
    </message>
    <message>
        <source>Save the agenda packet</source>
        <translation>안건 자료 저장</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>서명부 저장</translation>
    </message>
</context>
<context>
    <name>MinutesOutputs</name>
    <message>
        <source>Prin&amp;t</source>
        <translation>인쇄(&amp;T)</translation>
    </message>
    <message>
        <source>Print the minutes, agenda packet or sign-in sheet</source>
        <translation>회의록, 안건 자료, 참석 서명부를 인쇄합니다</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>회의록(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Agenda packet…</source>
        <translation>안건 자료(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>참석 서명부(&amp;S)…</translation>
    </message>
    <message>
        <source>Chairs&apos; pac&amp;kets</source>
        <translation>분과위원장 자료(&amp;K)</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>폴더 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>파일 관리자에서 폴더를 엽니다</translation>
    </message>
    <message>
        <source>&amp;All chairs…</source>
        <translation>모든 분과위원장(&amp;A)…</translation>
    </message>
    <message>
        <source>The packet of each strategy&apos;s 분과위원장: its actions and status table</source>
        <translation>전략별 분과위원장 자료: 조치사항과 추진 현황표</translation>
    </message>
    <message>
        <source>No strategy has a chair on the session&apos;s date</source>
        <translation>회의일 현재 분과위원장이 있는 전략이 없습니다</translation>
    </message>
    <message>
        <source>Save the packet of {strategy}</source>
        <translation>{strategy} 분과 자료 저장</translation>
    </message>
    <message>
        <source>Folder for the chairs&apos; packets</source>
        <translation>분과위원장 자료를 저장할 폴더</translation>
    </message>
    <message>
        <source>Replace the packets?</source>
        <translation>분과 자료를 바꿀까요?</translation>
    </message>
    <message>
        <source>{count} of these files are already in {folder}; replace them?
{names}</source>
        <translation>{folder}에 이미 이 파일 {count}개가 있습니다. 바꿀까요?
{names}</translation>
    </message>
    <message>
        <source>{count} packets written in {folder}</source>
        <translation>분과 자료 {count}개를 {folder}에 저장했습니다</translation>
    </message>
    <message>
        <source>Nothing printed: no temporary folder could be made in {folder}</source>
        <translation>인쇄하지 못했습니다: {folder}에 임시 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>인쇄를 취소했습니다.</translation>
    </message>
    <message>
        <source>Printing {file}…</source>
        <translation>{file} 인쇄 중…</translation>
    </message>
    <message>
        <source>Printing: page {done} of {of}…</source>
        <translation>인쇄 중: {of}쪽 중 {done}쪽…</translation>
    </message>
    <message>
        <source>Printed {pages} pages on {printer}</source>
        <translation>{printer}에 {pages}쪽을 인쇄했습니다</translation>
    </message>
    <message>
        <source>The printer {printer} could not be started; nothing was printed</source>
        <translation>프린터 {printer}을(를) 시작할 수 없어 아무것도 인쇄하지 않았습니다</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(선택 없음)</translation>
    </message>
</context>
<context>
    <name>OutcomeList</name>
    <message>
        <source>Decisions and action items</source>
        <translation>결정·조치사항</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>결정: {text}</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>조치: {text}</translation>
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
        <source>Members: {counts}</source>
        <translation>위원: {counts}</translation>
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
    <name>OwnersDialog</name>
    <message>
        <source>Actions of members who left</source>
        <translation>해촉 위원의 조치사항</translation>
    </message>
    <message>
        <source>No open action item has an owner who left.</source>
        <translation>담당자가 해촉된 미완료 조치사항이 없습니다.</translation>
    </message>
    <message>
        <source>(keep {owner})</source>
        <translation>({owner} 그대로)</translation>
    </message>
    <message>
        <source>{title} — {owner} (left), due {due}</source>
        <translation>{title} — {owner}(해촉), 기한 {due}</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>새 담당</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone {name}</source>
        <translation>{name} 연기</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>예정 일시</translation>
    </message>
    <message>
        <source>&amp;New date</source>
        <translation>새 날짜(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;start</source>
        <translation>새 시작 시각(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>시스템 설정 따르기 ({language})</translation>
    </message>
    <message>
        <source>The new language applies when gsmeet starts again.</source>
        <translation>바뀐 언어는 gsmeet을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>the folder last used</source>
        <translation>마지막으로 쓴 폴더</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>고르기(&amp;C)…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>창의 언어(&amp;W)</translation>
    </message>
    <message>
        <source>Type size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>&amp;Live screen</source>
        <translation>라이브 화면(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>프로젝터(&amp;P)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>문서(&amp;D)</translation>
    </message>
    <message>
        <source>Minutes, agenda packets and sign-in sheets are saved here first.</source>
        <translation>회의록, 안건 자료, 참석 서명부를 저장할 때 먼저 이 폴더가 열립니다.</translation>
    </message>
    <message>
        <source>The password is not kept here: it is typed when sending (Session ▸ Send the minutes…), or kept in the system&apos;s keyring.</source>
        <translation>암호는 여기에 저장하지 않습니다. 보낼 때 입력하거나(회의 ▸ 회의록 보내기…) 시스템 키링에 보관합니다.</translation>
    </message>
    <message>
        <source>Folder for documents</source>
        <translation>문서를 저장할 폴더</translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
    <message>
        <source>Prepare the next session</source>
        <translation>다음 회의 준비</translation>
    </message>
    <message>
        <source>&amp;Renew terms…</source>
        <translation>임기 연장(연임)(&amp;R)…</translation>
    </message>
    <message>
        <source>Prepare &amp;from</source>
        <translation>기준 회의(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>일자(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>회의 종류(&amp;K)</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>제목(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>시각(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>장소(&amp;P)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>의장</translation>
    </message>
    <message>
        <source>The standing agenda (opening, review of open action items, overview, one briefing per strategy, free discussion, closing) is set up with the times the previous session actually took, and every member in office is invited.</source>
        <translation>기본 안건(개회, 이전 조치사항 점검, 총괄개요, 전략별 추진상황 보고, 자율토론, 폐회)을 지난 회의의 실제 소요 시간으로 편성하고, 재임 중인 위원 모두를 초대합니다.</translation>
    </message>
    <message>
        <source>No session has been held yet to prepare the next one from.</source>
        <translation>다음 회의를 준비할 기준이 되는 개최 회의가 아직 없습니다.</translation>
    </message>
    <message>
        <source>{chair} (as at the session prepared from)</source>
        <translation>{chair} (기준 회의와 같음)</translation>
    </message>
    <message>
        <source>A new session is created on this date.</source>
        <translation>이 날짜에 새 회의를 만듭니다.</translation>
    </message>
    <message>
        <source>Fills the planned {session}; its agenda of {n} items is kept.</source>
        <translation>예정된 {session}에 채웁니다. 이미 있는 안건 {n}개는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Fills the planned {session}.</source>
        <translation>예정된 {session}에 채웁니다.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>gsmeet — projector</source>
        <translation>gsmeet — 프로젝터</translation>
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
        <source>Ended at {time}</source>
        <translation>{time} 종료</translation>
    </message>
    <message>
        <source>Speaking: {person}</source>
        <translation>발언: {person}</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start the session ({keys})</source>
        <translation>회의 시작 ({keys})</translation>
    </message>
    <message>
        <source>Build the agenda…</source>
        <translation>안건 만들기…</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Speakers&apos; queue</source>
        <translation>발언 대기</translation>
    </message>
    <message>
        <source>Nobody is waiting. Ctrl+K, then Ctrl+Enter, adds a person.</source>
        <translation>대기 중인 사람이 없습니다. Ctrl+K에서 Ctrl+Enter로 추가합니다.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>다음 발언자</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <source>Send</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>(no e-mail address)</source>
        <translation>(이메일 주소 없음)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>첨부 파일</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Version</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>확정일시</translation>
    </message>
    <message>
        <source>What it changed</source>
        <translation>바뀐 내용</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>kept · SHA-256 {sha}…</source>
        <translation>보관됨 · SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>not kept (issued before gsmeet kept files)</source>
        <translation>보관 안 됨(gsmeet이 파일을 보관하기 전 확정)</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>제{n}판</translation>
    </message>
    <message>
        <source>{n} correction(s) recorded for the next version: {items}</source>
        <translation>다음 판에 반영할 정정 {n}건: {items}</translation>
    </message>
    <message>
        <source>Confirmation: the session has no chair to confirm it</source>
        <translation>확인: 회의록을 확인할 주재자가 없습니다</translation>
    </message>
    <message>
        <source>{name}: confirmed {day}</source>
        <translation>{name}: {day} 확인</translation>
    </message>
    <message>
        <source>{name}: changed since confirmed</source>
        <translation>{name}: 확인 뒤 바뀜</translation>
    </message>
    <message>
        <source>{name}: not confirmed</source>
        <translation>{name}: 미확인</translation>
    </message>
    <message>
        <source>Confirmation: {people}</source>
        <translation>확인: {people}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; (meaning changed, not yet confirmed)</source>
        <translation>&apos;{text}&apos; (뜻이 바뀜, 아직 확인 안 됨)</translation>
    </message>
</context>
<context>
    <name>RecordsPane</name>
    <message>
        <source>Remarks</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>Decisions and action items</source>
        <translation>결정·조치사항</translation>
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
    <name>Recovery</name>
    <message>
        <source>Damaged database</source>
        <translation>손상된 데이터베이스</translation>
    </message>
    <message>
        <source>{problem}. Nothing was moved or changed.</source>
        <translation>{problem}. 아무것도 옮기거나 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no verified backup of it.</source>
        <translation>검증된 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Its newest verified backup is of {when}: {sessions} sessions, {people} people, {remarks} remarks. Restore it? The damaged file is kept beside it, unchanged.</source>
        <translation>가장 최근의 검증된 백업은 {when}의 것입니다: 회의 {sessions}건, 인물 {people}명, 발언 {remarks}건. 복원할까요? 손상된 파일은 그대로 옆에 보관됩니다.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>백업 복원(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Members</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Search names, organisations… (ㄱㅌㅎ finds 김태형)</source>
        <translation>성명, 소속 등 검색… (ㄱㅌㅎ → 김태형)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>위원 검색</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>모든 구분</translation>
    </message>
    <message>
        <source>Sub-committee</source>
        <translation>분과</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Show f&amp;ormer members</source>
        <translation>전직 위원 표시(&amp;O)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>수정(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>해촉(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;new terms…</source>
        <translation>임기 연장(연임)(&amp;N)…</translation>
    </message>
    <message>
        <source>연임: renew every serving member&apos;s term</source>
        <translation>연임: 재임 중인 모든 위원의 임기를 연장합니다</translation>
    </message>
    <message>
        <source>Add a member (Insert)</source>
        <translation>위원을 추가합니다 (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected member (Enter)</source>
        <translation>선택한 위원의 정보를 수정합니다 (Enter)</translation>
    </message>
    <message>
        <source>해촉: the member leaves the committee</source>
        <translation>해촉: 위원이 위원회를 떠납니다</translation>
    </message>
    <message>
        <source>All sub-committees</source>
        <translation>모든 분과</translation>
    </message>
    <message>
        <source>No sub-committee</source>
        <translation>분과 없음</translation>
    </message>
    <message>
        <source>{shown} shown · {active} in office on {day}</source>
        <translation>{shown}명 표시 · {day} 기준 재임 {active}명</translation>
    </message>
    <message>
        <source>terms checked against {session} ({day})</source>
        <translation>임기 확인 기준: {session}({day})</translation>
    </message>
    <message>
        <source>{names}: the term ends before {session} ({day})</source>
        <translation>{names}: {session}({day}) 전에 임기가 끝납니다</translation>
    </message>
</context>
<context>
    <name>RemarkEntry</name>
    <message>
        <source>Remark</source>
        <translation>발언</translation>
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
    <name>RenewDialog</name>
    <message>
        <source>Renew terms</source>
        <translation>임기 연장(연임)</translation>
    </message>
    <message>
        <source>{count} members&apos; terms end before the next session. Renew every serving member&apos;s term to:</source>
        <translation>위원 {count}명의 임기가 다음 회의 전에 끝납니다. 재임 중인 모든 위원의 임기를 다음 날까지로 연장합니다:</translation>
    </message>
    <message>
        <source>Renew every serving member&apos;s term to:</source>
        <translation>재임 중인 모든 위원의 임기를 다음 날까지로 연장합니다:</translation>
    </message>
    <message>
        <source>Term &amp;until</source>
        <translation>임기 만료일(&amp;U)</translation>
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
    <name>ReviewPanel</name>
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
        <source>Reviewed</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>Action items to review</source>
        <translation>점검할 조치사항</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>의견 (선택)</translation>
    </message>
    <message>
        <source>new due date, for a re-date</source>
        <translation>기한 조정 시 새 기한</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>완료(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속 추진(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Re-date</source>
        <translation>기한 조정(&amp;R)</translation>
    </message>
    <message>
        <source>Dr&amp;op</source>
        <translation>철회(&amp;O)</translation>
    </message>
    <message>
        <source>{owner} (left)</source>
        <translation>{owner}(해촉)</translation>
    </message>
    <message>
        <source>{owner} has left the committee: give the action to another member (Session ▸ Actions of members who left)</source>
        <translation>{owner}은(는) 해촉되었습니다. 다른 위원에게 맡기세요(회의 ▸ 해촉 위원의 조치사항)</translation>
    </message>
    <message>
        <source>Overdue: due {day}</source>
        <translation>기한 경과: {day}까지</translation>
    </message>
    <message>
        <source>{left} of {total} earlier action items still to review</source>
        <translation>이전 조치사항 {total}건 중 {left}건 점검 남음</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Import roster: {file}</source>
        <translation>명단 가져오기: {file}</translation>
    </message>
    <message>
        <source>Roster rows</source>
        <translation>명단의 행</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Import only &amp;valid rows</source>
        <translation>올바른 행만 가져오기(&amp;V)</translation>
    </message>
    <message>
        <source>No committee is open.</source>
        <translation>열린 위원회가 없습니다.</translation>
    </message>
    <message>
        <source>{new} new · {updated} updated · {unchanged} unchanged · {invalid} invalid</source>
        <translation>신규 {new} · 변경 {updated} · 변동 없음 {unchanged} · 오류 {invalid}</translation>
    </message>
    <message>
        <source>Invalid rows are marked in red. Correct the file and import it again, or import only the valid rows.</source>
        <translation>오류가 있는 행은 빨간색으로 표시됩니다. 파일을 고쳐 다시 가져오거나 올바른 행만 가져오세요.</translation>
    </message>
    <message>
        <source>Roster imported: {new} new, {updated} updated, {skipped} skipped</source>
        <translation>명단을 가져왔습니다: 신규 {new}, 변경 {updated}, 제외 {skipped}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변동 없음</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
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
        <source>Role</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Sub-committee</source>
        <translation>분과</translation>
    </message>
    <message>
        <source>Reason / changes</source>
        <translation>사유 / 변경 내용</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find in sessions</source>
        <translation>회의 기록 찾기</translation>
    </message>
    <message>
        <source>Words of remarks, decisions, action items, agenda, briefings — ㅊㅇㅈ: 최영조</source>
        <translation>발언, 결정, 조치사항, 안건, 추진상황 보고에서 찾을 낱말 — ㅊㅇㅈ: 최영조</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Type a word or more; every one must match.</source>
        <translation>낱말을 하나 이상 입력하세요. 입력한 낱말이 모두 들어 있는 기록을 찾습니다.</translation>
    </message>
    <message>
        <source>Nothing found for {words}.</source>
        <translation>&apos;{words}&apos;에 맞는 기록이 없습니다.</translation>
    </message>
    <message>
        <source>The first {count} hits: there are more; add a word to narrow it.</source>
        <translation>처음 {count}건입니다. 더 있으니 낱말을 더 넣어 좁혀 보세요.</translation>
    </message>
    <message>
        <source>{count} hits</source>
        <translation>{count}건</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send the minutes: {session}</source>
        <translation>회의록 보내기: {session}</translation>
    </message>
    <message>
        <source>typed here, or from GSMEET_SMTP_PASSWORD</source>
        <translation>여기에 입력하거나 GSMEET_SMTP_PASSWORD에서</translation>
    </message>
    <message>
        <source>Keep it in the system&apos;s &amp;keyring</source>
        <translation>시스템 키링에 보관(&amp;K)</translation>
    </message>
    <message>
        <source>This system has no keyring to keep it in</source>
        <translation>이 시스템에는 암호를 보관할 키링이 없습니다</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>암호(&amp;W)</translation>
    </message>
    <message>
        <source>Pu&amp;blic version (names of private members masked)</source>
        <translation>공개용(&amp;B) (공무원이 아닌 위원의 성명 가림)</translation>
    </message>
    <message>
        <source>Each 분과위원장 also gets their strategy&apos;s &amp;packet</source>
        <translation>분과위원장에게 분과 자료도(&amp;P)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Sent so far</source>
        <translation>발송 기록</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>편지</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>보내기(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation>실패한 것만 다시(&amp;T)</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>제목: {subject}</translation>
    </message>
    <message>
        <source>Sent so far ({count})</source>
        <translation>발송 기록 ({count})</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>{failed} of {total} not sent; Retry failed sends only those.</source>
        <translation>{total}건 중 {failed}건을 보내지 못했습니다. &apos;실패한 것만 다시&apos;는 그것만 보냅니다.</translation>
    </message>
    <message>
        <source>Sent to {count} recipients.</source>
        <translation>{count}명에게 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server database</source>
        <translation>서버 데이터베이스 열기</translation>
    </message>
    <message>
        <source>The database&apos;s address, e.g. postgresql://kim@db.city.go.kr/committees or, on this computer, postgresql://kim@/committees?host=/run/postgresql. The password is asked for when the server wants one.</source>
        <translation>데이터베이스 주소를 입력하세요. 예: postgresql://kim@db.city.go.kr/committees, 이 컴퓨터의 서버라면 postgresql://kim@/committees?host=/run/postgresql. 서버가 비밀번호를 요구하면 따로 묻습니다.</translation>
    </message>
    <message>
        <source>Server database:</source>
        <translation>서버 데이터베이스:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Session time</source>
        <translation>회의 경과 시간</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>정족수</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>프로젝터</translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>서버에 아직 없음</translation>
    </message>
    <message>
        <source>Enrolled {enrolled} · present {present}</source>
        <translation>재적 {enrolled} · 출석 {present}</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>정족수 충족</translation>
    </message>
    <message>
        <source>Quorum not met ({required} needed)</source>
        <translation>정족수 미달 ({required}명 필요)</translation>
    </message>
    <message>
        <source>Not yet on the server: {count}</source>
        <translation>서버에 아직 없음 {count}건</translation>
    </message>
    <message>
        <source>The server does not answer. What was typed is kept on this computer and sent by itself when the connection is back.</source>
        <translation>서버가 응답하지 않습니다. 입력한 내용은 이 컴퓨터에 보관했다가 연결이 돌아오면 저절로 보냅니다.</translation>
    </message>
    <message>
        <source>Projector blanked</source>
        <translation>프로젝터 가림</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>프로젝터 표시 중</translation>
    </message>
    <message>
        <source>Session {elapsed} · now {clock}</source>
        <translation>회의 {elapsed} · 현재 {clock}</translation>
    </message>
    <message>
        <source>Not started · planned {time}</source>
        <translation>시작 전 · {time} 예정</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The session has started ({time}); {undo} takes the start back</source>
        <translation>회의가 시작되었습니다 ({time}). {undo}: 시작 취소</translation>
    </message>
    <message>
        <source>The session has ended ({time}); {undo} takes the end back</source>
        <translation>회의가 종료되었습니다 ({time}). {undo}: 종료 취소</translation>
    </message>
    <message>
        <source>Not ended: the checklist changed nothing</source>
        <translation>회의를 종료하지 않았습니다: 점검 목록에서 바뀐 것은 없습니다</translation>
    </message>
    <message>
        <source>The entry holds text not saved: “{text}”</source>
        <translation>입력란에 저장하지 않은 글이 있습니다: “{text}”</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장했습니다</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>버렸습니다</translation>
    </message>
    <message>
        <source>{count} items never taken up: {names}</source>
        <translation>다루지 않은 안건 {count}건: {names}</translation>
    </message>
    <message>
        <source>Go to the first</source>
        <translation>첫 안건으로 가기</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>Left: the minutes show them without a record</source>
        <translation>그대로 둠: 회의록에는 기록 없이 실립니다</translation>
    </message>
    <message>
        <source>{count} spoke but never checked in: {names}; the minutes list them as present</source>
        <translation>{count}명이 출석 확인 없이 발언했습니다: {names} — 회의록에는 출석으로 적힙니다</translation>
    </message>
    <message>
        <source>Mark them present</source>
        <translation>출석으로 기록</translation>
    </message>
    <message>
        <source>Marked present: {names}</source>
        <translation>출석으로 기록: {names}</translation>
    </message>
    <message>
        <source>{count} members never checked in; the minutes list them as absent</source>
        <translation>출석 확인이 안 된 위원 {count}명: 회의록에는 불참으로 적힙니다</translation>
    </message>
    <message>
        <source>Mark them absent</source>
        <translation>불참으로 기록</translation>
    </message>
    <message>
        <source>Marked absent: {count}</source>
        <translation>불참으로 기록: {count}명</translation>
    </message>
    <message>
        <source>Leave them unconfirmed</source>
        <translation>미확인으로 두기</translation>
    </message>
    <message>
        <source>Left unconfirmed: the minutes list them as absent</source>
        <translation>미확인으로 둠: 회의록에는 불참으로 적힙니다</translation>
    </message>
    <message>
        <source>Go to the review</source>
        <translation>점검 안건으로 가기</translation>
    </message>
    <message>
        <source>Carry them over</source>
        <translation>다음 회의로 넘기기</translation>
    </message>
    <message>
        <source>Carried over: they stay open for the next session</source>
        <translation>넘김: 다음 회의에서 계속 점검합니다</translation>
    </message>
    <message>
        <source>{count} earlier action items not reviewed</source>
        <translation>이전 조치사항 {count}건을 점검하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>새 회의</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>회의 정보 수정</translation>
    </message>
    <message>
        <source>The whole committee</source>
        <translation>위원회 전체</translation>
    </message>
    <message>
        <source>next in its series</source>
        <translation>다음 회차(자동)</translation>
    </message>
    <message>
        <source>Use this number</source>
        <translation>이 회차 번호로 정함</translation>
    </message>
    <message>
        <source>&amp;Renew terms…</source>
        <translation>임기 연장(연임)(&amp;R)…</translation>
    </message>
    <message>
        <source>(by default: the chair in office)</source>
        <translation>(기본: 재임 중인 위원장)</translation>
    </message>
    <message>
        <source>(by default: the secretary in office)</source>
        <translation>(기본: 재임 중인 간사)</translation>
    </message>
    <message>
        <source>One guest a line: name|organisation|position</source>
        <translation>한 줄에 한 명: 성명|소속|직위</translation>
    </message>
    <message>
        <source>(list everyone)</source>
        <translation>(모두 명단으로)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>회의 종류(&amp;K)</translation>
    </message>
    <message>
        <source>Held &amp;by</source>
        <translation>개최 단위(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>회차(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>종료(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>장소(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>주재(&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;cretary</source>
        <translation>간사(&amp;C)</translation>
    </message>
    <message>
        <source>D&amp;isclosure</source>
        <translation>공개 구분(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>내빈(&amp;G)</translation>
    </message>
    <message>
        <source>Headc&amp;ount</source>
        <translation>참석 인원(&amp;O)</translation>
    </message>
    <message>
        <source>The standing agenda</source>
        <translation>기본 안건(개회·점검·총괄·전략별 보고·토론·폐회)</translation>
    </message>
    <message>
        <source>A copy of another session&apos;s agenda</source>
        <translation>다른 회의의 안건 복사</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>안건 없이</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>안건(&amp;A)</translation>
    </message>
    <message>
        <source>Cop&amp;y from</source>
        <translation>복사할 회의(&amp;Y)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>{kind} sessions are not numbered.</source>
        <translation>{kind}에는 회차 번호를 매기지 않습니다.</translation>
    </message>
    <message>
        <source>A later session already holds the number in date order; numbers of sessions held never change. No. {number} is free: confirm it or give another.</source>
        <translation>날짜 순서의 회차 번호는 이미 뒤의 회의가 쓰고 있습니다. 열린 회의의 회차는 바뀌지 않습니다. 제{number}차가 비어 있으니 확인하거나 다른 번호를 정하세요.</translation>
    </message>
    <message>
        <source>No. {number} in its series.</source>
        <translation>회차: 제{number}차</translation>
    </message>
</context>
<context>
    <name>SideColumn</name>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Speakers&apos; queue ({count})</source>
        <translation>발언 대기 ({count})</translation>
    </message>
</context>
<context>
    <name>SpeakerController</name>
    <message>
        <source>nobody</source>
        <translation>지정 안 됨</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>발언자: {name}</translation>
    </message>
    <message>
        <source>(not checked in)</source>
        <translation>(출석 미확인)</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>출석 미확인</translation>
    </message>
    <message>
        <source>{name} is not checked in. Mark present now?</source>
        <translation>{name}의 출석이 확인되지 않았습니다. 지금 출석으로 기록할까요?</translation>
    </message>
    <message>
        <source>{name} speaks without being checked in</source>
        <translation>{name}: 출석 확인 없이 발언</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <source>Speaker</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>찾은 사람</translation>
    </message>
    <message>
        <source>Name, 직위 or 소속 — ㅊㅇㅈ finds 최영조</source>
        <translation>이름, 직위 또는 소속 — ㅊㅇㅈ로 최영조 찾기</translation>
    </message>
    <message>
        <source>Enter: speaker now · Ctrl+Enter: add to the queue · Esc: cancel</source>
        <translation>Enter: 지금 발언자 · Ctrl+Enter: 대기열에 추가 · Esc: 취소</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>Task status</source>
        <translation>과제 상태</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>바꿀 상태</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>Add strategy</source>
        <translation>전략 추가</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>전략 이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sub-committee</source>
        <translation>담당 분과(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StrategyModel</name>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진척도</translation>
    </message>
    <message>
        <source>retired from {day}</source>
        <translation>{day}부터 사용 중지</translation>
    </message>
    <message>
        <source>Overdue: the target date {day} has passed and the task is not done</source>
        <translation>기한 경과: 목표일 {day}이 지났으나 완료되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Strategy register</source>
        <translation>추진과제</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>세부과제 추가(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>아래로(&amp;W)</translation>
    </message>
    <message>
        <source>Add a&amp;chievement…</source>
        <translation>성과 추가(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a task to the selected strategy (Insert)</source>
        <translation>선택한 전략에 세부과제를 추가합니다 (Insert)</translation>
    </message>
    <message>
        <source>Delete the selected task or achievement (Delete)</source>
        <translation>선택한 세부과제 또는 성과를 삭제합니다 (Delete)</translation>
    </message>
    <message>
        <source>Move the task, strategy or track up (Alt+Up)</source>
        <translation>과제·전략·추진 분야를 위로 옮깁니다(Alt+Up)</translation>
    </message>
    <message>
        <source>Move the task, strategy or track down (Alt+Down)</source>
        <translation>과제·전략·추진 분야를 아래로 옮깁니다(Alt+Down)</translation>
    </message>
    <message>
        <source>{tasks} tasks · {overdue} overdue</source>
        <translation>세부과제 {tasks}개 · 기한 경과 {overdue}개</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>새 세부과제</translation>
    </message>
</context>
<context>
    <name>TakeOffline</name>
    <message>
        <source>Take the session offline</source>
        <translation>회의 반출</translation>
    </message>
    <message>
        <source>gsmeet databases (*.db)</source>
        <translation>gsmeet 데이터베이스 (*.db)</translation>
    </message>
    <message>
        <source>Copy {session} and the committee&apos;s registers into {file} for a laptop?

Until it is brought back (File ▸ Bring session back…), the session is recorded only on the laptop; here it can be read but not changed.</source>
        <translation>노트북에서 쓰도록 {session}의 기록과 위원회 명부를 {file}에 복사할까요?

되가져올 때까지(파일 ▸ 반출한 회의 되가져오기…) 이 회의는 노트북에서만 기록합니다. 여기서는 읽을 수만 있고 고칠 수 없습니다.</translation>
    </message>
    <message>
        <source>{session} is out on {file}: it is recorded there until it is brought back (File ▸ Bring session back…).</source>
        <translation>{session}의 기록을 {file}(으)로 반출했습니다. 되가져올 때까지(파일 ▸ 반출한 회의 되가져오기…) 그곳에서 기록합니다.</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>{name} (has left)</source>
        <translation>{name} (해촉)</translation>
    </message>
    <message>
        <source>{name} has left the committee (해촉): give this action to someone else</source>
        <translation>{name} 님은 위원회를 떠났습니다(해촉). 이 조치사항을 다른 담당에게 맡기세요</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Sub-committee</source>
        <translation>분과</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>조치사항</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>결정 회의</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>최근 점검</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <source>&amp;Open only</source>
        <translation>미결만(&amp;O)</translation>
    </message>
    <message>
        <source>Overdue o&amp;n</source>
        <translation>기한 경과 기준일(&amp;N)</translation>
    </message>
    <message>
        <source>Owner — a name or its initials (ㅇㅈㅎ)</source>
        <translation>담당 — 이름 또는 초성(ㅇㅈㅎ)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Sub-committee</source>
        <translation>분과</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>엑셀로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>조치사항</translation>
    </message>
    <message>
        <source>All sub-committees</source>
        <translation>모든 분과</translation>
    </message>
    <message>
        <source>{shown} of {total} action items</source>
        <translation>조치사항 {total}건 중 {shown}건</translation>
    </message>
    <message>
        <source>{count} with an owner who has left</source>
        <translation>해촉된 담당 {count}건</translation>
    </message>
    <message>
        <source>{committee} action items {day}.xlsx</source>
        <translation>{committee} 조치사항 {day}.xlsx</translation>
    </message>
    <message>
        <source>Export the action items</source>
        <translation>조치사항 내보내기</translation>
    </message>
    <message>
        <source>{count} action items written to {path}</source>
        <translation>조치사항 {count}건을 썼습니다: {path}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Start with your committee</source>
        <translation>위원회로 시작하기</translation>
    </message>
    <message>
        <source>&amp;Create a committee…</source>
        <translation>위원회 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>Its name, host body, secretary, quorum rules and sub-committees; then its members and strategies, and its first session.</source>
        <translation>이름, 개최기관, 간사, 정족수, 분과를 정하고, 이어서 위원과 전략, 첫 회의를 입력합니다.</translation>
    </message>
    <message>
        <source>Open the &amp;demo committee</source>
        <translation>예시 위원회 열기(&amp;D)</translation>
    </message>
    <message>
        <source>경산발전전략위원회 with sample data, to look around first (kept in a file of its own).</source>
        <translation>예시 자료가 든 경산발전전략위원회로 먼저 둘러봅니다(별도 파일에 보관).</translation>
    </message>
    <message>
        <source>&amp;Import a JSON export…</source>
        <translation>JSON 내보내기 파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>A committee exported from gsmeet on another computer.</source>
        <translation>다른 컴퓨터의 gsmeet에서 내보낸 위원회입니다.</translation>
    </message>
    <message>
        <source>This database holds no committee yet: {path}</source>
        <translation>이 데이터베이스에는 아직 위원회가 없습니다: {path}</translation>
    </message>
    <message>
        <source>No database is open yet.</source>
        <translation>아직 열린 데이터베이스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sessions</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Committee register</source>
        <translation>위원 명부</translation>
    </message>
    <message>
        <source>Strategy register</source>
        <translation>추진과제</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>조치사항</translation>
    </message>
</context>
<context>
    <name>WrittenNote</name>
    <message>
        <source>Open folde&amp;r</source>
        <translation>폴더 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>파일 관리자에서 폴더를 엽니다</translation>
    </message>
</context>
<context>
    <name>_CheckedField</name>
    <message>
        <source>Required</source>
        <translation>필수 입력</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Add agenda item {title}</source>
        <translation>안건 추가: {title}</translation>
    </message>
    <message>
        <source>Delete agenda item {title}</source>
        <translation>안건 삭제: {title}</translation>
    </message>
    <message>
        <source>Edit agenda item {title}</source>
        <translation>안건 수정: {title}</translation>
    </message>
    <message>
        <source>Indent agenda item {title}</source>
        <translation>하위 안건으로: {title}</translation>
    </message>
    <message>
        <source>Outdent agenda item {title}</source>
        <translation>상위 안건으로: {title}</translation>
    </message>
    <message>
        <source>Move agenda item {title}</source>
        <translation>안건 이동: {title}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{path} is open in another gsmeet window, which was brought forward</source>
        <translation>다른 gsmeet 창에서 열려 있는 {path}: 그 창을 앞으로 가져왔습니다</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Change the kinds of session</source>
        <translation>회의 종류 변경</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>Remark deleted: {what}</source>
        <translation>발언 삭제: {what}</translation>
    </message>
    <message>
        <source>Decision deleted: {what}</source>
        <translation>결정사항 삭제: {what}</translation>
    </message>
    <message>
        <source>Action item deleted: {what}</source>
        <translation>조치사항 삭제: {what}</translation>
    </message>
    <message>
        <source>Restored: {what}</source>
        <translation>되살림: {what}</translation>
    </message>
    <message>
        <source>Save an entry</source>
        <translation>기록 저장</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>결정사항 기록</translation>
    </message>
    <message>
        <source>Record an action item</source>
        <translation>조치사항 기록</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Edit a remark</source>
        <translation>발언 수정</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>{name} 출석 확인</translation>
    </message>
    <message>
        <source>Check-in undone: {name}</source>
        <translation>출석 확인 취소: {name}</translation>
    </message>
    <message>
        <source>Change a task&apos;s status</source>
        <translation>과제 상태 변경</translation>
    </message>
    <message>
        <source>Record an achievement</source>
        <translation>성과 기록</translation>
    </message>
    <message>
        <source>Review an action item</source>
        <translation>조치사항 점검</translation>
    </message>
    <message>
        <source>Mark {count} present</source>
        <translation>{count}명 출석 기록</translation>
    </message>
    <message>
        <source>Mark {count} absent</source>
        <translation>{count}명 불참 기록</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>회의 시작</translation>
    </message>
    <message>
        <source>The session is not started any more</source>
        <translation>회의 시작을 취소했습니다</translation>
    </message>
    <message>
        <source>Go to another item</source>
        <translation>안건 이동</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>회의 종료</translation>
    </message>
    <message>
        <source>The session is in progress again</source>
        <translation>회의가 다시 진행 중입니다</translation>
    </message>
</context>
<context>
    <name>owners</name>
    <message>
        <source>Give {n} action items to others</source>
        <translation>조치사항 {n}건 담당 변경</translation>
    </message>
</context>
<context>
    <name>prepare</name>
    <message>
        <source>Prepare the session of {day}</source>
        <translation>{day} 회의 준비</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>{owner} (left)</source>
        <translation>{owner}(해촉)</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <source>Add member {name}</source>
        <translation>위원 추가: {name}</translation>
    </message>
    <message>
        <source>Edit member {name}</source>
        <translation>위원 수정: {name}</translation>
    </message>
    <message>
        <source>Deactivate member {name}</source>
        <translation>위원 해촉: {name}</translation>
    </message>
    <message>
        <source>Import roster {file}</source>
        <translation>명단 가져오기: {file}</translation>
    </message>
    <message>
        <source>Renew terms</source>
        <translation>임기 연장(연임)</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>New session {name}</source>
        <translation>새 회의 {name}</translation>
    </message>
    <message>
        <source>Edit session {name}</source>
        <translation>회의 수정 {name}</translation>
    </message>
    <message>
        <source>Postpone {name}</source>
        <translation>회의 연기 {name}</translation>
    </message>
    <message>
        <source>Open a committee first.</source>
        <translation>먼저 위원회를 여세요.</translation>
    </message>
    <message>
        <source>Cancel {name}</source>
        <translation>회의 취소 {name}</translation>
    </message>
    <message>
        <source>Why is it cancelled? (shown in the session list)</source>
        <translation>취소 사유(회의 목록에 표시됨)</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>회의 삭제 {name}</translation>
    </message>
    <message>
        <source>Delete this session with its agenda and invitations? Undo brings it back.</source>
        <translation>이 회의를 안건·참석 대상과 함께 지울까요? 실행 취소로 되살릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>starting</name>
    <message>
        <source>New committee {name}</source>
        <translation>새 위원회 {name}</translation>
    </message>
    <message>
        <source>Import a gsmeet export</source>
        <translation>gsmeet 내보내기 파일 가져오기</translation>
    </message>
    <message>
        <source>gsmeet exports (*.json);;All files (*)</source>
        <translation>gsmeet 내보내기 파일 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>strategies</name>
    <message>
        <source>Change the status of {task}</source>
        <translation>상태 변경: {task}</translation>
    </message>
    <message>
        <source>Edit task {task}</source>
        <translation>세부과제 수정: {task}</translation>
    </message>
    <message>
        <source>Add task {task}</source>
        <translation>세부과제 추가: {task}</translation>
    </message>
    <message>
        <source>Delete task {task}</source>
        <translation>세부과제 삭제: {task}</translation>
    </message>
    <message>
        <source>Move task {task}</source>
        <translation>세부과제 이동: {task}</translation>
    </message>
    <message>
        <source>Add achievement {text}</source>
        <translation>성과 추가: {text}</translation>
    </message>
    <message>
        <source>Delete achievement {text}</source>
        <translation>성과 삭제: {text}</translation>
    </message>
    <message>
        <source>Add track {name}</source>
        <translation>추진 분야 추가 {name}</translation>
    </message>
    <message>
        <source>Add strategy {name}</source>
        <translation>전략 추가 {name}</translation>
    </message>
    <message>
        <source>Rename {old}</source>
        <translation>이름 바꾸기 {old}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>옮기기 {name}</translation>
    </message>
    <message>
        <source>Retire {name}</source>
        <translation>사용 중지 {name}</translation>
    </message>
    <message>
        <source>Bring back {name}</source>
        <translation>다시 사용 {name}</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>No. {number}</source>
        <translation>제{number}차</translation>
    </message>
    <message>
        <source>(postponed from {day})</source>
        <translation>({day}에서 연기)</translation>
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
        <source>Enrolled {enrolled} · present {present} · absent {absent} · not checked in {unchecked}</source>
        <translation>재적 {enrolled}명 · 출석 {present}명 · 불참 {absent}명 · 미확인 {unchecked}명</translation>
    </message>
    <message>
        <source>Enrolled {enrolled} · present {present} · absent {absent}</source>
        <translation>재적 {enrolled}명 · 출석 {present}명 · 불참 {absent}명</translation>
    </message>
    <message>
        <source>Everyone {count} · came {came} · absent {absent}</source>
        <translation>전체 {count}명 · 참석 {came}명 · 불참 {absent}명</translation>
    </message>
    <message>
        <source> · not checked in {unchecked}</source>
        <translation> · 미확인 {unchecked}명</translation>
    </message>
    <message>
        <source>No quorum for this kind of session</source>
        <translation>이 회의 종류에는 정족수가 없음</translation>
    </message>
    <message>
        <source>not counted before the session</source>
        <translation>회의 전이라 집계하지 않음</translation>
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
        <translation>{verdict} (의사정족수 {required}명)</translation>
    </message>
</context>
</TS>
