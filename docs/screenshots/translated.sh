#!/usr/bin/env bash
# Every view in German and French at the window's default size (1360x860), into docs/screenshots/VIEW-de.png and
# VIEW-fr.png, from the sample workspace. Run from anywhere: docs/screenshots/translated.sh
# PYTHON names the interpreter that has Planner installed (default: the checkout's .venv).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
# A fresh data folder and settings: the shots must not read, or change, the user's.
export QT_QPA_PLATFORM=offscreen PLANNER_DATA_DIR=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) HOME=$(mktemp -d)
for view in $("$PYTHON" -c 'from planner.ui.views import VIEW_NAMES; print(*VIEW_NAMES)'); do
  for language in de fr; do
    # The locale too, so dates and numbers read as a German or French user's do (Qt reads LC_ALL, no system locale
    # needs to be installed).
    locale=$([ "$language" = de ] && echo de_DE.UTF-8 || echo fr_FR.UTF-8)
    LC_ALL=$locale LANG=$locale "$PYTHON" -m planner --sample --view "$view" --language "$language" --size 1360x860 \
      --screenshot "docs/screenshots/$view-$language.png"
  done
done
