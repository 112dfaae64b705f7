"""Search a (12, 6; 1) difference matrix over G = Z_2 x Z_6 (run by hand, seconds).

Rows 0 and x (every element once) and four mutually orthogonal orthomorphisms theta_i of
G (bijections with theta(x) - x a bijection, and theta_i(x) - theta_j(x) a bijection for
i != j): any two rows then differ by every element of G once. Developed over G, with the
translation as a seventh row, it is an OA(7, 12): 12 rounds for 12 rooms of up to 6.

Elements are numbered 6a + b for (a, b) in Z_2 x Z_6. Depth-first: all orthomorphisms with
theta(0) = 0, then a clique of four mutually orthogonal ones, each chosen among those
orthogonal to the ones before. Prints ``designs.DM_12_6``.
"""

from __future__ import annotations

import sys
import time


def add(x: int, y: int) -> int:
    return 6 * ((x // 6 + y // 6) % 2) + (x % 6 + y % 6) % 6


def sub(x: int, y: int) -> int:
    return 6 * ((x // 6 - y // 6) % 2) + (x % 6 - y % 6) % 6


def orthomorphisms() -> list[tuple[int, ...]]:
    out: list[tuple[int, ...]] = []
    theta = [0] + [-1] * 11
    used = {0}
    diffs = {0}

    def place(x: int) -> None:
        if x == 12:
            out.append(tuple(theta))
            return
        for y in range(1, 12):
            d = sub(y, x)
            if y not in used and d not in diffs:
                theta[x] = y
                used.add(y)
                diffs.add(d)
                place(x + 1)
                used.discard(y)
                diffs.discard(d)
        theta[x] = -1

    place(1)
    return out


def orthogonal(s: tuple[int, ...], t: tuple[int, ...]) -> bool:
    return len({sub(a, b) for a, b in zip(s, t, strict=True)}) == 12


def clique(pool: list[tuple[int, ...]], chosen: list[tuple[int, ...]], size: int) -> list[tuple[int, ...]] | None:
    if len(chosen) == size:
        return chosen
    for i, t in enumerate(pool):
        rest = [u for u in pool[i + 1 :] if orthogonal(t, u)]
        if len(rest) >= size - len(chosen) - 1:
            found = clique(rest, [*chosen, t], size)
            if found:
                return found
    return None


def main() -> int:
    started = time.perf_counter()
    all_theta = orthomorphisms()
    print(f"{len(all_theta)} orthomorphisms in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    found = clique(all_theta, [], 4)
    if found is None:
        print("no four mutually orthogonal orthomorphisms")
        return 1
    print(f"found in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print("DM_12_6 = (")
    for row in ((0,) * 12, tuple(range(12)), *found):
        print(f"    {row!r},")
    print(")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
