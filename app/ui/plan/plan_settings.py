"""Remembers the plan and sound settings between runs (QSettings)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSettings

from app.core.exercise import BUILT_IN, exercise_for
from app.core.plan import Plan
from app.core.plan_error import PlanError
from app.core.reminder import parse_reminder_time


class PlanSettings:
    """Reads and writes the last plan, mute and volume; bad stored values fall back to defaults."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings
        self._routine_in_use = False

    @property
    def store(self) -> QSettings:
        """Where these settings live, for other parts of the window to keep theirs beside them."""
        return self._settings

    @property
    def last_routine(self) -> str | None:
        """The routine chosen last in the plan form, or None for the Custom form values."""
        return str(self._settings.value("plan/routine", "") or "") or None

    def choose_routine(self, name: str | None) -> None:
        """Remember the routine the form now runs (None: the Custom values)."""
        self._routine_in_use = name is not None
        self._settings.setValue("plan/routine", name or "")
        self._settings.sync()

    def load_plan(self) -> Plan:
        s = self._settings
        default = Plan.simple()
        first = default.blocks[0]
        try:
            keys = str(s.value("plan/exercises", ",".join(e.key for e in BUILT_IN)))
            return Plan.simple(
                [exercise_for(key) for key in keys.split(",") if key],
                hold=int(s.value("plan/hold", first.hold)),  # type: ignore[call-overload]
                rest=int(s.value("plan/rest", first.rest)),  # type: ignore[call-overload]
                rounds=int(s.value("plan/rounds", first.rounds)),  # type: ignore[call-overload]
                get_ready=int(s.value("plan/get_ready", default.get_ready)),  # type: ignore[call-overload]
                switch=int(s.value("plan/switch", default.switch)),  # type: ignore[call-overload]
            )
        except (PlanError, TypeError, ValueError):
            return default

    def save_plan(self, plan: Plan) -> None:
        """Remember the Custom form's plan. A routine's plan lives in the routine store, so
        running one leaves the Custom values as the user last set them."""
        if self._routine_in_use:
            return
        first = plan.blocks[0]
        s = self._settings
        s.setValue("plan/exercises", ",".join(b.exercise.key for b in plan.blocks))
        s.setValue("plan/hold", int(first.hold))
        s.setValue("plan/rest", int(first.rest))
        s.setValue("plan/rounds", first.rounds)
        s.setValue("plan/get_ready", int(plan.get_ready))
        s.setValue("plan/switch", int(plan.switch))
        s.sync()

    @property
    def muted(self) -> bool:
        return str(self._settings.value("sound/muted", "false")).lower() == "true"

    @muted.setter
    def muted(self, value: bool) -> None:
        self._settings.setValue("sound/muted", "true" if value else "false")

    @property
    def volume(self) -> float:
        try:
            value = float(self._settings.value("sound/volume", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return min(1.0, max(0.0, value))

    @volume.setter
    def volume(self, value: float) -> None:
        self._settings.setValue("sound/volume", min(1.0, max(0.0, value)))

    @property
    def reminder(self) -> time | None:
        text = str(self._settings.value("reminder/time", "") or "")
        try:
            return parse_reminder_time(text) if text else None
        except ValueError:
            return None

    @reminder.setter
    def reminder(self, value: time | None) -> None:
        self._settings.setValue("reminder/time", value.strftime("%H:%M") if value else "")
        self._settings.sync()

    @property
    def high_contrast(self) -> bool:
        return str(self._settings.value("display/high_contrast", "false")).lower() == "true"

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._settings.setValue("display/high_contrast", "true" if value else "false")

    @property
    def voice(self) -> bool:
        """Spoken cues; on unless the user turned them off."""
        return str(self._settings.value("sound/voice", "true")).lower() == "true"

    @voice.setter
    def voice(self, value: bool) -> None:
        self._settings.setValue("sound/voice", "true" if value else "false")

    @property
    def language(self) -> str | None:
        """The language chosen in Settings -> Language, or None to follow the desktop."""
        return str(self._settings.value("display/language", "") or "") or None

    @language.setter
    def language(self, code: str | None) -> None:
        self._settings.setValue("display/language", code or "")
        self._settings.sync()

    @property
    def english_voice(self) -> bool:
        """Speak English words in a language that has no recorded voice (else beeps only)."""
        return str(self._settings.value("sound/english_voice", "false")).lower() == "true"

    @english_voice.setter
    def english_voice(self, value: bool) -> None:
        self._settings.setValue("sound/english_voice", "true" if value else "false")
