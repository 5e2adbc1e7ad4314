"""Both engines in one run (issue 13's speed budgets): the ten-year workload in a
SQLite file and, copied by gsmeet's own export and import, in a database of a
throwaway PostgreSQL 15 cluster reached over its Unix socket (started as the suite
starts it, ``tests/pgcluster.py``, but with fsync on, as a real server runs); on each
engine the same service calls are timed: saving a remark, switching the current item,
searching ten years (words of three characters or more, and shorter ones; on the
server also as the statements were before 2026-12-02, in turns); on the server, a
screen watching the session: how soon it hears of a remark (LISTEN/NOTIFY), what
announcing costs a save, and what the 3-second poll it replaces read each time.

    flock /work/team/bench.lock .venv/bin/python -m benchmarks.server [--saves 500]

Needs root (the cluster runs as the ``postgres`` user, like the suite's). Writes
``benchmarks/results/server.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import select
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, text, update
from sqlalchemy import select as query

from benchmarks.live import (
    BUDGET_REMARK_P99_MS,
    BUDGET_SEARCH_P95_MS,
    BUDGET_SHORT_SEARCH_P95_MS,
    BUDGET_SWITCH_MS,
    RESULTS,
    bench_search,
    figure,
    summary,
    timed,
)
from benchmarks.search_before import searching_as_before
from benchmarks.workload import make_workload
from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.locations import parse_server
from gsmeet.services.admin.transfer import export_data, import_document
from gsmeet.services.live.entries import add_entry
from gsmeet.services.live.session import go_to_item, live_state, start_session
from gsmeet.services.store import Database, open_database
from gsmeet.storage.models import AgendaItem, Meeting, Person
from tests.pgcluster import throwaway_cluster


def start(store: Database) -> tuple[int, list[int], list[int]]:
    """The planned last session, its agenda cleared of times, started at 14:00."""
    with store.session() as s:
        meeting = s.scalars(query(Meeting).where(Meeting.status == MeetingStatus.PLANNED)).one()
        s.execute(
            update(AgendaItem)
            .where(AgendaItem.meeting_id == meeting.id)
            .values(started_at=None, ended_at=None)
        )
        meeting_id, day = meeting.id, meeting.held_on
        people = list(s.scalars(query(Person.id).order_by(Person.id).limit(30)))
    state = start_session(store, meeting_id, now=datetime.combine(day, datetime.min.time()))
    return meeting_id, [item.id for item in state.agenda], people


def measure(
    store: Database, saves: int, switches: int, rounds: int, *, before: bool = False
) -> dict[str, Any]:
    """The figures on ``store``; ``before`` (the server): the search also as it was
    before 2026-12-02, in turns with today's, and a watching screen's figures."""
    meeting_id, items, people = start(store)
    now = datetime(2024, 11, 15, 14, 0)
    saved = [
        timed(
            add_entry,
            store,
            meeting_id,
            items[i % len(items)],
            f"예산 편성 시기와 분과 워크숍 일정에 대한 발언 {i}",
            speaker_id=people[i % len(people)],
            now=now + timedelta(seconds=i),
        )
        for i in range(saves)
    ]
    later = datetime(2024, 11, 15, 15, 0)
    switched = [
        timed(
            go_to_item,
            store,
            meeting_id,
            items[(i + 1) % len(items)],
            now=later + timedelta(seconds=i),
        )
        for i in range(switches)
    ]
    speaker = live_state(store, meeting_id).attendance[0].person.name
    if before:  # the statements as they were, in turns with today's (the same load)
        long, short, long_before, short_before = [], [], [], []
        for _ in range(rounds):
            with searching_as_before():
                old = bench_search(store, 1, speaker)
            new = bench_search(store, 1, speaker)
            long_before += old[0]
            short_before += old[1]
            long += new[0]
            short += new[1]
        earlier = {
            "search_before": figure(
                "search as before 2026-12-02, a word of 3+ characters or a speaker",
                summary(long_before),
                "p95_ms",
                BUDGET_SEARCH_P95_MS,
            ),
            "search_short_before": figure(
                "search as before 2026-12-02, words of 1-2 characters",
                summary(short_before),
                "p95_ms",
                BUDGET_SHORT_SEARCH_P95_MS,
            ),
        }
    else:
        long, short = bench_search(store, rounds, speaker)
        earlier = {}
    if before:  # (a server: a watching screen hears of each change)
        earlier.update(watching(store, meeting_id, items, 200))
    return {
        "save": figure(
            "saving a remark (add_entry)", summary(saved), "p99_ms", BUDGET_REMARK_P99_MS
        ),
        "switch": figure(
            "switching the current item (go_to_item)", summary(switched), "p99_ms", BUDGET_SWITCH_MS
        ),
        "search": figure(
            "search, a word of 3+ characters or a speaker",
            summary(long),
            "p95_ms",
            BUDGET_SEARCH_P95_MS,
        ),
        "search_short": figure(
            "search, words of 1-2 characters (tables read)",
            summary(short),
            "p95_ms",
            BUDGET_SHORT_SEARCH_P95_MS,
        ),
        **earlier,
    }


def watching(store: Database, meeting_id: int, items: list[int], n: int) -> dict[str, Any]:
    """A screen watching the session (PostgreSQL): how long after a remark's save
    began (the save included) the listener hears of it, what a remark save costs with
    and without announcing it (in turns), and what the poll that listening replaces
    cost: the whole session read again (``live_state``) every 3 s by every watching
    screen."""
    from gsmeet.storage import notices
    from gsmeet.storage.server import ServerStore

    assert isinstance(store, ServerStore)
    listener = store.listen()
    heard, announced, silent = [], [], []
    at = datetime(2024, 11, 15, 16, 0)
    sessions = store._sessions  # (the store's own: the A/B removes its announcement)
    for i in range(n):
        text = f"지켜보는 화면이 들을 발언 {i}"
        began = time.perf_counter()
        add_entry(store, meeting_id, items[0], text, speaker_id=None, now=at)
        announced.append((time.perf_counter() - began) * 1000)
        readable, _, _ = select.select([listener.fileno()], [], [], 5.0)
        heard.append((time.perf_counter() - began) * 1000 if readable else 5000.0)
        listener.take()
        event.remove(sessions, "before_commit", notices._announce)
        try:
            silent.append(
                timed(add_entry, store, meeting_id, items[1], text, speaker_id=None, now=at)
            )
        finally:
            event.listen(sessions, "before_commit", notices._announce)
        at += timedelta(seconds=2)
    listener.close()
    reread = [timed(live_state, store, meeting_id) for _ in range(n)]
    return {
        "heard": figure(
            "a remark heard by a watching screen, from the start of its save (LISTEN/NOTIFY)",
            summary(heard),
            "p95_ms",
            BUDGET_SWITCH_MS,
        ),
        "save_announced": figure(
            "saving a remark, announced (pg_notify in its transaction)",
            summary(announced),
            "p99_ms",
            BUDGET_REMARK_P99_MS,
        ),
        "save_silent": figure(
            "saving a remark, not announced (in turns with the above)",
            summary(silent),
            "p99_ms",
            BUDGET_REMARK_P99_MS,
        ),
        "poll_reread": figure(
            "what the 3-second poll read each time: the whole session (live_state)",
            summary(reread),
            "p50_ms",
            BUDGET_SWITCH_MS,
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=500)
    parser.add_argument("--switches", type=int, default=600)
    parser.add_argument("--search-rounds", type=int, default=20)
    parser.add_argument("--out", type=Path, default=RESULTS / "server.json")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="gsmeet-server-bench-") as tmp:
        database = Path(tmp) / "ten-years.db"
        print("building the ten-year workload …", flush=True)
        make_workload(database, sessions=120).close()
        sqlite = open_database(database)
        document = export_data(sqlite)
        with throwaway_cluster(durable=True) as cluster:
            print("copying it to the server (export, import) …", flush=True)
            server = open_database(parse_server(cluster.create_database("ten_years")))
            began = datetime.now()
            import_document(server, document)
            imported_s = (datetime.now() - began).total_seconds()
            with server.session() as session:  # what autovacuum would soon do by itself
                session.execute(text("ANALYZE"))
            for name, store in (("sqlite", sqlite), ("postgresql", server)):
                print(f"measuring {name} …", flush=True)
                old = name == "postgresql"
                results[name] = measure(
                    store, args.saves, args.switches, args.search_rounds, before=old
                )
            server.close()
        sqlite.close()
    report = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.machine()} {platform.python_version()}",
        "workload": "benchmarks.workload, 120 sessions, 36,000 remarks",
        "server": "PostgreSQL 15, Unix socket, fsync on, a database filled by gsmeet import",
        "import_s": round(imported_s, 1),
        **results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for name in ("sqlite", "postgresql"):
        for key, value in results[name].items():
            judged = value["judged_on"]
            mark = "ok" if value["within_budget"] else "OVER"
            print(f"{name:10} {key:12} {judged} {value[judged]:7.2f} ms  ({mark})")


if __name__ == "__main__":
    main()
