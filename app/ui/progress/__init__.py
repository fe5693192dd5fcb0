"""The progress view: headline numbers, a daily chart, a year calendar and the history."""

from app.ui.progress.progress_page import ProgressPage

__all__ = ["ProgressPage"]
