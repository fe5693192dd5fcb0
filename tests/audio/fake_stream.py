"""A stream for tests: it asks the engine for buffers only when the test pulls them, and
reports a delay the test chooses, on a clock the test moves."""

from __future__ import annotations

import numpy as np

from app.audio.stream_output import Fill, StreamError

RATE = 48000
BLOCK = 480


class FakeStream:
    """Stands in for :class:`app.audio.stream_output.OutputStream`."""

    def __init__(self, fill: Fill, device: str | None = None, *, delay: float = 0.025) -> None:
        self.fill = fill
        self.device = device
        self.rate = RATE
        self.delay = delay
        self.written = 0
        self.underruns = 0
        self.started = False
        self.closed = False
        self.out: list[np.ndarray] = []

    def start(self) -> None:
        self.started = True

    def close(self) -> None:
        self.closed = True

    def pull(self, now: float, frames: int = BLOCK, *, underrun: bool = False) -> np.ndarray:
        """The engine's next buffer, as if asked for at monotonic ``now``."""
        mono = self.fill(self.written, frames, now + self.delay, underrun)
        self.written += frames
        self.out.append(mono.copy())
        return mono

    def heard(self) -> np.ndarray:
        """Everything rendered so far, frame 0 first."""
        return np.concatenate(self.out) if self.out else np.zeros(0, np.float32)


class StreamOpener:
    """An ``open_stream`` for CueEngine that hands out FakeStreams (or fails)."""

    def __init__(self, fail: str | None = None) -> None:
        self.fail = fail
        self.streams: list[FakeStream] = []

    def __call__(self, fill: Fill, device: str | None = None) -> FakeStream:
        if self.fail is not None:
            raise StreamError(self.fail)
        stream = FakeStream(fill, device)
        self.streams.append(stream)
        return stream
