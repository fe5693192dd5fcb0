"""Settings -> Output device: the system default or a named device, remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.audio.output_devices import OutputDevice

DEFAULT_LABEL = "System default"


class DeviceDialog(QDialog):
    """A list of devices, the current one selected; ``chosen()`` after it is accepted."""

    def __init__(
        self, devices: list[OutputDevice], current: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Output device")
        self.devices = QComboBox(self)
        self.devices.setAccessibleName("Output device")
        self.devices.addItem(DEFAULT_LABEL, "")
        for device in devices:
            self.devices.addItem(device.label, device.key)
        index = self.devices.findData(current or "")
        self.devices.setCurrentIndex(max(0, index))
        text = QLabel(
            "Where the cues play. The system default follows your desktop's choice; a named "
            "device is used whenever it is there, and the default otherwise.",
            self,
        )
        text.setWordWrap(True)
        label = QLabel("&Play cues on:", self)
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
