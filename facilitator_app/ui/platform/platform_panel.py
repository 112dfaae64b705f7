"""The console's view of the platform: the sync status in the status bar, the Participants
and Sync queue tabs, and the platform dialogs (link, sign in, capabilities, chat, end
meeting). Platform differences come from the platform registry and the commands."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QMenu, QTableView, QTabWidget, QVBoxLayout, QWidget

from ...domain.state import SessionState
from ..common import theme
from ..common.commands import CommandRunner
from .participants_model import ParticipantsModel

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ...services.sync import CycleReport
    from .sync_controller import SyncController


class PlatformPanel(QObject):
    presentChanged = Signal(int)

    def __init__(
        self,
        runner: CommandRunner,
        state: Callable[[], SessionState],
        window: QWidget,
        views_parent: QWidget | None = None,
    ) -> None:
        super().__init__(window)
        self.runner = runner
        self._state = state
        self.window = window
        self.sync: SyncController | None = None
        self.present = 0
        self._roster: list[Any] | None = None  # the last cycle's roster (told before the cycle's report)
        self.participants = ParticipantsModel(self)
        self.participants.set_people(state().show.people)
        # The Participants and Sync queue tabs are not shown when the console opens: their
        # pages are empty until first shown or filled (after the first paint), so the first
        # window does not pay for two more views.
        self.participants_page = _page(views_parent)
        self.queue_page = _page(views_parent)
        self._participants_view: QTableView | None = None
        self._logged: tuple[str, ...] = ()  # the platform state last written to the log
        self._queue_list: QListWidget | None = None
        self.sync_label = QLabel()
        self._dialogs: list[Any] = []

    @property
    def participants_view(self) -> QTableView:
        if self._participants_view is None:
            view = QTableView(self.participants_page)
            view.setObjectName("participants")
            view.setModel(self.participants)
            view.setAlternatingRowColors(True)
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setStretchLastSection(True)
            em = self.window.fontMetrics().averageCharWidth()
            for section, chars in enumerate((26, 14, 12)):
                header.resizeSection(section, max(em * chars + 12, theme.header_width(header, section)))
            _fill(self.participants_page, view)
            self._participants_view = view
        return self._participants_view

    @property
    def queue_list(self) -> QListWidget:
        if self._queue_list is None:
            queue = QListWidget(self.queue_page)
            queue.setObjectName("syncQueue")
            queue.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            queue.customContextMenuRequested.connect(self._queue_menu)  # retry or drop a held change
            _fill(self.queue_page, queue)
            self._queue_list = queue
        return self._queue_list

    def _log_change(self, report: CycleReport) -> None:
        """One line in console.log when the platform's state changes (not one per request)."""
        why = report.error or "; ".join(f"{read}: {reason}" for read, reason in sorted(report.unavailable.items()))
        why = why or report.drain.stopped  # (changes held in the queue, and why)
        name = self.sync.platform_name if self.sync else ""
        meeting = self.sync.meeting if self.sync else ""
        now = (name, meeting, report.status, why)  # (a new platform or meeting is a new line)
        if now == self._logged:
            return
        self._logged = now
        if report.status == "online":
            summary = "; ".join(" ".join(line.split()) for line in report.summary().splitlines())  # one line
            log.info("platform %s online: %s", name, summary)
        else:
            log.warning("platform %s %s: %s", name, report.status, why)

    def page_shown(self, page: QWidget | None) -> None:
        """A tab of the window was shown: make its view if it is one of these."""
        if page is self.participants_page:
            self.participants_view  # noqa: B018  (made when first read)
        elif page is self.queue_page:
            self.queue_list  # noqa: B018

    def attach(self, sync: SyncController, settings: Any, controller: Any, tabs: QTabWidget) -> None:
        """Follow the session's platform link; show the roster, the queue and the status."""
        from ...services.platforms import registry

        self.sync = sync
        bases = {p: getattr(settings, f"api_base_{p}", "") for p in registry.ids()}
        sync.base_urls.update({k: v for k, v in bases.items() if v})
        sync.updated.connect(self.on_sync)
        sync.rosterChanged.connect(self.participants.set_roster)
        sync.rosterChanged.connect(self._keep_roster)
        controller.changed.connect(lambda old, new, _r: sync.on_state(old, new))
        link = controller.state.platform
        sync.use_platform(link.platform, link.meeting)
        controller.changed.connect(lambda _o, new, _r: sync.use_platform(new.platform.platform, new.platform.meeting))
        index = tabs.indexOf(self.participants_page)
        sync.updated.connect(
            lambda report: tabs.setTabText(index, self.tr("Participants (%1)").replace("%1", str(report.participants)))
        )

    def people_changed(self, state: SessionState) -> None:
        self.participants.set_people(state.show.people)

    def on_sync(self, report: CycleReport) -> None:
        """Online / degraded / offline, how many changes wait, and the queue with its errors."""
        self._log_change(report)
        colours = {"online": "#8fd19e", "degraded": "#ffc857", "offline": theme.OVERLAP_COLOUR.name()}
        words = {"online": self.tr("online"), "degraded": self.tr("degraded"), "offline": self.tr("offline")}
        name = self.sync.platform_name if self.sync else ""
        self.sync_label.setText(
            self.tr("● %1: %2 · %3 waiting")
            .replace("%1", name)
            .replace("%2", words[report.status])
            .replace("%3", str(report.drain.waiting))
        )
        self.sync_label.setStyleSheet(f"color: {colours[report.status]};")
        tip = (
            report.error
            or "\n".join(filter(None, [report.drain.stopped, *report.unavailable.values()]))
            or self.tr("%1 present").replace("%1", str(report.participants))
        )
        used = self.sync.updates_used() if self.sync is not None else None
        if used is not None:
            tip += "\n" + self.tr("Meeting updates today: %1 used, %2 left").replace("%1", str(used[0])).replace(
                "%2", str(max(0, used[1] - used[0]))
            )
        self.sync_label.setToolTip(tip)
        self.queue_list.clear()
        items = (
            self.sync.outbox.items(self.sync.kind, ("pending", "unknown", "failed"))
            if self.sync and self.sync.outbox
            else []
        )
        for item in items:
            error = f" — {item.last_error}" if item.last_error else ""
            self.queue_list.addItem(f"{item.kind} · {item.state} · {item.attempts} attempt(s){error}")
            self.queue_list.item(self.queue_list.count() - 1).setData(Qt.ItemDataRole.UserRole, item.id)
        if not items:
            self.queue_list.addItem(self.tr("Nothing waiting to be sent."))
        resolved = self.sync.linked_meeting() if self.sync is not None else ""
        if resolved and resolved != self._state().platform.meeting and self.sync is not None:
            # Keep what the platform told (e.g. a Webex series and its instance) in the session.
            self.runner.run("platform.link", {"platform": self.sync.kind, "meeting": resolved}, quiet=True)
        if report.participants != self.present:
            self.present = report.participants
            self.presentChanged.emit(self.present)
        self._ingest_polls()
        self._record_presence(report)

    def _queue_menu(self, pos: QPoint) -> None:
        row = self.queue_list.itemAt(pos)
        item_id = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        if item_id is None:
            return
        menu = QMenu(self.window)
        retry = menu.addAction(self.tr("Retry now"))
        retry.setObjectName("platform.queue_retry")
        drop = menu.addAction(self.tr("Drop this change"))
        drop.setObjectName("platform.queue_drop")
        retry.triggered.connect(lambda: self.queue_action(int(item_id), "retry"))
        drop.triggered.connect(lambda: self.queue_action(int(item_id), "drop"))
        self._menu = menu
        menu.popup(self.queue_list.viewport().mapToGlobal(pos))

    def queue_action(self, item_id: int, action: str) -> bool:
        """Retry a held change now (lifting its hold) or drop it for good."""
        if self.sync is None or self.sync.outbox is None or action not in ("retry", "drop"):
            return False
        done = self.sync.outbox.retry(item_id) if action == "retry" else self.sync.outbox.drop(item_id)
        if done:
            self.sync.schedule()
        return done

    def _ingest_polls(self) -> None:
        """Poll results the platform gave in this cycle become session events (in control only)."""
        sync = self.sync
        state = self._state()
        if sync is None or sync.outbox is None or not state.polls or self.runner.why_not("polls.ingest", {"polls": []}):
            return
        cached = sync.outbox.cache_get(f"polls/{sync.kind}")
        if cached is None:
            return
        outbox = sync.outbox

        def lookup(key: str) -> Any:
            return outbox.cache_get(key)

        self.runner.run("polls.ingest", {"polls": cached[0], "lookup": lookup}, quiet=True)

    def _keep_roster(self, roster: Any) -> None:
        self._roster = roster if isinstance(roster, list) else None

    def _record_presence(self, report: CycleReport) -> None:
        """Who is in the meeting goes into the session (in control only): a live roster as
        joins and leaves; a platform's list after the meeting (with join and leave times) as
        an import that adds what the console did not see live."""
        sync = self.sync
        if sync is None or sync.outbox is None or report.error or "roster" in report.unavailable:
            return
        if self.runner.why_not("people.record_presence", {"roster": []}):
            return
        roster = self._roster
        if roster is None:
            return
        if report.roster_source in ("", "live"):
            self.runner.run("people.record_presence", {"roster": roster, "source": sync.kind}, quiet=True)
        elif any(isinstance(p, dict) and ("join_time" in p or "attendanceIntervals" in p) for p in roster):
            source = f"{sync.kind}: {report.roster_source}"
            self.runner.run("people.import_presence", {"records": roster, "source": source}, quiet=True)

    def platform_status(self) -> dict[str, str]:
        """Poll title -> status on the platform, where the platform says (Zoom)."""
        from ...services.platforms import registry

        sync = self.sync
        info = registry.get(sync.kind) if sync is not None else None
        if sync is None or sync.outbox is None or info is None or info.poll_status is None:
            return {}
        cached = sync.outbox.cache_get(f"polls/{sync.kind}")
        return info.poll_status(cached[0]) if cached is not None else {}

    def cached_roster(self) -> list[dict[str, Any]] | None:
        sync = self.sync
        cached = sync.outbox.cache_get(f"roster/{sync.kind}") if sync and sync.outbox else None
        return cached[0] if cached is not None else None

    # ------------------------------------------------------------ dialogs

    def _keep(self, dialog: Any) -> Any:
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        return dialog

    def show_link(self) -> None:
        from .platform_dialog import LinkDialog

        link = self._state().platform
        dialog = self._keep(LinkDialog(link.platform, link.meeting, self.window))
        dialog.accepted.connect(
            lambda: self.runner.run("platform.link", {"platform": dialog.platform(), "meeting": dialog.meeting()})
        )
        dialog.open()

    def show_sign_in(self) -> None:
        from .signin_dialog import SignInDialog

        self._keep(SignInDialog(self.window)).open()

    def show_capabilities(self) -> None:
        from .platform_dialog import CapabilitiesDialog

        self._keep(CapabilitiesDialog(self.window)).open()

    def message_chat(self) -> None:
        """A message to the meeting chat (where the platform has one a REST client may post to)."""
        reason = self.runner.why_not("platform.chat", {"text": "-"})
        if reason:
            self.runner.message.emit(reason)
            return
        from PySide6.QtWidgets import QInputDialog

        dialog = self._keep(QInputDialog(self.window))
        dialog.setWindowTitle(self.tr("Message to the meeting chat"))
        dialog.setLabelText(self.tr("Message:"))
        dialog.textValueSelected.connect(lambda text: self.runner.run("platform.chat", {"text": text}))
        dialog.open()

    def end_meeting(self) -> None:
        """Queue 'end the meeting' for the platform, after a person confirms."""
        name = self.sync.platform_name if self.sync else ""
        self.runner.confirm_and_run(
            "platform.end_meeting",
            self.tr("End the meeting for everyone on %1?").replace("%1", name),
            self.tr("End the meeting"),
            parent=self.window,
        )


def _page(parent: QWidget | None) -> QWidget:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page


def _fill(page: QWidget, view: QWidget) -> None:
    layout = page.layout()
    assert layout is not None  # (made by _page)
    layout.addWidget(view)
    view.show()  # at once when the page is on screen (a layout would show it on the next turn)
    page.setFocusProxy(view)  # a click on the tab gives the keyboard to the view, as before
    if page.hasFocus():
        view.setFocus()
