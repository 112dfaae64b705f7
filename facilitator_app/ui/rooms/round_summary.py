"""The texts under the round: the planner's figures for the plan as it stands, and who
to move right now by the platform's roster. They keep the rooms window's translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain import room_rounds
from ...domain.state import SessionState


def summary_html(state: SessionState, seg: str, locked: set[str], last_search: str, locale: QLocale) -> str:
    """The figures of the plan (rich text), with how the last search went."""
    q = room_rounds.quality(state)
    parts = []
    if seg in locked:
        parts.append(
            "<b>"
            + QCoreApplication.translate(
                "RoomsWindow", "This round is announced or has run: planning leaves it as it is."
            )
            + "</b>"
        )
    if q is None:
        parts.append(
            QCoreApplication.translate(
                "RoomsWindow", "No rooms planned yet. Plan this round (Ctrl+G) or all rounds (Ctrl+Shift+G)."
            )
        )
    else:
        planned = [r for r in room_rounds.breakout_ids(state.show) if r in state.rooms.plans]
        line = (
            QCoreApplication.translate(
                "RoomsWindow",
                "Plan of %6 round(s): repeated meetings: <b>%1</b> · most times a pair meets: <b>%2</b> · rooms "
                "missing a value of the mix: <b>%3</b> · new contacts per person: min <b>%4</b>, mean <b>%5</b>",
            )
            .replace("%1", str(q.repeats))
            .replace("%2", str(q.max_meetings))
            .replace("%3", str(q.rooms_missing_value))
            .replace("%4", str(q.new_contacts_min))
            .replace("%5", locale.toString(q.new_contacts_mean, "f", 1))
            .replace("%6", str(len(planned)))
        )
        if q.repeats and q.repeats_bound:
            line += " " + QCoreApplication.translate("RoomsWindow", "(at least %1 repeats are unavoidable)").replace(
                "%1", str(q.repeats_bound)
            )
        rooms = state.rooms.plans.get(seg, ())
        if rooms and any(p.host for p in state.show.people):
            # The figure of the round on the board (the planner's note below speaks per
            # round too); the whole plan's total beside it.
            line += " · " + (
                QCoreApplication.translate(
                    "RoomsWindow", "this round: <b>%1</b> of %2 rooms without a host (%3 in all rounds)"
                )
                .replace("%1", str(sum(1 for r in rooms if r.host is None)))
                .replace("%2", str(len(rooms)))
                .replace("%3", str(q.rooms_without_host))
            )
        parts.append(line)
    if last_search:
        parts.append(last_search)
    return "<br>".join(parts)


def move_lines(state: SessionState, seg: str, roster: dict[str, str], roster_known: bool) -> list[str]:
    """Who is not where the plan has them, one line each (or why there is nothing to say)."""
    if not roster_known:
        return [QCoreApplication.translate("RoomsWindow", "No roster from the platform yet.")]
    moves = room_rounds.moves_needed(state, seg, roster)
    lines = []
    for m in moves:
        where = m.actual or QCoreApplication.translate("RoomsWindow", "the main meeting")
        lines.append(
            QCoreApplication.translate("RoomsWindow", "Move %1 to %2 (now in %3)")
            .replace("%1", m.name)
            .replace("%2", m.planned)
            .replace("%3", where)
        )
    if not moves:
        lines.append(QCoreApplication.translate("RoomsWindow", "Everyone present is where the plan has them."))
    return lines
