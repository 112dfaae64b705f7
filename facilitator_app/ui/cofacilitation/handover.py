"""Taking control, handing over and reviewing changes not applied: the confirmations and
menus around the session commands of co-facilitation."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from ..common.commands import CommandRunner
from ..common.session_controller import SessionController
from .cofacilitation import CoFacilitation


class Handover(QObject):
    def __init__(
        self,
        runner: CommandRunner,
        controller: SessionController,
        cofac: CoFacilitation | None,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.runner = runner
        self.controller = controller
        self.cofac = cofac
        self.window = window
        self.dialog: QWidget | None = None

    def name_of(self, writer: str) -> str:
        """A console's name as people know it ("this console" for this one)."""
        if writer == self.controller.session.identity.writer_id:
            return self.tr("this console")
        for peer in self.cofac.peers if self.cofac else []:
            if peer.writer == writer:
                return peer.name
        return writer

    def take_control(self) -> None:
        """Forced takeover: a person confirms, seeing how long the owner has been silent."""
        state = self.controller.state
        silent = self.cofac.owner_silent_s() if self.cofac else None
        owner = state.lease.owner_name or state.lease.owner or "?"
        how_long = (
            self.tr("has sent no heartbeat")
            if silent is None or silent == float("inf")
            else self.tr("has been silent for %1 s").replace("%1", str(int(silent)))
        )
        question = (
            self.tr(
                "%1 is in control and %2.\n\nTake control of the show from this console? "
                "If %1 is still running, changes it makes from now on will not be applied "
                "until someone re-applies them."
            )
            .replace("%1", owner)
            .replace("%2", how_long)
        )
        self.runner.confirm_and_run("session.take_control", question, self.tr("Take control"), parent=self.window)

    def review_fenced(self) -> None:
        from .fenced_dialog import FencedDialog

        self.dialog = FencedDialog(self.controller, self.runner, self.window, self.name_of)
        self.dialog.open()

    def fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        for peer in self.cofac.peers if self.cofac else []:
            if peer.role == "following":
                act = menu.addAction(peer.name)
                act.setObjectName("session.hand_over")
                act.triggered.connect(
                    lambda _c=False, p=peer: self.runner.run("session.hand_over", {"writer": p.writer, "name": p.name})
                )
