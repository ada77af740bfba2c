"""The extraction pipeline: clean -> people -> statements -> rounds -> Extraction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from bot.extract.clean import BODY, HEADING, TITLE, clean_body
from bot.extract.dates import find_published
from bot.extract.facts import Extraction, PersonFact, Span, StatementFact
from bot.extract.people import PeopleIndex
from bot.extract.rounds import RoundFinder
from bot.extract.statements import extract_statements, segment

MAX_CHARS = 1_000_000
_OTHER_MEMO = re.compile(
    r"\bmemorandum (?:of|on) (?:understanding|intent|cooperation|partnership)", re.I
)
_PEACE = re.compile(
    r"\b(?:ceasefire|truce|peace|settlement|war|Russia\w*|Moscow|Kremlin|Istanbul|"
    r"negotiat\w*|delegation)\b",
    re.I,
)


def _drop_memo(s: StatementFact) -> StatementFact:
    topics = tuple(t for t in s.topics if t != "memorandum") or ("other",)
    return dataclasses.replace(s, topics=topics)  # longer input is cut: no article is that long


def extract(
    text: str, *, published: dt.date | None = None, source: str | None = None
) -> Extraction:
    """Facts of one article. Pure: no I/O, no clock; never raises on odd input."""
    if not isinstance(text, str) or not text.strip():
        return Extraction(published=published, source=source)
    if published is None:
        published = find_published(text)
    text = text[:MAX_CHARS]
    body = clean_body(text)
    regions = [(ln.start, ln.end) for ln in body.lines]
    people = PeopleIndex()
    people.build(body.text, regions)
    segments = segment(body)
    statements = extract_statements(body, people, segments)
    if _OTHER_MEMO.search(body.text):
        # the article is about a memorandum of understanding/intent: a bare "memorandum" in a
        # statement is that one unless the statement itself is about the war
        statements = [_drop_memo(s) if not _PEACE.search(s.text) else s for s in statements]

    finder = RoundFinder(published)
    for ln, (_quotes, sentences) in zip(body.lines, segments, strict=True):
        if ln.kind not in (BODY, HEADING, TITLE):
            continue
        for s0, e0 in sentences:
            finder.sentence(body.text, s0, e0, heading=ln.kind != BODY)
    rounds = finder.rounds()

    persons = []
    for p in people.persons:
        persons.append(
            PersonFact(
                name=p.name,
                key=p.key,
                role=p.role,
                side=p.side,
                aliases=tuple(a for a in p.aliases if a != p.name),
                span=Span(p.start, p.end),
                confidence=0.9 if p.role or p.actor else 0.7,
            )
        )
    return Extraction(
        published=published,
        title=body.title,
        rounds=tuple(rounds),
        people=tuple(persons),
        statements=tuple(statements),
        exchanges=tuple(finder.exchanges),
        source=source,
        extra={"dropped_lines": len(body.dropped)},
    )
