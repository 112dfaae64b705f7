"""The names of poll kinds and statuses as the console shows them (the polls window's
translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.polls import PollKind, PollStatus


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
