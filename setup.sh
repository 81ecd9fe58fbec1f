#!/usr/bin/env bash
# Prepares this checkout: Debian packages (when missing), .venv, Python packages,
# compiled translations. Sourced by run-app.sh and run-tests.sh; safe to run again.
#   setup.sh app    what the desktop app needs
#   setup.sh test   what the test suite needs
set -euo pipefail
purpose=${1:-app}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

say() { printf '%s\n' "$*" >&2; }

# Debian packages. libharfbuzz-subset0 makes CJK font subsetting about 100x faster in
# WeasyPrint; fonts-noto-cjk gives Chinese glyphs to the app and the report.
debs=(libharfbuzz-subset0 fonts-noto-cjk)
if [ "$purpose" = test ]; then
  debs+=(poppler-utils)  # pdftotext / pdffonts read reports back in tests
else
  debs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
         libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0)
fi
python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$candidate
    break
  fi
done
[ -n "$python" ] || debs+=(python3)
if [ -n "$python" ] && [ ! -x .venv/bin/python ] && ! "$python" -c 'import ensurepip' 2>/dev/null; then
  debs+=(python3-venv)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for deb in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" || missing+=("$deb")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else sudo=(none); fi
  if [ "${sudo[0]:-}" = none ]; then
    say "缺少系统软件包 / missing Debian packages: ${missing[*]}"
    say "请运行 / please run:  sudo apt-get install ${missing[*]}"
    exit 1
  fi
  say "安装系统软件包 / installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 ||
    { "${sudo[@]}" apt-get update -q >/dev/null 2>&1 && "${sudo[@]}" apt-get install -y -q "${missing[@]}" >/dev/null; } ||
    { say "无法安装 / could not install: ${missing[*]} (apt-get install ${missing[*]})"; exit 1; }
fi
if [ -z "$python" ]; then
  python=python3
fi

# Virtual environment and Python packages, reinstalled only when pyproject.toml changes.
[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  say "安装 Python 依赖 / installing Python packages…"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# Qt translations: .ts (committed) -> .qm (built here).
for ts in ui/shared/translations/*.ts; do
  [ -e "$ts" ] || continue
  qm=${ts%.ts}.qm
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
