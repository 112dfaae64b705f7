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

Pure and deterministic: the planner starts from these rounds and its search takes over
where they end.
"""

from __future__ import annotations

from functools import cache
from itertools import product


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
        self.neg = [0] * q
        for a in range(q):
            for b in range(q):
                if self.add(a, b) == 0:
                    self.neg[a] = b
                    break

    def sub(self, a: int, b: int) -> int:
        return self.add(a, self.neg[b])

    def _digits(self, a: int) -> list[int]:
        return [(a // self.p**i) % self.p for i in range(self.m)]

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


@cache
def _grid(g: int, p: int) -> tuple[tuple[tuple[int, ...], ...], ...]:
    """g rounds of the grid over the ring GF(q1) x GF(q2) x ... (g = q1*q2*...).

    Row r gets the element with the digit r in every component. When p is at most the
    smallest q_i all differences of those elements are invertible and the rounds are
    repeat-free; otherwise rows that share a digit meet more than once, which is still a
    far better start for the search than chance.
    """
    fields = [Field(q) for q in factor_prime_powers(g)]

    def digits(a: int) -> list[int]:
        out = []
        for f in fields:
            out.append(a % f.q)
            a //= f.q
        return out

    def number(ds: list[int]) -> int:
        a, scale = 0, 1
        for f, d in zip(fields, ds, strict=True):
            a += d * scale
            scale *= f.q
        return a

    cols = [digits(c) for c in range(g)]
    rounds = []
    for k in range(g):
        kd = digits(k)
        rooms: list[list[int]] = [[] for _ in range(g)]
        for r in range(p):
            kx = [f.mul(kd[i], r % f.q) for i, f in enumerate(fields)]
            for c in range(g):
                # (r, c) is in room j where c = j + k*x_r, i.e. j = c - k*x_r
                j = number([f.sub(cols[c][i], kx[i]) for i, f in enumerate(fields)])
                rooms[j].append(r * g + c)
        rounds.append(tuple(tuple(room) for room in rooms))
    return tuple(rounds)


def grid_is_exact(g: int, p: int) -> bool:
    return p <= min(factor_prime_powers(g), default=0)


def grid_rounds(n: int, p: int, limit: int) -> list[Round]:
    """The ring grid's rounds for n = g*p people (exact or near), up to ``limit``."""
    if p < 2 or n % p or n // p < 2:
        return []
    return [[list(room) for room in rnd] for rnd in _grid(n // p, p)[:limit]]


def repeat_free_rounds(n: int, p: int, limit: int) -> list[Round]:
    """Up to ``limit`` rounds for people 0..n-1 in rooms of exactly p, with no pair meeting
    twice, from the grid construction applied recursively; [] when p does not divide n."""
    if p < 2 or n % p or limit <= 0:
        return []
    g = n // p
    if g == 1:
        return [[list(range(n))]]
    if not grid_is_exact(g, p):
        return [[list(range(j * p, (j + 1) * p)) for j in range(g)]]  # one round never repeats
    rounds: list[Round] = grid_rounds(n, p, limit)
    if len(rounds) < limit:
        # Each row is g people who have not met: plan them on their own and merge the rows.
        inner = repeat_free_rounds(g, p, limit - len(rounds))
        for rnd in inner:
            rounds.append([[r * g + c for c in room] for r in range(p) for room in rnd])
    return rounds
