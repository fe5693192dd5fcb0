"""Log → Add a run…: a run typed in by someone without a watch, checked like every run."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.run import EARLIEST_START, Run, RunError, Sport
from app.ui.error_text import error_text
from app.ui.progress.progress_text import moment_format, sport_text


class AddRunDialog(QDialog):
    """Start, minutes, optional kilometres and effort, and the kind of run.

    On OK the values go through :class:`Run`; a value it refuses is said under the form and
    the dialog stays open. ``run`` holds the accepted run.
    """

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a run"))
        self.run: Run | None = None
        not_known = self.tr("not known")
        self.start = QDateTimeEdit(QDateTime(now.replace(second=0, microsecond=0)), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(moment_format())  # as the runs table shows the start
        self.start.setMaximumDateTime(QDateTime(now))
        self.start.setMinimumDateTime(QDateTime(EARLIEST_START))
        self.start.setAccessibleName(self.tr("Started at"))
        self.minutes = QDoubleSpinBox(self)
        self.minutes.setRange(1, 48 * 60)
        self.minutes.setDecimals(0)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min", "after a number of minutes"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.km = QDoubleSpinBox(self)
        self.km.setRange(0, 500)
        self.km.setDecimals(2)
        self.km.setSingleStep(0.5)
        self.km.setSuffix(self.tr(" km", "after a number of kilometres"))
        self.km.setSpecialValueText(not_known)  # 0 means the distance is not known
        self.km.setAccessibleName(self.tr("Distance in kilometres"))
        self.effort = QSpinBox(self)
        self.effort.setRange(0, 10)
        self.effort.setSpecialValueText(not_known)
        self.effort.setSuffix(self.tr(" of 10", "after an effort from 1 to 10"))
        self.effort.setAccessibleName(self.tr("Effort, 1 easy to 10 all out"))
        self.sport = QComboBox(self)
        for sport in Sport:
            self.sport.addItem(sport_text(sport), sport)
        self.sport.setAccessibleName(self.tr("Kind of run"))
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b3261e; }")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()  # no empty line under the form until there is something to say
        form = QFormLayout()
        form.addRow(self.tr("&Started"), self.start)
        form.addRow(self.tr("&Time"), self.minutes)
        form.addRow(self.tr("&Distance"), self.km)
        form.addRow(self.tr("&Effort (1 easy, 10 all out)"), self.effort)
        form.addRow(self.tr("&Kind"), self.sport)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add run"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.start.setFocus()

    def entered_run(self) -> Run:
        """The run the form says; RunError (one line) when a value is refused."""
        started = self.start.dateTime().toPython()
        assert isinstance(started, datetime)
        return Run(
            started_at=started.astimezone(),  # the machine's zone as it was that day
            elapsed_seconds=self.minutes.value() * 60,
            sport=self.sport.currentData(),
            distance_m=self.km.value() * 1000 or None,
            effort=self.effort.value() or None,
        )

    def accept(self) -> None:
        try:
            self.run = self.entered_run()
        except RunError as error:
            text = error_text(error)
            self.error.setText(text[:1].upper() + text[1:] + ".")
            self.error.show()
            # A dialog does not grow to fit a word-wrapped line by itself.
            self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))
            return
        super().accept()
