"""Settings -> Sounds: the built-in sound or a file of the user's for each beep, with a Play
button to try it. A file that cannot be read is refused with one line and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
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
from app.core.message import QT_TRANSLATE_NOOP
from app.ui.error_text import message_text

NAMES = {
    CueKind.TICK: QT_TRANSLATE_NOOP("SoundsDialog", "Countdown tick"),
    CueKind.HOLD: QT_TRANSLATE_NOOP("SoundsDialog", "Hold"),
    CueKind.REST: QT_TRANSLATE_NOOP("SoundsDialog", "Rest"),
    CueKind.SWITCH: QT_TRANSLATE_NOOP("SoundsDialog", "Switch"),
    CueKind.DONE: QT_TRANSLATE_NOOP("SoundsDialog", "Done"),
}
PATTERNS = "(*.wav *.flac *.ogg *.oga *.WAV *.FLAC *.OGG)"

Play = Callable[[CueKind, Path | None], str | None]
"""play(kind, file or None for the built-in) -> None, or a sentence saying why it could not
play, in the window's language."""
Changed = Callable[[CueKind, Path | None], None]


def cue_name(kind: CueKind) -> str:
    """The cue's name in the window's language ("Countdown tick")."""
    return QCoreApplication.translate("SoundsDialog", NAMES[kind])


def describe(path: Path) -> tuple[str | None, str]:
    """(problem, label) for a file, in the window's language: the problem is one line, or
    None when the file can be used."""
    try:
        sound = decode(path, limit=MAX_SECONDS)
    except SoundFileError as error:
        return message_text(error.message), ""
    if sound.cut:
        note = QCoreApplication.translate(
            "SoundsDialog", "{file} (cut at {seconds} s, with a fade)"
        )
        return None, note.format(file=path.name, seconds=_seconds(MAX_SECONDS))
    note = QCoreApplication.translate("SoundsDialog", "{file} ({seconds} s)")
    return None, note.format(file=path.name, seconds=_seconds(sound.seconds, 1))


def _seconds(value: float, decimals: int = -1) -> str:
    if decimals < 0:
        return QLocale().toString(value, "g", 6)
    return QLocale().toString(value, "f", decimals)


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
        self.setWindowTitle(self.tr("Sounds"))
        self._play = play
        self._changed = changed
        self._chosen: dict[CueKind, Path | None] = {kind: current.get(kind.value) for kind in BEEPS}
        self.labels: dict[CueKind, QLabel] = {}
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sound messages"))
        grid = QGridLayout()
        # Room for a file's name; a longer line widens the dialog rather than being cut.
        grid.setColumnMinimumWidth(1, 260)
        for row, kind in enumerate(BEEPS):
            name = cue_name(kind)
            grid.addWidget(QLabel(f"<b>{name}</b>", self), row, 0)
            label = QLabel(self)
            self.labels[kind] = label
            grid.addWidget(label, row, 1)
            for column, (text, slot) in enumerate(
                (
                    (self.tr("Choose &file…"), lambda _=False, k=kind: self._ask_file(k)),
                    (self.tr("&Built-in"), lambda _=False, k=kind: self.use_file(k, None)),
                    (self.tr("&Play"), lambda _=False, k=kind: self.play(k)),
                ),
                start=2,
            ):
                button = QPushButton(text.replace("&", "") if row else text, self)
                button.setAccessibleName(f"{text.replace('&', '')} ({name})")
                button.clicked.connect(slot)
                grid.addWidget(button, row, column)
            self._show(kind)
        hint = QLabel(
            self.tr(
                "WAV, FLAC or OGG files. A sound longer than {seconds} s is cut there, "
                "with a fade, so it cannot run into the next cue."
            ).format(seconds=_seconds(MAX_SECONDS)),
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
            self.labels[kind].setText(self.tr("Built-in"))
            return
        problem, label = describe(path)
        self.labels[kind].setText(label if problem is None else self.tr("Built-in"))

    def _ask_file(self, kind: CueKind) -> None:
        title = self.tr("Sound for {cue}").format(cue=cue_name(kind))
        name, _ = QFileDialog.getOpenFileName(self, title, "", f"{self.tr('Sounds')} {PATTERNS}")
        if name:
            self.use_file(kind, Path(name))

    def use_file(self, kind: CueKind, path: Path | None) -> bool:
        """Play ``path`` for ``kind`` from now on (None: the built-in); False if unusable."""
        if path is not None:
            problem, _ = describe(path)
            if problem is not None:
                unchanged = self.tr("{problem}. The sound for “{cue}” is unchanged.")
                self.message.setText(unchanged.format(problem=problem, cue=cue_name(kind)))
                return False
        self._chosen[kind] = path
        self._changed(kind, path)
        self.message.clear()
        self._show(kind)
        return True

    def play(self, kind: CueKind) -> None:
        problem = self._play(kind, self._chosen[kind])
        if problem:
            self.message.setText(problem)
