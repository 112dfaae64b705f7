"""The main window's actions and menus, made from the command registry.

Each action is named by a command id: a session command of ``facilitator_app.commands``
(run through the window's CommandRunner) or one of the window-only ids below (views,
dialogs, undo). A test walks every action of every window and checks its id exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ...commands import REGISTRY
from ...domain.live import Status
from ...domain.text import QT_TRANSLATE_NOOP
from ..common import theme
from ..common.commands import ask_save, menu_text

if TYPE_CHECKING:
    from .main_window import MainWindow

# Window-only actions: they change what this console shows, not the session.
WINDOW_ACTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "view.stage": (QT_TRANSLATE_NOOP("commands", "Stage view"), ("F5",)),
    "view.mode": (QT_TRANSLATE_NOOP("commands", "Cycle display mode"), ("C",)),
    "view.rooms": (QT_TRANSLATE_NOOP("commands", "Rooms and breakout plan…"), ("Ctrl+B",)),
    "view.polls": (QT_TRANSLATE_NOOP("commands", "Polls…"), ("Ctrl+P",)),
    "view.previous_day": (QT_TRANSLATE_NOOP("commands", "Previous day"), ("Ctrl+PgUp",)),
    "view.next_day": (QT_TRANSLATE_NOOP("commands", "Next day"), ("Ctrl+PgDown",)),
    "view.flash": (QT_TRANSLATE_NOOP("commands", "Flash the stage when time is up"), ()),
    "view.sound": (QT_TRANSLATE_NOOP("commands", "Sound cue at warning and at zero"), ()),
    "view.language": (QT_TRANSLATE_NOOP("commands", "Language"), ()),
    "view.stage_screen": (QT_TRANSLATE_NOOP("commands", "Stage screen"), ()),
    "live.type_message": (QT_TRANSLATE_NOOP("commands", "Type a stage message"), ("Ctrl+M",)),
    "show.edit_cell": (QT_TRANSLATE_NOOP("commands", "Edit cell"), ("F2",)),
    "edit.undo": (QT_TRANSLATE_NOOP("commands", "Undo"), ()),
    "edit.redo": (QT_TRANSLATE_NOOP("commands", "Redo"), ()),
    "app.quit": (QT_TRANSLATE_NOOP("commands", "Quit"), ()),
    "file.new_session": (QT_TRANSLATE_NOOP("commands", "New session…"), ("Ctrl+N",)),
    "file.open_session": (QT_TRANSLATE_NOOP("commands", "Open session…"), ("Ctrl+O",)),
    "file.open_recent": (QT_TRANSLATE_NOOP("commands", "Open recent"), ()),
    "help.shortcuts": (QT_TRANSLATE_NOOP("commands", "Keyboard shortcuts"), ("F1",)),
    "platform.queue_retry": (QT_TRANSLATE_NOOP("commands", "Retry now"), ()),
    "platform.queue_drop": (QT_TRANSLATE_NOOP("commands", "Drop this change"), ()),
    "app.about": (QT_TRANSLATE_NOOP("commands", "About Facilitator Console"), ()),
    "report.runsheet": (QT_TRANSLATE_NOOP("commands", "Print run sheet…"), ()),
    "report.event": (QT_TRANSLATE_NOOP("commands", "Event report…"), ()),
    "report.ics": (QT_TRANSLATE_NOOP("commands", "Export calendar (ICS)…"), ()),
    "platform.sign_in": (QT_TRANSLATE_NOOP("commands", "Sign in…"), ()),
    "platform.capabilities": (QT_TRANSLATE_NOOP("commands", "What each platform can do…"), ()),
    "view.present_poll": (QT_TRANSLATE_NOOP("commands", "Present on stage"), ("F6",)),
    "app.remote": (QT_TRANSLATE_NOOP("commands", "Remote control and views…"), ()),
}


def _reports() -> Any:
    """The report writers (printing, painted pages): imported when first used, not at start-up."""
    from ..reports import menu

    return menu


def known_ids() -> set[str]:
    return set(REGISTRY.commands) | set(WINDOW_ACTIONS)


def live_key_ids() -> list[tuple[str, tuple[str, ...]]]:
    """The commands (with their keys) that work from every console window."""
    return [(c.id, c.keys) for c in REGISTRY.all() if c.live] + [
        (i, WINDOW_ACTIONS[i][1]) for i in ("view.stage", "view.mode", "view.rooms", "view.polls")
    ]


def build_actions(w: MainWindow) -> dict[str, QAction]:
    r = w.runner
    sel = w.selected
    out: dict[str, QAction] = {}

    def add(command_id: str, trigger: object, icon: str = "", **kw: object) -> QAction:
        if command_id in WINDOW_ACTIONS and "keys" not in kw:
            title, keys = WINDOW_ACTIONS[command_id]
            kw = {"text": QCoreApplication.translate("commands", title), "keys": keys, **kw}
        action = r.action(w, command_id, trigger, icon=icon, **kw)  # type: ignore[arg-type]
        out[command_id] = action
        return action

    add("live.toggle", w.toggle, "play")
    add("live.next", lambda: w.run("live.next"), "next")
    add("live.previous", lambda: w.run("live.previous"), "previous")
    add("live.remove_minute", lambda: w.run("live.remove_minute"), "minus")
    add("live.add_minute", lambda: w.run("live.add_minute"), "plus")
    add("live.goto", lambda: w.run("live.goto", sel()))
    add("live.skip", lambda: w.run("live.skip", sel()), "skip")
    add(
        "live.end",
        lambda: w.runner.confirm_and_run(
            "live.end",
            QCoreApplication.translate(
                "MainWindow", "End the show for now? The countdown stops; Start or Go to selected runs it again."
            ),
            QCoreApplication.translate("MainWindow", "&End the show"),
            parent=w,
        ),
        "stop",
    )
    add("live.clear_message", lambda: w.set_message(""))
    add("live.type_message", lambda: w.live_panel.focus_message())
    stage = add("view.stage", w.toggle_stage, "stage")
    stage.setCheckable(True)
    add("view.mode", w.cycle_mode)
    add("view.rooms", w.show_rooms)
    add("view.polls", w.show_polls)
    add("view.previous_day", lambda: w.runofshow.step_day(-1))
    add("view.next_day", lambda: w.runofshow.step_day(1))

    ros = w.runofshow
    add("show.segment.add", ros.add_segment)
    for command_id in (
        "show.segment.duplicate",
        "show.segment.delete",
        "show.segment.move_up",
        "show.segment.move_down",
    ):
        add(command_id, lambda c=command_id: ros.after_segment(c))
    add("show.edit_cell", ros.edit_current)
    add("show.segment.roll", lambda: w.run("show.segment.roll", sel()))
    add("show.day.roll", lambda: w.run("show.day.roll", {"day": ros.day_id()}))
    add("show.day.add", ros.add_day)
    add("show.day.update", ros.edit_day)
    add("show.day.delete", ros.delete_day)
    add(
        "export.actuals_csv",
        lambda: ask_save(
            w,
            QCoreApplication.translate("MainWindow", "Export planned vs actual"),
            QCoreApplication.translate("MainWindow", "%1 - planned vs actual.csv").replace(
                "%1", w.state.show.title or "show"
            ),
            QCoreApplication.translate("MainWindow", "CSV files (*.csv)"),
            lambda path: w.run("export.actuals_csv", {"path": path, "lang": w.settings.language or "en"}),
        ),
    )
    add("report.runsheet", lambda: _reports().ask_runsheet(w))
    add(
        "report.ics",
        lambda: ask_save(
            w,
            QCoreApplication.translate("MainWindow", "Export calendar (ICS)"),
            f"{w.state.show.title or 'show'}.ics",
            QCoreApplication.translate("MainWindow", "Calendar files (*.ics)"),
            lambda path: _reports().write_ics(w, path),
        ),
    )
    add(
        "report.event",
        lambda: ask_save(
            w,
            QCoreApplication.translate("MainWindow", "Event report"),
            QCoreApplication.translate("MainWindow", "%1 - event report.pdf").replace(
                "%1", w.state.show.title or "show"
            ),
            QCoreApplication.translate("MainWindow", "PDF (*.pdf);;Excel (*.xlsx)"),
            lambda path: _reports().write_event_report(w, path),
        ),
    )
    add(
        "export.session",
        lambda: ask_save(
            w,
            QCoreApplication.translate("MainWindow", "Export session"),
            f"{w.state.show.title or 'session'}.fcbundle",
            QCoreApplication.translate("MainWindow", "Session files (*.fcbundle)"),
            lambda path: w.run("export.session", {"path": path}),
        ),
    )

    undo = w.undo_stack.createUndoAction(w, QCoreApplication.translate("MainWindow", "Undo"))
    undo.setObjectName("edit.undo")
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = w.undo_stack.createRedoAction(w, QCoreApplication.translate("MainWindow", "Redo"))
    redo.setObjectName("edit.redo")
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    out["edit.undo"], out["edit.redo"] = undo, redo
    # The toolbar shows the short word (the menu and the tooltip say what is undone), so a
    # long undo text never pushes Redo off the toolbar.
    undo.setIconText(QCoreApplication.translate("MainWindow", "Undo"))
    redo.setIconText(QCoreApplication.translate("MainWindow", "Redo"))
    w.undo_stack.undoTextChanged.connect(lambda _t: _tip(undo))
    w.undo_stack.redoTextChanged.connect(lambda _t: _tip(redo))
    quit_ = QAction(QCoreApplication.translate("MainWindow", "Quit"), w)
    quit_.setObjectName("app.quit")
    quit_.setShortcut(QKeySequence.StandardKey.Quit)
    quit_.triggered.connect(w.close)
    out["app.quit"] = quit_

    add("session.take_control", w.handover.take_control)
    add("session.accept_offer", lambda: w.run("session.accept_offer"))  # the keyboard's way to the role bar's button
    add("session.resolve_fenced", w.handover.review_fenced)
    add("platform.capabilities", w.platform.show_capabilities)
    add("platform.link", w.platform.show_link)
    add("platform.sign_in", w.platform.show_sign_in)
    add("platform.end_meeting", w.platform.end_meeting)
    add("platform.chat", w.platform.message_chat)
    add("platform.sync_now", lambda: w.run("platform.sync_now"))
    add("app.about", lambda: about(w))
    for command_id in ("file.new_session", "file.open_session"):
        name = command_id.split(".")[1]
        add(command_id, lambda n=name: getattr(w.session_files, n)() if w.session_files else None)
        out[command_id].setEnabled(False)  # until the app attaches its session files
    add("help.shortcuts", lambda: show_shortcuts(w))
    add("app.remote", lambda: remote_dialog(w))
    flash = add("view.flash", lambda: None)
    flash.setCheckable(True)
    flash.setChecked(w.settings.stage_flash)
    flash.toggled.connect(lambda on: _set(w, "stage_flash", on))
    sound = add("view.sound", lambda: None)
    sound.setCheckable(True)
    sound.setChecked(w.settings.sound_cues)
    sound.toggled.connect(lambda on: _set(w, "sound_cues", on))
    return out


def _tip(action: QAction) -> None:
    """The full undo text as the tooltip (while the window is being torn down, nothing)."""

    if shiboken6.isValid(action):
        action.setToolTip(action.text())


def _set(w: MainWindow, name: str, value: object) -> None:
    setattr(w.settings, name, value)
    w._save_settings(w.settings)


def about(w: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ... import __version__

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "About Facilitator Console"),
        QCoreApplication.translate(
            "MainWindow", "Facilitator Console %1\nThe producer's cockpit for digital conferences.\n\nSession: %2"
        )
        .replace("%1", __version__)
        .replace("%2", str(w.controller.session.path)),
        parent=w,
    )
    w._boxes["about"] = box
    box.open()


def set_language(w: MainWindow, code: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    _set(w, "language", code)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate("MainWindow", "The language changes when the console is restarted."),
        parent=w,
    )
    w._boxes["language"] = box
    box.open()


def remote_dialog(w: MainWindow) -> None:
    from ..remote.dialog import show_remote_dialog  # aiohttp and python-osc load when first asked for

    show_remote_dialog(w)


def build_menus(w: MainWindow) -> None:
    a = w.command_actions
    bar = w.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(a["file.new_session"])
    file_menu.addAction(a["file.open_session"])
    recent = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open recent"))
    recent.setObjectName("file.open_recent")
    recent.setEnabled(False)
    recent.aboutToShow.connect(lambda: w.session_files.fill_recent(recent) if w.session_files else None)
    w.recent_menu = recent
    file_menu.addSeparator()
    file_menu.addAction(a["export.actuals_csv"])
    file_menu.addAction(a["report.runsheet"])
    file_menu.addAction(a["report.ics"])
    file_menu.addAction(a["report.event"])
    file_menu.addSeparator()
    file_menu.addAction(a["app.quit"])

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for name in (
        "edit.undo",
        "edit.redo",
        None,
        "show.segment.add",
        "show.segment.duplicate",
        "show.segment.delete",
        "show.segment.move_up",
        "show.segment.move_down",
        "show.edit_cell",
        "show.segment.roll",
        None,
        "show.day.add",
        "show.day.update",
        "show.day.roll",
        "show.day.delete",
    ):
        edit_menu.addSeparator() if name is None else edit_menu.addAction(a[name])

    live_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Live"))
    for name in (
        "live.toggle",
        "live.next",
        "live.previous",
        "live.goto",
        "live.skip",
        "live.add_minute",
        "live.remove_minute",
        "live.end",
        None,
        "live.type_message",
        "live.clear_message",
    ):
        live_menu.addSeparator() if name is None else live_menu.addAction(a[name])

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for name in ("view.stage", "view.rooms", "view.polls"):
        view_menu.addAction(a[name])
    view_menu.addMenu(w.screen_menu)
    view_menu.addAction(a["view.flash"])
    view_menu.addAction(a["view.sound"])
    view_menu.addSeparator()
    for name in ("view.mode", "view.previous_day", "view.next_day"):
        view_menu.addAction(a[name])
    language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "Language"))
    group = QActionGroup(w)
    for code, label in (
        ("", QCoreApplication.translate("MainWindow", "System default")),
        ("en", "English"),
        ("sv", "Svenska"),
    ):
        act = QAction(label, w, checkable=True)
        act.setObjectName("view.language")
        act.setChecked(w.settings.language == code)
        act.triggered.connect(lambda _c=False, c=code: set_language(w, c))
        group.addAction(act)
        language_menu.addAction(act)

    session_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Session"))
    handover = session_menu.addMenu(QCoreApplication.translate("MainWindow", "Hand over to"))
    handover.setObjectName("session.hand_over")
    handover.aboutToShow.connect(lambda: w.handover.fill_menu(handover))
    w.handover_menu = handover
    session_menu.addAction(a["session.take_control"])
    session_menu.addAction(a["session.accept_offer"])
    session_menu.addAction(a["session.resolve_fenced"])
    session_menu.addSeparator()
    session_menu.addAction(a["export.session"])

    platform_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Platform"))
    for name in (
        "platform.capabilities",
        "platform.link",
        "platform.sign_in",
        "platform.end_meeting",
        "platform.chat",
        "platform.sync_now",
    ):
        platform_menu.addAction(a[name])

    settings_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "Se&ttings"))
    settings_menu.addAction(a["app.remote"])

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(a["help.shortcuts"])
    help_menu.addAction(a["app.about"])

    toolbar = w.addToolBar(QCoreApplication.translate("MainWindow", "Live"))
    toolbar.setObjectName("liveToolbar")
    toolbar.setMovable(False)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in ("live.goto", "live.skip", "live.end", None, "view.stage", None, "edit.undo", "edit.redo"):
        toolbar.addSeparator() if name is None else toolbar.addAction(a[name])
    for button in toolbar.findChildren(QWidget):
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    for action in a.values():
        menu_text(action)


TOGGLE_LABELS = {
    Status.RUNNING: QT_TRANSLATE_NOOP("commands", "Pause"),
    Status.PAUSED: QT_TRANSLATE_NOOP("commands", "Resume"),
}


def show_toggle(action: QAction, status: Status) -> None:
    """Start, Pause or Resume on the toggle, with its icon."""
    action.setIcon(theme.icon("pause" if status is Status.RUNNING else "play"))
    label = QCoreApplication.translate("commands", TOGGLE_LABELS.get(status, QT_TRANSLATE_NOOP("commands", "Start")))
    if action.iconText() != label:
        action.setText(label)
        action.setIconText(label)


def show_shortcuts(w: MainWindow) -> None:
    from .shortcuts_sheet import ShortcutsSheet

    sheet = ShortcutsSheet(w)
    w._boxes["shortcuts"] = sheet
    sheet.open()
