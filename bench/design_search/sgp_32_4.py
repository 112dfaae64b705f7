"""Search ten repeat-free rounds for 32 people in rooms of 4 (run by hand, ~15 s).

People are (x, c) with x in GF(8) (addition is XOR) and c in 0..3. Only rounds closed under
the translations x -> x + a are searched. Such a round meets pairs by whole classes: the
pairs (x, c), (x + d, c') for all x ("cross" class (c, c', d), 8 pairs) or (x, c), (x + u, c)
("within" class (c, u), 4 pairs). Three kinds of round exist:

- T: rooms {(x + b_c, c)}: one cross class per pair of c's;
- M: for a split of 0..3 into pairs {i, j}, {k, l}, rooms {(x, i), (x+u, i), (x+d, j),
  (x+d+u, j)}: cross classes d and d+u of (i, j), within class u of i and of j, the same
  for {k, l};
- W: rooms are cosets of a subgroup {0, s1, s2, s1+s2} within each c.

Ten rounds use 480 of the 496 pairs, so they are an exact cover of the 76 classes with 16
pairs of slack. Dancing-links style: take the first class not yet covered, try each round
that covers it and fits, or leave it over while the slack allows. Prints the rounds as
``designs.SGP_32_4`` writes them.
"""

from __future__ import annotations

import itertools
import sys
import time

PAIRS = list(itertools.combinations(range(4), 2))
N_ITEMS = 6 * 8 + 4 * 7


def cross(pair: int, d: int) -> int:
    return 1 << (pair * 8 + d)


def within(c: int, u: int) -> int:
    return 1 << (48 + c * 7 + u - 1)


def options() -> list[tuple[int, tuple]]:
    subgroups = sorted({frozenset({a, b, a ^ b}) for a in range(1, 8) for b in range(a + 1, 8)}, key=sorted)
    out: list[tuple[int, tuple]] = []
    for rest in itertools.product(range(8), repeat=3):
        b = (0, *rest)
        out.append((sum(cross(i, b[x] ^ b[y]) for i, (x, y) in enumerate(PAIRS)), ("T", (b,))))
    halves: dict[tuple[int, int], list[tuple[int, tuple[int, int, int, int]]]] = {}
    for i, (x, y) in enumerate(PAIRS):
        halves[x, y] = [
            (cross(i, d) | cross(i, d ^ u) | within(x, u) | within(y, u), (x, y, u, d))
            for u in range(1, 8)
            for d in range(8)
            if d < d ^ u
        ]
    for first, second in (((0, 1), (2, 3)), ((0, 2), (1, 3)), ((0, 3), (1, 2))):
        for ma, a in halves[first]:
            for mb, b in halves[second]:
                out.append((ma | mb, ("M", (a, b))))
    for subs in itertools.product(subgroups, repeat=4):
        mask = sum(within(c, u) for c, sub in enumerate(subs) for u in sub)
        out.append((mask, ("W", tuple(tuple(sorted(sub)) for sub in subs))))
    return out


def search() -> list[tuple] | None:
    by_item: list[list[tuple[int, tuple]]] = [[] for _ in range(N_ITEMS)]
    for mask, desc in options():
        for item in range(N_ITEMS):
            if mask >> item & 1:
                by_item[item].append((mask, desc))
    pairs_in = [8] * 48 + [4] * 28

    def rec(covered: int, chosen: list[tuple], slack: int) -> list[tuple] | None:
        if len(chosen) == 10:
            return chosen
        item = 0
        while covered >> item & 1:
            item += 1
        if item >= N_ITEMS:
            return None
        for mask, desc in by_item[item]:
            if not mask & covered and (found := rec(covered | mask, [*chosen, desc], slack)):
                return found
        if pairs_in[item] <= slack:
            return rec(covered | 1 << item, chosen, slack - pairs_in[item])
        return None

    return rec(0, [], 496 - 480)


def main() -> int:
    started = time.perf_counter()
    found = search()
    if found is None:
        print("no ten rounds of this shape")
        return 1
    for kind, spec in found:
        print(f'    ("{kind}", {spec!r}),')
    print(f"# {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
