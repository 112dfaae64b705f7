"""The design families of the room planner, checked with a pair counter of this file (not
the planner's bookkeeping): every round a partition into rooms of the size, no pair twice,
the groups of a group divisible design never together, and no more rounds claimed than the
constructions give or than are possible."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from facilitator_app.domain import designs
from facilitator_app.domain.rooms import Problem, RoomSpec, plan_rooms

# The Social Golfer table of issue 16: rooms -> {room size: best known repeat-free rounds}.
BEST_KNOWN = {
    6: {3: 8, 4: 7, 5: 6, 6: 3},
    7: {3: 10, 4: 9, 5: 7, 6: 7, 7: 8},
    8: {3: 11, 4: 10, 5: 8, 6: 8, 7: 8, 8: 9},
    9: {3: 13, 4: 11, 5: 9, 6: 9, 7: 9, 8: 9, 9: 10},
    10: {3: 14, 4: 13, 5: 9, 6: 7, 7: 7, 8: 5, 9: 5, 10: 4},
    11: {3: 16, 4: 14, 5: 11, 6: 11, 7: 11, 8: 11, 9: 12, 10: 11},
    12: {3: 17, 4: 15, 5: 12, 6: 13, 7: 7, 8: 6, 9: 6, 10: 6},
}


def pair_counts(rounds, n: int, p: int) -> Counter:
    """Meetings per pair; asserts each round splits 0..n-1 into rooms of p."""
    pairs: Counter = Counter()
    for rnd in rounds:
        assert sorted(x for room in rnd for x in room) == list(range(n))
        assert all(len(room) == p for room in rnd)
        for room in rnd:
            pairs.update(itertools.combinations(sorted(room), 2))
    return pairs


def repeat_free(rounds, n: int, p: int) -> bool:
    pairs = pair_counts(rounds, n, p)
    return not pairs or max(pairs.values()) == 1


@pytest.mark.parametrize("name", sorted(n for n, (_, _, seed) in designs.CYCLIC.items() if seed is not None))
def test_cyclic_designs(name):
    spec, family, seed = designs.CYCLIC[name]
    rounds = designs.cyclic_rounds(spec, *seed)
    n = spec.people
    assert len(rounds) == spec.rounds
    pairs = pair_counts(rounds, n, spec.size)
    assert max(pairs.values()) == 1
    m, top = spec.m, spec.m * spec.levels
    fixed = set(range(top, n))
    for a, b in pairs:
        assert not (a in fixed and b in fixed), "the fixed people are a group"
        if spec.groups == "half":
            assert not (a < top and b < top and a // m == b // m and (b - a) % m == m // 2)
        if spec.groups.startswith("column"):
            block = int(spec.groups[6:] or spec.levels)  # columns within blocks of levels
            assert not (a < top and b < top and a % m == b % m and a // m // block == b // m // block)
    missing = n * (n - 1) // 2 - len(pairs)
    if family.startswith("Kirkman") or family.startswith("resolvable ("):
        assert missing == 0, "every pair meets once"
    if family.startswith("nearly Kirkman"):
        assert missing == n // 2, "every pair but the n/2 groups of two"


@pytest.mark.parametrize(
    ("n", "p", "w", "family"),
    [
        # Kirkman triple systems, direct and tripled with an OA(4, v): (v - 1) / 2 rounds
        (15, 3, 7, "PG(3, 2)"),
        (21, 3, 10, "KTS(21)"),
        (27, 3, 13, "GF(9)"),
        (33, 3, 16, "KTS(33)"),
        (63, 3, 31, "then Kirkman triple system KTS(21)"),
        (99, 3, 49, "GF(3) x GF(11), then Kirkman triple system KTS(33)"),
        # nearly Kirkman: (v - 2) / 2 rounds, tripled too
        (18, 3, 8, "NKTS(18)"),
        (24, 3, 11, "NKTS(24)"),
        (30, 3, 14, "NKTS(30)"),
        (36, 3, 17, "NKTS(36)"),
        (72, 3, 35, "then nearly Kirkman triple system NKTS(24)"),
        # resolvable (v, 4, 1) designs: (v - 1) / 3 rounds; 16 and 64 from affine geometry
        (16, 4, 5, "GF(4)"),
        (28, 4, 9, "(28, 4, 1)"),
        (40, 4, 13, "(40, 4, 1)"),
        (64, 4, 21, "GF(16)"),
        (112, 4, 37, "then resolvable (28, 4, 1) design"),
        # 4-GDD of type 3^8, and round robins
        (24, 4, 7, "3^8"),
        (36, 4, 11, "3^12"),
        (14, 2, 13, "round robin"),
        (22, 2, 21, "round robin"),
        (30, 2, 29, "round robin"),
        # nets of orthogonal arrays: 100 people in 10 rooms of 10
        (100, 10, 4, "OA(4, 10)"),
    ],
)
def test_families_reach_their_rounds(n, p, w, family):
    rounds = designs.repeat_free_rounds(n, p, 1000)
    assert len(rounds) == w
    assert repeat_free(rounds, n, p)
    assert family in designs.construction(n // p, p)


def test_five_mols_of_order_12():
    """The difference matrix over Z_2 x Z_6 gives an OA(7, 12): checked here pair by pair."""
    oa = designs.orthogonal_array(7, 12)
    assert oa is not None and len(oa) == 144
    for r, s in itertools.combinations(range(7), 2):
        assert len({(col[r], col[s]) for col in oa}) == 144
    assert designs.orthogonal_array(8, 12) is None
    for p, w in ((5, 12), (6, 13), (8, 6), (9, 6), (10, 6)):  # 13: one more round on the two rows of 6
        rounds = designs.repeat_free_rounds(12 * p, p, 100)
        assert len(rounds) == w and repeat_free(rounds, 12 * p, p)


def test_round_robin_for_every_even_count():
    for n in range(2, 41, 2):
        rounds = designs.round_robin(n)
        assert len(rounds) == n - 1
        assert len(pair_counts(rounds, n, 2)) == n * (n - 1) // 2


@pytest.mark.parametrize("g", sorted(BEST_KNOWN))
def test_table_never_claims_more_than_it_builds(g):
    """Every cell: the rounds built are repeat-free (counted here), never more than the best
    known (the proven maxima included), and the construction named is the one built."""
    for p, best in BEST_KNOWN[g].items():
        n = g * p
        rounds = designs.repeat_free_rounds(n, p, 1000)
        assert repeat_free(rounds, n, p), (g, p)
        assert 1 <= len(rounds) <= best, (g, p)
        assert len(rounds) <= (n - 1) // (p - 1)
        how = designs.construction(g, p)
        assert (how is None) == (len(rounds) == 1), (g, p)


def test_no_design_claimed_without_a_seed():
    """A table entry without a seed gives nothing; the planner then says 'greedy'."""
    spec = designs.CyclicSpec(5, 3, 0, 3)  # KTS(15) over Z_5 with no invariant rounds: 5 rounds, not 7
    saved = dict(designs.CYCLIC)
    try:
        designs.CYCLIC.clear()
        designs.CYCLIC["empty"] = (spec, "test", None)
        designs._most_rounds.cache_clear()
        assert len(designs.repeat_free_rounds(21, 3, 100)) == 7  # 7 rooms: the grid over GF(7) only
        assert designs.construction(6, 4) == "net of an OA(3, 6)"  # 24 in rooms of 4: two rounds, not seven
    finally:
        designs.CYCLIC.clear()
        designs.CYCLIC.update(saved)
        designs._most_rounds.cache_clear()


@pytest.mark.parametrize(("n", "p", "w"), [(14, 2, 14), (22, 2, 22), (21, 3, 11), (28, 4, 10)])
def test_one_round_more_than_repeat_free_keeps_the_first_rounds_fresh(n, p, w):
    """One round more than the design has: all of the design's rounds stay repeat-free, the
    repeats go to the last round, and the summary gives the pigeonhole bound."""
    ps = tuple(f"p{i:03d}" for i in range(n))
    plan = plan_rooms(Problem(people=ps, rounds=(RoomSpec(p),) * w, seconds=1.0, seed=2), stall_steps=2000)
    pairs: Counter = Counter()
    fresh = 0
    for rnd in plan.rounds:
        before = sum(pairs.values()) - len(pairs)
        for room in rnd:
            pairs.update(itertools.combinations(sorted(room.members), 2))
        if sum(pairs.values()) - len(pairs) == before == 0:
            fresh += 1
    assert fresh == w - 1
    bound = -(-sum(max(0, w * (p - 1) - (n - 1)) for _ in ps) // 2)
    assert plan.quality.repeats_bound == bound
    assert plan.quality.repeats == sum(pairs.values()) - len(pairs)
    if p == 2:
        assert plan.quality.repeats == bound == n // 2  # every pair has met: a whole round repeats
    assert f"at least {bound} unavoidable" in "\n".join(plan.quality.lines())


@pytest.mark.parametrize("g", sorted(BEST_KNOWN))
def test_planner_claims_only_what_its_rounds_show(g):
    """Asked for as many rounds as the construction gives, the plan has them all repeat-free
    (counted here), the summary says the same and names the construction with that count."""
    for p in BEST_KNOWN[g]:
        n = g * p
        w = len(designs.repeat_free_rounds(n, p, 1000))
        ps = tuple(f"p{i:03d}" for i in range(n))
        plan = plan_rooms(Problem(people=ps, rounds=(RoomSpec(p),) * w, seconds=2.0), stall_steps=100)
        pairs: Counter = Counter()
        for rnd in plan.rounds:
            assert sorted(m for room in rnd for m in room.members) == sorted(ps)
            for room in rnd:
                pairs.update(itertools.combinations(sorted(room.members), 2))
        assert max(pairs.values()) == 1, (g, p)
        assert plan.quality.repeats == 0 and plan.quality.repeat_free_rounds == w
        if w > 1:
            assert f"{designs.construction(g, p)}: {w} rounds" in plan.quality.method, (g, p)


@pytest.mark.parametrize(("n", "p", "w"), [(21, 3, 10), (36, 3, 17), (84, 7, 7)])
def test_plan_this_round_carries_on_the_new_designs(n, p, w):
    """'Plan this round' w times with the same seed reaches the design's w rounds too (the
    cyclic designs and the searched extra round)."""
    ps = tuple(f"p{i:03d}" for i in range(n))
    done: list = []
    for r in range(w):
        plan = plan_rooms(Problem(people=ps, rounds=(RoomSpec(p),) * (r + 1), seed=5), fixed=done)
        done = list(plan.rounds)
        pairs: Counter = Counter()
        for rnd in done:
            for room in rnd:
                pairs.update(itertools.combinations(sorted(room.members), 2))
        assert max(pairs.values()) == 1, f"round {r + 1} repeats a pair"
    assert "carried on from the earlier rounds" in plan.quality.method
