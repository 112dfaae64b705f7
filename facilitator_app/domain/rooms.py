"""The room planner: who goes to which breakout room, round after round.

Goals, in order of weight: keep-apart pairs apart and keep-together groups together,
exactly one host per room, sizes in the allowed range (fixed by the room layout), no pair
meeting twice (and where repeats cannot be avoided, spread thinly: the cost of a pair
grows with the square of its meetings), rooms mixing an attribute in proportion, and
when re-planning, as few people moved as possible.

How: rounds from an algebraic construction (``designs``: grids, orthogonal arrays) where
the sizes allow it, otherwise greedy rounds; then a tabu search over swaps of two people
in one round, aimed at the people in conflict. While there are more repeats than the
pigeonhole bound the search uses its whole time budget (restarting from shaken rounds when
stuck); otherwise it stops when nothing is left to improve or after a fixed number of steps
without progress, and is then deterministic for a seed. More rounds than a construction
gives: the constructed rounds stay repeat-free first (see ``_lexicographic``).

The plan is checked by ``assess``, which recounts everything from the plan itself and
never uses the search's bookkeeping.
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field, replace
from itertools import combinations

from . import designs
from .frozen import Frozen, record
from .text import Msg, msg

W_HARD = 1000  # keep apart / together, per violating pair
W_REPEAT = 20  # per unit of repeats: a pair's second meeting costs 1 unit, its third 4 more, ...
W_BALANCE = 3  # per person a room is off its proportional share of an attribute value
W_MOVE = 8  # per person moved from where a previous plan had them


class PlanError(ValueError):
    """A room request that cannot be planned at all (names the reason); ``msg``, when
    given, is the same reason for the UI to translate."""

    def __init__(self, text: str, message: Msg | None = None) -> None:
        super().__init__(text)
        self.msg = message


def sizes_that_work(n: int, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The nearest size ranges that split n people when lo..hi does not: the same
    smallest room with a larger largest one, and (if there is one) the same largest
    room with a smaller smallest one."""

    def fits(a: int, b: int) -> bool:
        return any(g >= 1 for g in range(math.ceil(n / b), n // a + 1))

    wider = next(b for b in range(hi, n + 1) if fits(lo, b)) if lo <= n else n
    up = (min(lo, n), max(wider, min(lo, n)))
    down = next(((a, hi) for a in range(lo - 1, 0, -1) if fits(a, hi)), None)
    return up, down


def _cannot_split(n: int, lo: int, hi: int) -> PlanError:
    up, down = sizes_that_work(n, lo, hi)
    text = f"{n} people cannot be split into rooms of {lo} to {hi}: rooms of {up[0]} to {up[1]} work"
    if down is not None:
        text += f", and so do rooms of {down[0]} to {down[1]}"
        message = msg(
            "%1 people cannot be split into rooms of %2 to %3: rooms of %4 to %5 work, and so do rooms of %6 to %7",
            n, lo, hi, up[0], up[1], down[0], down[1],
        )  # fmt: skip
    else:
        message = msg("%1 people cannot be split into rooms of %2 to %3: rooms of %4 to %5 work", n, lo, hi, *up)
    return PlanError(text, message)


@record
class RoomSpec(Frozen):
    """How one round's rooms are laid out: a target size with an allowed range, or a count."""

    size: int = 5
    min_size: int | None = None
    max_size: int | None = None
    count: int | None = None
    names: tuple[str, ...] = ()

    def bounds(self) -> tuple[int, int]:
        lo = self.min_size if self.min_size is not None else self.size
        hi = self.max_size if self.max_size is not None else self.size
        return lo, hi

    def to_dict(self) -> dict[str, object]:
        return {
            "size": self.size,
            "min_size": self.min_size,
            "max_size": self.max_size,
            "count": self.count,
            "names": list(self.names),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> RoomSpec:
        def opt(key: str) -> int | None:
            value = data.get(key)
            return None if value in (None, "") else int(value)  # type: ignore[call-overload]

        spec = cls(
            size=int(data.get("size", 5)),  # type: ignore[call-overload]
            min_size=opt("min_size"),
            max_size=opt("max_size"),
            count=opt("count"),
            names=tuple(str(n) for n in data.get("names", ()) or ()),  # type: ignore[attr-defined]
        )
        spec.check()
        return spec

    def check(self) -> None:
        lo, hi = self.bounds()
        if self.count is not None and self.count < 1:
            raise PlanError(f"the number of rooms must be at least 1, not {self.count}")
        if self.size < 2 or lo < 1 or hi < lo or not lo <= self.size <= hi:
            raise PlanError(f"room size {self.size} with range {lo}-{hi} is not possible")

    def room_name(self, index: int, word: str = "Room") -> str:
        return self.names[index] if index < len(self.names) and self.names[index] else f"{word} {index + 1}"


def room_sizes(n: int, spec: RoomSpec) -> list[int]:
    """Sizes of the rooms for n people: as even as possible, as near the target as the
    range allows; a given count of rooms wins over the size."""
    spec.check()
    if n == 0:
        return []
    if spec.count is not None:
        g = min(spec.count, n)
    else:
        lo, hi = spec.bounds()
        fits = [g for g in range(math.ceil(n / hi), n // lo + 1) if g >= 1]
        if not fits:
            raise _cannot_split(n, lo, hi)
        g = min(fits, key=lambda g: (abs(n / g - spec.size), g))
    base, extra = divmod(n, g)
    return [base + 1] * extra + [base] * (g - extra)


@record
class Room(Frozen):
    """One breakout room: the people in it and its host, if any."""

    name: str
    members: tuple[str, ...]
    host: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "members": list(self.members), "host": self.host}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Room:
        host = data.get("host")
        return cls(
            name=str(data["name"]),
            members=tuple(str(m) for m in data.get("members", ()) or ()),  # type: ignore[attr-defined]
            host=None if host in (None, "") else str(host),
        )


RoundPlan = tuple[Room, ...]


@record
class Problem(Frozen):
    """What to plan. ``rounds`` holds one room layout per round; ``present`` (per round,
    optional) who takes part in that round, otherwise everyone in ``people``."""

    people: tuple[str, ...]
    rounds: tuple[RoomSpec, ...]
    balance: Mapping[str, str] = field(default_factory=dict)  # person -> attribute value
    hosts: frozenset[str] = frozenset()
    apart: tuple[tuple[str, str], ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    history: Mapping[tuple[str, str], int] = field(default_factory=dict)  # pair met before
    present: tuple[frozenset[str] | None, ...] = ()
    seed: int = 1
    seconds: float = 5.0
    room_word: str = "Room"  # default room names: "Room 1", "Rum 1", ...
    round_numbers: tuple[int, ...] = ()  # the rounds' numbers in the event, for messages (1, 2, ...)

    def participants(self, r: int) -> list[str]:
        only = self.present[r] if r < len(self.present) else None
        return [p for p in self.people if only is None or p in only]


@record
class Quality(Frozen):
    """How good a room plan is: who meets whom, which constraints it breaks, and how the search went."""

    rounds: int
    pairs_met: int  # distinct pairs that meet in the planned rounds
    repeats: int  # meetings beyond the first, over all pairs (history included)
    repeats_bound: int  # pigeonhole: each person's meetings beyond the others there are, halved
    max_meetings: int  # the most times any pair meets
    repeat_free_rounds: int  # leading rounds with no repeated pair
    rooms_missing_value: int  # rooms lacking an attribute value their share calls for
    new_contacts_min: int
    new_contacts_mean: float
    rooms_without_host: int
    rooms_with_extra_hosts: int
    apart_violations: int
    together_violations: int
    size_violations: int
    moved: int = 0  # people in a different room than the previous plan had them
    unmet: tuple[str, ...] = ()  # constraints not met, and why (English, for the command line)
    notes: tuple[tuple[str, tuple[object, ...]], ...] = ()  # the same as codes and figures
    seconds: float = 0.0
    stopped: str = ""  # why the search stopped
    method: str = ""  # how the start was built

    def lines(self) -> list[str]:
        out = [
            f"rounds               {self.rounds}",
            f"repeated meetings    {self.repeats} (at least {self.repeats_bound} unavoidable; most times a pair "
            f"meets: {self.max_meetings})",
            f"repeat-free rounds   {self.repeat_free_rounds}",
            f"rooms missing a value of the mixed attribute  {self.rooms_missing_value}",
            f"new contacts/person  min {self.new_contacts_min}, mean {self.new_contacts_mean:.1f}",
            f"rooms without host   {self.rooms_without_host}",
        ]
        if self.moved:
            out.append(f"people moved         {self.moved}")
        out.append(f"search               {self.method}; {self.stopped} after {self.seconds:.2f} s")
        out += [f"not met: {u}" for u in self.unmet]
        return out


@record
class Plan(Frozen):
    """The room planner's answer: the rooms of each round, and how good they are."""

    rounds: tuple[RoundPlan, ...]
    quality: Quality


# ---------------------------------------------------------------- assessment (independent)


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def assess(
    problem: Problem,
    rounds: Sequence[RoundPlan],
    previous: Sequence[RoundPlan] | None = None,
    *,
    from_round: int = 0,
) -> Quality:
    """Count everything from the plan itself: meetings, mix, hosts, constraints."""
    history = problem.history
    counts: dict[tuple[str, str], int] = dict(history)
    kept = {_pair(a, b) for group in problem.together for a, b in combinations(group, 2)}
    kept_met: set[tuple[str, str]] = set()
    repeat_free = 0
    still_free = True
    for rnd in rounds:
        clean = True
        for room in rnd:
            for key in combinations(sorted(room.members), 2):
                if kept and key in kept:
                    kept_met.add(key)
                    continue
                c = counts.get(key, 0)
                if c:
                    clean = False
                counts[key] = c + 1
        still_free = still_free and clean
        repeat_free += 1 if still_free else 0
    planned_pairs = kept_met | {key for key, c in counts.items() if c > history.get(key, 0)}
    met_new: Counter[str] = Counter()  # new contacts per person
    seats: Counter[str] = Counter()  # meetings per person, history included
    for (a, b), c in counts.items():
        seats[a] += c
        seats[b] += c
        if c > history.get((a, b), 0) and not history.get((a, b), 0):
            met_new[a] += 1
            met_new[b] += 1
    repeats = sum(c - 1 for c in counts.values() if c > 1)
    most = max(counts.values(), default=0)
    missing = 0
    values = {v for v in problem.balance.values() if v}
    for rnd in rounds:
        present = [p for room in rnd for p in room.members]
        share = Counter(problem.balance.get(p, "") for p in present)
        for room in rnd:
            have = Counter(problem.balance.get(p, "") for p in room.members)
            for v in values:
                if have[v] == 0 and math.floor(len(room.members) * share[v] / max(1, len(present))) >= 1:
                    missing += 1
    no_host = extra_hosts = 0
    if problem.hosts:
        for rnd in rounds:
            hosts_here = sum(1 for room in rnd for p in room.members if p in problem.hosts)
            for room in rnd:
                n_hosts = sum(1 for p in room.members if p in problem.hosts)
                if room.host is None or room.host not in room.members or room.host not in problem.hosts:
                    no_host += 1
                # More than one host in a room counts only where there were not more hosts than rooms.
                extra_hosts += 1 if n_hosts > 1 and hosts_here <= len(rnd) else 0
    apart = sum(
        1 for rnd in rounds for room in rnd for a, b in problem.apart if a in room.members and b in room.members
    )
    together = 0
    for rnd in rounds:
        where = {p: room.name for room in rnd for p in room.members}
        for group in problem.together:
            placed = {where[p] for p in group if p in where}
            together += len(placed) - 1 if placed else 0
    sizes = 0
    for r, rnd in enumerate(rounds):
        lo, hi = problem.rounds[r].bounds() if problem.rounds[r].count is None else (1, 10**9)
        sizes += sum(1 for room in rnd if not lo <= len(room.members) <= hi)
    planned = {p for rnd in rounds for room in rnd for p in room.members}
    contacts = [met_new[p] for p in problem.people if p in planned]
    moved = 0
    if previous is not None:
        for r in range(from_round, min(len(rounds), len(previous))):
            before = {p: room.name for room in previous[r] for p in room.members}
            moved += sum(1 for room in rounds[r] for p in room.members if p in before and before[p] != room.name)
    return Quality(
        rounds=len(rounds),
        pairs_met=len(planned_pairs),
        repeats=repeats,
        repeats_bound=repeat_lower_bound(seats.values(), len(set(problem.people) | set(seats))),
        max_meetings=most,
        repeat_free_rounds=repeat_free,
        rooms_missing_value=missing,
        new_contacts_min=min(contacts, default=0),
        new_contacts_mean=sum(contacts) / len(contacts) if contacts else 0.0,
        rooms_without_host=no_host if problem.hosts else 0,
        rooms_with_extra_hosts=extra_hosts,
        apart_violations=apart,
        together_violations=together,
        size_violations=sizes,
        moved=moved,
    )


def repeat_lower_bound(meetings: Iterable[int], n: int) -> int:
    """The fewest repeats possible when the people meet others these numbers of times
    (pigeonhole): a person with t meetings and n - 1 others repeats at least t - (n - 1)
    of them, and each repeat is counted by both people in it."""
    return -(-sum(max(0, t - (n - 1)) for t in meetings) // 2)


# ---------------------------------------------------------------- the search


class _Row(dict[int, int]):
    """One person's meetings with the others: 0 for those not met, without storing them
    (5,000 people would otherwise need 25 million counters)."""

    def __missing__(self, key: int) -> int:
        return 0


class _Search:
    """Rounds as lists of rooms of person indices, with incremental costs for swaps."""

    def __init__(self, problem: Problem, rng: random.Random) -> None:
        self.problem = problem
        self.rng = rng
        self.ids = list(problem.people)
        self.index = {p: i for i, p in enumerate(self.ids)}
        n = len(self.ids)
        self.n = n
        self.meet = [_Row() for _ in range(n)]  # person -> person -> meetings (sparse)
        for (a, b), c in problem.history.items():
            if a in self.index and b in self.index and a != b:
                i, j = self.index[a], self.index[b]
                self.meet[i][j] += c
                self.meet[j][i] += c
        values = sorted({v for v in problem.balance.values() if v})
        code = {v: k for k, v in enumerate(values)}
        self.n_values = len(values)
        self.attr = [code.get(problem.balance.get(p, ""), -1) for p in self.ids]
        self.apart: list[set[int]] = [set() for _ in range(n)]
        for a, b in problem.apart:
            if a in self.index and b in self.index:
                self.apart[self.index[a]].add(self.index[b])
                self.apart[self.index[b]].add(self.index[a])
        self.mates: list[set[int]] = [set() for _ in range(n)]
        for group in problem.together:
            idx = [self.index[p] for p in group if p in self.index]
            for i in idx:
                self.mates[i].update(j for j in idx if j != i)
        self.special = [bool(self.apart[i] or self.mates[i]) for i in range(n)]
        self.rooms: list[list[list[int]]] = []  # round -> room -> people
        self.where: list[list[int]] = []  # round -> person -> room (-1: absent)
        self.hostmark: list[list[bool]] = []  # round -> person -> hosts a room this round
        self.lo: list[list[list[int]]] = []  # round -> room -> value -> lowest proportional count
        self.hi: list[list[list[int]]] = []
        self.vcount: list[list[list[int]]] = []  # round -> room -> value -> count
        self.prev: list[list[int] | None] = []  # round -> person -> room in the previous plan
        self.locked: list[bool] = []
        self.moved_cap: int | None = None
        self.moved = 0

    # -- building

    def add_round(
        self, rooms: list[list[int]], hosts: set[int], locked: bool = False, prev: list[int] | None = None
    ) -> None:
        self.rooms.append(rooms)
        where = [-1] * self.n
        for k, room in enumerate(rooms):
            for i in room:
                where[i] = k
                for j in room:
                    if j != i:
                        self.meet[i][j] += 1
        self.where.append(where)
        self.hostmark.append([i in hosts for i in range(self.n)])
        present = [i for room in rooms for i in room]
        share = Counter(self.attr[i] for i in present)
        lo, hi, vc = [], [], []
        for room in rooms:
            size = len(room)
            targets = [size * share[v] / max(1, len(present)) for v in range(self.n_values)]
            lo.append([math.floor(t) for t in targets])
            hi.append([math.ceil(t) for t in targets])
            counts = [0] * self.n_values
            for i in room:
                if self.attr[i] >= 0:
                    counts[self.attr[i]] += 1
            vc.append(counts)
        self.lo.append(lo)
        self.hi.append(hi)
        self.vcount.append(vc)
        self.prev.append(prev)
        self.locked.append(locked)
        if prev is not None:
            self.moved += sum(1 for i in present if prev[i] >= 0 and prev[i] != where[i])

    # -- costs

    def cost(self) -> int:
        total = self.repeat_cost()
        for r, rooms in enumerate(self.rooms):
            for k, room in enumerate(rooms):
                total += W_BALANCE * self._balance(r, k, self.vcount[r][k])
                for a, b in combinations(room, 2):
                    if b in self.apart[a]:
                        total += W_HARD
                for i in room:
                    total += W_HARD * sum(1 for j in self.mates[i] if j > i and self.where[r][j] != k)
            prev = self.prev[r]
            if prev is not None:
                total += W_MOVE * sum(1 for room in rooms for i in room if prev[i] >= 0 and prev[i] != self.where[r][i])
        return total

    def repeat_cost(self) -> int:
        """The part of ``cost`` that comes from repeated meetings."""
        total = 0
        for i, row in enumerate(self.meet):
            mates = self.mates[i]
            for j, c in row.items():
                if c > 1 and j > i and j not in mates:
                    total += W_REPEAT * (c - 1) * c * (2 * c - 1) // 6
        return total

    def _balance(self, r: int, k: int, counts: list[int]) -> int:
        lo, hi = self.lo[r][k], self.hi[r][k]
        off = 0
        for v, c in enumerate(counts):
            if c < lo[v]:
                off += lo[v] - c
            elif c > hi[v]:
                off += c - hi[v]
        return off

    def swap_delta(self, r: int, x: int, y: int) -> int:
        where = self.where[r]
        a, b = where[x], where[y]
        rooms = self.rooms[r]
        mx, my = self.meet[x], self.meet[y]
        if self.special[x] or self.special[y]:
            return self._special_delta(r, x, y, a, b)
        d = 0
        # A pair's next meeting costs c*c units when it has met c times: 0, 1, 4, 9...
        for z in rooms[a]:
            if z != x:
                c, e = my[z], mx[z] - 1
                d += c * c - e * e
        for z in rooms[b]:
            if z != y:
                c, e = mx[z], my[z] - 1
                d += c * c - e * e
        d *= W_REPEAT
        ax, ay = self.attr[x], self.attr[y]
        if ax != ay and self.n_values:
            d += W_BALANCE * self._balance_delta(r, a, b, ax, ay)
        if self.special[x] or self.special[y]:
            d += W_HARD * self._hard_delta(r, x, y, a, b)
        prev = self.prev[r]
        if prev is not None:
            d += W_MOVE * self._move_delta(prev, x, y, a, b)
        return d

    def _special_delta(self, r: int, x: int, y: int, a: int, b: int) -> int:
        """The slow path for people with keep-apart or keep-together partners: meetings of
        a keep-together pair are the point, not repeats."""
        rooms = self.rooms[r]
        mx, my = self.meet[x], self.meet[y]
        mates_x, mates_y = self.mates[x], self.mates[y]
        d = 0
        for z in rooms[a]:
            if z != x:
                c, e = my[z], mx[z] - 1
                d += (0 if z in mates_y else c * c) - (0 if z in mates_x else e * e)
        for z in rooms[b]:
            if z != y:
                c, e = mx[z], my[z] - 1
                d += (0 if z in mates_x else c * c) - (0 if z in mates_y else e * e)
        d *= W_REPEAT
        ax, ay = self.attr[x], self.attr[y]
        if ax != ay and self.n_values:
            d += W_BALANCE * self._balance_delta(r, a, b, ax, ay)
        d += W_HARD * self._hard_delta(r, x, y, a, b)
        prev = self.prev[r]
        if prev is not None:
            d += W_MOVE * self._move_delta(prev, x, y, a, b)
        return d

    def _balance_delta(self, r: int, a: int, b: int, ax: int, ay: int) -> int:
        ca, cb = self.vcount[r][a], self.vcount[r][b]
        lo_a, hi_a, lo_b, hi_b = self.lo[r][a], self.hi[r][a], self.lo[r][b], self.hi[r][b]

        def off(c: int, lo: int, hi: int) -> int:
            return lo - c if c < lo else (c - hi if c > hi else 0)

        d = 0
        for v, da, db in ((ax, -1, +1), (ay, +1, -1)):
            if v < 0:
                continue
            d += off(ca[v] + da, lo_a[v], hi_a[v]) - off(ca[v], lo_a[v], hi_a[v])
            d += off(cb[v] + db, lo_b[v], hi_b[v]) - off(cb[v], lo_b[v], hi_b[v])
        return d

    def _hard_delta(self, r: int, x: int, y: int, a: int, b: int) -> int:
        where = self.where[r]
        d = 0
        for z in self.apart[x]:
            if z == y:
                continue
            d += (where[z] == b) - (where[z] == a)
        for z in self.apart[y]:
            if z == x:
                continue
            d += (where[z] == a) - (where[z] == b)
        for z in self.mates[x]:
            if z == y:
                continue
            d += (where[z] != b) - (where[z] != a)
        for z in self.mates[y]:
            if z == x:
                continue
            d += (where[z] != a) - (where[z] != b)
        return d

    @staticmethod
    def _move_delta(prev: list[int], x: int, y: int, a: int, b: int) -> int:
        d = 0
        if prev[x] >= 0:
            d += (prev[x] != b) - (prev[x] != a)
        if prev[y] >= 0:
            d += (prev[y] != a) - (prev[y] != b)
        return d

    def moved_after(self, r: int, x: int, y: int) -> int:
        prev = self.prev[r]
        if prev is None:
            return self.moved
        return self.moved + self._move_delta(prev, x, y, self.where[r][x], self.where[r][y])

    def swap(self, r: int, x: int, y: int) -> None:
        where = self.where[r]
        a, b = where[x], where[y]
        if self.prev[r] is not None:
            self.moved = self.moved_after(r, x, y)
        ra, rb = self.rooms[r][a], self.rooms[r][b]
        mx, my = self.meet[x], self.meet[y]
        for z in ra:
            if z != x:
                mx[z] -= 1
                self.meet[z][x] -= 1
                my[z] += 1
                self.meet[z][y] += 1
        for z in rb:
            if z != y:
                my[z] -= 1
                self.meet[z][y] -= 1
                mx[z] += 1
                self.meet[z][x] += 1
        ra[ra.index(x)] = y
        rb[rb.index(y)] = x
        where[x], where[y] = b, a
        ax, ay = self.attr[x], self.attr[y]
        if ax >= 0:
            self.vcount[r][a][ax] -= 1
            self.vcount[r][b][ax] += 1
        if ay >= 0:
            self.vcount[r][b][ay] -= 1
            self.vcount[r][a][ay] += 1

    # -- conflicts

    def conflicted(self, r: int) -> list[int]:
        """People in round r whose room holds a repeat, an imbalance or a broken constraint."""
        out = []
        meet = self.meet
        for k, room in enumerate(self.rooms[r]):
            bad_room = self.n_values and self._balance(r, k, self.vcount[r][k]) > 0
            for i in room:
                mi = meet[i]
                broken = self.special[i] and (
                    any(self.where[r][j] == k for j in self.apart[i])
                    or any(self.where[r][j] != k for j in self.mates[i])
                )
                if bad_room or broken or any(mi[j] > 1 for j in room if j != i and j not in self.mates[i]):
                    out.append(i)
        return out


def _greedy_round(
    search: _Search, people: list[int], sizes: list[int], hosts: list[int], rng: random.Random
) -> list[list[int]]:
    """Hosts one per room, then each person (together-groups first) into the open room
    where they have met the fewest and their attribute value is least present."""
    rooms: list[list[int]] = [[] for _ in sizes]
    for k, h in enumerate(hosts[: len(sizes)]):
        rooms[k].append(h)
    placed = set(hosts[: len(sizes)])
    order = [i for i in people if i not in placed]
    rng.shuffle(order)
    order.sort(key=lambda i: (not search.mates[i], not search.apart[i]))
    waiting = set(order)
    attr = search.attr
    for i in order:
        if i in placed:
            continue
        group = [i] + [j for j in search.mates[i] if j not in placed and j in waiting]
        best, best_score = -1, None
        for k, room in enumerate(rooms):
            if len(room) + len(group) > sizes[k]:
                continue
            # Meeting someone again outweighs everything but keep-apart; then the mix; free
            # seats only break ties (an emptier room is no reason to repeat a pair).
            score = (
                sum(search.meet[i][j] for j in room) * 100
                + sum(W_HARD * 10 for j in room if j in search.apart[i])
                + (sum(1 for j in room if attr[j] == attr[i]) * 3 if attr[i] >= 0 else 0)
                - (sizes[k] - len(room))
            )
            if best_score is None or score < best_score:
                best, best_score = k, score
        if best < 0:  # the group does not fit anywhere whole: place its members one by one
            group = [i]
            best = max(range(len(rooms)), key=lambda k: sizes[k] - len(rooms[k]))
        for j in group:
            rooms[best].append(j)
            placed.add(j)
    return rooms


def _designated_hosts(problem: Problem, people: list[str], r: int, n_rooms: int) -> list[str]:
    """Which hosts host a room in round r: all when there are too few, otherwise a rotation
    so that every host takes a turn."""
    hosts = [p for p in people if p in problem.hosts]
    if len(hosts) <= n_rooms:
        return hosts
    start = (r * n_rooms) % len(hosts)
    rotated = hosts[start:] + hosts[:start]
    return rotated[:n_rooms]


def _constructed_rounds(
    problem: Problem,
    search: _Search,
    layouts: list[tuple[list[int], list[int], list[str]]],
    done: Sequence[RoundPlan],
    free: list[int],
) -> tuple[list[list[list[int]]], bool, str]:
    """The free rounds from ``designs`` when they all have the same people and the same
    room sizes (p or p + 1), in people's indexes, whether they carry on the rounds already
    ``done``, and how they were built.

    A construction for rooms of the largest size q is used with its last positions left
    empty (they are in the last row, so no room loses two); when there is none for q, the
    construction for rooms of q - 1 takes everyone but a few extra people, who are then
    added one per room, each where they have met the fewest. Only the leading rounds that
    come out with the wanted sizes are used.

    Positions are given to people in an order that depends only on the seed and the people
    (not on how many rounds are fixed): the designated hosts first, so they fill the first
    row and no room gets two (exactly one each when there are as many hosts as rooms; only
    rounds with one person of the first row per room are used then), then the rest
    shuffled and sorted by the mixed attribute, so each row is mostly one value and every
    room takes one from each row. Planning round by round
    with the same seed therefore finds its earlier rounds to be the construction's first
    rounds and carries on with the next ones.
    """
    if not free:
        return [], False, ""
    people, sizes, _ = layouts[free[0]]
    if not sizes or any(sorted(layouts[r][0]) != sorted(people) or layouts[r][1] != sizes for r in free):
        return [], False, ""
    n, g, big = len(people), len(sizes), max(sizes)
    if big - min(sizes) > 1:
        return [], False, ""
    host_sets = {frozenset(search.index[h] for h in layouts[r][2]) for r in free}
    hosts = sorted(next(iter(host_sets))) if problem.hosts else []
    if problem.hosts and (len(host_sets) != 1 or len(hosts) > g):
        return [], False, ""
    total = len(done) + len(free)
    want = sorted(sizes)
    rounds: list[list[list[int]]] = []
    how = ""
    for q in (big, big - 1):
        if q < 2 or q * g > n + g or q * g < n - g:
            continue
        # At least two rounds asked for, so the choice of q does not depend on how many
        # rounds this call plans (planning round by round must choose as all at once).
        rounds = designs.repeat_free_rounds(g * q, q, max(total, 2), transversal_only=bool(hosts))
        if q * g > n:  # the last positions stay empty
            rounds = [[[x for x in room if x < n] for room in rnd] for rnd in rounds]
        elif q * g < n:
            rounds = _add_extras(rounds, n, g * q, random.Random(f"{problem.seed}:extras"))
        good = [
            sorted(len(room) for room in rnd) == want
            and (not hosts or all(sum(x < g for x in room) == 1 for room in rnd))
            for rnd in rounds
        ]
        rounds = rounds[: good.index(False) if False in good else len(rounds)]
        how = designs.construction(g, q, transversal_only=bool(hosts)) or "one round of the rows"
        if q * g != n:
            empty, added = q * g - n, n - q * g
            how += (
                f" with {empty} place{'s' * (empty > 1)} left empty" if empty > 0 else f", {added} added one per room"
            )
        if len(rounds) > 1:
            break
    if len(rounds) <= 1:
        return [], False, ""  # only the trivial round: greedy rounds start better
    host_set = set(hosts)
    rest = sorted(i for i in people if i not in host_set)
    rng = random.Random(f"{problem.seed}:construction")
    rng.shuffle(hosts)
    rng.shuffle(rest)
    rest.sort(key=lambda i: search.attr[i])
    order = hosts + rest
    mapped = [[[order[x] for x in room] for room in rnd] for rnd in rounds]
    index = search.index
    met = [{frozenset(index.get(m, -1) for m in room.members) for room in rnd} for rnd in done]
    if met and len(mapped) > len(met) and all({frozenset(r) for r in mapped[k]} == met[k] for k in range(len(met))):
        return mapped[len(met) : len(met) + len(free)], True, how
    return mapped[: len(free)], False, how


def _add_extras(rounds: list[list[list[int]]], n: int, core: int, rng: random.Random) -> list[list[list[int]]]:
    """Positions core..n-1 added to the rounds, at most one per room: each extra, in turn,
    into a room without one where it has met the fewest so far (ties broken by ``rng``)."""
    extras = range(core, n)
    met: dict[int, Counter[int]] = {e: Counter() for e in extras}
    out = []
    for rnd in rounds:
        rooms = [list(room) for room in rnd]
        taken: set[int] = set()
        for e in extras:
            choices = [k for k in range(len(rooms)) if k not in taken]
            score = {k: sum(met[e][x] for x in rooms[k]) for k in choices}
            low = min(score.values())
            k = rng.choice([k for k in choices if score[k] == low])
            for x in rooms[k]:
                met[e][x] += 1
                if x in met:
                    met[x][e] += 1
            rooms[k].append(e)
            taken.add(k)
        out.append(rooms)
    return out


def plan_rooms(
    problem: Problem,
    *,
    fixed: Sequence[RoundPlan] = (),
    previous: Sequence[RoundPlan] | None = None,
    max_moved: int | None = None,
    clock: Callable[[], float] = time.monotonic,
    stall_steps: int | None = None,
    before: Sequence[RoundPlan] = (),
) -> Plan:
    """Plan all rounds of ``problem``. The first ``len(fixed)`` rounds are kept exactly as
    given (announced or running); ``previous`` is an earlier plan of the remaining rounds,
    to change as little as possible (at most ``max_moved`` people moved, newcomers aside).
    ``before`` are the rounds planned earlier, outside this plan (their pairs are in the
    problem's history): a construction they started is carried on."""
    started = clock()
    rng = random.Random(problem.seed)
    search = _Search(problem, rng)
    index = search.index
    names: list[list[str]] = []
    method = "greedy"
    n_rounds = len(problem.rounds)
    layouts: list[tuple[list[int], list[int], list[str]]] = []  # people, sizes, hosts per round
    for r in range(n_rounds):
        people = problem.participants(r)
        sizes = room_sizes(len(people), problem.rounds[r]) if r >= len(fixed) else [len(x.members) for x in fixed[r]]
        hosts = _designated_hosts(problem, people, r, len(sizes))
        layouts.append(([index[p] for p in people], sizes, hosts))
    # Constructed rounds where every free round has the same people in equal rooms of p.
    free = list(range(len(fixed), n_rounds))
    grid: list[list[list[int]]] = []
    continued, how = False, ""
    if previous is None:
        grid, continued, how = _constructed_rounds(problem, search, layouts, [*before, *fixed], free)
    if grid:
        method = f"{how}: {len(grid)} round{'s' * (len(grid) > 1)}" + (
            ", carried on from the earlier rounds" if continued else ""
        )
        method += " + tabu search"
    if method == "greedy":
        method = "greedy + tabu search"
    grow_from = n_rounds
    for r in range(n_rounds):
        members, sizes, host_ids = layouts[r]
        host_idx = {index[h] for h in host_ids}
        if r < len(fixed):
            rooms = [[index[p] for p in room.members if p in index] for room in fixed[r]]
            names.append([room.name for room in fixed[r]])
            search.add_round(rooms, host_idx, locked=True)
            continue
        spec = problem.rounds[r]
        names.append([spec.room_name(k, problem.room_word) for k in range(len(sizes))])
        prev_rooms = previous[r - len(fixed)] if previous is not None and r - len(fixed) < len(previous) else None
        if prev_rooms is not None:
            rooms, prev = _from_previous(search, prev_rooms, members, spec.bounds()[0], host_idx, names[-1])
            search.add_round(rooms, host_idx, prev=prev)
        elif free.index(r) < len(grid):
            search.add_round(grid[free.index(r)], host_idx)
        elif previous is None:
            names.pop()
            grow_from = r  # the rest one by one, see _grow
            break
        else:
            search.add_round(_greedy_round(search, members, sizes, sorted(host_idx), rng), host_idx)
    search.moved_cap = max_moved
    # By default the search goes on (restarting from shaken rounds) for its whole budget while
    # there are more repeats than the bound; the step limit only ends it once there are not.
    steps = stall_steps if stall_steps is not None else -max(4000, 40 * search.n)
    # Time is kept for writing the plan out and recounting it, about as long as setting up took.
    budget = problem.seconds - min(problem.seconds / 3, 2.5 * (clock() - started))
    if grow_from < n_rounds:
        stopped = _grow(search, layouts, names, grow_from, clock, started, budget, steps)
    else:
        stopped = _tabu(search, budget, clock, started, steps)
    rounds = []
    for r, rooms in enumerate(search.rooms):
        if r < len(fixed):
            rounds.append(tuple(fixed[r]))
            continue
        out = []
        for k, room in enumerate(rooms):
            ids = tuple(search.ids[i] for i in room)
            host = next((search.ids[i] for i in room if search.hostmark[r][i]), None)
            if host is not None:
                ids = (host, *(m for m in ids if m != host))
            out.append(Room(names[r][k], ids, host))
        rounds.append(tuple(out))
    quality = assess(problem, rounds, [*fixed, *previous] if previous is not None else None, from_round=len(fixed))
    notes = _explain(problem, quality, layouts)
    quality = replace(
        quality,
        notes=notes,
        unmet=tuple(note_text(n) for n in notes),
        seconds=clock() - started,
        stopped=stopped,
        method=method,
    )
    return Plan(tuple(rounds), quality)


def _from_previous(
    search: _Search,
    prev_rooms: RoundPlan,
    people: list[int],
    lo: int,
    hosts: set[int],
    names: list[str],
) -> tuple[list[list[int]], list[int]]:
    """The previous plan of a round, without those who left; newcomers where they fit best.
    The room layout is the previous one (rooms grow or shrink within their range)."""
    index = search.index
    present = set(people)
    rooms = [[index[p] for p in room.members if p in index and index[p] in present] for room in prev_rooms]
    names[:] = [room.name for room in prev_rooms]
    prev = [-1] * search.n
    for k, room in enumerate(rooms):
        for i in room:
            prev[i] = k
    placed = {i for room in rooms for i in room}
    newcomers = [i for i in people if i not in placed]
    for i in newcomers:
        k = min(
            range(len(rooms)),
            key=lambda k: (
                len(rooms[k]),
                sum(search.meet[i][j] for j in rooms[k]),
                sum(1 for j in rooms[k] if search.attr[j] == search.attr[i] >= 0),
                k,
            ),
        )
        rooms[k].append(i)
    # Rooms that lost people below their smallest size take someone from the largest room.
    for k, room in enumerate(rooms):
        while len(room) < lo:
            donor = max(range(len(rooms)), key=lambda d: (len(rooms[d]), -d))
            if len(rooms[donor]) <= lo or donor == k:
                break
            pick = min(
                (i for i in rooms[donor] if i not in hosts),
                key=lambda i: (sum(search.meet[i][j] for j in room), i),
                default=None,
            )
            if pick is None:
                break
            rooms[donor].remove(pick)
            room.append(pick)
    return rooms, prev


def _tabu(search: _Search, seconds: float, clock: Callable[[], float], started: float, stall_steps: int) -> str:
    """Tabu search over swaps within a round; keeps the best plan seen."""
    rng = search.rng
    free = [r for r in range(len(search.rooms)) if not search.locked[r] and len(search.rooms[r]) > 1]
    if not free:
        return "nothing to search"
    current = search.cost()
    best = current
    best_rooms = [[list(room) for room in rooms] for rooms in search.rooms]
    best_moved = search.moved
    tabu: dict[tuple[int, int, int], int] = {}
    step = since_best = since_local = 0
    local_best = current
    deadline = started + seconds
    stopped = "no cost left"
    large = search.n > 200
    restart_after = max(200, 10 * search.n)
    whole = search.n * len(free) <= 400
    tenure = 20
    # Meetings beyond the number of pairs must repeat: a floor the search cannot beat.
    per_person = [
        sum(row.values()) - sum(row[j] for j in search.mates[i]) for i, row in enumerate(search.meet)
    ]  # meetings, history included
    floor = W_REPEAT * repeat_lower_bound(per_person, search.n)
    patient = stall_steps < 0  # negative: go on while the repeats are above the bound
    stall_steps = abs(stall_steps)
    while current > floor:
        if since_best >= stall_steps:
            if patient and search.repeat_cost() > floor:
                since_best = 0
                since_local = restart_after  # shake now
            else:
                stopped = f"no improvement in {stall_steps} steps"
                break
        if (large or step % 64 == 0) and clock() > deadline:
            stopped = "time budget reached"
            break
        step += 1
        since_best += 1
        since_local += 1
        if since_local >= restart_after:
            # Stuck in a valley: shake a few rounds with random swaps and search on from there.
            for _ in range(max(2, len(free))):
                r = free[rng.randrange(len(free))]
                people = [i for room in search.rooms[r] for i in room]
                x, y = rng.sample(people, 2)
                allowed = search.moved_cap is None or search.moved_after(r, x, y) <= search.moved_cap
                if (
                    allowed
                    and search.where[r][x] != search.where[r][y]
                    and search.hostmark[r][x] == search.hostmark[r][y]
                ):
                    search.swap(r, x, y)
            current = search.cost()
            local_best = current
            since_local = 0
            tabu.clear()
        if large:
            # Large events: many cheap random swaps that do not make things worse (a walk
            # along plateaus), between the expensive tabu steps.
            current = _sideways(search, free, current, rng, 300)
            if current < best:
                best = current
                best_rooms = [[list(room) for room in rooms] for rooms in search.rooms]
                best_moved = search.moved
                since_best = 0
            if current <= floor:
                break
        # The neighbourhood: swaps of a person in conflict with anyone in another room of
        # the same round; all rounds when the problem is small, one round otherwise.
        rounds_now = free if whole else [free[rng.randrange(len(free))]]
        best_move: tuple[int, int, int] | None = None
        best_delta = 0
        ties = 0
        for r in rounds_now:
            candidates = search.conflicted(r)
            if not candidates:
                continue
            cap = 4 if large else 12  # large events: cheaper steps, many more of them
            if len(candidates) > cap:
                candidates = rng.sample(candidates, cap)
            where = search.where[r]
            hostmark = search.hostmark[r]
            people = [i for room in search.rooms[r] for i in room]
            pool = people if not large else rng.sample(people, min(len(people), 80))
            for x in candidates:
                ax = where[x]
                hx = hostmark[x]
                for y in pool:
                    if where[y] == ax or hostmark[y] != hx:
                        continue
                    d = search.swap_delta(r, x, y)
                    if search.moved_cap is not None and search.moved_after(r, x, y) > search.moved_cap:
                        continue
                    key = (r, x, y) if x < y else (r, y, x)
                    if tabu.get(key, 0) > step and current + d >= best:
                        continue
                    if best_move is None or d < best_delta:
                        best_move, best_delta, ties = (r, x, y), d, 1
                    elif d == best_delta:
                        ties += 1
                        if rng.randrange(ties) == 0:
                            best_move = (r, x, y)
        if best_move is None:
            continue
        r, x, y = best_move
        search.swap(r, x, y)
        current += best_delta
        tabu[(r, x, y) if x < y else (r, y, x)] = step + 4 + rng.randrange(tenure)
        if current < local_best:
            local_best = current
            since_local = 0
        if current < best:
            best = current
            best_rooms = [[list(room) for room in rooms] for rooms in search.rooms]
            best_moved = search.moved
            since_best = 0
    if current > best:
        _restore(search, best_rooms)
        search.moved = best_moved
    return stopped


def _fresh_rounds(search: _Search) -> int:
    """The leading rounds in which no pair meets again (history included)."""
    met: set[tuple[int, int]] = set()
    for (p, q), c in search.problem.history.items():
        if c and p in search.index and q in search.index:
            i, j = search.index[p], search.index[q]
            met.add((min(i, j), max(i, j)))
    for r, rooms in enumerate(search.rooms):
        for room in rooms:
            for x, y in combinations(sorted(room), 2):
                if y in search.mates[x]:
                    continue
                if (x, y) in met:
                    return r
                met.add((x, y))
    return len(search.rooms)


def _grow(
    search: _Search,
    layouts: Sequence[tuple[list[int], list[int], list[str]]],
    names: list[list[str]],
    start: int,
    clock: Callable[[], float],
    started: float,
    budget: float,
    stall_steps: int,
) -> str:
    """Rounds ``start``.. added one at a time, each searched (with all earlier free rounds)
    for its share of the remaining time, for as long as every round so far can be kept
    repeat-free. At the first round that cannot, the rounds before it stay as they were and
    are held while the search places the rest with as few repeats as it can.

    This is the lexicographic objective a producer wants when more rounds are asked than
    can be repeat-free: the longest run of repeat-free rounds from the start first (the
    event may be cut short, and a repeat in round 2 is noticed more than in round 9), then
    the fewest repeats after it, then (the cost grows with the square of a pair's
    meetings) the fewest times any pair meets."""
    problem = search.problem
    n_rounds = len(problem.rounds)
    index = search.index
    stopped = "no cost left"

    def add(r: int) -> None:
        members, sizes, host_ids = layouts[r]
        host_idx = {index[h] for h in host_ids}
        spec = problem.rounds[r]
        names.append([spec.room_name(k, problem.room_word) for k in range(len(sizes))])
        search.add_round(_greedy_round(search, members, sizes, sorted(host_idx), search.rng), host_idx)

    r = start
    failed = _fresh_rounds(search) < r
    while r < n_rounds and not failed:
        add(r)
        r += 1
        before = [[list(room) for room in rooms] for rooms in search.rooms]
        moved = search.moved
        now = clock()
        share = (started + budget - now) / (n_rounds - r + 2)  # a share kept for after a failure
        stopped = _tabu(search, now + share - started, clock, started, stall_steps)
        if _fresh_rounds(search) < r:
            failed = True
            _restore(search, before)  # rounds before r - 1 as they were: repeat-free
            search.moved = moved
    if failed:
        held = [k for k in range(min(r - 1, _fresh_rounds(search))) if not search.locked[k]]
        for k in held:
            search.locked[k] = True
        while r < n_rounds:
            add(r)
            r += 1
        now = clock()
        stopped = _tabu(search, now + (started + budget - now) / 2 - started, clock, started, stall_steps)
        for k in held:
            search.locked[k] = False
        if stopped != "no cost left" and clock() < started + budget:
            # The held rounds may not be the best start for the rest (a Latin square without
            # transversals, say): the search on every round may find a better plan, kept
            # only if it is better in the same order.
            kept = [[list(room) for room in rooms] for rooms in search.rooms]
            kept_key, kept_moved = _lex_key(search), search.moved
            stopped = _tabu(search, budget, clock, started, stall_steps)
            if _lex_key(search) > kept_key:
                _restore(search, kept)
                search.moved = kept_moved
    return stopped


def _lex_key(search: _Search) -> tuple[int, int, int, int]:
    """The plan in the order of ``_grow``: the repeat-free start (negated), then the repeats
    (history included), then the most times a pair meets, then the whole cost."""
    repeats = most = 0
    for i, row in enumerate(search.meet):
        for j, c in row.items():
            if j > i and c > 1 and j not in search.mates[i]:
                repeats += c - 1
                most = max(most, c)
    return -_fresh_rounds(search), repeats, most, search.cost()


def _sideways(search: _Search, free: list[int], current: int, rng: random.Random, tries: int) -> int:
    """Random swaps of a person in conflict, kept when they cost nothing or gain."""
    for _ in range(tries):
        r = free[rng.randrange(len(free))]
        rooms = search.rooms[r]
        room = rooms[rng.randrange(len(rooms))]
        x = room[rng.randrange(len(room))]
        other = rooms[rng.randrange(len(rooms))]
        if other is room or not other:
            continue
        y = other[rng.randrange(len(other))]
        if search.hostmark[r][x] != search.hostmark[r][y]:
            continue
        if search.moved_cap is not None and search.moved_after(r, x, y) > search.moved_cap:
            continue
        d = search.swap_delta(r, x, y)
        if d <= 0:
            search.swap(r, x, y)
            current += d
    return current


def _restore(search: _Search, rooms: list[list[list[int]]]) -> None:
    for r, rnd in enumerate(rooms):
        for k, room in enumerate(rnd):
            for i in room:
                if search.where[r][i] != k:
                    # Move i into room k by swapping with whoever of room k does not belong there.
                    j = next(j for j in search.rooms[r][k] if j not in room)
                    search.swap(r, i, j)


Note = tuple[str, tuple[object, ...]]  # a code and its figures, for the UI to say in its language

NOTE_TEXT = {
    "no_host": "{0}: {1} of {2} rooms have no host: only {3} hosts take part",
    "repeats_unavoidable": "{0} repeated meetings: each person has more room places than there are others to meet",
    "repeats_budget": "{0} repeated meetings: the search found no repeat-free plan in its budget",
    "missing_value": "{0} rooms lack a value of the mixed attribute (too few people with it, or a trade-off "
    "against repeats)",
    "apart": "{0} keep-apart pairs share a room",
    "together": "{0} keep-together groups are split (a group larger than its room?)",
    "sizes": "{0} rooms are outside their size range",
}


def note_text(note: Note) -> str:
    return NOTE_TEXT[note[0]].format(*note[1])


def _explain(
    problem: Problem,
    quality: Quality,
    layouts: Sequence[tuple[list[int], list[int], list[str]]],
) -> tuple[Note, ...]:
    """Constraints the plan does not meet, each with its reason."""
    out: list[Note] = []
    short: dict[tuple[int, int, int], list[int]] = {}  # the same shortage in several rounds is said once
    for r, (_people, sizes, hosts) in enumerate(layouts):
        if problem.hosts and len(hosts) < len(sizes):
            number = problem.round_numbers[r] if r < len(problem.round_numbers) else r + 1
            short.setdefault((len(sizes) - len(hosts), len(sizes), len(hosts)), []).append(number)
    for (missing, n_rooms, n_hosts), rounds_short in short.items():
        label = f"round {rounds_short[0]}" if len(rounds_short) == 1 else f"rounds {_spans(rounds_short)}"
        out.append(("no_host", (label, missing, n_rooms, n_hosts)))
    if quality.repeats:
        out.append(("repeats_unavoidable" if _repeat_bound(problem) else "repeats_budget", (quality.repeats,)))
    for code, value in (
        ("missing_value", quality.rooms_missing_value),
        ("apart", quality.apart_violations),
        ("together", quality.together_violations),
        ("sizes", quality.size_violations),
    ):
        if value:
            out.append((code, (value,)))
    return tuple(out)


def _spans(numbers: list[int]) -> str:
    """[1, 2, 3, 5] -> '1-3, 5'."""
    parts: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def _repeat_bound(problem: Problem) -> bool:
    """True when repeats are unavoidable: someone's rooms hold more people than exist."""
    seats = Counter[str]()
    for r, spec in enumerate(problem.rounds):
        people = problem.participants(r)
        sizes = room_sizes(len(people), spec) if people else []
        smallest = min(sizes, default=1)
        for p in people:
            seats[p] += smallest - 1
    others = len(problem.people) - 1
    return any(s > others for s in seats.values())


def pairs_of(rounds: Iterable[RoundPlan]) -> Counter[tuple[str, str]]:
    """How often each pair met in these rounds."""
    out: Counter[tuple[str, str]] = Counter()
    for rnd in rounds:
        for room in rnd:
            for a, b in combinations(room.members, 2):
                out[_pair(a, b)] += 1
    return out
