"""Settings -> Sounds: the built-in sound or a file of the user's for each beep, with a Play
button to try it. A file that cannot be read is refused with one line and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audio.sound_bank import MAX_SECONDS, SoundFileError, decode
from app.core.cues import BEEPS, CueKind

NAMES = {
    CueKind.TICK: "Countdown tick",
    CueKind.HOLD: "Hold",
    CueKind.REST: "Rest",
    CueKind.SWITCH: "Switch",
    CueKind.DONE: "Done",
}
FILTER = "Sounds (*.wav *.flac *.ogg *.oga *.WAV *.FLAC *.OGG)"

Play = Callable[[CueKind, Path | None], str | None]
"""play(kind, file or None for the built-in) -> None, or why it could not play."""
Changed = Callable[[CueKind, Path | None], None]


def describe(path: Path) -> tuple[str | None, str]:
    """(problem, label) for a file: the problem is one line, or None when it can be used."""
    try:
        sound = decode(path, limit=MAX_SECONDS)
    except SoundFileError as error:
        return str(error), ""
    note = f" (cut at {MAX_SECONDS:g} s, with a fade)" if sound.cut else f" ({sound.seconds:.1f} s)"
    return None, path.name + note


class SoundsDialog(QDialog):
    """One row per beep: what plays now, Choose file..., Built-in, and Play."""

    def __init__(
        self,
        current: dict[str, Path],
        play: Play,
        changed: Changed,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sounds")
        self._play = play
        self._changed = changed
        self._chosen: dict[CueKind, Path | None] = {kind: current.get(kind.value) for kind in BEEPS}
        self.labels: dict[CueKind, QLabel] = {}
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Sound messages")
        grid = QGridLayout()
        for row, kind in enumerate(BEEPS):
            grid.addWidget(QLabel(f"<b>{NAMES[kind]}</b>", self), row, 0)
            label = QLabel(self)
            label.setMinimumWidth(260)
            self.labels[kind] = label
            grid.addWidget(label, row, 1)
            for column, (text, slot) in enumerate(
                (
                    ("Choose &file…", lambda _=False, k=kind: self._ask_file(k)),
                    ("&Built-in", lambda _=False, k=kind: self.use_file(k, None)),
                    ("&Play", lambda _=False, k=kind: self.play(k)),
                ),
                start=2,
            ):
                button = QPushButton(text.replace("&", "") if row else text, self)
                button.setAccessibleName(f"{text.replace('&', '')} ({NAMES[kind]})")
                button.clicked.connect(slot)
                grid.addWidget(button, row, column)
            self._show(kind)
        hint = QLabel(
            f"WAV, FLAC or OGG files. A sound longer than {MAX_SECONDS:g} s is cut there, "
            "with a fade, so it cannot run into the next cue.",
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _show(self, kind: CueKind) -> None:
        path = self._chosen[kind]
        if path is None:
            self.labels[kind].setText("Built-in")
            return
        problem, label = describe(path)
        self.labels[kind].setText(label if problem is None else "Built-in")

    def _ask_file(self, kind: CueKind) -> None:
        name, _ = QFileDialog.getOpenFileName(self, f"Sound for {NAMES[kind]}", "", FILTER)
        if name:
            self.use_file(kind, Path(name))

    def use_file(self, kind: CueKind, path: Path | None) -> bool:
        """Play ``path`` for ``kind`` from now on (None: the built-in); False if unusable."""
        if path is not None:
            problem, _ = describe(path)
            if problem is not None:
                self.message.setText(f"{problem}. The {NAMES[kind].lower()} sound is unchanged.")
                return False
        self._chosen[kind] = path
        self._changed(kind, path)
        self.message.clear()
        self._show(kind)
        return True

    def play(self, kind: CueKind) -> None:
        problem = self._play(kind, self._chosen[kind])
        if problem:
            self.message.setText(f"Cannot play it: {problem}.")
