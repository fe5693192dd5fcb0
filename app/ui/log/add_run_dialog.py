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

from app.core.run import Run, RunError, Sport

NOT_KNOWN = "not known"


class AddRunDialog(QDialog):
    """Start, minutes, optional kilometres and effort, and the kind of run.

    On OK the values go through :class:`Run`; a value it refuses is said under the form and
    the dialog stays open. ``run`` holds the accepted run.
    """

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a run")
        self.run: Run | None = None
        self.start = QDateTimeEdit(QDateTime(now.replace(second=0, microsecond=0)), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.start.setMaximumDateTime(QDateTime(now))
        self.start.setAccessibleName("Started at")
        self.minutes = QDoubleSpinBox(self)
        self.minutes.setRange(1, 48 * 60)
        self.minutes.setDecimals(0)
        self.minutes.setValue(30)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Minutes")
        self.km = QDoubleSpinBox(self)
        self.km.setRange(0, 500)
        self.km.setDecimals(2)
        self.km.setSingleStep(0.5)
        self.km.setSuffix(" km")
        self.km.setSpecialValueText(NOT_KNOWN)  # 0 means the distance is not known
        self.km.setAccessibleName("Distance in kilometres")
        self.effort = QSpinBox(self)
        self.effort.setRange(0, 10)
        self.effort.setSpecialValueText(NOT_KNOWN)
        self.effort.setSuffix(" of 10")
        self.effort.setAccessibleName("Effort, 1 easy to 10 all out")
        self.sport = QComboBox(self)
        for sport in Sport:
            self.sport.addItem(sport.title, sport)
        self.sport.setAccessibleName("Kind of run")
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b3261e; }")
        self.error.setAccessibleName("Problem")
        form = QFormLayout()
        form.addRow("&Started", self.start)
        form.addRow("&Time", self.minutes)
        form.addRow("&Distance", self.km)
        form.addRow("&Effort (1 easy, 10 all out)", self.effort)
        form.addRow("&Kind", self.sport)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add run")
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
            self.error.setText(str(error).capitalize())
            return
        super().accept()
