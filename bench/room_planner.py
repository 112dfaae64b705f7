"""The room planner on the classic Social Golfer instances and on producer-sized events,
next to a simple greedy-plus-swap baseline run in the same process.

For each case: the rounds reached without any repeated pair (or the repeats at a fixed
number of rounds) and the time taken. The baseline plans round by round: each person into
the room where they have met the fewest, then random swaps that lower the repeats, and
stops at the first round it cannot make repeat-free.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facilitator_app.domain.rooms import Problem, RoomSpec, plan_rooms


def count_repeats(rounds) -> tuple[int, int]:
    """(repeats, leading repeat-free rounds), counted here from the plan."""
    seen: set[tuple[str, str]] = set()
    repeats, free, clean_so_far = 0, 0, True
    for rnd in rounds:
        clean = True
        for room in rnd:
            for pair in combinations(sorted(room.members), 2):
                if pair in seen:
                    repeats += 1
                    clean = False
                seen.add(pair)
        clean_so_far = clean_so_far and clean
        free += clean_so_far
    return repeats, free


def baseline(n: int, p: int, max_rounds: int, seconds: float, seed: int = 1) -> tuple[int, float]:
    """Greedy + swap, round by round: rounds reached without a repeat, and the time."""
    rng = random.Random(seed)
    met = [[0] * n for _ in range(n)]
    g = n // p
    started = time.perf_counter()
    per_round = seconds / max_rounds
    reached = 0
    for _ in range(max_rounds):
        order = list(range(n))
        rng.shuffle(order)
        rooms: list[list[int]] = [[] for _ in range(g)]
        for i in order:
            open_rooms = [k for k in range(g) if len(rooms[k]) < p]
            k = min(open_rooms, key=lambda k: (sum(met[i][j] for j in rooms[k]), rng.random()))
            rooms[k].append(i)

        def cost(room: list[int]) -> int:
            return sum(met[a][b] for a, b in combinations(room, 2))

        deadline = time.perf_counter() + per_round
        total = sum(cost(r) for r in rooms)
        while total and time.perf_counter() < deadline:
            a, b = rng.sample(range(g), 2)
            x, y = rng.randrange(p), rng.randrange(p)
            before = cost(rooms[a]) + cost(rooms[b])
            rooms[a][x], rooms[b][y] = rooms[b][y], rooms[a][x]
            after = cost(rooms[a]) + cost(rooms[b])
            if after <= before:
                total += after - before
            else:
                rooms[a][x], rooms[b][y] = rooms[b][y], rooms[a][x]
        if total:
            break
        for room in rooms:
            for a, b in combinations(room, 2):
                met[a][b] += 1
                met[b][a] += 1
        reached += 1
    return reached, time.perf_counter() - started


def ours(n: int, p: int, w: int, seconds: float, **kw: object) -> tuple[int, int, float, str]:
    problem = Problem(
        people=tuple(f"p{i:04d}" for i in range(n)),
        rounds=(RoomSpec(p, *kw.pop("range", (p, p))),) * w,  # type: ignore[misc]
        seconds=seconds,
        **kw,  # type: ignore[arg-type]
    )
    started = time.perf_counter()
    plan = plan_rooms(problem)
    elapsed = time.perf_counter() - started
    repeats, free = count_repeats(plan.rounds)
    return repeats, free, elapsed, plan.quality.method


def ours_round_by_round(n: int, p: int, goal: int, seconds: float) -> tuple[int, float]:
    """The engine planning one round at a time with the earlier rounds fixed (the app's
    'Plan this round', same seed each time): rounds reached before the first round it cannot
    make repeat-free."""
    people = tuple(f"p{i:04d}" for i in range(n))
    fixed: list = []
    started = time.perf_counter()
    per_round = seconds / goal
    while len(fixed) < goal:
        problem = Problem(people=people, rounds=(RoomSpec(p),) * (len(fixed) + 1), seconds=per_round, seed=1)
        plan = plan_rooms(problem, fixed=fixed)
        if count_repeats(plan.rounds)[0]:
            break
        fixed = list(plan.rounds)
    return len(fixed), time.perf_counter() - started


def sgp(n: int, p: int, goal: int, seconds: float, note: str) -> None:
    repeats, free, elapsed, method = ours(n, p, goal, seconds)
    line = (
        f"{n:>4} people, rooms of {p}, {goal:>3} rounds | all at once: {free:>3} repeat-free rounds, "
        f"{repeats:>5} repeats, {elapsed:6.2f} s ({method})"
    )
    by_round, by_round_s = ours_round_by_round(n, p, goal, seconds)
    line += f" | round by round: {by_round:>3} rounds, {by_round_s:6.2f} s"
    base, base_s = baseline(n, p, goal, seconds)
    print(f"{line} | greedy+swap: {base:>3} rounds, {base_s:6.2f} s | {note}", flush=True)


# Best-known repeat-free rounds for g rooms of s (issue 16's table: OEIS A107431, Aguado for
# 8-4, Miller, Valkov & Abel 2026 for the rest; round robin for s = 2).
BEST_KNOWN = {
    6: {3: 8, 4: 7, 5: 6, 6: 3},
    7: {3: 10, 4: 9, 5: 7, 6: 7, 7: 8},
    8: {3: 11, 4: 10, 5: 8, 6: 8, 7: 8, 8: 9},
    9: {3: 13, 4: 11, 5: 9, 6: 9, 7: 9, 8: 9, 9: 10},
    10: {3: 14, 4: 13, 5: 9, 6: 7, 7: 7, 8: 5, 9: 5, 10: 4},
    11: {3: 16, 4: 14, 5: 11, 6: 11, 7: 11, 8: 11, 9: 12, 10: 11},
    12: {3: 17, 4: 15, 5: 12, 6: 13, 7: 7, 8: 6, 9: 6, 10: 6},
}


def greedy_rounds(n: int, p: int, rounds: int, seconds: float, seed: int = 1) -> tuple[int, int, int, float]:
    """The greedy + swap baseline for a fixed number of rounds (it does not stop at the first
    repeat): (leading repeat-free rounds, repeats, most meetings of a pair, seconds)."""
    rng = random.Random(seed)
    met = [[0] * n for _ in range(n)]
    g = n // p
    started = time.perf_counter()
    lead, clean, repeats = 0, True, 0
    for _ in range(rounds):
        order = list(range(n))
        rng.shuffle(order)
        rooms: list[list[int]] = [[] for _ in range(g)]
        for i in order:
            open_rooms = [k for k in range(g) if len(rooms[k]) < p]
            k = min(open_rooms, key=lambda k: (sum(met[i][j] for j in rooms[k]), rng.random()))
            rooms[k].append(i)

        def cost(room: list[int]) -> int:
            return sum(met[a][b] ** 2 for a, b in combinations(room, 2))

        deadline = time.perf_counter() + seconds / rounds
        total = sum(cost(r) for r in rooms)
        while total and time.perf_counter() < deadline:
            a, b = rng.sample(range(g), 2)
            x, y = rng.randrange(p), rng.randrange(p)
            before = cost(rooms[a]) + cost(rooms[b])
            rooms[a][x], rooms[b][y] = rooms[b][y], rooms[a][x]
            after = cost(rooms[a]) + cost(rooms[b])
            if after <= before:
                total += after - before
            else:
                rooms[a][x], rooms[b][y] = rooms[b][y], rooms[a][x]
        fresh = True
        for room in rooms:
            for a, b in combinations(room, 2):
                if met[a][b]:
                    repeats += 1
                    fresh = False
                met[a][b] += 1
                met[b][a] += 1
        clean = clean and fresh
        lead += clean
    most = max(max(row) for row in met)
    return lead, repeats, most, time.perf_counter() - started


def table(seconds: float) -> None:
    """The whole Social Golfer table: planner rounds (asked for the best known w) and time,
    the greedy + swap baseline, and then w + 1 rounds: repeat-free start, repeats and the
    pigeonhole bound, next to the baseline for w + 1 rounds."""
    print(f"Social Golfer table, best known w, planner budget {seconds:.0f} s per cell:")
    print(f"{'cell':>6} {'people':>6} {'w':>3} | {'planner':>7} {'time':>6}  construction | greedy+swap")
    reached = base_total = best_total = 0
    shorts = []
    for g, row in BEST_KNOWN.items():
        for s, w in row.items():
            n = g * s
            repeats, free, elapsed, method = ours(n, s, w, seconds)
            base, base_s = baseline(n, s, w, seconds)
            reached += free
            base_total += base
            best_total += w
            if free < w:
                shorts.append(f"{g}-{s}")
            mark = "" if free >= w else f"  (short by {w - free})"
            print(
                f"{g:>3}-{s:<2} {n:>6} {w:>3} | {free:>7} {elapsed:6.2f}s  {method}{mark} | {base:>3} in {base_s:.2f} s"
            )
    cells = sum(len(r) for r in BEST_KNOWN.values())
    print(
        f"total over {cells} cells: planner {reached} of {best_total} best-known rounds, greedy+swap {base_total}; "
        f"short: {', '.join(shorts) or 'none'}"
    )
    print(f"\nOne round more than the best known (w + 1), planner budget {seconds:.0f} s:")
    print(f"{'cell':>6} {'w+1':>4} | planner: fresh start, repeats (bound), most | greedy+swap: fresh, repeats, most")
    for g, row in BEST_KNOWN.items():
        for s, w in row.items():
            n = g * s
            problem = Problem(
                people=tuple(f"p{i:04d}" for i in range(n)), rounds=(RoomSpec(s),) * (w + 1), seconds=seconds
            )
            started = time.perf_counter()
            plan = plan_rooms(problem)
            elapsed = time.perf_counter() - started
            repeats, free = count_repeats(plan.rounds)
            q = plan.quality
            b_free, b_rep, b_most, _ = greedy_rounds(n, s, w + 1, seconds)
            print(
                f"{g:>3}-{s:<2} {w + 1:>4} | {free:>3} fresh, {repeats:>4} repeats (>= {q.repeats_bound:>3}), "
                f"most {q.max_meetings}, {elapsed:5.2f} s | {b_free:>3} fresh, {b_rep:>4} repeats, most {b_most}"
            )
    for n in (14, 22):
        problem = Problem(people=tuple(f"p{i:04d}" for i in range(n)), rounds=(RoomSpec(2),) * n, seconds=seconds)
        plan = plan_rooms(problem)
        repeats, free = count_repeats(plan.rounds)
        b_free, b_rep, b_most, _ = greedy_rounds(n, 2, n, seconds)
        print(
            f"{n:>3} people in pairs, {n} rounds | {free:>3} fresh, {repeats:>4} repeats "
            f"(>= {plan.quality.repeats_bound}), most {plan.quality.max_meetings} | "
            f"{b_free:>3} fresh, {b_rep:>4} repeats, most {b_most}"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="skip the 800-person case")
    parser.add_argument("--table-only", action="store_true", help="only the Social Golfer table and w + 1")
    parser.add_argument("--no-table", action="store_true", help="skip the Social Golfer table")
    parser.add_argument("--seconds", type=float, default=5.0, help="planner budget per table cell")
    args = parser.parse_args()
    if not args.no_table:
        table(args.seconds)
        if args.table_only:
            return 0
        print()
    print("Social Golfer instances (most rounds possible <= (n-1)/(p-1)):")
    sgp(15, 3, 7, 1.0, "Kirkman's schoolgirls: goal 7 within 1 s")
    sgp(32, 4, 9, 5.0, "goal: at least 9 within 5 s")
    sgp(32, 4, 10, 5.0, "goal: 10, the published best")
    sgp(100, 5, 20, 30.0, "goal: at least 20")
    if not args.quick:
        sgp(800, 8, 100, 60.0, "goal: at least 100")

    print("\nProducer cases:")
    people = tuple(f"p{i:02d}" for i in range(60))
    orgs = {q: ("Älvkraft", "Fjällnät", "Kustvärme")[i % 3] for i, q in enumerate(people)}
    started = time.perf_counter()
    plan = plan_rooms(Problem(people=people, rounds=(RoomSpec(5),) * 4, balance=orgs))
    elapsed = time.perf_counter() - started
    repeats, _ = count_repeats(plan.rounds)
    missing = sum(1 for rnd in plan.rounds for room in rnd if len({orgs[m] for m in room.members}) < 3)
    print(
        f"  60 people, 3 organisations, rooms of 5, 4 rounds: {repeats} repeats, {missing} rooms missing an "
        f"organisation, {elapsed:.2f} s"
    )

    rng = random.Random(5)
    people = tuple(f"p{i:04d}" for i in range(1000))
    orgs = {q: "ABC"[rng.randrange(3)] for q in people}
    hosts = frozenset(rng.sample(people, 160))
    apart = tuple(tuple(rng.sample(people, 2)) for _ in range(50))
    problem = Problem(
        people=people,
        rounds=(RoomSpec(7, 6, 8),) * 6,
        balance=orgs,
        hosts=hosts,
        apart=apart,
        seconds=5.0,  # type: ignore[arg-type]
    )
    started = time.perf_counter()
    plan = plan_rooms(problem)
    elapsed = time.perf_counter() - started
    repeats, _ = count_repeats(plan.rounds)
    sizes_ok = all(6 <= len(room.members) <= 8 for rnd in plan.rounds for room in rnd)
    hosts_ok = all(room.host in hosts for rnd in plan.rounds for room in rnd)
    apart_ok = not any(a in room.members and b in room.members for rnd in plan.rounds for room in rnd for a, b in apart)
    print(
        f"  1,000 people, rooms of 6-8, 6 rounds, 160 hosts, 50 keep-apart pairs: {elapsed:.2f} s, "
        f"{repeats} repeats, sizes ok: {sizes_ok}, one host per room: {hosts_ok}, apart kept: {apart_ok}"
    )

    people = tuple(f"p{i:03d}" for i in range(100))
    orgs = {q: "ABC"[i % 3] for i, q in enumerate(people)}
    spec = RoomSpec(5, 4, 6)
    first = plan_rooms(Problem(people=people, rounds=(spec,) * 6, balance=orgs))
    newcomers = tuple(f"new{i}" for i in range(3))
    present = (frozenset(people), frozenset(people), None, None, None, None)
    problem = Problem(people=people + newcomers, rounds=(spec,) * 6, balance=orgs, present=present)  # type: ignore[arg-type]
    started = time.perf_counter()
    again = plan_rooms(problem, fixed=first.rounds[:2], previous=first.rounds[2:], max_moved=2 * len(newcomers))
    elapsed = time.perf_counter() - started
    kept = again.rounds[:2] == first.rounds[:2]
    moved = 0
    for before, after in zip(first.rounds[2:], again.rounds[2:], strict=True):
        old = {m: room.name for room in before for m in room.members}
        moved += sum(1 for room in after for m in room.members if m in old and old[m] != room.name)
    repeats, _ = count_repeats(again.rounds)
    print(
        f"  100 people + 3 late joiners after round 2 was announced: rounds 1-2 unchanged: {kept}, "
        f"{moved} people moved for 3 newcomers, {repeats} repeats, {elapsed:.2f} s"
    )

    # Issue 16: 61 people in rooms of 4-6 for 10 rounds.
    people = tuple(f"p{i:02d}" for i in range(61))
    started = time.perf_counter()
    plan = plan_rooms(Problem(people=people, rounds=(RoomSpec(5, 4, 6),) * 10))
    elapsed = time.perf_counter() - started
    repeats, free = count_repeats(plan.rounds)
    sizes = sorted({len(room.members) for rnd in plan.rounds for room in rnd})
    base, base_s = baseline_uneven(61, RoomSpec(5, 4, 6), 10, 5.0)
    print(
        f"  61 people, rooms of 4-6, 10 rounds: {free} repeat-free rounds, {repeats} repeats "
        f"(bound {plan.quality.repeats_bound}), sizes {sizes}, {elapsed:.2f} s ({plan.quality.method}) | "
        f"greedy + tabu alone: {base} repeats, {base_s:.2f} s"
    )
    big_event()

    # Real head counts are rarely a multiple of the room size: rooms of p and p + 1.
    for n, spec, w in ((98, RoomSpec(5, 4, 5), 20), (102, RoomSpec(5, 4, 6), 20), (790, RoomSpec(8, 7, 9), 60)):
        people = tuple(f"p{i:04d}" for i in range(n))
        started = time.perf_counter()
        plan = plan_rooms(Problem(people=people, rounds=(spec,) * w, seconds=10.0))
        elapsed = time.perf_counter() - started
        repeats, free = count_repeats(plan.rounds)
        sizes = sorted({len(room.members) for rnd in plan.rounds for room in rnd})
        base, base_s = baseline_uneven(n, spec, w, 10.0)
        print(
            f"  {n} people, rooms of {spec.bounds()[0]}-{spec.bounds()[1]}, {w} rounds: {free} repeat-free rounds, "
            f"{repeats} repeats, sizes {sizes}, {elapsed:.2f} s ({plan.quality.method}) | greedy + tabu alone: "
            f"{base} repeats, {base_s:.2f} s"
        )
    return 0


def big_event() -> None:
    """5,000 people in rooms of 8 for 8 rounds with 625 hosts and a balance attribute, in a
    fresh process so that its peak memory is its own."""
    import subprocess

    code = (
        "import random, resource, sys, time\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
        "from facilitator_app.domain.rooms import Problem, RoomSpec, plan_rooms\n"
        "rng = random.Random(3)\n"
        "people = tuple(f'p{i:05d}' for i in range(5000))\n"
        "orgs = {p: 'ABCD'[rng.randrange(4)] for p in people}\n"
        "started = time.perf_counter()\n"
        "plan = plan_rooms(Problem(people=people, rounds=(RoomSpec(8),) * 8, hosts=frozenset(people[:625]),"
        " balance=orgs, seconds=5.0))\n"
        "q = plan.quality\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(f'{time.perf_counter() - started:.2f} s, peak {peak:.0f} MB,"
        " {q.repeats} repeats, {q.rooms_without_host} rooms without host, {q.rooms_missing_value} rooms missing an"
        " organisation ({q.method})')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    print(f"  5,000 people, rooms of 8, 8 rounds, 625 hosts, 4 organisations: {out}")


def baseline_uneven(n: int, spec: RoomSpec, w: int, seconds: float) -> tuple[int, float]:
    """The engine without its constructions (greedy start, then tabu), for comparison."""
    from facilitator_app.domain import rooms

    saved = rooms._constructed_rounds
    rooms._constructed_rounds = lambda *args: ([], False, "")  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        plan = plan_rooms(Problem(people=tuple(f"p{i:04d}" for i in range(n)), rounds=(spec,) * w, seconds=seconds))
        return count_repeats(plan.rounds)[0], time.perf_counter() - started
    finally:
        rooms._constructed_rounds = saved


if __name__ == "__main__":
    raise SystemExit(main())
