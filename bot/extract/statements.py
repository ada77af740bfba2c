"""Statements: who said what, as a direct quote or reported speech.

Per paragraph and sentence (quotes never split):
- a quote of four words or more standing on its own (after "X said:", before ", X said", or a
  whole quote paragraph) is a direct statement; shorter quoted phrases are scare quotes;
- a paragraph followed by a "- X noted." line is a direct statement of X;
- "X said (that) ...", "according to X, ...", "..., X said." are reported statements.
Speakers are named mentions, pronouns ("he noted") resolved to the most recent person of the same
gender outside quotes, or role nouns ("the diplomat", "the head of the OP") resolved to the most
recent person with that title.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extract.clean import ATTRIBUTION, BODY, CONTROL, CleanBody, Line
from bot.extract.facts import Span, StatementFact
from bot.extract.lexicon import lexicon
from bot.extract.people import PeopleIndex, side_of
from bot.extract.quotes import Quote, find_quotes, split_sentences
from bot.extract.topics import DocContext, topics_of

MIN_QUOTE_WORDS = 4

# a second speaker's clause: "..., while British Prime Minister Keir Starmer called ...", "..., but
# Kremlin spokesman Dmitry Peskov said ..."
_SECOND_CLAUSE = re.compile(r",\s+(?:while|whereas|although|though|but)\s+")
# a name in a clause these open is not the main subject ("before Zelensky arrived, and said")
_SUBORDINATE = re.compile(r"\b(?:before|after|when|while|until|since|because|once)\s+\Z")
# '"...," he told reporters, adding that ...': what was added
_ADDING = re.compile(r",\s+adding\s+(?:that\s+)?(?=\S)")
_MAX_INTRO = 150  # the longest lead-in before "...: «quote»" read as naming its speaker
# Ukrainska Pravda's "Quote: «...»" line
_QUOTE_LINE = re.compile(r"\s*Quote:\s*[\"“«„']")
# what a speaker's judgement is of: "called the talks constructive", "called Sunday's meeting
# a step forward" (not "called Putin", a phone call, nor "called the talks off")
_JUDGED = (
    r"(?:the|this|that|these|those|his|her|their|its|our|[A-Z][\w-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:talks|meetings?|discussions?|conversations?|negotiations|rounds?|"
    r"summit|proposals?|plan|document|memorandum|draft|offer|deal|agreement|visit|process|"
    r"outcome|results?|framework|text)\b(?!\s+(?:off|for|on|to)\b)"
)
# one branch per first letter (alternatives with different first letters never match at the same
# place, so the grouping keeps every match): a word start tries one branch, not eighty words
_VERB = re.compile(
    r"\b(?:"
    r"s(?:aid|ays|tressed|tresses|tated|tates|uggested|pecified|ummed up|ignall?ed(?= that)|"
    r"ignals(?= that)|tressing|aying)|"
    r"n(?:oted|otes|oting)|"
    r"e(?:mphasi[sz]ed|mphasi[sz]es|xplained|xpects|xpected|"
    r"xpressed(?: (?:the |his |her )?(?:hope|confidence|belief|concern|view))?(?= that)|"
    r"mphasizing)|"
    r"a(?:dded|dds|nnounced|ssured|nswered|dmitted|rgued|cknowledged|sserted|ccused|"
    r"ffirmed|ccording to)|"
    r"r(?:eported|eminded|ecalled|eiterated|eplied|esponded|evealed|epeated(?= that)|"
    r"eaffirmed)|"
    r"t(?:old|ells|hreatened|hinks|weeted|elling(?= (?:[\w'’.-]+ ){0,4}?that\b))|"
    r"w(?:arned|arns|rote|riting(?= that)|as convinced)|"
    r"u(?:rged|rges|nderlined|nderscored)|"
    r"c(?:alled (?:on|for)|alls (?:on|for)|laimed|onfirmed|ommented|larified|omplained|"
    r"ontinued|oncluded|autioned|"
    # a judgement of a meeting or a document: "called the talks constructive"
    r"all(?:ed|s)(?= " + _JUDGED + r")|haracteri[sz]ed(?= [^.;]{1,80}?\bas\b))|"
    r"d(?:eclared|enied|rew (?:the )?attention|emanded|"
    r"escribe[sd](?= [^.;]{1,80}?\bas\b)|ismissed(?= [^.;]{1,80}?\bas\b))|"
    r"i(?:nsisted|nformed|ndicated|s convinced)|"
    r"p(?:ointed out|romised|roposed(?= that)|"
    r"osted (?:on|to) (?:X|Telegram|Facebook|Truth Social|social media|social networks)|"
    r"osted(?=\s*[.,;]))|"
    r"vowed|m(?:entioned|ade (?:it )?clear(?= that))|"
    r"h(?:ighlighted|opes|oped|as said|ave said|ad said)|"
    r"b(?:elieves|elieved)|"
    r"According to"
    r")\b"
)
_PRONOUN = re.compile(r"\b(?:he|she|He|She|him|her)\b")
_THAT = re.compile(r"\bthat\b|:")
_GAP_OK = re.compile(
    r"^(?:\s|,|also|has|have|had|then|later|earlier|previously|again|further|once|already|since|"
    r"recently|reportedly|publicly|personally|today|yesterday|in turn|however|too|himself|"
    r"herself|directly|separately|additionally|subsequently|firmly|repeatedly|openly|"
    r"explicitly|clearly|only|not|did|does|would|will|could|has not|had not|[a-z]{3,}ly|"
    r"of (?:the )?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?=\s*,)|"  # "Friedrich Merz of Germany,"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at the same time|"
    r"in (?:an?|his|her) (?:interview|statement|address|speech|comment|post|video)\b[^,]{0,40}"
    r")*$",
    re.I,
)
_PAREN = re.compile(r"(?:,[^,]{1,160}){1,3},")
_PREP_START = re.compile(
    r"^\s*(?:in|with|during|after|before|at|on|from|to|by|for|like|unlike|following|"
    r"according|as|when|while|together)\b",
    re.I,
)
_ROLE_NOUN = re.compile(r"(?:^|[\s,])(?:the|The)\s+((?:[\w'’\-]+\s+){0,5}?[\w'’\-]+)\s*$")
_AFTER_VERB_NOUN = re.compile(r"^\s+(?:the|The)\s+((?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)\s*[.,;]?")
_OBJECT = re.compile(
    r"^\s*(?:to\s+)?(?:reporters|journalists|the press|the media|the BBC|CNN|Reuters|"
    r"[A-Z][\w.]*(?: [A-Z][\w.]*)?|them|him|her|us|me|partners|colleagues)?\s*",
)
# what may stand between a speech verb and its "that": objects and circumstances, not a clause
_THAT_GAP = re.compile(
    r"^\s*(?:(?:\S+\s+){0,3}|(?:on|in|at|during|to|after|before|while|when|from|with|for|"
    r"reporters|journalists|the press|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+(?=on|in|at|during|"
    r"after|before)|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*$)\b[^,;]{0,110})\s*,?\s*$"
)
# an attribution inside the sentence: the content goes on after it in lower case
_MID_ATTRIBUTION = re.compile(
    r"\s*,\s+(?!(?:adding|saying|noting|stressing|and|but|who|which|according|as|when|while|"
    r"after|before|in|on|at|during|because|since|although|though|if|than)\b)[a-z]+"
    r"(?:\s+[\w'’\-]+){2}"
)
# "..., in his words, ..." / "In her view, ...": what the person last named says
_IN_WORDS = re.compile(
    r",\s*(?:in\s+(his|her)\s+(?:words|view|opinion)|as\s+(he|she)\s+put\s+it)\s*,"
)
_IN_WORDS_LEAD = re.compile(r"(?i:in)\s+(his|her)\s+(?:words|view|opinion)\s*,\s*")
_PASSIVE_THIS = re.compile(
    r"\s*(?:This|That|It)\s+(?:was|has\s+been|is)\s+(?:reported|stated|said|announced|noted|"
    r"written|posted)\s+by\s+"
)
_RESPONDED_TO = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:to|by)\b")
_MEETING_SOUGHT = re.compile(
    r"\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|negotiations)\b"
    r"[^,;.]{0,60}[.;]?\s*$"
)
_PLATFORM_ONLY = re.compile(
    r"on (?:X|Telegram|Facebook|Twitter|Truth Social|social media|(?:his|her) \w+ channel)"
    r"(?:\s+(?:(?:a few|several|two|three|\d+) (?:hours|minutes) later|later|shortly after"
    r"(?:wards)?|soon after|in the evening|on \w+day(?: morning| afternoon| evening| night)?))?"
    r"[\s.:]*"
)
_SUBJECT_ONLY = re.compile(r"\s*(?:on|about)\s+(?:the|his|her|their|its)\b")
_INDIRECT_QUESTION = re.compile(r"\s*(?:why|how|whether|what|where)\b")
# a finite verb before the "that": the content began already ("told reporters the plan was good
# ... and that ..."), the "that" is inside it
_GAP_CLAUSE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|must|could|should|can)\b")
_NOT_COMPLEMENT = re.compile(r"(?:\bso|\bsuch|\bnow|\bgiven|\bexcept)\s*$", re.I)
# verbs whose object (reporters, a channel, a person) stands before the content
_OBJECT_VERB = re.compile(r"(?:told|tells|assured|reminded|informed)\b")
_QUESTIONS = re.compile(r"\s+(?:(?:the\s+)?[\w'’-]+\s+){0,2}questions\b")
# an interview turn opened by a dash: "— Will there be a third round?"
_TURN = re.compile(r"[ \t]*[—–-][ \t]+(?=\S)")
# an unlabelled interview: its questions are short lines ending in "?", after an introduction
# that names the interview ("In an interview with Ukrainska Pravda, he talks about ...")
_INTERVIEW = re.compile(r"\binterview", re.I)
_MAX_QUESTION = 300
_MIN_ANSWER_WORDS = 6
_QUOTE_STARTS = "\"“«„'‘"
_QUESTION_LABEL = re.compile(r"\s*(?:Question|Q)\s*[:.]\s", re.I)
# a speaker label opening a line: "Dmitry Peskov: ...", "- V. Zelensky: ..."
# ("Vladimir Putin (in English): ...", "Donald Trump (retranslated): ...")
_LABEL = re.compile(
    r"[-–—•\s]*((?:[^\W\d_][\w'’.\-]*\s+){0,9}[^\W\d_][\w'’.\-]*)(?:\s*\([^()]{1,30}\))?"
    r"\s*:\s+(?=\S)"
)
# "X said this during a briefing": the content is the sentence before
_SAID_THIS = re.compile(
    r"\s+(?:this|so)\b(?!\s+(?:is|was|are|were|will|would|has|had)\b)"
    # "said this week that ...": a time, not what was said
    r"(?!\s+(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|autumn|fall|"
    r"winter|time)\b)"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”»’]?\s*$")
_RELATIVE = re.compile(r"\s*(?:who|which|whose|where)\b")
_TRAIL_GAP = re.compile(r"(?:\s|also|then|later)*")
_TRAIL_PAREN = re.compile(r"(?:,[^,]{1,160}){1,3},(?:\s|also|then|later)*$")
_NOUN_THAT = re.compile(r",?\s+that\s+")
_NOUN_BEFORE = re.compile(r"\b(?:statements?|words|remarks|claims?|assurances?) (?:of|by)\b")
_AFTER_SPEAKER_END = re.compile(
    r"\s*(?:[.,;:!?\"”»]|$|(?:on|in|at|after|during|told|adding|who|as|when|while)\b)"
)
_ACCORDING_ROLE = re.compile(r"\s+the\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*,")
_ACCORDING_LEAD = re.compile(r"[\s,]*according to (?:him|her|them)\s*,\s*", re.I)
_GENERIC_NOUNS = frozenset(
    [
        "diplomat",
        "minister",
        "president",
        "head",
        "official",
        "politician",
        "envoy",
        "spokesman",
        "spokeswoman",
        "leader",
        "negotiator",
        "adviser",
        "advisor",
        "representative",
        "chief",
    ]
)


# role nouns that any official of the named side may be called ("the Russian diplomat")
# the title a readout uses for its own president
_HEAD_OF_STATE = re.compile(r"\bhead of (?:the )?state\b")
_LEADER_WORDS = frozenset(["president", "chancellor", "premier", "king", "emir", "leader"])
_GENERIC_SIDE_NOUNS = frozenset(["diplomat", "official", "negotiator", "envoy", "representative"])


@dataclass(slots=True)
class _Draft:
    person: int
    text_start: int
    text_end: int
    direct: bool
    confidence: float
    line: int
    span_start: int
    span_end: int


def _quoted_draft(
    person: int, quotes: list[Quote], conf: float, line: int, s0: int, e0: int
) -> _Draft:
    """A direct statement: the text of the sentence's own quotes, first to last."""
    return _Draft(person, quotes[0].inner_start, quotes[-1].inner_end, True, conf, line, s0, e0)


class _Salience:
    """Most recent people mentioned outside quotes, for pronouns and role nouns."""

    def __init__(self, people: PeopleIndex, quoted: list[tuple[int, int]]) -> None:
        self.people = people
        qs = [q[0] for q in quoted]
        self.events: list[tuple[int, int]] = []
        self.sentence_starts: list[int] = []  # set by the extractor: where each sentence starts
        self.speakers: set[tuple[int, int]] = set()  # the events of speakers found
        self.possessive: set[int] = set()  # mentions in the possessive ("Trump's envoy")
        for m in people.mentions:
            k = bisect.bisect_right(qs, m.start) - 1
            if k >= 0 and quoted[k][0] <= m.start < quoted[k][1]:
                continue
            self.events.append((m.start, m.person))

    def add(self, pos: int, person: int) -> None:
        bisect.insort(self.events, (pos, person))
        self.speakers.add((pos, person))

    def recent(self, before: int, gender: str | None = None, skip: int = 0) -> int | None:
        i = bisect.bisect_left(self.events, (before, -1)) - 1
        steps = 0
        while i >= 0 and steps < 30:
            _pos, person = self.events[i]
            g = self.people.persons[person].gender
            if gender is None or g is None or g == gender:
                if skip == 0:
                    return person
                skip -= 1
            i -= 1
            steps += 1
        return None

    def subject(self, before: int, gender: str) -> int | None:
        """The person a sentence-initial "he"/"she" most likely means: the first person of
        that gender named in the sentence before ("Trump spoke with Putin shortly before
        Zelensky arrived. He said ..." is Trump's), or earlier in the same sentence."""
        k = bisect.bisect_right(self.sentence_starts, before) - 1
        if k < 0:
            return None
        lo = self.sentence_starts[k]
        if before > lo and (person := self._first(lo, before, gender)) is not None:
            return person
        return self._first(self.sentence_starts[k - 1], lo, gender) if k > 0 else None

    def _first(self, lo: int, hi: int, gender: str) -> int | None:
        """The speaker found between lo and hi, else the first person named there."""
        first: int | None = None
        i = bisect.bisect_left(self.events, (lo, -1))
        while i < len(self.events) and self.events[i][0] < hi:
            person = self.events[i][1]
            g = self.people.persons[person].gender
            if (g is None or g == gender) and self.events[i][0] not in self.possessive:
                if self.events[i] in self.speakers:
                    return person  # "According to her, ... with X. She said": hers
                if first is None:
                    first = person
            i += 1
        return first

    def by_role(self, noun: str, before: int, side: str | None = None) -> int | None:
        """The most recent person with `noun` in their role (and of `side` when given).

        With a side ("the Russian president"), the curated actor's usual title counts too.
        """
        i = bisect.bisect_left(self.events, (before, -1)) - 1
        steps = 0
        while i >= 0 and steps < 30:
            person = self.events[i][1]
            p = self.people.persons[person]
            role = _role_head(p.role)
            if side is None:
                if noun in role:
                    return person
            elif p.side == side:
                hint = (p.actor.role_hint or "").lower().split() if p.actor else []
                if noun in role or noun in hint or noun in _GENERIC_SIDE_NOUNS:
                    return person
                if noun == "leader" and _LEADER_WORDS.intersection((*role, *hint)):
                    return person  # "the Turkish leader": Turkey's president
            i -= 1
            steps += 1
        return None


_ROLE_TAIL = re.compile(r"\s(?:of|for|to|at|in|on|with)\s")


@lru_cache(maxsize=4096)  # pure; the same few roles are read for every speaker lookup
def _role_head(role: str | None) -> tuple[str, ...]:
    """The words that name the post: "Special Envoy of the US President" -> special, envoy."""
    return tuple(_ROLE_TAIL.split((role or "").lower(), maxsplit=1)[0].split())


def _outside(pos: int, quotes: list[Quote]) -> bool:
    # most sentences have no quote: no generator is built for them
    return not quotes or not any(q.start <= pos < q.end for q in quotes)


# "X, who said ...", "X described the talks as useful and said ...": X is the subject
_COORDINATED = re.compile(
    r",?\s*(?:who\s+(?:also\s+)?(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?|"
    r"(?:also\s+)?(?:[a-z]{3,}(?:ed|s)|spoke|met|held|took|gave|went|came|sent|made|left|flew|"
    r"sat|began|brought|(?:did|does|would|could)\s+not\s+[a-z]{3,})\b"
    r"[^,;:.\"“”«»]{0,120}?,?\s+(?:and|but)\s+"
    r"(?:also\s+)?)$"
)


@lru_cache(maxsize=4096)  # pure; the same few gaps (" ", ", who ..., ") recur
def _gap_ok(gap: str) -> bool:
    gap = _PAREN.sub(",", gap)
    return len(gap) < 120 and bool(_GAP_OK.match(gap))


class _Extractor:
    def __init__(self, body: CleanBody, people: PeopleIndex) -> None:
        self.body = body
        self.text = body.text
        self.raw = body.raw or body.text
        self.docs = DocContext(body.text)
        self._line_starts = [ln.start for ln in body.lines]
        self.people = people
        self.drafts: list[_Draft] = []

    # -- speaker resolution -----------------------------------------------------------------
    def _role_noun(self, phrase: str, before: int, sal: _Salience) -> tuple[int | None, float]:
        words = _HEAD_OF_STATE.sub("president", phrase.lower()).replace(",", " ").split()
        kws = [w for w in words if w in lexicon().role_keywords]
        if not kws or len(words) > 8:
            return None, 0.0
        k = words.index(kws[-1])
        # "the Russian president" / "the President of Russia"
        side = side_of(" ".join(words[:k])) or side_of(" ".join(words[k + 1 :]))
        if side is not None:
            # "the Russian president", "the US envoy": the person of that side in the article
            person = sal.by_role(kws[-1], before, side)
            if person is None:
                return None, 0.0
            p = self.people.persons[person]
            if p.role is None:
                # "the US president insisted ...": the description is the role the text gives
                p.role = " ".join(phrase.split())
            return person, 0.7
        person = self._last_speaker(kws[0], before)
        if person is None:
            person = sal.by_role(kws[0], before)
        if person is not None:
            p = self.people.persons[person]
            if p.role is None and len(words) <= 3:
                p.role = " ".join(phrase.split())  # "..., the president said": his title
            return person, 0.7
        if len(words) <= 2 and kws[0] in _GENERIC_NOUNS:
            return sal.recent(before), 0.6
        return None, 0.0

    def _last_speaker(self, noun: str, before: int) -> int | None:
        """ "Zelensky said ... . "...," the president said.": the speaker of the paragraph
        before goes on, when the role noun fits the title the text or the curated actor gives."""
        if not self.drafts:
            return None
        d = self.drafts[-1]
        line = bisect.bisect_right(self._line_starts, before) - 1
        if d.line < line - 1 or d.span_start >= before:
            return None
        p = self.people.persons[d.person]
        hint = (p.actor.role_hint or "").lower() if p.actor else ""
        title = (p.role or "").lower() or hint
        return d.person if noun in _role_head(title) else None

    def _speaker_before(
        self, s0: int, v: int, quotes: list[Quote], sal: _Salience
    ) -> tuple[int | None, float, int]:
        """Speaker as subject before verb offset v; returns (person, confidence, subject start)."""
        text = self.text
        ments = [m for m in self.people.mentions_in(s0, v) if _outside(m.start, quotes)]
        for k in range(len(ments) - 1, -1, -1):
            m = ments[k]
            gap = text[m.end : v]
            if gap.startswith(("'s", "’s")):
                continue
            if k > 0 and _SUBORDINATE.search(text, max(s0, m.start - 12), m.start):
                continue  # "... before Zelensky arrived, and said": not the main subject
            if (
                not _gap_ok(gap)
                and not _COORDINATED.match(gap)
                # "Yermak, Zelensky's chief of staff, who said": past the apposition
                and not ("," in gap and _COORDINATED.match(_PAREN.sub(",", gap)))
            ):
                # "Umerov, who led the delegation, said" is handled by _PAREN; a name inside
                # such an appositive ("Rubio, who sat beside Trump during the talks, told")
                # leaves the earlier name as the subject; anything else means no subject.
                if "," in gap:
                    continue
                if any(_COORDINATED.match(text, ments[j].end, v) for j in range(k)):
                    # "Zelensky thanked President Trump for his efforts and said": the name
                    # is the object of the first verb; the subject is before it
                    continue
                break
            if k > 0 and gap.lstrip().startswith(","):
                first = ments[0]
                if (
                    first.person != m.person
                    and text.startswith(",", first.end)
                    and _title_only(text[s0 : first.start])
                ):
                    # "Karasin, the senator who led the group with Beseda, told": the subject
                    return first.person, 0.85, first.start
            prev_comma = text.rfind(",", s0, m.start)
            if (
                k > 0
                and "," in gap
                and prev_comma >= ments[k - 1].end
                and (
                    _PREP_START.match(text[prev_comma + 1 : m.start])
                    or _RELATIVE.match(text, prev_comma + 1, m.start)
                )
            ):
                # "Rubio, in a conversation with Lavrov, called ..." -> Rubio; but the name
                # right before its verb is the subject ("..., after which Trump wrote that")
                continue
            return m.person, 0.9, m.start
        clause_start = max(text.rfind(",", s0, v), text.rfind(";", s0, v), s0 - 1) + 1
        if clause_start > s0 and text[s0:v].count(",") == 1 and ments == []:
            clause_start = s0
        subject = text[clause_start:v]
        pms = list(_PRONOUN.finditer(subject))
        pm = pms[-1] if pms else None
        if pm is not None and (
            _gap_ok(subject[pm.end() :]) or _COORDINATED.match(subject, pm.end())
        ):  # "he turned to Mr Trump and said in English"
            gender = "f" if pm.group().lower() in ("she", "her") else "m"
            at = clause_start + pm.start()
            person = sal.subject(at, gender)
            return person if person is not None else sal.recent(at, gender), 0.75, at
        # (the pattern needs "the"/"The": a substring test spares the scan of every position)
        rm = _ROLE_NOUN.search(subject) if "the" in subject or "The" in subject else None
        if rm is None and pm is None and not ments:
            # "The Russian president, speaking first, said": the subject before the appositive
            last = text.rfind(",", s0, v)
            tp = (
                _TRAIL_PAREN.search(text, s0, v)
                if last >= 0 and _TRAIL_GAP.fullmatch(text, last + 1, v)
                else None
            )
            if tp is not None:
                clause_start = max(text.rfind(",", s0, tp.start()), s0 - 1) + 1
                subject = text[clause_start : tp.start()]
                rm = _ROLE_NOUN.search(subject)
        if rm is not None:
            person, conf = self._role_noun(rm.group(1), clause_start, sal)
            if person is not None:
                return person, conf, clause_start + rm.start(1)
        return None, 0.0, -1

    def _speaker_after(self, vend: int, e: int, sal: _Salience) -> tuple[int | None, float, int]:
        """ "..., said Umerov." / "said the diplomat" / "said he"."""
        text = self.text
        ments = self.people.mentions_in(vend, min(e, vend + 60))[:1]
        if ments and not _title_only(text[vend : ments[0].start]):
            ments = []  # "said the talks with Putin ...": not a title before the name
        if ments:
            if not _AFTER_SPEAKER_END.match(text, ments[0].end, e):
                return None, 0.0, -1  # "said Zelenskyy had not been invited": a complement
            return ments[0].person, 0.9, ments[0].end
        tail = text[vend:e]
        pm = re.match(r"\s+(he|she)\b", tail)
        if pm:
            gender = "f" if pm.group(1) == "she" else "m"
            return sal.recent(vend, gender), 0.75, vend + pm.end()
        rm = _AFTER_VERB_NOUN.match(tail)
        if rm:
            person, conf = self._role_noun(rm.group(1), vend, sal)
            if person is not None:
                return person, conf, vend + rm.end()
        return None, 0.0, -1

    # -- content span ---------------------------------------------------------------------
    def _content_after(self, vend: int, e: int, quotes: list[Quote], verb: str) -> int:
        text = self.text
        window = text[vend : min(e, vend + 160)]
        tm = _THAT.search(window)
        if (
            tm
            and _outside(vend + tm.start(), quotes)
            and _THAT_GAP.match(window[: tm.start()])
            and not _GAP_CLAUSE.search(window, 0, tm.start())
            and not _NOT_COMPLEMENT.search(window[: tm.start()])
        ):
            am = _ACCORDING_LEAD.match(text, vend + tm.end(), e)
            return am.end() if am else vend + tm.end()
        om = _OBJECT.match(window) if _OBJECT_VERB.match(verb) else None
        start = vend + (om.end() if om else 0)
        start = _TRAIL_TIME.match(text, start, e).end()  # type: ignore[union-attr]
        am = _ACCORDING_LEAD.match(text, start, e)
        return am.end() if am else start

    # -- main -----------------------------------------------------------------------------
    def run(
        self, segments: list[tuple[list[Quote], list[tuple[int, int]]]]
    ) -> list[StatementFact]:
        text = self.text
        lines = self.body.lines
        para_quotes = [q for q, _s in segments]
        attributed = [
            ln.kind == BODY and i + 1 < len(lines) and lines[i + 1].kind == ATTRIBUTION
            for i, ln in enumerate(lines)
        ]
        quoted: list[tuple[int, int]] = []
        for i, ln in enumerate(lines):
            if attributed[i]:
                quoted.append((ln.start, ln.end))
            else:
                quoted.extend(
                    (q.start, q.end) for q in para_quotes[i] if q.words >= MIN_QUOTE_WORDS
                )
        quoted.sort()
        sal = _Salience(self.people, quoted)
        sal.sentence_starts = sorted(s0 for _q, ss in segments for s0, _e0 in ss)
        sal.possessive = {
            m.start
            for m in self.people.mentions
            if text.startswith(("'s", "’s"), m.end) or text.endswith(("'s", "’s"), m.start, m.end)
        }
        last_direct: _Draft | None = None
        asker = self._interviewer_labels()
        transcript = bool(asker) or any(
            ln.kind == BODY and _QUESTION_LABEL.match(text, ln.start, ln.end) for ln in lines
        )
        turns = self._dash_turns(sal) or ({} if transcript else self._bare_turns())
        for i, ln in enumerate(lines):
            if ln.kind != BODY:
                continue
            author = self._post_author(i)
            if author is not None:  # "Name / Name" or "Name | title" over a post: its text
                s, e = _trim(text, ln.start, ln.end)
                self._add(_Draft(author, s, e, True, 0.8, i, ln.start, ln.end))
                sal.add(ln.start, author)
                continue
            if i in turns:
                answerer = turns[i]
                if answerer is not None:  # "— Answer." after "— Question?": the interviewee's
                    tm = _TURN.match(text, ln.start, ln.end)
                    s, e = _trim(text, tm.end() if tm else ln.start, ln.end)
                    self._add(_Draft(answerer, s, e, True, 0.8, i, ln.start, ln.end))
                continue
            if transcript and _QUESTION_LABEL.match(text, ln.start, ln.end):
                continue  # a journalist's question
            if transcript and self._unlabelled_answer(i):
                # "Question: ...?" then "— Not yet. We discussed ...": the interviewee's answer
                answerer = self._interviewee(i, sal)
                if answerer is not None:
                    tm = _TURN.match(text, ln.start, ln.end)
                    s, e = _trim(text, tm.end() if tm else ln.start, ln.end)
                    self._add(_Draft(answerer, s, e, True, 0.8, i, ln.start, ln.end))
                continue
            if para_quotes[i] and _QUOTE_LINE.match(text, ln.start, ln.end):
                # Ukrainska Pravda's layout ("Sybiha responded on X." then "Quote: «...»"):
                # the quote is the person the line before names
                person = self._quote_line_speaker(i, sal)
                if person is not None:
                    self._add(_quoted_draft(person, para_quotes[i], 0.8, i, ln.start, ln.end))
                    sal.add(ln.start, person)
                    continue
            ld = self._labelled(ln.start, ln.end, para_quotes[i], transcript, i)
            if ld is not None:
                self._add(ld)
                sal.add(ld.span_start, ld.person)
                last_direct = ld if ld.direct else None
                continue
            if (
                transcript
                and last_direct is not None
                and last_direct.line == i - 1
                and last_direct.span_start == lines[i - 1].start
                and not self._label(ln)
                and _FIRST_PERSON.search(text, ln.start, ln.end)
            ):
                # a transcript answer goes on in the next paragraph: still the answerer's
                s, e = _trim(text, ln.start, ln.end)
                last_direct = _Draft(last_direct.person, s, e, True, 0.8, i, ln.start, ln.end)
                self._add(last_direct)
                continue
            if attributed[i]:
                att = lines[i + 1]
                person, conf = self._attribution_line(att.start, att.end, sal)
                if person is not None:
                    s, e = _trim(text, ln.start, ln.end)
                    ad = _Draft(person, s, e, True, conf, i, ln.start, att.end)
                    self.drafts.append(ad)
                    sal.add(att.start, person)
                    last_direct = ad
                continue
            quotes = para_quotes[i]
            para_speaker: int | None = None
            pending: list[tuple[int, int]] = []
            for s0, e0 in self._clauses(segments[i][1], quotes):
                for nd in self._noun_statements(s0, e0, quotes, i):
                    self._add(nd)
                d = self._sentence(s0, e0, quotes, sal, i)
                if d is None:
                    # a quote-only sentence without attribution: paragraph speaker or later
                    qs = [q for q in quotes if s0 <= q.start < e0 and q.words >= MIN_QUOTE_WORDS]
                    intro = self._colon_intro(s0, qs) if qs else None
                    if intro is not None:
                        # "The UK prime minister, Keir Starmer, was more upbeat: "...""
                        cd = _quoted_draft(intro, qs, 0.75, i, s0, e0)
                        self._add(cd)
                        sal.add(cd.span_start, intro)
                        last_direct = cd
                        continue
                    labelled = self._labelled_quote(s0, e0, qs)
                    if labelled is not None:
                        ld = _Draft(
                            labelled, qs[0].inner_start, qs[-1].inner_end, True, 0.8, i, s0, e0
                        )
                        self._add(ld)
                        sal.add(ld.span_start, labelled)
                        last_direct = ld
                        continue
                    if qs and _quote_only(text, s0, e0, qs):
                        if para_speaker is not None:
                            self._add(
                                _Draft(
                                    para_speaker,
                                    qs[0].inner_start,
                                    qs[-1].inner_end,
                                    True,
                                    0.8,
                                    i,
                                    s0,
                                    e0,
                                )
                            )
                        else:
                            pending.append((s0, e0))
                    continue
                if d.direct:
                    para_speaker = d.person
                    for ps, pe in pending:
                        qs = [q for q in quotes if ps <= q.start < pe]
                        self._add(
                            _Draft(
                                d.person, qs[0].inner_start, qs[-1].inner_end, True, 0.8, i, ps, pe
                            )
                        )
                    pending = []
                self._add(d)
                sal.add(d.span_end - 1, d.person)  # the speaker outranks names in the content
                last_direct = d if d.direct else None
                if d.direct and "adding" in text[d.text_end : e0]:
                    # '"...," he told reporters, adding that Moscow had explained ...': what
                    # he added is a reported statement of its own
                    am = _ADDING.search(text, d.text_end, e0)
                    if am is not None and len(text[am.end() : e0].split()) >= 3:
                        s, e = _trim(text, am.end(), e0)
                        self._add(_Draft(d.person, s, e, False, d.confidence, i, s0, e0))
            for ps, pe in pending:
                qs = [q for q in quotes if ps <= q.start < pe and q.words >= MIN_QUOTE_WORDS]
                prev_line_colon = i > 0 and text[
                    lines[i - 1].start : lines[i - 1].end
                ].rstrip().endswith(":")
                if last_direct is not None and (last_direct.line == i - 1 or prev_line_colon):
                    self._add(
                        _Draft(
                            last_direct.person,
                            qs[0].inner_start,
                            qs[-1].inner_end,
                            True,
                            0.55,
                            i,
                            ps,
                            pe,
                        )
                    )
                elif prev_line_colon:
                    person = sal.recent(ps)
                    if person is not None:
                        self._add(
                            _Draft(
                                person, qs[0].inner_start, qs[-1].inner_end, True, 0.55, i, ps, pe
                            )
                        )
        return self._facts()

    def _unlabelled_answer(self, i: int) -> bool:
        """Line i answers the labelled question on the line before it, without a label."""
        lines = self.body.lines
        if i == 0 or lines[i - 1].kind != BODY or self._label(lines[i]):
            return False
        prev = lines[i - 1]
        return bool(_QUESTION_LABEL.match(self.text, prev.start, prev.end))

    def _interviewee(self, i: int, sal: _Salience) -> int | None:
        """Who answers in a transcript: the first person the introduction before the first
        question names ("Presidential aide X answered Kommersant's questions after ...")."""
        lines = self.body.lines
        first_q = next(
            (
                k
                for k, ln in enumerate(lines)
                if ln.kind == BODY and _QUESTION_LABEL.match(self.text, ln.start, ln.end)
            ),
            i,  # never reached: line i - 1 is a labelled question (the caller checked)
        )
        for k in range(first_q - 1, -1, -1):
            if lines[k].kind == BODY and (
                ments := self.people.mentions_in(lines[k].start, lines[k].end)
            ):
                return ments[0].person
        return sal.recent(lines[i].start)

    def _post_author(self, i: int) -> int | None:
        """The person whose name alone heads the post on line i ("Jane Doe | Minister of X")."""
        if i == 0 or self.body.lines[i - 1].kind == BODY:
            return None
        head = self.body.lines[i - 1]
        ments = self.people.mentions_in(head.start, head.end)
        if not ments or self.text[head.start : ments[0].start].strip():
            return None
        rest = self.text[ments[0].end : head.end].strip()
        return ments[0].person if not rest or rest[0] in "/|" else None

    def _label(self, ln: Line) -> str:
        """The label of a "Label: text" line, lower-case ("" without one)."""
        if self.text.find(":", ln.start, ln.end) < 0:
            return ""
        lm = _LABEL.match(self.text, ln.start, ln.end)
        return lm.group(1).lower() if lm else ""

    def _interviewer_labels(self) -> set[str]:
        """Labels that ask questions ("NV: ... Why?"): not a person, so the interviewer (whose
        lines may still report what someone said)."""
        asking: set[str] = set()
        seen: dict[str, int] = {}
        for ln in self.body.lines:
            if ln.kind != BODY or self.text.find(":", ln.start, ln.end) < 0:
                continue
            label = self._label(ln)
            lab_end = self.text.find(":", ln.start, ln.end)  # the label is no person's name
            if label and not self.people.mentions_in(ln.start, lab_end):
                seen[label] = seen.get(label, 0) + 1
                if self.text.find("?", ln.start, ln.end) >= 0:
                    asking.add(label)
        # an interviewer speaks more than once ("Explained: What is in the plan?" alone is a
        # related headline, not a question)
        return {label for label in asking if seen[label] > 1}

    def _dash_turns(self, sal: _Salience) -> dict[int, int | None]:
        """An interview in dash turns ("— Question?" / "— Answer."): line -> answerer or None.

        Turns alternate from the first question; the answerer is the person the story named
        before the first question.
        """
        text = self.text
        lines = self.body.lines
        out: dict[int, int | None] = {}
        i = 0
        while i < len(lines):
            if text[lines[i].start] not in "—–-":
                i += 1
                continue
            j = i
            while (
                j < len(lines)
                and lines[j].kind == BODY
                and _TURN.match(text, lines[j].start, lines[j].end)
            ):
                j += 1
            run = list(range(i, j))
            if len(run) >= 2 and text[lines[i].start : lines[i].end].rstrip().endswith("?"):
                answerer = sal.recent(lines[i].start)
                for n, k in enumerate(run):
                    out[k] = answerer if n % 2 else None
            i = max(j, i + 1)
        return out

    def _clauses(
        self, sentences: list[tuple[int, int]], quotes: list[Quote]
    ) -> list[tuple[int, int]]:
        """Sentences, with one split where a second speaker's clause follows the first's:
        "Macron suggested Geneva, while Starmer called the talks a step forward"."""
        text = self.text
        out: list[tuple[int, int]] = []
        for s0, e0 in sentences:
            cm = _SECOND_CLAUSE.search(text, s0, e0) if text.find(",", s0, e0) >= 0 else None
            if (
                cm is not None
                and _outside(cm.start(), quotes)
                and _VERB.search(text, s0, cm.start()) is not None
                and (vm := _VERB.search(text, cm.end(), min(e0, cm.end() + 90))) is not None
                and (
                    self.people.mentions_in(cm.end(), vm.start())
                    or _PRONOUN.search(text, cm.end(), vm.start())
                )
            ):
                out += [(s0, cm.start()), (cm.end(), e0)]
            else:
                out.append((s0, e0))
        return out

    def _colon_intro(self, s0: int, qs: list[Quote]) -> int | None:
        """The person a short verbless lead-in names before the colon that opens a quote:
        "Germany's foreign minister, Johann Wadephul, was blunter: „...“"."""
        text = self.text
        colon = text.rfind(":", s0, qs[0].start)
        if colon < 0 or text[colon + 1 : qs[0].start].strip() or colon - s0 > _MAX_INTRO:
            return None
        ments = [
            m for m in self.people.mentions_in(s0, colon)
            if not text.startswith(("'s", "’s"), m.end)
        ]  # fmt: skip
        if not ments or _VERB.search(text, s0, colon) is not None:
            return None
        return ments[-1].person

    def _quote_line_speaker(self, i: int, sal: _Salience) -> int | None:
        """Who a "Quote:" line quotes: the first person named on the body line before it."""
        for k in range(i - 1, max(-1, i - 3), -1):
            ln = self.body.lines[k]
            if ln.kind != BODY:
                continue
            ments = self.people.mentions_in(ln.start, ln.end)
            return ments[0].person if ments else sal.recent(self.body.lines[i].start)
        return None

    def _bare_turns(self) -> dict[int, int | None]:
        """An interview whose questions are lines of their own, unlabelled ("Is it holding?"
        then "It is holding, with violations."): line -> answerer, None for a question.

        It needs an interview named before the first question, and at least two questions
        each answered on the next line; the answerer is the first person that introduction
        names. Short lines (a byline, "Read also") and lines in quotes are no answers.
        """
        text = self.text
        lines = self.body.lines
        asks = [
            k for k, ln in enumerate(lines)
            if ln.kind == BODY and ln.end - ln.start <= _MAX_QUESTION
            and text[ln.start : ln.end].rstrip().endswith("?")
            and text[ln.start] not in _QUOTE_STARTS
        ]  # fmt: skip
        answered = [
            k for k in asks
            if k + 1 < len(lines) and k + 1 not in asks and self._answer_line(k + 1)
        ]  # fmt: skip
        if len(answered) < 2:
            return {}
        first = answered[0]
        intro = text[: lines[first].start]
        if _INTERVIEW.search(intro) is None:
            return {}
        answerer = next(
            (
                ments[0].person
                for ln in lines[:first]
                if ln.kind == BODY and (ments := self.people.mentions_in(ln.start, ln.end))
            ),
            None,
        )
        if answerer is None:
            return {}
        out: dict[int, int | None] = {}
        for k in range(first, len(lines)):
            if k in asks:
                out[k] = None
            elif lines[k].kind == BODY and self._answer_line(k):
                out[k] = answerer
        return out

    def _answer_line(self, k: int) -> bool:
        ln = self.body.lines[k]
        if ln.kind != BODY or self.text[ln.start] in _QUOTE_STARTS or self._label(ln):
            return False
        line = self.text[ln.start : ln.end].rstrip()
        return line[-1:] in ".!…" and len(line.split()) >= _MIN_ANSWER_WORDS

    def _labelled(
        self, s: int, e: int, quotes: list[Quote], transcript: bool, line: int
    ) -> _Draft | None:
        """ "Dmitry Peskov: answer" (a transcript) / "Head of X Jane Doe: text" (a post)."""
        text = self.text
        if text.find(":", s, e) < 0:
            return None  # no label without a colon (the label pattern is slow to fail)
        lm = _LABEL.match(text, s, e)
        if lm is None or not _SENTENCE_END.search(text, s, e):
            return None  # "Name: words" without a full stop is a headline
        ments = self.people.mentions_in(s, lm.end(1))
        if not ments or ments[-1].end != lm.end(1):
            return None
        m = ments[-1]
        head = text[s : m.start].split()
        if len(head) > 8 or not all(_label_word(w) for w in head):
            return None
        start = lm.end()
        direct = transcript
        lead = [q for q in quotes if q.start == start and q.words >= MIN_QUOTE_WORDS]
        if lead:
            direct = True
            start = lead[0].inner_start
        if len(text[start:e].split()) < 2:
            return None
        return _Draft(m.person, start, e, direct, 0.85, line, s, e)

    def _labelled_quote(self, s0: int, e0: int, qs: list[Quote]) -> int | None:
        """The speaker of a sentence "Zakharova: "quote"" inside a line (a post's label)."""
        text = self.text
        if not qs or not _SENTENCE_END.search(text, s0, e0):
            return None  # "Name: "words"" without a full stop is a headline
        ments = self.people.mentions_in(s0, qs[0].start)
        if not ments or text[ments[-1].end : qs[0].start].strip() != ":":
            return None
        head = text[s0 : ments[-1].start].split()
        if len(head) > 8 or not all(_label_word(w) for w in head):
            return None
        if text[qs[-1].end : e0].strip(" .") != "":
            return None  # "X: "..." he said": the sentence has its own attribution
        return ments[-1].person

    def _noun_statements(self, s0: int, e0: int, quotes: list[Quote], line: int) -> list[_Draft]:
        """ "After the statement of ... Sergey Lavrov that the delegation will be in Istanbul,"."""
        text = self.text
        out: list[_Draft] = []
        if "statement" not in text[s0:e0] and "words" not in text[s0:e0]:
            return out
        for m in self.people.mentions_in(s0, e0):
            if not _outside(m.start, quotes):
                continue
            tm = _NOUN_THAT.match(text, m.end, e0)
            if tm is None or not _NOUN_BEFORE.search(text[max(s0, m.start - 160) : m.start]):
                continue
            end = text.find(",", tm.end(), e0)
            end = e0 if end < 0 else end
            if len(text[tm.end() : end].split()) >= 3:
                out.append(_Draft(m.person, tm.end(), end, False, 0.8, line, s0, e0))
        return out

    def _add(self, d: _Draft) -> None:
        prev = self.drafts[-1] if self.drafts else None
        if (
            prev is not None
            and prev.direct
            and d.direct
            and prev.person == d.person
            and prev.line == d.line
            and d.text_start > prev.text_end
            and prev.confidence >= 0.55
        ):
            prev.text_end = d.text_end
            prev.span_end = max(prev.span_end, d.span_end)
            return
        self.drafts.append(d)

    def _attribution_line(self, s: int, e: int, sal: _Salience) -> tuple[int | None, float]:
        ments = self.people.mentions_in(s, e)
        if ments:
            return ments[0].person, 0.9
        line = self.text[s:e]
        pm = _PRONOUN.search(line)
        if pm:
            gender = "f" if pm.group().lower() in ("she", "her") else "m"
            return sal.recent(s, gender), 0.7
        rm = re.search(r"\b(?:the|The)\s+((?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)\s*[.!]?\s*$", line)
        if rm:
            person, conf = self._role_noun(rm.group(1), s, sal)
            if person is not None:
                return person, conf
        return None, 0.0

    def _sentence(
        self, s0: int, e0: int, quotes: list[Quote], sal: _Salience, line: int
    ) -> _Draft | None:
        text = self.text
        sq = [q for q in quotes if s0 <= q.start < e0]
        real = [q for q in sq if q.words >= MIN_QUOTE_WORDS]
        standalone = [q for q in real if _standalone(text, s0, e0, q)]
        pm = _PASSIVE_THIS.match(text, s0, e0)
        if pm is not None:
            # "This was reported by Defense Minister X on Facebook": the sentence before is his
            ments = self.people.mentions_in(pm.end(), min(e0, pm.end() + 80))
            if ments and _title_only(text[pm.end() : ments[0].start]):
                return self._said_this(ments[0].person, 0.85, s0, e0, line)
        for vm in _VERB.finditer(text, s0, e0):
            v, vend = vm.start(), vm.end()
            if not _outside(v, sq):
                continue
            verb = vm.group().lower()
            if verb in ("answered", "replied", "responded") and _QUESTIONS.match(text, vend, e0):
                continue  # "X answered journalists' questions": the answers follow
            if verb == "according to":
                return self._according(s0, e0, vend, sq, sal, line, standalone)
            if verb in _PARTICIPLES and text[s0:v].rstrip().endswith(","):
                pd = self._participle(s0, e0, v, vend, sq, sal, line, verb)
                if pd is not None:
                    return pd
            person, conf, subj = self._speaker_before(s0, v, sq, sal)
            after = False
            if person is None:
                person, conf, subj = self._speaker_after(vend, e0, sal)
                after = person is not None
            if person is None:
                continue
            if standalone:
                colon = text.rfind(":", vend, standalone[0].start)
                if (
                    not after
                    and colon > vend
                    and not text[colon + 1 : standalone[0].start].strip()
                ):
                    # 'X said that he proposed a meeting: "Any format."': both are statements
                    start = self._content_after(vend, colon, sq, verb)
                    if len(text[start:colon].split()) >= 3 and not _circumstance_only(
                        text[vend:colon]
                    ):  # not 'wrote on X after the first day: "..."
                        self._add(_Draft(person, start, colon, False, conf, line, s0, colon))
                return _quoted_draft(person, standalone, conf, line, s0, e0)
            if after or _inverted(text, s0, v, subj, e0, self.people):
                cut = text.rfind(",", s0, min(v, subj if subj >= 0 else v))
                if not after:
                    cut = text.rfind(",", s0, subj)
                if cut <= s0:
                    continue
                if not after and _MID_ATTRIBUTION.match(text, vend, e0):
                    # "The Kiev regime, Medinsky noted, once again raised ...": one sentence
                    return _Draft(person, s0, e0, False, conf * 0.95, line, s0, e0)
                return _Draft(person, s0, cut, False, conf * 0.95, line, s0, e0)
            if _SAID_THIS.match(text, vend):
                return self._said_this(person, conf, s0, e0, line)
            start = self._content_after(vend, e0, sq, verb)
            end = e0
            if len(text[start:end].split()) < 3 or _INDIRECT_QUESTION.match(text, start, end):
                continue  # "told NV why the talks stalled": a subject, not what was said
            if _SUBJECT_ONLY.match(text, start, end):
                continue  # "reported on the results": what it was about, not what was said
            if _PLATFORM_ONLY.fullmatch(text[start:end].strip()):
                continue  # "responded on X a few hours later": the quote follows
            if verb.startswith(("called for", "calls for", "demand")) and _MEETING_SOUGHT.match(
                text, start, end
            ):
                sal.add(e0 - 1, person)  # still the sentence's subject for a "he" after it
                continue  # "has repeatedly called for a meeting with Putin": an act, not words
            if verb in ("responded", "replied") and _RESPONDED_TO.match(text, start, end):
                sal.add(e0 - 1, person)
                continue  # "responded positively to this initiative": an act, not words
            if verb == "cautioned" and text[start:end].lstrip().startswith("against"):
                continue  # "cautioned against expecting quick results"
            if verb == "accused" and len(text[start:end].split()) < 5:
                continue  # "accused Moscow of stalling": a summary of the quote that follows
            whole = _whole_quote(text, start, end, real)
            if whole is not None:  # 'said on X that "a lot of progress was made".'
                return _quoted_draft(person, [whole], conf, line, s0, e0)
            return _Draft(person, start, end, False, conf, line, s0, e0)
        wm = _IN_WORDS_LEAD.match(text, s0, e0) or _IN_WORDS.search(text, s0, e0)
        if wm is not None and _outside(wm.start(), sq):
            # "The rest of the document, in his words, repeats old ultimatums."
            gender = "f" if "her" in wm.group() or "she" in wm.group() else "m"
            person = sal.recent(wm.start(), gender)
            if person is not None:
                start = wm.end() if wm.start() == s0 else s0
                if len(text[start:e0].split()) >= 3:
                    return _Draft(person, start, e0, False, 0.7, line, s0, e0)
        return None

    def _participle(
        self,
        s0: int,
        e0: int,
        v: int,
        vend: int,
        sq: list[Quote],
        sal: _Salience,
        line: int,
        verb: str,
    ) -> _Draft | None:
        """ "Peskov dismissed the demand, saying ...": the subject of the sentence said it."""
        text = self.text
        ments = [m for m in self.people.mentions_in(s0, v) if _outside(m.start, sq)]
        person: int | None = None
        if ments and _title_only(text[s0 : ments[0].start]):
            person, conf = ments[0].person, 0.85
        else:
            pm = _HEAD_PRONOUN.match(text, s0, v)
            if pm is None:
                return None
            gender = "f" if pm.group(1).lower() == "she" else "m"
            person, conf = sal.recent(s0, gender), 0.7
        if person is None:
            return None
        start = self._content_after(vend, e0, sq, verb)
        if len(text[start:e0].split()) < 3:
            return None
        whole = _whole_quote(text, start, e0, [q for q in sq if q.words >= MIN_QUOTE_WORDS])
        if whole is not None:  # 'congratulated both sides, saying "this could lead to ..."'
            return _quoted_draft(person, [whole], conf, line, s0, e0)
        return _Draft(person, start, e0, False, conf, line, s0, e0)

    def _said_this(self, person: int, conf: float, s0: int, e0: int, line: int) -> _Draft | None:
        """ "X said this during a briefing": the statement is the sentence before, in the story."""
        text = self.text
        pe = len(text[:s0].rstrip())
        if pe == 0 or text[pe - 1] not in '.!?"”»':
            return None
        ln = bisect.bisect_right(self._line_starts, pe - 1) - 1
        if ln < 0 or self.body.lines[ln].kind != BODY or self.body.lines[ln].end < pe:
            return None
        ls = self.body.lines[ln].start
        dot = text.rfind(". ", ls, pe - 2)
        ps = dot + 2 if dot >= 0 else ls
        own = bisect.bisect_right(self._line_starts, s0) - 1
        if own != ln and not text[self.body.lines[own].start : s0].strip():
            ps = ls  # "This was reported by X." as a paragraph of its own: the whole lead
        if any(d.text_start < pe and d.text_end > ps for d in self.drafts):
            return None  # the sentence before is someone's statement already
        if self.people.mentions_in(ps, pe) and _VERB.search(text, ps, pe):
            return None  # it has its own speaker
        if len(text[ps:pe].split()) < 4:
            return None
        return _Draft(person, ps, pe, False, conf * 0.9, line, ps, e0)

    def _according(
        self,
        s0: int,
        e0: int,
        vend: int,
        sq: list[Quote],
        sal: _Salience,
        line: int,
        standalone: list[Quote],
    ) -> _Draft | None:
        text = self.text
        m = re.match(r"\s+(him|her)\b", text[vend:e0])
        person: int | None
        if m:
            person = sal.recent(vend, "f" if m.group(1) == "her" else "m")
            conf = 0.75
            aend = vend + m.end()
        elif (rm := _ACCORDING_ROLE.match(text, vend, e0)) is not None:
            person, conf = self._role_noun(rm.group(1), vend, sal)
            aend = rm.end() - 1
        else:
            ments = self.people.mentions_in(vend, min(e0, vend + 80))
            if (
                not ments
                or ments[0].start > vend + 60
                or not re.fullmatch(r"[\s\w'’\-,]*", text[vend : ments[0].start])
            ):
                return None
            if re.search(
                r"\b(?:media|sources?|reports?|data|agency|outlet)\b", text[vend : ments[0].start]
            ):
                return None
            person, conf, aend = ments[0].person, 0.85, ments[0].end
        if person is None:
            return None
        if standalone:
            return _quoted_draft(person, standalone, conf, line, s0, e0)
        astart = vend - len("according to")
        before = text[s0:astart].strip(" ,")
        if len(before.split()) >= 4:
            return _Draft(person, s0, astart, False, conf, line, s0, e0)
        comma = text.find(",", aend, e0)
        start = comma + 1 if comma >= 0 and comma - aend < 40 else aend
        return _Draft(person, start, e0, False, conf, line, s0, e0)

    def _facts(self) -> list[StatementFact]:
        out: list[StatementFact] = []
        seen: set[tuple[int, int]] = set()
        for d in self.drafts:
            s, e = _trim(self.text, d.text_start, d.text_end)
            junk = CONTROL.search(self.raw, s, e)
            if junk is not None:  # a control character ends the statement: text stays verbatim
                s, e = _trim(self.text, s, junk.start())
            if e - s < 8 or (s, e) in seen or _COURTESY.fullmatch(self.text, s, e):
                continue
            seen.add((s, e))
            person = self.people.persons[d.person]
            body = self.text[s:e]
            out.append(
                StatementFact(
                    speaker=person.name,
                    speaker_key=person.key,
                    text=body,
                    topics=self.docs.topics(body, s, topics_of(body)),
                    direct=d.direct,
                    span=Span(s, e),
                    confidence=round(d.confidence, 2),
                )
            )
        return out


# an interview's courtesies ("Thank you for having me."): said, but not a statement of fact
_COURTESY = re.compile(
    r"(?i:thank you|thanks|good (?:morning|afternoon|evening)|hello|my pleasure|"
    r"it is a pleasure|it's a pleasure|glad to be here)\b[^.!?]{0,40}[.!?]?"
)


@lru_cache(maxsize=4096)  # pure; the same titles recur
def _title_only(gap: str) -> bool:
    """ "said [Kremlin spokesman | Sen. | the head of the delegation] Name": a title, no clause."""
    lex = lexicon()
    for w in gap.split():
        low = w.lower()
        if not (
            w[:1].isupper()
            or low in lex.role_keywords
            or low in lex.role_modifiers
            or low in ("of", "the", "for", "on", "and")
        ):
            return False
    return "," not in gap


def _label_word(word: str) -> bool:
    """A word of the title before a labelled name: capitalised or a title connector."""
    return word[:1].isupper() or word.lower() in ("of", "the", "for", "and", "on", "de")


def _standalone(text: str, s0: int, e0: int, q: Quote) -> bool:
    """A quote that is the statement itself, not a phrase embedded in reported speech."""
    before = text[s0 : q.start].rstrip()
    if before.endswith(",") and _embedded(before[:-1]):
        return False
    if not before or before.endswith((":", ",", "—", "-", "–")):
        return True
    if _VERB.search(before[-40:]) and re.search(
        r"(?:said|says|added|wrote|stated|noted|told \w+)$", before
    ):
        return True
    after = text[q.end : e0].lstrip()
    inner_tail = text[q.inner_end - 1 : q.inner_end]
    return bool(
        re.match(
            r"^[,.!?]?\s*[-–—]?\s*(?:\w+\s+){0,4}?(?:said|says|noted|added|stressed|emphasized|emphasised|stated|told|wrote|explained|insisted|warned)\b",
            after,
        )
    ) and (inner_tail in ",.!?" or after[:1] in ",.")


# what may follow a trailing "..., X said": an object, a time, a circumstance - never a clause
_TRAIL_OBJECT = re.compile(
    r"\s*(?:(?:to\s+)?(?:reporters|journalists|the press|the media|him|her|them|"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\b)?"
)
_TRAIL_TIME = re.compile(
    r"(?:\s*(?:(?:late |early )?(?:on |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)|today|yesterday|tonight|earlier|later|also|then)\b(?![’'-]))*"
)
_TRAIL_PREP = re.compile(
    r"\s*(?:on|in|at|during|after|before|following|from|with|to|via|while|when|ahead of|"
    r"speaking|in an?)\b",
    re.I,
)
_FINITE = re.compile(
    r"\b(?:that|is|are|was|were|will|would|has|have|had|must|could|should|can|may|might|"
    r"did|does|do)\b"
)
_CONTENT_MARK = re.compile(r"\s*(?::|,?\s*[\"“«„‘'])")


def _circumstance_only(rest: str) -> bool:
    """ "told reporters after the talks, adding ..." / "said Thursday": no content after."""
    if _CONTENT_MARK.match(rest):
        return False  # "said: ..." / "said, 'We ...'"
    clause = re.split(r"[,;]", rest, maxsplit=1)[0]
    if _FINITE.search(clause):
        return False
    pos = _TRAIL_OBJECT.match(clause).end()  # type: ignore[union-attr]
    pos = _TRAIL_TIME.match(clause, pos).end()  # type: ignore[union-attr]
    tail = clause[pos:].strip(' .!?"”»')
    return not tail or bool(_TRAIL_PREP.match(tail))


def _embedded(before: str) -> bool:
    """ "X said Ukraine would not recognise it, "quote"": reported content before the quote."""
    vms = list(_VERB.finditer(before))
    if not vms:
        return False
    gap = before[vms[-1].end() :]
    if vms[-1].group().lower() == "according to":
        # "According to him, the West is creating the impression ..., "which is not true"":
        # the content starts after the source's comma
        return len(gap.partition(",")[2].split()) >= 3
    return len(gap.split()) >= 3 and not _circumstance_only(gap)


def _whole_quote(text: str, start: int, end: int, quotes: list[Quote]) -> Quote | None:
    """The quote that is the whole content from `start` (nothing but punctuation around it)."""
    for q in quotes:
        if (
            text[start : q.start].strip(" ,:") == ""
            and text[q.end : end].strip(' .,;!?"”»’') == ""
        ):
            return q
    return None


def _quote_only(text: str, s0: int, e0: int, qs: list[Quote]) -> bool:
    rest = text[s0:e0]
    for q in reversed(qs):
        rest = rest[: q.start - s0] + rest[q.end - s0 :]
    return len(rest.strip(' .,;:!?-–—"“”«»„')) < 3


def _inverted(text: str, s0: int, v: int, subj: int, e0: int, people: PeopleIndex) -> bool:
    """ "Russia is ready ..., Peskov said." - content before the speaker."""
    if subj < 0:
        return False
    before = text[s0:subj].rstrip()
    comma = before.rfind(",")
    if comma < 0:
        return False
    # "..., the Kremlin spokesman noted": the article before the role noun is no title word
    segment = [w for w in before[comma + 1 :].split() if w.lower() not in ("the", "a", "an")]
    if segment:
        kws = lexicon().role_keywords
        if len(segment) > 10 or not any(w.lower().strip(",.") in kws for w in segment):
            return False
    head = before[:comma]
    if len(head.split()) < 3:
        return False
    vm = _VERB.match(text, v, e0)
    if not _circumstance_only(text[vm.end() if vm else v : e0]):
        return False  # "In his address, Zelensky said he expected ...": content follows
    # a speech verb in the head is another attribution only when a subject stands right before
    for m in _VERB.finditer(head):
        lo = max(0, m.start() - 30)
        if _HEAD_SUBJECT.search(head[lo : m.start()]):
            return False
        if people.mentions_in(s0 + lo, s0 + m.start()):
            return False
    return True


# the speaker's own voice: a paragraph in the first person goes on with the answer before it
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")
_PARTICIPLES = frozenset(["saying", "noting", "stressing", "emphasizing", "writing"])
_HEAD_PRONOUN = re.compile(r"\s*(He|She)\b")
_HEAD_SUBJECT = re.compile(r"\b(?:he|she|they|He|She|They)\s+(?:\w+\s+)?$")

_TRIM_CHARS = ' \t\n,;:-–—"“”«»„‘’'


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM_CHARS:
        s += 1
    while e > s and text[e - 1] in _TRIM_CHARS + ".":
        e -= 1
    return s, e


def segment(body: CleanBody) -> list[tuple[list[Quote], list[tuple[int, int]]]]:
    """Quotes and sentence spans of every kept line (shared by statements and rounds)."""
    out = []
    for ln in body.lines:
        quotes = find_quotes(body.text, ln.start, ln.end)
        out.append((quotes, split_sentences(body.text, ln.start, ln.end, quotes)))
    return out


def extract_statements(
    body: CleanBody,
    people: PeopleIndex,
    segments: list[tuple[list[Quote], list[tuple[int, int]]]] | None = None,
) -> list[StatementFact]:
    return _Extractor(body, people).run(segments if segments is not None else segment(body))
