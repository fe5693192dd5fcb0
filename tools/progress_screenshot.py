"""Save a picture of the progress page over seeded history, to look at it with one's own eyes.

    python tools/progress_screenshot.py /tmp/progress_month.png
    python tools/progress_screenshot.py /tmp/progress_10y.png --years 10
    python tools/progress_screenshot.py /tmp/dark.png --dark --full --range 90
    python tools/progress_screenshot.py /tmp/running.png --years 1 --runs --section running

The history is the deterministic one from tests/history_seed.py (and with --runs the runs
from tests/run_seed.py over the same days), written into a temporary
folder that is removed afterwards; "today" is the seed's last day. Runs with offscreen Qt
unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.storage.database import LOG_FILE_NAME, open_log
from app.storage.history import History
from app.storage.statistics import Statistics
from app.ui.progress import ProgressPage
from tests.history_seed import seed_history
from tests.run_seed import seed_runs

WIDTH, HEIGHT = 1280, 900
END = date(2025, 12, 31)


def dark_palette() -> QPalette:
    """A plain dark palette, to check the page under a dark desktop theme."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#333333"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
        (QPalette.ColorRole.Mid, "#555555"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#333333"),
        (QPalette.ColorRole.ToolTipText, "#eeeeee"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="where to save the PNG")
    parser.add_argument("--years", type=int, default=0, help="years of history (else a month)")
    parser.add_argument("--range", type=int, choices=(30, 90, 365), default=30, dest="days")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="window size, WxH")
    parser.add_argument(
        "--full", action="store_true", help="the whole scrolled page, not just the window"
    )
    parser.add_argument("--runs", action="store_true", help="seed runs beside the workouts")
    parser.add_argument(
        "--section", choices=("running",), help="scroll the page to this section first"
    )
    parser.add_argument(
        "--running-range", choices=("13", "52", "all"), help="the running section's range"
    )
    parser.add_argument("--measure", choices=("distance", "time"), help="what the bars show")
    parser.add_argument("--lang", help="the page's language, e.g. de (default: the desktop's)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    from app.ui.translator import install_language

    install_language(app, args.lang, None)
    if args.dark:
        app.setPalette(dark_palette())
    days = args.years * 365 + args.years // 4 if args.years else 30
    with tempfile.TemporaryDirectory() as folder:
        seed_history(Path(folder) / LOG_FILE_NAME, days=days, end=END)
        if args.runs:
            seed_runs(Path(folder) / LOG_FILE_NAME, days=days, end=END)
        with open_log(folder) as log:
            page = ProgressPage(Statistics(log, today=lambda: END), History(log))
            page.range_selector.set_days(args.days)
            width, height = (int(part) for part in args.size.split("x"))
            page.resize(width, height)
            if args.running_range:
                page.running.range.choose(args.running_range)
            if args.measure:
                page.running.measure.choose(args.measure)
            page.show()
            app.processEvents()
            if args.section == "running":
                page.scroll_area.verticalScrollBar().setValue(page.running.y() - 8)
                app.processEvents()
            target = (page.scroll_area.widget() or page) if args.full else page
            saved = target.grab().save(str(args.output))
            page.close()
            page.deleteLater()
            app.processEvents()
    if not saved:
        print(f"could not save {args.output}", file=sys.stderr)
        return 1
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
