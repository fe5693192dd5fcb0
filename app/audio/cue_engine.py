"""The cue engine: one output stream for the whole workout, each cue mixed in on its clock.

:class:`CueEngine` is a :class:`~app.audio.player.CuePlayer` (so the window's volume, mute
and schedule building treat it like any player) and a :class:`CueScheduler`: the cue feeder
hands it each cue ahead of its deadline with :meth:`CueEngine.schedule`, and the stream's
callback mixes the cue in at the frame the stream's delay reports say is heard at that
deadline (:mod:`app.audio.stream_clock`, :mod:`app.audio.mixer`).

The stream is opened by :meth:`CueEngine.open` when a workout starts and closed by
:meth:`CueEngine.close` when it ends, so the device can sleep in between. When no stream
opens, every call goes to ``fallback`` (simpleaudio, a new stream per cue) and :attr:`path`
says so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Protocol

from app.audio.path_words import DEFAULT_DEVICE, ONE_STREAM, PER_CUE_BECAUSE, words
from app.audio.player import CuePlayer
from app.audio.sound_bank import SoundBank
from app.audio.stream_clock import StreamClock
from app.audio.stream_output import (
    BLOCK_FRAMES,
    OutputStream,
    StreamError,
    describe_library,
    play_once,
)
from app.core.cues import BEEPS, CueKind
from app.core.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from app.audio.mixer import Mixer, Samples

log = logging.getLogger(__name__)

OpenStream = Callable[..., OutputStream]


class CueScheduler(Protocol):
    """Takes cues ahead of time and plays each at its moment on an open stream."""

    def open(self) -> bool:
        """Open the stream; False (and the fallback in charge) when none opens."""
        ...

    def close(self) -> None: ...

    def prepare(self, names: list[str]) -> None:
        """Get the named sounds ready for the stream (resampled), before their cues."""
        ...

    def wait_ready(self, timeout: float) -> bool:
        """Wait until the stream's clock has settled (its cues can be placed); False if not."""
        ...

    def can_schedule(self, name: str) -> bool:
        """True when ``name`` ("hold", "voice/plank") is a sound this engine can mix."""
        ...

    def schedule(self, name: str, at: float, key: Hashable) -> None: ...

    def withdraw(self) -> None:
        """Take back every cue not yet started."""
        ...

    def silence(self) -> None:
        """Withdraw, and fade out what is playing."""
        ...

    def started(self, key: Hashable) -> bool:
        """True once the sound handed over as ``key`` has begun: it can no longer be withdrawn."""
        ...

    def heard_at(self, key: Hashable) -> float | None:
        """When the sound handed over as ``key`` starts to be heard, once it has been placed."""
        ...

    def earliest(self) -> float | None:
        """The soonest moment a cue handed over now can be heard; None without a settled stream."""
        ...

    def busy(self) -> bool:
        """Something is waiting or playing on the stream."""
        ...


def sound_name(kind: CueKind, clip: str | None) -> str:
    return f"voice/{clip}" if clip is not None else kind.value


class CueEngine:
    """Plays cues on one open stream; a fallback player covers the times no stream opens."""

    def __init__(
        self,
        bank: SoundBank,
        fallback: Callable[[], CuePlayer],
        *,
        device: str | None = None,
        open_stream: OpenStream = OutputStream,
    ) -> None:
        self.bank = bank
        self.device = device
        self._make_fallback = fallback
        self._fallback: CuePlayer | None = None
        self._open_stream = open_stream
        self._lock = threading.Lock()
        self._stream: OutputStream | None = None
        self._stream_clock: StreamClock | None = None
        self._mixer: Mixer | None = None
        self._muted = False
        self._volume = 1.0
        self._past_underruns = 0
        self._past_late_starts = 0
        self._past_worst_late_s = 0.0
        self._ready = threading.Event()
        self.stream_problem: Message | None = None
        """Why the last open failed, or None."""

    # the stream

    def open(self) -> bool:
        with self._lock:
            if self._stream is not None:
                return True
        from app.audio.mixer import Mixer  # loads NumPy: only once a workout starts

        parts: list[tuple[StreamClock, Mixer]] = []
        ready = threading.Event()
        self._ready = ready

        def fill(first: int, frames: int, heard_at: float | None, underrun: bool) -> Samples:
            clock, mixer = parts[0]
            if heard_at is not None:
                clock.observe(first, heard_at, underrun=underrun)
            if clock.settled and not ready.is_set():
                ready.set()
            return mixer.render(first, frames)

        try:
            stream = self._open_stream(fill, self.device)
            clock = StreamClock(stream.rate)
            mixer = Mixer(clock)
            mixer.volume, mixer.muted = self._volume, self._muted
            parts.append((clock, mixer))
            stream.start()
        except StreamError as error:
            self.stream_problem = error.message
            log.warning("cues fall back to simpleaudio: %s", error)
            return False
        with self._lock:
            self._stream, self._stream_clock, self._mixer = stream, clock, mixer
        self.stream_problem = None
        log.info("stream open at %d Hz: cues play through %s", stream.rate, self.path())
        return True

    def prepare(self, names: list[str]) -> None:
        """Resample the workout's sounds to the stream's rate now, not at their first cue."""
        stream = self._stream
        if stream is not None:
            self.bank.prepare(stream.rate, [n for n in names if self.bank.seconds(n)])

    def wait_ready(self, timeout: float) -> bool:
        return self._stream is not None and self._ready.wait(timeout)

    def close(self) -> None:
        with self._lock:
            stream, mixer = self._stream, self._mixer
            self._stream, self._mixer = None, None
        if stream is not None:
            stream.close()
            self._past_underruns += stream.underruns
            clock = self._stream_clock
            late = 0 if mixer is None else mixer.late_starts
            worst = 0.0 if mixer is None else mixer.worst_late_s
            self._past_late_starts += late
            self._past_worst_late_s = max(self._past_worst_late_s, worst)
            log.info(
                "stream closed: %d underruns, %d cues started late (worst %.1f ms), "
                "its clock rebuilt %d times and stepped %d",
                stream.underruns,
                late,
                worst * 1000,
                0 if clock is None else clock.rebuilds,
                0 if clock is None else clock.steps,
            )

    @property
    def streaming(self) -> bool:
        return self._stream is not None

    @property
    def underruns(self) -> int:
        """Underruns reported by every stream so far."""
        stream = self._stream
        return self._past_underruns + (0 if stream is None else stream.underruns)

    @property
    def late_starts(self) -> int:
        """Cues that started after their moment, on every stream so far: handed over after
        their frame had gone out, waiting while a new or rebuilt stream clock settled, or
        moved into the past by a step of that clock."""
        mixer = self._mixer
        return self._past_late_starts + (0 if mixer is None else mixer.late_starts)

    @property
    def worst_late_s(self) -> float:
        """How late the latest of :attr:`late_starts` started (seconds)."""
        mixer = self._mixer
        return max(self._past_worst_late_s, 0.0 if mixer is None else mixer.worst_late_s)

    @property
    def stream_clock(self) -> StreamClock | None:
        return self._stream_clock

    @property
    def mixer(self) -> Mixer | None:
        return self._mixer

    def path(self) -> str:
        """Which way cues reach the speakers, in a sentence for --verbose (English)."""
        return str(self.path_message())

    def path_message(self) -> Message:
        """Which way cues reach the speakers, translatable, for About."""
        try:
            library = describe_library()
        except StreamError as error:
            return words(PER_CUE_BECAUSE, reason=error.message)
        if self.stream_problem is not None:
            return words(PER_CUE_BECAUSE, reason=self.stream_problem)
        where = words(DEFAULT_DEVICE) if self.device is None else self.device
        return words(ONE_STREAM, library=library, where=where)

    @property
    def scheduler(self) -> CueScheduler:
        """This engine, for the cue feeder (a wrapping player passes it on)."""
        return self

    def preview(self, name: str) -> None:
        """Play one sound now, on the chosen device, to try it; StreamError says why not."""
        sound = self.bank.decoded(name)
        if sound is None:
            raise StreamError(QT_TRANSLATE_NOOP("errors", "there is no {name} sound"), name=name)
        gain = 0.0 if self._muted else self._volume
        play_once(sound.samples * gain, sound.rate, self.device)

    # CueScheduler

    def can_schedule(self, name: str) -> bool:
        return self._mixer is not None and self.bank.seconds(name) is not None

    def schedule(self, name: str, at: float, key: Hashable) -> None:
        self._add(name, at, key)

    def _add(self, name: str, at: float | None, key: Hashable) -> None:
        mixer, stream = self._mixer, self._stream
        if mixer is None or stream is None:
            return
        sound = self.bank.at_rate(name, stream.rate)
        if sound is not None:
            mixer.add(sound, at, key)

    def withdraw(self) -> None:
        mixer = self._mixer
        if mixer is not None:
            mixer.withdraw()

    def silence(self) -> None:
        mixer = self._mixer
        if mixer is not None:
            mixer.silence()

    def started(self, key: Hashable) -> bool:
        mixer = self._mixer
        return mixer is not None and mixer.has_started(key)

    def busy(self) -> bool:
        mixer = self._mixer
        return mixer is not None and mixer.busy

    def heard_at(self, key: Hashable) -> float | None:
        mixer, clock = self._mixer, self._stream_clock
        start = None if mixer is None else mixer.start_of(key)
        if start is None or clock is None or not clock.known:
            return None
        return clock.time_of(start)

    def earliest(self) -> float | None:
        mixer, clock, stream = self._mixer, self._stream_clock, self._stream
        if mixer is None or clock is None or stream is None or not clock.settled:
            return None
        # The buffer being rendered right now may take the frame at ``rendered``: one block on.
        return clock.time_of(mixer.rendered + BLOCK_FRAMES)

    # CuePlayer

    def fallback(self) -> CuePlayer:
        if self._fallback is None:
            self._fallback = self._make_fallback()
            self._fallback.volume, self._fallback.muted = self._volume, self._muted
        return self._fallback

    @property
    def problem(self) -> str | None:
        if self._stream is not None or self._fallback is None:
            return None
        return self._fallback.problem

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._muted = value
        if self._mixer is not None:
            self._mixer.muted = value
        if self._fallback is not None:
            self._fallback.muted = value

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = min(1.0, max(0.0, value))
        if self._mixer is not None:
            self._mixer.volume = self._volume
        if self._fallback is not None:
            self._fallback.volume = self._volume

    def play(self, kind: CueKind) -> None:
        if self._stream is not None:
            self._add(kind.value, None, ("now", kind.value))  # at once
        else:
            self.fallback().play(kind)

    def duration(self, kind: CueKind) -> float:
        return self.bank.seconds(kind.value) or 0.0

    def play_clip(self, name: str) -> None:
        if self._stream is not None:
            self._add(f"voice/{name}", None, ("now", name))
        else:
            self.fallback().play_clip(name)

    def clip_duration(self, name: str) -> float | None:
        return self.bank.seconds(f"voice/{name}")

    def stop_all(self) -> None:
        self.silence()
        if self._fallback is not None:
            self._fallback.stop_all()


def beep_sound_names() -> list[str]:
    return [kind.value for kind in BEEPS]
