#!/usr/bin/env bash
# Installs Plank Timer's desktop integration for the current user (no root needed): the menu
# entry (.desktop file), the icons and the AppStream metadata, under $XDG_DATA_HOME
# (~/.local/share when unset). Setting XDG_DATA_HOME installs into another tree, which is how
# the tests run it.
#
# Usage: tools/install_desktop.sh             install (again: it overwrites its own files)
#        tools/install_desktop.sh --uninstall remove what an install put there
#
# The menu entry's Exec line is rewritten to the absolute path of the launcher this checkout
# runs (.venv/bin/plank-timer), else the one on PATH, because a desktop session's PATH often
# lacks the virtual environment's bin directory and the menu entry would silently do nothing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP_ID=io.github.planktimer.PlankTimer
ICON_NAME=plank-timer
LAUNCHER=plank-timer

DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APPLICATIONS="$DATA_HOME/applications"
METAINFO="$DATA_HOME/metainfo"
HICOLOR="$DATA_HOME/icons/hicolor"

DESKTOP_SRC="$ROOT/assets/desktop/$APP_ID.desktop"
METAINFO_SRC="$ROOT/assets/desktop/$APP_ID.metainfo.xml"
ICONS_SRC="$ROOT/assets/icons"

# The launcher to put in Exec: this checkout's own first, as that is the code being installed.
find_launcher() {
  local candidate="$ROOT/.venv/bin/$LAUNCHER"
  if [ -x "$candidate" ]; then
    printf '%s\n' "$candidate"
  elif candidate=$(command -v "$LAUNCHER" 2>/dev/null) && [ -n "$candidate" ]; then
    # command -v gives a path relative to the current directory when PATH holds one.
    printf '%s\n' "$(cd "$(dirname "$candidate")" && pwd)/$(basename "$candidate")"
  else
    echo "install_desktop: warning: no $LAUNCHER in $ROOT/.venv/bin nor on PATH;" \
      "the menu entry will run '$LAUNCHER' from the desktop session's PATH." >&2
    printf '%s\n' "$LAUNCHER"
  fi
}

# Quotes a program path for an Exec line (Desktop Entry spec, "The Exec key"): a path with a
# reserved character goes in double quotes with \ " ` $ escaped, then every backslash is
# doubled again because Exec is also a string value; % is the field-code marker, so %%.
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

# Caches that desktops read instead of the directories; refreshing them is a courtesy, so a
# missing tool or a failure is not an error.
refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$APPLICATIONS" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    # -t: a user's hicolor tree has no index.theme of its own.
    gtk-update-icon-cache -q -t -f "$HICOLOR" >/dev/null 2>&1 || true
  fi
}

icon_sizes() {
  local dir
  for dir in "$ICONS_SRC"/hicolor/*x*/; do
    basename "$dir"
  done
}

install_all() {
  local exec_line size
  exec_line=$(desktop_exec_quote "$(find_launcher)")

  mkdir -p "$APPLICATIONS" "$METAINFO"
  # Rewrite only the main Exec key; the replacement is escaped for sed's & and \ and the
  # | delimiter so any path survives.
  local sed_safe=${exec_line//\\/\\\\}
  sed_safe=${sed_safe//&/\\&}
  sed_safe=${sed_safe//|/\\|}
  sed "s|^Exec=.*|Exec=$sed_safe|" "$DESKTOP_SRC" >"$APPLICATIONS/$APP_ID.desktop.tmp"
  chmod 644 "$APPLICATIONS/$APP_ID.desktop.tmp"
  # Renamed into place so a menu watching the directory never reads half a file.
  mv -f "$APPLICATIONS/$APP_ID.desktop.tmp" "$APPLICATIONS/$APP_ID.desktop"

  install -m 644 "$METAINFO_SRC" "$METAINFO/$APP_ID.metainfo.xml"
  for size in $(icon_sizes); do
    install -D -m 644 "$ICONS_SRC/hicolor/$size/apps/$ICON_NAME.png" \
      "$HICOLOR/$size/apps/$ICON_NAME.png"
  done
  install -D -m 644 "$ICONS_SRC/$ICON_NAME.svg" "$HICOLOR/scalable/apps/$ICON_NAME.svg"

  refresh_caches
  echo "install_desktop: installed $APP_ID under $DATA_HOME (Exec=$exec_line)"
}

uninstall_all() {
  local size
  rm -f "$APPLICATIONS/$APP_ID.desktop" "$METAINFO/$APP_ID.metainfo.xml" \
    "$HICOLOR/scalable/apps/$ICON_NAME.svg"
  for size in $(icon_sizes); do
    rm -f "$HICOLOR/$size/apps/$ICON_NAME.png"
  done
  refresh_caches
  echo "install_desktop: removed $APP_ID from $DATA_HOME"
}

case "${1:-}" in
  "") install_all ;;
  --uninstall) uninstall_all ;;
  -h | --help) sed -n '2,12s/^# \{0,1\}//p' "$0" ;;
  *)
    echo "install_desktop: unknown option: $1 (try --help)" >&2
    exit 2
    ;;
esac
