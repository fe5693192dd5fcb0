#!/usr/bin/env bash
# Makes a fresh checkout ready: the system packages simpleaudio and Qt need, then .venv.
# Usage: tools/bootstrap.sh [extra Debian packages...]
# Called by the Makefile; safe to run again (it installs only what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
# simpleaudio-patched has no Linux wheel: it compiles against ALSA's headers.
# The xcb libraries are what Qt's X11 plugin needs beyond a minimal desktop.
# desktop-file-utils, appstream and dbus are for the tests: they validate the desktop files
# and run a private session bus for the keep-awake test.
# binutils (readelf, strip; gcc brings it too) reads and trims the bundle's libraries
# (bundle/binaries.py, tests/bundle).
# libportaudio2 is the cue engine's output stream (sounddevice loads it; without it cues fall
# back to simpleaudio).
SYSTEM_PACKAGES=(
  gcc libasound2-dev libportaudio2
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0
  desktop-file-utils appstream dbus
  binutils
  # The full-disk tests mount a small tmpfs in a private mount namespace (unshare, mount).
  util-linux mount
  "$@"
)

missing_debian_packages() {
  local pkg
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      printf '%s\n' "$pkg"
    fi
  done
}

install_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "bootstrap: not a Debian/Ubuntu system; make sure a C compiler and ALSA's headers" \
      "(alsa-lib-devel or alsa-lib) are installed." >&2
    return 0
  fi
  local missing
  missing=$(missing_debian_packages | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  echo "bootstrap: installing system packages: $missing"
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      apt=(sudo env DEBIAN_FRONTEND=noninteractive apt-get)
    else
      echo "bootstrap: these system packages are missing: $missing" >&2
      echo "bootstrap: run this, then try again:" >&2
      echo "    sudo apt-get update && sudo apt-get install -y $missing" >&2
      exit 1
    fi
  fi
  # shellcheck disable=SC2086
  "${apt[@]}" update -qq && "${apt[@]}" install -y -qq $missing >/dev/null
}

pick_python() {
  local candidate
  for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "bootstrap: Plank Timer needs Python 3.11, 3.12 or 3.13; none was found on PATH." >&2
  exit 1
}

# The full-disk tests (tests/e2e/small_disk.py) mount a small tmpfs in a private mount
# namespace; where user namespaces are restricted (Ubuntu 24.04's AppArmor rule, a container
# without CAP_SYS_ADMIN) they fail, saying why. Said here too, before the tests run.
check_mount_namespace() {
  local probe=(unshare --mount --propagation private true)
  if [ "$(id -u)" -ne 0 ]; then
    probe=(unshare --user --map-root-user --mount --propagation private true)
  fi
  command -v unshare >/dev/null 2>&1 || return 0 # not Debian: said by the tests themselves
  local said
  if ! said=$("${probe[@]}" 2>&1); then
    echo "bootstrap: warning: the full-disk tests will fail here: they need a private mount" \
      "namespace, and '${probe[*]}' said: ${said:-nothing}." >&2
    echo "bootstrap: allow unprivileged user namespaces (Ubuntu 24.04: sudo sysctl" \
      "kernel.apparmor_restrict_unprivileged_userns=0), run the tests as root, or give the" \
      "container CAP_SYS_ADMIN (docker run --cap-add SYS_ADMIN --security-opt" \
      "seccomp=unconfined)." >&2
  fi
}

install_system_packages
check_mount_namespace
if [ ! -x "$VENV/bin/python" ]; then
  python=$(pick_python)
  echo "bootstrap: creating $VENV with $python"
  "$python" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e '.[test,dev]'
# CI runs the test that plays a workout through a private PipeWire (tests/audio/
# test_heard_at_sink.py); elsewhere that test says what is missing and is skipped.
if [ "${CI:-}" = "true" ]; then
  bash tools/install_sound_servers.sh
fi
echo "bootstrap: ready"
