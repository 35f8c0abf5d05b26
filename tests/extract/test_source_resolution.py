"""Who a source stands for: pronouns, relatives, descriptions, and names that are no speakers.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from framing.extract.sources import extract_attributions
from framing.text import segment


def _sources(text: str, lang: str = "en") -> list[tuple[str, str, str, str | None]]:
    """``(cue, source, kind, antecedent)`` of each attribution, in text order."""
    doc = segment(text, lang)
    out = []
    for a in extract_attributions(doc):
        source = a.source
        assert source is not None
        antecedent = source.antecedent.text if source.antecedent is not None else None
        out.append((a.cue.text, source.span.text, source.kind, antecedent))
    return out


def test_a_quotation_that_goes_on_keeps_its_speaker():
    text = (
        "The city council met on Monday. “We will rebuild the bridge,” she continued. "
        "“And we will do it this year.”"
    )
    found = _sources(text)
    assert len(found) == 2
    assert found[0][1:] == found[1][1:]


@pytest.mark.parametrize(
    ("text", "lang", "antecedent", "kind"),
    [
        (
            "Inhofe said the delay contradicted testimony given earlier this year by "
            "Gina Lorenz, who said the rule had been sent.",
            "en",
            "Gina Lorenz",
            "named_person",
        ),
        (
            "Une lettre a été envoyée par Jean Dupont, qui affirme que tout va bien.",
            "fr",
            "Jean Dupont",
            "named_person",
        ),
    ],
)
def test_a_relative_after_an_agent_stands_for_the_name(text, lang, antecedent, kind):
    relative = [f for f in _sources(text, lang) if f[1] in ("who", "qui")]
    assert relative and relative[0][2:] == (kind, antecedent)


def test_which_after_a_name_is_not_the_person():
    text = "Investigators read messages from Paul Vandermeer, which suggested that he had lied."
    for _, source, _, antecedent in _sources(text):
        assert not (source == "which" and antecedent == "Paul Vandermeer")


def test_an_abbreviated_title_describes_the_person():
    text = (
        "Democratic presidential candidate Sen. Dana Whitfield spoke on Monday. "
        "“We will win,” the senator said. Gov. Ray Okafor of Ohio agreed. "
        "The governor said the plan works."
    )
    found = _sources(text)
    assert ("said", "the senator", "named_person", "Dana Whitfield") in found
    assert ("said", "The governor", "named_person", "Ray Okafor") in found


def test_lower_case_words_before_a_title_belong_to_the_subject():
    text = (
        "Democratic presidential candidate Sen. Dana Whitfield outlined her plan on Monday, "
        "saying she supports free tuition."
    )
    found = _sources(text)
    assert found[0][:3] == (
        "saying",
        "Democratic presidential candidate Sen. Dana Whitfield",
        "named_person",
    )


def test_a_pronoun_stands_for_the_name_not_the_clause():
    found = _sources("Jane Halloway arrived on Monday. She said the talks had failed.")
    assert found == [("said", "She", "named_person", "Jane Halloway")]


def test_initials_are_no_antecedent():
    found = _sources("U.S. investigators watched the port for months. He said nothing.")
    assert all(antecedent != "U.S" for *_, antecedent in found)


@pytest.mark.parametrize(
    "text",
    [
        "The program, called EB-5, lets investors gain residency.",
        "The leader of a group called Northern Dawn was arrested on Friday.",
        "Rebels fight near the Nusra Front, now called the Levant Front, in the north.",
        "Un groupe appelé Les Amis du Rail a manifesté samedi.",
    ],
)
def test_a_naming_participle_is_no_attribution(text):
    lang = "fr" if "groupe" in text else "en"
    assert _sources(text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump, in a tweet, called Clinton “crooked.”",
        "The senator called the plan “a disaster.”",
        "In what he called a “witch hunt,” the inquiry went on.",
    ],
)
def test_calling_something_a_name_is_still_an_attribution(text):
    assert [cue for cue, *_ in _sources(text)] == ["called"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("OPINION: Foreign wars and the home front\n\nThe city fell on Monday.", "en"),
        ("Analysis: Foreign wars and the home front\n\nThe city fell on Monday.", "en"),
        ("VIDÉO : la police évacue le campement\n\nLa ville est tombée lundi.", "fr"),
    ],
)
def test_a_section_head_is_no_speaker(text, lang):
    assert _sources(text, lang) == []


def test_a_transcript_label_is_still_a_speaker():
    found = _sources("WHITFIELD: We will win this fight, and we will win it together.")
    assert found and found[0][1] == "WHITFIELD"


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Selon un article du Quotidien du Nord, le maire aurait démissionné.",
            "fr",
            "media_relay",
        ),
        ("Selon un reportage, le maire aurait démissionné.", "fr", "media_relay"),
        ("Selon une dépêche de l'AFP, le maire aurait démissionné.", "fr", "media_relay"),
        ("Selon l'article 3 du décret, le maire doit partir.", "fr", "anonymous"),
        ("According to a documentary, the mayor resigned.", "en", "media_relay"),
        ("A story by Reuters said the mayor resigned.", "en", "media_relay"),
        ("His story about meeting Paul Arden tells a lot.", "en", "named_org"),
    ],
)
def test_a_piece_of_another_medium_is_a_media_relay(text, lang, kind):
    found = _sources(text, lang)
    assert found and found[0][2] == kind


def test_a_relative_that_reports_is_no_description_of_the_source():
    text = (
        "« Les niveaux étaient élevés », ajoute le documentaire, "
        "qui précise que le produit est rare."
    )
    found = _sources(text, "fr")
    assert found[0][:2] == ("ajoute", "le documentaire")
    kept = _sources("« Nous partirons », a déclaré Jeanne Dupont, qui a mené l'enquête.", "fr")
    assert kept[0][1] == "Jeanne Dupont, qui a mené l'enquête"


def test_an_apposition_with_a_title_is_not_the_subject_of_a_second_verb():
    text = "Mitt Romney, the 2012 presidential candidate, thanked the crew and praised veterans."
    praised = [f for f in _sources(text) if f[0] == "praised"]
    assert praised and praised[0][1].startswith("Mitt Romney") and praised[0][2] == "named_person"


@pytest.mark.parametrize(
    ("text", "lang", "cue", "source"),
    [
        (
            "La circulation restera perturbée jeudi, avec un train sur deux, "
            "a annoncé la compagnie mercredi 25 décembre.",
            "fr",
            "a annoncé",
            "la compagnie",
        ),
        (
            "The trains will run late, the company said on Wednesday, Dec. 25.",
            "en",
            "said on Wednesday, Dec. 25",
            "the company",
        ),
    ],
)
def test_a_date_after_the_verb_keeps_its_subject(text, lang, cue, source):
    assert (cue, source) in [f[:2] for f in _sources(text, lang)]


def test_a_french_gerund_takes_the_subject_of_its_clause():
    text = (
        "Plusieurs colistiers ont appelé jeudi à voter Aubry en mettant en garde "
        "la droite contre une victoire des Verts."
    )
    found = _sources(text, "fr")
    assert [f[1] for f in found] == ["Plusieurs colistiers", "Plusieurs colistiers"]


def test_a_relative_after_a_title_stands_for_it():
    found = _sources("Inacceptable pour la maire, qui déplore que ses alliés soient partis.", "fr")
    assert found and found[0][3] == "la maire"


def test_a_quotation_before_an_object_pronoun_and_verb_is_that_speakers():
    text = (
        "Nadine Morel l'avait appelée la « châtelaine ». "
        "« C'est la bourgeoisie qui parle », lui avait dit Christian Jacquet."
    )
    found = _sources(text, "fr")
    assert [(cue, source) for cue, source, *_ in found] == [
        ("avait appelée", "Nadine Morel"),
        ("avait dit", "Christian Jacquet"),
    ]


def _antecedent_of(text: str, lang: str, source: str) -> tuple[str, str | None]:
    found = [f for f in _sources(text, lang) if f[1] == source]
    assert found, _sources(text, lang)
    return found[-1][2], found[-1][3]


@pytest.mark.parametrize(
    ("text", "lang", "source", "antecedent"),
    [
        (
            # The subject of the paragraph, no speaker, outranks the last speaker.
            "« Vous êtes une héritière », lui avait dit Paul Marchand, élu du Var.\n\n"
            "Dans l'entretien, Jean-Luc Vexin revient sur le parti. "
            "« Le parti changera », prévient-il.",
            "fr",
            "il",
            "Jean-Luc Vexin",
        ),
        (
            '"I could not confirm the story," Davis said on Monday.\n\n'
            "The senator's lawyer, Ruth Galloway, caused a stir last week when she told "
            "a radio station that the deal was off.",
            "en",
            "she",
            "Ruth Galloway",
        ),
        (
            "« Le budget est prêt », a déclaré Marc Leroy.\n\n"
            "La députée et membre du bureau du parti, Claire Vidal, s'est insurgée mardi "
            "contre le report du vote. Un « marchandage », selon elle.",
            "fr",
            "elle",
            "Claire Vidal",
        ),
    ],
)
def test_the_subject_of_the_sentence_before_is_the_likelier_referent(
    text, lang, source, antecedent
):
    assert _antecedent_of(text, lang, source) == ("named_person", antecedent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A name in a headline, a caption or after a preposition is no referent.
        ("Rally Ends At Grand Tower Plaza\n\nAt the rally, he said the plan would pass.", "en"),
        (
            "Il vit à deux pas de l'Arc de Lumière, dans un grand appartement. "
            "« Sans compter les éditions pirates », ajoutait-il.",
            "fr",
        ),
        ("Jane Ortiz and Paul Weller spoke on Monday. He said the plan was sound.", "en"),
    ],
)
def test_no_referent_from_titles_places_or_pairs(text, lang):
    pronoun = "il" if lang == "fr" else "he" if "he said" in text else "He"
    assert _antecedent_of(text, lang, pronoun)[1] is None


def test_a_plural_pronoun_may_stand_for_two_names_joined():
    text = (
        "Senators Kim Ortiz and Paul Weller said on Monday that the vote was close. "
        "They added that the bill would pass before the summer."
    )
    assert _antecedent_of(text, "en", "They")[1] == "Senators Kim Ortiz and Paul Weller"


@pytest.mark.parametrize(
    ("text", "lang", "antecedent", "kind"),
    [
        (
            "Le projet a provoqué un vif échange avec Bernard Vasseur, le successeur de "
            "Jean Morel, qui a répliqué que rien ne changerait.",
            "fr",
            "Bernard Vasseur, le successeur de Jean Morel",
            "named_person",
        ),
        (
            "Le plan n'a pas été apprécié par la Commission européenne qui regrette le "
            "moment choisi.",
            "fr",
            "la Commission européenne",
            "named_org",
        ),
        (
            "La hausse ne satisfait pas les syndicats, comme la CGT et Solidaires qui "
            "demandaient davantage.",
            "fr",
            "la CGT et Solidaires",
            "named_org",
        ),
        (
            "Hundreds were hurt in the north of the province, according to the Observatory "
            "which could not confirm the cause.",
            "en",
            "the Observatory",
            "named_org",
        ),
    ],
)
def test_what_a_relative_stands_for(text, lang, antecedent, kind):
    relative = [f for f in _sources(text, lang) if f[1] in ("who", "which", "qui")]
    assert relative and relative[0][2:] == (kind, antecedent)


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Jean-Paul Vexin, le candidat du Parti du progrès à l'élection municipale "
            "avait appelé à voter contre le projet.",
            "fr",
            "Jean-Paul Vexin, le candidat du Parti du progrès à l'élection municipale",
        ),
        (
            "Paul Arnaud, le chef de file des conservateurs, a apporté son soutien au "
            "texte mais a prévenu que la réforme serait longue.",
            "fr",
            "Paul Arnaud, le chef de file des conservateurs",
        ),
        (
            "Those who attended the meeting said the plan was dead.",
            "en",
            "Those who attended the meeting",
        ),
    ],
)
def test_a_subject_keeps_its_name_and_its_relative(text, lang, source):
    found = _sources(text, lang)
    assert found and found[-1][1] == source


def test_an_impersonal_passive_incise_has_no_speaker():
    text = "« Le seul moyen est de vivre autrement », est-il ajouté dans le texte."
    (attribution,) = extract_attributions(segment(text, "fr"))
    assert attribution.source is None


def test_a_body_subject_of_the_sentence_before_is_il_or_elle():
    text = (
        "« Les prix montent », a déclaré Paul Arnaud.\n\n"
        "La Banque de Norlande met en avant la liberté de payer en espèces. "
        "Elle rappelle que les billets ne peuvent pas être refusés."
    )
    assert _antecedent_of(text, "fr", "Elle") == ("named_org", "La Banque de Norlande")


def test_a_name_in_apposition_to_an_object_is_no_subject():
    text = (
        "« Tout va bien », a déclaré Paul Arnaud.\n\n"
        "Dans une tribune, l'ancien ministre Jean Vexin décrit sa fille, Anne Vexin, "
        "comme une héritière. « Elle le sait », ajoute-t-il."
    )
    assert _antecedent_of(text, "fr", "il")[1] != "Anne Vexin"


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "Le docteur Alain Kervella, chef du service, a expliqué que tout allait bien.",
            "Le docteur Alain Kervella, chef du service",
            "named_person",
        ),
        (
            "La Confédération des petits commerces du Centre a dénoncé la mesure.",
            "La Confédération des petits commerces du Centre",
            "named_org",
        ),
    ],
)
def test_french_titled_names_and_bodies(text, source, kind):
    found = _sources(text, "fr")
    assert found and found[0][1:3] == (source, kind)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("An economist at the bank said growth would slow.", "en", "anonymous"),
        ("A lawyer for the family said the case was weak.", "en", "anonymous"),
        ("The family's lawyer said the case was weak.", "en", "official_unnamed"),
        ("A government economist said growth would slow.", "en", "official_unnamed"),
        ("Un avocat d'affaires nantais a estimé que le dossier était fragile.", "fr", "anonymous"),
        ("L'avocat de la famille a estimé que le dossier était fragile.", "fr", "official_unnamed"),
    ],
)
def test_an_unidentified_professional_is_anonymous_not_an_official(text, lang, kind):
    found = _sources(text, lang)
    assert found and found[0][2] == kind


def test_proches_is_a_group_and_a_relation():
    assert _sources("Selon ses proches, il va bien.", "fr")[0][1:3] == ("ses proches", "anonymous")
    text = "M. Le Foll, proche de François Hollande, pense qu'il faut refonder le parti."
    assert _sources(text, "fr")[0][1:3] == ("M. Le Foll", "named_person")


def test_an_outlet_with_its_article_in_lower_case():
    assert _sources("Selon le Monde, tout va bien.", "fr")[0][1:3] == ("le Monde", "media_relay")
    assert _sources("Selon le monde entier, tout va bien.", "fr")[0][2] != "media_relay"


@pytest.mark.parametrize(
    ("text", "lang", "source", "kind"),
    [
        (
            "Residents who called the police said the fire spread fast.",
            "en",
            "Residents who called the police",
            "anonymous",
        ),
        (
            "Officials who briefed reporters said the talks had failed.",
            "en",
            "Officials who briefed reporters",
            "official_unnamed",
        ),
        (
            "Les riverains qui ont prévenu les secours ont évoqué un second blessé.",
            "fr",
            "Les riverains qui ont prévenu les secours",
            "anonymous",
        ),
    ],
)
def test_a_subject_with_its_relative_clause_is_read_whole(text, lang, source, kind):
    outer = _sources(text, lang)[-1]
    assert outer[1:3] == (source, kind)


# -- pronoun gender, surnames, chains, plural subjects ---------------------------


def _pronoun(text: str, lang: str = "en") -> tuple[str, str | None]:
    """Kind and antecedent of the last attribution whose source is a pronoun."""
    found = [
        f
        for f in _sources(text, lang)
        if f[1].lower() in ("he", "she", "they", "il", "elle", "ils", "eux", "lui")
    ]
    assert found
    return found[-1][2], found[-1][3]


@pytest.mark.parametrize(
    ("text", "lang", "antecedent"),
    [
        # A given name tells who "she" can be, whichever was named first.
        (
            "John Vexin met Mary Arnaud on Monday. She said the talks went well.",
            "en",
            "Mary Arnaud",
        ),
        ("Mary Arnaud met John Vexin on Monday. He said the talks went well.", "en", "John Vexin"),
        # The sex of a surname comes from its other mentions.
        (
            "Mr. Vexin and Ms. Arnaud met on Monday. Arnaud said the talks went well. "
            "Vexin said they had failed. She added that a deal was close.",
            "en",
            "Arnaud",
        ),
        (
            "Marie Vexin a rencontré Paul Arnaud lundi. Il a indiqué que la réunion "
            "s'était bien passée.",
            "fr",
            "Paul Arnaud",
        ),
        (
            "Paul Arnaud a rencontré Marie Vexin lundi. Elle a indiqué que la réunion "
            "s'était bien passée.",
            "fr",
            "Marie Vexin",
        ),
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_sex(text, lang, antecedent):
    assert _pronoun(text, lang) == ("named_person", antecedent)


def test_a_speaker_of_the_other_sex_is_no_antecedent():
    # "Simone" alone is a surname here: the document gives it to Daniel.
    text = (
        "Reporter Daniel Simone spoke to the family. According to Simone, the plan failed. "
        "She said the deal had collapsed."
    )
    assert _pronoun(text)[1] != "Simone"


def test_the_given_name_is_the_one_before_the_surname():
    # "Virginia" opens the phrase but is the senator's state, not her name.
    text = (
        "Virginia Democratic Sen. Tom Arnaud said on Sunday that the budget was ready. "
        "And he expressed hope for a deal."
    )
    assert _pronoun(text) == ("named_person", "Virginia Democratic Sen. Tom Arnaud")


def test_a_possessive_gives_no_gender_to_its_phrase():
    text = 'Her lawyer said on Monday that the ruling was fair. "It was fair," he added.'
    assert _pronoun(text)[1] == "Her lawyer"


def test_an_unknown_given_name_stays_compatible():
    text = "Zorbaq Vexin arrived on Monday. She said the talks went well."
    assert _pronoun(text) == ("named_person", "Zorbaq Vexin")


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        # A surname the document gave a person before is a subject like a full name.
        (
            "Paul Vexin spoke in Lyon.\n\nVexin hinted at a pardon on Monday. Later, he "
            "told reporters he was considering it.",
            "Vexin",
        ),
        # ... but a word never given to a person is not ("Vexin" is a town here).
        (
            "The fair opened in Lyon.\n\nVexin hosted the fair on Monday. Later, he told "
            "reporters it had gone well.",
            None,
        ),
    ],
)
def test_a_single_surname_as_subject(text, antecedent):
    assert _pronoun(text)[1] == antecedent


def test_a_surname_inside_a_noun_phrase_is_no_antecedent():
    text = (
        "Paul Vexin lost the vote.\n\nThe press smelled blood after the Never Vexin rally, "
        "and by Tuesday the senator had changed course. He said he would vote no."
    )
    assert _pronoun(text)[1] != "Vexin"


def test_a_pronoun_chain_carries_the_subject_over_paragraphs():
    text = (
        "Dans ce contexte, Anne Vexin compte bien continuer son voyage.\n\n"
        "Mais elle va accorder un répit à sa voiture.\n\n"
        "« Nous avons roulé sans arrêt », déclare-t-elle."
    )
    assert _pronoun(text, "fr") == ("named_person", "Anne Vexin")


@pytest.mark.parametrize(
    ("text", "lang", "antecedent"),
    [
        (
            "Les autorités ont annoncé un bouclage.\n\nLes habitants tentent de rallier "
            "des appuis contre un projet qui menace, selon eux, leurs terres.",
            "fr",
            "Les habitants",
        ),
        (
            "A Berlin, les députés ont estimé dans une résolution qu'une annexion était "
            "dangereuse. Ils ont toutefois jugé la paix possible.",
            "fr",
            "les députés",
        ),
        (
            "Officials met on Monday. Some of the mayor's advisers disagree, and they "
            "believe the plan will fail.",
            "en",
            "Some of the mayor's advisers",
        ),
    ],
)
def test_a_plural_pronoun_takes_the_plural_subject(text, lang, antecedent):
    assert _pronoun(text, lang)[1] == antecedent


# -- speaker labels with an addressee ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "source", "kind"),
    [
        (
            "Vexin to Norland News: The Deal Was a Mistake\n\nThe senator spoke.",
            "en",
            "Vexin",
            "named_person",
        ),
        (
            "Paul Vexin à l'AFP : « Nous ne céderons pas »\n\nLe ministre a parlé.",
            "fr",
            "Paul Vexin",
            "named_person",
        ),
        (
            "Paul Vexin sur Radio Norland : « Nous ne céderons pas »\n\nIl a parlé.",
            "fr",
            "Paul Vexin",
            "named_person",
        ),
        (
            "Les syndicats ont manifesté.\n\nLe ministre de l'Intérieur à l'AFP : « Nous ne "
            "céderons pas ».",
            "fr",
            "Le ministre de l'Intérieur",
            "official_unnamed",
        ),
    ],
)
def test_the_outlet_a_speaker_label_addresses_is_no_source(text, lang, source, kind):
    labels = [f for f in _sources(text, lang) if f[0] == ":"]
    assert labels and labels[0][1:3] == (source, kind)


@pytest.mark.parametrize(
    ("text", "lang", "antecedent"),
    [
        (
            "President Paul Vexin met Vice President Anne Arnaud on Monday. Arnaud said "
            "the talks went well. Nobody knows what the president said.",
            "en",
            "Paul Vexin",
        ),
        (
            "Le président Paul Vexin a reçu lundi le vice-président Marc Arnaud. Personne "
            "ne sait ce que le président a déclaré.",
            "fr",
            "Paul Vexin",
        ),
    ],
)
def test_a_lower_office_does_not_fit_the_description(text, lang, antecedent):
    described = [f for f in _sources(text, lang) if f[1] in ("the president", "le président")]
    assert described and described[-1][2:] == ("named_person", antecedent)


@pytest.mark.parametrize(
    ("text", "antecedent", "kind"),
    [
        # A premodifier may open the name after an agent preposition.
        (
            "Mr. Vexin toured the border with former Norland Gov. Paul Arnaud, who has "
            "endorsed him.",
            "former Norland Gov. Paul Arnaud",
            "named_person",
        ),
        # A restrictive relative after such a preposition stands for its phrase.
        (
            "That is a slight change from the 70 percent who said they had little confidence.",
            "the 70 percent",
            "anonymous",
        ),
    ],
)
def test_a_relative_stands_for_the_phrase_after_its_preposition(text, antecedent, kind):
    relative = [f for f in _sources(text) if f[1] == "who"]
    assert relative and relative[0][2:] == (kind, antecedent)


def test_a_participle_clause_is_no_subject():
    text = (
        "« Il n'y a pas d'accord », a déclaré le médiateur européen Paul Arnaud. Soulignant "
        "que la paix était en jeu, son homologue américain, Marc Vexin, a exhorté les "
        "parties au calme. « Nous entrons dans une période difficile », a-t-il ajouté."
    )
    assert _pronoun(text, "fr") == ("named_person", "Marc Vexin")


def test_a_short_word_in_ant_opens_no_participle_clause():
    text = "Les ministres ont parlé.\n\nQuant à Paul Vexin, il a déclaré qu'il restait."
    assert _pronoun(text, "fr") == ("named_person", "Paul Vexin")


def test_a_body_with_a_prenominal_adjective_is_a_subject():
    text = (
        "Le portefeuille de la Justice revient à Paul Arnaud, a indiqué Marc Vexin. Le "
        "nouveau gouvernement s'est donné pour objectif de réviser le budget. Il a cependant "
        "déclaré qu'il ne le rejetterait pas."
    )
    assert _pronoun(text, "fr") == ("named_org", "Le nouveau gouvernement")


def test_the_subject_of_the_reported_words_is_not_the_speaker():
    text = (
        "Le premier ministre désigné devrait former une équipe de techniciens. Le nouveau "
        "gouvernement doit durer jusqu'en 2013, a-t-il estimé."
    )
    assert _pronoun(text, "fr")[1] != "Le nouveau gouvernement"


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("The insurer said it would appeal.", "en", "The insurer"),
        ("L'assureur a annoncé qu'il ferait appel.", "fr", "L'assureur"),
        ("La centrale syndicale précise que la grève continue.", "fr", "La centrale syndicale"),
    ],
)
def test_a_company_named_by_its_trade_is_an_organisation(text, lang, source):
    assert _sources(text, lang)[0][1:3] == (source, "named_org")


def _described(text: str, lang: str, description: str) -> tuple[str, str | None]:
    """(kind, antecedent) of the attribution whose source is ``description``."""
    for _cue, source, kind, antecedent in _sources(text, lang):
        if source == description:
            return kind, antecedent
    raise AssertionError(f"no source {description!r} in {_sources(text, lang)}")


_ACTOR_FR = (
    "Paul Vexin tourne un nouveau film à Lyon. Le tournage de Vexin a duré trois mois. "
    "Vexin y retrouve sa ville natale.\n\n"
    "Le film sortira en mai. « J'ai eu de la chance », a confié {} au journal."
)


@pytest.mark.parametrize(
    ("description", "antecedent"),
    [
        ("l'acteur de 58 ans", "Paul Vexin"),
        ("l'ancien ministre", "Paul Vexin"),
        ("l'ex-animateur", "Paul Vexin"),
        ("le septuagénaire", "Paul Vexin"),
        # A woman's title does not fit him.
        ("l'actrice", None),
        # Someone who deals with the main person is somebody else.
        ("l'avocat", None),
        # A description with its own complement names another office.
        ("le maire de Lyon", None),
    ],
)
def test_a_description_of_the_main_person_names_them(description, antecedent):
    kind, found = _described(_ACTOR_FR.format(description), "fr", description)
    assert found == antecedent
    if antecedent is not None:
        assert kind == "named_person"


def test_a_description_names_the_main_person_in_english():
    text = (
        "Paul Vexin released a new album on Friday. Vexin recorded it in Lyon. "
        "Critics have praised Vexin for years.\n\n"
        '"I was lucky," the former singer said in an interview.'
    )
    assert _described(text, "en", "the former singer") == ("named_person", "Paul Vexin")


@pytest.mark.parametrize(
    "text",
    [
        # Two people named as often: neither is the main person.
        "Paul Vexin et Marc Arnaud tournent un film. Vexin joue un médecin, Arnaud un "
        "juge. Vexin et Arnaud se connaissent depuis l'enfance.\n\n"
        "« J'ai eu de la chance », a confié l'acteur au journal.",
        # A surname two people bear names no one person.
        "Paul Vexin et sa sœur Claire Vexin tournent un film. Vexin joue un médecin.\n\n"
        "« J'ai eu de la chance », a confié l'acteur au journal.",
        # A place named often is nobody.
        "Le festival de Port Vexin ouvre ses portes. Port Vexin accueille mille visiteurs. "
        "Les hôtels de Port Vexin sont pleins.\n\n"
        "« J'ai eu de la chance », a confié l'acteur au journal.",
        # A role given to the main person that the description does not share.
        "Le sénateur Paul Vexin tourne un film. Vexin y joue un médecin. Vexin a tourné à "
        "Lyon.\n\n« J'ai eu de la chance », a confié l'acteur au journal.",
    ],
)
def test_no_main_person_no_resolution(text):
    assert _described(text, "fr", "l'acteur")[1] is None


def test_the_main_person_takes_a_pronoun_no_name_near_takes():
    text = (
        "Paul Vexin a visité une usine à Lyon. Vexin y a rencontré des ouvriers. Le "
        "ministre de l'Industrie était absent.\n\nLa visite a duré deux heures. La "
        "production reprendra en mai.\n\n"
        "« Nous allons investir », a-t-il promis devant Vexin et les ouvriers."
    )
    found = [row for row in _sources(text, "fr") if row[1] == "il"]
    assert found and found[0][2:] == ("named_person", "Paul Vexin")


def test_the_main_person_is_no_antecedent_when_someone_else_is_nearer():
    text = (
        "Paul Vexin a visité une usine à Lyon. Vexin y a rencontré des ouvriers. Vexin "
        "est reparti le soir.\n\nLa visite a duré deux heures. Et Arnaud, un délégué "
        "syndical, a pris la parole.\n\n« Nous allons tenir », a-t-il promis."
    )
    found = [row for row in _sources(text, "fr") if row[1] == "il"]
    assert found and found[0][3] != "Paul Vexin"


def test_a_capital_is_no_antecedent_of_a_person():
    text = (
        "Le président Marc Arnaud a estimé qu'un accord restait possible. Belgrade dit "
        "redouter une crise. « Pour nous, c'est fini », a-t-il dit."
    )
    assert _pronoun(text, "fr") == ("named_person", "Le président Marc Arnaud")


def test_the_clause_before_an_inverted_incise_is_reported():
    text = (
        "Les écoles ont fermé, a annoncé samedi le ministre Paul Vexin. Un gymnase "
        'accueillera dès lundi "près de 300 élèves", a-t-il affirmé.'
    )
    assert _pronoun(text, "fr") == ("named_person", "le ministre Paul Vexin")


def test_an_article_inside_a_surname_is_not_her_sex():
    text = (
        "Marine Le Vexin ne sera pas élue, Paul Arnaud en a la conviction. « Elle perdra "
        "face au maire sortant », a-t-il déclaré jeudi."
    )
    assert _pronoun(text, "fr") == ("named_person", "Paul Arnaud")


def test_a_profession_before_a_name_is_a_role():
    text = (
        "Le professeur Paul Vexin n'a pas renoncé à son traitement. Dans une interview, "
        "le professeur indique qu'il continuera."
    )
    assert _described(text, "fr", "le professeur") == ("named_person", "Paul Vexin")
