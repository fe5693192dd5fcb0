"""The optional check-in after a workout: back pain 0-10 and a note. Esc skips it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.checkin import CheckInError, valid_note
from app.ui.error_text import error_text

SCORES = range(11)


class CheckInDialog(QDialog):
    """Asks how the back feels today; a digit key picks a score ("1" then "0" is ten)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in"))
        question = QLabel(
            self.tr("How does your back feel today? 0 = no pain, 10 = worst pain"), self
        )
        question.setWordWrap(True)
        self.scores = QButtonGroup(self)
        grid = QGridLayout()
        for score in SCORES:
            button = QPushButton(QLocale().toString(score), self)
            button.setCheckable(True)
            button.setMinimumSize(44, 44)
            button.setAccessibleName(self.tr("Back pain {score} of 10").format(score=score))
            self.scores.addButton(button, score)
            grid.addWidget(button, 0, score)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("A note (optional): how it went, what hurt"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(2000)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b3261e; }")
        self.error.setAccessibleName(self.tr("Problem with the note"))
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        skip = buttons.addButton(self.tr("Skip  [Esc]"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setAccessibleName(self.tr("Skip the check-in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._typed_one = False

    def back_pain(self) -> int | None:
        chosen = self.scores.checkedId()
        return chosen if chosen in SCORES else None

    def note_text(self) -> str | None:
        text = self.note.text().strip()
        return text or None

    def accept(self) -> None:
        """Save, unless the note is not one line of printable text: then say why and stay."""
        try:
            valid_note(self.note.text())
        except CheckInError as error:
            text = error_text(error)
            self.error.setText(text[:1].upper() + text[1:] + ".")
            self.error.show()
            # Room for the line without squeezing the question above it: a dialog does not
            # grow to fit word-wrapped labels by itself.
            self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))
            self.note.setFocus()
            return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        if not self.note.hasFocus() and text.isdigit():
            digit = int(text)
            # "1" then "0" is ten: the only two-digit score.
            score = 10 if self._typed_one and digit == 0 else digit
            self._typed_one = digit == 1
            button = self.scores.button(score)
            button.setChecked(True)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
