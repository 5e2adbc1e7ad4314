"""What changed between two records of one session: the lines of a corrected
version's errata (정오표) that nobody recorded as a correction are found here, so no
change of issued minutes goes unlisted."""

from __future__ import annotations

from dataclasses import dataclass

from gsmeet.domain.records import MeetingRecord

# What a correction can change, in the order the minutes print it.
TARGETS = ("agenda_title", "remark", "decision", "action_title", "action_detail")


@dataclass(frozen=True, slots=True)
class Difference:
    target: str
    target_id: int
    before: str  # "" where the entry was added
    after: str  # "" where it was removed


def texts(record: MeetingRecord) -> dict[tuple[str, int], str]:
    """Every correctable text of the record, by (target, id)."""
    found: dict[tuple[str, int], str] = {}
    for item in record.agenda:
        found["agenda_title", item.id] = item.title
    for remark in record.remarks:
        found["remark", remark.id] = remark.text
    for decision in record.decisions:
        found["decision", decision.id] = decision.text
    for action in record.actions:
        found["action_title", action.id] = action.title
        found["action_detail", action.id] = action.detail
    return found


def differences(old: MeetingRecord, new: MeetingRecord) -> list[Difference]:
    """The texts that differ, were added or removed, in the minutes' order."""
    before, after = texts(old), texts(new)
    keys = sorted(set(before) | set(after), key=lambda k: (TARGETS.index(k[0]), k[1]))
    found = []
    for key in keys:
        old_text, new_text = before.get(key, ""), after.get(key, "")
        if old_text != new_text:
            found.append(Difference(key[0], key[1], old_text, new_text))
    return found


def anchor(target: str, target_id: int) -> str:
    """The anchor of a target in the rendered document (where its page is looked up)."""
    kind = {"agenda_title": "item", "action_title": "action", "action_detail": "action"}
    return f"{kind.get(target, target)}:{target_id}"
