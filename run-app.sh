#!/usr/bin/env bash
# Sets up what the desktop app needs (first run only) and starts it: ./run-app.sh [FILE.lhc]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/setup.sh" app
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "没有可用的图形显示（DISPLAY 未设置）。请在桌面会话中运行。 / No display found (DISPLAY is not set)." >&2
  exit 1
fi
exec "$here/.venv/bin/legalcheck" gui "$@"
