"""The bridge between the plain-Python session and Qt: notifications become signals,
save failures become a message the window shows instead of an exception."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ...domain.eventlog import Record
from ...domain.state import SessionState
from ...services.session import Session
from ...services.session_folder import SessionError


class SessionController(QObject):
    changed = Signal(object, object, object)  # old state, new state, record (None: read from others)
    failed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.subscribe(self._notify)

    @property
    def state(self) -> SessionState:
        return self.session.state

    def _notify(self, old: SessionState, new: SessionState, record: Record | None) -> None:
        self.changed.emit(old, new, record)

    def record(self, type_: str, payload: dict[str, Any]) -> bool:
        """Append and apply; on a save failure say so and leave the state as it was."""
        try:
            self.session.record(type_, payload)
        except SessionError as exc:
            self.failed.emit(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        return True

    def claim(self) -> bool:
        """Take control of the session (hand-over accepted, or a confirmed takeover)."""
        try:
            self.session.claim()
        except SessionError as exc:
            self.failed.emit(self.tr("Could not take control: %1").replace("%1", str(exc)))
            return False
        return True

    def resolve_fenced(self, key: tuple[str, int], reapply: bool) -> bool:
        try:
            self.session.resolve_fenced(key, reapply)
        except SessionError as exc:
            self.failed.emit(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        return True

    def record_action(self, action: tuple[str, dict[str, Any]] | None) -> bool:
        if action is None:
            return False
        return self.record(*action)
