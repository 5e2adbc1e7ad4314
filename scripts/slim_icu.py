"""Make a smaller copy of Qt's ICU data library for the one-folder bundle.

    python scripts/slim_icu.py LIBICUDATA OUT_FOLDER     (needs binutils: objcopy, as, ld)

PySide6's wheel carries ICU's whole data set (libicudata.so.NN, ~31 MB): every locale,
every converter, the Chinese/Japanese/Thai/Lao/Khmer/Burmese word dictionaries. Qt calls
ICU for four things only (the ICU functions libQt6Core imports): collation (QCollator,
localeAwareCompare), case mapping, time-zone names and calendars (ucal), and the named
text codecs (ucnv). The copy keeps, in the trees those read (main, coll, zone, lang,
region): root, English and Korean (every region of them); and what belongs to no
locale (the collation base ucadata.icu, the Korean and single-byte converters and
their aliases, the time-zone rules, normalisation, likely subtags, plural rules…). It
drops the other languages' locale data; what only ICU services Qt never calls read
(break iterators and their word dictionaries — Qt breaks text with its own tables —,
transliterators, currency/unit/spelled-out number formats, character names, spoof
checks, StringPrep, IDNA); and the Chinese, Japanese, mainframe and X11 compound-text
converters (Qt opens a named codec only when asked for one; gsmeet never asks). A
gsmeet running in another language falls back to root, as ICU does for any locale it
lacks. ~31 MB → ~4 MB.

The copy is a shared library of the same name (soname libicudata.so.NN) exporting the
same symbol (icudtNN_dat), so Qt's libicuuc loads it unchanged. installer.spec calls
``slim()`` at build time; tests/test_slim_icu.py checks the result with Qt itself.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("en", "ko")
# A locale's own item, in any tree: af.res, en_GB.res, zh_Hant_TW.res, de__PHONEBOOK.res
LOCALE_ITEM = re.compile(r"^(?P<language>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
NOT_LOCALES = ("res_index.res",)  # a tree's list of locales: looks like one, is not
# The big converters of Chinese, Japanese and the IBM mainframes' double-byte code pages
# (EBCDIC), Korean ones included, and X11's compound text: 4.2 MB. Kept: EUC-KR, CP949,
# ISO-2022-KR, every single-byte code page, the Unicode forms (in ICU's code).
DROPPED_CONVERTERS = (
    "cns-11643-1992", "euc-jp-2007", "euc-tw-2014", "gb18030", "iso-ir-165", "jisx-212",
    "ibm-930_", "ibm-933_", "ibm-935_", "ibm-943_P15A", "ibm-954_", "ibm-964_", "ibm-1364_",
    "ibm-1371_", "ibm-1373_", "ibm-1375_", "ibm-1383_", "ibm-1386_", "ibm-1388_", "ibm-1390_",
    "ibm-5471_", "ibm-5478_", "ibm-33722_",
    "icu-internal-compound-",  # X11's compound text: Qt's clipboard speaks UTF-8
)  # fmt: skip
# What only ICU services Qt never calls read: break iterators (and their dictionaries),
# transliterators, currency, unit and spelled-out number formats, character names,
# spoof checks, StringPrep profiles, IDNA (Qt has its own).
UNUSED_TREES = ("brkitr/", "translit/", "curr/", "unit/", "rbnf/")
UNUSED_KINDS = (".dict", ".spp")
UNUSED_ITEMS = ("unames.icu", "confusables.cfu", "uts46.nrm")
TOOLS = ("objcopy", "as", "ld")
ALIGN = 16  # ICU's packages align every item to 16 bytes (icupkg does the same)


class NoTools(RuntimeError):
    pass


def keep(name: str) -> bool:
    """Whether an item (``coll/ko.res``, ``cjdict.dict``: the name inside the package)
    stays in the slim data."""
    base = name.rsplit("/", 1)[-1]
    if name.startswith(UNUSED_TREES) or base.endswith(UNUSED_KINDS) or base in UNUSED_ITEMS:
        return False
    if base.endswith(".cnv"):
        return not base.startswith(DROPPED_CONVERTERS)
    found = LOCALE_ITEM.match(base)
    if found is None or base in NOT_LOCALES:
        return True
    return found["language"] in KEEP_LANGUAGES


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """ICU's common data (format "CmnD"): the header, then the items in name order."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + offset for _name, offset in entries]
    ends = [*starts[1:], len(data)]
    items = []
    for (name_offset, _offset), start, end in zip(entries, starts, ends, strict=True):
        name_start = header_size + name_offset
        name = data[name_start : data.index(b"\0", name_start)].decode("ascii")
        items.append((name, data[start:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package back, laid out as ICU's icupkg lays it out: table of contents, names,
    then the items, each at a multiple of 16 bytes."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first = toc_size + len(names)
    first += -(len(header) + first) % ALIGN
    offsets, body, position = [], bytearray(), first
    for _name, item in items:
        offsets.append(position)
        padded = item + b"\0" * (-len(item) % ALIGN)
        body += padded
        position += len(padded)
    toc = bytearray(struct.pack("<I", len(items)))
    name_offset = toc_size
    for (name, _), offset in zip(items, offsets, strict=True):
        toc += struct.pack("<II", name_offset, offset)
        name_offset += len(name) + 1
    head = bytes(toc) + names
    return header + head + b"\0" * (first - len(head)) + bytes(body)


def slim_data(data: bytes) -> bytes:
    header, items = read_package(data)
    return write_package(header, [(name, item) for name, item in items if keep(_inner(name))])


def _inner(name: str) -> str:
    """``icudt73l/coll/ko.res`` → ``coll/ko.res``."""
    return name.split("/", 1)[1]


def _run(*command: str | Path) -> None:
    subprocess.run([str(part) for part in command], check=True, capture_output=True)


def slim(library: Path, out_dir: Path) -> Path:
    """Write the slim copy of ``library`` (…/libicudata.so.NN) into ``out_dir`` under
    the same name; returns its path."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise NoTools(f"{', '.join(missing)} missing: apt-get install binutils")
    version = library.name.rsplit(".", 1)[-1]
    symbol = f"icudt{version}_dat"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / library.name
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        _run("objcopy", "-O", "binary", "--only-section=.rodata", library, work / "full.dat")
        (work / "slim.dat").write_bytes(slim_data((work / "full.dat").read_bytes()))
        (work / "data.s").write_text(
            '\t.section .note.GNU-stack,"",@progbits\n'
            "\t.section .rodata\n"
            f"\t.balign {ALIGN}\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"{symbol}:\n"
            f'\t.incbin "{work / "slim.dat"}"\n'
            f"\t.size {symbol}, . - {symbol}\n",
            encoding="ascii",
        )
        _run("as", "-o", work / "data.o", work / "data.s")
        _run("ld", "-shared", "-soname", library.name, "-z", "noexecstack", "-s",
             "-o", target, work / "data.o")  # fmt: skip
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    library, out_dir = Path(argv[0]), Path(argv[1])
    target = slim(library, out_dir)
    print(f"{library.stat().st_size / 1e6:.1f} MB → {target.stat().st_size / 1e6:.1f} MB: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
