#!/usr/bin/env bash
# Runs the bot. With TELEGRAM_BOT_TOKEN (or NEGOBOT_TOKEN) set it serves Telegram; without one it
# runs on the embedded defaults: SQLite, the bundled sample article, the local Bot API emulator
# and a terminal chat. Extra arguments go to `negobot run` (see `negobot run --help`).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --no-dev
exec .venv/bin/negobot run "$@"
