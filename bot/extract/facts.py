"""The facts the extractor returns: plain, immutable data with provenance.

This module is the contract between `bot.extract` (which fills it) and `bot.ingest` / the CLI
(which store and print it). Offsets are character offsets into the text given to `extract()`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

SIDES = (
    "Ukraine",
    "Russia",
    "USA",
    "Turkey",
    "EU",
    "UK",
    "France",
    "Germany",
    "Italy",
    "UN",
    "other",
)
TOPICS = (
    "memorandum",
    "ceasefire",
    "prisoner_exchange",
    "venue_date",
    "delegation",
    "sanctions",
    "peace_plan",
    "security_guarantees",
    "territory",
    "other",
)
ROUND_STATUSES = ("proposed", "scheduled", "held", "cancelled")

# Facts below this confidence are stored but never alerted on.
ALERT_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PersonFact:
    name: str  # full name as best known ("Rustem Umerov")
    key: str  # normalised transliteration key, the identity used for matching
    role: str | None = None
    side: str | None = None  # one of SIDES
    aliases: tuple[str, ...] = ()
    span: Span | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class StatementFact:
    speaker: str  # the person's full name (or an institution)
    speaker_key: str
    text: str
    topics: tuple[str, ...]
    direct: bool
    span: Span
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class RoundFact:
    number: int | None
    place: str | None
    date: dt.date | None
    status: str  # one of ROUND_STATUSES
    span: Span
    confidence: float = 1.0
    description: str = ""


@dataclass(frozen=True, slots=True)
class ExchangeFact:
    ukraine_count: int | None
    russia_count: int | None
    date: dt.date | None
    span: Span
    description: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Extraction:
    published: dt.date | None
    title: str = ""
    rounds: tuple[RoundFact, ...] = ()
    people: tuple[PersonFact, ...] = ()
    statements: tuple[StatementFact, ...] = ()
    exchanges: tuple[ExchangeFact, ...] = ()
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def memorandum_statement(self) -> bool:
        return any(
            "memorandum" in s.topics and s.confidence >= ALERT_CONFIDENCE for s in self.statements
        )

    def to_json(self) -> dict[str, Any]:
        """The shape `negobot extract --json` prints (documented in the README)."""

        def clean(obj: Any) -> Any:
            if isinstance(obj, dict):
                return {k: clean(v) for k, v in obj.items()}
            if isinstance(obj, list | tuple):
                return [clean(v) for v in obj]
            if isinstance(obj, dt.date):
                return obj.isoformat()
            return obj

        return {
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "rounds": [clean(asdict(r)) for r in self.rounds],
            "people": [clean(asdict(p)) for p in self.people],
            "statements": [clean(asdict(s)) for s in self.statements],
            "exchanges": [clean(asdict(e)) for e in self.exchanges],
            "memorandum_statement": self.memorandum_statement,
        }
