"""Which module holds which command, so that a run imports only the group of the
command it runs (``gsmeet minutes`` does not import the sessions', the roster's or the
offline copies' modules, nor build their options).

The parser knows every command's name from :data:`GROUPS` alone; a group's module is
imported, and its ``register`` adds its commands, when argparse chooses one of them, or
when the whole list is shown (``gsmeet --help``). Everything the user sees — the help,
the options, the messages — is what the group's ``register`` makes, as before; the
order of the names is the order below, which is the order the groups register in
(tests/test_cli_groups.py holds this table to the modules)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any

from gsmeet.cli.common import Parser

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("data", ("demo", "check", "export", "import")),
    ("committee", ("committee",)),
    ("documents", ("minutes", "agenda", "signin", "issue", "packet", "confirm")),
    ("sessions", ("prepare", "session")),
    ("member", ("member",)),
    ("roster", ("roster",)),
    ("backups", ("backup", "backups", "restore")),
    ("after", ("search", "actions")),
    ("mail", ("send",)),
    ("offline", ("checkout", "checkin")),
)

ORDER = tuple(name for _, names in GROUPS for name in names)
MODULE_OF = {name: module for module, names in GROUPS for name in names}


if TYPE_CHECKING:
    SubCommands = argparse._SubParsersAction[Parser]
else:  # not subscriptable at run time
    SubCommands = argparse._SubParsersAction


class LazyCommands(SubCommands):
    """argparse's sub-commands whose parsers are made when first needed: each name
    stands as a placeholder (None) until its group registers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._loaded: set[str] = set()
        for name in ORDER:
            self._name_parser_map[name] = None  # type: ignore[assignment]

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        """argparse's, in place of the name's placeholder."""
        if name in self._name_parser_map and self._name_parser_map[name] is None:
            del self._name_parser_map[name]
        return super().add_parser(name, **kwargs)

    def load(self, module: str) -> None:
        """Group ``module`` registered (once), the names kept in :data:`ORDER`."""
        if module in self._loaded:
            return
        self._loaded.add(module)
        import_module(f"gsmeet.cli.{module}").register(self)
        parsers = self._name_parser_map
        self._name_parser_map.update({name: parsers.pop(name) for name in ORDER})
        self._choices_actions.sort(key=lambda action: ORDER.index(action.dest))

    def load_all(self) -> None:
        for module, _ in GROUPS:
            self.load(module)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if isinstance(values, Sequence) and values and values[0] in MODULE_OF:
            self.load(MODULE_OF[values[0]])
        super().__call__(parser, namespace, values, option_string)


class TopParser(Parser):
    """The ``gsmeet`` parser: its help lists every command, so every group registers
    before it is shown."""

    commands: LazyCommands | None = None

    def format_help(self) -> str:
        if self.commands is not None:
            self.commands.load_all()
        return super().format_help()
