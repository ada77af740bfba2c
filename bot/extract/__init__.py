"""Pure fact extraction: text in, facts out. No I/O, no clock."""

from bot.extract.facts import Extraction

__all__ = ["Extraction"]
