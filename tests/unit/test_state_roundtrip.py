"""The folded session state written as a dict and read back: equal, same digest, JSON."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.domain import edits, live
from facilitator_app.domain.eventlog import Record, canonical, make_record
from facilitator_app.domain.model import Day, ModelError, Person, SegmentKind, Show, parse_clock
from facilitator_app.domain.polls import PollDef, PollKind
from facilitator_app.domain.state import SessionState, apply, fold
from facilitator_app.domain.state_format import FORMAT, KIND, StateFormatError

from .helpers import seg, show

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample_event.json"
T0 = datetime(2026, 12, 1, 7, 30, tzinfo=UTC)
OPS = (*range(30), 22, 24, 25, 25, 25)  # every kind of step; more polls and more changes of control
OFFSETS = (UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5, minutes=-30)))


def assert_round_trip(state: SessionState) -> None:
    data = state.to_dict()
    text = json.dumps(data, allow_nan=False)  # plain, strict JSON
    again = SessionState.from_dict(json.loads(text))
    assert again == state
    assert again.digest() == state.digest()
    assert list(again.polls) == list(state.polls)  # library order (dict == ignores order)
    assert list(again.live.actuals) == list(state.live.actuals)
    # Written with sorted keys (as a snapshot file would be), nothing that a list orders is lost.
    resorted = SessionState.from_dict(json.loads(canonical(data)))
    assert canonical(resorted.to_dict()) == canonical(data)
    assert list(resorted.polls) == list(state.polls)


class Writers:
    """Two consoles writing one session: records with real lease epochs, folded as the
    session folds them; the actions are built from the state as the UI builds them."""

    def __init__(self, the_show: Show, polls: list[dict[str, Any]] | None = None) -> None:
        self.records: list[Record] = []
        self.state = SessionState()
        self.seq = {"w1": 0, "w2": 0}
        self.epoch_of = {"w1": 0, "w2": 0}  # the epoch each writer believes in
        self.writer = "w1"
        self.now = T0
        self.add("session.created", {"show": the_show.to_dict(), "polls": polls or []})
        self.claim("w1", seen_all=True)

    def add(self, type_: str, payload: dict[str, Any], writer: str | None = None, epoch: int | None = None) -> None:
        writer = writer or self.writer
        self.seq[writer] += 1
        rec = make_record(
            writer,
            self.seq[writer],
            len(self.records) + 1,
            self.epoch_of[writer] if epoch is None else epoch,
            type_,
            payload,
            self.now.isoformat(),
        )
        self.records.append(rec)
        self.state = apply(self.state, rec)

    def claim(self, writer: str, seen_all: bool, missed: int = 0) -> None:
        seen = dict(self.seq)
        if not seen_all:  # a takeover that had not seen the other's last events: they are fenced
            other = "w2" if writer == "w1" else "w1"
            seen[other] = max(0, seen[other] - missed)
        epoch = self.state.lease.epoch + 1
        self.epoch_of[writer] = epoch
        self.writer = writer
        self.add("lease.claim", {"epoch": epoch, "name": writer.upper(), "seen": seen}, writer)

    def act(self, action: tuple[str, dict[str, Any]] | None) -> None:
        if action is not None:
            self.add(*action)

    def edit(self, edit: edits.Edit | None) -> None:
        if edit is not None:
            self.add(edit.type, edit.payload)

    def folded(self) -> SessionState:
        return fold(self.records)


def _segments(state: SessionState) -> list[str]:
    return [s.id for d in state.show.days for s in d.segments]


def step(w: Writers, data: st.DataObject, n: int) -> None:
    s = w.state
    the_show, lv = s.show, s.live
    segs = _segments(s)
    people = [p.id for p in s.show.people]
    pick = data.draw(st.sampled_from(OPS), label="op")
    w.now += timedelta(seconds=data.draw(st.integers(0, 900)), milliseconds=data.draw(st.integers(0, 999)))
    now = w.now.astimezone(data.draw(st.sampled_from(OFFSETS)))
    seg_id = data.draw(st.sampled_from(segs)) if segs else None
    if pick == 0 and seg_id:
        w.act(live.start_action(the_show, lv, seg_id, now))
    elif pick in (1, 2):
        w.act(live.toggle_action(the_show, lv, now, seg_id))
    elif pick == 3:
        w.act(live.next_action(the_show, lv, now))
    elif pick == 4:
        w.act(live.previous_action(the_show, lv, now))
    elif pick == 5:
        w.act(live.adjust_action(lv, now, data.draw(st.sampled_from([-60, 30, 60, 300]))))
    elif pick == 6:
        w.act(live.end_action(lv, now))
    elif pick == 7:
        w.act(live.skip_action(the_show, lv, seg_id))
    elif pick == 8:
        w.add("live.message", {"text": data.draw(st.text(max_size=12))})
    elif pick == 9 and the_show.days:
        day = data.draw(st.sampled_from(the_show.days))
        kind = data.draw(st.sampled_from(list(SegmentKind)))
        new = seg(f"n{n}", data.draw(st.integers(0, 90)), kind=kind, title=data.draw(st.text(max_size=8)))
        w.edit(edits.add_segment(the_show, day.id, data.draw(st.integers(0, 10)), new))
    elif pick == 10 and seg_id:
        w.edit(edits.remove_segment(the_show, seg_id))
    elif pick == 11 and seg_id:
        changes = data.draw(
            st.sampled_from(
                [
                    {"title": "Renamed"},
                    {"duration_s": 1234},
                    {"fixed_start": "10:15"},
                    {"fixed_start": "10:15:30"},
                    {"fixed_start": None},
                    {"colour": "#12ab9F", "warning_s": 90, "danger_s": 20},
                    {"kind": "breakout", "lead": "Åsa", "notes": "två\nrader"},
                ]
            )
        )
        w.edit(edits.update_segment(the_show, seg_id, changes))
    elif pick == 12 and seg_id and the_show.days:
        day = data.draw(st.sampled_from(the_show.days))
        w.edit(edits.move_segment(the_show, seg_id, day.id, data.draw(st.integers(0, 10))))
    elif pick == 13 and seg_id:
        w.edit(edits.duplicate_segment(the_show, seg_id, f"dup{n}"))
    elif pick == 14 and the_show.days:
        day = data.draw(st.sampled_from(the_show.days))
        change = data.draw(st.sampled_from([{"title": "Dag"}, {"start": "09:05"}, {"hard_stop": None}]))
        w.edit(edits.update_day(the_show, day.id, change))
    elif pick == 15:
        new_day = Day(f"day{n}", "Extra", date(2026, 12, 2), time(9), time(17), (seg(f"x{n}", 15),))
        if the_show.day(new_day.id) is None:
            w.edit(edits.add_day(the_show, data.draw(st.integers(0, 3)), new_day))
    elif pick == 16:
        extra = {"Track": data.draw(st.sampled_from(["A", "B"]))} if data.draw(st.booleans()) else {}
        person = Person(f"p{n}", f"Person {n}", f"p{n}@example.org", data.draw(st.sampled_from(["X", "Y", ""])))
        person = Person(**{**{f: getattr(person, f) for f in Person.__slots__}, "attributes": extra})  # type: ignore[attr-defined]
        remove = [data.draw(st.sampled_from(people))] if people and data.draw(st.booleans()) else []
        w.edit(edits.set_people(the_show, [person.to_dict()], remove, "people"))
    elif pick == 17 and seg_id:
        spec = data.draw(
            st.sampled_from([None, {"size": 4}, {"size": 3, "min_size": 2, "max_size": 4, "names": ["Ek", "Björk"]}])
        )
        w.add("rooms.configured", {"segment_id": seg_id, "spec": spec})
    elif pick == 18 and seg_id:
        members = data.draw(st.lists(st.sampled_from(people), unique=True, max_size=4)) if people else []
        host = members[0] if members and data.draw(st.booleans()) else None
        rooms = [{"name": "Rum 1", "members": members, "host": host}] if data.draw(st.booleans()) else None
        w.add("rooms.planned", {"plans": {seg_id: rooms}, "edit": data.draw(st.booleans())})
    elif pick == 19 and seg_id:
        w.add("rooms.announced", {"segment_id": seg_id, "announced": data.draw(st.booleans())})
    elif pick == 20 and people:
        w.add("person.absent", {"person_ids": people[:2], "absent": data.draw(st.booleans())})
    elif pick == 21:
        options = {"balance": "attr:Track", "apart": [people[:2]] if len(people) > 1 else [], "seed": n}
        options.update(together=[people[:3]] if len(people) > 2 else [], seconds=data.draw(st.sampled_from([0.5, 5])))
        w.add("rooms.options", options)
    elif pick == 22:
        kind = data.draw(st.sampled_from(list(PollKind)))
        poll = PollDef(
            f"q{n % 3}", kind, "How was it?", options=("Bra", "Dåligt") if kind in ("single", "multiple") else ()
        )
        payload: dict[str, Any] = {"poll": poll.to_dict()}
        if data.draw(st.booleans()):
            payload["index"] = 0
        w.add("poll.defined", payload)
    elif pick in (23, 24) and s.polls:
        poll_id = data.draw(st.sampled_from(list(s.polls)))
        if pick == 23:
            status = data.draw(st.sampled_from(["open", "closed", "revealed", "draft"]))
            w.add("poll.status", {"poll_id": poll_id, "status": status, "at": now.isoformat()})
        elif data.draw(st.booleans()):
            snap = {"source": "manual", "at": now.isoformat(), "counts": {"Bra": n, "5": 2}}
            w.add("poll.results", {"poll_id": poll_id, "snapshot": snap})
        else:
            answers = [
                {"respondent": r, "value": v, "at": (now if r else None) and now.isoformat()}
                for r, v in (("a@x.se", "Bra"), ("", "ord"), ("a@x.se", "Dåligt"))
            ]
            snap = {"source": "report:x.csv", "at": now.isoformat(), "answers": answers}
            w.add("poll.results", {"poll_id": poll_id, "snapshot": snap})
    elif pick == 25:
        choice = data.draw(st.integers(0, 3))
        other = "w2" if w.writer == "w1" else "w1"
        if choice == 0:
            w.add("lease.offer", {"to": other, "to_name": other.upper()})
        elif choice == 1:
            w.add("lease.offer_withdrawn", {})
        elif choice == 2:  # a takeover; the old owner may write on without knowing it
            w.claim(other, seen_all=data.draw(st.booleans()), missed=data.draw(st.integers(0, 3)))
        else:
            # Written by the console not in control, believing it is: fenced.
            w.add("live.message", {"text": "stale"}, other, max(1, w.epoch_of[other]))
    elif pick == 26:
        fenced = w.folded().fenced
        if fenced and data.draw(st.booleans()):
            w.add("fence.resolved", {"writer": fenced[0].writer, "seq": fenced[0].seq})
        else:
            w.add("platform.linked", {"platform": data.draw(st.sampled_from(["zoom", "teams"])), "meeting": "85"})
    elif pick == 28:  # the live roster changed: people and guests join and leave
        keys = data.draw(st.lists(st.sampled_from([*people[:4], "guest:åsa", "guest:bo"]), unique=True, max_size=4))
        present = sorted(s.presence.present())
        left = [k for k in present if k not in keys]
        payload: dict[str, Any] = {"at": now.isoformat(), "source": "rehearsal", "joined": keys, "left": left}
        payload["guests"] = {k: k[6:].title() for k in keys if k.startswith("guest:")}
        if data.draw(st.booleans()):
            payload["closed_at"] = (now - timedelta(minutes=5)).isoformat()
        w.add("presence.changed", payload)
    elif pick == 29:  # join and leave times from the platform after the meeting
        key = data.draw(st.sampled_from([*people[:2], "guest:cy"]))
        end = now + timedelta(minutes=data.draw(st.integers(0, 90)))
        w.add("presence.imported", {"source": "zoom", "intervals": [[key, now.isoformat(), end.isoformat()]]})
    elif pick == 27:  # events a fold skips, and says why
        w.add(data.draw(st.sampled_from(["future.thing", "segment.updated", "live.pause"])), {"x": [1, 2]})


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.data())
def test_any_folded_session_round_trips_through_its_dict(data: st.DataObject) -> None:
    w = Writers(show(seg("a", 10), seg("b", 20, fixed="09:00"), seg("c", 5, kind=SegmentKind.BREAKOUT)))
    for n in range(data.draw(st.integers(1, 40), label="steps")):
        step(w, data, n)
        # As applied one by one (nothing fenced), through JSON text.
        again = SessionState.from_dict(json.loads(json.dumps(w.state.to_dict(), allow_nan=False)))
        assert again == w.state and again.digest() == w.state.digest()
    assert_round_trip(w.state)
    assert_round_trip(w.folded())  # as the session folds it: with fenced events


def test_a_session_with_every_part_filled_round_trips() -> None:
    w = Writers(show(seg("a", 10), seg("b", 20), seg("c", 5, kind=SegmentKind.BREAKOUT)))
    w.edit(
        edits.set_people(w.state.show, [Person("p1", "Ann", "ann@x.se", "X", attributes={"T": "1"}).to_dict()], [], "p")
    )
    w.add("rooms.configured", {"segment_id": "c", "spec": {"size": 3, "min_size": 2, "max_size": 4}})
    w.add("rooms.planned", {"plans": {"c": [{"name": "Rum 1", "members": ["p1"], "host": "p1"}]}})
    w.add("rooms.announced", {"segment_id": "c"})
    w.add("person.absent", {"person_ids": ["p1"]})
    w.add("rooms.options", {"balance": "", "apart": [["p1", "p2"]], "together": [["p1", "p3", "p4"]], "seconds": 2.5})
    w.add("poll.defined", {"poll": PollDef("q", PollKind.SINGLE, "Q?", options=("A", "B")).to_dict()})
    w.add("poll.status", {"poll_id": "q", "status": "open", "at": T0.isoformat()})
    w.add(
        "poll.results",
        {"poll_id": "q", "snapshot": {"source": "zoom", "at": T0.isoformat(), "counts": {"A": 3}, "present": 4}},
    )
    w.add("platform.linked", {"platform": "webex", "meeting": "m-1"})
    w.add("future.thing", {})
    w.act(live.start_action(w.state.show, w.state.live, "a", T0))
    w.act(live.toggle_action(w.state.show, w.state.live, T0 + timedelta(seconds=61.5)))
    w.act(live.skip_action(w.state.show, w.state.live, "c"))
    w.add("lease.offer", {"to": "w2", "to_name": "Two"})
    offered = w.state
    w.claim("w2", seen_all=False, missed=2)
    state = w.folded()
    assert state.fenced and state.skipped and state.live.status is live.Status.PAUSED
    assert offered.offer is not None and offered.rooms.plans and offered.rooms.announced and offered.rooms.absent
    for s in (state, offered):
        assert_round_trip(s)
    data = state.to_dict()
    assert (data["kind"], data["format"]) == (KIND, FORMAT) == ("facilitator-session-state", 3)
    assert data["polls"][0]["snapshot"]["present"] == 4, "the people present then, kept with the result"
    assert Show.from_dict(data["show"]) == state.show  # the show in the form events and templates use


def test_the_sample_event_round_trips_after_a_morning_of_live_use() -> None:
    template = json.loads(SAMPLE.read_text(encoding="utf-8"))
    the_show = Show.from_dict({**template["show"], "id": "sample"})
    polls = [PollDef.from_dict(p).to_dict() for p in template["polls"]]
    w = Writers(the_show, polls)
    assert w.state.show.people and len(w.state.polls) == len(polls) > 0
    first_day = the_show.days[0].segments
    w.act(live.start_action(w.state.show, w.state.live, first_day[0].id, T0))
    for minutes in range(1, 8):
        w.now = T0 + timedelta(minutes=minutes * 7, seconds=minutes)
        w.act(live.next_action(w.state.show, w.state.live, w.now))
    w.act(live.adjust_action(w.state.live, w.now, 120))
    poll_id = next(iter(w.state.polls))
    w.add("poll.status", {"poll_id": poll_id, "status": "open", "at": w.now.isoformat()})
    w.add(
        "poll.results", {"poll_id": poll_id, "snapshot": {"source": "rehearsal", "at": w.now.isoformat(), "counts": {}}}
    )
    state = w.folded()
    assert not state.skipped and len(state.live.actuals) == 8
    assert_round_trip(state)
    assert_round_trip(SessionState())  # and the state before anything happened


# ---------------------------------------------------------------- malformed input


def _good() -> dict[str, Any]:
    w = Writers(show(seg("a", 10), seg("b", 20)))
    w.act(live.start_action(w.state.show, w.state.live, "a", T0))
    w.act(live.next_action(w.state.show, w.state.live, T0 + timedelta(minutes=9)))
    w.add("poll.defined", {"poll": PollDef("q", PollKind.RATING, "Q?").to_dict()})
    w.add("poll.results", {"poll_id": "q", "snapshot": {"source": "m", "at": T0.isoformat(), "counts": {"5": 1}}})
    w.add("rooms.configured", {"segment_id": "b", "spec": {"size": 4}})
    w.add("rooms.planned", {"plans": {"b": [{"name": "R", "members": ["x"]}]}})
    w.add("live.message", {"text": "stale"}, "w2", epoch=1)
    data = w.folded().to_dict()
    assert data["fenced"] and data["live"]["actuals"] and data["polls"][0]["snapshot"]
    return data


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(data))
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()

BAD = [
    (("format",), 4, "format: format 4 was written by a newer version"),
    (("format",), 0, "format: unknown format 0"),
    (("format",), "1", "format: expected a whole number"),
    (("kind",), "something-else", "kind: not a session state"),
    (("live",), _DELETE, "live: missing"),
    (("extra",), 1, "state: unknown field(s) extra"),
    (("show",), [], "show: expected an object, got a list"),
    (("show", "days", 0, "segments", 0, "duration_s"), -1, "show: segment 'A': duration cannot be negative"),
    (("show", "days", 0), 5, "show.days[0]: expected an object, got the number 5"),
    (("show", "days", 0, "segments"), {}, "show.days[0].segments: expected a list, got an object"),
    (("show", "days", 0, "segments", 1), "b", "show.days[0].segments[1]: expected an object, got a string"),
    (("show", "people"), None, "show.people: expected a list, got null"),
    (("show", "days", 0, "date"), "someday", "show: bad day 'd1'"),
    (("live", "status"), "flying", "live.status: not one of idle, running, paused, ended"),
    (("live", "end_at"), "tomorrow", "live.end_at: not an ISO 8601 instant"),
    (("live", "run_started_at"), "2026-12-01T08:30:00", "live.run_started_at: an instant needs a UTC offset"),
    (("live", "remaining_s"), "5", "live.remaining_s: expected a finite number, got a string"),
    (("live", "run_paused_s"), True, "live.run_paused_s: expected a finite number, got a boolean"),
    (("live", "added_s"), 1.5, "live.added_s: expected a whole number, got the number 1.5"),
    (("live", "skipped"), ["a", "a"], "live.skipped: an entry appears twice"),
    (("live", "skipped"), [1], "live.skipped[0]: expected a string"),
    (("live", "last_end_at", "a"), None, "live.last_end_at.a: expected a string, got null"),
    (("live", "actuals", 0, "started_at"), None, "live.actuals[0].started_at: expected a string, got null"),
    (("live", "actuals", 0, "runs"), 0, "live.actuals[0].runs: must be at least 1, not 0"),
    (("live", "actuals", 1, "segment_id"), "a", "live.actuals[1].segment_id: segment 'a' has two actuals"),
    (("live", "actuals", 0), [], "live.actuals[0]: expected an object, got a list"),
    (("lease", "epoch"), -1, "lease.epoch: must be at least 0, not -1"),
    (("lease", "epoch"), -(10**5000), "lease.epoch: must be at least 0, not a number too large"),
    (("live", "remaining_s"), 10**400, "live.remaining_s: expected a finite number, got a number too large"),
    (("live", "run_paused_s"), float("inf"), "live.run_paused_s: expected a finite number, got the number inf"),
    (("lease", "owner"), 7, "lease.owner: expected a string, got the number 7"),
    (("offer",), {"to": "w2"}, "offer.to_name: missing"),
    (("platform", "platform"), "myspace", "platform.platform: unknown platform 'myspace'"),
    (("rooms", "specs", "b", "size"), 1, "rooms.specs.b: room size 1"),
    (("rooms", "specs", "b"), "big", "rooms.specs.b: expected an object, got a string"),
    (("rooms", "plans", "b", 0), {"members": []}, "rooms.plans.b[0]: missing field 'name'"),
    (("rooms", "plans", "b"), {}, "rooms.plans.b: expected a list"),
    (("rooms", "apart"), [["a"]], "rooms.apart[0]: expected a pair of person ids, got 1 values"),
    (("rooms", "together"), [[None]], "rooms.together[0][0]: expected a string"),
    (("rooms", "seconds"), 1e6, "rooms.seconds: search time 1000000.0 s is out of range"),
    (("rooms", "seed"), None, "rooms.seed: expected a whole number, got null"),
    (("polls", 0, "poll", "question"), "", "polls[0].poll: a poll needs a question"),
    (("polls", 0, "status"), "gone", "polls[0].status: not one of draft, open, closed, revealed"),
    (("polls", 0, "snapshot", "counts"), {"5": -1}, "polls[0].snapshot: a count cannot be negative"),
    (("polls", 0, "snapshot", "at"), 12, "polls[0].snapshot: "),
    (("polls", 0, "snapshots"), -1, "polls[0].snapshots: must be at least 0"),
    (("polls", 0, "revealed"), "no", "polls[0].revealed: expected true or false"),
    (("polls",), {"q": {}}, "polls: expected a list, got an object"),
    (("skipped",), [None], "skipped[0]: expected a string, got null"),
    (("fenced", 0, "p", "text"), "altered", "fenced[0]: not a valid event record"),
    (("fenced", 0, "s"), "1", "fenced[0]: not a valid event record"),
    (("fenced", 0, "c"), _DELETE, "fenced[0].c: missing"),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD, ids=[".".join(map(str, b[0])) for b in BAD])
def test_malformed_input_names_the_field(path: tuple[Any, ...], value: Any, message: str) -> None:
    data = _good()
    assert SessionState.from_dict(data) == fold_good()
    with pytest.raises(StateFormatError) as caught:
        SessionState.from_dict(_set(data, path, value))
    assert str(caught.value).startswith(message) or message in str(caught.value), str(caught.value)


def fold_good() -> SessionState:
    return SessionState.from_dict(_good())


@pytest.mark.parametrize("data", [None, [], "state", 1, {"kind": KIND}, {"kind": KIND, "format": 1}])
def test_what_is_not_a_state_dict_is_refused(data: Any) -> None:
    with pytest.raises(StateFormatError):
        SessionState.from_dict(data)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.data())
def test_any_damage_to_a_state_dict_raises_only_the_format_error(data: st.DataObject) -> None:
    """Replace any one value anywhere by any JSON value: refused with the format error, or
    read as a state that round-trips like any other."""
    good = _good()
    paths: list[tuple[Any, ...]] = []

    def walk(value: Any, path: tuple[Any, ...]) -> None:
        paths.append(path)
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, (*path, k))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, (*path, i))

    walk(good, ())
    path = data.draw(st.sampled_from(paths[1:]))
    leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5)
    value = data.draw(
        st.recursive(
            leaf, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=3), c, max_size=3), max_leaves=5
        )
    )
    try:
        state = SessionState.from_dict(_set(good, path, value))
    except StateFormatError:
        return
    assert_round_trip(state)  # what is read is a state like any other


# ---------------------------------------------------------------- the fold's side of it


def test_the_fold_refuses_seconds_that_json_cannot_write() -> None:
    w = Writers(show(seg("a", 10)))
    w.act(live.start_action(w.state.show, w.state.live, "a", T0))
    w.add("live.pause", {"at": T0.isoformat(), "remaining_s": "nan"})
    w.add("live.adjust", {"delta_s": 5, "remaining_s": float("inf")})
    assert w.state.live.status is live.Status.RUNNING and len(w.state.skipped) == 2
    assert_round_trip(w.state)


def test_numbers_too_large_are_skipped_not_fatal() -> None:
    """JSON readers turn 1e400 into infinity; int() of it overflowed and stopped the fold."""
    w = Writers(show(seg("a", 10)))
    w.act(live.start_action(w.state.show, w.state.live, "a", T0))
    w.add("live.adjust", {"delta_s": 1e400, "end_at": T0.isoformat()})
    w.add("live.pause", {"at": T0.isoformat(), "remaining_s": 1e300})
    w.add("live.end", {"at": T0.isoformat()})  # 1e300 seconds after now: no such instant
    w.records.append(make_record("w2", 1, 99, 0, "lease.claim", {"epoch": 1e400}, "x"))
    state = fold(w.records)
    assert len(state.skipped) == 2 and state.lease.owner == "w1"
    assert_round_trip(state)


@pytest.mark.parametrize("text", ["09:00:00.5", "09:00+01:00"])
def test_a_clock_time_is_whole_seconds_of_the_day_with_no_offset(text: str) -> None:
    """Such a fixed start could not be written back as it was read."""
    with pytest.raises(ModelError):
        parse_clock(text)
    w = Writers(show(seg("a", 10)))
    w.add("segment.updated", {"segment_id": "a", "changes": {"fixed_start": text}})
    assert w.state.show.segment("a").fixed_start is None and w.state.skipped


def test_every_field_of_every_record_in_the_state_is_written() -> None:
    """A field added to a record without adding it to the dict form fails here, even when
    the property test never gives it a value other than its default."""
    from dataclasses import fields

    from facilitator_app.domain.live import Actual, LiveState
    from facilitator_app.domain.model import Day, Segment
    from facilitator_app.domain.polls import PollState, Snapshot
    from facilitator_app.domain.presence import PresenceState
    from facilitator_app.domain.rooms import Room, RoomSpec
    from facilitator_app.domain.state import Lease, Offer, PlatformLink, RoomsState

    w = Writers(show(seg("a", 10)))
    w.edit(edits.set_people(w.state.show, [Person("p1", "Ann").to_dict()], [], "p"))
    w.act(live.start_action(w.state.show, w.state.live, "a", T0))
    w.add("rooms.configured", {"segment_id": "a", "spec": {"size": 4}})
    w.add("rooms.planned", {"plans": {"a": [{"name": "R", "members": ["p1"]}]}})
    w.add("poll.defined", {"poll": PollDef("q", PollKind.RATING, "Q?").to_dict()})
    w.add(
        "poll.results",
        {"poll_id": "q", "snapshot": {"source": "m", "at": T0.isoformat(), "counts": {"5": 1}, "present": 2}},
    )
    w.add("lease.offer", {"to": "w2"})
    w.add("presence.changed", {"at": T0.isoformat(), "source": "live", "joined": ["p1", "guest:bo"], "left": []})
    d = w.state.to_dict()
    live_d, rooms_d, poll_d, show_d = d["live"], d["rooms"], d["polls"][0], d["show"]
    written = {
        SessionState: set(d) - {"kind", "format"},
        LiveState: set(live_d),
        Actual: set(live_d["actuals"][0]),
        Lease: set(d["lease"]),
        Offer: set(d["offer"]),
        PlatformLink: set(d["platform"]),
        RoomsState: set(rooms_d),
        RoomSpec: set(rooms_d["specs"]["a"]),
        Room: set(rooms_d["plans"]["a"][0]),
        PollState: set(poll_d),
        PollDef: set(poll_d["poll"]),
        Snapshot: set(poll_d["snapshot"]) | {"answers"},  # counts or answers
        Show: set(show_d),
        Day: set(show_d["days"][0]) | {"roll"},  # roll is written only when on
        Segment: set(show_d["days"][0]["segments"][0]) | {"roll"},
        Person: set(show_d["people"][0]),
        PresenceState: set(d["presence"]),
    }
    for cls, keys in written.items():
        assert keys == {f.name for f in fields(cls)}, cls.__name__


def test_format_1_still_reads_and_present_is_checked() -> None:
    """Format 2 added a result's ``present``; a format-1 state reads as before."""
    w = Writers(show(seg("a", 10)))
    w.add("poll.defined", {"poll": PollDef("q", PollKind.SINGLE, "Q?", options=("A", "B")).to_dict()})
    w.add("poll.results", {"poll_id": "q", "snapshot": {"source": "zoom", "at": T0.isoformat(), "counts": {"A": 3}}})
    data = json.loads(json.dumps(w.folded().to_dict()))
    old = {**{k: v for k, v in data.items() if k != "presence"}, "format": 1}
    assert SessionState.from_dict(old) == w.folded()
    with pytest.raises(StateFormatError, match=r"polls\[0\]\.snapshot\.present: not in format 1"):
        SessionState.from_dict(
            {**old, "polls": [{**data["polls"][0], "snapshot": {**data["polls"][0]["snapshot"], "present": 3}}]}
        )
    for bad in (-1, "4", 2.5, True):
        broken = {**data["polls"][0], "snapshot": {**data["polls"][0]["snapshot"], "present": bad}}
        with pytest.raises(StateFormatError, match=r"polls\[0\]\.snapshot\.present"):
            SessionState.from_dict({**data, "polls": [broken]})
    with pytest.raises(StateFormatError, match="format 4 was written by a newer version"):
        SessionState.from_dict({**data, "format": 4})


def test_format_2_reads_without_presence_and_presence_is_checked() -> None:
    """Format 3 added ``presence``; a format-2 state reads with none, a format-3 one needs it."""
    w = Writers(show(seg("a", 10)))
    w.add("presence.changed", {"at": T0.isoformat(), "source": "live", "joined": ["guest:bo"], "left": []})
    data = json.loads(json.dumps(w.folded().to_dict()))
    assert data["presence"]["intervals"] == {"guest:bo": [[T0.isoformat(), None]]}
    two = {**{k: v for k, v in data.items() if k != "presence"}, "format": 2}
    assert SessionState.from_dict(two).presence == SessionState().presence
    with pytest.raises(StateFormatError, match="unknown field"):
        SessionState.from_dict({**two, "presence": data["presence"]})
    with pytest.raises(StateFormatError, match="presence: missing"):
        SessionState.from_dict({k: v for k, v in data.items() if k != "presence"})
    backwards = {**data["presence"], "intervals": {"guest:bo": [[T0.isoformat(), "2026-12-01T07:00:00+00:00"]]}}
    with pytest.raises(StateFormatError, match=r"presence\.intervals\.guest:bo\[0\]: ends before it starts"):
        SessionState.from_dict({**data, "presence": backwards})
    with pytest.raises(StateFormatError, match=r"presence\.intervals\.guest:bo\[0\]\[0\]"):
        SessionState.from_dict({**data, "presence": {**data["presence"], "intervals": {"guest:bo": [["x", None]]}}})
