"""Search the V(m, t) vectors behind ``designs.V_VECTORS`` (run by hand, not by `make bench`).

A V(m, t) vector is a_1..a_{m+1} in GF(q), q = m*t + 1 prime, such that for every shift d
in 1..m+1 the m differences a_i - a_{(i+d) mod (m+2)} (i in 1..m+1, skipping the index 0,
which stands for the empty entry) lie in the m different cosets of the subgroup of order t.
It gives an OA(m+2, (m+1)t + 1) (see ``designs._v_oa``). Depth-first search with a_1 = 0,
a_2 = 1 (adding a constant or scaling keeps the property) and the values tried in an order
shuffled by a fixed seed, so every run prints the same vectors.

    python bench/design_search/v_vectors.py [--max-rooms 200] [--nodes 20000000]

prints, for every number of rooms g up to --max-rooms that is not a prime power, the
vectors found (the largest m per g is what the planner keeps).
"""

from __future__ import annotations

import argparse
import random
import sys
import time


def is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


def is_prime_power(n: int) -> bool:
    for p in range(2, n + 1):
        if n % p == 0:
            while n % p == 0:
                n //= p
            return n == 1
    return False


def coset_of(q: int, m: int) -> list[int]:
    """coset_of[x] = the index (0..m-1) of x's coset of the subgroup of order (q-1)/m."""
    w = next(
        g
        for g in range(2, q)
        if all(pow(g, (q - 1) // f, q) != 1 for f in range(2, q) if (q - 1) % f == 0 and is_prime(f))
    )
    out = [-1] * q
    x = 1
    for e in range(q - 1):
        out[x] = e % m
        x = x * w % q
    return out


def v_vector(m: int, t: int, max_nodes: int, seed: int = 0) -> tuple[int, ...] | None:
    q = m * t + 1
    cls = coset_of(q, m)
    size = m + 2
    used = [[False] * m for _ in range(size)]  # used[d][coset] for the shift d
    a: list[int | None] = [None] * size
    rng = random.Random(seed)
    nodes = 0
    # the pairs (j, d, k_first) that a new entry k completes with earlier entries j
    checks = [[(j, (j - k) % size, (k - j) % size) for j in range(1, k)] for k in range(size)]

    def place(k: int, v: int) -> list[tuple[int, int]] | None:
        marked = []
        for j, d1, d2 in checks[k]:
            for d, diff in ((d1, (v - a[j]) % q), (d2, (a[j] - v) % q)):  # type: ignore[operator]
                c = cls[diff] if diff else -1
                if c < 0 or used[d][c]:
                    for dd, cc in marked:
                        used[dd][cc] = False
                    return None
                used[d][c] = True
                marked.append((d, c))
        return marked

    def rec(k: int) -> bool:
        nonlocal nodes
        if k == size:
            return True
        values = list(range(q))
        rng.shuffle(values)
        for v in values:
            nodes += 1
            if nodes > max_nodes:
                return False
            marked = place(k, v)
            if marked is None:
                continue
            a[k] = v
            if rec(k + 1):
                return True
            for d, c in marked:
                used[d][c] = False
        return False

    a[1] = 0
    for k, v in ((1, 0), (2, 1)):
        if place(k, v) is None:
            return None
        a[k] = v
    return tuple(a[1:]) if rec(3) else None  # type: ignore[arg-type]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-rooms", type=int, default=200)
    parser.add_argument("--nodes", type=int, default=20_000_000)
    args = parser.parse_args()
    for g in range(6, args.max_rooms + 1):
        if is_prime_power(g):
            continue
        for t in range(3, g):
            m = (g - 1) // t - 1
            if (g - 1) % t or m < 2 or not is_prime(m * t + 1) or not is_prime_power(t):
                continue
            started = time.perf_counter()
            found = v_vector(m, t, args.nodes)
            took = time.perf_counter() - started
            what = f"OA({m + 2}, {g})"
            print(
                f"({m}, {t}): {found},  # {what}, {took:.1f} s"
                if found
                else f"# V({m}, {t}) for {what}: none within the node budget",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
