#!/usr/bin/env bash
# The whole check: lint, format, types, tests. PostgreSQL tests use 127.0.0.1:5432 (database
# test, user postgres) and skip with the reason when none answers, except under CI=true.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
echo "== ruff check"; .venv/bin/ruff check .
echo "== ruff format --check"; .venv/bin/ruff format --check .
echo "== mypy"; .venv/bin/mypy
echo "== pytest"; .venv/bin/pytest -p no:cacheprovider "$@"
