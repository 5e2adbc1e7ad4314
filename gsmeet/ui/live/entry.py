"""The remark entry: where the secretary types for two hours.

Enter saves, Shift+Enter starts a new line. The classic bug of Korean chat boxes —
Enter pressed while the last syllable is still being composed loses that syllable, or
saves it twice when the input method commits it afterwards — is handled here: the
syllable being composed (the *preedit*) is committed into the text before saving, the
input method is reset, and a commit of that same syllable arriving right after (some
input methods, ibus-hangul among them, flush their composition on reset) is dropped.
"""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from gsmeet.domain.dates import format_date
from gsmeet.domain.entry import EntryKind, parse_entry
from gsmeet.domain.labels import Lang
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.live.style import ACCENT, MUTED, RED

# How long after Enter a commit of the syllable saved with the remark is taken for the
# input method's late flush, not for new typing.
LATE_COMMIT_SECONDS = 0.5


class RemarkEntry(QPlainTextEdit):
    """``submitted(text)``: Enter was pressed; ``text`` is all that was typed, the
    syllable being composed included. The owner clears the entry once it took it."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Remark"))
        self._preedit = ""
        self._late_commit = ""
        self._late_until = 0.0
        self._passed: list[QKeySequence] = []

    def pass_through(self, sequences: list[QKeySequence]) -> None:
        """Key sequences the live screen's actions use, which a text box would keep for
        itself (Ctrl+K deletes to the end of the line, Ctrl+Shift+Z redoes typing)."""
        self._passed = list(sequences)

    @property
    def composing(self) -> str:
        return self._preedit

    def full_text(self) -> str:
        """The text with the syllable being composed where the input method shows it."""
        text = self.toPlainText()
        if not self._preedit:
            return text
        at = self.textCursor().position()
        return text[:at] + self._preedit + text[at:]

    # -- events ---------------------------------------------------------------------

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        commit, preedit = event.commitString(), event.preeditString()
        late = self._late_commit
        self._late_commit = ""
        if late and commit == late and not preedit and time.monotonic() < self._late_until:
            event.accept()  # saved with the remark already
            return
        super().inputMethodEvent(event)
        self._preedit = preedit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                self._commit_composition()
                self.insertPlainText("\n")
                event.accept()
                return
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self._commit_composition()
                event.accept()
                self.submitted.emit(self.toPlainText())
                return
        self._late_commit = ""
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._leave_to_window(event)
        ):
            event.ignore()  # not taken here: the window's action gets the key
            return True
        return super().event(event)

    def _leave_to_window(self, event: QKeyEvent) -> bool:
        # Ctrl+Z in an entry holding text undoes typing only; in an empty one, the last
        # live edit. Ctrl+Shift+Z redoes typing while there is typing to redo.
        empty = not self.toPlainText() and not self._preedit
        if event.matches(QKeySequence.StandardKey.Undo):
            return empty
        if event.matches(QKeySequence.StandardKey.Redo):
            return empty and not self.document().isRedoAvailable()
        pressed = QKeySequence(event.keyCombination())
        return any(pressed == sequence for sequence in self._passed)

    def _commit_composition(self) -> None:
        preedit = self._preedit
        if not preedit:
            return
        commit = QInputMethodEvent()
        commit.setCommitString(preedit)
        super().inputMethodEvent(commit)
        self._preedit = ""
        self._late_commit = preedit
        self._late_until = time.monotonic() + LATE_COMMIT_SECONDS
        # Tell the input method its composition is over; what it may still send for
        # it is dropped above.
        QGuiApplication.inputMethod().reset()


class EntryPreview(QLabel):
    """What Enter will make of the text: a remark by whom, a decision, an action item
    with its owner and due date, or why it cannot be saved (the text stays)."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.ok = True

    def show_for(self, text: str, held_on: date | None, speaker: str, *, blocked: str = "") -> None:
        """What Enter makes of ``text``; ``blocked``: why nothing can be saved now and
        what to press instead (shown while the entry is empty)."""
        if not text.strip() and blocked:
            self.ok = True
            self._set(blocked, ok=True, colour=ACCENT)  # what to press: a hint, not an error
            return
        if not text.strip():
            self.ok = True
            self._set(
                self.tr(
                    "Enter saves · Shift+Enter new line · 결정: decision · "
                    "조치: action @owner ~date · Ctrl+K speaker"
                ),
                ok=True,
            )
            return
        entry = parse_entry(text, today=held_on)
        self.ok = entry.ok
        if entry.error is not None:
            self._set(self.tr("Cannot save: {error}").format(error=describe(entry.error)), ok=False)
        elif entry.kind is EntryKind.DECISION:
            self._set(self.tr("Enter records a decision (no objection)"), ok=True)
        elif entry.kind is EntryKind.ACTION:
            due = format_date(entry.due_on, self._lang) if entry.due_on else self.tr("no due date")
            owner = entry.owner_query or self.tr("no owner")
            self._set(
                self.tr("Enter records an action item · owner {owner} · due {due}").format(
                    owner=owner, due=due
                ),
                ok=True,
            )
        else:
            self._set(self.tr("Enter saves a remark by {speaker}").format(speaker=speaker), ok=True)

    def _set(self, message: str, *, ok: bool, colour: str = "") -> None:
        self.setText(message)
        colour = colour or (MUTED if ok else RED)
        if self.property("colour") != colour:  # re-polished on every set: on a change only
            self.setProperty("colour", colour)
            self.setStyleSheet(f"color: {colour};")
