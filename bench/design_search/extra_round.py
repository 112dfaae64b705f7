"""Search one more repeat-free round on top of a construction (run by hand).

    python bench/design_search/extra_round.py ROOMS SIZE [--seconds S]

builds the rounds ``designs.repeat_free_rounds`` gives for ROOMS rooms of SIZE (without the
extra rounds table), then looks for a round in which nobody meets anyone again: a
partition of the people into cliques of SIZE of the graph of pairs that have not met.
Depth-first with random restarts: the room of the first person without a room is filled
from the people left that have met nobody in it yet, fewest choices first. Prints the
round as ``designs.EXTRA_ROUNDS`` writes it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator_app.domain import designs


def search(n: int, p: int, unmet: list[set[int]], rng: random.Random, limit: int) -> list[list[int]] | None:
    nodes = [0]
    free = set(range(n))

    def fill(rooms: list[list[int]]) -> list[list[int]] | None:
        if not free:
            return rooms
        first = min(free, key=lambda x: (len(unmet[x] & free), x))
        free.discard(first)

        def grow(room: list[int], pool: set[int]) -> list[list[int]] | None:
            nodes[0] += 1
            if nodes[0] > limit:
                return None
            if len(room) == p:
                for x in room:
                    free.discard(x)
                found = fill([*rooms, room])
                if found is not None:
                    return found
                for x in room[1:]:
                    free.add(x)
                return None
            if len(pool) < p - len(room):
                return None
            order = sorted(pool, key=lambda x: (len(unmet[x] & pool), rng.random()))
            for i, x in enumerate(order):
                found = grow([*room, x], (pool & unmet[x]) - set(order[: i + 1]))
                if found is not None or nodes[0] > limit:
                    return found
            return None

        found = grow([first], unmet[first] & free)
        if found is None:
            free.add(first)
        return found

    return fill([])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("rooms", type=int)
    parser.add_argument("size", type=int)
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--nodes", type=int, default=200000)
    parser.add_argument("--rounds", type=int, default=1, help="how many more rounds, one after the other")
    args = parser.parse_args()
    g, p = args.rooms, args.size
    n = g * p
    designs.EXTRA_ROUNDS.pop((n, p), None)
    designs._most_rounds.cache_clear()
    rounds = designs.repeat_free_rounds(n, p, 1000)
    unmet = [set(range(n)) - {x} for x in range(n)]
    for rnd in rounds:
        for room in rnd:
            for a in room:
                unmet[a] -= set(room)
    print(f"{len(rounds)} rounds from {designs.construction(g, p)}", file=sys.stderr)
    started = time.perf_counter()
    seed = 0
    while time.perf_counter() - started < args.seconds:
        seed += 1
        rng = random.Random(seed)
        left = [set(u) for u in unmet]
        more = []
        for _ in range(args.rounds):
            found = search(n, p, left, rng, args.nodes)
            if found is None:
                break
            more.append(tuple(tuple(sorted(room)) for room in sorted(found)))
            for room in found:
                for a in room:
                    left[a] -= set(room)
        if len(more) == args.rounds:
            print(f"found with seed {seed} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            print(f"    ({n}, {p}): {tuple(more)!r},")
            return 0
    print("nothing found", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
