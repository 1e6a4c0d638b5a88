#!/usr/bin/env bash
# Every view of the sample workspace at 1360x860 (the window's default size) and 1920x1080, light and dark, in
# English, into docs/screenshots/VIEW[-dark][-1920].png. German and French: docs/screenshots/translated.sh.
# PYTHON names the interpreter that has Planner installed (default: the checkout's .venv).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
# A fresh data folder and settings, English: the shots must not read, or change, the user's.
export QT_QPA_PLATFORM=offscreen PLANNER_DATA_DIR=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) HOME=$(mktemp -d)
for view in $("$PYTHON" -c 'from planner.ui.views import VIEW_NAMES; print(*VIEW_NAMES)'); do
  for theme in light dark; do
    suffix=""
    [ "$theme" = dark ] && suffix="-dark"
    "$PYTHON" -m planner --sample --view "$view" --theme "$theme" --language en --size 1360x860 \
      --screenshot "docs/screenshots/$view$suffix.png"
    "$PYTHON" -m planner --sample --view "$view" --theme "$theme" --language en --size 1920x1080 \
      --screenshot "docs/screenshots/$view$suffix-1920.png"
  done
done
