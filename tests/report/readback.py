"""Reading a PDF back as a reader would, and a small meeting record built in memory
(no database) for tests that vary what users typed."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pypdf
import pytest

from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    DatePrecision,
    Disclosure,
    MeetingKind,
    MeetingStatus,
    Role,
    TaskStatus,
    VoteMode,
)
from gsmeet.domain.kinds import default_kind
from gsmeet.domain.quorum import QuorumCount, QuorumRule
from gsmeet.domain.records import (
    AchievementRecord,
    ActionRecord,
    AgendaItemRecord,
    AttendanceRecord,
    CommitteeInfo,
    DecisionRecord,
    MeetingRecord,
    MeetingSummary,
    PersonAtDate,
    RemarkRecord,
    StrategyRecord,
    TaskRecord,
)


def has(tool: str) -> bool:
    return shutil.which(tool) is not None


def require(tool: str, package: str) -> None:
    """For a test that reads PDFs back with ``tool``: without it the test fails saying
    what to install (scripts/bootstrap installs it), rather than being skipped unseen."""
    if not has(tool):
        pytest.fail(f"{tool} is missing: install {package} (scripts/bootstrap does)")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """All text: poppler's ``pdftotext -layout`` where installed (fast, and what the CLI
    contract uses), else pypdf."""
    if has("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
        ).stdout
    return "\n".join(pdf_pages(path))


def squeeze(text: str) -> str:
    """Text without any whitespace: line breaks fall wherever the layout put them."""
    return "".join(text.split())


def fonts_table(path: Path) -> list[list[str]]:
    """``pdffonts`` rows (name, type..., emb, sub, uni, object, id)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


# ---------------------------------------------------------------- a small record

DAY = date(2019, 8, 22)


def person(
    pid: int, name: str, role: Role | None, *, official: bool = False, org: str = "영남대학교"
) -> PersonAtDate:
    return PersonAtDate(
        id=pid,
        name=name,
        role=role,
        organisation=org,
        position="교수" if not official else "시장",
        subcommittee="",
        is_public_official=official,
    )


def at(hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return datetime.combine(DAY, time(int(hours), int(minutes)))


def small_record(**texts: str) -> MeetingRecord:
    """A held meeting with one of everything. ``texts`` overrides what users type:
    committee, title, place, name, agenda_title, remark, decision, action, task."""
    t: Callable[[str, str], str] = texts.get
    chair = person(1, "최영조", Role.CO_CHAIR, official=True, org="경산시")
    member = person(2, t("name", "김태형"), Role.MEMBER)
    secretary = person(3, "정수민", Role.SECRETARY, official=True, org="경산시")
    attendance = tuple(
        AttendanceRecord(p, AttendanceStatus.PRESENT, at("13:50"), "", "")
        for p in (chair, member, secretary)
    )
    agenda = (
        AgendaItemRecord(10, None, 1, AgendaKind.BRIEFING, t("agenda_title", "추진상황 보고"),
                         member, 100, 10, at("14:00"), at("14:10")),
        AgendaItemRecord(11, None, 2, AgendaKind.DISCUSSION, "자율토론", None, None, 20,
                         at("14:10"), at("14:30")),
    )  # fmt: skip
    task = TaskRecord(
        id=1000,
        strategy_id=100,
        title=t("task", "자율주행트램 기반조성"),
        status=TaskStatus.IN_PROGRESS,
        owner="미래전략과",
        target_date=date(2020, 12, 31),
        progress=30,
        note="",
        previous_status=TaskStatus.PLANNED,
    )
    achievement = AchievementRecord(
        2000, 100, 1000, date(2019, 5, 1), DatePrecision.MONTH, "국가지원사업 선정", "", 1
    )
    strategy = StrategyRecord(
        id=100,
        track_id=1,
        track_name="희망산업 5대전략",
        number=1,
        name="4차 산업혁명 선도도시",
        summary="",
        subcommittee="4차 산업혁명 선도도시 분과",
        chair=member,
        tasks=(task,),
        achievements=(achievement,),
    )
    action = ActionRecord(
        id=500,
        meeting_id=1,
        meeting_number=2,
        agenda_item_id=11,
        title=t("action", "수요조사"),
        detail="기업 수요조사",
        owner=member.name,
        owner_person_id=member.id,
        strategy_id=100,
        due_on=date(2019, 10, 31),
        status=ActionStatus.OPEN,
    )
    return MeetingRecord(
        committee=CommitteeInfo(
            1, t("committee", "경산발전전략위원회"), "경산시", "미래전략과", QuorumRule(), True
        ),
        meeting=MeetingSummary(
            id=1,
            committee_id=1,
            number=2,
            kind=default_kind(MeetingKind.ROUND_TABLE, 1),
            title=t("title", "민선7기 1주년"),
            held_on=DAY,
            start_time=time(14, 0),
            end_time=time(16, 0),
            place=t("place", "경산시청 대회의실"),
            status=MeetingStatus.HELD,
        ),
        started_at=at("14:00"),
        ended_at=at("14:30"),
        disclosure=Disclosure.PUBLIC,
        chair=chair,
        secretary=secretary,
        attendance=attendance,
        quorum=QuorumCount(enrolled=2, present=2, absent=0, required=2),
        agenda=agenda,
        remarks=(RemarkRecord(1, 11, member, t("remark", "수요조사를 하겠습니다."), at("14:12")),),
        decisions=(
            DecisionRecord(1, 11, t("decision", "건의한다."), VoteMode.NO_OBJECTION, *[None] * 3),
        ),
        actions=(action,),
        reviews=(),
        strategies=(strategy,),
        previous=None,
    )  # fmt: skip
