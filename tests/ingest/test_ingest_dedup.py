"""Canonical URLs and simhash near-duplicates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from localweb import FIXTURES

from bot.config import Settings
from bot.ingest.dedup import canonical_url, hamming, simhash, to_signed, to_unsigned
from bot.ingest.feeds import parse_feed


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://Example.COM/a?utm_source=x&utm_medium=rss&id=5#top",
            "https://example.com/a?id=5",
        ),
        ("http://example.com:80/a?b=2&a=1", "http://example.com/a?a=1&b=2"),
        ("https://example.com:8443/a?fbclid=1&gclid=2", "https://example.com:8443/a"),
        ("https://example.com", "https://example.com/"),
        ("https://t.me/test_channel/4101?ref=share", "https://t.me/test_channel/4101"),
        ("file:///tmp/a.txt", "file:///tmp/a.txt"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_syndicated_copy_is_a_near_duplicate() -> None:
    _, own, _ = parse_feed((FIXTURES / "rss_en.xml").read_bytes(), url="http://a.test/")
    _, copy, _ = parse_feed((FIXTURES / "syndicated.xml").read_bytes(), url="http://b.test/")
    _, other, _ = parse_feed((FIXTURES / "atom.xml").read_bytes(), url="http://c.test/")
    original = simhash(own[0].text)
    assert (
        hamming(original, simhash(copy[0].text))
        <= Settings.model_fields["near_duplicate_distance"].default
    )
    assert hamming(original, simhash(other[0].text)) > 10


def test_simhash_of_nothing() -> None:
    assert simhash("") == 0
    assert simhash("word") == simhash("WORD!")


@given(st.integers(min_value=0, max_value=2**64 - 1))
def test_signed_round_trip(value: int) -> None:
    signed = to_signed(value)
    assert -(2**63) <= signed < 2**63
    assert to_unsigned(signed) == value
    assert hamming(signed, value) == 0


@given(st.text(min_size=1, max_size=300))
def test_simhash_fits_64_bits(text: str) -> None:
    assert 0 <= simhash(text) < 2**64
