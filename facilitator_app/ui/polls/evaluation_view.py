"""The Evaluation tab: the summary of every poll marked as the event's evaluation, large
enough to read out (the polls window's translations)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.polls import PollState, evaluation_summary


class EvaluationView(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluation")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWordWrap(True)

    def show_polls(self, evaluations: list[PollState], present: int | None) -> None:
        if not evaluations:
            self.setText(
                QCoreApplication.translate(
                    "PollsWindow", "Mark a poll as the evaluation of the event (Edit…) to see its summary here."
                )
            )
            return
        parts = []
        for ps in evaluations:
            summary = evaluation_summary(ps, present)
            answered = QCoreApplication.translate("PollsWindow", "%1 answered").replace("%1", str(summary.responses))
            if summary.present:
                answered += " · " + QCoreApplication.translate("PollsWindow", "%1 present").replace(
                    "%1", str(summary.present)
                )
            cell = "style='padding:4px 18px 4px 0'"
            rows = "".join(
                f"<tr><td {cell}>{html.escape(choice)}</td>"
                f"<td {cell} align='right'><b>{self.locale().toString(share * 100, 'f', 0)} %</b></td>"
                f"<td style='color:#9aa4ae'>({count})</td></tr>"
                for choice, count, share in summary.shares
            )
            mean = ""
            if summary.mean is not None:
                average = QCoreApplication.translate("PollsWindow", "Average: %1")
                mean = "<p>" + average.replace("%1", self.locale().toString(summary.mean, "f", 1)) + "</p>"
            parts.append(
                f"<div style='font-size:18pt'><p><b>{html.escape(summary.question)}</b></p>"
                f"<p style='color:#9aa4ae'>{answered}</p><table>{rows}</table>{mean}</div>"
            )
        self.setText("<hr>".join(parts))
