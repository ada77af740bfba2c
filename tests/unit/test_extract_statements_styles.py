"""Statements in outlet styles: transcripts, labelled posts, bullets, role descriptions."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract

PUB = dt.date(2025, 7, 10)


def _said(text: str) -> list[tuple[str, bool, str]]:
    ex = extract(text, published=PUB)
    return [(s.speaker, s.direct, s.text) for s in ex.statements]


def test_transcript_answers_are_direct_and_questions_are_not_statements() -> None:
    text = (
        "Kremlin transcript\n\n"
        "Kremlin spokesman Dmitry Peskov answered reporters' questions on Thursday.\n\n"
        "Question: Zelensky says the memorandum is a dead end. Your comment?\n\n"
        "Dmitry Peskov: The memorandum stays on the table. We see no reason to change it.\n\n"
        "Question: Is a new meeting planned?\n\n"
        "Peskov: Not yet. The dates are still being worked out by the delegations.\n"
    )
    got = _said(text)
    assert [(sp, d) for sp, d, _t in got] == [("Dmitry Peskov", True), ("Dmitry Peskov", True)]
    assert got[0][2].startswith("The memorandum stays on the table")
    assert got[1][2].startswith("Not yet. The dates")
    assert extract(text, published=PUB).memorandum_statement


def test_labelled_post_line_without_quotes_is_reported() -> None:
    text = (
        "Channel post\n\n"
        "Over two days, 500 prisoners returned home.\n\n"
        "Ombudsman Dmytro Lubinets: the lists for the next swap are being checked.\n\n"
        'V. Zelensky: "Every one of them is home now, and we keep going."\n'
    )
    got = _said(text)
    assert got[0][:2] == ("Dmytro Lubinets", False)
    assert got[0][2].startswith("the lists for the next swap")
    assert got[1][:2] == ("Volodymyr Zelensky", True)
    assert got[1][2].startswith("Every one of them is home")


def test_label_headline_without_full_stop_is_not_a_statement() -> None:
    text = (
        'Sybiha: talks must not be "theatre"\n\n'
        "Foreign Minister Andriy Sybiha spoke in Kyiv on Wednesday about the coming talks.\n"
    )
    assert _said(text) == []


def test_bullet_with_speech_verb_is_a_statement_not_an_attribution_line() -> None:
    text = (
        "Scoop: a new draft\n\n"
        "The big picture: envoys have been trading drafts for weeks, two officials said.\n\n"
        "- Witkoff told Axios the draft leaves the territorial questions for the leaders.\n"
    )
    got = _said(text)
    assert [(sp, d) for sp, d, _t in got] == [("Steve Witkoff", False)]
    assert got[0][2].startswith("the draft leaves the territorial questions")


def test_posted_on_x_and_signalled_that() -> None:
    text = (
        "Secretary of State Marco Rubio posted on X that a deal needs concessions from both "
        "sides.\n\n"
        "Volodymyr Zelensky has signalled that Kyiv could accept a pause along the front line.\n"
    )
    got = _said(text)
    assert [(sp, t[:22]) for sp, _d, t in got] == [
        ("Marco Rubio", "a deal needs concessio"),
        ("Volodymyr Zelensky", "Kyiv could accept a pa"),
    ]


def test_role_description_with_a_side_resolves_to_that_sides_person() -> None:
    text = (
        "Donald Trump and Vladimir Putin met at an air base on Friday.\n\n"
        "The Russian president, speaking after the talks, said the next summit could be held "
        "in Moscow.\n\n"
        "He also urged Kyiv not to stand in the way of the settlement.\n\n"
        "Speaking to reporters later, the US president insisted the meeting had gone very well "
        "for both sides.\n"
    )
    ex = extract(text, published=PUB)
    got = [(s.speaker, s.text[:20]) for s in ex.statements]
    assert got == [
        ("Vladimir Putin", "the next summit coul"),
        ("Vladimir Putin", "Kyiv not to stand in"),
        ("Donald Trump", "the meeting had gone"),
    ]
    roles = {p.name: p.role for p in ex.people}
    assert roles["Donald Trump"] == "US president"
    assert roles["Vladimir Putin"] == "Russian president"


def test_diplomat_of_a_side() -> None:
    text = (
        "Foreign Minister Sergey Lavrov met the Turkish ambassador on Monday.\n\n"
        "The Russian diplomat also said the new restrictions would not change the course of "
        "Moscow.\n"
    )
    assert [sp for sp, _d, _t in _said(text)] == ["Sergey Lavrov"]


def test_subject_before_two_appositives() -> None:
    text = (
        "Andriy Yermak, the head of the presidential office, who led the team in Geneva, said "
        "the sides had narrowed their differences on most points.\n"
    )
    got = _said(text)
    assert got[0][0] == "Andriy Yermak"
    assert got[0][2].startswith("the sides had narrowed")


def test_name_inside_an_appositive_does_not_hide_the_subject() -> None:
    text = (
        "Marco Rubio, who flew in with Steve Witkoff on Sunday, told reporters that the "
        "restrictions on Russian oil would stay.\n"
    )
    got = _said(text)
    assert got[0][0] == "Marco Rubio"
    assert got[0][2].startswith("the restrictions on Russian oil")


def test_quote_embedded_after_reported_content_is_not_direct() -> None:
    text = (
        "Volodymyr Zelensky said Ukraine would never accept the occupation of its land, "
        '"neither now nor in the future", though talks could go on.\n'
    )
    got = _said(text)
    assert [(sp, d) for sp, d, _t in got] == [("Volodymyr Zelensky", False)]
    assert got[0][2].startswith("Ukraine would never accept")


def test_leading_adverbial_is_not_inverted_content() -> None:
    text = (
        "In his evening video address, President Volodymyr Zelensky said he was waiting for a "
        "report from the delegation.\n"
    )
    got = _said(text)
    assert got[0][2].startswith("he was waiting for a report")


def test_inverted_statement_whose_content_has_its_own_verb() -> None:
    text = (
        "Kyiv asked for a pause in the strikes and suggested a new exchange of lists, "
        "Rustem Umerov said.\n"
    )
    got = _said(text)
    assert got[0][0] == "Rustem Umerov"
    assert got[0][2].startswith("Kyiv asked for a pause")


def test_nested_report_keeps_the_outer_speaker_and_its_start() -> None:
    text = (
        "Dmitry Peskov said Putin had told the envoy during their talks that Russia wanted a "
        "durable settlement.\n"
    )
    got = _said(text)
    assert got[0][0] == "Dmitry Peskov"
    assert got[0][2].startswith("Putin had told the envoy")


def test_so_that_is_not_the_complementizer() -> None:
    text = (
        "Vladimir Medinsky said Moscow offered a short truce on parts of the front so that "
        "both sides could collect their dead.\n"
    )
    got = _said(text)
    assert got[0][2].startswith("Moscow offered a short truce")


def test_said_keeps_a_capitalised_subject_of_the_content() -> None:
    text = "Andriy Sybiha said Kyiv had already sent its written position to the mediators.\n"
    assert _said(text)[0][2].startswith("Kyiv had already sent")


def test_answered_questions_intro_is_not_a_statement() -> None:
    text = (
        "After the summit in Minsk, Vladimir Putin answered questions from the media for "
        "nearly an hour.\n"
    )
    assert _said(text) == []


def test_control_character_ends_a_statement_and_text_stays_verbatim() -> None:
    text = (
        "Talks update\n\n"
        "Rustem Umerov said that the memorandum was handed over today\x1f\x1fjunk bytes here.\n"
    )
    facts = extract(text, published=PUB).statements
    assert len(facts) == 1
    s = facts[0]
    assert s.text.startswith("the memorandum was handed over today")
    assert "junk" not in s.text
    assert text[s.span.start : s.span.end] == s.text


def test_label_inside_a_post_line_before_a_quote_is_the_speaker() -> None:
    text = (
        "Channel post\n\n"
        'The plane has landed in Ankara. Peskov: "The memorandum is ready and will be handed '
        'over on Monday."\n\n'
        'Peskov: "talks are the only way"\n'
    )
    got = _said(text)
    assert got == [
        ("Dmitry Peskov", True, "The memorandum is ready and will be handed over on Monday")
    ]


def test_memorandum_of_understanding_named_after_a_statement_does_not_undo_it() -> None:
    text = (
        "Talks news\n\n"
        "Hakan Fidan noted that the memorandums exchanged by the parties are a basis for work.\n\n"
        "Ankara also welcomed a memorandum of understanding on port traffic.\n"
    )
    assert extract(text, published=PUB).memorandum_statement


def test_bare_memorandum_after_a_memorandum_of_understanding_is_that_one() -> None:
    text = (
        "Ukraine and Norway sign a memorandum of understanding on energy equipment\n\n"
        "The two ministers signed a memorandum of understanding on transformer supplies.\n\n"
        'Svitlana Hrynchuk said the memorandum covers 40 substations. "This memorandum '
        'brings light to our cities," she added.\n\n'
        "Later, Rustem Umerov said Russia's memorandum on ending the war was still awaited.\n"
    )
    facts = extract(text, published=PUB).statements
    memo = [s.speaker for s in facts if "memorandum" in s.topics]
    assert memo == ["Rustem Umerov"]


def test_the_text_after_a_negotiation_memorandum_refers_to_it() -> None:
    text = (
        "Analysis\n\n"
        "In 1994 Kyiv signed the Budapest Memorandum. On Monday in Istanbul the Russian "
        "delegation handed over its peace memorandum.\n\n"
        'Vladimir Medinsky said the text was "a fair basis" for further work.\n'
    )
    facts = extract(text, published=PUB).statements
    assert facts[0].topics[0] == "memorandum"
    text2 = (
        "Analysis\n\n"
        "The Budapest Memorandum of 1994 was signed by three nuclear powers.\n\n"
        "Andrii Sybiha said the document had not protected Crimea.\n"
    )
    assert not extract(text2, published=PUB).memorandum_statement


def test_bare_memorandum_after_the_budapest_one_in_a_moscow_sentence_is_that_one() -> None:
    text = (
        "Analysis\n\n"
        "Kyiv marked 31 years since the signing of the Budapest Memorandum on Friday.\n\n"
        "In Moscow, spokeswoman Maria Zakharova claimed that the memorandum had lost its "
        "force in 2014.\n\n"
        "Later, Rustem Umerov said the Russian memorandum on a ceasefire was still awaited.\n"
    )
    facts = extract(text, published=PUB).statements
    memo = [s.speaker for s in facts if "memorandum" in s.topics]
    assert memo == ["Rustem Umerov"]


def test_said_this_takes_the_sentence_before() -> None:
    text = (
        "Kyiv briefing\n\n"
        "The exchange lists for the next swap are ready and were sent to Ankara on Friday.\n\n"
        "Ombudsman Dmytro Lubinets said this during a press conference in Kyiv.\n\n"
        "Rustem Umerov said this is a difficult moment for the talks.\n"
    )
    got = _said(text)
    assert got[0][:2] == ("Dmytro Lubinets", False)
    assert got[0][2].startswith("The exchange lists for the next swap are ready")
    assert got[1][2].startswith("this is a difficult moment")
