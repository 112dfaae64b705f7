"""Run-of-show edits as events paired with their inverse, for undo and redo.

The log is append-only, so undoing an edit appends its inverse. Each builder reads the
current show to capture what the inverse needs (old values, old position).
"""

from __future__ import annotations

from typing import Any

from .frozen import Frozen, record
from .model import Day, ModelError, Segment, Show
from .text import QT_TRANSLATE_NOOP, Msg, msg

# Field names as a person reads them in the undo menu ("Change length of Welcome").
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("edits", "title"),
    "kind": QT_TRANSLATE_NOOP("edits", "kind"),
    "lead": QT_TRANSLATE_NOOP("edits", "lead"),
    "notes": QT_TRANSLATE_NOOP("edits", "notes"),
    "duration_s": QT_TRANSLATE_NOOP("edits", "length"),
    "colour": QT_TRANSLATE_NOOP("edits", "colour"),
    "fixed_start": QT_TRANSLATE_NOOP("edits", "start"),
    "warn_s": QT_TRANSLATE_NOOP("edits", "warning"),
    "danger_s": QT_TRANSLATE_NOOP("edits", "danger"),
    "date": QT_TRANSLATE_NOOP("edits", "date"),
    "start": QT_TRANSLATE_NOOP("edits", "start"),
    "hard_stop": QT_TRANSLATE_NOOP("edits", "hard stop"),
    "roll": QT_TRANSLATE_NOOP("edits", "roll"),
}


def _fields(names: list[str]) -> Msg:
    """The changed fields as one translatable list (each label translated on its own)."""
    labels = [Msg(FIELD_LABELS.get(n, n), (), "edits") for n in sorted(names)]
    return Msg(", ".join(f"%{i + 1}" for i in range(len(labels))), tuple(labels), "")


@record
class Edit(Frozen):
    """One undoable change to the run-of-show: the event that makes it and the event that undoes it."""

    msg: Msg  # what the edit did, for the undo menu ("Change title of Welcome"), translatable
    type: str
    payload: dict[str, Any]
    inverse_type: str
    inverse_payload: dict[str, Any]

    @property
    def text(self) -> str:
        """The English text (the UI translates ``msg``)."""
        return str(self.msg)


def _locate(show: Show, segment_id: str) -> tuple[Day, int]:
    found = show.locate(segment_id)
    if found is None:
        raise ModelError(f"no segment {segment_id}")
    return found


def add_segment(show: Show, day_id: str, index: int, segment: Segment) -> Edit:
    if show.day(day_id) is None:
        raise ModelError(f"no day {day_id}")
    return Edit(
        msg("Add %1", segment.title, context="edits"),
        "segment.added",
        {"day_id": day_id, "index": index, "segment": segment.to_dict()},
        "segment.removed",
        {"segment_id": segment.id},
    )


def remove_segment(show: Show, segment_id: str) -> Edit:
    day, index = _locate(show, segment_id)
    seg = day.segments[index]
    return Edit(
        msg("Delete %1", seg.title, context="edits"),
        "segment.removed",
        {"segment_id": segment_id},
        "segment.added",
        {"day_id": day.id, "index": index, "segment": seg.to_dict()},
    )


def duplicate_segment(show: Show, segment_id: str, new_id: str) -> Edit:
    day, index = _locate(show, segment_id)
    original = day.segments[index]
    copy = Segment.from_dict({**original.to_dict(), "id": new_id, "fixed_start": None})
    edit = add_segment(show, day.id, index + 1, copy)
    return Edit(
        msg("Duplicate %1", original.title, context="edits"),
        edit.type,
        edit.payload,
        edit.inverse_type,
        edit.inverse_payload,
    )


def update_segment(show: Show, segment_id: str, changes: dict[str, Any]) -> Edit | None:
    """None when nothing would change."""
    day, index = _locate(show, segment_id)
    seg = day.segments[index]
    before = {"roll": False, **seg.to_dict()}  # to_dict leaves out a roll that is off
    seg.with_changes(changes)  # validates now, so a bad value never reaches the log
    new = {k: v for k, v in changes.items() if before.get(k) != v}
    if not new:
        return None
    return Edit(
        msg("Change %1 of %2", _fields(list(new)), seg.title, context="edits"),
        "segment.updated",
        {"segment_id": segment_id, "changes": new},
        "segment.updated",
        {"segment_id": segment_id, "changes": {k: before[k] for k in new}},
    )


def move_segment(show: Show, segment_id: str, day_id: str, index: int) -> Edit | None:
    """Move to ``index`` of ``day_id`` (the index after the segment was taken out)."""
    day, old_index = _locate(show, segment_id)
    target = show.day(day_id)
    if target is None:
        raise ModelError(f"no day {day_id}")
    limit = len(target.segments) - (1 if target.id == day.id else 0)
    index = max(0, min(index, limit))
    if target.id == day.id and index == old_index:
        return None
    return Edit(
        msg("Move %1", day.segments[old_index].title, context="edits"),
        "segment.moved",
        {"segment_id": segment_id, "day_id": day_id, "index": index},
        "segment.moved",
        {"segment_id": segment_id, "day_id": day.id, "index": old_index},
    )


def update_day(show: Show, day_id: str, changes: dict[str, Any]) -> Edit | None:
    day = show.day(day_id)
    if day is None:
        raise ModelError(f"no day {day_id}")
    before = {"roll": False, **day.to_dict()}
    day.with_changes(changes)
    new = {k: v for k, v in changes.items() if before.get(k) != v}
    if not new:
        return None
    return Edit(
        msg("Change %1 of %2", _fields(list(new)), day.title, context="edits"),
        "day.updated",
        {"day_id": day_id, "changes": new},
        "day.updated",
        {"day_id": day_id, "changes": {k: before[k] for k in new}},
    )


def add_day(show: Show, index: int, day: Day) -> Edit:
    return Edit(
        msg("Add %1", day.title, context="edits"),
        "day.added",
        {"index": index, "day": day.to_dict()},
        "day.removed",
        {"day_id": day.id},
    )


def remove_day(show: Show, day_id: str) -> Edit:
    day = show.day(day_id)
    if day is None:
        raise ModelError(f"no day {day_id}")
    index = [d.id for d in show.days].index(day_id)
    return Edit(
        msg("Delete %1", day.title, context="edits"),
        "day.removed",
        {"day_id": day_id},
        "day.added",
        {"index": index, "day": day.to_dict()},
    )


def set_rooms(rooms_before: dict[str, Any], rooms_after: dict[str, Any], text: Msg) -> Edit:
    """New rooms for some rounds (segment id -> list of room dicts, or None), undoable.
    Marked as an explicit edit: a person may change an announced round by hand."""
    return Edit(
        text,
        "rooms.planned",
        {"plans": rooms_after, "edit": True},
        "rooms.planned",
        {"plans": rooms_before, "edit": True},
    )


def set_people(show: Show, upsert: list[dict[str, Any]], remove: list[str], text: Msg) -> Edit:
    """Add, change or remove people in one undoable step."""
    before = {p.id: p.to_dict() for p in show.people}
    restore = [before[p["id"]] for p in upsert if p["id"] in before] + [before[i] for i in remove if i in before]
    added = [p["id"] for p in upsert if p["id"] not in before]
    return Edit(
        text,
        "people.set",
        {"upsert": upsert, "remove": remove},
        "people.set",
        {"upsert": restore, "remove": added},
    )
