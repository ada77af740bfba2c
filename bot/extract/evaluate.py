"""Scoring `extract()` against gold lines: the `negobot eval GOLD.jsonl TEXTS_DIR` harness.

This is the only module of `bot.extract` that reads files. A gold line is one JSON object:
{"file", "published", "rounds": [{number, place, date, status}], "people": [{name, role, side}],
 "statements": [{speaker, topics, direct, text}], "memorandum_statement"}.

Matching, one-to-one and greedy:
- rounds: the (number, place, date) tuple, null equals null, place case-insensitive (and
  "St. Petersburg" = "Saint Petersburg");
- people: the name key (a surname-only name matches the full name with that surname);
- person_role: the name key and the normalised role (case, punctuation, a leading "the", a leading
  possessive or nationality word, British/American spelling), over people that have a role;
- statements: the speaker key and the first words of the text (the first five normalised words of
  one side appear in the other, so a gold text may be a prefix or stop short);
- memorandum_statement: per article, as a binary classification.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.extract.names import name_key
from bot.extract.pipeline import extract

KINDS = (
    "rounds",
    "people",
    "person_role",
    "statements",
    "statement_direct",
    "memorandum_statement",
)
FIRST_WORDS = 5


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class EvalReport:
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)  # "file: kind: missed|extra: detail"


# -- normalisation -------------------------------------------------------------------------
_NON_WORD = re.compile(r"[^\w\s]")
_NATIONALITY = re.compile(
    r"^(?:(?:\w+['’]s|ukrainian|russian|american|us|u\.s\.|turkish|british|french|german|"
    r"italian|european|eu|un)\s+)+"
)
_SPELLING = (("defence", "defense"), ("counsellor", "counselor"), ("advisor", "adviser"))


def norm_words(text: str) -> list[str]:
    return _NON_WORD.sub(" ", text.lower().replace("’", "'")).split()


def norm_role(role: str | None) -> str | None:
    if not role:
        return None
    r = " ".join(role.lower().replace("’", "'").split()).strip(" ,.")
    r = re.sub(r"^(?:the|a|an)\s+", "", r)
    r = _NATIONALITY.sub("", r)
    for a, b in _SPELLING:
        r = r.replace(a, b)
    r = re.sub(r"^(?:the|a|an)\s+", "", r)
    return " ".join(norm_words(r)) or None


def same_name(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    sa, sb = ka.rsplit(" ", 1)[-1], kb.rsplit(" ", 1)[-1]
    if sa != sb:
        return False
    # same surname: one side has no given name, or the given names start alike
    return " " not in ka or " " not in kb or ka[0] == kb[0]


def texts_match(gold: str, pred: str) -> bool:
    g, p = norm_words(gold), norm_words(pred)
    if not g or not p:
        return not g and not p
    gh, ph = g[:FIRST_WORDS], p[:FIRST_WORDS]
    return _contains(p, gh) or _contains(g, ph)


def _contains(seq: list[str], sub: list[str]) -> bool:
    n = len(sub)
    first = sub[0]
    return any(seq[i] == first and seq[i : i + n] == sub for i in range(len(seq) - n + 1))


def _match(
    gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]
) -> tuple[int, list[Any], list[Any]]:
    """Greedy one-to-one matching: (matches, unmatched gold, unmatched predictions)."""
    left = list(pred)
    missed = []
    tp = 0
    for g in gold:
        for i, p in enumerate(left):
            if same(g, p):
                tp += 1
                del left[i]
                break
        else:
            missed.append(g)
    return tp, missed, left


# -- scoring -------------------------------------------------------------------------------
def norm_place(place: object) -> str | None:
    """Case, dots and "Saint"/"St." aside: "St. Petersburg" is "Saint Petersburg"."""
    if not isinstance(place, str) or not place.strip():
        return None
    words = place.lower().replace(".", " ").replace("’", "'").split()
    return " ".join("st" if w == "saint" else w for w in words)


def _round_tuple(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r.get("number"), norm_place(r.get("place")), r.get("date"))


def score_article(gold: dict[str, Any], pred: dict[str, Any], report: EvalReport) -> None:
    name = str(gold.get("file"))

    def tally(kind: str, g: list[Any], p: list[Any], same: Callable[[Any, Any], bool],
              show: Callable[[Any], str]) -> None:  # fmt: skip
        tp, missed, extra = _match(g, p, same)
        sc = report.scores[kind]
        sc.tp += tp
        sc.fn += len(missed)
        sc.fp += len(extra)
        report.mismatches.extend(f"{name}: {kind}: missed: {show(x)}" for x in missed)
        report.mismatches.extend(f"{name}: {kind}: extra: {show(x)}" for x in extra)

    tally(
        "rounds",
        [_round_tuple(r) for r in gold.get("rounds", [])],
        [_round_tuple(r) for r in pred.get("rounds", [])],
        lambda a, b: a == b,
        repr,
    )
    gp, pp = gold.get("people", []), pred.get("people", [])
    tally("people", gp, pp, lambda a, b: same_name(a["name"], b["name"]), lambda x: x["name"])
    tally(
        "person_role",
        [x for x in gp if x.get("role")],
        [x for x in pp if x.get("role")],
        lambda a, b: (
            same_name(a["name"], b["name"]) and norm_role(a["role"]) == norm_role(b["role"])
        ),
        lambda x: f"{x['name']} | {x['role']}",
    )
    gs, ps = gold.get("statements", []), pred.get("statements", [])

    def same_stmt(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return same_name(a["speaker"], b["speaker"]) and texts_match(a["text"], b["text"])

    tally(
        "statements", gs, ps, same_stmt,
        lambda x: f"{x['speaker']} | {'direct' if x.get('direct') else 'reported'} | "
        f"{x['text'][:90]}",
    )  # fmt: skip
    tally(
        "statement_direct",
        gs,
        ps,
        lambda a, b: same_stmt(a, b) and bool(a.get("direct")) == bool(b.get("direct")),
        lambda x: f"{x['speaker']} | direct={x.get('direct')} | {x['text'][:60]}",
    )
    g_memo, p_memo = bool(gold.get("memorandum_statement")), bool(pred.get("memorandum_statement"))
    sc = report.scores["memorandum_statement"]
    if g_memo and p_memo:
        sc.tp += 1
    elif p_memo:
        sc.fp += 1
        report.mismatches.append(f"{name}: memorandum_statement: extra: predicted true")
    elif g_memo:
        sc.fn += 1
        report.mismatches.append(f"{name}: memorandum_statement: missed: gold true")


def read_gold(gold_path: Path) -> list[dict[str, Any]]:
    out = []
    for raw in gold_path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            out.append(json.loads(raw))
    return out


def evaluate(gold_path: Path, texts_dir: Path) -> EvalReport:
    """Run `extract` on every gold line's file under texts_dir and score it."""
    report = EvalReport()
    for gold in read_gold(gold_path):
        path = texts_dir / str(gold["file"])
        if not path.is_file():
            report.missing.append(str(gold["file"]))
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        published = gold.get("published")
        pub = dt.date.fromisoformat(published) if published else None
        pred = extract(text, published=pub, source=str(gold["file"])).to_json()
        score_article(gold, pred, report)
        report.articles += 1
    return report


def format_report(report: EvalReport, verbose: bool = False) -> str:
    lines = [f"articles: {report.articles}"]
    if report.missing:
        lines.append("missing texts: " + ", ".join(report.missing))
    lines.append(f"{'kind':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for kind in KINDS:
        s = report.scores[kind]
        lines.append(
            f"{kind:<22}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6d}{s.fp:6d}{s.fn:6d}"
        )
    if verbose and report.mismatches:
        lines.append("")
        lines.append("mismatches:")
        lines.extend("  " + m for m in report.mismatches)
    return "\n".join(lines)
