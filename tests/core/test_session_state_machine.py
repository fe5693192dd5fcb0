"""A session driven by random presses of start, pause, resume, skip and stop as time passes.

After every step the session must still tell the truth: phases in plan order, no hold longer
than planned, every finished hold logged once, pauses counted to the second, and the cue
schedule moved by exactly the pause.
"""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from app.core.cues import SAME_MOMENT, CueKind
from app.core.events import CueDue, Event, Finished, HoldFinished, PhaseStarted, Stopped
from app.core.exercise import BUILT_IN
from app.core.plan import Plan
from app.core.session import ScheduledCue
from app.core.session_state import SessionState
from app.core.timeline import Phase, PhaseKind, build_timeline
from tests.core.test_session_properties import seconds
from tests.fakes import FakeClock, recorded_session

# a deadline less than SAME_MOMENT ahead counts as reached, so allow a little more than that
CLOSE = 2 * SAME_MOMENT


@st.composite
def short_plans(draw: st.DrawFn) -> Plan:
    """Valid plans short enough for a few dozen steps to reach the end, floats included."""
    return Plan.simple(
        draw(st.lists(st.sampled_from(BUILT_IN), min_size=1, max_size=3, unique=True)),
        hold=draw(seconds((1, 8))),
        rest=draw(seconds((1, 5))),
        rounds=draw(st.integers(1, 3)),
        get_ready=draw(seconds((0, 5))),
        switch=draw(seconds((0, 6))),
    )


class SessionMachine(RuleBasedStateMachine):
    """Drives one session and keeps its own account of time to check the session against."""

    @initialize(
        plan=short_plans(),
        start=st.floats(0, 1e5),
        start_at_once=st.sampled_from([True, True, True, False]),
    )
    def setup(self, plan: Plan, start: float, start_at_once: bool) -> None:
        self.timeline = build_timeline(plan)
        self.index_of: dict[Phase, int] = {p: i for i, p in enumerate(self.timeline.phases)}
        self.clock = FakeClock(start)
        self.session, self.recorder = recorded_session(self.timeline, self.clock)
        self.checked = 0  # events already checked
        self.started_at: float | None = None
        self.paused_total = 0.0
        self.pause_began: float | None = None
        self.skipped_total = 0.0
        self.stopped_offset: float | None = None
        self.last_phase = -1
        self.last_cue = -1
        self.last_at = float("-inf")
        self.held_total = 0.0
        self.holds_reported: set[int] = set()
        self.skipped_spans: list[tuple[float, float]] = []
        self.cut_allowed = False  # only skip and stop may cut a hold short
        self.cut_offset = 0.0
        self.schedule_at_pause: list[ScheduledCue | None] | None = None
        if start_at_once:  # else the start rule starts it, at some later clock time
            self.start()

    # the model's own account of planned time

    def offset(self) -> float:
        """Planned seconds behind us, from the model's bookkeeping alone."""
        assert self.started_at is not None
        if self.stopped_offset is not None:
            return self.stopped_offset
        frozen = self.pause_began if self.pause_began is not None else self.clock.now
        return frozen - self.started_at - self.paused_total + self.skipped_total

    def schedule(self) -> list[ScheduledCue | None]:
        return [self.session.next_cue(i) for i in range(-1, len(self.session.cues))]

    def end_pause(self) -> None:
        assert self.pause_began is not None
        self.paused_total += self.clock.now - self.pause_began
        self.pause_began = None

    # rules: what the user and the clock do

    @rule()
    def start(self) -> None:
        was_idle = self.session.state is SessionState.IDLE
        self.session.start()
        if was_idle:
            self.started_at = self.clock.now

    @rule()
    def pause(self) -> None:
        before = self.schedule()
        self.session.pause()
        if self.session.state is SessionState.PAUSED and self.pause_began is None:
            self.pause_began = self.clock.now
            self.schedule_at_pause = before

    @rule()
    def resume(self) -> None:
        if self.session.state is not SessionState.PAUSED:
            self.session.resume()
            return
        assert self.pause_began is not None
        paused_for = self.clock.now - self.pause_began
        self.session.resume()
        self.end_pause()
        if self.schedule_at_pause is not None:
            # the remaining schedule, every cue later by exactly the pause
            for old, new in zip(self.schedule_at_pause, self.schedule(), strict=True):
                assert (old is None) == (new is None)
                if old is not None and new is not None:
                    assert new.cue == old.cue
                    assert abs(new.at - (old.at + paused_for)) <= CLOSE
        self.schedule_at_pause = None

    @rule(seconds=st.floats(0, 20, allow_nan=False, allow_infinity=False))
    def take_a_break(self, seconds: float) -> None:
        """Pause, let time pass, resume: the most common way a pause happens."""
        self.pause()
        self.clock.advance(seconds)
        self.resume()

    @rule()
    def skip(self) -> None:
        phase = self.session.phase
        if phase is None:
            self.session.skip()
            return
        self.check_events()  # what is already reported was not cut by this skip
        self.cut_offset = self.offset()
        # a skip first reports what was due, so the phase it ends may be a later one; a deadline
        # less than SAME_MOMENT ahead counts as reached
        index = self.timeline.index_at(self.cut_offset + SAME_MOMENT)
        if index < len(self.timeline.phases):
            end = self.timeline.phases[index].end
            self.skipped_spans.append((self.cut_offset, end))
            self.skipped_total += max(0.0, end - self.cut_offset)
        self.cut_allowed = True
        self.session.skip()
        self.check_events()
        self.cut_allowed = False
        self.schedule_at_pause = None  # the schedule changed while paused
        if self.session.state is SessionState.FINISHED and self.pause_began is not None:
            self.end_pause()  # the pause ends with the workout

    @rule()
    def stop(self) -> None:
        if not self.session.is_active:
            self.session.stop()
            return
        self.check_events()
        self.cut_allowed = True
        self.cut_offset = self.offset()
        self.session.stop()
        self.check_events()
        self.cut_allowed = False
        if self.session.state is SessionState.STOPPED:
            if self.pause_began is not None:
                self.end_pause()
            self.stopped_offset = self.cut_offset
        self.schedule_at_pause = None

    @rule(seconds=st.floats(0, 12, allow_nan=False, allow_infinity=False), update=st.booleans())
    def advance(self, seconds: float, update: bool) -> None:
        self.clock.advance(seconds)
        if update:
            self.session.update()

    @precondition(lambda self: self.session.next_deadline() is not None)
    @rule()
    def wake_at_next_deadline(self) -> None:
        deadline = self.session.next_deadline()
        assert deadline is not None
        self.clock.set(max(self.clock.now, deadline))
        self.session.update()
        after = self.session.next_deadline()
        assert after is None or after > deadline, "an update at the deadline left it pending"

    # checks

    def check_events(self) -> None:
        new: list[Event] = self.recorder.events[self.checked :]
        self.checked = len(self.recorder.events)
        for event in new:
            assert event.at >= self.last_at - CLOSE, "events out of time order"
            assert event.at <= self.clock.now + CLOSE, "an event reported before its time"
            self.last_at = max(self.last_at, event.at)
            if isinstance(event, PhaseStarted):
                assert event.index == self.last_phase + 1, "phases must follow the plan"
                assert event.phase == self.timeline.phases[event.index]
                self.last_phase = event.index
            elif isinstance(event, HoldFinished):
                self.check_hold(event)
            elif isinstance(event, CueDue):
                self.check_cue(event)
            elif isinstance(event, Finished):
                assert self.started_at is not None
                assert self.last_phase == len(self.timeline.phases) - 1
                paused = self.paused_total
                if self.pause_began is not None:  # a skip while paused ended the workout
                    paused += self.clock.now - self.pause_began
                expected = self.started_at + self.timeline.total + paused - self.skipped_total
                assert abs(event.at - expected) <= CLOSE

    def check_hold(self, event: HoldFinished) -> None:
        index = self.index_of[event.phase]
        assert event.phase.kind is PhaseKind.HOLD, "only holds are logged"
        assert index not in self.holds_reported, "a hold was logged twice"
        assert index == self.last_phase, "a hold is logged when it ends, before the next opens"
        self.holds_reported.add(index)
        assert 0 <= event.held <= event.phase.duration
        self.held_total += event.held
        if event.completed:
            assert event.held == event.phase.duration
        else:
            assert self.cut_allowed, "a hold cut short without skip or stop"
            expected = min(event.phase.duration, max(0.0, self.cut_offset - event.phase.start))
            assert abs(event.held - expected) <= CLOSE

    def check_cue(self, event: CueDue) -> None:
        cue = event.cue
        assert cue.index > self.last_cue, "a cue reported twice or out of order"
        self.last_cue = cue.index
        for begin, end in self.skipped_spans:
            inside = begin + 2 * SAME_MOMENT < cue.offset < end - 2 * SAME_MOMENT
            assert not inside, f"a cue in a skipped stretch was reported: {cue}"

    @invariant()
    def events_tell_the_truth(self) -> None:
        self.check_events()

    @invariant()
    def phases_only_move_forward(self) -> None:
        session = self.session
        assert session.phase_index == self.last_phase
        if session.is_active:
            assert session.phase == self.timeline.phases[self.last_phase]
        if session.state not in (SessionState.IDLE, SessionState.PAUSED) and session.is_active:
            assert session.state.value == self.timeline.phases[self.last_phase].kind.value

    @invariant()
    def time_held_never_exceeds_the_plan(self) -> None:
        planned = sum(hold.duration for hold in self.timeline.holds)
        assert self.held_total <= planned + CLOSE

    @invariant()
    def every_ended_hold_was_logged_once(self) -> None:
        ended = self.last_phase if self.session.is_active else self.last_phase + 1
        if self.session.state is SessionState.IDLE:
            ended = 0
        should = {i for i, p in enumerate(self.timeline.phases[:ended]) if p.kind is PhaseKind.HOLD}
        assert self.holds_reported == should
        if self.session.state is SessionState.FINISHED:
            assert len(self.recorder.of(HoldFinished)) == len(self.timeline.holds)

    @invariant()
    def paused_time_is_what_was_paused(self) -> None:
        ongoing = 0.0 if self.pause_began is None else self.clock.now - self.pause_began
        assert abs(self.session.paused_total - (self.paused_total + ongoing)) <= CLOSE
        assert abs(self.session.skipped_total - self.skipped_total) <= CLOSE

    @invariant()
    def the_clock_and_the_plan_agree(self) -> None:
        session = self.session
        if self.started_at is None:
            assert session.elapsed() == 0
            return
        expected = min(self.timeline.total, self.offset())
        assert abs(session.elapsed() - expected) <= CLOSE
        if not session.is_active:
            assert session.next_deadline() is None
            after_end = session.next_cue(-1)
            if session.state is SessionState.FINISHED:
                # The done cue stays on offer, for a cue thread that has not played it yet.
                assert after_end is not None
                assert after_end.cue == session.cues[-1]
                assert after_end.cue.kind is CueKind.DONE
                assert session.next_cue(after_end.cue.index) is None
            else:
                assert after_end is None
            return
        base = self.started_at + self.paused_total - self.skipped_total
        assert abs(session.clock_time(0.0) - base) <= CLOSE
        phase = self.timeline.phases[self.last_phase]
        assert abs(session.remaining() - max(0.0, phase.end - self.offset())) <= CLOSE
        if session.state is SessionState.PAUSED:
            assert session.next_cue(-1) is None
            return
        scheduled = session.next_cue(self.last_cue)
        if scheduled is not None:
            assert abs(scheduled.at - (base + scheduled.cue.offset)) <= CLOSE

    @invariant()
    def ended_sessions_stay_ended(self) -> None:
        stops = self.recorder.of(Stopped)
        finishes = self.recorder.of(Finished)
        assert len(stops) + len(finishes) <= 1
        if stops:
            assert self.session.state is SessionState.STOPPED
        if finishes:
            assert self.session.state is SessionState.FINISHED


SessionMachine.TestCase.settings = settings(max_examples=200, stateful_step_count=40, deadline=None)
TestSession = SessionMachine.TestCase
