"""The extraction pipeline: clean -> people -> statements -> rounds -> Extraction."""

from __future__ import annotations

import datetime as dt

from bot.extract.clean import BODY, HEADING, TITLE, clean_body
from bot.extract.dates import find_published
from bot.extract.facts import Extraction, PersonFact, Span
from bot.extract.people import PeopleIndex
from bot.extract.rounds import RoundFinder
from bot.extract.statements import extract_statements, segment

MAX_CHARS = 1_000_000


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
