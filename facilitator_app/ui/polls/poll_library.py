"""The poll library: one row per poll with its kind, status, segment and platform status;
the polls cued by the live segment marked ▶."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...domain.state import SessionState
from .poll_names import kind_name, status_name


class PollLibrary(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pollLibrary")
        self.setWordWrap(True)

    def current_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, poll_id: str) -> None:
        ids = [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]
        if poll_id in ids:
            self.setCurrentRow(ids.index(poll_id))

    def show_polls(self, state: SessionState, cued: set[str], statuses: dict[str, str]) -> None:
        """The rows for the session's polls (``statuses``: platform status by normalised
        title). Rebuilt only when they changed; the current poll stays current, else the
        first cued one."""
        titles = {s.id: s.title for d in state.show.days for s in d.segments}
        keep = self.currentItem().data(Qt.ItemDataRole.UserRole) if self.currentItem() else None
        rows = []
        for entry in state.polls.values():
            mark = "▶ " if entry.poll.id in cued else ""
            where = f" · {titles[entry.poll.segment_id]}" if entry.poll.segment_id in titles else ""
            platform = statuses.get(" ".join(entry.poll.name.lower().split()))
            extra = f" · Zoom: {platform}" if platform else ""
            detail = f"{kind_name(entry.poll.kind)} · {status_name(entry.status)}{where}{extra}"
            rows.append((f"{mark}{entry.poll.name}\n{detail}", entry.poll.id))
        if [(self.item(i).text(), self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())] == rows:
            return
        self.blockSignals(True)
        self.clear()
        for text, pid in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.addItem(item)
        ids = [pid for _, pid in rows]
        want = keep if keep in ids else (next(iter(cued), None) or (ids[0] if ids else None))
        if want is not None:
            self.setCurrentRow(ids.index(want))
        self.blockSignals(False)
