"""Bad input never raises: empty, huge, binary, HTML, unbalanced quotes."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.extract import Extraction, clean_body, extract

PIECES = [
    '"',
    "“",
    "”",
    "«",
    "»",
    "„",
    "‘",
    "’",
    "\n",
    "\n\n",
    " ",
    ",",
    ".",
    ":",
    "- ",
    "— ",
    "said",
    "noted",
    "according to him",
    "he",
    "she",
    "Umerov",
    "Rustem Umerov",
    "Minister of Defense of Ukraine",
    "Zelenskyy",
    "the second round",
    "next week",
    "on Monday, June 2",
    "in Istanbul",
    "1000 for 1000",
    "memorandum",
    "<p>",
    "</div>",
    "&quot;",
    "29.05.25, 20:10 • 2606 views",
    " • 3214 views",
    "\x00",
    "\ufffd",
    "We",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=80).map("".join),
    st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1))),
)
def test_never_raises(text: str, pub: dt.date | None) -> None:
    ex = extract(text, published=pub)
    assert isinstance(ex, Extraction)
    assert isinstance(ex.to_json(), dict)
    assert len(clean_body(text).text) == len(text)
    for s in ex.statements:
        assert text[s.span.start : s.span.end] == s.text


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=3000))
def test_binary_noise(data: bytes) -> None:
    ex = extract(data.decode("latin-1"))
    assert isinstance(ex, Extraction)


def test_empty_and_whitespace() -> None:
    assert extract("").statements == ()
    assert extract("   \n\n ").rounds == ()


def test_two_megabytes() -> None:
    para = (
        'Rustem Umerov said that "the memorandum is ready. Kyiv is waiting for the Russian '
        "document\n\n- Umerov noted.\n\n"
    )
    text = (para * (2_000_000 // len(para) + 1))[:2_000_000]
    ex = extract(text, published=dt.date(2025, 5, 30))
    assert isinstance(ex, Extraction)


def test_unbalanced_quotes_and_html() -> None:
    text = '<html><body><p>"We will not go, Umerov said. «Never</p><script>var a="x";</script>'
    assert isinstance(extract(text), Extraction)
