"""The word cloud: largest words first on a spiral from the centre, none overlapping,
laid out in steps so a live view can spread the work over several turns of the loop."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from .chart_style import SCREEN, pixel_font

MAX_CLOUD_WORDS = 150  # more would be too small to read; the rest are counted, not drawn
CELL = 5  # px per cell of the occupancy grid


@lru_cache(maxsize=256)
def _metrics(px: int, bold: bool) -> tuple[QFontMetricsF, float]:
    metrics = QFontMetricsF(pixel_font(px, bold))
    return metrics, metrics.height()


Placed = tuple[str, float, float, float, int]  # word, x, y, pixel size, colour index


def cloud_steps(words: tuple[tuple[str, int], ...], width: int, height: int, out: list[Placed]) -> Iterator[None]:
    """Lay out a word cloud into ``out``, yielding after each word, so a live view can
    spread the work over several turns of the event loop. Largest words first, on a
    spiral from the centre, no two words overlapping (checked on a grid of cells, a row
    at a time)."""
    if not words or width < 20 or height < 20:
        return
    words = words[:MAX_CLOUD_WORDS]
    top = words[0][1]
    biggest = min(height / 4.5, width / max(4, len(words[0][0]) * 0.62))
    cols, rows = width // CELL + 1, height // CELL + 1
    grid = [bytearray(cols) for _ in range(rows)]
    cx, cy = width / 2, height / 2
    aspect = (width / height) ** 0.5
    resume = 0.0  # where the spiral found room for the previous word: the centre fills first
    # Sizes follow the square root of the count, scaled down so the words' total area
    # stays under about half of the space (otherwise many similar counts cannot fit).
    raw = [biggest * math.sqrt(count / top) for _, count in words]
    area = sum((len(word) * 0.62 + 0.3) * size * size * 1.2 for (word, _), size in zip(words, raw, strict=True))
    shrink = min(1.0, math.sqrt(0.45 * width * height / area)) if area else 1.0
    for rank, (word, _count) in enumerate(words):
        size = max(10, round(raw[rank] * shrink))
        metrics, line = _metrics(size, rank < 3)
        w, h = metrics.horizontalAdvance(word) + size * 0.3, line * 0.92
        yield
        if w >= width or h >= height:
            continue
        cw, ch = int(w // CELL) + 1, int(h // CELL) + 1
        spot = None
        # First from where the last word went (the centre fills first), then, for a word
        # that found no room that way, the whole spiral again with finer steps.
        for start, fine in ((max(0.0, resume - 4 * math.pi), 0.35), (0.0, 0.12)):
            angle = start
            while spot is None:
                radius = 1.2 * angle * CELL
                if radius > (width + height) * 0.6:
                    break
                x = cx + radius * math.cos(angle) * aspect - w / 2
                y = cy + radius * math.sin(angle) / aspect - h / 2
                angle += min(0.5, max(0.01, (h + w) * fine / max(radius, 1.0)))  # part of a word along the arc
                if x < 0 or y < 0 or x + w > width or y + h > height:
                    continue
                c0, r0 = int(x // CELL), int(y // CELL)
                if all(1 not in grid[r][c0 : c0 + cw] for r in range(r0, min(rows, r0 + ch))):
                    spot = (x, y, c0, r0)
            if spot is not None:
                break
        if spot is None:
            continue
        x, y, c0, r0 = spot
        resume = angle
        for r in range(r0, min(rows, r0 + ch)):
            grid[r][c0 : c0 + cw] = b"\x01" * len(grid[r][c0 : c0 + cw])
        out.append((word, x, y, float(size), rank % len(SCREEN.cloud)))


@lru_cache(maxsize=32)
def cloud_layout(words: tuple[tuple[str, int], ...], width: int, height: int) -> tuple[Placed, ...]:
    """The whole layout at once (PDF, stage, a first paint); cached per size and content."""
    out: list[Placed] = []
    for _ in cloud_steps(words, width, height, out):
        pass
    return tuple(out)


def paint_cloud(
    painter: QPainter,
    rect: QRectF,
    counts: Sequence[tuple[str, int]],
    layout: Sequence[Placed] | None = None,
    colours: Sequence[QColor] = SCREEN.cloud,
) -> None:
    if layout is None:
        layout = cloud_layout(tuple(counts), int(rect.width()), int(rect.height()))
    for rank, (word, x, y, size, colour) in enumerate(layout):
        painter.setFont(pixel_font(size, bold=rank < 3))
        painter.setPen(colours[colour % len(colours)])
        metrics = QFontMetricsF(painter.font())
        painter.drawText(QPointF(rect.left() + x + size * 0.15, rect.top() + y + metrics.ascent()), word)
