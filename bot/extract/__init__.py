"""Pure fact extraction: text in, facts out. No I/O, no clock.

`extract(text, published=..., source=...)` is the entry point; `clean_body` blanks non-story
lines keeping offsets; `name_key` / `surname_key` give the transliteration keys the store uses to
find people; `find_published` reads an article's own date line.
"""

from bot.extract.clean import CleanBody, clean_body
from bot.extract.dates import find_published
from bot.extract.facts import (
    ALERT_CONFIDENCE,
    ROUND_STATUSES,
    SIDES,
    TOPICS,
    ExchangeFact,
    Extraction,
    PersonFact,
    RoundFact,
    Span,
    StatementFact,
)
from bot.extract.lexicon import find_actor
from bot.extract.names import name_key, same_person, surname_key
from bot.extract.pipeline import extract

__all__ = [
    "ALERT_CONFIDENCE",
    "ROUND_STATUSES",
    "SIDES",
    "TOPICS",
    "CleanBody",
    "ExchangeFact",
    "Extraction",
    "PersonFact",
    "RoundFact",
    "Span",
    "StatementFact",
    "clean_body",
    "extract",
    "find_actor",
    "find_published",
    "name_key",
    "same_person",
    "surname_key",
]
