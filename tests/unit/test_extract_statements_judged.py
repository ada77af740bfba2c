"""Statements judging a meeting or a document ("called the talks constructive"), and the
memorandum topic of statements about other memorandums (own example sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract

PUB = dt.date(2025, 6, 1)


def said(text: str) -> list[tuple[str, bool, str]]:
    return [(s.speaker, s.direct, s.text) for s in extract(text, published=PUB).statements]


def test_described_as_is_reported_speech_from_its_object() -> None:
    got = said('Kremlin aide Yuri Ushakov described the talks as "long but useful".')
    assert got == [("Yuri Ushakov", False, 'the talks as "long but useful')], got


def test_called_a_meeting_something_is_reported_speech() -> None:
    got = said("Turkish Foreign Minister Hakan Fidan called Monday's meeting a good start.")
    assert got == [("Hakan Fidan", False, "Monday's meeting a good start")], got


def test_characterised_a_document_as() -> None:
    got = said("Foreign Minister Andrii Sybiha characterised the Russian draft as an ultimatum.")
    assert [g[:2] for g in got] == [("Andrii Sybiha", False)], got
    assert got[0][2].startswith("the Russian draft as an ultimatum"), got


def test_calling_a_person_is_a_phone_call_not_a_statement() -> None:
    assert said("US President Donald Trump called the Russian leader on Tuesday.") == []


def test_calling_talks_off_or_for_talks_is_no_judgement() -> None:
    assert said("Secretary of State Marco Rubio called the meeting off.") == []


def test_both_parties_of_a_minerals_memorandum_do_not_make_it_the_negotiation_one() -> None:
    text = (
        "Kyiv and Washington signed a memorandum of intent on critical minerals on Thursday.\n\n"
        "Deputy Prime Minister Olha Marchenko said that the memorandum confirms the intention "
        "of both parties to finish the agreement by the end of the month."
    )
    ex = extract(text, published=PUB)
    assert ex.statements and not ex.memorandum_statement, ex.statements


def test_the_istanbul_document_refers_back_to_the_memorandum() -> None:
    text = (
        "The Russian delegation handed over its memorandum at the talks in Istanbul in June.\n\n"
        'Foreign Minister Sergei Lavrov has called the Istanbul document the "basis" of any '
        "settlement."
    )
    ex = extract(text, published=PUB)
    assert ex.memorandum_statement, ex.statements


def test_one_labelled_question_line_is_a_related_headline_not_an_interviewer() -> None:
    text = (
        '"Good progress was made," Steve Witkoff wrote on X after the meeting.\n\n'
        "Volodymyr Zelensky told reporters that Ukraine was ready to consider new guarantees. "
        '"This is a compromise on our part," he said.\n\n'
        "Explained: What is in the new draft plan?\n\n"
        "We expect the next meeting soon, the delegation's spokesman said in the evening.\n"
    )
    got = said(text)
    assert ("Volodymyr Zelensky", False) in [g[:2] for g in got], got
    assert [g for g in got if g[0] == "Steve Witkoff"] == [
        ("Steve Witkoff", True, "Good progress was made")
    ], got


def test_quote_line_under_a_source_line_is_the_named_person_s() -> None:
    text = (
        "Kyiv will not sign a revised memorandum, Sybiha says\n\n"
        "Foreign Minister Andrii Sybiha responded on X on Monday evening.\n\n"
        "Quote: «We will not accept a new edition of old ultimatums. The answer is no.»\n\n"
        "Details: Russian presidential aide Vladimir Medinsky responded on X a few hours later.\n"
    )
    got = said(text)
    assert got == [
        (
            "Andrii Sybiha",
            True,
            "We will not accept a new edition of old ultimatums. The answer is no",
        )
    ], got


def test_adding_that_after_a_quote_is_a_reported_statement_of_its_own() -> None:
    text = (
        '"We listened to each other for three hours," Sergei Lavrov told reporters, adding '
        "that Moscow had set out its conditions for a ceasefire.\n"
    )
    got = said(text)
    assert got == [
        ("Sergei Lavrov", True, "We listened to each other for three hours"),
        ("Sergei Lavrov", False, "Moscow had set out its conditions for a ceasefire"),
    ], got


def test_has_since_described() -> None:
    got = said("Kirill Dmitriev has since described the draft as a fair basis for a deal.")
    assert got == [("Kirill Dmitriev", False, "the draft as a fair basis for a deal")], got


def test_a_second_speaker_after_while_has_a_statement_of_its_own() -> None:
    text = (
        "French President Emmanuel Macron suggested Geneva as a venue, while British Prime "
        'Minister Keir Starmer called the talks "a real step forward".\n'
    )
    got = said(text)
    assert ("Keir Starmer", False) in [g[:2] for g in got], got


def test_a_name_in_the_object_of_a_first_verb_is_not_the_speaker() -> None:
    text = (
        "President Volodymyr Zelensky thanked President Donald Trump for his efforts and said "
        "Ukraine was ready for a meeting at the level of leaders.\n"
    )
    got = said(text)
    assert [g[:2] for g in got] == [("Volodymyr Zelensky", False)], got


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Kremlin spokesman Dmitry Peskov cautioned that many questions remained open.", "many"),
        (
            "Foreign Minister Abdullah bin Zayed affirmed that the UAE would keep helping.",
            "the UAE",
        ),
        ("Dmitry Peskov repeated that Russia would not accept foreign troops.", "Russia"),
        ("Rustem Umerov proposed that the delegations meet again in June.", "the delegations"),
        (
            "Maria Zakharova dismissed the trip as an attempt to drag out the process.",
            "the trip as",
        ),
        (
            "Maria Zakharova mocked the coverage on Telegram, writing that the press was upset.",
            "the press",
        ),
    ],
)
def test_more_reporting_verbs(sentence: str, start: str) -> None:
    got = said(sentence)
    assert len(got) == 1 and not got[0][1] and got[0][2].startswith(start), got


def test_proposed_a_meeting_is_an_act_not_a_statement() -> None:
    assert said("Rustem Umerov proposed a meeting of the leaders before the end of June.") == []


def test_a_transcript_label_may_carry_a_note_in_brackets() -> None:
    text = (
        "Vladimir Putin (in English): Next time in Moscow.\n\n"
        "Donald Trump (retranslated): That is an interesting one, we will see.\n"
    )
    got = [g[0] for g in said(text)]
    assert got == ["Vladimir Putin", "Donald Trump"], got


def test_a_pronoun_subject_before_a_coordinated_verb_phrase() -> None:
    text = (
        "Vladimir Putin spoke first. As the two men left the stage, he turned to Mr Trump and "
        'said in English: "Next time in Moscow."\n'
    )
    assert [g[:2] for g in said(text)] == [("Vladimir Putin", True)]


def test_reaffirmed_reports_speech() -> None:
    got = said("Vladimir Putin reaffirmed Russia's commitment to a diplomatic settlement.")
    assert [g[:2] for g in got] == [("Vladimir Putin", False)], got


def test_calling_for_a_meeting_is_an_act_but_its_subject_stays_salient() -> None:
    text = (
        "Volodymyr Zelensky has repeatedly called for a meeting with Vladimir Putin. "
        '"I am ready to meet him in any format, but not in Moscow," he told the BBC.\n'
    )
    assert said(text) == [
        ("Volodymyr Zelensky", True, "I am ready to meet him in any format, but not in Moscow")
    ]


def test_cautioned_against_is_no_statement() -> None:
    assert said("Kremlin spokesman Dmitry Peskov cautioned against expecting quick results.") == []


def test_the_turkish_leader_is_turkey_s_president() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan met Volodymyr Zelensky in Ankara.\n\n"
        "«We are an ideal venue for such negotiations, and we have proved it,» the Turkish "
        "leader noted.\n"
    )
    assert [g[:2] for g in said(text)] == [("Recep Tayyip Erdogan", True)]


def test_responded_positively_to_is_an_act() -> None:
    text = (
        "Donald Trump proposed a pause in strikes on energy sites. Russian President Vladimir "
        "Putin responded positively to this initiative and gave the order.\n"
    )
    assert [g[0] for g in said(text)] == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "start"),
    [
        (
            "Putin's aide Yuri Ushakov said this week that the Kremlin had invited Zelensky.",
            "Yuri Ushakov",
            "the Kremlin had invited",
        ),
        (
            "The team was led by Andriy Yermak, President Volodymyr Zelensky's chief of staff, "
            "who said the sides had produced an updated draft.",
            "Andriy Yermak",
            "the sides had produced",
        ),
        (
            "The plan puts pressure on Vladimir Putin, who has repeatedly said any truce must "
            "address the root causes.",
            "Vladimir Putin",
            "any truce must address",
        ),
        (
            "Chancellor Friedrich Merz of Germany, who hosted the meeting in Berlin, said on "
            "Monday that there was now a real chance for peace.",
            "Friedrich Merz",
            "there was now a real",
        ),
    ],
)
def test_subjects_across_appositions_and_relative_clauses(
    sentence: str, speaker: str, start: str
) -> None:
    got = said(sentence)
    assert len(got) == 1 and got[0][0] == speaker and got[0][2].startswith(start), got


def test_a_negated_first_verb_then_but_said() -> None:
    got = said(
        "Kremlin spokesman Dmitry Peskov did not confirm the postponement, but said the summit "
        "would happen when it is ready."
    )
    assert [g[:2] for g in got] == [("Dmitry Peskov", False)], got


def test_made_it_clear_that() -> None:
    got = said(
        "Kremlin spokesman Dmitry Peskov spoke to journalists. He also made it clear that a "
        "meeting of the presidents was not on the agenda."
    )
    assert [g[:2] for g in got] == [("Dmitry Peskov", False)], got


def test_a_verbless_lead_in_before_a_colon_names_the_quote_s_speaker() -> None:
    text = (
        "European leaders were cautious. The Polish prime minister, Donald Tusk, was blunter: "
        '"Whoever keeps postponing meetings does not want peace."\n'
    )
    assert said(text) == [
        ("Donald Tusk", True, "Whoever keeps postponing meetings does not want peace")
    ]


def test_he_at_a_sentence_start_is_the_previous_sentence_s_subject() -> None:
    text = (
        "Donald Trump spoke by phone with Vladimir Putin shortly before Volodymyr Zelensky "
        "arrived at the White House. He said the call had been very productive.\n"
    )
    assert [g[0] for g in said(text)] == ["Donald Trump"]


def test_she_after_according_to_her_is_the_speaker_before() -> None:
    text = (
        "Deputy Prime Minister Yulia Svyrydenko announced the deal on Telegram.\n\n"
        "According to her, the document was signed online with US Treasury Secretary Scott "
        "Bessent. She said the teams had done a great deal of work on the text.\n"
    )
    got = said(text)
    assert [g[0] for g in got if g[2].startswith("the teams")] == ["Yulia Svyrydenko"], got


def test_a_possessive_name_is_not_the_subject_a_pronoun_refers_to() -> None:
    text = (
        "Trump's envoy for Ukraine and Russia, Keith Kellogg, is due in Kyiv on Wednesday for "
        "meetings with Volodymyr Zelensky.\n\n"
        "He said at the weekend that Europe would be consulted but would not sit at the table.\n"
    )
    assert [g[0] for g in said(text)] == ["Keith Kellogg"]


def test_a_name_in_a_before_clause_is_not_the_subject() -> None:
    text = (
        "Donald Trump spoke by phone with Vladimir Putin for more than two hours before "
        "Volodymyr Zelensky arrived, and said he planned to speak to him again.\n"
    )
    assert [g[0] for g in said(text)] == ["Donald Trump"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Donald Trump and Vladimir Putin spoke by phone for two hours on Monday, after which "
            "Trump wrote that the call had gone very well.",
            "Donald Trump",
        ),
        (
            "JD Vance met Volodymyr Zelensky in Munich on Feb. 14, where Zelensky said Washington "
            "should keep up the pressure.",
            "Volodymyr Zelensky",
        ),
        (
            "Giorgia Meloni offered to host the talks at the Vatican, after US President Donald "
            "Trump said the Holy See could be a venue.",
            "Donald Trump",
        ),
    ],
)
def test_the_name_right_before_its_verb_after_a_comma_clause(sentence: str, speaker: str) -> None:
    assert [g[0] for g in said(sentence)] == [speaker]


def test_a_second_speaker_after_but_has_a_statement_of_its_own() -> None:
    text = (
        'Donald Trump has said he wants a three-way summit "this summer", but Kremlin '
        "spokesman Dmitry Peskov said such a meeting was not yet on the agenda.\n"
    )
    assert [g[0] for g in said(text)] == ["Donald Trump", "Dmitry Peskov"]
