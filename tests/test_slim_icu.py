"""The bundle's slim ICU data (scripts/slim_icu.py, used by installer.spec) answers
everything Qt asks ICU for in Korean and English exactly as the wheel's full data does:
Korean collation (Hangul, jamo, Hanja by reading, Latin after Hangul), numeric
collation, case mapping, time-zone names (and Qt's own Korean dates and line breaks
stay as they were); and it still opens the Korean codecs (EUC-KR,
CP949, ISO-2022-KR). A child process loads the slim library in place of the full one
(LD_PRELOAD: the same soname, so Qt's libicuuc takes it); a dropped language (Chinese)
proves the slim copy is the one in use."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"

PROBE = r"""
import functools, json
from PySide6.QtCore import (QCollator, QDate, QLocale, QStringDecoder, QTextBoundaryFinder,
                            QTimeZone)
words = ["회의록", "가나다", "각하", "國家", "까치", "ㄱ", "가", "나", "위원장", "분과", "丁",
         "中", "国", "Zebra", "apple", "Apple", "é", "e", "10", "9"]
out = {}
for name in ("ko_KR", "en_US", "en_GB", "zh_CN"):
    collator = QCollator(QLocale(name))
    out[name] = sorted(words, key=functools.cmp_to_key(collator.compare))
    collator.setNumericMode(True)
    out[name + " numeric"] = sorted(["10", "9", "2"], key=functools.cmp_to_key(collator.compare))
out["upper"] = QLocale("ko_KR").toUpper("straße ǆ 회의")
out["zones"] = [
    QTimeZone(b"Asia/Seoul").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(name))
    for name in ("ko_KR", "en_US")
]
korean = QLocale("ko_KR")
out["ko_KR dates"] = [korean.toString(QDate(2019, 8, 22), QLocale.FormatType.LongFormat),
                      korean.dayName(4), korean.toString(1234567.5, "f", 1)]
text = "제2차 간담회에서 위원장은 세부과제 추진상황을 점검하고, 향후 조치계획을 논의하였다."
finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
out["ko line breaks"] = [finder.position()]
while finder.toNextBoundary() != -1:
    out["ko line breaks"].append(finder.position())
out["euc-kr"] = [QStringDecoder("EUC-KR").isValid(), QStringDecoder("EUC-KR").name()]
out["codecs"] = sorted(QStringDecoder.availableCodecs())
print(json.dumps(out, ensure_ascii=False))
"""


def _slim_icu() -> ModuleType:
    spec = importlib.util.spec_from_file_location("slim_icu", ROOT / "scripts" / "slim_icu.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def probe(preload: Path | None) -> dict[str, Any]:
    env = {**os.environ, "LD_PRELOAD": str(preload)} if preload else dict(os.environ)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def slim_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    (full,) = QT_LIB.glob("libicudata.so.*")
    library: Path = _slim_icu().slim(full, tmp_path_factory.mktemp("icu"))
    return library


def test_slim_data_is_a_third_of_the_full(slim_library: Path) -> None:
    (full,) = QT_LIB.glob("libicudata.so.*")
    assert slim_library.name == full.name
    assert slim_library.stat().st_size < full.stat().st_size * 0.4


def test_korean_and_english_answers_are_the_full_datas(slim_library: Path) -> None:
    full, slim = probe(None), probe(slim_library)
    assert full["ko_KR"][:8] == ["10", "9", "ㄱ", "가", "가나다", "각하", "國家", "까치"]
    assert full["zones"] == ["대한민국 표준시", "Korean Standard Time"]
    assert full["euc-kr"] == [True, "EUC-KR"]
    assert full["ko line breaks"][:4] == [0, 1, 2, 4]  # Hangul breaks between syllables
    for key in ("ko_KR", "ko_KR numeric", "en_US", "en_GB", "en_GB numeric", "upper", "zones",
                "ko_KR dates", "ko line breaks", "euc-kr"):  # fmt: skip
        assert slim[key] == full[key], key
    # ICU lists a codec only if it can open it
    korean = {"EUC-KR", "ISO-2022-KR", "ibm-949_P110-1999", "ibm-949_P11A-1999"}
    assert korean | {"UTF-8", "ISO-8859-1", "windows-1252"} <= set(slim["codecs"])
    assert set(slim["codecs"]) < set(full["codecs"])
    assert "Shift_JIS" in full["codecs"] and "Shift_JIS" not in slim["codecs"]


def test_a_dropped_language_falls_back_to_root(slim_library: Path) -> None:
    # Chinese sorts 国 (guó) before 中 (zhōng) by pinyin; root sorts by code point
    full, slim = probe(None), probe(slim_library)
    chinese_order = full["zh_CN"]
    assert chinese_order.index("国") < chinese_order.index("中")
    assert slim["zh_CN"].index("中") < slim["zh_CN"].index("国")


KEPT = (
    "coll/ko.res", "coll/root.res", "coll/ucadata.icu", "ko_KR.res", "en_GB.res", "en_001.res",
    "zone/ko.res", "lang/ko.res", "region/en_GB.res", "res_index.res", "coll/res_index.res",
    "pool.res", "zoneinfo64.res", "metaZones.res", "supplementalData.res", "cnvalias.icu",
    "ibm-970_P110_P110-2006_U2.cnv", "ibm-949_P110-1999.cnv", "windows-949-2000.cnv",
    "icu-internal-25546.cnv", "ibm-5348_P100-1997.cnv",
)  # fmt: skip
DROPPED = (
    "ja.res", "coll/zh.res", "zone/de_CH.res", "coll/de__PHONEBOOK.res", "zh_Hant_TW.res",
    "brkitr/cjdict.dict", "brkitr/line.brk", "translit/root.res", "curr/ko.res",
    "unames.icu", "gb18030.cnv", "ibm-943_P15A-2003.cnv", "icu-internal-compound-d1.cnv",
)  # fmt: skip


def test_only_other_languages_and_what_qt_never_asks_for_are_dropped() -> None:
    keep = _slim_icu().keep
    assert [name for name in KEPT if not keep(name)] == []
    assert [name for name in DROPPED if keep(name)] == []
