"""The one place that talks to the audio library: an output stream through sounddevice.

sounddevice wraps PortAudio (the system's libportaudio2 on Linux; its Windows and macOS
wheels bundle PortAudio). Its callback runs on PortAudio's own thread and tells, for each
buffer, when the buffer's first frame will reach the output (``outputBufferDacTime``, on the
stream's clock); less the stream's time now, plus ``time.monotonic()`` now, that is the
moment on CLOCK_MONOTONIC, which is what :class:`~app.audio.stream_clock.StreamClock`
needs. docs/benchmarks.md (section 6) compares it with Qt's QAudioSink and miniaudio.

A device is the system default (None), a PortAudio device by name, or a sound server's sink
(``SINK_PREFIX`` + its name), reached through the default device with ``PULSE_SINK`` and
``PIPEWIRE_NODE`` set (see :func:`route`). The stream is labelled an event sound for the
server (``PULSE_PROP``, ``PIPEWIRE_PROPS``), so desktops that lower music for such sounds can.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.core.message import QT_TRANSLATE_NOOP, MessageError

if TYPE_CHECKING:
    from app.audio.mixer import Samples

RATE = 48000
BLOCK_FRAMES = 2048
"""43 ms per callback at 48 kHz: 23 Python calls a second. The stream's cost is its wake-ups
(the callback's thread and the server plugin's): a bare stream with an empty Python callback
cost 3.5 % of a core at 480-frame blocks, 1.6 % at 1024 and 0.8 % at 2048 (private PipeWire,
docs/benchmarks.md section 5). Cues are placed by frame, not by when the callback runs, so a
larger block costs no timing."""
LATENCY_S = 0.1
"""Asked of PortAudio (it gives two blocks, 85 ms). The buffer is what a busy machine may keep
the callback from running without an underrun (the old 20 ms underran 50 times in a loaded
4-minute workout through PulseAudio); a cue is handed over ``cue_feeder.LEAD`` (500 ms) ahead,
more than the buffer; a stop or pause drops the buffer rather than waiting for it
(:mod:`app.audio.cue_feeder`)."""
CHANNELS = 2
SINK_PREFIX = "sink:"
EVENT_ROLE = {"PULSE_PROP": "media.role=event", "PIPEWIRE_PROPS": "{ media.role = Notification }"}

Fill = Callable[[int, int, float | None, bool], "Samples"]
"""fill(first_frame, frames, heard_at, underrun) -> mono samples for those frames; heard_at is
None for the buffers that prime a stream before it runs (their delay says nothing yet)."""


class StreamError(MessageError, RuntimeError):
    """No stream could be opened; the message is one line for the user, translatable."""


def library() -> Any:
    """The sounddevice module; StreamError when PortAudio is missing."""
    try:
        import sounddevice
    except (ImportError, OSError) as error:
        raise StreamError(
            QT_TRANSLATE_NOOP("errors", "PortAudio is not available ({reason})"), reason=error
        ) from None
    return sounddevice


def describe_library() -> str:
    sd = library()
    return f"sounddevice {sd.__version__} ({sd.get_portaudio_version()[1].split(',')[0]})"


ROUTING = ("PULSE_SINK", "PIPEWIRE_NODE")
_routed_by_us: set[str] = set()
_routing = threading.Lock()
"""The routing variables this module set (a user's own PULSE_SINK is left alone)."""


def route(device: str | None) -> str | None:
    """Set the environment that labels and routes the next stream; the PortAudio device to
    open (None: the default device, which the sound server routes).

    The variables stay set, and are written only when they change: the feeder thread opens
    the stream again after a pause, and writing the environment while another thread may
    read it is not safe in C. They change when the user picks another device, and the
    sound menu routes it there and then, on the GUI thread, so the feeder finds them set.
    The simpleaudio fallback goes the same way, to the chosen sink.
    """
    changes = dict(EVENT_ROLE)
    target: str | None = device
    if device is not None and device.startswith(SINK_PREFIX):
        sink = device.removeprefix(SINK_PREFIX)
        changes |= dict.fromkeys(ROUTING, sink)
        target = None
    with _routing:
        for name, value in changes.items():
            if os.environ.get(name) != value:
                os.environ[name] = value
        for name in ROUTING:
            if name in changes:
                _routed_by_us.add(name)
            elif name in _routed_by_us:
                os.environ.pop(name, None)
                _routed_by_us.discard(name)
    return target


class OutputStream:
    """An output stream that, once started, asks ``fill`` for every buffer until closed."""

    def __init__(self, fill: Fill, device: str | None = None) -> None:
        sd = library()
        self._fill = fill
        self._written = 0
        self.underruns = 0
        target = route(device)
        try:
            self._stream = self._open(sd, target, RATE)
        except (sd.PortAudioError, ValueError):
            try:  # a device that refuses 48 kHz: its own rate, resampled to once
                rate = int(sd.query_devices(target, "output")["default_samplerate"])
                self._stream = self._open(sd, target, rate)
            except (sd.PortAudioError, ValueError) as error:
                raise StreamError(
                    QT_TRANSLATE_NOOP("errors", "no output stream could be opened ({reason})"),
                    reason=error,
                ) from None
        self.rate = int(self._stream.samplerate)

    def start(self) -> None:
        """Start asking ``fill`` for sound; StreamError when the device refuses."""
        sd = library()
        try:
            self._stream.start()
        except sd.PortAudioError as error:
            self.close()
            raise StreamError(
                QT_TRANSLATE_NOOP("errors", "the output stream could not start ({reason})"),
                reason=error,
            ) from None

    def _open(self, sd: Any, device: str | None, rate: int) -> Any:
        return sd.OutputStream(
            samplerate=rate,
            blocksize=BLOCK_FRAMES,
            device=device,
            channels=CHANNELS,
            dtype="float32",
            latency=LATENCY_S,
            callback=self._callback,
        )

    def _callback(self, outdata: Any, frames: int, times: Any, status: Any) -> None:
        # The DAC time is on the stream's clock (CLOCK_MONOTONIC through PipeWire's ALSA
        # plugin, the wall clock through PulseAudio's): read that clock and ours together, so
        # that neither the clock in use nor a late start of this callback shifts the answer.
        now = time.monotonic()
        stream_now = self._stream.time
        heard_at: float | None = now + max(0.0, times.outputBufferDacTime - stream_now)
        if status.priming_output:
            heard_at = None  # reported before the stream runs: 2-3 ms off what follows
        underrun = bool(status.output_underflow)
        if underrun:
            self.underruns += 1
        mono = self._fill(self._written, frames, heard_at, underrun)
        outdata[:] = mono[:, None]  # the mono mix on every channel
        self._written += frames

    def close(self) -> None:
        """Stop at once (what is buffered is dropped) and release the device."""
        with contextlib.suppress(Exception):
            self._stream.abort()
        with contextlib.suppress(Exception):
            self._stream.close()


def output_devices() -> list[str]:
    """PortAudio's output devices by name (the default device excluded)."""
    try:
        sd = library()
        devices = sd.query_devices()
    except (StreamError, Exception):  # a broken PortAudio lists nothing
        return []
    return [
        str(d["name"])
        for d in devices
        if d["max_output_channels"] > 0 and d["name"] not in ("default", "sysdefault")
    ]


def play_once(samples: Samples, rate: int, device: str | None = None) -> None:
    """Play ``samples`` (mono) now on a stream of their own, without waiting: to try a sound."""
    sd = library()
    target = route(device)
    try:
        sd.play(samples, rate, device=target)
    except (sd.PortAudioError, ValueError) as error:
        raise StreamError(
            QT_TRANSLATE_NOOP("errors", "the sound could not be played ({reason})"),
            reason=error,
        ) from None
