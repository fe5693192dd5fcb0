"""Child process: one candidate library plays ticks on one open stream, each placed as well
as the library lets us; prints the deadlines as one JSON line.

Usage: python -m bench.candidate_child LIBRARY COUNT   (sounddevice, qt or miniaudio)

* sounddevice: the callback's ``outputBufferDacTime``, less the stream's time now, plus
  ``time.monotonic()`` now: when the buffer's first frame is heard (what the engine uses).
* qt: ``QAudioSink`` in push mode tells only how much it has handed on
  (``processedUSecs``); the best guess is that what it has handed on is heard now.
* miniaudio: its callback tells nothing about timing; the best guess is that a frame is
  heard one configured buffer (``BUFFER_MS``) after it is asked for.
"""

from __future__ import annotations

import array
import json
import sys
import threading
import time
import wave
from collections.abc import Callable

from app.resources import sound_path

RATE = 48000
BUFFER_MS = 20
LEAD_S = 1.5  # after the stream opens, before the first tick
SPACING_S = 0.5137  # off any buffer rhythm, so the ticks fall everywhere in a cycle


def tick() -> list[float]:
    with wave.open(str(sound_path("tick")), "rb") as source:
        data = array.array("h", source.readframes(source.getnframes()))
        rate = source.getframerate()
    # to 48 kHz by linear interpolation: fine for finding its onset, which is all we need
    step = rate / RATE
    out = []
    for i in range(int(len(data) / step) - 1):
        x = i * step
        j = int(x)
        out.append((data[j] * (1 - (x - j)) + data[j + 1] * (x - j)) / 32768.0)
    return out


class Ticks:
    """The ticks due, mixed into any span of frames given where frame 0 is heard."""

    def __init__(self, deadlines: list[float]) -> None:
        self.sound = tick()
        self.deadlines = deadlines
        self.lock = threading.Lock()

    def render(self, first: int, count: int, frame_at: Callable[[float], float]) -> list[float]:
        out = [0.0] * count
        for deadline in self.deadlines:
            start = round(frame_at(deadline))
            for i in range(max(start, first), min(start + len(self.sound), first + count)):
                out[i - first] += self.sound[i - start]
        return out


def run_sounddevice(ticks: Ticks, seconds: float) -> None:
    import numpy as np
    import sounddevice as sd

    written = 0

    def callback(outdata, frames, times, status) -> None:  # type: ignore[no-untyped-def]
        nonlocal written
        heard = time.monotonic() + (times.outputBufferDacTime - stream.time)
        origin = heard - written / RATE
        mono = ticks.render(written, frames, lambda t: (t - origin) * RATE)
        outdata[:] = np.asarray(mono, dtype=np.float32)[:, None]
        written += frames

    stream = sd.OutputStream(
        samplerate=RATE, channels=1, dtype="float32", blocksize=480, latency=0.02, callback=callback
    )
    with stream:
        time.sleep(seconds)


def run_qt(ticks: Ticks, seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtMultimedia import QAudioFormat, QAudioSink

    app = QCoreApplication([sys.argv[0]])
    audio_format = QAudioFormat()
    audio_format.setSampleRate(RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Float)
    sink = QAudioSink(audio_format)
    sink.setBufferSize(RATE * 4 * BUFFER_MS // 1000)
    device = sink.start()
    written = 0

    def feed() -> None:
        nonlocal written
        free = sink.bytesFree() // 4
        if free <= 0:
            return
        now = time.monotonic()
        consumed = sink.processedUSecs() * RATE / 1e6
        mono = ticks.render(written, free, lambda t: consumed + (t - now) * RATE)
        device.write(array.array("f", mono).tobytes())
        written += free

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(feed)
    timer.start(5)
    QTimer.singleShot(round(seconds * 1000), app.quit)
    app.exec()
    sink.stop()


def run_miniaudio(ticks: Ticks, seconds: float) -> None:
    import miniaudio

    def generator():  # type: ignore[no-untyped-def]
        written = 0
        frames = yield b""
        while True:
            origin = time.monotonic() + BUFFER_MS / 1000 - written / RATE  # frame 0 heard
            mono = ticks.render(written, frames, lambda t, o=origin: (t - o) * RATE)
            written += frames
            frames = yield array.array("f", mono)

    device = miniaudio.PlaybackDevice(
        output_format=miniaudio.SampleFormat.FLOAT32,
        nchannels=1,
        sample_rate=RATE,
        buffersize_msec=BUFFER_MS,
        backends=[miniaudio.Backend.ALSA],
    )
    stream = generator()
    next(stream)
    device.start(stream)
    time.sleep(seconds)
    device.close()


LIBRARIES = {"sounddevice": run_sounddevice, "qt": run_qt, "miniaudio": run_miniaudio}


def main(argv: list[str]) -> int:
    library, count = argv[0], int(argv[1])
    start = time.monotonic() + LEAD_S
    deadlines = [start + i * SPACING_S for i in range(count)]
    LIBRARIES[library](Ticks(deadlines), LEAD_S + count * SPACING_S + 0.5)
    print(json.dumps({"deadlines": deadlines}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
