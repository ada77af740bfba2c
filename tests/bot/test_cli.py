"""The `negobot` command line, run as a user runs it (in-process main() and real subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import require_seed

REPO = Path(__file__).resolve().parents[2]
TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "NEGOBOT_TOKEN", "NEGOBOT_TELEGRAM_API_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEGOBOT_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("NEGOBOT_HEALTH_PORT", "0")
    return tmp_path


def run_cli(
    *args: str, stdin: str = "", env_extra: dict[str, str] | None = None, cwd: Path
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env_extra or {})}
    return subprocess.run(  # noqa: S603 - our own entry point
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=120,
        check=False,
    )


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("run", "chat", "ingest", "extract", "eval", "ask", "db", "poll", "sources"):
        with pytest.raises(SystemExit) as info:
            main([command, "--help"])
        assert info.value.code == 0
        assert "usage: negobot" in capsys.readouterr().out


def test_ingest_seed_then_ask_next_round(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(require_seed())]) == 0
    assert "1 new" in capsys.readouterr().out
    assert main(["ingest", str(require_seed())]) == 0  # idempotent
    assert "0 new" in capsys.readouterr().out
    assert main(["ask", "/next_round"]) == 0
    out = capsys.readouterr().out
    assert "Istanbul" in out
    assert "2 June 2025" in out
    assert "Source:" in out
    assert main(["ask", "--today", "2025-05-31", "/next_round"]) == 0
    out = capsys.readouterr().out
    assert "Next: Second round in Istanbul" in out
    assert "When: 2 June 2025 (in 2 days)" in out


def test_ingest_bad_files_is_one_line_exit_2_and_stores_nothing(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = env / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    for bad in (str(env / "missing.txt"), str(binary)):
        assert main(["ingest", bad]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("negobot: ")
        assert len(err.splitlines()) == 1
        assert "Traceback" not in err
    assert main(["ask", "/rounds"]) == 0
    assert "No rounds have been reported yet." in capsys.readouterr().out


def test_extract_json_shape(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(require_seed()), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"rounds", "people", "statements", "memorandum_statement"} <= set(data)
    assert data["memorandum_statement"] is True
    assert {
        "number": 2,
        "place": "Istanbul",
        "date": "2025-06-02",
        "status": "scheduled",
    }.items() <= (next(r for r in data["rounds"] if r["number"] == 2).items())
    umerov = next(p for p in data["people"] if p["name"] == "Rustem Umerov")
    assert (umerov["role"], umerov["side"]) == ("Minister of Defense of Ukraine", "Ukraine")


def test_ask_unknown_and_plain_text(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "/nonsense"]) == 0
    assert "I don't know /nonsense" in capsys.readouterr().out
    assert main(["ask", "hello"]) == 0
    assert "Send a command" in capsys.readouterr().out


def test_bad_setting_is_one_line(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEGOBOT_ADMIN_IDS", "not-a-number")
    assert main(["ask", "/help"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "NEGOBOT_ADMIN_IDS" in err


def test_chat_answers_who_kellogg_in_a_real_process(env: Path) -> None:
    done = run_cli("chat", stdin="/who Kellogg\n/next_round\n", cwd=env)
    assert done.returncode == 0, done.stderr
    assert "you> /who Kellogg" in done.stdout
    assert "bot> Keith Kellogg" in done.stdout
    assert "Special Representative of the US President for Ukraine" in done.stdout
    assert "Istanbul" in done.stdout
    assert "Traceback" not in done.stderr


def test_run_without_token_is_the_demo_and_says_how_to_go_live(env: Path) -> None:
    done = run_cli("run", stdin="/help\n/sources\n", cwd=env)
    assert done.returncode == 0, done.stderr
    assert "To go live: TELEGRAM_BOT_TOKEN=" in done.stderr
    assert "bot> /next_round" in done.stdout
    assert "bot> No sources yet. Add one with /sources add URL" in done.stdout  # admin at home


def test_token_never_printed_even_when_the_api_fails(env: Path) -> None:
    # A token-shaped secret and an unreachable Bot API: the bot fails, but never shows it.
    done = run_cli(
        "run",
        cwd=env,
        env_extra={
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "NEGOBOT_TELEGRAM_API_URL": "http://127.0.0.1:9/bot",
            "NEGOBOT_LOG_LEVEL": "DEBUG",
        },
    )
    assert done.returncode != 0
    assert TOKEN not in done.stdout + done.stderr
    assert TOKEN.split(":")[1] not in done.stdout + done.stderr
