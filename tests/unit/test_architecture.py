"""The direction of imports, checked by walking the source (ast), so the layers stay layers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# package prefix -> prefixes it must never import
FORBIDDEN = {
    "store": ("bot", "handlers", "telegram"),
    "bot.extract": (
        "bot.ingest",
        "bot.app",
        "bot.runner",
        "store",
        "handlers",
        "telegram",
        "aiohttp",
        "sqlalchemy",
        "sqlmodel",
    ),
    "handlers.formatting": ("bot", "telegram", "aiohttp", "sqlalchemy"),
}
# modules that must do no I/O and never read the clock
PURE = ("bot/extract", "handlers/formatting.py")
CLOCK_ATTRS = ("now", "today", "utcnow", "monotonic", "perf_counter", "sleep", "urlopen")
IMPURE_NAMES = ("open", "input", "print")


def impure(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        if func.attr in CLOCK_ATTRS or (owner == "time" and func.attr == "time"):
            return f"{owner}.{func.attr}"
    elif isinstance(func, ast.Name) and func.id in IMPURE_NAMES:
        return func.id
    return None


def modules() -> list[tuple[str, Path]]:
    found = []
    for root in ("bot", "handlers", "store"):
        for path in sorted((REPO / root).rglob("*.py")):
            rel = path.relative_to(REPO).with_suffix("")
            found.append((".".join(rel.parts), path))
    return found


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize(("module", "path"), modules(), ids=lambda v: str(v))
def test_imports_follow_the_architecture(module: str, path: Path) -> None:
    for owner, banned in FORBIDDEN.items():
        if module == owner or module.startswith(owner + "."):
            bad = sorted(
                name
                for name in imported(path)
                for prefix in banned
                if name == prefix or name.startswith(prefix + ".")
            )
            assert not bad, f"{module} must not import {bad}"


def test_pure_modules_do_no_io_and_read_no_clock() -> None:
    offenders = []
    for module, path in modules():
        rel = path.relative_to(REPO).as_posix()
        if not rel.startswith(PURE) or rel.endswith("evaluate.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (name := impure(node)):
                offenders.append(f"{module}:{node.lineno} calls {name}()")
    assert not offenders, offenders


def test_no_sql_outside_store() -> None:
    for module, path in modules():
        if module.startswith("store"):
            continue
        names = imported(path)
        assert "sqlmodel.select" not in names and not any(
            n in ("sqlalchemy.sql", "sqlalchemy.future") for n in names
        ), module
        source = path.read_text(encoding="utf-8")
        assert "select(" not in source or module.startswith("bot.emulator"), module
