"""The word cloud layout: every word that fits is placed, none overlap, none leave the
area; the live chart lays a cloud out over several turns and never blanks the old one."""

from __future__ import annotations

import random

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from facilitator_app.domain.polls import PollDef, PollKind, Result
from facilitator_app.ui.polls import poll_chart, word_cloud
from facilitator_app.ui.polls.chart_style import pixel_font


def boxes(layout):
    out = []
    for rank, (word, x, y, size, _c) in enumerate(layout):
        metrics = QFontMetricsF(pixel_font(size, bold=rank < 3))
        out.append((word, QRectF(x, y, metrics.horizontalAdvance(word) + size * 0.3, metrics.height() * 0.92)))
    return out


def test_cloud_places_every_word_without_overlap(qapp):
    rng = random.Random(2)
    words = tuple(sorted(((f"ord{i}", rng.randint(1, 30)) for i in range(40)), key=lambda kv: -kv[1]))
    layout = word_cloud.cloud_layout(words, 1200, 700)
    placed = boxes(layout)
    assert {w for w, _ in placed} == {w for w, _ in words}
    for i, (_, a) in enumerate(placed):
        assert QRectF(0, 0, 1200, 700).contains(a)
        for _, b in placed[i + 1 :]:
            assert not a.intersects(b.adjusted(1, 1, -1, -1))
    sizes = {w: size for w, _x, _y, size, _c in layout}
    assert sizes[words[0][0]] >= sizes[words[-1][0]], "more answers, bigger word"


def test_live_chart_lays_out_in_slices(qtbot: QtBot):
    chart = poll_chart.PollChart()
    qtbot.addWidget(chart)
    chart.resize(900, 600)
    chart.show()
    poll = PollDef("w", PollKind.WORDS, "One word")
    words = tuple((f"w{i}", 200 - i) for i in range(200))
    chart.show_result(poll, Result(PollKind.WORDS, 1000, words))
    chart.repaint()
    assert chart._job is not None, "the layout runs over several turns of the loop"
    qtbot.waitUntil(lambda: chart._job is None, timeout=5000)
    assert len(chart._shown) > 20 or any(len(v) > 20 for v in chart._layouts.values())


def test_a_printed_card_is_light_and_the_screen_card_dark(qapp):
    """The report prints the app's own charts; on paper they are dark text on white (a
    rehearsal's report came out of the printer mostly black)."""
    from PySide6.QtGui import QImage, QPainter

    from facilitator_app.domain.clock import ManualClock
    from facilitator_app.domain.polls import Snapshot, aggregate
    from facilitator_app.ui.polls.chart_style import PAPER, SCREEN

    poll = PollDef("q", PollKind.RATING, "How is your energy?", scale=5)
    result = aggregate(poll, Snapshot("manual", ManualClock().now(), counts={"1": 2, "3": 5, "5": 9}))

    def share_dark(colours) -> float:
        img = QImage(600, 400, QImage.Format.Format_RGB32)
        painter = QPainter(img)
        poll_chart.paint_poll(painter, QRectF(0, 0, 600, 400), poll, result, colours=colours)
        painter.end()
        pixels = [img.pixelColor(x, y).lightness() for x in range(0, 600, 6) for y in range(0, 400, 6)]
        return sum(p < 100 for p in pixels) / len(pixels)

    assert share_dark(SCREEN) > 0.6
    assert share_dark(PAPER) < 0.15
