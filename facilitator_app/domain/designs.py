"""Algebraic constructions of repeat-free rounds (resolvable designs), for the room planner.

The grid construction: put g*p people on a grid of p rows and g columns, where g is a
prime power, so the columns are the elements of the finite field GF(g). Give each row a
different field element x_r. In round k (a field element) room j holds the people
(r, j + k*x_r), one from each row. Two people in rows r1 != r2 meet in round k exactly
when k*(x_r1 - x_r2) equals the difference of their columns, which has one solution in a
field; people in the same row never meet. So g rounds have no repeated pair at all. The
rows themselves are then g people who have never met, and any repeat-free plan for g
people in rooms of p (found the same way, recursively) adds more rounds. For g = p this
is the affine plane: g + 1 rounds, every pair meets exactly once.

When the number of rooms g is not a prime power, the same rounds come from an orthogonal
array OA(p+1, g): g*g columns of p+1 symbols from 0..g-1 in which any two rows show every
pair of symbols exactly once. Row p picks the round, rows 0..p-1 the column of each row's
person; two people meet in at most one column, so again no pair meets twice. The arrays
come from finite fields, or are developed from a small seed over GF(q) and completed with
a few extra symbols (a quasi-difference matrix, Handbook of Combinatorial Designs III.3):

- a V(m, t) vector in GF(mt+1) gives an OA(m+2, (m+1)t+1), e.g. V(8, 11) in GF(89) gives
  an OA(10, 100): 100 repeat-free rounds for 800 people in rooms of 8;
- a (19, 6; 1, 1; 1) quasi-difference matrix over Z_19 gives an OA(6, 20): 20 rounds for
  100 people in rooms of 5.

- a (12, 6; 1) difference matrix over Z_2 x Z_6 gives an OA(7, 12) (five MOLS of order 12).

An OA(k, g) also gives k - 1 rounds of g rooms of p <= g directly (its net: the people are
the columns with a row-0 symbol below p, round r puts them in room (row r's symbol)).

Designs with a cyclic automorphism (``CYCLIC``): people (x, l) with x in Z_m, rounds that
are the translates of a base round, or one orbit of a room. Kirkman triple systems (KTS,
every pair once in rooms of 3), nearly Kirkman triple systems (NKTS: all but n/2 disjoint
pairs), resolvable (v, 4, 1) designs and resolvable 4-GDDs (all but the pairs inside
groups of 3) are built this way; each is applied again to the rows of a grid, so a
KTS(v) gives a KTS(3v) with an OA(4, v), and so on. Round robins for rooms of 2.

The construction with the most rounds is used (``_most_rounds``), built only as far as the
rounds asked for. The seeds were found by the searches in ``bench/design_search/`` and
every design built from them is checked by the tests.

Pure and deterministic: the planner starts from these rounds and its search takes over
where they end.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import product

from .frozen import Frozen, record


def prime_power(q: int) -> tuple[int, int] | None:
    """(p, m) with q == p**m for a prime p, or None."""
    if q < 2:
        return None
    for p in range(2, int(q**0.5) + 1):
        if q % p == 0:
            m = 0
            while q % p == 0:
                q //= p
                m += 1
            return (p, m) if q == 1 else None
    return q, 1


class Field:
    """GF(p**m), elements 0..q-1 read as polynomials over GF(p) with base-p digits."""

    def __init__(self, q: int) -> None:
        pm = prime_power(q)
        if pm is None:
            raise ValueError(f"{q} is not a prime power")
        self.q, (self.p, self.m) = q, pm
        self.modulus = self._irreducible() if self.m > 1 else ()
        self.digits = [tuple((a // self.p**i) % self.p for i in range(self.m)) for a in range(q)]
        self.neg = [self._number([(-d) % self.p for d in self._digits(a)]) for a in range(q)]

    def sub(self, a: int, b: int) -> int:
        return self.add(a, self.neg[b])

    def _digits(self, a: int) -> list[int]:
        return [(a // self.p**i) % self.p for i in range(self.m)]

    def add_row(self, s: int) -> list[int]:
        """a + s for every a, at once."""
        if self.m == 1:
            return [(a + s) % self.p for a in range(self.q)]
        p, sd = self.p, self.digits[s]
        powers = [p**i for i in range(self.m)]
        return [sum((x + y) % p * w for x, y, w in zip(ad, sd, powers, strict=True)) for ad in self.digits]

    def _number(self, digits: list[int]) -> int:
        return sum(d * self.p**i for i, d in enumerate(digits))

    def add(self, a: int, b: int) -> int:
        if self.m == 1:
            return (a + b) % self.p
        return self._number([(x + y) % self.p for x, y in zip(self._digits(a), self._digits(b), strict=True)])

    def mul(self, a: int, b: int) -> int:
        if self.m == 1:
            return (a * b) % self.p
        prod = [0] * (2 * self.m - 1)
        for i, x in enumerate(self._digits(a)):
            if x:
                for j, y in enumerate(self._digits(b)):
                    prod[i + j] = (prod[i + j] + x * y) % self.p
        return self._number(self._reduce(prod))

    def _reduce(self, poly: list[int]) -> list[int]:
        """Modulo the monic irreducible x^m + sum(c_i x^i)."""
        poly = list(poly)
        for deg in range(len(poly) - 1, self.m - 1, -1):
            lead = poly[deg]
            if lead:
                poly[deg] = 0
                for i, c in enumerate(self.modulus):
                    poly[deg - self.m + i] = (poly[deg - self.m + i] - lead * c) % self.p
        return poly[: self.m]

    def _irreducible(self) -> tuple[int, ...]:
        """The first monic polynomial of degree m without a root or factor of lower degree."""
        p, m = self.p, self.m
        for low in product(range(p), repeat=m):
            coeffs = (*low[::-1],)  # c_0 .. c_{m-1}
            if coeffs[0] == 0:
                continue
            if all(_poly_mod(_monic(coeffs), f, p) != [0] * len(f[:-1]) for f in _monics_up_to(m // 2, p)):
                return coeffs
        raise AssertionError(f"no irreducible polynomial of degree {m} over GF({p})")


def _monic(coeffs: tuple[int, ...]) -> list[int]:
    return [*coeffs, 1]


def _monics_up_to(degree: int, p: int) -> list[list[int]]:
    out = []
    for d in range(1, degree + 1):
        for low in product(range(p), repeat=d):
            out.append([*low, 1])
    return out


def _poly_mod(a: list[int], b: list[int], p: int) -> list[int]:
    """a mod b over GF(p), b monic; coefficient lists lowest degree first."""
    a = list(a)
    db = len(b) - 1
    for deg in range(len(a) - 1, db - 1, -1):
        lead = a[deg] % p
        if lead:
            for i, c in enumerate(b):
                a[deg - db + i] = (a[deg - db + i] - lead * c) % p
    rest = [x % p for x in a[:db]]
    return rest + [0] * (db - len(rest))


Round = list[list[int]]


def factor_prime_powers(g: int) -> list[int]:
    """g as a product of prime powers: 20 -> [4, 5]."""
    out, d = [], 2
    while d * d <= g:
        if g % d == 0:
            q = 1
            while g % d == 0:
                g //= d
                q *= d
            out.append(q)
        d += 1
    if g > 1:
        out.append(g)
    return out


def grid_is_exact(g: int, p: int) -> bool:
    return p <= min(factor_prime_powers(g), default=0)


# --- orthogonal arrays -------------------------------------------------------------------

OA = tuple[tuple[int, ...], ...]  # the columns; column[r] is the symbol in row r

# V(m, t) vectors a_1..a_{m+1} in GF(q), q = m*t + 1 (see _v_oa), printed by
# bench/design_search/v_vectors.py. Keyed by (m, t); each gives an OA(k, (m+1)t + 1) for
# k <= m + 2 (and k <= t + 1, for the extra symbols' own array). Kept where they reach
# rooms the ring grid cannot: more rows than the smallest prime power in the room count.
V_VECTORS: dict[tuple[int, int], tuple[int, ...]] = {
    (2, 3): (0, 1, 4),  # 10 rooms of up to 3
    (2, 11): (0, 1, 20),  # 34 rooms of up to 3
    (6, 5): (0, 1, 7, 30, 12, 21, 15),  # 36 rooms of up to 5
    (4, 9): (0, 1, 19, 30, 16),  # 46 rooms of up to 5
    (6, 7): (0, 1, 38, 29, 10, 27, 6),  # 50 rooms of up to 7
    (4, 13): (0, 1, 12, 39, 5),  # 66 rooms of up to 5
    (2, 23): (0, 1, 36),  # 70 rooms of up to 3
    (6, 11): (0, 1, 48, 25, 56, 54, 30),  # 78 rooms of up to 7
    (6, 13): (0, 1, 31, 67, 76, 66, 57),  # 92 rooms of up to 7
    (8, 11): (0, 1, 8, 52, 65, 19, 9, 14, 72),  # 100 rooms of up to 9
    (6, 17): (0, 1, 23, 59, 21, 15, 72),  # 120 rooms of up to 7
    (4, 25): (0, 1, 23, 33, 75),  # 126 rooms of up to 5
    (7, 16): (0, 1, 102, 61, 2, 99, 90, 57),  # 129 rooms of up to 8
    (8, 17): (0, 1, 44, 114, 89, 49, 53, 33, 94),  # 154 rooms of up to 9
    (6, 23): (0, 1, 19, 46, 132, 78, 6),  # 162 rooms of up to 7
    (4, 37): (0, 1, 27, 97, 6),  # 186 rooms of up to 5
    (6, 27): (0, 1, 29, 27, 41, 44, 94),  # 190 rooms of up to 7
}

# A (19, 6; 1, 1; 1) quasi-difference matrix over Z_19, from bench/design_search/qdm_19_6.c.
# Four base columns; the matrix is closed under the row permutations sigma = (0 1 2)(3 5 4)
# and tau = (0 3)(1 4)(2 5), so each base column stands for its images (see _qdm_19_6).
QDM_19_6_BASE: tuple[tuple[int | None, ...], ...] = (
    (None, 0, 0, 13, 10, 15),
    (0, 1, 8, 0, 1, 8),  # tau-invariant
    (0, 4, 13, 14, 7, 15),
    (0, 2, 16, 18, 14, 5),
)


# Ten rounds for 32 people in 8 rooms of 4 (the Social Golfer instance 8-4-10; nine come
# from the grid over GF(8), ten is the most known). People are (x, c): x in GF(8) (addition
# is XOR), c in 0..3, numbered 8*c + x. Every round is closed under x -> x + a, so a round
# is given by one room and the rooms it moves to (see _rounds_32_4). Found by the exact
# cover search in bench/design_search/sgp_32_4.py.
SGP_32_4: tuple[tuple[str, tuple[tuple[int, ...], ...]], ...] = (
    # "T", ((b_0, b_1, b_2, b_3),): rooms {(x + b_c, c)}: one person per c
    ("T", ((0, 0, 0, 0),)),
    ("T", ((0, 1, 2, 3),)),
    ("T", ((0, 2, 3, 4),)),
    ("T", ((0, 3, 4, 6),)),
    ("T", ((0, 4, 1, 5),)),
    ("T", ((0, 5, 7, 1),)),
    # "M", ((i, j, u, d), (k, l, u', d')): rooms {(x, i), (x+u, i), (x+d, j), (x+d+u, j)}
    ("M", ((0, 1, 1, 6), (2, 3, 6, 3))),
    ("M", ((0, 2, 3, 5), (1, 3, 4, 3))),
    ("M", ((0, 3, 5, 2), (1, 2, 2, 4))),
    # "W", (S_0, .., S_3): rooms are the cosets of {0} + S_c within each c
    ("W", ((2, 4, 6), (3, 5, 6), (1, 4, 5), (1, 2, 3))),
)


@cache
def _rounds_32_4() -> tuple[tuple[tuple[int, ...], ...], ...]:
    rounds = []
    for kind, spec in SGP_32_4:
        rooms: list[tuple[int, ...]] = []
        if kind == "T":
            (b,) = spec
            rooms = [tuple(8 * c + (x ^ b[c]) for c in range(4)) for x in range(8)]
        elif kind == "M":
            for i, j, u, d in spec:
                rooms += [
                    (8 * i + x, 8 * i + (x ^ u), 8 * j + (x ^ d), 8 * j + (x ^ d ^ u)) for x in range(8) if x < x ^ u
                ]
        else:
            for c, sub in enumerate(spec):
                coset0 = (0, *sub)
                rooms += [tuple(8 * c + (y ^ s) for s in coset0) for y in range(8) if y == min(y ^ s for s in coset0)]
        rounds.append(tuple(rooms))
    return tuple(rounds)


@cache
def _rounds_15_3() -> tuple[tuple[tuple[int, ...], ...], ...]:
    """Kirkman's schoolgirls: 7 rounds for 15 people in rooms of 3, every pair meeting once.

    The people are the nonzero vectors of GF(2)^4 and the possible rooms the 35 lines
    {a, b, a + b} of the projective space PG(3, 2). A round is a spread (5 lines covering
    every point); 7 spreads with no line in common (a packing) are the rounds. Both are
    found by an exact-cover search, which takes milliseconds.
    """
    points = range(1, 16)
    lines = sorted({tuple(sorted((a, b, a ^ b))) for a in points for b in points if a < b})
    spreads: set[tuple[tuple[int, ...], ...]] = set()

    def spread(covered: int, chosen: list[tuple[int, ...]]) -> None:
        if len(chosen) == 5:
            spreads.add(tuple(sorted(chosen)))
            return
        first = next(x for x in points if not covered >> x & 1)
        for line in lines:
            if first in line and not any(covered >> x & 1 for x in line):
                spread(covered | sum(1 << x for x in line), [*chosen, line])

    spread(0, [])
    number = {line: i for i, line in enumerate(lines)}
    masks = [(sum(1 << number[line] for line in sp), sp) for sp in sorted(spreads)]

    def packing(covered: int, chosen: list[tuple[tuple[int, ...], ...]]) -> list[tuple[tuple[int, ...], ...]] | None:
        if len(chosen) == 7:
            return chosen
        first = next(i for i in range(len(lines)) if not covered >> i & 1)
        for mask, sp in masks:
            if mask >> first & 1 and not mask & covered and (found := packing(covered | mask, [*chosen, sp])):
                return found
        return None

    found = packing(0, [])
    assert found is not None, "PG(3, 2) has a packing"
    return tuple(tuple(tuple(x - 1 for x in line) for line in sp) for sp in found)


def primitive_element(f: Field) -> int:
    """The smallest generator of GF(q)'s multiplicative group."""
    q = f.q
    for w in range(2, q) if q > 2 else (1,):
        x, order = w, 1
        while x != 1:
            x = f.mul(x, w)
            order += 1
        if order == q - 1:
            return w
    raise AssertionError(f"GF({q}) has no primitive element")


@cache
def _ring_oa(g: int, k: int) -> OA:
    """OA(k, g) over the ring GF(q1) x GF(q2) x ... (g = q1*q2*..., one field when g is a
    prime power), for k <= min(q_i) + 1: rows x + e_r*y (r = 0..k-2) and y, where e_r has
    the digit r in every component, so every difference e_r - e_s is invertible and the
    pair of rows determines (x, y). Rounds from it are the grid: row y picks the round.
    """
    fields = [Field(q) for q in factor_prime_powers(g)]
    assert 2 <= k <= min(f.q for f in fields) + 1
    add = [[[f.add(a, b) for b in range(f.q)] for a in range(f.q)] for f in fields]
    scales = [1]
    for f in fields[:-1]:
        scales.append(scales[-1] * f.q)
    digits = [[a // scale % f.q for scale, f in zip(scales, fields, strict=True)] for a in range(g)]
    cols = []
    for y in range(g):
        shifts = [[f.mul(r, d) for f, d in zip(fields, digits[y], strict=True)] for r in range(k - 1)]
        for x in range(g):
            xd = digits[x]
            col = [sum(scale * add[i][xd[i]][sd[i]] for i, scale in enumerate(scales)) for sd in shifts]
            cols.append((*col, y))
    return tuple(cols)


def _develop(f: Field, qdm: list[list[int | None]], labels: list[int], hole: OA, k: int) -> OA:
    """OA(k, q + u) from a quasi-difference matrix over GF(q): each column is translated by
    every field element, the empty entry of a column becomes the extra symbol q + label,
    and the u extra symbols get their own OA(k, u) (``hole``)."""
    q = f.q
    cols: list[tuple[int, ...]] = []
    for col, label in zip(qdm, labels, strict=True):
        for g in range(q):
            cols.append(tuple(q + label if x is None else f.add(x, g) for x in col[:k]))
    cols.extend(tuple(q + x for x in col[:k]) for col in hole)
    return tuple(cols)


@cache
def _v_oa(m: int, t: int, k: int) -> OA:
    """OA(k, (m+1)t + 1), k <= m + 2, from the V(m, t) vector a in GF(q), q = mt + 1.

    Rows and columns are indexed by Z_{m+2}. Column j of the base holds nothing in row j
    and a_{(r - j) mod (m+2)} in row r; the matrix is the zero column plus c * column j for
    every c in the subgroup C of order t. Rows r, s differ by c * (a_{r-j} - a_{s-j}), and
    V(m, t) says those m differences lie in the m different cosets of C, so over all c they
    are every nonzero element once: a (q, m+2; 1, 1; t) quasi-difference matrix. Row r's
    empty entries (c * column r) get the extra symbol numbered by c.
    """
    a = V_VECTORS[(m, t)]
    q = m * t + 1
    f = Field(q)
    w = primitive_element(f)
    wm, c = 1, 1
    for _ in range(m):
        wm = f.mul(wm, w)
    size = m + 2
    qdm: list[list[int | None]] = [[0] * size]
    labels = [0]
    for e in range(t):
        for j in range(size):
            qdm.append([None if r == j else f.mul(c, a[(r - j) % size - 1]) for r in range(size)])
            labels.append(e)
        c = f.mul(c, wm)
    hole = orthogonal_array(k, t)
    assert hole is not None
    return _develop(f, qdm, labels, hole, k)


@cache
def _qdm_19_6(k: int) -> OA:
    """OA(k, 20), k <= 6, from QDM_19_6_BASE: each base column, its tau image (rows
    shifted by 3) and their sigma images make the 21 columns; the one empty entry per row
    becomes symbol 19."""
    sigma = (1, 2, 0, 5, 3, 4)  # the image's row r holds the base's row sigma[r]
    qdm: list[list[int | None]] = []
    for i, base in enumerate(QDM_19_6_BASE):
        images = [list(base)] if i == 1 else [list(base), [base[(r + 3) % 6] for r in range(6)]]
        for image in images:
            col = image
            for _ in range(3):
                qdm.append(col)
                col = [col[sigma[r]] for r in range(6)]
    return _develop(Field(19), qdm, [0] * len(qdm), ((0,) * k,), k)


# A (12, 6; 1) difference matrix over Z_2 x Z_6 (element 6a + b for (a, b)): any two rows
# differ by every element once. Rows 2-5 are four mutually orthogonal orthomorphisms, found
# by bench/design_search/dm_12_6.py. It gives an OA(7, 12): five MOLS of order 12.
DM_12_6: tuple[tuple[int, ...], ...] = (
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
    (0, 2, 1, 6, 8, 7, 10, 9, 11, 4, 3, 5),
    (0, 3, 8, 10, 1, 9, 2, 6, 5, 7, 11, 4),
    (0, 4, 10, 9, 7, 1, 11, 5, 3, 2, 8, 6),
    (0, 8, 6, 4, 3, 10, 9, 11, 2, 5, 1, 7),
)


def _z2_z6_add(x: int, y: int) -> int:
    return 6 * ((x // 6 + y // 6) % 2) + (x % 6 + y % 6) % 6


@cache
def _dm_12_oa(k: int) -> OA:
    """OA(k, 12), k <= 7: every column j of DM_12_6 translated by every element g of
    Z_2 x Z_6. The 12 translates of a column hold every symbol once in each row, so j
    itself can be a seventh row."""
    rows = len(DM_12_6)
    cols = []
    for j in range(12):
        for g in range(12):
            cols.append((*(_z2_z6_add(DM_12_6[r][j], g) for r in range(rows)), j)[:k])
    return tuple(cols)


def orthogonal_array(k: int, n: int) -> OA | None:
    """An OA(k, n) from the constructions above, or None when none of them gives one."""
    if k < 2 or n < 2:
        return None
    if k <= min(factor_prime_powers(n)) + 1:
        return _ring_oa(n, k)
    if n == 12 and k <= 7:
        return _dm_12_oa(k)
    if n == 1 + 19 and k <= 6:
        return _qdm_19_6(k)
    for m, t in sorted(V_VECTORS, key=lambda mt: -mt[0]):
        if (m + 1) * t + 1 == n and k <= m + 2 and orthogonal_array(k, t) is not None:
            return _v_oa(m, t, k)
    return None


# Round sets that beat the orthogonal arrays for their size: (people, room size) -> (how,
# the rounds). Their rooms do not take one person from each row, so hosts cannot use them.
SPECIAL: dict[tuple[int, int], tuple[str, Callable[[], tuple[tuple[tuple[int, ...], ...], ...]]]] = {
    (15, 3): ("a packing of PG(3, 2)", _rounds_15_3),
    (32, 4): ("ten rounds invariant under GF(8)", _rounds_32_4),
}


def _transversal_name(g: int, p: int) -> str:
    if grid_is_exact(g, p):
        if prime_power(g):
            return f"grid over GF({g})"
        return "grid over the ring " + " x ".join(f"GF({q})" for q in factor_prime_powers(g))
    return f"orthogonal array OA({p + 1}, {g})"


def construction(g: int, p: int, *, transversal_only: bool = False) -> str | None:
    """How repeat_free_rounds builds the rounds of g rooms of p, in words, or None when it
    has nothing better than one round."""
    if g < 2 or p < 2:
        return None
    how, total = _most_rounds(g * p, p, transversal_only)
    return how if total > 1 else None


def _transversal_rounds(g: int, p: int, limit: int) -> list[Round]:
    """Up to ``limit`` of the g rounds of g rooms of p from an OA(p+1, g): row p's symbol is
    the round, and the person in row r of a room is r*g + (the column's symbol in row r)."""
    if p + 1 <= min(factor_prime_powers(g)) + 1:
        return _ring_rounds(g, p, limit)
    oa = orthogonal_array(p + 1, g)
    if oa is None:
        return []
    rounds: list[Round] = [[] for _ in range(g)]
    for col in oa:
        rounds[col[p]].append([r * g + col[r] for r in range(p)])
    return rounds[:limit]


def _ring_rounds(g: int, p: int, limit: int) -> list[Round]:
    """The first ``limit`` rounds of the grid over the ring (the rounds of _ring_oa(g, p+1)
    without building the whole array): round y, room x holds r*g + (x + e_r*y)."""
    fields = [Field(q) for q in factor_prime_powers(g)]
    scales = [1]
    for f in fields[:-1]:
        scales.append(scales[-1] * f.q)
    digits = [[a // scale % f.q for scale, f in zip(scales, fields, strict=True)] for a in range(g)]
    rounds: list[Round] = []
    for y in range(min(g, limit)):
        # Row r moves everyone by e_r * y: the moved numbers of the whole row at once.
        moved = []
        for r in range(p):
            shift = [f.mul(r, d) for f, d in zip(fields, digits[y], strict=True)]
            parts = [[x * scale for x in f.add_row(s)] for f, s, scale in zip(fields, shift, scales, strict=True)]
            moved.append([r * g + sum(part[d] for part, d in zip(parts, digits[x], strict=True)) for x in range(g)])
        rounds.append([[moved[r][x] for r in range(p)] for x in range(g)])
    return rounds


def round_robin(n: int) -> list[Round]:
    """n - 1 rounds of n/2 pairs (n even) in which every pair meets once: the circle method,
    person n-1 in the middle and the others turning around it."""
    m = n - 1
    rounds = []
    for r in range(m):
        rooms = [[r, n - 1]] + [[(r + i) % m, (r - i) % m] for i in range(1, n // 2)]
        rounds.append(rooms)
    return rounds


def net_rows(g: int) -> int:
    """The most rows k of an OA(k, g) the constructions give (0 when none)."""
    return next((k for k in range(g + 1, 1, -1) if orthogonal_array(k, g) is not None), 0)


def net_rounds(g: int, p: int, limit: int) -> list[Round]:
    """Rounds of g rooms of p (p <= g) from the largest OA(k, g) there is: the people are
    the columns whose row-0 symbol is below p, and round r (r = 1..k-1) puts the column in
    room (its row-r symbol). Two columns agree in at most one row, so no pair meets twice;
    k - 1 rounds, k when p == g (row 0 is then a round too)."""
    k = net_rows(g)
    if k < 3:
        return []
    oa = orthogonal_array(k, g)
    assert oa is not None
    cols = [col for col in oa if col[0] < p]
    rows = range(k) if p == g else range(1, k)
    rounds = []
    for r in rows:
        rooms: list[list[int]] = [[] for _ in range(g)]
        for person, col in enumerate(cols):
            rooms[col[r]].append(person)
        rounds.append(rooms)
    return rounds[:limit]


# One more repeat-free round on top of the construction for (people, room size), found by
# bench/design_search/extra_round.py; used only after all of the construction's rounds.
EXTRA_ROUNDS: dict[tuple[int, int], tuple[tuple[tuple[int, ...], ...], ...]] = {
    # 12 rooms of 7: the seventh round on the six of the net of OA(7, 12) (seed 37, 50 s)
    (84, 7): (
        (
            (0, 26, 47, 54, 61, 68, 82),
            (5, 19, 28, 38, 52, 60, 79),
            (1, 8, 22, 36, 50, 64, 71),
            (9, 16, 23, 37, 44, 51, 58),
            (6, 10, 29, 48, 56, 65, 75),
            (12, 21, 35, 49, 63, 70, 78),
            (2, 17, 30, 39, 57, 73, 77),
            (7, 14, 27, 33, 42, 76, 83),
            (3, 24, 31, 40, 45, 66, 80),
            (18, 32, 46, 53, 67, 74, 81),
            (4, 11, 15, 25, 43, 59, 72),
            (13, 20, 34, 41, 55, 62, 69),
        ),
    ),
}
EXTRA = " + one round found by search"


def _extra_names(n: int, p: int) -> tuple[str, ...]:
    k = len(EXTRA_ROUNDS.get((n, p), ()))
    return (EXTRA if k == 1 else f" + {k} rounds found by search",) if k else ()


def _options(n: int, p: int, transversal_only: bool) -> list[tuple[str, int, Callable[[int], list[Round]]]]:
    """The constructions for people 0..n-1 in rooms of exactly p: (name, how many rounds it
    gives, a function building its first ``limit`` rounds), in order of preference."""
    g = n // p
    out: list[tuple[str, int, Callable[[int], list[Round]]]] = []
    if not transversal_only:
        for spec, family, seed in CYCLIC.values():
            if seed is not None and spec.people == n and spec.size == p:
                rounds = cyclic_rounds(spec, *seed)
                out.append(
                    (
                        f"{family}, cyclic over Z_{spec.m}",
                        len(rounds),
                        lambda limit, rounds=rounds: [[list(room) for room in rnd] for rnd in rounds[:limit]],  # type: ignore[misc]
                    )
                )
        if (n, p) in SPECIAL:
            how, make = SPECIAL[n, p]
            out.append((how, len(make()), lambda limit: [[list(room) for room in rnd] for rnd in make()[:limit]]))
        if p == 2:
            out.append(("round robin", n - 1, lambda limit: round_robin(n)[:limit]))
    if p + 1 <= min(factor_prime_powers(g)) + 1 or orthogonal_array(p + 1, g) is not None:
        inner_how, inner = _most_rounds(g, p, False) if g % p == 0 else ("", 0)

        def transversal(limit: int) -> list[Round]:
            rounds = _transversal_rounds(g, p, limit)
            if len(rounds) < limit and inner:
                # Each row is g people who have not met: plan them on their own and merge the rows.
                more = repeat_free_rounds(g, p, limit - len(rounds))
                rounds += [[[r * g + c for c in room] for r in range(p) for room in rnd] for rnd in more]
            return rounds

        how = _transversal_name(g, p)
        if inner > 1 and not inner_how.startswith(("grid", "orthogonal")):
            how += f", then {inner_how} on each row"
        out.append((how, g + inner, transversal))
    elif not transversal_only and p <= g and net_rows(g) >= 3:
        k = net_rows(g)
        out.append((f"net of an OA({k}, {g})", k - (p < g), lambda limit: net_rounds(g, p, limit)))
    return out


@cache
def _most_rounds(n: int, p: int, transversal_only: bool) -> tuple[str, int]:
    """The construction that gives the most rounds (the first listed among equals), and how many."""
    options = _options(n, p, transversal_only) if n > p else []
    if not options:
        return "one round", 1
    how, total, _ = max(options, key=lambda o: o[1])
    if (n, p) in EXTRA_ROUNDS and not transversal_only:
        return how + _extra_names(n, p)[0], total + len(EXTRA_ROUNDS[n, p])
    return how, total


def _best_rounds(n: int, p: int, limit: int, transversal_only: bool) -> tuple[str, list[Round]]:
    """The first ``limit`` rounds of the construction with the most rounds, and its name."""
    g = n // p
    if g == 1:
        return "one room", [[list(range(n))]]
    how, _ = _most_rounds(n, p, transversal_only)
    for name, total, build in _options(n, p, transversal_only):
        if how.startswith(name) and how[len(name) :] in ("", *_extra_names(n, p)):
            rounds = build(limit)
            if how != name:
                rounds += [[list(room) for room in rnd] for rnd in EXTRA_ROUNDS[n, p][: max(0, limit - total)]]
            return how, rounds
    return "one round", [[list(range(j * p, (j + 1) * p)) for j in range(g)]]  # one round never repeats


def repeat_free_rounds(n: int, p: int, limit: int, *, transversal_only: bool = False) -> list[Round]:
    """Up to ``limit`` rounds for people 0..n-1 in rooms of exactly p, with no pair meeting
    twice, from the construction that gives the most (see _best_rounds); [] when p does not
    divide n. With ``transversal_only`` only rounds whose every room takes one person from
    each row r (people r*g .. r*g + g-1) come first, as long as there are such."""
    if p < 2 or n % p or limit <= 0:
        return []
    return _best_rounds(n, p, limit, transversal_only)[1]


# --- designs with a cyclic automorphism ------------------------------------------------------


@record
class CyclicSpec(Frozen):
    """People (x, l), x in Z_m, l in 0..levels-1, numbered l*m + x, plus ``fixed`` people
    numbered m*levels + j that Z_m leaves in place. The rounds are ``invariant`` rounds made
    of one orbit of a room with one person per level, and ``developed`` base rounds, each
    giving its m translates (x, l) -> (x + i, l). ``groups``: the pairs that never meet
    ("half": (x, l), (x + m/2, l); "column": (x, l), (x, l'); "column3": the same within
    levels 0-2, 3-5, ...; the fixed people always)."""

    m: int
    levels: int
    fixed: int
    size: int
    developed: int = 1
    invariant: int = 0
    groups: str = "none"

    @property
    def people(self) -> int:
        return self.m * self.levels + self.fixed

    @property
    def rounds(self) -> int:
        return self.invariant + self.developed * self.m


CyclicSeed = tuple[tuple[tuple[int, ...], ...], tuple[tuple[tuple[int, ...], ...], ...]]


def cyclic_rounds(
    spec: CyclicSpec, invariant: tuple[tuple[int, ...], ...], developed: tuple[tuple[tuple[int, ...], ...], ...]
) -> tuple[tuple[tuple[int, ...], ...], ...]:
    """The rounds of a cyclic design: the invariant rounds first (offsets per level), then
    the translates of each developed base round."""
    m, top = spec.m, spec.m * spec.levels

    def shift(x: int, i: int) -> int:
        return x if x >= top else (x // m) * m + (x % m + i) % m

    rounds: list[tuple[tuple[int, ...], ...]] = []
    for off in invariant:
        rounds.append(tuple(tuple(lv * m + (off[lv] + i) % m for lv in range(spec.levels)) for i in range(m)))
    for base in developed:
        for i in range(m):
            rounds.append(tuple(tuple(shift(x, i) for x in room) for room in base))
    return tuple(rounds)


# name -> (the spec, its family in words, the seed found by bench/design_search/cyclic.py NAME)
CYCLIC: dict[str, tuple[CyclicSpec, str, CyclicSeed | None]] = {
    "kts21": (
        CyclicSpec(7, 3, 0, 3, invariant=3),
        "Kirkman triple system KTS(21)",
        (
            ((0, 3, 1), (0, 4, 4), (0, 6, 5)),
            (((0, 4, 6), (1, 10, 14), (2, 7, 16), (3, 11, 19), (5, 12, 15), (8, 9, 13), (17, 18, 20)),),
        ),
    ),
    "kts33": (
        CyclicSpec(11, 3, 0, 3, invariant=5),
        "Kirkman triple system KTS(33)",
        (
            ((0, 4, 6), (0, 7, 4), (0, 8, 0), (0, 9, 5), (0, 10, 10)),
            (
                (
                    (0, 17, 29),
                    (1, 13, 15),
                    (2, 4, 8),
                    (3, 14, 23),
                    (5, 6, 30),
                    (7, 10, 12),
                    (9, 28, 32),
                    (11, 18, 19),
                    (16, 21, 31),
                    (20, 25, 26),
                    (22, 24, 27),
                ),
            ),
        ),
    ),
    "nkts18": (
        CyclicSpec(4, 4, 2, 3, developed=2, groups="half"),
        "nearly Kirkman triple system NKTS(18)",
        (
            (),
            (
                ((0, 7, 12), (1, 6, 14), (2, 4, 11), (3, 13, 16), (5, 10, 17), (8, 9, 15)),
                ((0, 3, 10), (1, 5, 9), (2, 13, 17), (4, 7, 14), (6, 8, 16), (11, 12, 15)),
            ),
        ),
    ),
    "nkts24": (
        CyclicSpec(11, 2, 2, 3, groups="column"),
        "nearly Kirkman triple system NKTS(24)",
        ((), (((0, 20, 23), (1, 5, 7), (2, 15, 22), (3, 4, 19), (6, 9, 12), (8, 16, 18), (10, 11, 17), (13, 14, 21)),)),
    ),
    "nkts30": (
        CyclicSpec(14, 2, 2, 3, groups="half"),
        "nearly Kirkman triple system NKTS(30)",
        (
            (),
            (
                (
                    (0, 10, 22),
                    (1, 13, 14),
                    (2, 27, 28),
                    (3, 9, 12),
                    (4, 18, 24),
                    (5, 21, 26),
                    (6, 23, 25),
                    (7, 8, 17),
                    (11, 15, 29),
                    (16, 19, 20),
                ),
            ),
        ),
    ),
    "nkts36": (
        CyclicSpec(17, 2, 2, 3, groups="column"),
        "nearly Kirkman triple system NKTS(36)",
        (
            (),
            (
                (
                    (0, 31, 34),
                    (1, 29, 30),
                    (2, 13, 26),
                    (3, 10, 25),
                    (4, 9, 12),
                    (5, 21, 28),
                    (6, 7, 33),
                    (8, 27, 35),
                    (11, 15, 19),
                    (14, 16, 17),
                    (18, 22, 24),
                    (20, 23, 32),
                ),
            ),
        ),
    ),
    "rbibd28": (
        CyclicSpec(9, 3, 1, 4),
        "resolvable (28, 4, 1) design",
        (
            (),
            (
                (
                    (0, 5, 6, 26),
                    (1, 13, 14, 24),
                    (2, 4, 11, 20),
                    (3, 9, 25, 27),
                    (7, 12, 15, 17),
                    (8, 10, 18, 23),
                    (16, 19, 21, 22),
                ),
            ),
        ),
    ),
    "rbibd40": (
        CyclicSpec(13, 3, 1, 4),
        "resolvable (40, 4, 1) design",
        (
            (),
            (
                (
                    (0, 13, 26, 39),
                    (1, 11, 30, 34),
                    (2, 10, 19, 21),
                    (3, 7, 37, 38),
                    (4, 6, 18, 24),
                    (5, 12, 15, 20),
                    (8, 9, 33, 36),
                    (14, 23, 28, 35),
                    (16, 17, 27, 32),
                    (22, 25, 29, 31),
                ),
            ),
        ),
    ),
    "rgdd24": (
        CyclicSpec(7, 3, 3, 4, groups="column"),
        "resolvable 4-GDD of type 3^8",
        ((), (((0, 10, 12, 13), (1, 9, 18, 21), (2, 4, 5, 20), (3, 7, 15, 22), (6, 8, 19, 23), (11, 14, 16, 17)),)),
    ),
    "rgdd36": (
        CyclicSpec(11, 3, 3, 4, groups="column"),
        "resolvable 4-GDD of type 3^12",
        (
            (),
            (
                (
                    (0, 24, 25, 31),
                    (1, 17, 27, 34),
                    (2, 3, 9, 11),
                    (4, 7, 19, 21),
                    (5, 12, 28, 33),
                    (6, 16, 23, 35),
                    (8, 10, 26, 29),
                    (13, 14, 20, 22),
                    (15, 18, 30, 32),
                ),
            ),
        ),
    ),
    "rgdd48": (CyclicSpec(15, 3, 3, 4, groups="column"), "resolvable 4-GDD of type 3^16", None),
    "rgdd44": (CyclicSpec(14, 3, 2, 4, groups="half"), "resolvable 4-GDD of type 2^22", None),
    "rgdd44b": (CyclicSpec(7, 6, 2, 4, developed=2, groups="column2"), "resolvable 4-GDD of type 2^22", None),
    "rgdd48b": (CyclicSpec(5, 9, 3, 4, developed=3, groups="column3"), "resolvable 4-GDD of type 3^16", None),
}
