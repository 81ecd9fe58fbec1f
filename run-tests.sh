#!/usr/bin/env bash
# Sets up what the tests need (first run only) and runs the whole suite headless: ./run-tests.sh [pytest args]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/setup.sh" test
cd "$here"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check --quiet .
exec .venv/bin/python -m pytest "$@"
