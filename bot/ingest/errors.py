"""Errors of the ingest layer. Every message is one line, fit for a source's `last_error`."""

from __future__ import annotations


class IngestError(Exception):
    """Something could not be ingested; the message says what, on one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class UnsafeURLError(IngestError):
    """The URL's scheme is not http(s) or its host resolves to a non-public address."""


class FetchError(IngestError):
    """The HTTP exchange failed: status, timeout, size, redirects, connection."""


class ParseError(IngestError):
    """The body was fetched but is not what the source kind expects."""
