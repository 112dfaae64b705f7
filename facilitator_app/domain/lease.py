"""Who may write: the lease chain of claims, and which events it fences.

Rules, the same on every machine because they depend only on the set of records:

- A ``lease.claim`` carries the epoch it takes (the previous epoch + 1) and the highest
  sequence number the claimant had seen of each writer. Of several claims for one epoch
  (two people forcing a takeover at once) the one from the higher writer id wins; the
  others are void and fence nothing.
- An event is *valid* when its writer won the claim of the epoch the event was written
  under, and the next winning claim, if any, had seen it (or came from the same writer).
  Epoch 0 is the session's creation, before any claim, and always valid. Every other
  event is *fenced*: kept, listed, never applied until a person re-applies it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .eventlog import Record
from .frozen import Frozen, record

CLAIM = "lease.claim"


@record
class Claim(Frozen):
    """A claim of control for one epoch, with what its writer had seen of each writer's events."""

    record: Record
    epoch: int
    seen: dict[str, int]

    @property
    def writer(self) -> str:
        return self.record.writer


def _claim(rec: Record) -> Claim | None:
    try:
        epoch = int(rec.payload["epoch"])
        seen = {str(k): int(v) for k, v in dict(rec.payload.get("seen", {})).items()}
    except (KeyError, TypeError, ValueError, OverflowError):  # OverflowError: an epoch of 1e400
        return None
    return Claim(rec, epoch, seen) if epoch >= 1 else None


@record
class LeaseChain(Frozen):
    """Which claim won each epoch, and the claims that lost (they fence nothing)."""

    winners: dict[int, Claim]  # epoch -> the winning claim
    void: frozenset[tuple[str, int]]  # keys of claims that lost

    @classmethod
    def of(cls, records: Iterable[Record]) -> LeaseChain:
        winners: dict[int, Claim] = {}
        losers: set[tuple[str, int]] = set()
        for rec in records:
            if rec.type != CLAIM:
                continue
            claim = _claim(rec)
            if claim is None:
                losers.add(rec.key)
                continue
            best = winners.get(claim.epoch)
            if best is None or (claim.writer, claim.record.seq) > (best.writer, best.record.seq):
                if best is not None:
                    losers.add(best.record.key)
                winners[claim.epoch] = claim
            else:
                losers.add(rec.key)
        return cls(winners, frozenset(losers))

    def next_after(self, epoch: int) -> Claim | None:
        later = [e for e in self.winners if e > epoch]
        return self.winners[min(later)] if later else None

    def is_valid(self, rec: Record) -> bool:
        if rec.type == CLAIM:
            return rec.key not in self.void
        if rec.epoch == 0:
            return True  # the session's creation, before any lease
        owner = self.winners.get(rec.epoch)
        if owner is None or owner.writer != rec.writer:
            return False
        following = self.next_after(rec.epoch)
        # A writer that claims again has seen its own earlier events.
        return following is None or following.writer == rec.writer or rec.seq <= following.seen.get(rec.writer, 0)
