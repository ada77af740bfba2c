"""Shared fixtures: a real SQLite file per test, and a real PostgreSQL database when reachable."""

from __future__ import annotations

import os
import re
import uuid

# PTB 22 warns on every RetryAfter unless durations are timedeltas; opt in (as the CLI does).
os.environ.setdefault("PTB_TIMEDELTA", "true")
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.resources import Resources, open_resources
from store.db import make_engine, make_session_factory, upgrade

REPO = Path(__file__).resolve().parents[1]
SEED_NAME = "unn-2025-05-30-istanbul-second-round.txt"
_ORIGIN = re.compile(r'\[remote "origin"\][^\[]*?^\s*url\s*=\s*(.+?)\s*$', re.M | re.S)


def _shared_dirs() -> list[Path]:
    """Where the workspace's shared/ folder may be: beside this checkout, or, for a clone of a
    local checkout (`git clone . /tmp/cc`), beside the checkout it was cloned from."""
    dirs = [REPO.parent / "shared"]
    try:
        config = (REPO / ".git" / "config").read_text(encoding="utf-8")
    except OSError:
        return dirs
    m = _ORIGIN.search(config)
    if m and "://" not in m.group(1) and not m.group(1).startswith("git@"):
        dirs.append(Path(m.group(1)).resolve().parent / "shared")
    return dirs


SHARED = next(
    (d for d in _shared_dirs() if (d / "seed" / SEED_NAME).is_file()), REPO.parent / "shared"
)
SEED = SHARED / "seed" / SEED_NAME
POSTGRES_URL = os.environ.get(
    "NEGOBOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_seed() -> Path:
    """The seed article from the workspace's shared/ (never copied into the project). Skips
    with the reason where shared/ is absent, except under CI=true, where it is always beside the
    clone or beside the checkout the clone was made from."""
    if not SEED.is_file():
        message = f"the seed article is not at {SEED}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return SEED


@pytest.fixture
def seed_path() -> Path:
    return require_seed()


async def _postgres_reachable() -> str | None:
    try:
        conn = await asyncpg.connect(POSTGRES_URL, timeout=3)
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        return f"{type(exc).__name__}: {exc}"
    await conn.close()
    return None


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards.

    Skips with the reason when no server answers, except under CI=true, where it must run.
    """
    problem = await _postgres_reachable()
    if problem is not None:
        message = f"PostgreSQL not reachable at {POSTGRES_URL} ({problem})"
        if IN_CI:
            pytest.fail(f"{message}; CI=true requires the PostgreSQL tests to run")
        pytest.skip(message)
    name = f"negobot_t_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(POSTGRES_URL, timeout=5)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    base = POSTGRES_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        admin = await asyncpg.connect(POSTGRES_URL, timeout=5)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'negobot.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Both backends: the same store test runs on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'negobot.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
async def engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    eng = make_engine(db_url)
    await upgrade(eng)
    try:
        yield eng
    finally:
        await eng.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return make_session_factory(engine)


@pytest.fixture
def settings(sqlite_url: str) -> Settings:
    """Settings for tests: a SQLite file, no .env, no health port, a known admin."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=sqlite_url,
        health_port=0,
        admin_ids=frozenset({42}),
        allow_private_sources=True,
        timezone="Europe/Kyiv",
    )


@pytest.fixture
async def resources(settings: Settings) -> AsyncIterator[Resources]:
    res = await open_resources(settings)
    try:
        yield res
    finally:
        await res.close()
