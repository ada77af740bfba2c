#!/usr/bin/env bash
# Shared set-up for ./run.sh and ./test.sh: a pinned uv in .tools/, then the locked
# dependencies and the project in .venv/ (uv sync --frozen: exactly what uv.lock says).
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.8
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "negobot needs Python >= 3.11 (found: $("$PYTHON" --version 2>&1)); set PYTHON=python3.11" >&2
  exit 2
fi
if [ ! -x .tools/bin/uv ] || ! .tools/bin/uv --version 2>/dev/null | grep -q " $UV_VERSION"; then
  "$PYTHON" -m venv .tools
  .tools/bin/python -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
fi
export UV_PYTHON_DOWNLOADS=never
.tools/bin/uv sync --frozen --quiet --python "$PYTHON" "$@"
