"""The bars that say who is in control (follow, offer, take over) and which changes were
not applied (fenced). They show state; their buttons call commands."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.state import SessionState
from .cofacilitation import CoFacilitation


class RoleBars(QWidget):
    """The blue role bar and the red fenced bar, stacked; hidden when there is nothing to say."""

    def __init__(
        self,
        take: Callable[[], object],
        accept: Callable[[], object],
        review: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.role_bar = QFrame()
        self.role_bar.setObjectName("roleBar")
        role_layout = QHBoxLayout(self.role_bar)
        role_layout.setContentsMargins(12, 6, 8, 6)
        self.role_label = QLabel()
        self.role_label.setObjectName("roleText")
        self.role_label.setWordWrap(True)
        self.take_button = QPushButton(self.tr("Take control…"))
        self.take_button.setObjectName("primary")
        self.take_button.setProperty("command", "session.take_control")
        self.take_button.clicked.connect(lambda _c=False: take())
        self.accept_button = QPushButton(self.tr("Accept control"))
        self.accept_button.setObjectName("primary")
        self.accept_button.setProperty("command", "session.accept_offer")
        self.accept_button.clicked.connect(lambda _c=False: accept())
        role_layout.addWidget(self.role_label, 1)
        role_layout.addWidget(self.accept_button)
        role_layout.addWidget(self.take_button)
        layout.addWidget(self.role_bar)

        self.fenced_bar = QFrame()
        self.fenced_bar.setObjectName("fencedBar")
        fenced_layout = QHBoxLayout(self.fenced_bar)
        fenced_layout.setContentsMargins(12, 6, 8, 6)
        self.fenced_label = QLabel()
        self.fenced_label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.setProperty("command", "session.resolve_fenced")
        self.review_button.clicked.connect(lambda _c=False: review())
        fenced_layout.addWidget(self.fenced_label, 1)
        fenced_layout.addWidget(self.review_button)
        layout.addWidget(self.fenced_bar)

    def show_role(self, state: SessionState, mine: bool, writer_id: str, cofac: CoFacilitation | None) -> None:
        """Follow read-only or control; say who is in control, offer takeover and hand-over."""
        owner = state.lease.owner_name or state.lease.owner or self.tr("nobody")
        offered_to_me = state.offer is not None and state.offer.to == writer_id
        silent = cofac.owner_silent_s() if cofac else None
        takeover = cofac.takeover_offered() if cofac else not mine
        if mine:
            if state.offer is not None:
                self.role_label.setText(
                    self.tr("In control. Control offered to %1; it is yours until they accept.").replace(
                        "%1", state.offer.to_name or state.offer.to
                    )
                )
                self._set_mode("offer")
                self.role_bar.show()
            else:
                self.role_bar.hide()
        else:
            if silent is None or silent == float("inf"):
                heard = self.tr("no heartbeat from it")
            else:
                heard = self.tr("last heard %1 s ago").replace("%1", str(int(silent)))
            text = (
                self.tr("FOLLOWING. %1 is in control (%2). This console is read-only.")
                .replace("%1", owner)
                .replace("%2", heard)
            )
            if offered_to_me:
                text = self.tr("%1 offers you control of the show.").replace("%1", owner)
            self.role_label.setText(text)
            self._set_mode("follow")
            self.role_bar.show()
        self.accept_button.setVisible(not mine and offered_to_me)
        self.take_button.setVisible(not mine and takeover and not offered_to_me)
        if not mine and takeover and silent is not None:
            shown = (
                self.tr("no heartbeat")
                if silent == float("inf")
                else self.tr("silent %1 s").replace("%1", str(int(silent)))
            )
            self.take_button.setText(self.tr("Take control (%1)…").replace("%1", shown))

    def show_fenced(self, state: SessionState, name_of: Callable[[str], str]) -> None:
        fenced = state.fenced
        if fenced:
            writers = sorted({name_of(r.writer) for r in fenced})
            self.fenced_label.setText(
                self.tr(
                    "%1 change(s) made by %2 while it was not in control were not applied. "
                    "They are kept until someone in control re-applies or discards them."
                )
                .replace("%1", str(len(fenced)))
                .replace("%2", ", ".join(writers))
            )
            self.fenced_bar.show()
        else:
            self.fenced_bar.hide()

    def _set_mode(self, mode: str) -> None:
        """Restyle the bar only when its mode changes (this runs every second while following)."""
        if self.role_bar.property("mode") != mode:
            self.role_bar.setProperty("mode", mode)
            self.role_bar.style().unpolish(self.role_bar)
            self.role_bar.style().polish(self.role_bar)
