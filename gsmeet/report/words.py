"""The fixed words of the documents, in Korean and English.

Vocabulary values (statuses, roles, kinds) come from :mod:`gsmeet.domain.labels`; these
are the headings, column titles and phrases only the printed documents use.
"""

from __future__ import annotations

from gsmeet.domain.labels import Lang

_WORDS: dict[str, tuple[str, str]] = {
    # the minutes' sections, in order (minutes.md)
    "sec.overview": ("회의 개요", "Overview"),
    "sec.attendance": ("참석 현황", "Attendance"),
    "sec.order": ("진행순서", "Running order"),
    "sec.agenda": ("상정안건", "Agenda"),
    "sec.proceedings": ("회의내용(발언요지)", "Proceedings"),
    "sec.decisions": ("결정사항 및 표결내용", "Decisions and votes"),
    "sec.review": ("이전 조치사항 점검", "Review of previous actions"),
    "sec.plan": ("향후 조치계획", "Action plan"),
    "sec.signoff": ("작성·확인", "Sign-off"),
    "sec.annexes": ("붙임", "Annexes"),
    # overview
    "meeting": ("회의명", "Meeting"),
    "host": ("개최기관", "Host body"),
    "when": ("일시", "Date and time"),
    "place": ("장소", "Place"),
    "chair": ("주재", "Chair"),
    "disclosure": ("공개 구분", "Disclosure"),
    "minutes": ("회의록", "Minutes"),
    "title.minutes": ("{meeting} 회의록", "{meeting}: minutes"),
    "title.agenda": ("{meeting} 회의자료(안건)", "{meeting}: agenda"),
    "title.signin": ("{meeting} 참석자 서명부", "{meeting}: sign-in sheet"),
    "title.packet": ("{meeting} 분과 자료: {strategy}", "{meeting}: packet for {strategy}"),
    "draft": ("초안", "DRAFT"),
    "version": ("제{n}판", "version {n}"),
    "changes": ("수정 사항", "Changes in this version"),
    "changes.intro": (
        "이 회의록은 {date} 확정본을 수정한 제{n}판입니다.",
        "This is version {n} of the minutes, correcting the version issued on {date}.",
    ),
    "changes.errata": (
        "고친 내용은 아래 정오표와 같습니다(쪽은 고치기 전 판의 쪽).",
        "What was corrected is listed in the errata below (pages of the version corrected).",
    ),
    "authoritative": (
        "※ 이 문서는 편집용 사본입니다. 공식 기록은 {date} 확정된 PDF 회의록"
        "(제{n}판, SHA-256 {sha})입니다.",
        "※ An editable copy. The record is the PDF of the minutes issued on {date} "
        "(version {n}, SHA-256 {sha}).",
    ),
    # errata (정오표) of a corrected version
    "errata": ("정오표 ({version})", "Errata ({version})"),
    "errata.where": ("쪽·항목", "Page, item"),
    "errata.before": ("정정 전", "Before"),
    "errata.after": ("정정 후", "After"),
    "errata.reason": ("사유", "Reason"),
    "errata.page": ("{n}쪽", "p. {n}"),
    "errata.asked": ("요청: {who}", "asked by {who}"),
    "errata.none": ("(없음)", "(none)"),
    "errata.remark": ("회의내용: {who} 발언", "Proceedings: remark of {who}"),
    "errata.remark_plain": ("회의내용: 발언", "Proceedings: a remark"),
    "errata.decision": ("결정사항 {n}", "Decision {n}"),
    "errata.decision_plain": ("결정사항", "Decision"),
    "errata.action_title": ("향후 조치계획: 과제", "Action plan: action"),
    "errata.action_detail": ("향후 조치계획: 조치내용", "Action plan: what is to be done"),
    "errata.agenda_title": ("상정안건: 안건명", "Agenda: title"),
    # attendance
    "counts": (
        "재적 {enrolled}명 / 출석 {present}명 / 불참 {absent}명",
        "Enrolled {enrolled} / present {present} / absent {absent}",
    ),
    "counts.unchecked": (" / 미확인 {n}명", " / not checked in {n}"),
    "headcount": ("참석 인원 약 {n}명", "About {n} present"),
    "guests": ("내빈", "Guests"),
    "quorum.met": ("정족수 충족", "quorum met"),
    "quorum.short": ("정족수 미달", "quorum not met"),
    "quorum.required": ("의사정족수 {n}명", "{n} required"),
    "present": ("참석자", "Members present"),
    "absent": ("불참자", "Members absent"),
    "observers": ("배석자", "Observers"),
    "secretary": ("간사", "Secretary"),
    "none": ("없음", "None"),
    "role": ("구분", "Role"),
    "name": ("성명", "Name"),
    "organisation": ("소속", "Organisation"),
    "position": ("직위", "Position"),
    "department": ("부서", "Department"),
    "reason": ("사유", "Reason"),
    "arrived": ("도착", "Arrived"),
    "proxy": ("대리출석: {name}", "proxy: {name}"),
    "guest": ("참고인", "Guest"),
    # running order and agenda
    "no": ("순서", "No."),
    "time": ("시각", "Time"),
    "planned_time": ("예정 시각", "Planned"),
    "minutes_planned": ("소요", "Minutes"),
    "item": ("내용", "Item"),
    "presenter": ("발표·진행", "Presenter"),
    "number": ("안건번호", "Number"),
    "agenda.title": ("안건명", "Title"),
    "strategy": ("관련 전략", "Strategy"),
    "num.report": ("보고 제{n}호", "Report No. {n}"),
    "num.discussion": ("토의 제{n}호", "Discussion No. {n}"),
    "num.motion": ("의결 제{n}호", "Motion No. {n}"),
    "presented_by": ("보고: {who}", "presented by {who}"),
    "discussion_by": ("발제: {who}", "introduced by {who}"),
    "motion_by": ("제안설명: {who}", "moved by {who}"),
    "led_by": ("진행: {who}", "led by {who}"),
    "no_items": ("상정안건 없음", "No agenda items"),
    # proceedings
    "unknown_speaker": ("발언자 미상", "Speaker not recorded"),
    "no_remarks": ("기록된 발언 없음", "No remarks recorded"),
    "status_table": ("{strategy} 추진현황", "Status of {strategy}"),
    "task": ("세부과제", "Task"),
    "status": ("상태", "Status"),
    "owner": ("담당", "Owner"),
    "progress": ("진척", "Progress"),
    "achievements": ("성과(일자)", "Achievements (date)"),
    "changed": ("변경: {old}→{new}", "changed: {old}→{new}"),
    "change_note": ("※ {note}", "※ {note}"),
    "legend.since": (
        "▲ 표시: 직전 회의({date}) 이후 변경된 상태와 새 성과",
        "▲ marks statuses changed and achievements new since the previous meeting ({date})",
    ),
    "legend.here": (
        "▲ 표시: 이번 회의에서 변경된 상태와 새 성과",
        "▲ marks statuses changed and achievements reported at this meeting",
    ),
    "other_achievements": ("(전략 공통 성과)", "(achievements of the strategy as a whole)"),
    "track": ("트랙", "Track"),
    # decisions
    "decision": ("결정사항", "Decision"),
    "vote": ("표결", "Vote"),
    "related": ("관련 안건", "Agenda item"),
    "votes": (
        "찬성 {yes}, 반대 {no}, 기권 {abstain}",
        "for {yes}, against {no}, abstaining {abstain}",
    ),
    "no_decisions": (
        "의결한 사항 없음(의견 수렴)",
        "No decisions were taken (opinions gathered)",
    ),
    # actions
    "action": ("과제", "Action"),
    "detail": ("조치내용", "What is to be done"),
    "due": ("기한", "Due"),
    "outcome": ("점검 결과", "Outcome"),
    "comment": ("비고", "Comment"),
    "from_meeting": ("제{n}차", "meeting {n}"),
    "owner_left": ("(해촉)", "(left)"),
    "new_due": ("→ {date}", "→ {date}"),
    "no_reviews": ("점검할 이전 조치사항 없음", "No earlier actions to review"),
    "no_actions": ("새 조치사항 없음", "No new actions"),
    "open_actions": ("점검 대상 조치사항", "Open actions to be reviewed"),
    "no_open_actions": ("점검 대상 조치사항 없음", "No open actions"),
    # sign-off
    "written_on": ("작성일: {date}", "Written on {date}"),
    "writer": ("작성자", "Written by"),
    "confirmer": ("확인", "Confirmed by"),
    "confirmed_on": ("확인일", "Confirmed on"),
    "unconfirmed": ("미확인", "not confirmed"),
    "signature": ("서명", "Signature"),
    "sign_here": ("(서명)", "(signature)"),
    # annexes and closing
    "annex.progress": ("전략별 추진현황", "Progress of the strategies"),
    "annex.signin": ("참석자 서명부", "Attendance sign-in sheet"),
    "annex.line": ("붙임", "Annexes:"),
    "annex.copy": ("{n}. {title} 1부.", "{n}. {title}, 1 copy."),
    "end": ("끝.", "End."),
    "annex.heading": ("붙임 {n}", "Annex {n}"),
    "seq": ("연번", "No."),
    "absent_mark": ("(불참)", "(absent)"),
    "unchecked_mark": ("(미확인)", "(not checked in)"),
    # agenda packet and sign-in sheet
    "invited": ("참석 대상", "Invited"),
    "people": ("{n}명", "{n} people"),
    "doc.agenda": ("회의자료", "Agenda"),
    "doc.packet": ("분과 자료", "Sub-committee packet"),
    "meeting_no": ("회차", "Meeting"),
    "packet.for": ("수신: {who}", "For: {who}"),
    "packet.actions": ("소관 조치사항", "Actions of the strategy"),
    "packet.status": ("추진현황", "Status of the strategy"),
    "packet.reviewed": ("이번 회의 점검 결과", "Reviewed at this meeting"),
}


def word(key: str, lang: Lang, **values: object) -> str:
    ko, en = _WORDS[key]
    text = ko if lang == "ko" else en
    return text.format(**values) if values else text
