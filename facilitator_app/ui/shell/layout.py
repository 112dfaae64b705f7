"""The main window's widgets, built from the window down.

With the application's stylesheet applied, a widget that joins a parented tree is restyled
together with everything under it (Qt sends each descendant a StyleChange, and a table
recomputes its header sizes on each). Built bottom-up, the run-of-show table was restyled
four times before the first paint. So here every container is placed before what goes into
it, and each panel is made in its final parent: one placement each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..cofacilitation.role_bar import RoleBars
from ..live.live_panel import LivePanel
from ..live.readout import DisplayMode, mode_name
from ..platform.platform_panel import PlatformPanel
from ..run_of_show.actuals_model import ActualsModel, ActualsPanel
from ..run_of_show.table_panel import RunOfShowPanel
from .actions import build_actions
from .placement import follow_tab_height
from .status_bar import ConsoleStatus

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_layout(w: MainWindow) -> None:
    """The header, the role bars, the run-of-show over the bottom tabs, the live panel, the
    status bar; and the window's actions (the live panel's transport buttons are actions)."""
    central = QWidget(w)
    w.setCentralWidget(central)
    outer = QVBoxLayout(central)
    outer.setContentsMargins(10, 6, 10, 6)
    outer.setSpacing(6)

    header = QHBoxLayout()
    outer.addLayout(header)
    w.show_title = QLabel(central)
    w.show_title.setObjectName("nowTitle")
    w.clock_label = QLabel(central)
    w.clock_label.setObjectName("nowTitle")
    w.mode_box = QComboBox(central)
    for mode in DisplayMode:
        w.mode_box.addItem(mode_name(mode), mode.value)
    w.mode_box.setCurrentIndex(w.mode_box.findData(w.mode.value))
    w.mode_box.currentIndexChanged.connect(lambda _i: w.set_mode(DisplayMode(w.mode_box.currentData())))
    w.mode_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    header.addWidget(w.show_title, 1)
    header.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Display:"), central))
    header.addWidget(w.mode_box)
    header.addSpacing(16)
    header.addWidget(w.clock_label)

    w.role_bars = RoleBars(
        take=w.handover.take_control,
        accept=lambda: w.run("session.accept_offer"),
        review=w.handover.review_fenced,
        parent=central,
    )
    outer.addWidget(w.role_bars)

    w.split = QSplitter(Qt.Orientation.Horizontal, central)
    outer.addWidget(w.split, 1)
    left_split = QSplitter(Qt.Orientation.Vertical, w.split)
    w.split.addWidget(left_split)

    w.runofshow = RunOfShowPanel(w.controller.state, w.run, left_split)
    left_split.addWidget(w.runofshow)
    w.runofshow.model.invalidInput.connect(w._warn)
    w.runofshow.said.connect(w._warn)
    w.runofshow.contextMenuRequested.connect(lambda where: w.runofshow.table_menu(w.command_actions, where))

    w.bottom_tabs = QTabWidget(left_split)
    w.bottom_tabs.setDocumentMode(True)
    left_split.addWidget(w.bottom_tabs)
    w.actuals = ActualsModel(w.controller.state, w.clock.now(), w)
    w.platform = PlatformPanel(w.runner, lambda: w.state, w, w.bottom_tabs)
    w.platform.presentChanged.connect(w._present_changed)
    w.command_actions = build_actions(w)
    actuals_box = ActualsPanel(w.actuals, lambda: w.command_actions["export.actuals_csv"].trigger(), w.bottom_tabs)
    w.actuals_view = actuals_box.view
    w.bottom_tabs.addTab(actuals_box, QCoreApplication.translate("MainWindow", "Planned vs actual"))
    w.bottom_tabs.addTab(w.platform.participants_page, QCoreApplication.translate("MainWindow", "Participants"))
    w.bottom_tabs.addTab(w.platform.queue_page, QCoreApplication.translate("MainWindow", "Sync queue"))
    w.bottom_tabs.currentChanged.connect(lambda i: w.platform.page_shown(w.bottom_tabs.widget(i)))
    left_split.setStretchFactor(0, 3)
    left_split.setStretchFactor(1, 1)
    follow_tab_height(left_split, w.bottom_tabs)

    a = w.command_actions
    transport = [a["live.previous"], a["live.toggle"], a["live.next"], a["live.remove_minute"], a["live.add_minute"]]
    w.live_panel = LivePanel(transport, w.split)
    w.live_panel.messageSubmitted.connect(w.set_message)
    w.live_panel.messageCancelled.connect(w.runofshow.table.setFocus)
    w.split.addWidget(w.live_panel)
    w.split.setStretchFactor(0, 62)
    w.split.setStretchFactor(1, 38)
    w.split.setChildrenCollapsible(False)
    w.status = ConsoleStatus(w.statusBar(), w.platform.sync_label)
