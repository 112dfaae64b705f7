"""The Qt side of the command layer: run a command by id from any window, with the undo
stack of that window, show what happened, and translate the command layer's messages.

Every button, menu item and shortcut of every window calls ``CommandRunner.run`` (or an
action made by ``CommandRunner.action``); the shortcut gate keeps live keys off while a
person is typing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

from ...commands import REGISTRY, Command, CommandError, Context, Registry, Result
from ...domain.edits import Edit
from ...domain.text import Msg, fill

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox
from . import theme


def tr_msg(message: Msg | str | None) -> str:
    """A command-layer message in the user's language (its arguments translated too)."""
    if message is None:
        return ""
    if isinstance(message, str):
        return message
    source = QCoreApplication.translate(message.context, message.source) if message.context else message.source
    return fill(source, tuple(tr_msg(a) if isinstance(a, Msg) else a for a in message.args))


def tr_title(command: Command) -> str:
    return QCoreApplication.translate("commands", command.title)


def typing_in_progress() -> bool:
    """True while a text field (or a cell editor) has the keyboard: live shortcuts stay off."""
    # The rarer text fields are imported here, at the first key: each Qt class made available
    # to Python at start-up costs its enums (PySide6 creates them with the class).
    from PySide6.QtWidgets import QAbstractSpinBox, QPlainTextEdit, QTextEdit

    widget = QApplication.focusWidget()
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, QComboBox) and widget.isEditable():
        return True
    return isinstance(widget, QAbstractItemView) and widget.state() == QAbstractItemView.State.EditingState


def escape(window: QWidget, home: QWidget) -> None:
    """Esc in a side window: it leaves a field being typed in (to ``home``, where the
    window's keys act); otherwise it closes the window."""
    if typing_in_progress():
        home.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    window.close()


class EditCommand(QUndoCommand):
    """One undoable edit on a window's undo stack; undo appends the inverse event."""

    def __init__(self, record: Callable[[str, dict[str, Any]], bool], edit: Edit) -> None:
        super().__init__(tr_msg(edit.msg))
        self._record = record
        self._edit = edit

    def redo(self) -> None:
        if not self._record(self._edit.type, self._edit.payload):
            self.setObsolete(True)

    def undo(self) -> None:
        self._record(self._edit.inverse_type, self._edit.inverse_payload)


class CommandRunner(QObject):
    """Runs commands for the windows of one console; says what happened.

    ``make_context`` builds the command context (state, record, clock, platform …); the
    runner adds the undo stack of the window a command came from, so Ctrl+Z in that
    window undoes it.
    """

    message = Signal(str)  # a note for the status bar
    ran = Signal(str, object)  # command id, Result

    def __init__(
        self, make_context: Callable[[], Context], registry: Registry = REGISTRY, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self._make_context = make_context
        self._boxes: list[QMessageBox] = []

    def context(self, undo_stack: QUndoStack | None = None) -> Context:
        ctx = self._make_context()
        if undo_stack is not None:
            record = ctx.record

            def push(edit: Edit) -> bool:
                if not ctx.in_control():
                    return False
                outcome: list[bool] = []

                def record_once(type_: str, payload: dict[str, Any]) -> bool:
                    ok = record(type_, payload)
                    outcome.append(ok)
                    return ok

                # push() runs redo() at once; a save that fails makes the command obsolete
                # (the stack drops it), so the outcome is taken from that first record.
                undo_stack.push(EditCommand(record_once, edit))
                return bool(outcome and outcome[0])

            ctx.apply_edit = push
        return ctx

    def why_not(self, command_id: str, args: Mapping[str, Any] | None = None) -> str:
        """'' when the command can run now, else the reason in the user's language."""
        command = self.registry.get(command_id)
        return tr_msg(command.why_not(self._make_context(), args))

    def run(
        self,
        command_id: str,
        args: Mapping[str, Any] | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
        quiet: bool = False,
    ) -> Result | None:
        """Run a command; a refusal is said in the status bar (or a box when ``parent`` is
        a side window). Returns the result, or None when it did not run."""
        try:
            result = self.registry.run(self.context(undo_stack), command_id, args)
        except CommandError as exc:
            if not quiet and exc.code != "not_saved":  # a failed save was said by the session controller
                self._say(tr_msg(exc.msg), parent, warning=True)
            return None
        if result.message is not None and not quiet:
            self._say(tr_msg(result.message), parent)
        self.ran.emit(command_id, result)
        return result

    def confirm_and_run(
        self,
        command_id: str,
        question: str,
        yes: str,
        args: Mapping[str, Any] | None = None,
        *,
        parent: QWidget,
        undo_stack: QUndoStack | None = None,
    ) -> QMessageBox | None:
        """Ask first (a box that tests can answer), then run. Nothing when it cannot run."""
        from PySide6.QtWidgets import QMessageBox

        reason = self.why_not(command_id, args)
        if reason:
            self._say(reason, parent, warning=True)
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, tr_title(self.registry.get(command_id)), question, parent=parent)
        box.setObjectName("confirm:" + command_id)
        box.addButton(QMessageBox.StandardButton.Cancel)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def decided(_result: int) -> None:
            if box.clickedButton() is go:
                self.run(command_id, args, undo_stack=undo_stack, parent=parent)
            self._forget(box)

        box.finished.connect(decided)
        self._boxes.append(box)
        box.open()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if box in self._boxes:
            self._boxes.remove(box)

    def _say(self, text: str, parent: QWidget | None, warning: bool = False) -> None:
        if not text:
            return
        if parent is not None and warning:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Warning, parent.windowTitle(), text, QMessageBox.StandardButton.Ok, parent
            )
            box.setObjectName("commandWarning")
            box.finished.connect(lambda _r: self._forget(box))
            self._boxes.append(box)
            box.open()
        self.message.emit(text)

    # ------------------------------------------------------------ actions and keys

    def action(
        self,
        owner: QWidget,
        command_id: str,
        trigger: Callable[[], object],
        *,
        icon: str = "",
        keys: tuple[str, ...] | None = None,
        gated: bool = True,
        text: str = "",
        tip: str = "",
    ) -> QAction:
        """A QAction for a command: translated title, its default keys as gated shortcuts
        of ``owner``, the command id as its object name (a test walks them all)."""
        command = self.registry.get(command_id) if command_id in self.registry else None
        title = text or (tr_title(command) if command is not None else command_id)
        keys = keys if keys is not None else (command.keys if command is not None else ())
        action = QAction(title, owner)
        action.setObjectName(command_id)
        action.setIconText(title)
        if icon:
            action.setIcon(theme.icon(icon))
        long_tip = tip or (QCoreApplication.translate("commands", command.tip) if command and command.tip else title)
        if keys:
            shown = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            action.setToolTip(f"{long_tip} ({shown})")
            action.setData(shown)
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), owner)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda a=action, g=gated: fire(a, g))
        else:
            action.setToolTip(long_tip)
        action.triggered.connect(lambda _checked=False: trigger())
        return action


def fire(action: QAction, gated: bool = True) -> None:
    """A shortcut's press: nothing while typing (when gated) or while the action is off."""
    if (gated and typing_in_progress()) or not action.isEnabled():
        return
    action.trigger()


def menu_text(action: QAction) -> None:
    """Show an action's keys in menus (the text after a tab)."""
    shown = action.data()
    if shown and isinstance(shown, str) and "\t" not in action.text():
        action.setText(f"{action.text()}\t{shown}")


def add_live_keys(window: QWidget, bindings: list[tuple[QAction, tuple[str, ...]]]) -> list[QShortcut]:
    """The live shortcuts of the console on another window (stage, rooms, polls), so they
    work from every console window; gated like the originals."""
    made = []
    for action, keys in bindings:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda a=action: fire(a))
            made.append(shortcut)
    return made


def file_name(text: str) -> str:
    """A suggested file name every system can save: no characters Windows refuses (a show
    title like "Kickoff: day 1"), no path separators, no trailing dots or spaces."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text)
    return " ".join(cleaned.split()).strip(" .") or "file"


def _suffix(name_filter: str) -> str:
    """'Excel (*.xlsx)' -> 'xlsx'."""
    return name_filter.rsplit("*.", 1)[-1].rstrip(")").split()[0] if "*." in name_filter else ""


_saved_in: list[str] = []  # the folder of the last file saved from a save dialog in this run


def save_folder() -> Path:
    """Where a save dialog starts: the folder the last file was saved to in this run, else
    the home folder (never the process's working folder)."""
    from pathlib import Path

    return Path(_saved_in[0]) if _saved_in and Path(_saved_in[0]).is_dir() else Path.home()


def saved_to(path: str) -> None:
    """A save dialog chose ``path``: the next one starts in its folder."""
    from pathlib import Path

    if path:
        _saved_in[:] = [str(Path(path).parent)]


def ask_save(parent: QWidget, title: str, name: str, pattern: str, chosen: Callable[[str], object]) -> QWidget:
    """A save dialog (opened, not exec'd) in :func:`save_folder`; ``chosen`` gets the path. A
    name typed without a suffix gets the chosen filter's; choosing another filter changes
    the suggested name's suffix with it."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    filters = pattern.split(";;")
    dialog = QFileDialog(parent, title, str(save_folder() / file_name(name)), pattern)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(_suffix(filters[0]))

    def filter_chosen(name_filter: str) -> None:
        suffix = _suffix(name_filter)
        dialog.setDefaultSuffix(suffix)
        picked = dialog.selectedFiles()
        if suffix and picked:
            current = Path(picked[0])
            if current.suffix and current.suffix[1:].lower() in {_suffix(f) for f in filters}:
                dialog.selectFile(current.with_suffix("." + suffix).name)

    dialog.filterSelected.connect(filter_chosen)
    dialog.fileSelected.connect(saved_to)
    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def window_actions(
    runner: CommandRunner,
    window: QWidget,
    stack: QUndoStack,
    bindings: list[tuple[str, Callable[[], object]]],
) -> dict[str, QAction]:
    """A side window's command actions (keys from the registry) and its own Undo/Redo
    (Ctrl+Z there undoes what was done there), all added to the window."""
    actions = {command_id: runner.action(window, command_id, slot) for command_id, slot in bindings}
    undo = stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "Undo"))
    redo = stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "Redo"))
    for action, name, keys in (
        (undo, "edit.undo", QKeySequence.StandardKey.Undo),
        (redo, "edit.redo", QKeySequence.StandardKey.Redo),
    ):
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actions[name] = action
    window.addActions(list(actions.values()))
    return actions
