"""Hear what a process plays: ALSA's ``file`` plugin writes each stream into a FIFO, and one
long-running reader stamps the moment each stream's first bytes arrive.

Why a FIFO and one reader: with ``file "|command"`` ALSA starts a new process per stream,
and that process's start-up (20-40 ms for Python, about a millisecond even for C) would be
measured as latency. A reader that is already waiting in ``poll`` sees the first bytes
within microseconds. The stamps are ``time.monotonic``: CLOCK_MONOTONIC is system-wide, so
they compare directly with the deadlines another process computed.

Each stream's bytes are kept so it can be matched against the cue sounds: a stream that
matches no sound (two streams run together, or a probe) is reported as unmatched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import threading
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.cues import CueKind
from app.resources import sound_path

SYSTEM_CONFIG = "/usr/share/alsa/alsa.conf"
POLL_MS = 100
READ_BYTES = 65536


@dataclass(frozen=True)
class Stream:
    """One stream as it reached ALSA: when its first bytes came, and what it was."""

    first_bytes_at: float
    size: int
    kind: CueKind | None
    """The cue whose sound this is, or None (the player's silent probe, or a mix-up)."""


def capture_config(directory: Path, target: Path) -> Path:
    """An ALSA configuration whose default device writes raw frames to ``target``."""
    config = directory / "asound.conf"
    config.write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{target}"; format "raw" }}\n'
    )
    return config


def alsa_env(config: Path) -> dict[str, str]:
    """Environment that makes a fresh process's ALSA read ``config`` after the system's."""
    return {"ALSA_CONFIG_PATH": f"{SYSTEM_CONFIG}:{config}"}


def cue_sounds() -> dict[bytes, CueKind]:
    """The frames of every cue sound, as the player hands them to ALSA at full volume."""
    sounds: dict[bytes, CueKind] = {}
    for kind in CueKind:
        try:
            path = sound_path(kind.value)
        except FileNotFoundError:
            continue  # a kind without a beep of its own (a spoken word)
        with wave.open(str(path), "rb") as source:
            sounds[source.readframes(source.getnframes())] = kind
    return sounds


class FifoStamper:
    """A thread that reads stream after stream from a FIFO and stamps each one's first bytes.

    It runs until :meth:`close` or until ``limit`` seconds have passed, whichever is first.
    """

    def __init__(self, fifo: Path, limit: float) -> None:
        self._fifo = fifo
        self._end = time.monotonic() + limit
        self._closing = threading.Event()
        self._sounds = cue_sounds()
        self.streams: list[Stream] = []
        os.mkfifo(fifo)
        self._thread = threading.Thread(target=self._run, name="fifo-stamper", daemon=True)
        self._thread.start()

    def close(self) -> list[Stream]:
        """Stop reading (a stream being read is finished first) and return every stream."""
        self._closing.set()
        self._thread.join(5.0)
        return list(self.streams)

    def _running(self) -> bool:
        return not self._closing.is_set() and time.monotonic() < self._end

    def _run(self) -> None:
        while self._running():
            # Non-blocking open: a reader waiting in open() could not be told to stop. Linux
            # reports no hang-up to a FIFO reader that has not yet had a writer.
            fd = os.open(self._fifo, os.O_RDONLY | os.O_NONBLOCK)
            try:
                stream = self._read_stream(fd)
            finally:
                os.close(fd)
            if stream is not None:
                self.streams.append(stream)

    def _read_stream(self, fd: int) -> Stream | None:
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        chunks: list[bytes] = []
        first_at: float | None = None
        while self._running() or first_at is not None:
            if not poller.poll(POLL_MS):
                if first_at is not None and time.monotonic() > self._end + 5:
                    break  # a writer that never closes must not hold the reader forever
                continue
            try:
                chunk = os.read(fd, READ_BYTES)
            except OSError as error:
                if error.errno == errno.EAGAIN:
                    continue
                raise
            if not chunk:
                if first_at is not None:
                    break  # the writer closed: the stream is complete
                time.sleep(0.001)  # a writer came and went without data; wait for the next
                return None
            if first_at is None:
                first_at = time.monotonic()
            chunks.append(chunk)
        if first_at is None:
            return None
        data = b"".join(chunks)
        return Stream(first_at, len(data), self._sounds.get(data))


@contextlib.contextmanager
def capturing(directory: Path, limit: float) -> Iterator[tuple[FifoStamper, dict[str, str]]]:
    """A running stamper and the environment that sends a child's sound to it."""
    fifo = directory / "alsa.fifo"
    stamper = FifoStamper(fifo, limit)
    try:
        yield stamper, alsa_env(capture_config(directory, fifo))
    finally:
        stamper.close()
