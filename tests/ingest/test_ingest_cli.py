"""`negobot poll` and `negobot sources …` through argparse, as the lead's CLI calls them."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from localweb import LocalServer, make_settings

from bot.config import Settings
from bot.ingest.cli import register


def run(settings: Settings, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="negobot")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    code: int = args.func(args, settings)
    return code


def test_sources_add_list_check_poll_remove(
    thread_server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(tmp_path)
    feed = thread_server.url("/rss/en")
    assert run(settings, "sources", "add", feed, "--name", "Courier") == 0
    assert "added rss source Courier" in capsys.readouterr().out
    assert run(settings, "sources", "add", thread_server.url("/articles/memorandum-drafted")) == 0
    assert "added page source" in capsys.readouterr().out

    assert run(settings, "sources", "check", thread_server.url("/rss/uk")) == 0
    out = capsys.readouterr().out
    assert "rss, 2 items (nothing stored)" in out and "Делегації" in out

    assert run(settings, "poll") == 0
    out = capsys.readouterr().out
    assert "ok   Courier: 2 items" in out and "2 new articles" in out
    assert "2 sources: 2 ok" in out

    assert run(settings, "sources", "list") == 0
    out = capsys.readouterr().out
    assert "Courier" in out and "failures in a row 0" in out

    assert run(settings, "sources", "remove", feed) == 0
    assert run(settings, "sources", "list") == 0
    assert "off rss" in capsys.readouterr().out


def test_poll_exits_1_when_every_source_fails(
    thread_server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(tmp_path)
    assert run(settings, "sources", "add", thread_server.url("/bad/500"), "--kind", "rss") == 0
    assert run(settings, "poll") == 1
    assert "FAIL" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("sources", "add", "ftp://example.com/feed", "--kind", "rss"), "only http and https"),
        (("sources", "remove", "https://nowhere.example/feed"), "no source with URL"),
        (("sources", "check", "/definitely/not/here.txt"), "no such file or folder"),
        (("sources", "add", "https://t.me/s/x"), "not a public Telegram channel"),
    ],
)
def test_errors_are_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    assert run(make_settings(tmp_path), *argv) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err


def test_private_source_refused_without_the_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(tmp_path, allow_private_sources=False)
    assert run(settings, "sources", "add", "http://127.0.0.1:9/feed") == 2
    assert "NEGOBOT_ALLOW_PRIVATE_SOURCES=1" in capsys.readouterr().err
