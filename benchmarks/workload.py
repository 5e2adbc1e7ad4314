"""The reference workload of performance.md, generated deterministically:
ten years of a monthly committee — 200 members, 10 strategies, 500 tasks, 120 sessions
of 15 agenda items, 300 remarks and 10 action items each (36,000 remarks).

    .venv/bin/python -m benchmarks.workload OUT.db [--sessions 120]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert

from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    Role,
    TaskStatus,
)
from gsmeet.domain.kinds import MAIN_SERIES
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.kinds import add_default_kinds
from gsmeet.storage.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Membership,
    Person,
    Remark,
    Strategy,
    Subcommittee,
    Task,
    Track,
)

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = "민서준도윤하지우현수영진성호재은채경태"
WORDS = (
    "예산",
    "협력",
    "사업",
    "추진",
    "검토",
    "방안",
    "지역",
    "산업",
    "기업",
    "청년",
    "문화",
    "교육",
    "복지",
    "연구",
    "협의",
    "일정",
    "성과",
    "과제",
    "지원",
    "확대",
    "기반",
    "조성",
    "국책",
    "공모",
    "분과",
    "워크숍",
    "의견",
    "제안",
    "보고",
    "점검",
)


def make_workload(path: Path, *, sessions: int = 120, seed: int = 20190822) -> Store:
    rng = random.Random(seed)
    store = open_store(path)
    with store.session() as s:
        committee = Committee(name="기준부하위원회", host_body="기준시", department="기획과")
        s.add(committee)
        s.flush()
        cid = committee.id
        regular = next(k for k in add_default_kinds(s, cid) if k.code == MeetingKind.REGULAR)
        subs = [Subcommittee(committee_id=cid, name=f"제{i}분과", position=i) for i in range(1, 11)]
        tracks = [Track(committee_id=cid, name=f"트랙{i}", position=i) for i in (1, 2)]
        s.add_all(subs + tracks)
        s.flush()
        people = [
            Person(name=rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN))
            for _ in range(200)
        ]
        s.add_all(people)
        s.flush()
        s.execute(
            insert(Membership),
            [
                {
                    "committee_id": cid,
                    "person_id": p.id,
                    "role": Role.SUBCOMMITTEE_CHAIR if i < 10 else Role.MEMBER,
                    "subcommittee_id": subs[i % 10].id,
                    "organisation": f"기관{i % 37}",
                    "position": "위원",
                    "term_start": date(2015, 1, 1),
                }
                for i, p in enumerate(people)
            ],
        )
        strategies = [
            Strategy(
                track_id=tracks[i // 5].id,
                number=i + 1,
                name=f"전략{i + 1}",
                subcommittee_id=subs[i].id,
                position=i,
            )
            for i in range(10)
        ]
        s.add_all(strategies)
        s.flush()
        s.execute(
            insert(Task),
            [
                {
                    "strategy_id": strategies[i % 10].id,
                    "title": f"세부과제 {i}",
                    "status": rng.choice(list(TaskStatus)),
                    "owner": f"제{i % 10 + 1}분과",
                    "target_date": date(2016, 1, 1) + timedelta(days=rng.randrange(3650)),
                    "progress": rng.randrange(101),
                    "position": i,
                }
                for i in range(500)
            ],
        )
        first = date(2015, 1, 15)
        for number in range(1, sessions + 1):
            day = first + timedelta(days=30 * (number - 1))
            meeting = Meeting(
                committee_id=cid,
                number=number,
                kind=regular,
                series=MAIN_SERIES,
                held_on=day,
                start_time=time(14, 0),
                end_time=time(16, 0),
                place="대회의실",
                chair_id=people[0].id,
                status=MeetingStatus.HELD if number < sessions else MeetingStatus.PLANNED,
            )
            s.add(meeting)
            s.flush()
            s.execute(
                insert(Attendance),
                [
                    {
                        "meeting_id": meeting.id,
                        "person_id": p.id,
                        "status": AttendanceStatus.PRESENT
                        if rng.random() < 0.7
                        else AttendanceStatus.ABSENT,
                    }
                    for p in people
                ],
            )
            start = datetime.combine(day, time(14, 0))
            items = [
                AgendaItem(
                    meeting_id=meeting.id,
                    position=k,
                    kind=AgendaKind.BRIEFING if 2 < k < 13 else AgendaKind.DISCUSSION,
                    title=f"안건 {k}",
                    strategy_id=strategies[k % 10].id,
                    planned_minutes=8,
                    started_at=start + timedelta(minutes=8 * k),
                    ended_at=start + timedelta(minutes=8 * k + 8),
                )
                for k in range(15)
            ]
            s.add_all(items)
            s.flush()
            s.execute(
                insert(Remark),
                [
                    {
                        "agenda_item_id": items[r % 15].id,
                        "speaker_id": rng.choice(people).id,
                        "text": " ".join(rng.choices(WORDS, k=rng.randrange(8, 40))),
                        "spoken_at": start + timedelta(seconds=24 * r),
                        "position": r,
                    }
                    for r in range(300)
                ],
            )
            s.execute(
                insert(ActionItem),
                [
                    {
                        "meeting_id": meeting.id,
                        "agenda_item_id": items[a].id,
                        "title": f"조치 {number}-{a}",
                        "owner_person_id": rng.choice(people).id,
                        "due_on": day + timedelta(days=60),
                        "status": ActionStatus.DONE if number < sessions - 2 else ActionStatus.OPEN,
                    }
                    for a in range(10)
                ],
            )
    return store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--sessions", type=int, default=120)
    args = parser.parse_args()
    if args.out.exists():
        raise SystemExit(f"{args.out} exists")
    make_workload(args.out, sessions=args.sessions).close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
