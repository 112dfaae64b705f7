"""The names of poll kinds and statuses as the console shows them (the polls window's
translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.polls import PollKind, PollState, PollStatus, aggregate


def kind_name(kind: PollKind) -> str:
    names = {
        PollKind.SINGLE: QCoreApplication.translate("PollsWindow", "Single choice"),
        PollKind.MULTIPLE: QCoreApplication.translate("PollsWindow", "Multiple choice"),
        PollKind.RATING: QCoreApplication.translate("PollsWindow", "Rating scale"),
        PollKind.NPS: QCoreApplication.translate("PollsWindow", "Recommendation 0-10"),
        PollKind.WORDS: QCoreApplication.translate("PollsWindow", "One word (word cloud)"),
        PollKind.TEXT: QCoreApplication.translate("PollsWindow", "Open text"),
    }
    return names[kind]


def status_name(status: PollStatus) -> str:
    names = {
        PollStatus.DRAFT: QCoreApplication.translate("PollsWindow", "not started"),
        PollStatus.OPEN: QCoreApplication.translate("PollsWindow", "open"),
        PollStatus.CLOSED: QCoreApplication.translate("PollsWindow", "closed"),
        PollStatus.REVEALED: QCoreApplication.translate("PollsWindow", "revealed"),
    }
    return names[status]


def source_name(source: str) -> str:
    """Where a result came from, as a producer reads it."""
    names = {
        "rehearsal": QCoreApplication.translate("PollsWindow", "the rehearsal platform"),
        "zoom": "Zoom",
        "webex": "Webex",
        "manual": QCoreApplication.translate("PollsWindow", "counts typed in"),
    }
    if source.startswith("report:"):
        return QCoreApplication.translate("PollsWindow", "the report %1").replace("%1", source[len("report:") :])
    return names.get(source, source)


def replace_question(ps: PollState, counts: dict[str, int]) -> str | None:
    """What typed counts would replace, as a question for the producer; None when they
    replace nothing that came from elsewhere (no result, an empty one, or typed counts)."""
    if ps.snapshot is None or ps.snapshot.source == "manual":
        return None
    replaced = aggregate(ps.poll, ps.snapshot, ps.closed_at).responses
    if not replaced:
        return None
    return (
        QCoreApplication.translate(
            "PollsWindow",
            "The result of “%1” now holds %2 answer(s) from %3. The counts you typed (%4 in all) "
            "replace them. Ctrl+Z in this window brings them back.",
        )
        .replace("%1", ps.poll.name)
        .replace("%2", str(replaced))
        .replace("%3", source_name(ps.snapshot.source))
        .replace("%4", str(sum(counts.values())))
    )
