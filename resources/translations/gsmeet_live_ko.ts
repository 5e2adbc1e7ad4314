<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Find: name, 소속 or ㅊㅇㅈ</source>
        <translation>찾기: 이름, 소속 또는 ㅊㅇㅈ</translation>
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
        <source>Pro&amp;xy…</source>
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
        <translation>재적 {enrolled}명 · 출석 {present}명 · 의결정족수 {required}명 · {verdict}</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>불참</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>대리 출석</translation>
    </message>
    <message>
        <source>Name of the proxy (and position):</source>
        <translation>대리 출석자 이름(직위):</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Reading the briefing…</source>
        <translation>추진상황을 불러오는 중…</translation>
    </message>
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
        <source>Change &amp;status…</source>
        <translation>상태 변경(&amp;S)…</translation>
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
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Required</source>
        <translation>필수 입력</translation>
    </message>
    <message>
        <source>There is no month {month}</source>
        <translation>{month}월은 없습니다</translation>
    </message>
    <message>
        <source>Month {month} has only {days} days, not {day}</source>
        <translation>{month}월은 {days}일까지입니다 ({day}일은 없음)</translation>
    </message>
    <message>
        <source>Not a date: type 2019. 12. 31., 12/31 or 12월 31일</source>
        <translation>날짜가 아닙니다: 2019. 12. 31., 12/31 또는 12월 31일처럼 입력하세요</translation>
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
    <name>LiveActions</name>
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
        <source>Back to the &amp;remark entry</source>
        <translation>발언 입력으로(&amp;R)</translation>
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
        <source>Change its &amp;speaker…</source>
        <translation>발언자 바꾸기(&amp;S)…</translation>
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
    <name>LiveHistory</name>
    <message>
        <source>{message} (the undo history was cleared)</source>
        <translation>{message} (실행 취소 기록을 비웠습니다)</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>Go to another item</source>
        <translation>안건 이동</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>회의 종료</translation>
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
        <source>Check in</source>
        <translation>출석 확인</translation>
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
        <source>Decisions and action items</source>
        <translation>결정·조치사항</translation>
    </message>
    <message>
        <source>Speaker… (Ctrl+K)</source>
        <translation>발언자… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Type a remark and press Enter</source>
        <translation>발언을 입력하고 Enter</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Speakers&apos; queue</source>
        <translation>발언 대기</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>회의가 종료되었습니다</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>결정: {text}</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>조치: {text}</translation>
    </message>
    <message>
        <source>No item is under way: move to an item first</source>
        <translation>진행 중인 안건이 없습니다. 먼저 안건으로 이동하세요</translation>
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
        <source>Not saved: {message}</source>
        <translation>저장되지 않음: {message}</translation>
    </message>
    <message>
        <source>Unsaved text from last time restored</source>
        <translation>지난번에 저장하지 못한 글을 되살렸습니다</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>지정 안 됨</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>발언자: {name}</translation>
    </message>
    <message>
        <source>Edit the remark</source>
        <translation>발언 고치기</translation>
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
    <message>
        <source>End the session</source>
        <translation>회의 종료</translation>
    </message>
    <message>
        <source>End the session now? The end time is recorded and the session is held.</source>
        <translation>지금 회의를 마칠까요? 종료 시각이 기록되고 회의는 개최 완료가 됩니다.</translation>
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
        <source>Please wait</source>
        <translation>잠시 기다려 주십시오</translation>
    </message>
    <message>
        <source>Speaking: {person}</source>
        <translation>발언: {person}</translation>
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
    <name>RemarkEntry</name>
    <message>
        <source>Remark</source>
        <translation>발언</translation>
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
        <source>Dro&amp;p</source>
        <translation>철회(&amp;P)</translation>
    </message>
    <message>
        <source>{left} of {total} earlier action items still to review</source>
        <translation>이전 조치사항 {total}건 중 {left}건 점검 남음</translation>
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
        <source>Session {elapsed} · now {clock}</source>
        <translation>회의 {elapsed} · 현재 {clock}</translation>
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
</TS>
