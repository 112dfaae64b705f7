"""Counts read off the host client's screen and typed in by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from ...domain.polls import PollDef


class CountsEntry(QWidget):
    """Counts read off the host client's screen, typed in with the keyboard alone: Tab
    between fields, Enter saves."""

    def __init__(self, save: Callable[[dict[str, int]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.spins: list[tuple[str, QSpinBox]] = []
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("word=count, word=count … (or one answer per comma)"))
        self.words.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save counts"))
        self.save_button.setProperty("command", "polls.record_counts")
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self._poll: PollDef | None = None

    def set_poll(self, poll: PollDef | None, counts: dict[str, int]) -> None:
        if poll is not None and poll == self._poll and self.spins:
            for choice, spin in self.spins:  # the same poll: only the values change
                spin.setValue(counts.get(choice, 0))
            return
        if poll is not None and poll == self._poll and not poll.choices():
            self.words.setText(", ".join(f"{k}={v}" for k, v in counts.items()))
            return
        self._poll = poll
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.words, self.save_button):
                widget.hide()  # (deleted later: until then it would still be drawn)
                widget.deleteLater()
        self.spins = []
        # Taken out of the grid, the word field stays a child: hidden, or its frame shows
        # through behind the choices' labels (shown again where it is placed, below).
        self.words.hide()
        if poll is None:
            return
        choices = poll.choices()
        if choices:
            columns = 6 if len(choices) > 6 else len(choices)
            for i, choice in enumerate(choices):
                spin = QSpinBox()
                spin.setRange(0, 100000)
                spin.setValue(counts.get(choice, 0))
                spin.setAccelerated(True)
                label = QLabel(choice)
                label.setBuddy(spin)
                self.grid.addWidget(label, (i // columns) * 2, i % columns)
                self.grid.addWidget(spin, (i // columns) * 2 + 1, i % columns)
                self.spins.append((choice, spin))
            self.grid.addWidget(self.save_button, 0, columns, 2, 1)
            for (_, a), (_, b) in zip(self.spins, self.spins[1:], strict=False):
                QWidget.setTabOrder(a, b)
        else:
            self.words.setText(", ".join(f"{k}={v}" for k, v in counts.items()))
            self.grid.addWidget(self.words, 0, 0)
            self.grid.addWidget(self.save_button, 0, 1)
            self.words.show()

    def focus_first(self) -> None:
        for _, spin in self.spins:
            spin.setVisible(True)
        if self.spins:
            self.spins[0][1].setFocus()
            self.spins[0][1].selectAll()
        else:
            self.words.setFocus()

    def counts(self) -> dict[str, int]:
        if self.spins:
            return {choice: spin.value() for choice, spin in self.spins if spin.value()}
        out: dict[str, int] = {}
        for part in self.words.text().split(","):
            word, _, n = part.partition("=")
            word = word.strip()
            if not word:
                continue
            try:
                out[word] = out.get(word, 0) + (int(n) if n.strip() else 1)
            except ValueError:
                out[word] = out.get(word, 0) + 1
        return out

    def keyPressEvent(self, event: Any) -> None:
        """Enter in any count field saves (a spin box passes Enter on to its parent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        for _, spin in self.spins:
            spin.interpretText()
        self._save(self.counts())
