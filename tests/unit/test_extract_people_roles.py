"""People: journalist credits are not people; role wording kept and trimmed."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract

PUB = dt.date(2025, 7, 10)


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(text, published=PUB).people}


def test_bylines_and_credits_are_not_people() -> None:
    text = (
        "Talks resume in Geneva\n\n"
        "By Clara Benning and Otto Marsh, Associated Press\n\n"
        "Foreign Minister Andriy Sybiha arrived in Geneva on Sunday.\n\n"
        "(Reporting by Clara Benning in Geneva and Otto Marsh in Kyiv; Editing by Lea Hart)\n"
    )
    assert set(_roles(text)) == {"Andriy Sybiha"}


def test_credit_line_under_the_headline_is_not_people() -> None:
    text = (
        "Leaders meet in Alaska\n\n"
        "Nora Quill and Ivo Strand, World News, Anchorage\n\n"
        "Donald Trump arrived in Anchorage on Friday for talks.\n"
    )
    assert set(_roles(text)) == {"Donald Trump"}
    text2 = (
        "Leaders meet in Alaska\n\n"
        "Nora Quill in Anchorage and Ivo Strand in Kyiv\n\n"
        "Donald Trump arrived in Anchorage on Friday for talks.\n"
    )
    assert set(_roles(text2)) == {"Donald Trump"}


def test_nationality_and_city_stay_in_the_role() -> None:
    text = (
        "The deal was signed by Swedish Minister of Defence Pal Jonson on Tuesday.\n\n"
        "Kharkiv Mayor Ihor Terekhov said the city was ready for winter.\n"
    )
    roles = _roles(text)
    assert roles["Pal Jonson"] == "Swedish Minister of Defence"
    assert roles["Ihor Terekhov"] == "Kharkiv Mayor"


def test_rank_before_the_name_is_not_part_of_the_role() -> None:
    text = "Navy spokesman Capt. Tom Riley said the ships had left port on Monday.\n"
    assert _roles(text)["Tom Riley"] == "Navy spokesman"


def test_plural_title_word_inside_a_title_is_kept() -> None:
    text = "Joint Chiefs Chairman Gen. Ray Holt flew to Kyiv on Wednesday.\n"
    assert _roles(text)["Ray Holt"] == "Joint Chiefs Chairman"


def test_title_starts_after_a_preposition_and_the() -> None:
    text = (
        "The talks were held in Berlin on Sunday with the US special envoy Steve Witkoff, "
        "who arrived on Saturday.\n"
    )
    assert _roles(text)["Steve Witkoff"] == "US special envoy"


def test_appositive_role_stops_at_a_relative_clause() -> None:
    text = (
        "Vladimir Medinsky, the Kremlin aide who led the Russian team, said the talks "
        "had been useful.\n"
    )
    assert _roles(text)["Vladimir Medinsky"] == "Kremlin aide"


def test_surname_as_a_modifier_is_not_a_person() -> None:
    text = "The Trump administration has been drafting a plan with Moscow for weeks.\n"
    assert "Donald Trump" not in _roles(text)


def test_title_before_a_surname_only_mention_is_the_role() -> None:
    text = (
        "Ankara offered to host a summit of President Macron and President Erdogan soon.\n\n"
        "Emmanuel Macron said he was ready to travel.\n"
    )
    roles = _roles(text)
    assert roles["Emmanuel Macron"] == "President"
    assert roles["Recep Tayyip Erdogan"] == "President"


def test_dateline_and_dash_are_not_part_of_the_role() -> None:
    text = "LVIV — Ukrainian Prime Minister Yulia Svyrydenko visited the border on Friday.\n"
    assert _roles(text)["Yulia Svyrydenko"] == "Ukrainian Prime Minister"
    text2 = "ODESA, March 3 (Wire) - Polish Foreign Minister Radoslaw Sikorski arrived.\n"
    assert _roles(text2)["Radoslaw Sikorski"] == "Polish Foreign Minister"


def test_preposition_before_the_title_is_cut() -> None:
    text = "According to Defence Minister Pal Jonson, the deliveries start in May.\n"
    assert _roles(text)["Pal Jonson"] == "Defence Minister"
    text2 = "According to the head of the city council Ihor Terekhov, power is back.\n"
    assert _roles(text2)["Ihor Terekhov"] == "head of the city council"


def test_honorific_and_rank_between_title_and_name_are_dropped() -> None:
    text = "In the opening session, Minister of Trade H.E. Omer Bolat welcomed the guests.\n"
    assert _roles(text)["Omer Bolat"] == "Minister of Trade"
    text2 = "The team was led by the head of the navy, Admiral Oleksiy Neizhpapa.\n"
    assert _roles(text2)["Oleksiy Neizhpapa"] == "head of the navy"


def test_acronym_of_the_body_stays_in_the_role() -> None:
    text = "The deal was negotiated by SBU Chief Vasyl Maliuk and his team.\n"
    assert _roles(text)["Vasyl Maliuk"] == "SBU Chief"


def test_long_titles_before_a_given_name_are_kept() -> None:
    text = (
        "The Commissioner of the Coordination Headquarters Petro Yatsenko spoke on Monday.\n\n"
        "The list was signed by the head of the Holos party faction Roman Kostenko.\n"
    )
    roles = _roles(text)
    assert roles["Petro Yatsenko"] == "Commissioner of the Coordination Headquarters"
    assert roles["Roman Kostenko"] == "head of the Holos party faction"


def test_middle_initial_and_patronymic_address() -> None:
    text = (
        "President George W. Bush met the delegation.\n\n"
        "Question: Sergey Viktorovich, what comes next? Sergey Lavrov said the talks go on.\n"
    )
    roles = _roles(text)
    assert roles["George W. Bush"] == "President"
    assert "Sergey Viktorovich" not in roles


def test_surname_particles_stay_in_the_name() -> None:
    text = "Dutch Foreign Minister Caspar van der Wal said the sanctions would stay in place.\n"
    assert _roles(text) == {"Caspar van der Wal": "Dutch Foreign Minister"}


def test_regnal_number_is_part_of_the_name_and_the_title_is_the_role() -> None:
    text = "King Charles III received the Ukrainian president at Windsor on Monday.\n"
    assert _roles(text)["Charles III"] == "King"


def test_names_only_in_headlines_are_not_people() -> None:
    text = (
        "Lavrov and Marco Rubio to meet, diplomats say\n\n"
        "Premier spoke with Emmanuel Macron and Friedrich Merz\n\n"
        "Russian Foreign Minister Sergey Lavrov said on Monday he was ready to meet.\n"
    )
    assert _roles(text) == {"Sergey Lavrov": "Russian Foreign Minister"}


def test_the_story_gives_the_role_a_headline_gave_first() -> None:
    text = (
        "Meeting with Special Envoy Steve Witkoff\n\n"
        "Vladimir Putin received Special Envoy of the US President for Peace Missions "
        "Steve Witkoff in Moscow.\n"
    )
    roles = _roles(text)
    assert roles["Steve Witkoff"] == "Special Envoy of the US President for Peace Missions"
    only_title = (
        "Foreign Minister Sergey Lavrov's answers to questions\n\nSergey Lavrov: We are ready.\n"
    )
    assert _roles(only_title) == {"Sergey Lavrov": "Foreign Minister"}


def test_a_channel_post_author_line_names_a_person() -> None:
    text = (
        "Channel feed\n\n"
        "Olena Kovalenko / Олена Коваленко\n"
        "The talks will take place in Istanbul on Wednesday, the minister said.\n"
    )
    assert "Olena Kovalenko" in _roles(text)


def test_a_title_before_a_comma_in_a_list_is_not_an_apposition() -> None:
    text = (
        "Turkish president, Vladimir Putin discuss the war in a call\n\n"
        "Vladimir Putin spoke with Recep Tayyip Erdogan on Tuesday.\n\n"
        "Also present was the UK prime minister, Keir Starmer.\n"
    )
    roles = _roles(text)
    assert roles["Vladimir Putin"] is None
    assert roles["Keir Starmer"] == "UK prime minister"


def test_an_appositive_title_ends_before_a_participle_or_relative_clause() -> None:
    text = (
        "Pavel Lomov, the Kremlin aide heading the delegation, said the talks were useful.\n\n"
        "Ivan Sorin, a former culture minister who led the team, arrived on Monday.\n"
    )
    roles = _roles(text)
    assert roles["Pavel Lomov"] == "Kremlin aide"
    assert roles["Ivan Sorin"] == "former culture minister"


def test_an_appositive_title_may_name_its_owner_or_organisation() -> None:
    text = (
        "Oleg Vanin, Vladimir Putin's economic envoy, flew to Miami.\n\n"
        "Yuri Ushakov, an aide to Putin, said the call was useful.\n\n"
        "Pavel Dorin, the head of Russia's sovereign wealth fund, joined the talks.\n"
    )
    roles = _roles(text)
    assert roles["Oleg Vanin"] == "Vladimir Putin's economic envoy"
    assert roles["Yuri Ushakov"] == "aide to Putin"
    assert roles["Pavel Dorin"] == "head of Russia's sovereign wealth fund"


def test_a_title_between_two_names_in_a_list_belongs_to_the_next_name() -> None:
    text = (
        "Also present were Alexander Stubb, the European Commission president, "
        "Ursula von der Leyen, and Mark Rutte.\n"
    )
    roles = _roles(text)
    assert roles["Alexander Stubb"] is None
    assert roles["Ursula von der Leyen"] == "European Commission president"


def test_a_later_surname_mention_may_give_the_role() -> None:
    text = (
        '"I spoke with Rustem Umerov today," the president said.\n\n'
        "Umerov, who was recently appointed secretary of the Security Council, will lead "
        "the team.\n"
    )
    assert _roles(text)["Rustem Umerov"] == "secretary of the Security Council"


def test_left_titles_with_an_owner_an_organisation_or_two_institutions() -> None:
    text = (
        "Putin aide Yuri Ushakov said the talks were useful.\n\n"
        "Naftogaz director Ivan Kostenko said gas flows were stable.\n\n"
        "The team included Andrew Peek of the Security Council and State Department official "
        "Michael Anton.\n\n"
        "Vatican Secretary of State Cardinal Pietro Parolin offered the Vatican as a venue.\n"
    )
    roles = _roles(text)
    assert roles["Yuri Ushakov"] == "Putin aide"
    assert roles["Ivan Kostenko"] == "Naftogaz director"
    assert roles["Michael Anton"] == "State Department official"
    assert roles["Pietro Parolin"] == "Vatican Secretary of State"
    assert _roles("Only President Donald Trump can decide, he said.\n")["Donald Trump"] == (
        "President"
    )


def test_credit_lines_are_not_people() -> None:
    text = (
        "Talks resume\n\n"
        "Text: Pavel Orlov\n\n"
        "Foreign Minister Andriy Sybiha arrived in Geneva on Sunday.\n\n"
        "Photograph: Nina Gerts/Reuters\n\n"
        "Associated Press writer Olga Dunn in Kyiv contributed to this report.\n\n"
        "Interviewed by Lev Marin\n"
    )
    assert set(_roles(text)) == {"Andriy Sybiha"}


def test_a_platform_after_on_is_not_a_titled_person() -> None:
    text = "In a post on Truth Social, the US president said the meeting would follow.\n"
    assert _roles(text) == {}


def test_title_after_aide_to_belongs_to_the_named_leader() -> None:
    text = (
        "Ivan Petrenko, an aide to President Oleh Marchuk, said the plan was ready.\n\n"
        "Mykola Hrytsak, the head of President Oleh Marchuk's office, agreed.\n"
    )
    assert _roles(text)["Oleh Marchuk"] == "President"


def test_the_us_president_title_keeps_its_preposition() -> None:
    text = "The Special Representative of the US President Keith Kellogg arrived in Kyiv.\n"
    assert _roles(text)["Keith Kellogg"] == "Special Representative of the US President"


def test_two_people_with_titles_joined_by_and() -> None:
    text = "The team was led by senator Grigory Orlov and FSB adviser Pavel Belov on Monday.\n"
    roles = _roles(text)
    assert roles["Grigory Orlov"] == "senator"
    assert roles["Pavel Belov"] == "FSB adviser"


def test_a_preposition_before_a_possessive_title_ends_the_title() -> None:
    text = (
        "Envoys met in the same city with Ukraine's lead negotiator, Rustem Umerov, on Friday.\n"
    )
    assert _roles(text)["Rustem Umerov"] == "lead negotiator"


def test_hyphenated_modifier_is_part_of_the_title() -> None:
    text = "Kremlin foreign-policy aide Yuri Ushakov told reporters the date was open.\n"
    assert _roles(text)["Yuri Ushakov"] == "Kremlin foreign-policy aide"


def test_appositive_title_before_an_office_possessive() -> None:
    text = "The team will be led by Andriy Yermak, Zelensky's chief of staff, Zelensky's office said.\n"
    assert _roles(text)["Andriy Yermak"] == "Zelensky's chief of staff"


def test_a_singular_title_ending_in_s_is_not_shared() -> None:
    text = (
        "Putin met Special Envoy of the President of the United States Steven Witkoff and "
        "Jared Kushner on Tuesday.\n"
    )
    assert _roles(text)["Jared Kushner"] is None


def test_a_pope_is_named_by_one_name() -> None:
    text = "Leaders will attend the funeral of Pope Francis on Saturday in Rome.\n"
    assert _roles(text) == {"Francis": "Pope"}


def test_gulf_names_with_honorific_and_particles() -> None:
    text = (
        "Sheikh Abdullah Bin Zayed Al Nahyan, Minister of Foreign Affairs, welcomed the guests.\n\n"
        "Saudi Foreign Minister Prince Faisal bin Farhan and Crown Prince Mohammed bin Salman "
        "hosted the talks.\n"
    )
    roles = _roles(text)
    assert roles["Abdullah Bin Zayed Al Nahyan"] == "Minister of Foreign Affairs"
    assert roles["Faisal bin Farhan"] == "Saudi Foreign Minister"
    assert roles["Mohammed bin Salman"] == "Crown Prince"


def test_honorifics_are_not_part_of_the_name_key() -> None:
    from bot.extract.names import name_key

    assert name_key("Sheikh Mohamed bin Zayed") == name_key("Mohamed bin Zayed")
    assert name_key("Prince Faisal bin Farhan") == name_key("Faisal bin Farhan")


def test_a_region_before_the_title_word() -> None:
    text = "Middle East envoy Steve Witkoff landed in Moscow on Friday.\n"
    assert _roles(text)["Steve Witkoff"] == "Middle East envoy"


def test_russian_dictator_is_the_role_a_ukrainian_outlet_gives() -> None:
    text = "Russian dictator Vladimir Putin again refused to meet the Ukrainian president.\n"
    assert _roles(text).get("Vladimir Putin") == "Russian dictator"


def test_son_in_law_is_the_role_when_the_text_gives_no_other() -> None:
    text = "Trump's son-in-law Jared Kushner joined the talks in Miami on Sunday.\n"
    assert _roles(text).get("Jared Kushner") == "Trump's son-in-law"


def test_a_title_after_with_starts_after_it() -> None:
    text = (
        "Trump spoke in the East Room with French President Emmanuel Macron on Monday.\n\n"
        "Ushakov met at the Kremlin with Special Envoy of the US President Steven Witkoff.\n"
    )
    roles = _roles(text)
    assert roles.get("Emmanuel Macron") == "French President", roles
    assert roles.get("Steven Witkoff") == "Special Envoy of the US President", roles


def test_when_someone_was_appointed_is_not_part_of_the_title() -> None:
    text = (
        "The delegation includes Kyrylo Budanov, who was appointed head of the presidential "
        "office this month, and the chief of the general staff.\n"
    )
    assert _roles(text).get("Kyrylo Budanov") == "head of the presidential office"


def test_a_question_line_opening_with_will_names_no_will() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said there was no date yet.\n\n"
        "Will Putin and Zelensky meet?\n\n"
        "Russian President Vladimir Putin has said he could meet Zelensky in Moscow.\n"
    )
    names = [p.name for p in extract(text, published=PUB).people]
    assert "Vladimir Putin" in names and not any(n.startswith("Will ") for n in names), names


def test_long_reporting_credits_and_photo_credits_name_no_one() -> None:
    text = (
        "Zelensky signals readiness to drop NATO bid\n\n"
        "Published on: 15/12/2025 - 12:44\n\n"
        "Ukrainian President Volodymyr Zelensky (C) arrives for talks with US envoys at the "
        "Chancellery in Berlin on December 14, 2025. © Anna Krell, AFP\n\n"
        "By: FRANCE 24\n\n"
        "Foreign Minister Andrii Sybiha said the talks would go on for a second day.\n\n"
        "Reporting by Mira Olsen in Riyadh and Pavel Dorin in London; Additional reporting by "
        "Iryna Kovach in Kyiv; Editing by Gareth Lowe\n\n"
        "Our Standards: The Trust Principles.\n\n"
        "Suggested Topics:\n"
    )
    names = set(_roles(text))
    assert names == {"Volodymyr Zelensky", "Andrii Sybiha"}, names


def test_a_country_ending_the_sentence_before_gives_no_side() -> None:
    text = (
        "Anna Petrenko discussed the situation around Ukraine. Oleg Marin said the army "
        "held the line.\n"
    )
    sides = {p.name: p.side for p in extract(text, published=PUB).people}
    assert sides.get("Oleg Marin") is None, sides


def test_a_curated_actor_keeps_his_side_after_another_country_s_name() -> None:
    text = "The leaders discussed the situation around Ukraine. Vladimir Putin spoke first.\n"
    sides = {p.name: p.side for p in extract(text, published=PUB).people}
    assert sides["Vladimir Putin"] == "Russia", sides
