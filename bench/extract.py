"""Extraction speed: articles per second for a ~6 KB synthetic wire article, and time at 1x,
4x and 16x its length (extraction should be linear in the length of the text).

Run: .venv/bin/python bench/extract.py   (one process, one core)
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time

from bot.extract import extract

PUB = dt.date(2025, 6, 20)

# Synthetic wire copy written for this benchmark (not taken from any outlet).
PARAGRAPHS = [
    "Kyiv, 20.06.2025 12:05",
    "Delegations prepare for third round of talks in Istanbul",
    "The third round of direct negotiations between Ukraine and Russia is expected to take place "
    "in Istanbul on Wednesday, June 25, Ukrainian and Turkish officials said on Friday.",
    "Minister of Defense of Ukraine Rustem Umerov said that Kyiv had handed over its proposals "
    "and was waiting for a written answer from Moscow before the meeting.",
    "“We are ready to continue the work in Istanbul. Our position is clear: a full and "
    "unconditional ceasefire, the exchange of all prisoners and the return of children,” "
    "Umerov told reporters.",
    "Ukraine says Russia is stalling over memorandum20.06.25, 09:14 • 1520 views",
    "Kremlin spokesman Dmitry Peskov said the Russian delegation would again be headed by "
    "presidential aide Vladimir Medinsky. According to him, the composition of the group will "
    "not change.",
    "There are no deadlines and there cannot be any. The work on the memorandum is complicated",
    "- Peskov noted.",
    "He added that Moscow considered the venue “convenient” and thanked the Turkish side.",
    "Turkish Foreign Minister Hakan Fidan, who hosted the first two rounds, said that Ankara was "
    "ready to organise a meeting of the leaders if the delegations made progress.",
    "The first round of negotiations took place in Istanbul on May 16 and ended with an "
    "agreement on a large exchange of prisoners in the “1000 for 1000” format.",
    "Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said that Russia rejected "
    "talks in the Vatican or Switzerland and would only negotiate in Istanbul.",
    "Special Representative of the US President for Ukraine Keith Kellogg stated that security "
    "advisers from the United States, France, Germany and Britain would attend the meeting.",
    "I would advise both sides to stay at the table. The goal is a ceasefire and an end to the "
    "killing",
    "- said the diplomat.",
    "Sybiha: Kyiv will not accept ultimatums dressed up as a memorandum"
    "19.06.25, 18:40 • 3011 views",
    "The head of the Office of the President of Ukraine, Andriy Yermak, discussed the "
    "preparations with national security advisers of Britain, France, Germany and Italy.",
    "During the conversation, Yermak drew the attention of partners to the fact that Russia "
    "had not yet presented its version of the memorandum on a ceasefire.",
    "Foreign Minister Andriy Sybiha said that Ukraine would not accept preconditions about its "
    "territory and called for stronger sanctions if Moscow disrupts the next meeting.",
    "«We will do everything to make the meeting useful, but we will not beg», Sybiha added.",
    "An exchange of 390 for 390 prisoners was completed last week, the Coordination "
    "Headquarters for the Treatment of Prisoners of War said.",
    "Olena Kovalenko",
]
BASE = "\n\n".join(PARAGRAPHS)


def article(target: int = 6000) -> str:
    """About `target` characters: the base paragraphs, then body paragraphs again, cycling."""
    body = PARAGRAPHS[2:-1]
    parts = list(PARAGRAPHS[:-1])
    i = 0
    while sum(len(p) + 2 for p in parts) < target - 200:
        parts.append(body[i % len(body)])
        i += 1
    parts.append(PARAGRAPHS[-1])
    return "\n\n".join(parts)


def timed(text: str, repeat: int) -> float:
    """Median seconds per extract() call over `repeat` runs."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract(text, published=PUB)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    text = article(6000)
    extract(text, published=PUB)  # warm up: data files, regex and date caches
    per = [timed(text, 50) for _ in range(5)]
    median = statistics.median(per)
    print(f"article: {len(text)} chars, {len(text.encode('utf-8'))} bytes")
    print(f"extract(): median {median * 1000:.2f} ms -> {1 / median:.0f} articles/s (one core)")
    print()
    print(f"{'length':>8}{'chars':>10}{'ms':>10}{'ratio':>8}")
    base_ms = 0.0
    for factor in (1, 4, 16):
        big = article(6000 * factor)
        extract(big, published=PUB)
        ms = timed(big, max(3, 40 // factor)) * 1000
        base_ms = base_ms or ms
        print(f"{factor:>7}x{len(big):>10}{ms:>10.2f}{ms / base_ms:>8.2f}")


if __name__ == "__main__":
    main()
