"""People commands: add, change, remove, mark as left or back (each undoable); and who was
in the meeting when (recorded from the platform's roster, not undoable, in no menu)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..domain import edits, presence
from ..domain.edits import Edit
from ..domain.text import QT_TRANSLATE_NOOP, msg
from .base import Command, Context, Param, Result, need, saved

Args = Mapping[str, Any]
FIELDS = ("name", "email", "organisation", "department", "role", "host")
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("edits", "name"),
    "email": QT_TRANSLATE_NOOP("edits", "e-mail"),
    "organisation": QT_TRANSLATE_NOOP("edits", "organisation"),
    "department": QT_TRANSLATE_NOOP("edits", "department"),
    "role": QT_TRANSLATE_NOOP("edits", "role"),
    "host": QT_TRANSLATE_NOOP("edits", "host"),
}


def _person(ctx: Context, args: Args) -> Any:
    pid = str(args.get("person") or "")
    person = next((p for p in ctx.state().show.people if p.id == pid), None)
    need(person is not None, msg("There is no person %1.", pid), "not_found")
    return person


def update(ctx: Context, args: Args) -> Result:
    person = _person(ctx, args)
    field = str(args.get("field") or "")
    need(field in FIELDS, msg("A person has no field %1.", field))
    value: Any = args.get("value")
    state = ctx.state()
    if field == "email":
        email = str(value or "").strip().lower()
        need(
            not email or ("@" in email and not any(p.email == email and p.id != person.id for p in state.show.people)),
            msg("%1 is not a usable e-mail address (invalid, or someone else's)", email),
        )
        value = email
    elif field == "name":
        value = str(value or "").strip()
        need(bool(value), msg("A person needs a name."))
    elif field == "host":
        value = bool(value)
    else:
        value = str(value or "").strip()
    data = person.to_dict()
    if data[field] == value:
        return Result(changed=False)
    data[field] = value
    label = msg(FIELD_LABELS[field], context="edits")
    saved(
        ctx.edit(edits.set_people(state.show, [data], [], msg("Change %1 of %2", label, person.name, context="edits")))
    )
    return Result()


def add(ctx: Context, args: Args) -> Result:
    from ..domain.people import person_id  # (the spreadsheet module: loaded when people are added)

    state = ctx.state()
    n = len(state.show.people) + 1
    name = str(args.get("name") or f"New person {n}")
    ids = {p.id for p in state.show.people}
    pid = person_id("", f"{name}-{n}")
    while pid in ids:
        n += 1
        pid = person_id("", f"{name}-{n}")
    data = {"id": pid, "name": name}
    saved(ctx.edit(edits.set_people(state.show, [data], [], msg("Add %1", name, context="edits"))))
    return Result(data={"person": pid})


def remove(ctx: Context, args: Args) -> Result:
    ids = [str(i) for i in args.get("people") or []]
    need(bool(ids), msg("Whom to remove? (argument people)"))
    state = ctx.state()
    text = msg("Remove %1 people", len(ids), context="edits")
    saved(ctx.edit(edits.set_people(state.show, [], ids, text)))
    return Result()


def absent(ctx: Context, args: Args) -> Result:
    """Mark a person as left (not planned into coming rounds) or back."""
    person = _person(ctx, args)
    left = bool(args.get("absent", True))
    state = ctx.state()
    if (person.id in state.rooms.absent) == left:
        return Result(changed=False)
    text = (
        msg("Mark %1 as left", person.name, context="edits")
        if left
        else msg("Mark %1 as back", person.name, context="edits")
    )
    edit = Edit(
        text,
        "person.absent",
        {"person_ids": [person.id], "absent": left},
        "person.absent",
        {"person_ids": [person.id], "absent": not left},
    )
    saved(ctx.edit(edit))
    return Result()


def _close_time(ctx: Context, last: datetime, now: datetime) -> datetime | None:
    """When the live record is from an earlier day (in the event's zone): close it at the
    end of that day's show (the last segment that ended that day), else at its last change."""
    state = ctx.state()
    tz = ZoneInfo(state.show.timezone)
    if last.astimezone(tz).date() == now.astimezone(tz).date():
        return None
    ends = [
        a.ended_at
        for a in state.live.actuals.values()
        if a.ended_at is not None
        and last <= a.ended_at <= now
        and a.ended_at.astimezone(tz).date() == last.astimezone(tz).date()
    ]
    return max([last, *ends])


def record_presence(ctx: Context, args: Args) -> Result:
    """The live roster as the platform gives it now: who joined and who left since the last
    change (matched to the event's people by e-mail, then name; others counted as guests)."""
    roster = args.get("roster")
    need(isinstance(roster, list), msg("The roster must be a list."))
    source = str(args.get("source") or "live")
    state = ctx.state()
    now = ctx.now()
    last = state.presence.last_at
    closed = _close_time(ctx, last, now) if last is not None and state.presence.present() else None
    payload = presence.change_payload(state.presence, state.show.people, list(roster or []), now, source, closed)
    if payload is None:
        return Result(changed=False)
    saved(ctx.record("presence.changed", payload))
    return Result(data={"joined": len(payload["joined"]), "left": len(payload["left"])})


def import_presence(ctx: Context, args: Args) -> Result:
    """Join and leave times the platform gives after the meeting (Zoom's past participants,
    a Teams attendance report), checked, joined with what was recorded live."""
    state = ctx.state()
    taken = presence.from_platform(state.show.people, args.get("records"), ctx.now())
    payload = presence.import_payload(state.presence, taken, str(args.get("source") or "platform"))
    if payload is None:
        return Result(changed=False, data={"added": 0, "refused": taken.refused})
    saved(ctx.record("presence.imported", payload))
    people = len({row[0] for row in payload["intervals"]})
    return Result(data={"added": people, "refused": taken.refused})


PERSON = Param("person", "person")

COMMANDS = (
    Command(
        "people.update",
        QT_TRANSLATE_NOOP("commands", "Change a person"),
        update,
        params=(PERSON, Param("field", "str", doc=", ".join(FIELDS)), Param("value", "str")),
    ),
    Command(
        "people.add", QT_TRANSLATE_NOOP("commands", "Add person"), add, params=(Param("name", "str", required=False),)
    ),
    Command("people.remove", QT_TRANSLATE_NOOP("commands", "Remove"), remove, params=(Param("people", "person list"),)),
    Command(
        "people.absent",
        QT_TRANSLATE_NOOP("commands", "Left / back"),
        absent,
        params=(PERSON, Param("absent", "bool", required=False)),
    ),
    Command(
        "people.record_presence",
        QT_TRANSLATE_NOOP("commands", "Record who is in the meeting"),
        record_presence,
        params=(Param("roster", "list"), Param("source", "str", required=False)),
    ),
    Command(
        "people.import_presence",
        QT_TRANSLATE_NOOP("commands", "Take join and leave times from the platform"),
        import_presence,
        params=(Param("records", "list"), Param("source", "str", required=False)),
    ),
)
