"""Pure formatting: store views in, Telegram HTML out. No I/O, no clock (pass `today`/`tz`)."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo

from store.models import Source
from store.queries import PersonView, Provenance, RoundView, StatementView

MAX_MESSAGE = 4096
QUOTE_PREVIEW = 400

TOPIC_LABELS = {
    "memorandum": "the memorandum",
    "ceasefire": "a ceasefire",
    "prisoner_exchange": "prisoner exchanges",
    "venue_date": "venue and date",
    "delegation": "the delegations",
    "sanctions": "sanctions",
    "peace_plan": "the peace plan",
    "security_guarantees": "security guarantees",
    "territory": "territory",
    "other": "other matters",
}

_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def ordinal(n: int) -> str:
    if n in _ORDINALS:
        return _ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(day: dt.date | None) -> str:
    return "date not announced" if day is None else f"{day.day} {day:%B %Y}"


def format_when(moment: dt.datetime | None, *, tz: ZoneInfo) -> str:
    if moment is None:
        return "date unknown"
    local = moment.astimezone(tz)
    return f"{local.day} {local:%b %Y}"


def format_source(source: Provenance, *, tz: ZoneInfo) -> str:
    label = source.source_name or _host(source.url) or "source"
    when = f", {format_when(source.published_at, tz=tz)}" if source.published_at else ""
    title = esc(source.title) if source.title else esc(label)
    if source.url.startswith(("http://", "https://")):
        link = f'<a href="{html.escape(source.url, quote=True)}">{title}</a>'
    else:
        link = title
    if source.title and source.source_name:
        link += f" ({esc(source.source_name)})"
    return f"Source: {link}{when}"


def _host(url: str) -> str:
    match = re.match(r"https?://([^/]+)", url)
    return match.group(1) if match else ""


def round_title(view: RoundView) -> str:
    r = view.round
    kind = f"{ordinal(r.number).capitalize()} round" if r.number else "Round"
    place = f" in {esc(r.place)}" if r.place else ""
    return f"{kind}{place}"


def format_round_line(view: RoundView, *, tz: ZoneInfo) -> str:
    r = view.round
    return f"• <b>{round_title(view)}</b> — {format_date(r.date)} ({esc(r.status)})"


def format_next_round(
    view: RoundView | None, *, today: dt.date, tz: ZoneInfo, last: RoundView | None = None
) -> str:
    if view is None and last is None:
        return "No round has been reported yet. /rounds lists what is known."
    if view is None and last is not None:
        r = last.round
        return "\n".join(
            [
                f"No round is announced after {format_date(today)}.",
                f"Last reported: <b>{round_title(last)}</b>, {format_date(r.date)} "
                f"({esc(r.status)} at the time)",
                format_source(last.source, tz=tz),
            ]
        )
    if view is None:  # unreachable: both None is handled above; keeps the type checker sure
        return ""
    r = view.round
    days = (r.date - today).days if r.date else None
    when = format_date(r.date)
    if days == 0:
        when += " (today)"
    elif days == 1:
        when += " (tomorrow)"
    elif days is not None and days > 1:
        when += f" (in {days} days)"
    lines = [
        f"<b>Next: {round_title(view)}</b>",
        f"When: {when}",
        f"Status: {esc(r.status)}",
    ]
    if view.mentions > 1:
        lines.append(f"Reported in {view.mentions} articles.")
    lines.append(format_source(view.source, tz=tz))
    return "\n".join(lines)


def format_rounds(views: Sequence[RoundView], *, tz: ZoneInfo) -> str:
    if not views:
        return "No rounds have been reported yet."
    lines = ["<b>Rounds and meetings</b>"]
    lines += [format_round_line(v, tz=tz) for v in views]
    return "\n".join(lines)


def _quote(view: StatementView, *, tz: ZoneInfo, with_speaker: bool) -> str:
    s = view.statement
    text = s.text if len(s.text) <= QUOTE_PREVIEW else s.text[: QUOTE_PREVIEW - 1] + "…"
    body = f"“{esc(text)}”" if s.direct else f"(reported) {esc(text)}"
    speaker = f"<b>{esc(s.speaker)}</b>: " if with_speaker else ""
    topics = ", ".join(TOPIC_LABELS.get(t, t) for t in s.topics if t != "other")
    about = f"\n<i>on {esc(topics)}</i>" if topics else ""
    return f"{speaker}{body}{about}\n{format_source(view.source, tz=tz)}"


def format_person(view: PersonView, *, tz: ZoneInfo) -> str:
    p = view.person
    lines = [f"<b>{esc(p.name)}</b>"]
    if p.role:
        lines.append(f"Role: {esc(p.role)}")
    if p.side:
        lines.append(f"Side: {esc(p.side)}")
    if view.aliases:
        lines.append(f"Also written: {esc(', '.join(view.aliases))}")
    lines.append(f"Statements on record: {view.statements}")
    if view.latest is not None:
        lines.append("")
        lines.append("Latest:")
        lines.append(_quote(view.latest, tz=tz, with_speaker=False))
    return "\n".join(lines)


def format_statements(title: str, views: Sequence[StatementView], *, tz: ZoneInfo) -> str:
    if not views:
        return f"No statements found for {esc(title)}."
    parts = [f"<b>{esc(title)}</b>"]
    parts += [_quote(v, tz=tz, with_speaker=True) for v in views]
    return "\n\n".join(parts)


def format_not_found(what: str, query: str) -> str:
    return f"I know no {what} called “{esc(query)}” yet."


def ago(moment: dt.datetime | None, now: dt.datetime) -> str:
    if moment is None:
        return "never"
    seconds = int((now - moment).total_seconds())
    if seconds < 0:
        return "in " + ago(now, moment).removesuffix(" ago")
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return f"{seconds} s ago"


def format_source_health(source: Source, *, now: dt.datetime) -> str:
    if not source.enabled:
        mark = "⏸"
    elif source.failures_in_row:
        mark = "❌"
    elif source.last_success_at is None:
        mark = "⏳"
    else:
        mark = "✅"
    line = (
        f"{mark} <b>{esc(source.name)}</b> ({esc(source.kind)}) — last success "
        f"{ago(source.last_success_at, now)}, failures in a row {source.failures_in_row}, "
        f"items seen {source.items_seen}"
    )
    if source.last_error:
        line += (
            f"\n    last error {ago(source.last_error_at, now)}: {esc(source.last_error[:300])}"
        )
    return line


def format_sources(sources: Sequence[Source], *, now: dt.datetime) -> str:
    """Every source's health, one paragraph each (long lists split across messages)."""
    if not sources:
        return "No sources yet. Add one with /sources add URL"
    failing = sum(1 for s in sources if s.enabled and s.failures_in_row)
    enabled = sum(1 for s in sources if s.enabled)
    head = f"<b>Sources</b>: {enabled} enabled, {failing} failing"
    return "\n\n".join([head, *(format_source_health(s, now=now) for s in sources)])


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split at paragraph (then line, then word) boundaries into chunks of at most `limit`.

    Cuts never fall inside an HTML tag, because tags only ever wrap text within one line.
    """
    if len(text) <= limit:
        return [text] if text.strip() else []
    chunks: list[str] = []
    current = ""
    for piece in _pieces(text, limit):
        candidate = piece if not current else f"{current}{piece}"
        if len(candidate) <= limit:
            current = candidate
        else:
            if current.strip():
                chunks.append(current.rstrip("\n"))
            current = piece
    if current.strip():
        chunks.append(current.rstrip("\n"))
    return chunks


def _pieces(text: str, limit: int) -> Iterable[str]:
    for paragraph in re.split(r"(?<=\n\n)", text):
        if len(paragraph) <= limit:
            yield paragraph
            continue
        for line in paragraph.splitlines(keepends=True):
            if len(line) <= limit:
                yield line
                continue
            # An over-long single line loses its markup; escaping grows a character at most
            # five-fold ("&" -> "&amp;"), so these pieces always fit once escaped.
            plain = html_to_plain(line)
            step = max(1, limit // 5)
            for start in range(0, len(plain), step):
                yield esc(plain[start : start + step])


_TAG = re.compile(r"<[^>]+>")


def html_to_plain(text: str) -> str:
    """What a user sees of a Telegram HTML message: tags removed, entities decoded."""
    return html.unescape(_TAG.sub("", text))
