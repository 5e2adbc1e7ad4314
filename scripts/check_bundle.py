"""Check the one-folder bundle (installer.spec) works: run on demand after a build, not in
the suite (a build takes minutes).

    .venv/bin/pyinstaller --noconfirm installer.spec && .venv/bin/python scripts/check_bundle.py
    [--bundle dist/gsmeet] [--shot FILE.png]

Runs the bundled program itself, from an unrelated folder: its version; the demo
committee; the minutes as PDF, DOCX and HWPX (read back); the window offscreen until
ready; the same on a throwaway PostgreSQL server (the suite's, tests/pgcluster.py):
demo, search, minutes, window, all through psycopg's C build. Checks the bundle's
slimmed ICU data answers Korean and English as the full data does
(tests/test_slim_icu.py's probe). With ``--shot``, photographs the Korean window under
Xvfb. Prints one line per check and the bundle's size; exit 1 at the first failure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gsmeet import __version__  # noqa: E402

MEETING = "2019-08-22"  # the demo's 제2차, held


class Failed(Exception):
    pass


def run(*args: str | Path, env: dict[str, str], cwd: Path, timeout: int = 120) -> str:
    done = subprocess.run(
        [str(a) for a in args], env=env, cwd=cwd, capture_output=True, text=True,
        timeout=timeout, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise Failed(f"{' '.join(map(str, args))}: exit {done.returncode}\n{done.stderr[-2000:]}")
    return done.stdout


def check(label: str) -> None:
    print(f"ok  {label}", flush=True)


def documents(gsmeet: Path, db: str, out: Path, env: dict[str, str]) -> None:
    for kind in ("pdf", "docx", "hwpx"):
        target = out / f"minutes.{kind}"
        run(gsmeet, "minutes", "--db", db, "--meeting", MEETING, "--out", target, env=env, cwd=out)
        data = target.read_bytes()
        if kind == "pdf":
            if not data.startswith(b"%PDF-") or b"/FontFile2" not in data:
                raise Failed(f"{target}: not a PDF with embedded fonts")
        else:
            with zipfile.ZipFile(target) as archive:
                names = archive.namelist()
            wanted = "word/document.xml" if kind == "docx" else "mimetype"
            if wanted not in names:
                raise Failed(f"{target}: no {wanted} inside")
        check(f"minutes --out {target.name} ({len(data) // 1024} KB)")


def window(gsmeet: Path, db: str, out: Path, env: dict[str, str]) -> None:
    offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}
    run(gsmeet, "--db", db, "--lang", "ko", "--quit-when-ready", env=offscreen, cwd=out)
    check("window --quit-when-ready (offscreen)")


def icu(bundle: Path) -> None:
    from tests.test_slim_icu import probe

    (library,) = (bundle / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
    full, slim = probe(None), probe(library)
    for key in ("ko_KR", "ko_KR numeric", "en_GB", "upper", "zones", "ko_KR dates",
                "ko line breaks", "euc-kr"):  # fmt: skip
        if slim[key] != full[key]:
            raise Failed(f"ICU: {key}: {slim[key]} instead of {full[key]}")
    check(f"ICU data ({library.stat().st_size // 1024} KB): Korean collation {slim['ko_KR']}")


def server(gsmeet: Path, out: Path, env: dict[str, str]) -> None:
    from tests.pgcluster import throwaway_cluster

    # psycopg's C build, or an error: psycopg would fall back to its Python one unheard
    env = {**env, "PSYCOPG_IMPL": "c"}
    with throwaway_cluster() as cluster:
        url = cluster.create_database("bundle")
        run(gsmeet, "demo", "--db", url, env=env, cwd=out)
        check("demo on PostgreSQL")
        hits = run(gsmeet, "search", "--db", url, "위원", env=env, cwd=out)
        if not hits.strip():
            raise Failed("search on PostgreSQL found nothing for 위원")
        check(f"search on PostgreSQL ({len(hits.splitlines())} hits)")
        target = out / "server.pdf"
        run(gsmeet, "minutes", "--db", url, "--meeting", MEETING, "--out", target, env=env, cwd=out)
        check(f"minutes on PostgreSQL ({target.stat().st_size // 1024} KB)")
        window(gsmeet, url, out, env)


@contextmanager
def korean_window(gsmeet: Path, db: str, out: Path, env: dict[str, str]) -> Iterator[str]:
    from tests.ui.xserver import xvfb

    with xvfb(out / "xvfb.log", (1280, 800)) as display:
        screen = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LC_ALL": "C.UTF-8"}
        app = subprocess.Popen([str(gsmeet), "--db", db, "--lang", "ko"], env=screen, cwd=out)
        try:
            run("xdotool", "search", "--sync", "--onlyvisible", "--class", "gsmeet",
                env=screen, cwd=out, timeout=60)  # fmt: skip
            yield display
        finally:
            app.terminate()
            app.wait(timeout=30)


def shot(gsmeet: Path, db: str, out: Path, env: dict[str, str], target: Path) -> None:
    """The Korean window once three photographs in a row agree (painting has settled)."""
    with korean_window(gsmeet, db, out, env) as display:
        screen = {**env, "DISPLAY": display}
        photos: list[bytes] = []
        while len(photos) < 3 or len({*photos[-3:]}) > 1:
            if len(photos) == 60:
                raise Failed("the window never settled (60 photographs)")
            run("import", "-window", "root", target, env=screen, cwd=out)
            photos.append(target.read_bytes())
    check(f"screenshot of the Korean window: {target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "gsmeet")
    parser.add_argument("--shot", type=Path, help="photograph the Korean window into this PNG")
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    gsmeet = bundle / "gsmeet"
    try:
        with tempfile.TemporaryDirectory(prefix="gsmeet-bundle-") as folder:
            out = Path(folder)
            env = {
                key: value for key, value in os.environ.items()
                if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))
            }  # fmt: skip
            env |= {"GSMEET_DATA_DIR": str(out / "data"), "XDG_CONFIG_HOME": str(out / "cfg")}
            version = run(gsmeet, "--version", env=env, cwd=out).strip()
            if __version__ not in version:
                raise Failed(f"--version says {version!r}, the checkout is {__version__}")
            check(f"--version: {version}")
            db = str(out / "demo.db")
            run(gsmeet, "demo", "--db", db, env=env, cwd=out)
            check("demo --db demo.db")
            documents(gsmeet, db, out, env)
            window(gsmeet, db, out, env)
            icu(bundle)
            server(gsmeet, out, env)
            if args.shot:
                shot(gsmeet, db, out, env, args.shot.resolve())
    except Failed as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle {bundle}: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
