"""Settings: env prefix, the plain TELEGRAM_BOT_TOKEN, one-line errors, the token kept secret."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import PUBLIC_BOT_API, SettingsError, load_settings
from bot.logging import RedactingFilter, configure_logging, redact

TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "NEGOBOT_TOKEN",
        "NEGOBOT_ADMIN_IDS",
        "NEGOBOT_DATABASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)


def test_defaults() -> None:
    settings = load_settings()
    assert settings.token is None
    assert settings.telegram_api_url == PUBLIC_BOT_API
    assert settings.database_url.endswith("./data/negobot.db")
    assert settings.admin_ids == frozenset()


def test_environment_and_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("NEGOBOT_ADMIN_IDS=1, 2;3\nTELEGRAM_BOT_TOKEN=" + TOKEN + "\n")
    monkeypatch.setenv("NEGOBOT_TELEGRAM_API_URL", "http://127.0.0.1:8081/bot")
    settings = load_settings()
    assert settings.admin_ids == frozenset({1, 2, 3})
    assert settings.token is not None and settings.token.get_secret_value() == TOKEN
    assert TOKEN not in repr(settings) and TOKEN not in str(settings.model_dump())
    assert settings.is_emulated


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("NEGOBOT_ADMIN_IDS", "alice"),
        ("NEGOBOT_HEALTH_PORT", "eighty"),
        ("NEGOBOT_TELEGRAM_API_URL", "ftp://x"),
        ("NEGOBOT_TIMEZONE", "Mars/Olympus"),
        ("NEGOBOT_LOG_FORMAT", "xml"),
    ],
)
def test_bad_setting_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    message = str(info.value)
    assert name in message
    assert "\n" not in message


def test_logs_never_show_the_token(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("DEBUG", "json", secrets=(TOKEN,))
    log = logging.getLogger("negobot.test")
    log.info("calling https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise RuntimeError(f"failed at /bot{TOKEN}/sendMessage")
    except RuntimeError:
        log.exception("boom")
    logging.getLogger("other").warning("token-shaped 123456789:%s", "x" * 35)
    err = capsys.readouterr().err
    assert TOKEN not in err
    assert "x" * 35 not in err
    assert err.count("[token]") >= 3
    logging.getLogger().handlers.clear()


def test_redact_and_filter_keep_ordinary_text() -> None:
    assert redact("round 2 at 10:30 in Istanbul") == "round 2 at 10:30 in Istanbul"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "plain %s", ("text",), None)
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "plain text"
