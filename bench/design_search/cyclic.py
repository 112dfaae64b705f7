"""Search base rounds of resolvable designs with a cyclic automorphism (run by hand).

People are (x, l) with x in Z_m and l a level 0..L-1, plus f fixed people ``inf_j``. The
group Z_m moves (x, l) to (x + i, l) and fixes the inf_j. Two kinds of round are searched:

- a *developed* base round P: its m translates P + i are m rounds;
- an *invariant* round: one orbit of rooms with at most one person per level, e.g.
  {(i, 0), (a + i, 1), (b + i, 2)} for all i.

Pairs fall into orbits under Z_m: pure (l, +-d), mixed (l1, l2, d) and (l, inf_j). A pair
orbit met in a developed base round is met once in each of its m translates, once per
pair of the orbit, so the rounds are repeat-free exactly when every orbit is met at most
once over all base rounds (and a pure orbit with 2d = m, of m/2 pairs, is never met in a
developed round). ``groups`` names orbits that are never met (the groups of a group
divisible design): "half" the pure orbits with 2d = m, "column" the mixed orbits with d = 0.

The search is depth-first with random order and restarts: each developed base round is
built room by room from the lowest person not yet placed. Prints the base rounds as
``designs.CYCLIC`` writes them. Every seed in that table came out of

    python bench/design_search/cyclic.py NAME

for its NAME (``--all`` for all of them; seconds to a minute each on one core).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator_app.domain.designs import CYCLIC, CyclicSpec, cyclic_rounds

# The multiplier each seed was searched with (--mult), where not 1.
MULTIPLIER = {"rbibd40": 3}
# The node limit per restart each seed was searched with (--nodes), where not 20,000.
NODES = {"rgdd36": 2_000_000}
# The seeds searched with xcover.c (--c).
USE_C = {"rgdd36", "rgdd44", "rgdd48"}


class Search:
    def __init__(self, spec: CyclicSpec, rng: random.Random, multiplier: int = 1) -> None:
        self.spec = spec
        self.mult = multiplier
        self.rng = rng
        m, levels, f = spec.m, spec.levels, spec.fixed
        self.n = m * levels + f
        self.orbit_ids: dict[tuple, int] = {}
        n = self.n
        # orbit[a][b]: the orbit number of the pair in a developed round, -1 if forbidden
        self.orbit = [[-1] * n for _ in range(n)]
        for a, b in combinations(range(n), 2):
            key = self._key(a, b)
            if key is None:
                continue
            oid = self.orbit_ids.setdefault(key, len(self.orbit_ids))
            self.orbit[a][b] = self.orbit[b][a] = oid
        self.nodes = 0

    def _key(self, a: int, b: int) -> tuple | None:
        s = self.spec
        m = s.m
        fa, fb = a >= m * s.levels, b >= m * s.levels
        if fa and fb:
            return None
        if fa or fb:
            x = b if fa else a
            j = (a if fa else b) - m * s.levels
            return ("inf", x // m, j)
        la, xa, lb, xb = a // m, a % m, b // m, b % m
        if la == lb:
            d = (xb - xa) % m
            d = min(d, m - d)
            if 2 * d == m:
                return None  # half orbit: the translates meet each pair twice (or a group)
            return ("pure", la, d)
        if la > lb:
            la, xa, lb, xb = lb, xb, la, xa
        d = (xb - xa) % m
        if d == 0 and s.groups.startswith("column"):
            block = int(s.groups[6:] or s.levels)  # "column3": columns within levels 0-2, 3-5, ...
            if la // block == lb // block:
                return None
        return ("mixed", la, lb, d)

    def run(self, node_limit: int) -> tuple | None:
        self.nodes = 0
        self.limit = node_limit
        return self._invariant(0, frozenset(), [])

    # invariant rounds: one room per orbit, taking one person from each of its levels
    def _invariant(self, done: int, used: frozenset, chosen: list) -> tuple | None:
        s = self.spec
        if done == s.invariant:
            return self._developed(0, used, chosen, [])
        # a single room over all levels (levels == room size) per invariant round
        m = s.m
        if m ** (s.levels - 1) <= 5000:
            offsets = [tuple([0, *rest]) for rest in _product(range(m), s.levels - 1)]
            self.rng.shuffle(offsets)
        else:  # too many to list: a random sample
            offsets = sorted(tuple([0, *(self.rng.randrange(m) for _ in range(s.levels - 1))]) for _ in range(2000))
        for off in offsets:
            keys = set()
            ok = True
            for l1, l2 in combinations(range(s.levels), 2):
                d = (off[l2] - off[l1]) % m
                if d == 0 and s.groups == "column":
                    ok = False
                    break
                keys.add(self.orbit_ids.get(("mixed", l1, l2, d), -1))
            if not ok or -1 in keys or keys & used:
                continue
            if chosen and chosen[-1] > off:  # the invariant rounds in increasing order
                continue
            found = self._invariant(done + 1, used | keys, [*chosen, off])
            if found is not None or self.nodes > self.limit:
                return found
        return None

    def _developed(self, done: int, used: frozenset, invariant: list, rounds: list) -> tuple | None:
        s = self.spec
        if done == s.developed:
            return tuple(invariant), tuple(rounds)
        result = self._fill([False] * self.n, set(used), [])
        if result is None:
            return None
        rooms, used2 = result
        return self._developed(done + 1, frozenset(used2), invariant, [*rounds, tuple(rooms)])

    def _fill(self, placed: list[bool], used: set[int], rooms: list) -> tuple | None:
        self.nodes += 1
        if self.nodes > self.limit:
            return None
        try:
            first = placed.index(False)
        except ValueError:
            return rooms, used
        k = self.spec.size
        free = [b for b in range(first + 1, self.n) if not placed[b] and self.orbit[first][b] >= 0]
        self.rng.shuffle(free)
        placed[first] = True

        def extend(room: list[int], keys: list[int], start: int) -> tuple | None:
            self.nodes += 1
            if self.nodes > self.limit:
                return None
            if len(room) == k:
                images = self._images(room, placed, used, keys)
                if images is None:
                    return None
                new_rooms, new_keys = images
                for key in new_keys:
                    used.add(key)
                for r in new_rooms:
                    for x in r:
                        placed[x] = True
                found = self._fill(placed, used, [*rooms, *new_rooms])
                if found is not None:
                    return found
                for key in new_keys:
                    used.discard(key)
                for r in new_rooms:
                    for x in r:
                        placed[x] = False
                placed[first] = True
                return None
            for i in range(start, len(free)):
                b = free[i]
                if placed[b]:
                    continue
                new = []
                for a in room:
                    o = self.orbit[a][b]
                    if o < 0 or o in used or o in keys or o in new:
                        break
                    new.append(o)
                else:
                    found = extend([*room, b], keys + new, i + 1)
                    if found is not None or self.nodes > self.limit:
                        return found
            return None

        found = extend([first], [], 0)
        if found is None:
            placed[first] = False
        return found

    def _times(self, x: int) -> int:
        m = self.spec.m
        return x if x >= m * self.spec.levels else (x // m) * m + (x % m) * self.mult % m

    def _images(self, room: list[int], placed: list[bool], used: set[int], keys: list[int]) -> tuple | None:
        """The room and its images under x -> mult * x (the base round is kept invariant),
        with their orbits, or None when they clash."""
        images = [tuple(sorted(room))]
        while True:
            nxt = tuple(sorted(self._times(x) for x in images[-1]))
            if nxt == images[0]:
                break
            images.append(nxt)
        seen = set(images[0])
        all_keys = set(keys)
        for img in images[1:]:
            if seen & set(img) or any(placed[x] for x in img):
                return None
            seen |= set(img)
            for a, b in combinations(img, 2):
                o = self.orbit[a][b]
                if o < 0 or o in used or o in all_keys:
                    return None
                all_keys.add(o)
        return images, all_keys


def _exact_cover_c(
    options: list[list[tuple]], n: int, n_orbits: int, exact: bool, k: int, rng: random.Random, node_limit: int
) -> tuple | None:
    """The same exact cover, solved by xcover.c (compiled on first use)."""
    import subprocess
    import tempfile

    binary = Path(tempfile.gettempdir()) / "design_search_xcover"
    source = Path(__file__).with_name("xcover.c")
    if not binary.exists() or binary.stat().st_mtime < source.stat().st_mtime:
        subprocess.run(["cc", "-O2", "-o", str(binary), str(source)], check=True)

    def number(item: tuple) -> int:
        return item[1] if item[0] == "p" else n + item[1]

    primary = n + (n_orbits if exact else 0)
    lines = [f"{n + n_orbits} {primary} {len(options)}"]
    lines += [" ".join(map(str, [len(opt), *(number(i) for i in opt)])) for opt in options]
    out = subprocess.run(
        [str(binary), str(rng.randrange(1 << 30)), str(node_limit), "1"],
        input="\n".join(lines),
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    if not out:
        return None
    rooms_out: list[tuple[int, ...]] = []
    for i in map(int, out):
        people = [x for kind, x in options[i] if kind == "p"]
        rooms_out += [tuple(people[j : j + k]) for j in range(0, len(people), k)]
    return (), (tuple(sorted(rooms_out)),)


def exact_cover_rounds_c(spec: CyclicSpec, rng: random.Random, multiplier: int, node_limit: int) -> tuple | None:
    """Several developed base rounds at once, by xcover.c: every person is covered once in
    each base round, every pair orbit once over all of them."""
    search = Search(spec, rng, multiplier)
    n, k, rounds = search.n, spec.size, spec.developed
    base: list[tuple[list[tuple[int, ...]], set[int]]] = []
    seen: set[tuple] = set()
    for room in combinations(range(n), k):
        orbits = []
        for a, b in combinations(room, 2):
            o = search.orbit[a][b]
            if o < 0 or o in orbits:
                break
            orbits.append(o)
        else:
            images = search._images(list(room), [False] * n, set(), orbits)
            if images is not None and tuple(sorted(images[0])) not in seen:
                seen.add(tuple(sorted(images[0])))
                base.append(images)
    n_orbits = len(search.orbit_ids)
    exact = rounds * (n // k) * k * (k - 1) // 2 == n_orbits
    options = [
        [*(("p", t * n + x) for r in rooms for x in r), *(("o", o) for o in keys)]
        for t in range(rounds)
        for rooms, keys in base
    ]
    found = _exact_cover_c(options, rounds * n, n_orbits, exact, k, rng, node_limit)
    if found is None:
        return None
    out: list[list[tuple[int, ...]]] = [[] for _ in range(rounds)]
    for room in found[1][0]:
        out[room[0] // n].append(tuple(x % n for x in room))
    return (), tuple(tuple(sorted(rnd)) for rnd in out)


def exact_cover(
    spec: CyclicSpec, rng: random.Random, multiplier: int, node_limit: int, use_c: bool = False
) -> tuple | None:
    """One developed base round by Algorithm X (Knuth) on dictionaries: the people are
    items to cover exactly once, the pair orbits items to cover once (when the round can
    meet all of them) or at most once; an option is a room (with its images under the
    multiplier). The item with the fewest options is branched on first, in random order."""
    search = Search(spec, rng, multiplier)
    n, k = search.n, spec.size
    people_items = [("p", x) for x in range(n)]
    options: list[list[tuple]] = []
    seen: set[tuple] = set()
    for room in combinations(range(n), k):
        orbits = []
        for a, b in combinations(room, 2):
            o = search.orbit[a][b]
            if o < 0 or o in orbits:
                break
            orbits.append(o)
        else:
            images = search._images(list(room), [False] * n, set(), orbits)
            if images is None:
                continue
            rooms, keys = images
            key = tuple(sorted(rooms))
            if key in seen:
                continue
            seen.add(key)
            options.append([*(("p", x) for r in rooms for x in r), *(("o", o) for o in keys)])
    n_orbits = len(search.orbit_ids)
    exact = (n // k) * k * (k - 1) // 2 == n_orbits
    if use_c:
        return _exact_cover_c(options, n, n_orbits, exact, k, rng, node_limit)
    primary = set(people_items) | ({("o", o) for o in range(n_orbits)} if exact else set())
    columns: dict[tuple, set[int]] = {item: set() for item in [*people_items, *(("o", o) for o in range(n_orbits))]}
    for i, opt in enumerate(options):
        for item in opt:
            columns[item].add(i)
    nodes = [0]

    def select(i: int) -> list[set[int]]:
        cols = []
        for j in options[i]:
            for other in columns[j]:
                for kk in options[other]:
                    if kk != j:
                        columns[kk].discard(other)
            cols.append(columns.pop(j))
        return cols

    def deselect(i: int, cols: list[set[int]]) -> None:
        for j in reversed(options[i]):
            columns[j] = cols.pop()
            for other in columns[j]:
                for kk in options[other]:
                    if kk != j:
                        columns[kk].add(other)

    def solve(chosen: list[int]) -> list[int] | None:
        nodes[0] += 1
        if nodes[0] > node_limit:
            return None
        open_items = [c for c in columns if c in primary]
        if not open_items:
            return chosen
        c = min(open_items, key=lambda c: len(columns[c]))
        cands = list(columns[c])
        rng.shuffle(cands)
        for i in cands:
            cols = select(i)
            found = solve([*chosen, i])
            if found is not None:
                return found
            deselect(i, cols)
            if nodes[0] > node_limit:
                return None
        return None

    found = solve([])
    if found is None:
        return None
    rooms_out: list[tuple[int, ...]] = []
    for i in found:
        people = [x for kind, x in options[i] if kind == "p"]
        rooms_out += [tuple(people[j : j + k]) for j in range(0, len(people), k)]
    return (), (tuple(sorted(rooms_out)),)


def _product(values: range, times: int) -> list[tuple[int, ...]]:
    out: list[tuple[int, ...]] = [()]
    for _ in range(times):
        out = [(*t, v) for t in out for v in values]
    return out


def find(name: str, seconds: float, node_limit: int = 20000, multiplier: int = 1, use_c: bool = False) -> tuple | None:
    spec = CYCLIC[name][0]
    started = time.perf_counter()
    seed = 0
    while time.perf_counter() - started < seconds:
        seed += 1
        if spec.developed == 1 and not spec.invariant:
            found = exact_cover(spec, random.Random(seed), multiplier, node_limit, use_c)
        elif use_c and not spec.invariant:
            found = exact_cover_rounds_c(spec, random.Random(seed), multiplier, node_limit)
        else:
            found = Search(spec, random.Random(seed), multiplier).run(node_limit)
        if found is not None:
            return found
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--nodes", type=int, default=None, help="per restart (default: NODES, else 20,000)")
    parser.add_argument("--c", action="store_true", help="exact cover in C (xcover.c), for the larger designs")
    parser.add_argument(
        "--mult", type=int, default=None, help="keep the base round invariant under x -> MULT * x (default: MULTIPLIER)"
    )
    args = parser.parse_args()
    names = sorted(name for name, entry in CYCLIC.items() if entry[2] is not None) if args.all else args.names
    for name in names:
        started = time.perf_counter()
        found = find(
            name,
            args.seconds,
            args.nodes if args.nodes is not None else NODES.get(name, 20000),
            args.mult if args.mult is not None else MULTIPLIER.get(name, 1),
            args.c or name in USE_C,
        )
        if found is None:
            print(f"{name}: nothing in {args.seconds:.0f} s", flush=True)
            continue
        invariant, developed = found
        print(f"{name}: found in {time.perf_counter() - started:.1f} s", flush=True)
        print(f"    invariant={invariant!r},")
        print(f"    developed={developed!r},")
        # check with the planner's own development (the tests check again, independently)
        rounds = cyclic_rounds(CYCLIC[name][0], invariant, developed)
        print(f"    -> {len(rounds)} rounds", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
