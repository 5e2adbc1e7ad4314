"""Keep ``gsmeet/resources/translations/messages_<lang>.ts`` in step with the message
classes, and ``cli_<lang>.ts`` with the command line's fixed texts.

    .venv/bin/python scripts/sync_messages.py           # add new, flag changed, drop gone
    .venv/bin/python scripts/sync_messages.py --check   # exit 1 when out of step

Every :class:`gsmeet.domain.messages.Message` subclass is one entry: its English
``text`` as the source, its key as the comment. A new message is added with an empty,
unfinished translation (for you to write); a message whose English text changed keeps
its old translation, marked unfinished, for you to check; entries of messages that no
longer exist are removed. Entries are kept in key order, so parallel changes rarely
touch the same lines.

The command line's texts are every ``t("…")`` in ``gsmeet/cli`` (context ``cli``) and
the argparse texts it translates (context ``argparse``), kept the same way.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import gsmeet  # noqa: E402
from gsmeet.domain.errors import KINDS  # noqa: E402
from gsmeet.domain.messages import CONTEXT, Message, subclasses  # noqa: E402

LANGS = {"ko": "ko_KR"}
TRANSLATIONS = ROOT / "gsmeet" / "resources" / "translations"


def messages() -> dict[str, str]:
    """key → English text of every message class in the package."""
    for module in pkgutil.walk_packages(gsmeet.__path__, "gsmeet."):
        if ".migrations" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    return {
        cls.key(): cls.text
        for cls in subclasses(Message)
        if cls not in KINDS and cls.__module__.startswith("gsmeet.")
    }


def read(path: Path) -> dict[str, tuple[str, str, str | None]]:
    if not path.exists():
        return {}
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        found[message.findtext("comment", "")] = (
            message.findtext("source", ""),
            "" if translation is None else translation.text or "",
            None if translation is None else translation.get("type"),
        )
    return found


def write(path: Path, language: str, entries: dict[str, tuple[str, str, str | None]]) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    quote = {"'": "&apos;", '"': "&quot;"}
    for key in sorted(entries):
        source, translation, kind = entries[key]
        marker = f' type="{kind}"' if kind else ""
        lines += [
            "    <message>",
            f"        <source>{escape(source, quote)}</source>",
            f"        <comment>{escape(key)}</comment>",
            f"        <translation{marker}>{escape(translation, quote)}</translation>",
            "    </message>",
        ]
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def sync(current: dict[str, str], known: dict[str, tuple[str, str, str | None]]) -> dict:
    result = {}
    for key, text in current.items():
        source, translation, kind = known.get(key, (text, "", "unfinished"))
        if source != text:
            kind = "unfinished"
        result[key] = (text, translation, kind)
    return result


def cli_texts() -> dict[str, str]:
    """key (context + NUL + source) → source of every text the command line shows."""
    from gsmeet.cli.speech import ARGPARSE, ARGPARSE_TEXTS, CONTEXT

    found = {f"{ARGPARSE}\0{text}": text for text in ARGPARSE_TEXTS}
    for path in sorted((ROOT / "gsmeet" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[f"{CONTEXT}\0{node.args[0].value}"] = node.args[0].value
    return found


def read_texts(path: Path) -> dict[str, tuple[str, str, str | None]]:
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            found[f"{name}\0{source}"] = (
                source,
                "" if translation is None else translation.text or "",
                None if translation is None else translation.get("type"),
            )
    return found


def write_texts(path: Path, language: str, entries: dict[str, tuple[str, str, str | None]]) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    quote = {"'": "&apos;", '"': "&quot;"}
    for context in sorted({key.split("\0")[0] for key in entries}):
        lines += ["<context>", f"    <name>{context}</name>"]
        for key in sorted(k for k in entries if k.split("\0")[0] == context):
            source, translation, kind = entries[key]
            marker = f' type="{kind}"' if kind else ""
            lines += [
                "    <message>",
                f"        <source>{escape(source, quote)}</source>",
                f"        <translation{marker}>{escape(translation, quote)}</translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines += ["</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; exit 1 if stale")
    args = parser.parse_args()
    catalogs = (
        ("messages", messages(), read, write),
        ("cli", cli_texts(), read_texts, write_texts),
    )
    status = 0
    for lang, language in LANGS.items():
        for catalog, current, reader, writer in catalogs:
            path = TRANSLATIONS / f"{catalog}_{lang}.ts"
            known = reader(path)
            wanted = sync(current, known)
            todo = sorted(k for k, (_, text, kind) in wanted.items() if kind or not text.strip())
            shown = ", ".join(key.replace("\0", ": ") for key in todo)
            if args.check:
                if wanted != known or todo:
                    print(f"{path.name}: out of step; to translate: {shown}")
                    status = 1
                continue
            if wanted != known:
                writer(path, language, wanted)
            if todo:
                print(f"{path.name}: to translate: {shown}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
