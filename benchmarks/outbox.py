"""What keeping each entry in this computer's outbox first costs the live screen's
save on a server (issue 13, a lost connection): ``send_entry`` (the outbox row
committed, the save, the row forgotten) against the bare ``add_entry``, in turns in
one run so both see the same machine; and the outbox's sync (``secure``), paid only
when the server does not answer. The demo committee in a database of a throwaway
PostgreSQL 15 cluster over its Unix socket, fsync on (as ``benchmarks.server``).

    flock /work/team/bench.lock .venv/bin/python -m benchmarks.outbox [--saves 500]

Needs root (the cluster runs as the ``postgres`` user). Writes
``benchmarks/results/outbox.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.live import BUDGET_REMARK_P99_MS, RESULTS, figure, summary, timed
from gsmeet.demo.build import build_demo
from gsmeet.domain.identity import new_uid
from gsmeet.domain.locations import parse_server
from gsmeet.services.live.entries import add_entry
from gsmeet.services.live.outbox import open_outbox, send_entry
from gsmeet.services.live.session import start_session
from gsmeet.services.store import open_database
from tests.pgcluster import throwaway_cluster

MEETING = 3  # the demo's prepared 제3차
T0 = datetime(2019, 11, 28, 14, 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=500)
    parser.add_argument("--out", type=Path, default=RESULTS / "outbox.json")
    args = parser.parse_args()
    bare: list[float] = []
    kept: list[float] = []
    synced: list[float] = []
    with (
        tempfile.TemporaryDirectory(prefix="gsmeet-outbox-bench-") as tmp,
        throwaway_cluster(durable=True) as cluster,
    ):
        store = open_database(parse_server(cluster.create_database("outbox")))
        build_demo(store)
        state = start_session(store, MEETING, now=T0)
        item = state.current_item_id
        assert item is not None
        book = open_outbox(Path(tmp) / "drafts.sqlite3")
        for i in range(2 * args.saves):
            text, at = f"보관 후 보내는 발언 {i}", T0 + timedelta(seconds=i)
            if i % 2:
                kept.append(
                    timed(
                        send_entry,
                        store,
                        book,
                        MEETING,
                        item,
                        text,
                        speaker_id=None,
                        now=at,
                        uid=new_uid(),
                    )
                )
            else:
                bare.append(timed(add_entry, store, MEETING, item, text, speaker_id=None, now=at))
        for i in range(100):
            uid = new_uid()
            book.keep(store.location, MEETING, uid, "entry", {"text": f"{i}"})
            synced.append(timed(book.secure))
            book.sent(uid)
        book.close()
        store.close()
    results: dict[str, Any] = {
        "save_bare": figure(
            "saving a remark (add_entry), in turns with the next row",
            summary(bare),
            "p99_ms",
            BUDGET_REMARK_P99_MS,
        ),
        "save_through_outbox": figure(
            "saving a remark through the outbox (send_entry), as the live screen does",
            summary(kept),
            "p99_ms",
            BUDGET_REMARK_P99_MS,
        ),
        "secure": figure(
            "syncing the outbox (only when the server does not answer)",
            summary(synced),
            "p99_ms",
            BUDGET_REMARK_P99_MS,
        ),
    }
    report = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.machine()} {platform.python_version()}",
        "server": "PostgreSQL 15, Unix socket, fsync on; the demo committee",
        **results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for key, value in results.items():
        print(f"{key:20} p50 {value['p50_ms']:6.2f}  p99 {value['p99_ms']:6.2f} ms")


if __name__ == "__main__":
    main()
