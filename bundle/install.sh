#!/usr/bin/env bash
# Installs Plank Timer from this unpacked bundle for the current user, no root needed:
#   ~/.local/lib/plank-timer/           the program (this bundle's plank-timer/ folder)
#   ~/.local/bin/plank-timer            a link to it, for the command line
#   $XDG_DATA_HOME (~/.local/share)     the menu entry, icons and AppStream metadata
# Everything it writes is listed in ~/.local/lib/plank-timer/install-manifest.txt, which
# uninstall.sh (also copied there) reads to remove exactly that. Your workout log and
# settings are not part of the install and are never touched.
#
# Usage: ./install.sh    (again, to update: it replaces its own files)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_ID=io.github.planktimer.PlankTimer
NAME=plank-timer

LOCAL="$HOME/.local"
LIB="$LOCAL/lib/$NAME"
BIN="$LOCAL/bin"
DATA_HOME=${XDG_DATA_HOME:-$LOCAL/share}
APPLICATIONS="$DATA_HOME/applications"
HICOLOR="$DATA_HOME/icons/hicolor"
MANIFEST="$LIB/install-manifest.txt"

case "${1:-}" in
  "") ;;
  -h | --help)
    sed -n '2,10s/^# \{0,1\}//p' "$0"
    exit 0
    ;;
  *)
    echo "install.sh: unknown option: $1 (try --help)" >&2
    exit 2
    ;;
esac

if [ ! -x "$HERE/$NAME/$NAME" ] || [ ! -d "$HERE/share" ]; then
  echo "install.sh: run me from the unpacked bundle (no $NAME/$NAME or share/ beside me)" >&2
  exit 2
fi

# Another plank-timer on the command line (pip install --user makes one there) is not ours
# to replace: say so before anything is changed.
if [ -e "$BIN/$NAME" ] || [ -L "$BIN/$NAME" ]; then
  if [ "$(readlink "$BIN/$NAME" || true)" != "$LIB/$NAME" ]; then
    echo "install.sh: $BIN/$NAME is another installation (pip install --user?);" \
      "remove it first, then run install.sh again" >&2
    exit 1
  fi
fi

# Quotes a program path for a desktop file's Exec key (as tools/install_desktop.sh does): a
# path with a reserved character goes in double quotes with \ " ` $ escaped, then every
# backslash is doubled again because Exec is also a string value; % is written %%.
desktop_exec_quote() {
  local path=$1 quoted
  if [[ $path =~ [[:space:]\"\'\\\>\<~\|\&\;\$\*\?\#\(\)\`] ]]; then
    quoted=${path//\\/\\\\}
    quoted=${quoted//\"/\\\"}
    quoted=${quoted//\`/\\\`}
    quoted=${quoted//\$/\\\$}
    quoted="\"$quoted\""
    quoted=${quoted//\\/\\\\}
  else
    quoted=$path
  fi
  printf '%s\n' "${quoted//%/%%}"
}

# --- what this install creates, so that uninstall.sh removes exactly that ------------------
declare -a CREATED_DIRS=() WRITTEN=()
declare -A SEEN=()

# Notes every missing directory from $1 up to (not including) $HOME, deepest last.
note_missing_dirs() {
  local dir=$1 missing=()
  while [ "$dir" != "$HOME" ] && [ "$dir" != "/" ] && [ ! -e "$dir" ]; do
    missing=("$dir" "${missing[@]}")
    dir=$(dirname "$dir")
  done
  for dir in "${missing[@]}"; do
    if [ -z "${SEEN[$dir]:-}" ]; then
      SEEN[$dir]=1
      CREATED_DIRS+=("$dir")
    fi
  done
}

put_file() { # put_file SOURCE TARGET: a copy, renamed into place so no reader sees half a file
  note_missing_dirs "$(dirname "$2")"
  mkdir -p "$(dirname "$2")"
  install -m 644 "$1" "$2.tmp-$$"
  mv -f "$2.tmp-$$" "$2"
  WRITTEN+=("$2")
}

# A cache a desktop keeps of a folder: made if missing, refreshed if there.
refresh_cache() { # refresh_cache TOOL FOLDER CACHE_FILE ARGS...
  local tool=$1 folder=$2 cache=$3
  shift 3
  command -v "$tool" >/dev/null 2>&1 || return 0
  [ -e "$folder/$cache" ] || WRITTEN+=("$folder/$cache")
  "$tool" "$@" "$folder" >/dev/null 2>&1 || true
}

# An earlier install's manifest: what it wrote stays listed, so one uninstall removes all.
PREVIOUS=()
if [ -f "$MANIFEST" ]; then
  mapfile -t PREVIOUS <"$MANIFEST"
fi

# The program: copied beside the old one, then swapped in, so a failed copy breaks nothing.
note_missing_dirs "$LIB"
mkdir -p "$(dirname "$LIB")"
rm -rf "$LIB.new" "$LIB.old"
cp -R "$HERE/$NAME" "$LIB.new"
cp "$HERE/uninstall.sh" "$LIB.new/uninstall.sh"
chmod 755 "$LIB.new/uninstall.sh"
if [ -e "$LIB" ]; then mv "$LIB" "$LIB.old"; fi
mv "$LIB.new" "$LIB"
rm -rf "$LIB.old"

note_missing_dirs "$BIN"
mkdir -p "$BIN"
ln -sfn "$LIB/$NAME" "$BIN/$NAME"
WRITTEN+=("$BIN/$NAME")

# Menu entry, metainfo and icons from share/, the menu entry's Exec pointing at the link (a
# desktop session's PATH often lacks ~/.local/bin).
exec_line=$(desktop_exec_quote "$BIN/$NAME")
sed_safe=${exec_line//\\/\\\\}
sed_safe=${sed_safe//&/\\&}
sed_safe=${sed_safe//|/\\|}
while IFS= read -r -d '' source; do
  relative=${source#"$HERE/share/"}
  target="$DATA_HOME/$relative"
  if [ "$relative" = "applications/$APP_ID.desktop" ]; then
    entry=$(mktemp)
    sed "s|^Exec=.*|Exec=$sed_safe|" "$source" >"$entry"
    put_file "$entry" "$target"
    rm -f "$entry"
  else
    put_file "$source" "$target"
  fi
done < <(find "$HERE/share" -type f -print0 | sort -z)

refresh_cache update-desktop-database "$APPLICATIONS" mimeinfo.cache -q
# -t: a user's hicolor folder has no index.theme of its own.
refresh_cache gtk-update-icon-cache "$HICOLOR" icon-theme.cache -q -t -f

{
  printf '%s\n' "${PREVIOUS[@]}" | grep -v '^$' || true
  printf 'tree\t%s\n' "$LIB"
  for path in "${WRITTEN[@]}"; do printf 'file\t%s\n' "$path"; done
  for path in "${CREATED_DIRS[@]}"; do
    [ "$path" = "$LIB" ] || printf 'dir\t%s\n' "$path"
  done
} | awk '!seen[$0]++' >"$MANIFEST.tmp"
mv "$MANIFEST.tmp" "$MANIFEST"

echo "Plank Timer is installed in $LIB."
# The cue engine's one open stream needs the system's PortAudio (bundle/system_libraries.py);
# without it the cues still play, a stream each (Help > About says which way they go).
if [ -x /sbin/ldconfig ] && ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libportaudio\.so\.2'; then
  echo "For cues on the beat, install PortAudio (Debian/Ubuntu: sudo apt install libportaudio2);"
  echo "without it each cue opens a sound stream of its own, up to 35 ms late on PipeWire."
fi
echo "It is in your applications menu; from a terminal run: $BIN/$NAME"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "($BIN is not on your PATH; add it to run plain '$NAME'.)" ;;
esac
echo "To remove it: $LIB/uninstall.sh"
