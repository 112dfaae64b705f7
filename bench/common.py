"""Helpers shared by the benchmarks: percentiles, a demo window in this process."""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def describe_ms(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 50) * 1000:.2f} ms, p99 {percentile(values, 99) * 1000:.2f} ms, "
        f"max {max(values) * 1000:.2f} ms (n={len(values)})"
    )


def median(values: list[float]) -> float:
    return statistics.median(values)


def offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
