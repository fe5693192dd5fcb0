#!/usr/bin/env bash
# Installs what the sound-server benchmark (make bench, section 6) and the PipeWire test need:
# PipeWire with WirePlumber, PulseAudio, ALSA's pulse plugin, the headers the monitor
# recorders compile against, and PipeWire's ALSA plugin.
#
# It never removes or replaces an installed package. On Debian 12 `pipewire-alsa` (PipeWire's
# ALSA plugin, which also makes it ALSA's default device for the whole machine) and
# `pulseaudio` conflict: installing one removes the other. So neither is forced: PulseAudio is
# installed only where pipewire-alsa is not, and where pipewire-alsa is not installed its
# plugin is unpacked from the Debian package into .venv/alsa-plugins/, which the tests and
# benchmarks reach through ALSA_CONFIG_PATH only (nothing system-wide changes).
# Usage: tools/install_sound_servers.sh   (root, or sudo without a password; Debian/Ubuntu)
set -euo pipefail
cd "$(dirname "$0")/.."

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install_sound_servers: not a Debian/Ubuntu system; skipped" >&2
  exit 0
fi
apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    apt=(sudo env DEBIAN_FRONTEND=noninteractive apt-get)
  else
    echo "install_sound_servers: needs root; the sound-server tests and benchmark will be skipped" >&2
    exit 0
  fi
fi
# flock: other jobs on a shared machine may be running apt at the same time.
lock=()
command -v flock >/dev/null 2>&1 && lock=(flock /tmp/apt.lock)

wanted=(pipewire pipewire-bin wireplumber libpipewire-0.3-dev libpulse-dev libasound2-plugins
  pulseaudio-utils dbus gcc pkg-config)
if ! installed pipewire-alsa; then
  wanted+=(pulseaudio)
else
  echo "install_sound_servers: pipewire-alsa is installed; PulseAudio is left out (they conflict)"
fi
missing=()
for pkg in "${wanted[@]}"; do installed "$pkg" || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install_sound_servers: installing ${missing[*]}"
  "${lock[@]}" "${apt[@]}" update -qq
  "${lock[@]}" "${apt[@]}" install -y -qq --no-remove "${missing[@]}" >/dev/null
fi

if ! installed pipewire-alsa; then
  plugins=.venv/alsa-plugins
  if [ ! -f "$plugins/libasound_module_pcm_pipewire.so" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    chmod 755 "$work"
    (cd "$work" && "${lock[@]}" apt-get download -q pipewire-alsa >/dev/null 2>&1)
    dpkg-deb -x "$work"/pipewire-alsa_*.deb "$work/root"
    mkdir -p "$plugins"
    cp "$work"/root/usr/lib/*/alsa-lib/libasound_module_pcm_pipewire.so "$plugins/"
    echo "install_sound_servers: PipeWire's ALSA plugin unpacked into $plugins"
  fi
fi
echo "install_sound_servers: ready"
