"""Private sound servers with a null sink, and a recorder of what that sink hears.

Each server runs inside ``dbus-run-session`` with its own ``XDG_RUNTIME_DIR`` (and config
folder), so it neither sees nor disturbs a desktop's own server, and it needs no sound card.
A client is pointed at it by :attr:`Server.env`: the runtime folder, plus an
``ALSA_CONFIG_PATH`` whose ``default`` device is the server's ALSA plugin. Nothing on the
machine is installed, removed or reconfigured: ``pipewire-alsa`` and ``pulseaudio`` conflict
on Debian 12, so where the PipeWire plugin is not installed, a copy unpacked from its Debian
package (``tools/install_sound_servers.sh``) is used through ``ALSA_CONFIG_PATH`` alone.

Facts that shape the set-up (docs/benchmarks.md, section 6, has the numbers):

* On a VM PipeWire forces a minimum quantum of 1024 frames (``vm.overrides``); it is cleared
  here, to get a desktop's defaults.
* With the null sink driving the graph its monitor delivers the previous cycle, so the sink
  follows the Dummy-Driver (``node.group = pipewire.dummy``, ``priority.driver = 1``) and the
  recorder stamps each buffer with its cycle's start (``pw_time.now``, CLOCK_MONOTONIC).
* An idle PulseAudio null sink mixes up to 2 s ahead unless a recorder asks for a small
  latency: the recorder asks for 1 ms fragments. They also date its frames to within 1 ms,
  where 5 ms reads were off by up to 4.7 ms (``bench/recorders/pa_monitor.c`` says why).
* PipeWire's clients get the ALSA configuration of this module alone, not after the system's:
  the pulse plugin's hook (``/etc/alsa/conf.d/99-pulse.conf``) makes ``default`` the pulse
  device whenever a Pulse server answers, and pipewire-pulse does. :func:`pipewire_pulse`
  takes that way on purpose, as a third stack.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sysconfig
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SINK = "plank_null"
RATE = 48000
START_TIMEOUT_S = 10.0
SETTLE_S = {"PipeWire": 0.3, "PulseAudio": 2.5, "PipeWire via pipewire-pulse": 0.3}
PULSE_DEFAULT = "pcm.!default { type pulse }\nctl.!default { type pulse }\n"
SYSTEM_ALSA_CONFIG = "/usr/share/alsa/alsa.conf"
PLUGIN_NAME = "libasound_module_pcm_pipewire.so"
# Where tools/install_sound_servers.sh unpacks the PipeWire ALSA plugin when the Debian
# package cannot be installed (it conflicts with pulseaudio).
UNPACKED_PLUGIN_DIR = ROOT / ".venv" / "alsa-plugins"
RECORDER_SOURCES = Path(__file__).resolve().parent / "recorders"
BUILD_DIR = Path(os.environ.get("TMPDIR", "/tmp")) / "plank-timer-recorders"

PIPEWIRE_DROP_IN = f"""
context.properties = {{
    vm.overrides = {{ }}
    default.clock.rate = {RATE}
}}
context.objects = [
    {{ factory = adapter
        args = {{
            factory.name = support.null-audio-sink
            node.name = "{SINK}"
            node.description = "Plank Timer test sink"
            media.class = Audio/Sink
            audio.position = [ FL FR ]
            audio.rate = {RATE}
            object.linger = true
            node.group = "pipewire.dummy"
            priority.driver = 1
            priority.session = 10000
        }}
    }}
]
"""


class ServerUnavailableError(RuntimeError):
    """The server, its ALSA plugin or the recorder cannot be had here; the message says why."""


@dataclass
class Server:
    """A running private server: what a client needs in its environment, and how to stop it."""

    name: str
    version: str
    env: dict[str, str]
    directory: Path
    recorder: Path
    monitor: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)


def _library_dir() -> Path:
    multiarch = sysconfig.get_config_var("MULTIARCH") or "x86_64-linux-gnu"
    return Path("/usr/lib") / multiarch / "alsa-lib"


def pipewire_alsa_plugin() -> Path | None:
    """PipeWire's ALSA plugin: the installed one, else the copy unpacked for the project."""
    for folder in (_library_dir(), UNPACKED_PLUGIN_DIR):
        if (folder / PLUGIN_NAME).is_file():
            return folder / PLUGIN_NAME
    return None


def pulse_alsa_plugin() -> Path | None:
    path = _library_dir() / "libasound_module_pcm_pulse.so"
    return path if path.is_file() else None


def _require(*programs: str) -> None:
    missing = [name for name in programs if shutil.which(name) is None]
    if missing:
        raise ServerUnavailableError(
            f"{', '.join(missing)} not installed (tools/install_sound_servers.sh installs it)"
        )


def build_recorder(name: str) -> Path:
    """Compile ``bench/recorders/<name>.c`` once (cached by source time); needs gcc."""
    _require("gcc", "pkg-config")
    source = RECORDER_SOURCES / f"{name}.c"
    target = BUILD_DIR / name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    packages = "libpipewire-0.3" if name.startswith("pw") else "libpulse-simple"
    flags = subprocess.run(
        ["pkg-config", "--cflags", "--libs", packages], capture_output=True, text=True
    )
    if flags.returncode != 0:
        raise ServerUnavailableError(f"the {packages} headers are not installed")
    built = subprocess.run(
        ["gcc", "-O2", "-o", str(target), str(source), *flags.stdout.split()],
        capture_output=True,
        text=True,
    )
    if built.returncode != 0:
        raise ServerUnavailableError(f"building {name} failed: {built.stderr.strip()[-300:]}")
    return target


def _version(command: list[str]) -> str:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        out = subprocess.run(command, capture_output=True, text=True, timeout=5).stdout
        for word in out.split():
            if word[:1].isdigit():
                return word.rstrip(".,")
    return "?"


def _alsa_config(directory: Path, body: str, *, system: bool = True) -> dict[str, str]:
    """ALSA's configuration for the clients: ``body``, after the system's unless told not to."""
    config = directory / "asound.conf"
    config.write_text(body)
    return {"ALSA_CONFIG_PATH": f"{SYSTEM_ALSA_CONFIG}:{config}" if system else str(config)}


def _start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # one process group: stopping it ends the bus and servers
        )


def _wait_for(
    check: list[str], env: dict[str, str], what: str, log: Path, needle: str = SINK
) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        with contextlib.suppress(subprocess.SubprocessError):
            out = subprocess.run(check, env=env, capture_output=True, text=True, timeout=5)
            if out.returncode == 0 and needle in out.stdout:
                return
        time.sleep(0.2)
    tail = log.read_text(errors="replace").strip().splitlines()[-3:] if log.exists() else []
    raise ServerUnavailableError(f"{what} did not show {needle}: {' | '.join(tail)}")


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


def _base_env(directory: Path) -> dict[str, str]:
    runtime = directory / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIPEWIRE_", "PULSE_"))}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.update(
        {
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(directory / "config"),
            "XDG_STATE_HOME": str(directory / "state"),
            "HOME": str(directory),  # PulseAudio keeps its cookie under $HOME
        }
    )
    return env


@contextlib.contextmanager
def pipewire(directory: Path) -> Iterator[Server]:
    """PipeWire with WirePlumber and a null sink that follows the Dummy-Driver."""
    _require("pipewire", "wireplumber", "dbus-run-session", "pw-cli")
    plugin = pipewire_alsa_plugin()
    if plugin is None:
        raise ServerUnavailableError(
            "PipeWire's ALSA plugin is missing (pipewire-alsa conflicts with pulseaudio; "
            "tools/install_sound_servers.sh unpacks a private copy)"
        )
    recorder = build_recorder("pw_monitor")
    drop_in = directory / "config" / "pipewire" / "pipewire.conf.d"
    drop_in.mkdir(parents=True, exist_ok=True)
    (drop_in / "90-plank-null-sink.conf").write_text(PIPEWIRE_DROP_IN)
    env = _base_env(directory)
    # pipewire-pulse, where installed, lets PulseAudio clients (Qt's QAudioSink) in too.
    pulse = "pipewire-pulse & " if shutil.which("pipewire-pulse") else ""
    script = f"pipewire & sleep 0.5; wireplumber & {pulse}wait"
    log = directory / "pipewire.log"
    process = _start(["dbus-run-session", "--", "sh", "-c", script], env, log)
    server = Server(
        "PipeWire",
        _version(["pipewire", "--version"]).split("-")[0],
        {
            "XDG_RUNTIME_DIR": env["XDG_RUNTIME_DIR"],
            "PULSE_SERVER": f"unix:{env['XDG_RUNTIME_DIR']}/pulse/native",
            **_alsa_config(
                directory,
                f'pcm_type.pipewire {{ lib "{plugin}" }}\n'
                'pcm.!default { type pipewire; playback_node "-1"; capture_node "-1"; '
                'hint { show on; description "PipeWire" } }\n',
                # Not after the system's: its pulse hook (libasound2-plugins) makes the
                # default device pulse whenever a Pulse server answers, and pipewire-pulse
                # does, so clients would reach PipeWire through pipewire-pulse instead.
                system=False,
            ),
        },
        directory,
        recorder,
        SINK,
        [process],
    )
    try:
        _wait_for(["pw-cli", "ls", "Node"], env, "PipeWire", log)
        _wait_for(["pw-metadata"], env, "WirePlumber", log, "default.audio.sink")
        yield server
    finally:
        _stop(server.processes)


@contextlib.contextmanager
def pulseaudio(directory: Path) -> Iterator[Server]:
    """PulseAudio with a null sink."""
    _require("pulseaudio", "pactl", "dbus-run-session")
    if pulse_alsa_plugin() is None:
        raise ServerUnavailableError("the ALSA pulse plugin (libasound2-plugins) is missing")
    recorder = build_recorder("pa_monitor")
    env = _base_env(directory)
    log = directory / "pulseaudio.log"
    command = [
        "dbus-run-session",
        "--",
        "pulseaudio",
        "-n",
        "--daemonize=no",
        "--exit-idle-time=-1",
        "--disallow-exit",
        "--use-pid-file=no",
        "--load=module-native-protocol-unix auth-anonymous=1",
        f"--load=module-null-sink sink_name={SINK} rate={RATE} channels=2",
        "--load=module-always-sink",
    ]
    process = _start(command, env, log)
    server = Server(
        "PulseAudio",
        _version(["pulseaudio", "--version"]),
        {
            "XDG_RUNTIME_DIR": env["XDG_RUNTIME_DIR"],
            "PULSE_SERVER": f"unix:{env['XDG_RUNTIME_DIR']}/pulse/native",
            **_alsa_config(directory, PULSE_DEFAULT),
        },
        directory,
        recorder,
        f"{SINK}.monitor",
        [process],
    )
    try:
        _wait_for(["pactl", "list", "short", "sinks"], {**env, **server.env}, "PulseAudio", log)
        yield server
    finally:
        _stop(server.processes)


@contextlib.contextmanager
def recording(server: Server, out: Path) -> Iterator[Path]:
    """Record the server's sink monitor into ``out`` while the block runs."""
    env = {**os.environ, **server.env}
    log = out.with_suffix(".log")
    process = _start([str(server.recorder), server.monitor, str(out)], env, log)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while "recording" not in log.read_text(errors="replace"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise ServerUnavailableError(
                    f"the recorder did not start: {log.read_text(errors='replace').strip()}"
                )
            time.sleep(0.05)
        # The link to the monitor is made just after the stream connects; and an idle PulseAudio
        # null sink has mixed up to 2 s ahead, which it plays out before the small latency the
        # recorder asks for holds (a new stream meanwhile waits that long to be heard).
        time.sleep(SETTLE_S[server.name])
        yield out
    finally:
        _stop([process])


def recorder_skipped(log: Path) -> int:
    """Frames the graph ran while the PipeWire recorder had no buffer, by its own count.

    The recorder counts them from the graph's frame counter; :func:`sink_analysis.load` finds
    the same losses from the stamps alone. -1 where there is no count (PulseAudio's recorder).
    """
    with contextlib.suppress(OSError):
        found = re.search(r"(\d+) frames skipped", log.read_text(errors="replace"))
        if found:
            return int(found.group(1))
    return -1


@contextlib.contextmanager
def pipewire_pulse(directory: Path) -> Iterator[Server]:
    """The same PipeWire, reached through its Pulse server (pipewire-pulse) instead.

    Where PipeWire runs without its ALSA plugin (pipewire-alsa), but with the pulse one, ALSA
    clients take this way: the pulse plugin, then pipewire-pulse into the graph.
    """
    _require("pipewire-pulse")
    with pipewire(directory) as server:
        server.name = "PipeWire via pipewire-pulse"
        server.env |= _alsa_config(directory, PULSE_DEFAULT)
        yield server


SERVERS = {"pipewire": pipewire, "pipewire-pulse": pipewire_pulse, "pulseaudio": pulseaudio}
