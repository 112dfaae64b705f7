"""Hand-over, takeover and split brain as the fold sees them: who wins, what is fenced."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.domain.eventlog import Record, make_record
from facilitator_app.domain.state import fold

from .helpers import seg, show


class World:
    """Several writers, each with its own sequence and Lamport clock, and what it has seen."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self.seq: dict[str, int] = {}
        self.lamport: dict[str, int] = {}
        self.seen: dict[str, list[Record]] = {}
        self.epoch: dict[str, int] = {}

    def write(self, writer: str, type_: str, payload: dict[str, Any]) -> Record:
        self.seq[writer] = self.seq.get(writer, 0) + 1
        known = self.seen.setdefault(writer, [])
        lamport = max([r.lamport for r in known] + [self.lamport.get(writer, 0)]) + 1
        self.lamport[writer] = lamport
        rec = make_record(writer, self.seq[writer], lamport, self.epoch.get(writer, 0), type_, payload, "t")
        self.records.append(rec)
        known.append(rec)
        return rec

    def sync(self, writer: str) -> None:
        """The writer reads the shared folder."""
        self.seen[writer] = list(self.records)

    def claim(self, writer: str, epoch: int) -> Record:
        seen: dict[str, int] = {}
        for r in self.seen.get(writer, []):
            seen[r.writer] = max(seen.get(r.writer, 0), r.seq)
        rec = self.write(writer, "lease.claim", {"epoch": epoch, "name": writer, "seen": seen})
        self.epoch[writer] = epoch
        return rec


def started() -> World:
    w = World()
    w.write("a", "session.created", {"show": show(seg("s1", 10), seg("s2", 10)).to_dict()})
    w.claim("a", 1)
    w.write("a", "live.message", {"text": "a1"})
    return w


def test_clean_hand_over_fences_nothing() -> None:
    w = started()
    w.write("a", "lease.offer", {"to": "b", "to_name": "B"})
    w.sync("b")
    w.claim("b", 2)
    w.write("b", "live.message", {"text": "b1"})
    state = fold(w.records)
    assert state.lease.owner == "b" and state.lease.epoch == 2
    assert state.fenced == () and state.offer is None
    assert state.live.message == "b1"


def test_split_brain_fences_what_the_new_owner_had_not_seen() -> None:
    w = started()
    w.sync("b")
    w.write("a", "live.message", {"text": "a-unseen-1"})  # A is offline but keeps working
    w.claim("b", 2)  # B takes over without having seen them
    w.write("a", "live.message", {"text": "a-unseen-2"})
    w.write("b", "live.message", {"text": "b1"})
    state = fold(w.records)
    assert state.lease.owner == "b"
    assert [r.payload["text"] for r in state.fenced] == ["a-unseen-1", "a-unseen-2"]
    assert state.live.message == "b1"
    # B re-applies the first and discards the second: both stop being listed.
    w.sync("b")
    w.write("b", "live.message", {"text": "a-unseen-1"})
    for r in state.fenced:
        w.write("b", "fence.resolved", {"writer": r.writer, "seq": r.seq, "action": "discarded"})
    resolved = fold(w.records)
    assert resolved.fenced == () and resolved.live.message == "a-unseen-1"


def test_simultaneous_takeovers_the_higher_writer_wins_everywhere() -> None:
    w = started()
    w.sync("b")
    w.sync("c")
    w.claim("b", 2)
    w.claim("c", 2)
    w.write("b", "live.message", {"text": "from b"})
    w.write("c", "live.message", {"text": "from c"})
    state = fold(w.records)
    assert state.lease.owner == "c"
    assert [r.payload["text"] for r in state.fenced] == ["from b"]  # the void claim itself is not listed
    assert state.live.message == "from c"


def test_the_old_owner_writing_after_seeing_the_claim_is_fenced() -> None:
    w = started()
    w.sync("b")
    w.claim("b", 2)
    w.sync("a")  # A has seen the claim but still writes under its old epoch
    w.write("a", "live.message", {"text": "late"})
    state = fold(w.records)
    assert [r.payload["text"] for r in state.fenced] == ["late"]


def split_brain_world() -> World:
    w = started()
    w.sync("b")
    w.sync("c")
    w.write("a", "live.message", {"text": "unseen"})
    w.claim("b", 2)
    w.claim("c", 2)
    w.write("b", "live.message", {"text": "b"})
    w.sync("c")
    w.write("c", "live.message", {"text": "c"})
    w.claim("a", 3)  # A comes back and (wrongly) claims without having read anything new
    return w


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_fencing_is_the_same_on_every_machine(data: st.DataObject) -> None:
    records = split_brain_world().records
    reference = fold(records)
    extra = data.draw(st.lists(st.sampled_from(records), max_size=8))
    mixed = data.draw(st.permutations(records + extra))
    state = fold(mixed)
    assert state.digest() == reference.digest()
    assert sorted(r.key for r in state.fenced) == sorted(r.key for r in reference.fenced)


def test_creation_and_a_writers_own_events_are_never_fenced_by_its_own_claims() -> None:
    w = World()
    w.write("a", "session.created", {"show": show(seg("s1", 10)).to_dict()})
    w.write("a", "lease.claim", {"epoch": 1, "name": "a", "seen": {}})  # saw nothing, not even itself
    w.epoch["a"] = 1
    w.write("a", "live.message", {"text": "mine"})
    w.write("a", "lease.claim", {"epoch": 2, "name": "a", "seen": {}})
    w.epoch["a"] = 2
    state = fold(w.records)
    assert state.show.id and state.fenced == () and state.live.message == "mine"
