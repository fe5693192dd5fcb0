"""Screenshots of the timer window in every phase, for a look from three metres away.

Run under a real X server: ``xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python
tools/window_screenshots.py OUT_DIR`` (or with QT_QPA_PLATFORM=offscreen). The clock is
moved by hand, so each picture shows a known moment.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.audio.silent_player import SilentPlayer
from app.core.plan import Plan
from app.ui.main_window import MainWindow
from app.ui.plan.plan_settings import PlanSettings
from app.ui.translator import install_language
from app.ui.workout.workout_page import WorkoutPage


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1024x720")
    parser.add_argument("--no-sound", action="store_true", help="show the no-sound notice")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--lang", help="the window's language, e.g. de (default: the desktop's)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    install_language(app, args.lang, None)
    clock = ManualClock()
    settings_file = Path(tempfile.mkdtemp()) / "settings.ini"
    settings = PlanSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    problem = "Sound is unavailable: no audio device" if args.no_sound else None
    page = WorkoutPage(clock, SilentPlayer(problem), settings, Plan.simple())
    window = MainWindow(page)
    window.resize(width, height)
    window.show()
    page.set_high_contrast(args.high_contrast)

    def shot(name: str) -> None:
        page.catch_up()
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(args.out / f"{name}.png"))

    shot("idle")
    page.start()
    clock.now += 1.2
    shot("get-ready")
    clock.now += 3.8 + 2.6
    shot("hold")
    clock.now += 7.4 + 1.5
    shot("rest")
    clock.now += 3.5 + 10 + 5 + 10
    shot("switch")
    page.toggle()
    shot("paused")
    page.toggle()
    clock.now += 20
    window.set_floor_mode(True)
    clock.now += 2
    shot("floor")
    window.set_floor_mode(False)
    clock.now += 1000
    shot("done")
    page.shut_down()
    return 0


if __name__ == "__main__":
    sys.exit(main())
