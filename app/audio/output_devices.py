"""The output devices a user can choose: the sound server's sinks and PortAudio's devices.

On a desktop with PipeWire or PulseAudio the speakers, headphones and Bluetooth devices are
the server's *sinks*; PortAudio sees only the server as one ALSA device. So the sinks come
from the server (``pactl``, which PipeWire's PulseAudio service answers too), and a stream
reaches one through the default device with PULSE_SINK/PIPEWIRE_NODE set
(:mod:`app.audio.stream_output`). Without a server PortAudio's own devices are the choice.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass

from app.audio.stream_output import SINK_PREFIX, output_devices

PACTL_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class OutputDevice:
    """A device as stored in the settings (``key``) and as shown to the user (``label``)."""

    key: str
    label: str


def server_sinks() -> list[OutputDevice]:
    """The sound server's sinks, or [] when there is no server (or no pactl to ask)."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return []
    try:
        out = subprocess.run(
            [pactl, "--format=json", "list", "sinks"],
            capture_output=True,
            text=True,
            timeout=PACTL_TIMEOUT_S,
            check=True,
        ).stdout
        sinks = json.loads(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return []
    found = []
    for sink in sinks if isinstance(sinks, list) else []:
        name = str(sink.get("name", "")) if isinstance(sink, dict) else ""
        if name:
            label = str(sink.get("description") or name)
            found.append(OutputDevice(SINK_PREFIX + name, label))
    return found


def list_output_devices() -> list[OutputDevice]:
    """Every device to offer besides the system default, sinks first."""
    devices = server_sinks()
    devices += [OutputDevice(name, name) for name in output_devices()]
    return devices
