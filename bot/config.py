"""Settings: one pydantic-settings object, built once in `main()` and passed down."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PUBLIC_BOT_API = "https://api.telegram.org/bot"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/negobot.db"


class SettingsError(Exception):
    """A setting is missing or malformed; the message names the variable, on one line."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NEGOBOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("NEGOBOT_TOKEN", "TELEGRAM_BOT_TOKEN"),
        description="Bot token from @BotFather (also read from TELEGRAM_BOT_TOKEN).",
    )
    database_url: str = Field(default=DEFAULT_DATABASE_URL, description="SQLAlchemy URL.")
    telegram_api_url: str = Field(
        default=PUBLIC_BOT_API,
        description="Bot API base, form http://host:port/bot (self-hosted server or emulator).",
    )
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(),
        description="Comma-separated Telegram user ids allowed admin commands.",
    )
    webhook_url: str | None = Field(default=None, description="Public HTTPS URL; enables webhook.")
    webhook_listen: str = "0.0.0.0"  # noqa: S104 - a container listens on all interfaces
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_secret: SecretStr | None = None
    health_port: int = Field(default=8080, ge=0, le=65535, description="0 turns /healthz off.")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] | None = Field(
        default=None, description="Default: INFO when serving, WARNING in the terminal chat."
    )
    log_format: Literal["text", "json"] = "text"
    timezone: str = Field(default="Europe/Kyiv", description="Default zone for dates in replies.")
    poll_interval_seconds: int = Field(default=600, ge=10, description="Default source interval.")
    sources_file: Path | None = Field(default=None, description="Extra sources (TOML).")
    load_default_sources: bool = True
    allow_private_sources: bool = Field(
        default=False, description="Allow sources on loopback/private addresses (tests only)."
    )
    http_timeout_seconds: float = Field(default=20.0, gt=0)
    http_max_connections: int = Field(default=50, ge=1)
    http_max_per_host: int = Field(default=4, ge=1)
    http_max_body_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    user_agent: str = "negobot/0.1 (+https://github.com/negobot/negobot; news monitor)"
    http_max_redirects: int = Field(default=5, ge=0, le=20)
    poll_concurrency: int = Field(default=20, ge=1, description="Sources polled at once.")
    poll_job_seconds: float = Field(default=30.0, gt=0, description="How often due sources run.")
    source_timeout_seconds: float = Field(
        default=120.0, gt=0, description="Whole-source budget per pass (feed + its pages)."
    )
    max_backoff_seconds: int = Field(default=6 * 3600, ge=60)
    max_pages_per_source: int = Field(
        default=20, ge=0, description="Article pages fetched per feed per pass (summary-only)."
    )
    near_duplicate_distance: int = Field(
        default=6, ge=0, le=16, description="Simhash bits two copies of a story may differ by."
    )

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            return frozenset(int(p) for p in parts)
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @property
    def is_emulated(self) -> bool:
        return self.telegram_api_url != PUBLIC_BOT_API


def load_settings(**overrides: Any) -> Settings:
    """Build settings from the environment (and .env); errors become one-line SettingsError."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = err["loc"][0] if err["loc"] else ""
        field = Settings.model_fields.get(str(loc))
        name = f"NEGOBOT_{str(loc).upper()}" if loc else "settings"
        if field is not None and field.validation_alias is not None:
            name = "NEGOBOT_TOKEN / TELEGRAM_BOT_TOKEN"
        message = str(err["msg"]).splitlines()[0]
        raise SettingsError(f"invalid setting {name}: {message}") from None
