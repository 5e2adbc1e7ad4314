"""Make the bundled fonts from the Nanum originals: hinting and the VTT sources dropped
(every character kept), and renamed, as the SIL Open Font License asks of a Modified
Version (its Reserved Font Names: Nanum, NanumGothic, NanumMyeongjo, …).

    python scripts/slim_fonts.py ORIGINALS_FOLDER   (needs fontTools: pip install fonttools)

The originals are in the repository's history (gsmeet/resources/fonts/Nanum*.ttf).

Writes gsmeet/resources/fonts/Gsmeet*.ttf. Run once when the originals change; the
files are committed (the program does not need fontTools). 17.4 MB → 9.9 MB, and each
PDF embeds less (no hinting instructions in its subsets).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "gsmeet" / "resources" / "fonts"
FILES = {
    "NanumGothic.ttf": "GsmeetGothic.ttf",
    "NanumGothicBold.ttf": "GsmeetGothicBold.ttf",
    "NanumMyeongjo.ttf": "GsmeetMyeongjo.ttf",
    "NanumMyeongjoBold.ttf": "GsmeetMyeongjoBold.ttf",
}
NAMES = (
    ("NanumGothic", "GsmeetGothic"),
    ("NanumMyeongjo", "GsmeetMyeongjo"),
    ("나눔고딕", "GsmeetGothic"),
    ("나눔명조", "GsmeetMyeongjo"),
)
RENAMED_IDS = (1, 3, 4, 6, 16, 17, 20)  # family, unique, full, PostScript, typographic, CID


def slim(source: Path, target: Path) -> None:
    options = subset.Options()
    options.unicodes = "*"
    options.hinting = False
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += ["DSIG", "TSI0", "TSI1", "TSI2", "TSI3", "TSI5", "FFTM"]
    font = TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID not in RENAMED_IDS:
            continue
        text = record.toUnicode()
        for old, new in NAMES:
            text = text.replace(old, new)
        record.string = text
    font["head"].modified = font["head"].created  # no build time inside the file
    font.save(target, reorderTables=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1].strip())
        return 2
    originals = Path(argv[1])  # NanumGothic.ttf … as NAVER (or Debian's fonts-nanum) ships them
    for name, slimmed in FILES.items():
        slim(originals / name, FONTS / slimmed)
        print(f"{name} → {slimmed}: {(FONTS / slimmed).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
