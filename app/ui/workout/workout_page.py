"""The workout page: the display, the plan form, and the buttons that drive a session."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.audio.cue_feeder import CueFeeder
from app.audio.cue_thread import CueThread
from app.audio.cue_threads import start_cue_thread
from app.audio.player import CuePlayer
from app.audio.workout_cues import quiet_after, workout_cues
from app.core.clock import Clock
from app.core.cues import CueKind
from app.core.events import Event, Finished, PhaseStarted, Stopped
from app.core.plan import Plan
from app.core.plan_error import PlanError
from app.core.readout import Readout, read
from app.core.session import ScheduledCue, Session
from app.core.session_state import SessionState
from app.core.timeline import build_timeline
from app.ui.error_text import error_text
from app.ui.plan.plan_form import PlanForm
from app.ui.plan.plan_settings import PlanSettings
from app.ui.workout.session_driver import SessionDriver
from app.ui.workout.workout_controls import WorkoutControls
from app.ui.workout.workout_display import WorkoutDisplay

FLASH_MS = 250
# If the done cue never reports back (a broken player), finish anyway after this long.
DONE_FALLBACK_S = 2.0
# After the last sound's end, before "done" (which --quit-when-done quits on): the cue engine
# places a sound by its stream's clock, which may hear it a few ms after its deadline, and
# the stream still holds its last frames; quitting at once cut the spoken "done" short.
PLAY_OUT_S = 0.25

SessionHook = Callable[[Session, Plan], None]
"""Called with each new session and its plan, before the session starts."""


class _CueBridge(QObject):
    """Carries reports from the cue thread onto the GUI thread (queued signals)."""

    played = Signal(object)
    problem = Signal(str)


class WorkoutPage(QWidget):
    """Runs one workout at a time; receives its clock, player and log hook from outside."""

    readout_changed = Signal(object)
    """The current Readout, for the window title and tray."""
    workout_done = Signal()
    """The workout finished and its done cue has played out."""
    workout_ended = Signal(bool)
    """A workout ended: True when finished, False when stopped."""

    def __init__(
        self,
        clock: Clock,
        player: CuePlayer,
        settings: PlanSettings,
        plan: Plan,
        on_session: SessionHook | None = None,
        parent: QWidget | None = None,
        *,
        voice: bool = True,
        display: WorkoutDisplay | None = None,
    ) -> None:
        """``display``: the first frame's display, to take over instead of making one."""
        super().__init__(parent)
        self._clock = clock
        self._player = player
        self._voice = voice
        self._settings = settings
        self._on_session = on_session
        self._driver: SessionDriver | None = None
        self._cues: CueThread | CueFeeder | None = None
        self._bridge = _CueBridge(self)
        self._bridge.played.connect(self._cue_played)
        self._bridge.problem.connect(self.show_sound_problem)
        self._done_timer = QTimer(self)
        self._done_timer.setSingleShot(True)
        self._done_timer.timeout.connect(self.workout_done)
        self._done_played = False

        self.display = display if display is not None else WorkoutDisplay()
        self.display.setParent(self)
        self.form = PlanForm(self)
        self.form.set_plan(plan)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Messages"))
        self.message.setWordWrap(True)
        self.sound_notice = QLabel(self)
        self.sound_notice.setAccessibleName(self.tr("Sound status"))
        self.sound_notice.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.sound_notice.hide()

        self.controls = WorkoutControls(self.toggle, self.skip, self.stop, self.toggle_mute, self)
        self.start_button = self.controls.start_button
        self.skip_button = self.controls.skip_button
        self.stop_button = self.controls.stop_button
        self.mute_button = self.controls.mute_button
        self.volume = self.controls.volume
        self.volume.setValue(round(settings.volume * 100))
        self.volume.valueChanged.connect(self._volume_changed)
        player.volume = settings.volume
        self.set_muted(settings.muted or player.muted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.display, 1)
        for widget in (self.sound_notice, self.form, self.message):
            widget.setContentsMargins(8, 0, 8, 0)
            layout.addWidget(widget)
        layout.addWidget(self.controls)
        self._floor = False
        self._last_words: Readout | None = None
        # Any edit, or a routine chosen, shows the new workout's length before it starts.
        self.form.plan_changed.connect(self._preview)

        self.session = self._idle_session(plan)
        self.display.set_high_contrast(settings.high_contrast)
        if player.problem:
            self.show_sound_problem(player.problem)
        self._refresh()

    def _idle_session(self, plan: Plan) -> Session:
        timeline = build_timeline(plan)
        cues = workout_cues(timeline, self._player, voice=self._voice)
        return Session(timeline, self._clock, cues)

    def _preview(self) -> None:
        if self.session.is_active:
            return
        try:
            self.session = self._idle_session(self.form.plan())
            self.message.clear()
        except PlanError as error:
            self.message.setText(self._cannot_start(error))
        self._refresh()

    def _cannot_start(self, error: PlanError) -> str:
        return self.tr("Cannot start: {reason}.").format(reason=error_text(error))

    # commands

    def toggle(self) -> None:
        """Space: start a workout, or pause/resume the one running."""
        if self.session.is_active:
            self.session.toggle_pause()
            self._refresh()
            return
        self.start()

    def start(self) -> None:
        """Start a new workout with the plan in the form."""
        try:
            plan = self.form.plan()
        except PlanError as error:
            self.message.setText(self._cannot_start(error))
            return
        self.message.clear()
        self._settings.save_plan(plan)
        self._close_workout()
        session = self._idle_session(plan)
        self.session = session
        self._driver = SessionDriver(session, self._clock, self)
        self._driver.event.connect(self._on_event)
        self._driver.refresh.connect(self._refresh)
        if self._on_session is not None:
            self._on_session(session, plan)
        self._cues = start_cue_thread(session, self._player, self._clock, self._report_played)
        self.form.hide()
        self._done_played = False
        # The cue engine's stream needs ~0.1 s before what it is given is heard: the workout
        # starts that much later, so that its first cue (the count-in) is on time too.
        session.start(lead_in=self._cues.lead_in)
        self._refresh()

    def catch_up(self) -> None:
        """Report whatever is due now and repaint, without waiting for the timers."""
        if self._driver is not None:
            self._driver.poll()
        self._refresh()

    def skip(self) -> None:
        self.session.skip()
        self._refresh()

    def stop(self) -> None:
        self.session.stop()
        self._refresh()

    def toggle_mute(self) -> None:
        self.set_muted(not self._player.muted)

    def set_muted(self, muted: bool, *, remember: bool = True) -> None:
        self._player.muted = muted
        if remember:
            self._settings.muted = muted
        self.controls.show_muted(muted)

    @property
    def voice(self) -> bool:
        return self._voice

    def set_voice(self, on: bool) -> None:
        """Say the exercises, rest, switch and countdown aloud; from the next workout on."""
        self._voice = on
        self._settings.voice = on
        self._preview()

    def sounds_changed(self) -> None:
        """The player's sounds changed length: words are fitted between them anew."""
        self._preview()

    def _volume_changed(self, value: int) -> None:
        self._player.volume = value / 100
        self._settings.volume = value / 100

    def set_high_contrast(self, on: bool) -> None:
        self.display.set_high_contrast(on)
        self._settings.high_contrast = on

    def set_floor_mode(self, on: bool) -> None:
        """Show only the display, sized for three metres; the controls come back after."""
        self._floor = on
        self.display.set_minimal(on)
        for widget in (self.controls, self.message):
            widget.setVisible(not on)
        self.form.setVisible(not on and not self.session.is_active)
        self.sound_notice.setVisible(not on and self._player.problem is not None)

    # reports

    def show_message(self, text: str) -> None:
        """A one-line report for the user (saving problems, a moved log file)."""
        self.message.setText(text)

    def show_sound_problem(self, problem: str) -> None:
        """Say why there is no sound; phase changes flash the display instead."""
        reason = problem.rstrip(". ")
        self.sound_notice.setText(
            self.tr("{reason}. The screen flashes at each change instead.").format(reason=reason)
        )
        # Floor mode shows only what reads from the mat; the notice returns when it ends.
        self.sound_notice.setVisible(not self._floor)

    def _report_played(self, scheduled: ScheduledCue, played_at: float) -> None:
        # Called on the cue thread: hop to the GUI thread through a queued signal.
        self._bridge.played.emit(scheduled)
        problem = self._player.problem
        if problem:
            self._bridge.problem.emit(problem)

    def _cue_played(self, scheduled: ScheduledCue) -> None:
        if scheduled.cue.kind is CueKind.DONE and scheduled.cue in self.session.cues:
            self._done_played = True
            tail = quiet_after(scheduled.cue, self.session.cues, self._player) + PLAY_OUT_S
            self._done_timer.start(round(tail * 1000))

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PhaseStarted):
            self._refresh()  # the new phase shows at its deadline, not at the next repaint
        if isinstance(event, PhaseStarted | Finished) and self._player.problem:
            self.display.set_flash(True)
            # Tied to the display, so the timer dies with it if the window closes first.
            QTimer.singleShot(FLASH_MS, self.display, lambda: self.display.set_flash(False))
        if isinstance(event, Finished) and not self._done_played:
            self._done_timer.start(round(DONE_FALLBACK_S * 1000))
        if isinstance(event, Finished | Stopped):
            if not self._floor:
                self.form.show()
            self.workout_ended.emit(isinstance(event, Finished))

    def _refresh(self) -> None:
        readout: Readout = read(self.session)
        self.display.show_readout(readout)
        self.controls.show_state(
            active=self.session.is_active, paused=readout.state is SessionState.PAUSED
        )
        # The title bar and the tray show words and seconds, not the progress bar: telling
        # them 20 times a second would redraw the tray icon for nothing.
        words = dataclasses.replace(readout, progress=0.0)
        if words != self._last_words:
            self._last_words = words
            self.readout_changed.emit(readout)

    def _close_workout(self) -> None:
        if self._driver is not None:
            self._driver.shut_down()
            self._driver.deleteLater()
            self._driver = None
        if self._cues is not None:
            self._cues.close()
            self._cues = None

    def shut_down(self) -> None:
        """Stop a running workout (it is logged as stopped) and silence everything."""
        self.session.stop()
        self._close_workout()
        self._done_timer.stop()
        self._player.stop_all()
