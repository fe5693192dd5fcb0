#!/usr/bin/env bash
# Removes Plank Timer as installed by install.sh: exactly the files and folders listed in
# ~/.local/lib/plank-timer/install-manifest.txt (folders only when nothing else is in them).
# Your workout log and settings stay where they are; the last lines say where.
#
# Usage: ~/.local/lib/plank-timer/uninstall.sh   (or ./uninstall.sh from the bundle)
set -euo pipefail

NAME=plank-timer
LIB="$HOME/.local/lib/$NAME"
MANIFEST="$LIB/install-manifest.txt"

case "${1:-}" in
  "") ;;
  -h | --help)
    sed -n '2,6s/^# \{0,1\}//p' "$0"
    exit 0
    ;;
  *)
    echo "uninstall.sh: unknown option: $1 (try --help)" >&2
    exit 2
    ;;
esac

if [ ! -f "$MANIFEST" ]; then
  echo "uninstall.sh: Plank Timer is not installed here (no $MANIFEST)" >&2
  exit 1
fi

declare -a FILES=() TREES=() DIRS=()
while IFS=$'\t' read -r kind path; do
  # Only paths under the home folder: a damaged manifest must not reach anything else.
  case "$path" in
    "$HOME"/?*) ;;
    *) continue ;;
  esac
  case "$kind" in
    file) FILES+=("$path") ;;
    tree) TREES+=("$path") ;;
    dir) DIRS+=("$path") ;;
  esac
done <"$MANIFEST"

declare -A CACHE_FOLDERS=()
for path in "${FILES[@]}"; do
  case "$path" in
    */applications/*) CACHE_FOLDERS["${path%/applications/*}/applications"]=desktop ;;
    */icons/hicolor/*) CACHE_FOLDERS["${path%/icons/hicolor/*}/icons/hicolor"]=icons ;;
  esac
  rm -f -- "$path"
done

# A cache the install made is gone with the rest (it is in the manifest); one that was there
# before describes the folder without our files now.
for folder in "${!CACHE_FOLDERS[@]}"; do
  if [ "${CACHE_FOLDERS[$folder]}" = desktop ]; then
    if [ -e "$folder/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
      update-desktop-database -q "$folder" >/dev/null 2>&1 || true
    fi
  elif [ -e "$folder/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    # -t: a user's hicolor folder has no index.theme of its own.
    gtk-update-icon-cache -q -t -f "$folder" >/dev/null 2>&1 || true
  fi
done

for path in "${TREES[@]}"; do
  rm -rf -- "$path"
done

# Deepest first, and only when empty: a folder someone else has put files in stays.
if [ "${#DIRS[@]}" -gt 0 ]; then
  while IFS= read -r path; do
    rmdir -- "$path" 2>/dev/null || true
  done < <(printf '%s\n' "${DIRS[@]}" | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-)
fi

echo "Plank Timer is removed."
echo "Your workout log and settings are kept: ~/.local/share/PlankTimer/plank-timer" \
  "and ~/.config/PlankTimer/ (delete them yourself if you want them gone)."
