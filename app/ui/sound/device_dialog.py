"""Settings -> Output device: the system default or a named device, remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.audio.output_devices import OutputDevice
from app.core.message import QT_TRANSLATE_NOOP

DEFAULT_LABEL = QT_TRANSLATE_NOOP("DeviceDialog", "System default")


def default_label() -> str:
    """ "System default" in the window's language."""
    return QCoreApplication.translate("DeviceDialog", DEFAULT_LABEL)


class DeviceDialog(QDialog):
    """A list of devices, the current one selected; ``chosen()`` after it is accepted."""

    def __init__(
        self, devices: list[OutputDevice], current: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Output device"))
        self.devices = QComboBox(self)
        self.devices.setAccessibleName(self.tr("Output device"))
        self.devices.addItem(default_label(), "")
        for device in devices:
            self.devices.addItem(device.label, device.key)
        index = self.devices.findData(current or "")
        self.devices.setCurrentIndex(max(0, index))
        text = QLabel(
            self.tr(
                "Where the cues play. The system default follows your desktop's choice; a "
                "named device is used whenever it is there, and the default otherwise."
            ),
            self,
        )
        text.setWordWrap(True)
        label = QLabel(self.tr("&Play cues on:"), self)
        label.setBuddy(self.devices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, label, self.devices, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)

    def chosen(self) -> OutputDevice | None:
        """The device picked, or None for the system default."""
        key = str(self.devices.currentData() or "")
        return OutputDevice(key, self.devices.currentText()) if key else None
