"""Telegram-style HTML validation used by the emulator's sendMessage."""

import pytest

from bot.emulator import HtmlParseError, html_to_plain, parse_html


@pytest.mark.parametrize(
    ("html", "plain", "entities"),
    [
        ("plain &lt;text&gt; &amp; &quot;q&quot; &#39;s&#x21;", 'plain <text> & "q" \'s!', []),
        (
            "<b>bold</b> <strong>s</strong>",
            "bold s",
            [
                {"type": "bold", "offset": 0, "length": 4},
                {"type": "bold", "offset": 5, "length": 1},
            ],
        ),
        (
            "<B>x</B><I>y</I>",
            "xy",
            [
                {"type": "bold", "offset": 0, "length": 1},
                {"type": "italic", "offset": 1, "length": 1},
            ],
        ),
        (
            "<b>a<i>b</i></b>",
            "ab",
            [
                {"type": "bold", "offset": 0, "length": 2},
                {"type": "italic", "offset": 1, "length": 1},
            ],
        ),
        ("😀<u>x</u>", "😀x", [{"type": "underline", "offset": 2, "length": 1}]),
        (
            '<pre><code class="language-python">a&lt;b</code></pre>',
            "a<b",
            [
                {"type": "pre", "language": "python", "offset": 0, "length": 3},
            ],
        ),
        (
            "<code><b>not bold</b></code>",
            "not bold",
            [
                {"type": "code", "offset": 0, "length": 8},
            ],
        ),
        (
            '<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>',
            "st",
            [
                {"type": "spoiler", "offset": 0, "length": 1},
                {"type": "spoiler", "offset": 1, "length": 1},
            ],
        ),
        (
            "<blockquote expandable>q</blockquote>",
            "q",
            [
                {"type": "expandable_blockquote", "offset": 0, "length": 1},
            ],
        ),
        (
            "<a href='tg://user?id=5'>u</a>",
            "u",
            [
                {"type": "text_mention", "user": {"id": 5}, "offset": 0, "length": 1},
            ],
        ),
        ("a & b &unknown; c", "a & b &unknown; c", []),
        ("<b></b>x", "x", []),
    ],
)
def test_valid_html(html: str, plain: str, entities: list[dict[str, object]]) -> None:
    assert parse_html(html) == (plain, entities)


@pytest.mark.parametrize(
    ("html", "error"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("é<br>", 'Unsupported start tag "br" at byte offset 2'),
        ("<p>x</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("a <b", "Unclosed start tag at byte offset 2"),
        ("1 < 2", "Unclosed start tag at byte offset 2"),
        ("1 < 2 > 0", 'Unsupported start tag "" at byte offset 2'),
        ("<b!>x</b!>", 'Unsupported start tag "b!" at byte offset 0'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ],
)
def test_invalid_html(html: str, error: str) -> None:
    with pytest.raises(HtmlParseError) as excinfo:
        parse_html(html)
    assert str(excinfo.value) == error


def test_html_to_plain_is_lenient() -> None:
    assert html_to_plain("<i>a</i> &amp; b") == "a & b"
    assert html_to_plain("<b>broken") == "<b>broken"
