"""Minutes PDF rendering against its floor (performance.md).

    .venv/bin/python -m benchmarks.minutes [--runs 7] [--out benchmarks/results/minutes.json]

Figures, each the median of ``--runs`` in this process (CPU time: other work on the
machine skews it less), fonts registered once beforehand and the meeting record at hand
(as in the running app):

- demo: the minutes of the demo session of 2019-08-22 (``render_minutes`` to memory);
- 100 pages: a synthetic session, the demo record with enough remarks for ~100 pages.

The floor of each is ReportLab alone building an equivalent story: the same text in the
same fonts and styles, as plain Paragraphs and Tables of the same cells and column
widths, on the same A4 frame, without gsmeet's work (text checks, names, numbering,
headers, watermark, bookmarks). Budget: figure ≤ 1.3 × floor.

Also the whole ``python -m gsmeet minutes`` process against LibreOffice (``soffice
--headless --convert-to pdf``) converting gsmeet's own DOCX of the same minutes, both
timed in this run, in turns (``--runs`` each; wall time, the children's CPU time
beside it; LibreOffice sees the bundled Korean fonts through ``FONTCONFIG_FILE`` and
keeps its profile from a first run). Budget: ≥ 3× faster. Without ``soffice`` it says so.
gsmeet runs with its bytecode compiled, as an installed gsmeet has it (as in
benchmarks/startup.py); it reads the file with ``sqlite3`` alone, no SQLAlchemy loaded
(gsmeet/storage/reader.py). In the same turns, for reference, the ceiling: a process
that reads no database at all, the same record unpickled from a file this benchmark
wrote (a read that costs nothing), rendered by the same code into a byte-identical PDF
— what is left between the two is opening and reading the database.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import reportlab
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from gsmeet.domain.records import MeetingRecord, RemarkRecord
from gsmeet.report import RenderOptions, render_minutes
from gsmeet.report.fonts import bundled_fonts
from gsmeet.report.minutes import minutes_document
from gsmeet.report.pdf import pdf_kit
from gsmeet.report.styles import MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP, PAGE_SIZE
from gsmeet.resources import font_file

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
BUDGET = 1.3


def median_times(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Medians of ``runs`` timings of each, in CPU seconds of this process and taken in
    turns, so that a machine busy with something else weighs on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for action, bucket in ((first, times[0]), (second, times[1])):
            start = time.process_time()
            action()
            bucket.append(time.process_time() - start)
    return statistics.median(times[0]), statistics.median(times[1])


# ---------------------------------------------------------------- the floor


Plan = list[tuple[str, Any]]


def plan_of(story: list[Flowable]) -> Plan:
    """What the story holds, as plain data: paragraphs (markup, style) and tables
    (cells as markup, column widths). Built outside the timed loop."""
    plan: Plan = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            plan += plan_of(list(flowable._content))
        elif isinstance(flowable, Paragraph):
            plan.append(("p", (flowable.text, flowable.style)))
        elif isinstance(flowable, Table):
            rows = [[cell_plan(cell) for cell in row] for row in flowable._cellvalues]
            plan.append(("t", (rows, list(flowable._argW))))
        elif isinstance(flowable, PageBreak):
            plan.append(("b", None))
    return plan


def cell_plan(cell: Any) -> Any:
    if isinstance(cell, Paragraph):
        return (cell.text, cell.style)
    if isinstance(cell, list):
        return [cell_plan(c) for c in cell]
    return str(cell)


def cell_of(item: Any) -> Any:
    if isinstance(item, tuple):
        return Paragraph(item[0], item[1])
    if isinstance(item, list):
        return [cell_of(i) for i in item]
    return item


def build_floor(plan: Plan, font: str) -> int:
    """ReportLab alone: the plan's paragraphs and tables on the same frame."""
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "black"), ("FONT", (0, 0), (-1, -1), font)])
    story: list[Flowable] = []
    for kind, data in plan:
        if kind == "p":
            story.append(Paragraph(data[0], data[1]))
        elif kind == "t":
            rows, widths = data
            story.append(
                Table(
                    [[cell_of(c) for c in row] for row in rows],
                    colWidths=widths,
                    repeatRows=1,
                    style=grid,
                )
            )
        else:
            story.append(PageBreak())
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=font,
    )
    document.build(story)
    pages: int = document.page
    return pages


# ---------------------------------------------------------------- the workloads


def demo_record(folder: Path) -> tuple[MeetingRecord, Path]:
    from gsmeet.demo.build import build_demo
    from gsmeet.services.record import find_meeting_id, meeting_record
    from gsmeet.storage.db import open_store

    path = folder / "demo.db"
    store = open_store(path)
    try:
        build_demo(store)
        return meeting_record(store, find_meeting_id(store, "2019-08-22")), path
    finally:
        store.close()


def hundred_pages(record: MeetingRecord, remarks: int) -> MeetingRecord:
    """The demo session with ``remarks`` remarks of a few sentences each, spread over
    its agenda, as a long session's stenographic summary would be."""
    speakers = [row.person for row in record.attendance]
    items = [item for item in record.agenda if item.parent_id is None]
    text = (
        "핵심선도사업이 국책사업으로 이어지려면 기획 단계부터 대학과 연구기관이 함께해야 "
        "합니다. 산·학·연·관 협력체계를 더 촘촘히 만들 필요가 있으며, 분과별 워크숍을 "
        "정례화하고 그 결과를 전체 회의에 보고하는 체계가 필요합니다. 2019. 8. 22. 기준 "
        "R&D 과제 현황을 보면 추진중 12건, 계획 5건, 지연 3건입니다."
    )
    start = record.started_at or record.remarks[0].spoken_at
    many = tuple(
        RemarkRecord(
            id=100_000 + n,
            agenda_item_id=items[n % len(items)].id,
            speaker=speakers[n % len(speakers)],
            text=f"{text} ({n + 1})",
            spoken_at=start + timedelta(seconds=10 * n),
        )
        for n in range(remarks)
    )
    return replace(record, remarks=many)


def measure(name: str, record: MeetingRecord, runs: int) -> dict[str, Any]:
    options = RenderOptions()
    report = render_minutes(record, io.BytesIO(), options)  # warm caches
    story = pdf_kit().story(minutes_document(record, options).blocks)
    plan = plan_of(story)
    font = bundled_fonts().gothic.regular
    floor_pages = build_floor(plan, font)
    figure, floor = median_times(
        lambda: render_minutes(record, io.BytesIO(), options),
        lambda: build_floor(plan, font),
        runs,
    )
    ratio = figure / floor
    print(
        f"{name:<10} {report.pages:>4} pages  figure {figure * 1000:7.1f} ms  "
        f"floor {floor * 1000:7.1f} ms ({floor_pages} pages)  ratio {ratio:.2f}  "
        f"{'ok' if ratio <= BUDGET else 'OVER BUDGET'} (≤ {BUDGET})"
    )
    return {
        "pages": report.pages,
        "figure_s": round(figure, 4),
        "floor_s": round(floor, 4),
        "floor_pages": floor_pages,
        "ratio": round(ratio, 3),
        "budget_ratio": BUDGET,
        "pages_per_s": round(report.pages / figure, 1),
        "ok": ratio <= BUDGET,
    }


def _timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall and CPU (user + system of the child) seconds of one run, and its error."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    error = "" if done.returncode == 0 else (done.stderr.strip().splitlines() or ["?"])[-1]
    return wall, cpu, error


def _fonts_for_libreoffice(folder: Path) -> dict[str, str]:
    """An environment in which LibreOffice sees the bundled Korean fonts (this machine
    has none of its own: without them it draws boxes, and faster)."""
    fonts = font_file("GsmeetGothic.ttf").parent
    conf = folder / "fonts.conf"
    conf.write_text(
        '<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{fonts}</dir><cachedir>{folder / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


CEILING = """
import io, pickle, sys
from gsmeet.report.formats import write_document
from gsmeet.report.minutes import minutes_document
with open(sys.argv[1], "rb") as source:
    record, options = pickle.load(source)
data = io.BytesIO()
write_document(minutes_document(record, options), "pdf", data, options.body_font)
with open(sys.argv[2], "wb") as target:
    target.write(data.getvalue())
"""


def _ceiling_input(database: Path, folder: Path) -> Path:
    """The record and options ``gsmeet minutes`` renders below, pickled for CEILING."""
    import pickle
    from datetime import date

    from gsmeet.services.record import find_meeting_id, meeting_record
    from gsmeet.storage.db import open_reader

    store = open_reader(database)
    try:
        record = meeting_record(store, find_meeting_id(store, "2019-08-22"))
    finally:
        store.close()
    options = RenderOptions(draft=True, written_on=date(2019, 8, 30))
    kept = folder / "record.pickle"
    kept.write_bytes(pickle.dumps((record, options)))
    return kept


def _installed_env() -> dict[str, str]:
    """This environment with bytecode written and read, as an installed gsmeet has it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(RESULTS / "pycache")}


def cli_process(database: Path, folder: Path, runs: int) -> dict[str, Any] | None:
    """The whole ``python -m gsmeet minutes`` process against LibreOffice converting
    gsmeet's own DOCX of the same minutes to PDF, in turns in this run (LibreOffice's
    profile kept from a first run, as a user's would be)."""
    gsmeet = [sys.executable, "-m", "gsmeet", "minutes", "--db", str(database)]
    gsmeet += ["--meeting", "2019-08-22", "--written-on", "2019-08-30"]
    docx = folder / "minutes.docx"
    installed = _installed_env()
    wall, _cpu, error = _timed([*gsmeet, "--out", str(docx)], installed)
    if error:
        print(f"cli        skipped: {error}")
        return None
    ceiling = [sys.executable, "-c", CEILING, str(_ceiling_input(database, folder))]
    ceiling.append(str(folder / "ceiling.pdf"))
    _timed(ceiling, installed)
    soffice = shutil.which("soffice")
    env = _fonts_for_libreoffice(folder)
    office = [f"{soffice}", f"-env:UserInstallation=file://{folder / 'lo-profile'}"]
    office += ["--headless", "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(docx)]
    if soffice is not None:
        _timed(office, env)  # makes the profile
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    best: list[tuple[float, float]] = []
    for _ in range(runs):
        wall, cpu, error = _timed([*gsmeet, "--out", str(folder / "cli.pdf")], installed)
        if error:
            print(f"cli        skipped: {error}")
            return None
        ours.append((wall, cpu))
        wall, cpu, _error = _timed(ceiling, installed)
        best.append((wall, cpu))
        if soffice is not None:
            wall, cpu, _error = _timed(office, env)
            if (folder / "lo" / "minutes.pdf").is_file():  # soffice says 0 when it fails
                theirs.append((wall, cpu))
    figure = statistics.median(w for w, _ in ours)
    figure_cpu = statistics.median(c for _, c in ours)
    same = (folder / "ceiling.pdf").read_bytes() == (folder / "cli.pdf").read_bytes()
    top = statistics.median(w for w, _ in best)
    result: dict[str, Any] = {
        "figure_s": round(figure, 4),
        "figure_cpu_s": round(figure_cpu, 4),
        "ceiling_s": round(top, 4),
        "ceiling_cpu_s": round(statistics.median(c for _, c in best), 4),
        "ceiling_same_bytes": same,
    }
    if not theirs:
        print(f"cli        whole process {figure * 1000:7.1f} ms (cpu {figure_cpu * 1000:.0f} ms); "
              "LibreOffice (soffice) is not installed: no comparison")  # fmt: skip
        return {**result, "libreoffice_s": None, "ok": None}
    office_wall = statistics.median(w for w, _ in theirs)
    office_cpu = statistics.median(c for _, c in theirs)
    speedup = office_wall / figure
    pages = _pages(folder / "lo" / "minutes.pdf")
    print(
        f"cli        whole process {figure * 1000:7.1f} ms (cpu {figure_cpu * 1000:.0f} ms)  "
        f"LibreOffice DOCX→PDF ({pages} pages) {office_wall * 1000:.0f} ms "
        f"(cpu {office_cpu * 1000:.0f} ms)  {speedup:.2f}× faster "
        f"({'ok' if speedup >= 3 else 'OVER BUDGET'}, ≥ 3×)"
    )
    bytes_ = "the same bytes" if same else "OTHER BYTES"
    print(
        f"cli        ceiling, no database read (the same record unpickled, {bytes_}) "
        f"{top * 1000:.0f} ms: {office_wall / top:.2f}× faster than LibreOffice"
    )
    result["ceiling_speedup"] = round(office_wall / top, 2)
    return {**result, "libreoffice_s": round(office_wall, 4), "libreoffice_cpu_s":
            round(office_cpu, 4), "libreoffice_pages": pages, "speedup": round(speedup, 2),
            "ok": speedup >= 3}  # fmt: skip


def _pages(pdf: Path) -> int | None:
    found = re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())
    return len(found) or None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--remarks", type=int, default=860, help="remarks of the 100-page case")
    parser.add_argument("--out", type=Path, default=RESULTS / "minutes.json")
    args = parser.parse_args(argv)

    bundled_fonts()  # registered once, as in the running app
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        record, database = demo_record(folder)
        demo = measure("demo", record, args.runs)
        long = measure("100 pages", hundred_pages(record, args.remarks), max(3, args.runs - 2))
        cli = cli_process(database, folder, args.runs)
    results = {
        "machine": {
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "python": platform.python_version(),
            "reportlab": reportlab.Version,
        },
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "runs": args.runs,
        "demo_minutes": demo,
        "hundred_pages": long,
        "cli_process": cli,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
