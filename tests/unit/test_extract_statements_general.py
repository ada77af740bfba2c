"""General mechanisms: credit lines, trailing attributions with circumstances, role speakers."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract

PUB = dt.date(2025, 6, 10)

STORY = "Kyiv and Moscow swapped drafts of a memorandum, Foreign Minister Andrii Sybiha said."


@pytest.mark.parametrize(
    "credit",
    [
        "By Jonas Whitacre",
        "by Olha Marenko June 10, 2025 3:40 PM 3 min read",
        "*Writing by Selim Ozturk",
        "— With assistance from Petra Novak and Luis Ortega.",
        "Live reporting by Amos Kettering",
        "Dana Kovalchuk - 18:05, 10 June 2025",
    ],
)
def test_credit_lines_are_not_people(credit: str) -> None:
    text = f"Drafts of a memorandum swapped\n\n{credit}\n\n{STORY}\n\n{credit}\n"
    ex = extract(text, published=PUB)
    assert [p.name for p in ex.people] == ["Andrii Sybiha"]


def test_a_sentence_opening_with_by_is_kept() -> None:
    text = 'By Monday evening, Andrii Sybiha said there had been "real progress" on the text.'
    ex = extract(text, published=PUB)
    assert [p.name for p in ex.people] == ["Andrii Sybiha"]


@pytest.mark.parametrize(
    "tail",
    [
        "told reporters after a phone call with the Turkish leader",
        "said at a briefing following the week of consultations in Geneva",
        "said Friday, as the envoys were preparing to fly home",
        "told journalists after the meeting, adding that Kyiv would answer in writing",
        "said late on Tuesday in a video address",
    ],
)
def test_trailing_attribution_with_circumstances(tail: str) -> None:
    text = f"Ukraine will hand over its own draft of the memorandum, Andrii Sybiha {tail}."
    ex = extract(text, published=PUB)
    got = [(s.speaker, s.text) for s in ex.statements]
    assert got == [("Andrii Sybiha", "Ukraine will hand over its own draft of the memorandum")]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the talks in Geneva, Andrii Sybiha said the drafts would be compared line by line.",
        "After the talks in Geneva, Andrii Sybiha said on Friday the drafts would be compared.",
    ],
)
def test_content_after_the_verb_is_still_the_statement(sentence: str) -> None:
    ex = extract(sentence, published=PUB)
    assert [s.text.split()[:2] for s in ex.statements] == [["the", "drafts"]]


def test_the_president_is_the_person_whose_post_is_president() -> None:
    text = (
        "President of Ukraine Volodymyr Zelenskyy met Special Envoy of the US President "
        "Steve Witkoff and Head of the Office of the President Andriy Yermak.\n\n"
        '"We will not sign a memorandum that freezes the war," the President stressed.'
    )
    ex = extract(text, published=PUB)
    assert [s.speaker for s in ex.statements] == ["Volodymyr Zelenskyy"]


# ("He informed ..." after "Trump spoke by phone with Putin" is Trump's: a sentence-initial
# pronoun is the previous sentence's subject; see test_extract_statements_judged.py)
@pytest.mark.parametrize(
    "subject", ["The head of state reiterated", "The President of Russia noted"]
)
def test_role_descriptions_with_a_side_or_a_synonym(subject: str) -> None:
    text = (
        "Donald Trump spoke by phone with Vladimir Putin for two hours.\n\n"
        f"{subject} that Moscow would send its draft memorandum to Kyiv next week."
    )
    ex = extract(text, published=PUB)
    assert [(s.speaker, s.topics[0]) for s in ex.statements] == [("Vladimir Putin", "memorandum")]


def test_a_memorandum_named_as_the_budapest_one_is_not_the_negotiation_memorandum() -> None:
    text = (
        '"Kyiv once received a memorandum that promised it protection - the Budapest one. '
        'It failed," Andrii Sybiha said.'
    )
    ex = extract(text, published=PUB)
    assert ex.statements[0].topics == ("other",)
    assert not ex.memorandum_statement


def test_dash_turn_interview_answers_are_the_interviewees_quotes() -> None:
    text = (
        "Deputy Foreign Minister Olena Koval led the expert group in Geneva. "
        "We asked her about the memorandum.\n\n"
        "— What is left of the memorandum?\n\n"
        "— Not much. The Russian memorandum asks for everything at once.\n\n"
        "— Your own draft is ready, though.\n\n"
        "— Yes, and it starts with a full ceasefire on land and at sea.\n"
    )
    ex = extract(text, published=PUB)
    got = [(s.speaker, s.direct, s.text.split(".")[0]) for s in ex.statements]
    assert got == [
        ("Olena Koval", True, "Not much"),
        ("Olena Koval", True, "Yes, and it starts with a full ceasefire on land and at sea"),
    ]
    assert ex.memorandum_statement


def test_outlet_labelled_questions_make_the_answers_direct() -> None:
    text = (
        "Deputy Foreign Minister Olena Koval spoke to Dzerkalo about the memorandum.\n\n"
        "Dzerkalo: Has anything moved since June?\n\n"
        "Koval: Nothing has moved. They repeat the same memorandum every time.\n\n"
        "Dzerkalo: Sergei Lavrov said that a new round must be prepared for months.\n\n"
        "Koval: We are ready tomorrow, in any format.\n"
    )
    ex = extract(text, published=PUB)
    got = [(s.speaker, s.direct) for s in ex.statements]
    assert got == [
        ("Olena Koval", True),
        ("Sergei Lavrov", False),
        ("Olena Koval", True),
    ]


def test_told_an_outlet_why_is_not_a_statement() -> None:
    text = "Andrii Sybiha told reporters why the Geneva talks had stalled in the first week."
    assert not extract(text, published=PUB).statements


@pytest.mark.parametrize(
    "after", ["said Kremlin spokesman Dmitry Peskov.", "said Sen. Dmitry Peskov, a spokesman."]
)
def test_said_then_a_title_then_the_name(after: str) -> None:
    text = f'"The memorandum will be discussed at the table, not in public," {after}'
    ex = extract(text, published=PUB)
    assert [(s.speaker, s.direct) for s in ex.statements] == [("Dmitry Peskov", True)]


def test_said_then_a_clause_about_a_person_is_not_a_trailing_speaker() -> None:
    text = (
        "Rustem Umerov arrived in Geneva on Monday.\n\n"
        "The envoy said the talks with Rustem Umerov would resume in a week."
    )
    ex = extract(text, published=PUB)
    assert all(s.text.startswith("the talks") for s in ex.statements)


def test_a_that_inside_the_content_does_not_move_its_start() -> None:
    text = (
        "Andrii Sybiha told reporters the draft was balanced and that Kyiv and Geneva had "
        "worked on it for a month."
    )
    ex = extract(text, published=PUB)
    assert [s.text.split()[:3] for s in ex.statements] == [["the", "draft", "was"]]


def test_a_post_headed_by_its_authors_name_is_the_authors_quote() -> None:
    text = (
        "Channel feed, 10 June\n\n"
        "Olena Koval | Deputy Foreign Minister\n"
        "10.06.2025 09:12\n"
        "We sent our memorandum to Moscow a month ago. Olena Koval said nothing has come back.\n"
        "\nNews Agency | Updates\n"
        "10.06.2025 11:40\n"
        "Olena Koval said that Kyiv would wait one more week for the answer.\n"
    )
    ex = extract(text, published=PUB)
    got = [(s.speaker, s.direct, s.text.split()[0]) for s in ex.statements]
    assert got == [("Olena Koval", True, "We"), ("Olena Koval", False, "Kyiv")]


def test_an_appositive_naming_someone_else_leaves_the_subject_the_speaker() -> None:
    text = (
        "Olena Koval, the diplomat who led the group together with adviser Petro Marchenko, "
        "told reporters that the talks had been long but useful."
    )
    ex = extract(text, published=PUB)
    assert [s.speaker for s in ex.statements] == ["Olena Koval"]


def test_an_organisation_in_a_title_is_not_a_person() -> None:
    text = (
        "Petro Marchenko, president of the Ukrainian Seed Association, said the sowing "
        "would end late this year."
    )
    ex = extract(text, published=PUB)
    assert [p.name for p in ex.people] == ["Petro Marchenko"]
    assert [s.speaker for s in ex.statements] == ["Petro Marchenko"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Foreign Minister Andrii Sybiha welcomed the new sanctions on Rosneft, saying they "
            "would cut the money Moscow spends on the war.",
            "Andrii Sybiha",
        ),
        (
            "Olena Koval cancelled the trip to Geneva with Andrii Sybiha, noting that the "
            "drafts were still too far apart.",
            "Olena Koval",
        ),
    ],
)
def test_a_participle_attribution_belongs_to_the_subject(sentence: str, speaker: str) -> None:
    ex = extract(sentence, published=PUB)
    assert [s.speaker for s in ex.statements] == [speaker]
    assert ex.statements[0].text.split()[0] in ("they", "the")


def _said(text: str) -> list[tuple[str, bool, str]]:
    return [(s.speaker, s.direct, s.text) for s in extract(text, published=PUB).statements]


def test_trailing_role_noun_after_a_comma_attributes_the_sentence() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Friday.\n\n"
        "The talks lasted more than four hours, the Kremlin spokesman noted.\n"
    )
    assert _said(text) == [("Dmitry Peskov", False, "The talks lasted more than four hours")]


def test_a_quote_closing_an_according_to_sentence_is_not_the_statement() -> None:
    text = (
        "Foreign Minister Sergei Lavrov spoke on Friday.\n\n"
        "According to him, the West is spreading the claim that a summit was agreed, "
        '"which is not true".\n'
    )
    [(speaker, direct, said)] = _said(text)
    assert (speaker, direct) == ("Sergei Lavrov", False)
    assert said.startswith("the West is spreading the claim")


def test_an_adverb_between_speaker_and_verb() -> None:
    text = "Prime Minister Viktor Orban immediately declared that preparations were underway.\n"
    assert _said(text) == [("Viktor Orban", False, "preparations were underway")]


def test_role_noun_after_a_quote_continues_the_speaker_before() -> None:
    text = (
        "Zelensky, speaking alongside Czech President Petr Pavel, said the talks went well.\n\n"
        '"We will not let anyone decide for Ukraine behind our backs," the president said.\n'
    )
    ex = extract(text, published=PUB)
    assert [s.speaker for s in ex.statements] == ["Volodymyr Zelensky"] * 2
    assert {p.name: p.role for p in ex.people}["Volodymyr Zelensky"] == "president"


def test_a_leaders_usual_title_resolves_a_national_role_noun() -> None:
    text = (
        "Emmanuel Macron and Keir Starmer signed a declaration on Tuesday.\n\n"
        '"This is a decisive step for the coalition," the French president said.\n'
    )
    [st] = extract(text, published=PUB).statements
    assert (st.speaker, st.direct) == ("Emmanuel Macron", True)


def test_a_transcript_answer_goes_on_in_a_first_person_paragraph() -> None:
    text = (
        "Question: Is a third round possible?\n\n"
        "Sergey Lavrov: We handed over our memorandum. Experts will study it.\n\n"
        "As for the third round, we are ready for it, and the date will be agreed.\n\n"
        "Question: Will you meet the Americans?\n\n"
        "Sergey Lavrov: We remain in contact with our colleagues.\n\n"
        "The minister later left for Minsk, where he met Alexander Lukashenko.\n"
    )
    said = [(s.speaker, s.text[:20]) for s in extract(text, published=PUB).statements]
    assert said == [
        ("Sergey Lavrov", "We handed over our m"),
        ("Sergey Lavrov", "As for the third rou"),
        ("Sergey Lavrov", "We remain in contact"),
    ]


def test_circumstances_before_a_colon_are_not_a_statement() -> None:
    text = 'Steve Witkoff wrote on X after the first day: "A lot of progress was made."\n'
    assert _said(text) == [("Steve Witkoff", True, "A lot of progress was made")]


def test_a_reported_by_paragraph_attributes_the_whole_lead() -> None:
    text = (
        "In Berlin, talks between the two delegations have resumed at the Chancellery. "
        "The first session lasted five hours.\n\n"
        "This was reported by Defense Minister Rustem Umerov, who leads the team.\n"
    )
    [(speaker, direct, said)] = _said(text)
    assert (speaker, direct) == ("Rustem Umerov", False)
    assert said.startswith("In Berlin, talks between the two delegations")
