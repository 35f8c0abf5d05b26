"""Tests of framing.extract.sources: attributions, source kinds, chains, quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.extract import sources
from framing.extract.records import SOURCE_KINDS
from framing.extract.sources import classify_source, extract_attributions
from framing.spans import make_span
from framing.text import segment

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED = "000_0192d13fbff41adc.txt"


def _summary(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, source, kind) of each attribution."""
    out = []
    for a in extract_attributions(segment(text, lang)):
        source = a.source
        out.append(
            (a.cue.text, source.span.text if source else None, source.kind if source else None)
        )
    return out


EN_ATTRIBUTIONS = [
    (
        "The mayor said the bridge would reopen on Monday.",
        [("said", "The mayor", "official_unnamed")],
    ),
    (
        "The bridge will reopen on Monday, the mayor said.",
        [("said", "the mayor", "official_unnamed")],
    ),
    (
        '"We are ready," said Janet Hollis, a spokeswoman for the agency.',
        [("said", "Janet Hollis, a spokeswoman for the agency", "named_person")],
    ),
    (
        "Tom Avery, a Treasury spokesman, said the audit was over.",
        [("said", "Tom Avery, a Treasury spokesman", "named_person")],
    ),
    (
        "According to the Pentagon, the drills ended on Sunday.",
        [("According to", "the Pentagon", "named_org")],
    ),
    (
        "The drills ended on Sunday, according to two people familiar with the matter.",
        [("according to", "two people familiar with the matter", "anonymous")],
    ),
    (
        "A senior official who asked not to be named said the talks had failed.",
        [("said", "A senior official", "anonymous")],
    ),
    (
        "A senior State Department official said the talks had failed.",
        [("said", "A senior State Department official", "official_unnamed")],
    ),
    (
        "The Kremlin denied the report on Tuesday.",
        [("denied", "The Kremlin", "named_org")],
    ),
    (
        "Moscow said the planes had never left their bases.",
        [("said", "Moscow", "named_org")],
    ),
    (
        "The Daily Ledger reported that the factory would close.",
        [("reported", "The Daily Ledger", "media_relay")],
    ),
    (
        "The newspaper reported that the factory would close.",
        [("reported", "The newspaper", "media_relay")],
    ),
    (
        "The claims were dismissed by government officials.",
        [("were dismissed", "government officials", "official_unnamed")],
    ),
    (
        "Critics claimed the plan would cost billions.",
        [("claimed", "Critics", "anonymous")],
    ),
    ('Pence: "We will win the debate."', [(":", "Pence", "named_person")]),
    ('"We will win." ― Jane Doe', [("―", "Jane Doe", "named_person")]),
    ('"We will see," she quipped.', [("quipped", "she", "named_person")]),
    # Not attributions: nouns, the capitalised name of a country, a weak
    # verb with no clause, a verb inside a quotation, an incise verb used
    # in another sense.
    ("The plan was unveiled in the United States.", []),
    ("Several battleground states could be decisive.", []),
    ("She continued the talks after lunch.", []),
    ("Correction: An earlier version misspelled a name.", []),
    ("His plans for the summer were vague.", []),
    ("She added salt to the soup.", []),
    ('The banner read "Welcome home".', []),
    ("", []),
]

FR_ATTRIBUTIONS = [
    (
        "Le ministre a déclaré que la réforme serait votée.",
        [("a déclaré", "Le ministre", "official_unnamed")],
    ),
    (
        "La réforme sera votée, a indiqué le porte-parole du gouvernement Paul Arnaud.",
        [("a indiqué", "le porte-parole du gouvernement Paul Arnaud", "named_person")],
    ),
    (
        "« Nous sommes prêts », a affirmé Claire Dubois.",
        [("a affirmé", "Claire Dubois", "named_person")],
    ),
    (
        "Selon des sources diplomatiques, les négociations ont échoué.",
        [("Selon", "des sources diplomatiques", "anonymous")],
    ),
    (
        "D'après l'Élysée, le sommet aura lieu en mars.",
        [("D'après", "l'Élysée", "named_org")],
    ),
    (
        "Le quotidien Le Matinal a rapporté que l'usine fermerait.",
        [("a rapporté", "Le quotidien Le Matinal", "media_relay")],
    ),
    (
        "Ces informations ont été démenties par des sources officielles.",
        [("ont été démenties", "des sources officielles", "official_unnamed")],
    ),
    (
        "Un responsable, sous couvert d'anonymat, a confirmé la rencontre.",
        [("a confirmé", "Un responsable", "anonymous")],
    ),
    (
        "Paris estime que l'accord reste possible.",
        [("estime", "Paris", "named_org")],
    ),
    (
        "« C'est faux », glisse un conseiller.",
        [("glisse", "un conseiller", "official_unnamed")],
    ),
    (
        "Car, expliquent les experts, aucun traitement n'est possible.",
        [("expliquent", "les experts", "anonymous")],
    ),
    (
        "Ford n'a pas précisé si le modèle serait vendu en Europe.",
        [("n'a pas précisé", "Ford", "named_person")],
    ),
    # Not attributions: a participle used as an adjective, a verb with no
    # clause, a noun, an incise verb or a reflexive verb in another sense.
    ("Le retrait annoncé n'a pas eu lieu.", []),
    ("Il glisse la lettre sous la porte.", []),
    ("Les Verts s'affirment comme une force politique.", []),
    ("Un livre écrit par la nièce du président paraît.", []),
    ("Il a ajouté du sel dans la soupe.", []),
    ("La déclaration du ministre était attendue.", []),
]


@pytest.mark.parametrize(("text", "expected"), EN_ATTRIBUTIONS)
def test_english_attributions(text: str, expected: list) -> None:
    assert _summary(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), FR_ATTRIBUTIONS)
def test_french_attributions(text: str, expected: list) -> None:
    assert _summary(text, "fr") == expected


# Attributions of news copy: French incises and markers, addressees before an
# inverted subject, relative "selon lequel", articles before verb forms;
# English adverbials written without a comma.
NEWS_ATTRIBUTIONS = [
    (
        "fr",
        "Paul Arnaud est inquiet. La situation est grave, estime-t-il.",
        [("estime-t-il", "il", "named_person")],
    ),
    ("fr", "« C'est fini », déclare-t-elle.", [("déclare-t-elle", "elle", "named_person")]),
    ("fr", "Le ministre, dit-on, va partir.", [("dit-on", "on", "anonymous")]),
    ("fr", "Selon lui, la crise est finie.", [("Selon", "lui", "named_person")]),
    (
        "fr",
        "Le pont a cédé, a indiqué à l'AFP un responsable de la sécurité.",
        [("a indiqué", "un responsable de la sécurité", "official_unnamed")],
    ),
    (
        "fr",
        "Le ministre a démissionné, a-t-on appris de source diplomatique.",
        [("de source", "source diplomatique", "anonymous")],
    ),
    ("fr", "Le bilan est lourd, de même source.", [("de même source", "même source", "anonymous")]),
    (
        "fr",
        "Le suspect a été arrêté, selon une source proche du dossier.",
        [("selon", "une source proche du dossier", "anonymous")],
    ),
    (
        "fr",
        "Un pont s'est effondré dans la nuit, sans faire de victime, rapporte La Gazette.",
        [("rapporte", "La Gazette", "media_relay")],
    ),
    (
        "fr",
        "Il cite un rapport selon lequel les prix vont baisser.",
        [("selon", "un rapport", "anonymous")],
    ),
    ("fr", "L'Élysée a démenti ces informations.", [("a démenti", "L'Élysée", "named_org")]),
    (
        "fr",
        "Le pont rouvrira lundi, a déclaré à Reuters Ana Lobo, la directrice du chantier.",
        [("a déclaré", "Ana Lobo, la directrice du chantier", "named_person")],
    ),
    (
        "fr",
        "Ils vont bien, a déclaré devant la presse le ministre du Tourisme.",
        [("a déclaré devant la presse", "le ministre du Tourisme", "official_unnamed")],
    ),
    (
        "fr",
        "Le maire va partir, comme le rapporte la radio locale.",
        [("rapporte", "la radio locale", "media_relay")],
    ),
    ("fr", "Tout a brûlé, énumère-t-il.", [("énumère-t-il", "il", "named_person")]),
    ("fr", "L'armée avance vers la ville.", []),
    # Negatives: a relative after "selon" that frames a content, an article
    # before a form of "annoncer", a verb with its object after a comma.
    ("fr", "Le principe selon lequel tout se paie reste vrai.", []),
    ("fr", "À l'annonce du verdict, la foule a applaudi.", []),
    ("fr", "L'annonce du plan a surpris.", []),
    (
        "fr",
        "Un responsable, sous couvert d'anonymat, a confirmé la rencontre.",
        [("a confirmé", "Un responsable", "anonymous")],
    ),
    (
        "fr",
        "Le ministre des Finances, Paul Arnaud, a critiqué la position du gouvernement.",
        [("a critiqué", "Paul Arnaud", "named_person")],
    ),
    (
        "en",
        "On Monday the ministry said the talks had failed.",
        [("said", "the ministry", "named_org")],
    ),
    (
        "en",
        "In a statement the army said the road was closed.",
        [("said", "the army", "named_org")],
    ),
    (
        "en",
        "Twenty people died, state media reported.",
        [("reported", "state media", "media_relay")],
    ),
    (
        "en",
        "Activists said the town was shelled overnight.",
        [("said", "Activists", "anonymous")],
    ),
    (
        "en",
        "The monitor counted the dead. It said most were civilians.",
        [("said", "It", "named_org")],
    ),
    ("en", "The envoy is said to be in the capital.", [("is said", None, None)]),
    # Negative: English "told" keeps its object after a comma.
    (
        "en",
        '"The road is closed," Ana Ruiz, a local driver, told Channel Nine.',
        [("told", "Ana Ruiz, a local driver", "named_person")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NEWS_ATTRIBUTIONS)
def test_news_attributions(lang: str, text: str, expected: list) -> None:
    assert _summary(text, lang) == expected


STANCES = [
    ("The minister said the deal was done.", "en", "neutral"),
    ("The minister claimed the deal was done.", "en", "distancing"),
    ("The minister acknowledged the deal was done.", "en", "endorsing"),
    ("Le ministre a déclaré que l'accord était conclu.", "fr", "neutral"),
    ("Le ministre prétend que l'accord est conclu.", "fr", "distancing"),
    ("Le ministre a reconnu que l'accord était conclu.", "fr", "endorsing"),
]


@pytest.mark.parametrize(("text", "lang", "stance"), STANCES)
def test_stance(text: str, lang: str, stance: str) -> None:
    [attribution] = extract_attributions(segment(text, lang))
    assert attribution.stance == stance


CHAINS = [
    (
        "The newspaper, citing diplomatic sources, reported that the envoy had resigned.",
        "en",
        "The newspaper",
        ("media_relay", "anonymous"),
    ),
    (
        "Le journal Le Matinal se référant à des sources diplomatiques a annoncé que "
        "l'envoyé avait démissionné.",
        "fr",
        "Le journal Le Matinal",
        ("media_relay", "anonymous"),
    ),
    (
        "Les sources de l'hebdomadaire ont également indiqué que l'envoyé partirait.",
        "fr",
        "Les sources de l'hebdomadaire",
        ("media_relay", "anonymous"),
    ),
    (
        "The envoy resigned, the agency said, citing two officials.",
        "en",
        "the agency",
        ("named_org", "official_unnamed"),
    ),
    (
        "Sergueï Lavrov, cité par l'agence Tass, a déclaré que Moscou ne bougerait pas.",
        "fr",
        "l'agence Tass",
        ("media_relay", "named_person"),
    ),
]


CHAINS += [
    (
        "Citing diplomatic sources, the daily reported that the envoy had resigned.",
        "en",
        "the daily",
        ("media_relay", "anonymous"),
    ),
    (
        "The daily reported that the envoy had resigned, citing two officials.",
        "en",
        "The daily",
        ("media_relay", "official_unnamed"),
    ),
    (
        "Le quotidien annonce que l'envoyé a démissionné, "
        "en évoquant une source proche du dossier.",
        "fr",
        "Le quotidien",
        ("media_relay", "anonymous"),
    ),
    (
        "Le pont a cédé, a raconté un habitant cité par le quotidien Prima.",
        "fr",
        "un habitant",
        ("media_relay", "anonymous"),
    ),
    # A participle that mentions a topic is no relay.
    (
        "Le bilan est lourd, précise une source policière, évoquant des pillages.",
        "fr",
        "une source policière",
        ("anonymous",),
    ),
]


@pytest.mark.parametrize(("text", "lang", "source", "chain"), CHAINS)
def test_relay_chains(text: str, lang: str, source: str, chain: tuple) -> None:
    [attribution] = extract_attributions(segment(text, lang))
    assert attribution.source is not None
    assert attribution.source.span.text == source
    assert attribution.chain == chain


QUOTES = [
    ('"The plan is sound," the minister said.', "en", "The plan is sound", "the minister"),
    ('"The plan is sound," said Ana Ruiz.', "en", "The plan is sound", "Ana Ruiz"),
    ('Ana Ruiz said: "The plan is sound."', "en", "The plan is sound.", "Ana Ruiz"),
    ('Ana Ruiz said, "The plan is sound."', "en", "The plan is sound.", "Ana Ruiz"),
    ("« Le plan est solide », a-t-il ajouté.", "fr", "Le plan est solide", "il"),
    ("« Le plan est solide », affirme Ana Ruiz.", "fr", "Le plan est solide", "Ana Ruiz"),
    ("Ana Ruiz a déclaré : « Le plan est solide. »", "fr", "Le plan est solide.", "Ana Ruiz"),
    ('"Le plan est solide", a déclaré Ana Ruiz.', "fr", "Le plan est solide", "Ana Ruiz"),
    # A partial quotation inside the reported clause is the speaker's words.
    ('Ana Ruiz said the plan was "sound and fair".', "en", "sound and fair", "Ana Ruiz"),
    (
        'The mayor told reporters on Friday that the bridge would open "before the winter".',
        "en",
        "before the winter",
        "The mayor",
    ),
    ('Ana Ruiz dismissed the report as "pure invention".', "en", "pure invention", "Ana Ruiz"),
    (
        "Le maire a indiqué que le pont ouvrirait « avant l'hiver ».",
        "fr",
        "avant l'hiver",
        "Le maire",
    ),
    ("Ana Ruiz a jugé le plan « solide, mais tardif ».", "fr", "solide, mais tardif", "Ana Ruiz"),
    # A marker after the quotation closes it.
    ("« Le plan est solide », selon Ana Ruiz.", "fr", "Le plan est solide", "Ana Ruiz"),
    ('"The plan is sound," according to Ana Ruiz.', "en", "The plan is sound", "Ana Ruiz"),
    # An incise with its pronoun inside the quotation it attributes.
    (
        "« Le plan est solide, a-t-elle ajouté, mais il arrive tard. »",
        "fr",
        "Le plan est solide, a-t-elle ajouté, mais il arrive tard.",
        "elle",
    ),
    # A clause that hands over to its words with a colon.
    (
        "Lundi, la mairie a publié un court communiqué : « Le pont ouvrira en mai. »",
        "fr",
        "Le pont ouvrira en mai.",
        "la mairie",
    ),
    ("Elle met pourtant en garde : « Le coût va doubler. »", "fr", "Le coût va doubler.", "Elle"),
    (
        "Ana Ruiz a rejeté ces chiffres mardi en séance : « Rien n'est décidé. »",
        "fr",
        "Rien n'est décidé.",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # Without a colon or a clause, a statement issued is an event.
        "La mairie a publié un communiqué sur son site.",
        "Le médecin se veut rassurant sur l'état du blessé.",
    ],
)
def test_colon_frames_need_their_colon(text: str) -> None:
    assert extract_attributions(segment(text, "fr")) == []


def test_partial_quote_goes_to_the_nearest_attribution() -> None:
    text = 'Ana Ruiz said the mayor told her the plan was "sound".'
    attributions = extract_attributions(segment(text, "en"))
    quoted = [a for a in attributions if a.quote is not None]
    assert [(a.cue.text, a.quote.text) for a in quoted] == [("told", "sound")]


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        # A quotation closing the previous paragraph is not before this one.
        ('"The plan is sound."\n\nAna Ruiz said the vote was close.', "en", "said"),
        (
            "« Le plan est solide. »\n\nAna Ruiz a déclaré que le vote était serré.",
            "fr",
            "a déclaré",
        ),
    ],
)
def test_no_quote_across_paragraphs(text: str, lang: str, cue: str) -> None:
    [attribution] = [a for a in extract_attributions(segment(text, lang)) if a.cue.text == cue]
    assert attribution.quote is None
    assert attribution.content is not None


def test_participle_after_postposed_attribution_keeps_its_clause() -> None:
    text = '"We will wait," the spokesman said, adding that a vote could come "later this year".'
    attributions = extract_attributions(segment(text, "en"))
    assert [(a.cue.text, a.quote.text) for a in attributions] == [
        ("said", "We will wait"),
        ("adding", "later this year"),
    ]


@pytest.mark.parametrize(("text", "lang", "quote", "source"), QUOTES)
def test_quote_linking(text: str, lang: str, quote: str, source: str) -> None:
    [attribution] = extract_attributions(segment(text, lang))
    assert attribution.quote is not None
    assert attribution.quote.text.strip() == quote
    assert attribution.source is not None
    assert attribution.source.span.text == source


def test_long_quote_before_attribution() -> None:
    text = (
        '"We keep looking. We have read the reports. About ten countries take part. '
        'We would welcome more help," said the spokesman Carl Benn.'
    )
    [attribution] = extract_attributions(segment(text, "en"))
    assert attribution.quote.text.startswith("We keep looking")
    assert attribution.quote.text.endswith("more help")
    assert attribution.source.span.text == "the spokesman Carl Benn"
    assert attribution.source.kind == "named_person"


def test_quote_continues_after_attribution() -> None:
    doc = segment('"The first part," she said. "The second part."', "en")
    attributions = extract_attributions(doc)
    assert [a.quote.text.strip(" ,.") for a in attributions] == [
        "The first part",
        "The second part",
    ]
    assert attributions[0].cue == attributions[1].cue
    assert attributions[1].sentence == 1


BACK_REFERENCES = [
    (
        "Ana Ruiz, the finance minister, spoke on Monday. She said the budget was balanced.",
        "en",
        "She",
        "Ana Ruiz",
        "named_person",
    ),
    (
        "A source close to the talks said they had stalled. The source added that a deal "
        "was unlikely.",
        "en",
        "The source",
        "A source close to the talks",
        "anonymous",
    ),
    (
        "Le porte-parole du ministère Paul Arnaud a démenti. « C'est faux », a-t-il ajouté.",
        "fr",
        "il",
        "Le porte-parole du ministère Paul Arnaud",
        "named_person",
    ),
    (
        "La ministre Claire Dubois a confirmé la visite. Selon elle, le voyage durera deux jours.",
        "fr",
        "elle",
        "La ministre Claire Dubois",
        "named_person",
    ),
]


@pytest.mark.parametrize(("text", "lang", "pronoun", "antecedent", "kind"), BACK_REFERENCES)
def test_back_references(text: str, lang: str, pronoun: str, antecedent: str, kind: str) -> None:
    attribution = extract_attributions(segment(text, lang))[-1]
    source = attribution.source
    assert source is not None
    assert source.span.text == pronoun
    assert source.antecedent is not None and source.antecedent.text == antecedent
    assert source.kind == kind


def test_relative_pronoun_stands_for_its_antecedent() -> None:
    [attribution] = extract_attributions(
        segment("Senator Ben Hale, who said the bill was flawed, voted against it.", "en")
    )
    assert attribution.source.span.text == "who"
    assert attribution.source.antecedent.text == "Senator Ben Hale"
    assert attribution.source.kind == "named_person"


def test_participle_takes_the_governing_subject() -> None:
    attributions = extract_attributions(
        segment("The governor signed the bill, saying it would save money.", "en")
    )
    assert [(a.cue.text, a.source.span.text) for a in attributions] == [("saying", "The governor")]


def test_agentless_passive_has_no_source() -> None:
    [attribution] = extract_attributions(
        segment("It was reported that the embassy would close.", "en")
    )
    assert attribution.source is None
    assert attribution.chain == ()
    assert attribution.content.text == "that the embassy would close"


CLASSIFY = [
    ("en", "a senior official", "official_unnamed"),
    ("en", "a senior official who asked not to be named", "anonymous"),
    ("en", "people familiar with the matter", "anonymous"),
    ("en", "diplomatic sources", "anonymous"),
    ("en", "the State Department spokesman Mark Toner", "named_person"),
    ("en", "the Clinton campaign", "named_org"),
    ("en", "the White House", "named_org"),
    ("en", "Reuters", "media_relay"),
    ("en", "the newspaper", "media_relay"),
    ("en", "analysts", "anonymous"),
    ("fr", "le porte-parole de la diplomatie américaine Mark Toner", "named_person"),
    ("fr", "le ministre russe des Affaires étrangères Sergueï Lavrov", "named_person"),
    ("fr", "un représentant du département russe de la Défense", "official_unnamed"),
    ("fr", "des sources officielles russes", "official_unnamed"),
    ("fr", "des sources diplomatiques", "anonymous"),
    ("fr", "les interlocuteurs du journal", "anonymous"),
    ("fr", "l'édition israélienne Ynetnews", "media_relay"),
    ("fr", "le Quai d'Orsay", "named_org"),
    ("fr", "Matignon", "named_org"),
    ("fr", "un haut responsable", "official_unnamed"),
    # Organisations by their initials or their head noun, outlets named after
    # a media noun, groups, pronouns.
    ("en", "the YOCR", "named_org"),
    ("en", "the Yemeni Observatory for Civil Rights", "named_org"),
    ("en", "a London-based rights monitor", "named_org"),
    ("en", "state media", "media_relay"),
    ("en", "the state-run news agency KNA", "media_relay"),
    ("en", "Midland Valley News", "media_relay"),
    ("en", "software giant Vantor", "named_org"),
    ("en", "Egyptian President al-Farouk", "named_person"),
    ("en", "head of the commission Karim al-Nouri", "named_person"),
    ("en", "many Greens", "anonymous"),
    ("en", "a spokesman for Human Rights Watch", "official_unnamed"),
    ("en", "It", "named_org"),
    ("fr", "la CGT", "named_org"),
    ("fr", "le président de la FIFA", "official_unnamed"),
    ("fr", "les dirigeants du PRT", "official_unnamed"),
    ("fr", "le chef du PRT Aram Kessab", "named_person"),
    ("fr", "le directeur du site de Valbourg Paul Arnaud", "named_person"),
    ("fr", "l'ancien président socialiste", "official_unnamed"),
    ("fr", "l'Observatoire tchadien des libertés", "named_org"),
    ("fr", "On", "anonymous"),
    ("fr", "le communiqué de Bercy", "named_org"),
    ("fr", "un communiqué de Valtrans", "named_org"),
    ("fr", "le rapport de police", "anonymous"),
    ("fr", "l'État", "named_org"),
    ("en", "a Defense Ministry statement", "named_org"),
    ("en", "a new poll", "anonymous"),
]


@pytest.mark.parametrize(("lang", "phrase", "kind"), CLASSIFY)
def test_classify_source(lang: str, phrase: str, kind: str) -> None:
    doc = segment(phrase + ".", lang)
    assert classify_source(doc, make_span(doc.text, 0, len(phrase))) == kind


# Names the lexicon does not know: an organisation's by its ending, a
# figure or "&", an article before it, or an apposition describing a body;
# a person's with a title, a form of address or none of these.
ORG_NAMES = [
    ("en", "Brixton Holdings", "named_org"),
    ("en", "Vortex Motors", "named_org"),
    ("en", "Zentra Inc.", "named_org"),
    ("en", "Halvard & Sons", "named_org"),
    ("en", "Tetra 360", "named_org"),
    ("en", "the Vexcorp", "named_org"),
    ("en", "the Norland Times", "media_relay"),
    ("en", "Vexcorp, a Paris-based NGO,", "named_org"),
    ("en", "Vexcorp, the maker of the Zing phone,", "named_org"),
    ("en", "Kay Bristow, a University of Norland professor,", "named_person"),
    ("en", "Kay Bristow, a 22-year-old student", "named_person"),
    ("en", "the Bristows", "named_person"),
    ("en", "the Kay Bristow", "named_person"),
    ("en", "Vexcorp's Kay Bristow", "named_person"),
    ("en", "Kay Bristow, a spokeswoman for Vexcorp's parent company,", "named_person"),
    ("fr", "Paul Arnaud, de la Fondation Halvard,", "named_person"),
    ("fr", "l'Insoumise Anne Vernet", "named_person"),
    ("fr", "l'Ifaw", "named_org"),
    ("fr", "les Norlandais", "anonymous"),
    ("en", "Kay Bristow", "named_person"),
    ("en", "Mr Halvard", "named_person"),
    ("en", "Sen. Kay Bristow", "named_person"),
    ("en", "Kay Bristow, a lawyer,", "named_person"),
    ("en", "Kay Bristow, a lawyer at Vexcorp,", "named_person"),
    ("en", "Vortex Motors spokeswoman Kay Bristow", "named_person"),
    ("fr", "Vexcorp SA", "named_org"),
    ("fr", "Norlande Industries", "named_org"),
    ("fr", "Halvard & Fils", "named_org"),
    ("fr", "Vexcorp, une ONG basée à Paris,", "named_org"),
    ("fr", "Vexcorp, le fabricant de la Zing,", "named_org"),
    ("fr", "Mme Bristow", "named_person"),
    ("fr", "Paul Arnaud", "named_person"),
    ("fr", "le ministre Paul Arnaud", "named_person"),
    ("fr", "Paul Arnaud, un avocat,", "named_person"),
    ("fr", "le directeur de Vexcorp SA Paul Arnaud", "named_person"),
]


@pytest.mark.parametrize(("lang", "phrase", "kind"), ORG_NAMES)
def test_unlisted_organisation_names(lang: str, phrase: str, kind: str) -> None:
    text = phrase + (" said." if lang == "en" else " a déclaré.")
    doc = segment(text, lang)
    assert classify_source(doc, make_span(doc.text, 0, len(phrase))) == kind


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("Vexcorp denied its role in the deal.", "Vexcorp", "named_org"),
        ("Vexcorp said its sales fell.", "Vexcorp", "named_person"),
        ("Vexcorp said it would appeal.", "Vexcorp", "named_person"),
        ("Kay Bristow said its sales fell.", "Kay Bristow", "named_person"),
        ("Mr Bristow said its sales fell.", "Mr Bristow", "named_person"),
        ("Bristow said his sales fell.", "Bristow", "named_person"),
    ],
)
def test_its_after_a_one_word_name(text: str, phrase: str, kind: str) -> None:
    doc = segment(text, "en")
    assert classify_source(doc, make_span(doc.text, 0, len(phrase))) == kind


BODY_NAMES = [
    # A plural name of several words after the article is a body's.
    ("en", "the Silver Lanterns", "named_org"),
    ("en", "The Norland Rangers", "named_org"),
    ("en", "Kay Lanterns", "named_person"),
    ("en", "the Kay Bristow", "named_person"),
    ("en", "the Bristows", "named_person"),
    # Broadcasters' initials the outlet lists hold in another spelling,
    # prefixed, or with a media word.
    ("en", "CSPAN", "media_relay"),
    ("en", "ZNBC", "media_relay"),
    ("en", "KLTV", "media_relay"),
    ("en", "AUNBC", "named_org"),
    ("en", "OSCE", "named_org"),
    ("fr", "NTV", "media_relay"),
    ("fr", "la CGT", "named_org"),
    # French names holding a lower-case adjective are bodies'; a title or a
    # given name keeps a person.
    ("fr", "le Front vert", "named_org"),
    ("fr", "la Norlande insoumise", "named_org"),
    ("fr", "Le Bloc norlandais", "named_org"),
    ("fr", "Marie Front", "named_person"),
    ("fr", "Le Pen", "named_person"),
    ("fr", "le ministre Paul Arnaud", "named_person"),
    # A body word opening a name without its article is a given name there.
    ("fr", "Marine Arnaud", "named_person"),
    ("fr", "la Marine", "named_org"),
    ("fr", "Armée Norlandaise Libre", "named_org"),
    # Listed names, also when a word of them is claimed by another section.
    ("en", "White Helmets", "named_org"),
    ("en", "Apple Music", "named_org"),
    ("fr", "Kigali", "named_org"),
]


@pytest.mark.parametrize(("lang", "phrase", "kind"), BODY_NAMES)
def test_body_names_and_broadcaster_initials(lang: str, phrase: str, kind: str) -> None:
    text = phrase + (" said." if lang == "en" else " a déclaré.")
    doc = segment(text, lang)
    assert classify_source(doc, make_span(doc.text, 0, len(phrase))) == kind


def _last_source(text: str, lang: str):
    attribution = extract_attributions(segment(text, lang))[-1]
    assert attribution.source is not None
    return attribution


# Document evidence on one-word names: each text ends with the attribution
# whose kind is checked; the sentences before carry the evidence.
DOCUMENT_NAMES = [
    # Listed organisations ([source.org_name]).
    ("en", "Pfizer said the trial had ended.", "Pfizer", "named_org"),
    ("fr", "Gazprom a annoncé une hausse des prix.", "Gazprom", "named_org"),
    # An organisation noun introduces the name elsewhere.
    (
        "en",
        "The drugmaker Vexcorp lost money in May. Vexcorp said sales fell.",
        "Vexcorp",
        "named_org",
    ),
    (
        "fr",
        "Le groupe pharmaceutique norlandais Vexcorp a perdu de l'argent. "
        "Vexcorp a annoncé une baisse des ventes.",
        "Vexcorp",
        "named_org",
    ),
    # A company ending elsewhere, "which", a plural verb.
    ("en", "Vexcorp Inc. lost money. Vexcorp said sales fell.", "Vexcorp", "named_org"),
    (
        "en",
        "Vexcorp, which makes chips, lost money. Vexcorp said sales fell.",
        "Vexcorp",
        "named_org",
    ),
    ("en", "Vexcorp have cut jobs. Vexcorp said sales fell.", "Vexcorp", "named_org"),
    # Person evidence wins: a given name, a form of address, a title.
    (
        "en",
        "Vexcorp Inc. hired Kay Halvard. Halvard said sales fell.",
        "Halvard",
        "named_person",
    ),
    (
        "en",
        "The firm Halvard sued Tom Halvard. Halvard said the suit was baseless.",
        "Halvard",
        "named_person",
    ),
    ("en", "Mr. Halvard have left. Halvard said sales fell.", "Halvard", "named_person"),
    # Not evidence: "did X say", a headline set in capitals.
    ("en", "Did Halvard have a plan? Halvard said no.", "Halvard", "named_person"),
    ("en", "HALVARD SAYS HE WAS AWARE OF THE PROBE", "HALVARD", "named_person"),
    # A plural common noun the article writes in lower case: a group.
    (
        "en",
        "The doctors were tired. Medics arrived. Doctors said the boy was stable.",
        "Doctors",
        "anonymous",
    ),
    (
        "en",
        "Jeff Sessions spoke. The sessions ended. Sessions said the law was clear.",
        "Sessions",
        "named_person",
    ),
    # A listed place that is a person's surname in the document.
    (
        "en",
        'Party strategist Ken Moscow spoke first. "We will win," said Moscow.',
        "Moscow",
        "named_person",
    ),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "kind"), DOCUMENT_NAMES)
def test_document_evidence_on_names(lang: str, text: str, phrase: str, kind: str) -> None:
    attribution = _last_source(text, lang)
    assert attribution.source.span.text == phrase
    assert attribution.source.kind == kind
    assert attribution.chain == (kind,)


OUTLETS = [
    # A newspaper's word after the article; a listed outlet.
    ("en", "The Clarion-Herald closed. The Herald said the deal was off.", "The Herald"),
    ("en", "According to the CBC, the deal was off.", "the CBC"),
    # "told the X", "the newspaper X", "the X newspaper reported".
    (
        "en",
        "The mayor told the Clarion that he would resign. The Clarion said he had left.",
        "The Clarion",
    ),
    ("en", "The newspaper Clarion ran the story. The Clarion said he had left.", "The Clarion"),
    ("en", "The Clarion reported that the mayor had resigned.", "The Clarion"),
    # French: "a confié au X", "le quotidien X", "rapporte X".
    (
        "fr",
        "Le maire a confié au Clairon qu'il partirait. Le Clairon a affirmé qu'il était parti.",
        "Le Clairon",
    ),
    (
        "fr",
        "Le quotidien régional Clairon a publié l'enquête. Selon le Clairon, le maire est parti.",
        "le Clairon",
    ),
    ("fr", "Le maire est parti, rapporte Clairon.", "Clairon"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), OUTLETS)
def test_outlets_known_by_their_name(lang: str, text: str, phrase: str) -> None:
    attribution = _last_source(text, lang)
    assert attribution.source.span.text == phrase
    assert attribution.source.kind == "media_relay"
    assert attribution.chain == ("media_relay",)


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        # A body known by "the" that does not publish stays a body.
        ("en", "The Clarion said the deal was off.", "The Clarion"),
        # Persons are not outlets, even after a verb of publishing.
        ("fr", "Le maire est parti, a rapporté Alberto, serveur d'un bar.", "Alberto"),
        ("en", "The mayor told Kay Clarion that he would resign. Clarion said he left.", "Clarion"),
    ],
)
def test_not_outlets(lang: str, text: str, phrase: str) -> None:
    attribution = _last_source(text, lang)
    assert attribution.source.span.text == phrase
    assert attribution.source.kind != "media_relay"


DESCRIPTIONS = [
    # A title before the name, however far back.
    (
        "en",
        "Senator Elizabeth Warren spoke in Boston. Voters cheered. It rained. The crowd grew. "
        "Prices rose.\n\nLater the senator said the bill was dead.",
        "the senator",
        "Elizabeth Warren",
    ),
    # An apposition; an age in apposition.
    (
        "en",
        "Kay Bristow, the chief engineer of the plant, toured the site. "
        "The engineer said the dam was safe.",
        "The engineer",
        "Kay Bristow",
    ),
    (
        "en",
        "Tom Halvard, 45, was arrested on Monday. The 45-year-old told police he was innocent.",
        "The 45-year-old",
        "Tom Halvard",
    ),
    # French: the title before a comma, the title before the name.
    (
        "fr",
        "Le ministre des Finances, Paul Arnaud, a reçu les syndicats. "
        "Le ministre a jugé la réunion utile.",
        "Le ministre",
        "Paul Arnaud",
    ),
    (
        "fr",
        "La porte-parole Claire Dubois est arrivée lundi. Les élus ont voté. "
        "Le texte est passé. La séance a été levée.\n\n"
        "« Nous sommes satisfaits », a déclaré la porte-parole.",
        "la porte-parole",
        "Claire Dubois",
    ),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "name"), DESCRIPTIONS)
def test_descriptions_of_people_named_earlier(lang: str, text: str, phrase: str, name: str) -> None:
    attribution = _last_source(text, lang)
    source = attribution.source
    assert source.span.text == phrase
    assert source.antecedent is not None and source.antecedent.text == name
    assert source.kind == "named_person"
    assert attribution.chain == ("named_person",)


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        # Two persons hold the role: ambiguous.
        (
            "en",
            "Senator Kay Bristow met Senator Tom Halvard. Voters cheered. It rained. "
            "The crowd grew.\n\nLater the senator said the bill was dead.",
            "the senator",
        ),
        # The qualifier names another ministry.
        (
            "fr",
            "Le ministre des Finances, Paul Arnaud, a reçu les syndicats. La séance a été levée. "
            "Le texte est passé. Les élus sont partis.\n\n"
            "Le ministre de l'Intérieur a jugé la réunion utile.",
            "Le ministre de l'Intérieur",
        ),
        # The description is the apposition itself, not a later mention.
        (
            "en",
            "Mr Halvard, the former official told reporters, felt ignored.",
            "the former official",
        ),
        # A people is not a role.
        (
            "en",
            "Chinese President Li Wei spoke. The Chinese announced new tariffs.",
            "The Chinese",
        ),
    ],
)
def test_descriptions_left_unresolved(lang: str, text: str, phrase: str) -> None:
    attribution = _last_source(text, lang)
    source = attribution.source
    assert source.span.text == phrase
    assert source.kind != "named_person"
    assert source.antecedent is None


def test_attribution_fields_are_consistent() -> None:
    text = (
        "Washington wants Moscow to do more, the spokesman Mark Toner said on Monday.\n\n"
        '"We are trying," he added.'
    )
    doc = segment(text, "en")
    for attribution in extract_attributions(doc):
        assert attribution.source.kind in SOURCE_KINDS
        assert attribution.source.kind != "unattributed"
        assert (
            attribution.chain[-1] == attribution.source.kind
            or attribution.chain[0] == attribution.source.kind
        )
        assert attribution.span.start <= attribution.cue.start
        assert attribution.cue.end <= attribution.span.end
        assert doc.sentences[attribution.sentence].paragraph == attribution.paragraph


def test_public_api() -> None:
    assert sources.__all__ == ["attribution_for_cue", "classify_source", "extract_attributions"]


# (text, cue word, family, expected (cue, source, content) or None)
FOR_CUE = [
    (
        "The governor mocked the new budget on Friday.",
        "mocked",
        "evaluation",
        ("mocked", "The governor", "the new budget on Friday"),
    ),
    (
        "Several aides privately doubt that the bill will pass.",
        "doubt",
        "belief",
        ("privately doubt", "Several aides", "that the bill will pass"),
    ),
    (
        '"We will win," the mayor predicted.',
        "predicted",
        "speech",
        ("predicted", "the mayor", "We will win"),
    ),
    (
        "The plan was rejected by the council last week.",
        "rejected",
        "evaluation",
        ("was rejected", "the council", "The plan"),
    ),
    (
        "Il a promis de baisser les impôts.",
        "promis",
        "intention",
        ("a promis", "Il", "de baisser les impôts"),
    ),
    # No complement and nothing before it: no attribution.
    ("The committee hesitated.", "hesitated", "belief", None),
    # Inside a quotation: the quoted speaker's words.
    ('"They ignored us," she said.', "ignored", "evaluation", None),
    # Not on a token boundary.
    ("The senator mocked it.", "ocked", "evaluation", None),
]


@pytest.mark.parametrize(("text", "word", "family", "expected"), FOR_CUE)
def test_attribution_for_cue(text: str, word: str, family: str, expected) -> None:
    lang = "fr" if " a promis " in text else "en"
    doc = segment(text, lang)
    start = text.index(word)
    found = sources.attribution_for_cue(
        doc, make_span(doc.text, start, start + len(word)), family=family
    )
    if expected is None:
        assert found is None
        return
    assert found is not None and found.family == family
    got = (found.cue.text, found.source.span.text if found.source else None, found.content.text)
    assert got == expected


def test_attribution_for_cue_rejects_unknown_family() -> None:
    doc = segment("He said so.", "en")
    with pytest.raises(ValueError):
        sources.attribution_for_cue(doc, make_span(doc.text, 3, 7), family="rumour")


def _check_spans(doc, attributions) -> None:
    for attribution in attributions:
        spans = [attribution.span, attribution.cue, attribution.quote, attribution.content]
        if attribution.source is not None:
            spans += [attribution.source.span, attribution.source.antecedent]
        for span in spans:
            if span is not None:
                assert doc.text[span.start : span.end] == span.text


@settings(max_examples=100, deadline=None)
@given(st.text(), st.sampled_from(["en", "fr"]))
def test_never_raises_and_spans_hold(text: str, lang: str) -> None:
    doc = segment(text, lang)
    _check_spans(doc, extract_attributions(doc))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "a déclaré",
                "selon",
                "according to",
                "he",
                "il",
                '"',
                "«",
                "»",
                ",",
                ".",
                "the spokesman",
                "Mark Toner",
                "citing sources",
                "who",
                "qui",
                "-t-il",
                "by",
                "par",
                "\n\n",
            ]
        ),
        max_size=30,
    ),
    st.sampled_from(["en", "fr"]),
)
def test_reporting_word_soup_never_raises(words: list[str], lang: str) -> None:
    doc = segment(" ".join(words), lang)
    _check_spans(doc, extract_attributions(doc))


# -- the reference article ------------------------------------------------------


@pytest.fixture(scope="module")
def seed_attributions():
    path = SEEDS / SEED
    if not SEEDS.is_dir() or not path.is_file():
        pytest.skip("reference article ../shared/seeds not found")
    from framing.pipeline import prepare

    doc = prepare(path.read_text(encoding="utf-8")).document
    return doc, extract_attributions(doc)


def _find(attributions, source_text: str):
    return [a for a in attributions if a.source and a.source.span.text == source_text]


def test_seed_mark_toner(seed_attributions) -> None:
    doc, attributions = seed_attributions
    titled = _find(attributions, "le porte-parole de la diplomatie américaine Mark Toner")
    assert titled and all(a.source.kind == "named_person" for a in titled)
    [quoted] = [a for a in _find(attributions, "Mark Toner") if a.quote is not None]
    assert quoted.cue.text == "a déclaré"
    assert quoted.quote.text.startswith("Nous essayons toujours")
    assert quoted.quote.text.rstrip(' .,"').endswith("impliquée dans ces opérations")
    assert quoted.source.kind == "named_person"
    _check_spans(doc, attributions)


def test_seed_lavrov_and_kremlin(seed_attributions) -> None:
    _, attributions = seed_attributions
    [lavrov] = _find(attributions, "le ministre russe des Affaires étrangères Sergueï Lavrov")
    assert lavrov.cue.text == "avait exposé"
    assert lavrov.source.kind == "named_person"
    [kremlin] = _find(attributions, "Le Kremlin")
    assert kremlin.source.kind == "named_org"


def test_seed_media_relay_and_anonymous_sources(seed_attributions) -> None:
    _, attributions = seed_attributions
    [relay] = _find(attributions, "l'édition israélienne Ynetnews")
    assert relay.source.kind == "media_relay"
    assert relay.chain == ("media_relay", "anonymous")
    assert relay.cue.text == "a annoncé"
    for phrase in ("les interlocuteurs du journal israélien", "Les sources de l'édition"):
        [attribution] = _find(attributions, phrase)
        assert attribution.source.kind == "anonymous"
        assert attribution.paragraph == relay.paragraph


def test_seed_official_denials(seed_attributions) -> None:
    _, attributions = seed_attributions
    [refuted] = _find(attributions, "des sources officielles russes")
    assert refuted.source.kind == "official_unnamed"
    assert "réfutées" in refuted.cue.text
    [defence] = _find(attributions, "un représentant du département russe de la Défense")
    assert defence.source.kind == "official_unnamed"
    assert defence.cue.text == "a rapporté"
    assert defence.quote is not None
    assert defence.quote.text.startswith("Aucune délocalisation")


# (text, lang, expected [(cue, source, family)]): families beyond saying and
# the rules that keep them precise.
FAMILIES = [
    (
        "The senator endorsed the governor on Friday.",
        "en",
        [("endorsed", "The senator", "evaluation")],
    ),
    ("Critics fear that the plan will fail.", "en", [("fear", "Critics", "belief")]),
    ("The mayor vowed to rebuild the bridge.", "en", [("vowed", "The mayor", "intention")]),
    ("A new poll shows a tight race.", "en", [("shows", "A new poll", "evidence")]),
    ("Some believe that the vote was rigged.", "en", [("believe", "Some", "belief")]),
    ("The reporter recalled his days in office.", "en", [("recalled", "The reporter", "speech")]),
    # Sourceless appearance, expectation and questioning.
    ("The deal seems unlikely to pass.", "en", [("seems", None, "belief")]),
    ("The mayor appeared to concede the point.", "en", [("appeared", None, "belief")]),
    ("The governor appeared on television.", "en", []),
    ("The senator was asked about the plan.", "en", [("was asked", None, "speech")]),
    (
        "Asked about the plan, the minister said it was sound.",
        "en",
        [("Asked", None, "speech"), ("said", "the minister", "speech")],
    ),
    # An adverb the list lacks stays in the cue, not in the subject.
    (
        "Democrats successfully argued that the map was illegal.",
        "en",
        [("successfully argued", "Democrats", "speech")],
    ),
    # A finding placed in a single poll; a standing "in the polls" is not.
    (
        "The governor leads in a new Quinnipiac poll.",
        "en",
        [("in", "a new Quinnipiac poll", "evidence")],
    ),
    ("He is ahead in the polls.", "en", []),
    # A trailing phrase after a postposed subject.
    (
        "The meeting went badly, said one source in the room.",
        "en",
        [("said", "one source", "speech")],
    ),
    # Nouns, infinitives, nested attitudes, first persons.
    ("Matt Bennett, a founder of the think tank, spoke.", "en", []),
    ("She served as secretary of state for four years.", "en", []),
    ("The support of voters grew.", "en", []),
    ("He declined to comment.", "en", [("declined", "He", "intention")]),
    ("She said voters want change.", "en", [("said", "She", "speech")]),
    ("I think we will win.", "en", []),
    ("The council planned a new road.", "en", []),
    (
        "Le ministre a salué une décision historique.",
        "fr",
        [("a salué", "Le ministre", "evaluation")],
    ),
    ("Le maire veut rénover la gare.", "fr", [("veut", "Le maire", "intention")]),
    ("Une étude montre que les prix ont baissé.", "fr", [("montre", "Une étude", "evidence")]),
    ("L'entreprise accuse une baisse de ses ventes.", "fr", []),
    ("Je pense que c'est faux.", "fr", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FAMILIES)
def test_attribution_families(text: str, lang: str, expected: list) -> None:
    found = extract_attributions(segment(text, lang))
    got = [(a.cue.text, a.source.span.text if a.source else None, a.family) for a in found]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A name before a colon is a speaker in English headlines ...
        ("Graham: Trump Is Wrong About Trade Deals", "en", [(":", "Graham")]),
        ("Q: What did you expect from the debate tonight?", "en", [(":", "Q")]),
        # ... not a section head, and French copy needs the quotation.
        ("The Latest: Storm closes roads across the county", "en", []),
        ("Lac Salvane : les travaux reprennent enfin cette semaine", "fr", []),
    ],
)
def test_speaker_labels(text: str, lang: str, expected: list) -> None:
    found = extract_attributions(segment(text, lang))
    assert [(a.cue.text, a.source.span.text) for a in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Jane Doe, who led the inquiry, said the report was late.",
            "en",
            "Jane Doe, who led the inquiry",
        ),
        (
            '"It is over," said Jane Doe, who led the inquiry.',
            "en",
            "Jane Doe, who led the inquiry",
        ),
        # A colon ends the relative clause of an inverted subject.
        (
            '"It is over," said Jane Doe, who led it: "we lost."',
            "en",
            "Jane Doe, who led it",
        ),
        # A time phrase closing the subject belongs to the verb.
        ("Officials on Wednesday said the plan failed.", "en", "Officials"),
        ("The senator last week said the plan failed.", "en", "The senator"),
        ("The Tuesday Group said it would vote no.", "en", "The Tuesday Group"),
        # An appositive without a relative pronoun is read as before.
        ("Jane Doe, a lawyer, said the report was late.", "en", "Jane Doe, a lawyer"),
        (
            "Jeanne Dupont, qui a mené l'enquête, a déclaré que le rapport était en retard.",
            "fr",
            "Jeanne Dupont, qui a mené l'enquête",
        ),
    ],
)
def test_source_span_edges(text: str, lang: str, source: str) -> None:
    found = extract_attributions(segment(text, lang))
    assert found and found[0].source.span.text == source


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Turns of a transcript quoted over several paragraphs.
        (
            'It went as follows:\n\n"HOST: Will you run again?\n\n'
            '"MAYOR: Not this year, and not the next one either.\n\n"HOST: Thanks."',
            ["HOST", "MAYOR"],
        ),
        # A capitalised word before a colon inside a quotation is no label.
        ('He wrote:\n\n"Note: the plan is late.\n\n"We will wait for the vote."', []),
    ],
)
def test_quoted_transcript_labels(text: str, labels: list[str]) -> None:
    attributions = extract_attributions(segment(text, "en"))
    assert [a.source.span.text for a in attributions if a.cue.text == ":"] == labels


@pytest.mark.parametrize(
    "text",
    [
        # Inside a quotation, a verb that is no incise is the speaker's own.
        "« Je pense que le plan est solide. »",
        "« Nous avons dit que le plan était solide. »",
    ],
)
def test_quoted_verbs_without_incise_are_skipped(text: str) -> None:
    assert extract_attributions(segment(text, "fr")) == []


# Embedded posts flattened by text extraction: the dash before a name and its
# handle is the cue; the post's text, without its links and any sign-up prompt
# glued before the signature, is the content.
SIGNATURES = [
    (
        "en",
        "The council met on Tuesday.\n\n"
        "The new bridge opens next week, right on schedule. pic.twitter.com/Ab12Cd34 "
        "— Jane Doe (@janedoe) March 3, 2021\n\nThe vote follows.",
        "Jane Doe",
        "named_person",
        "The new bridge opens next week, right on schedule",
    ),
    (
        "en",
        "Readers reacted quickly.\n\n"
        "Council approves the bridge budget after a long night https://t.co/xY9zW8 "
        "— The Daily Beast (@thedailybeast) June 4, 2019",
        "The Daily Beast",
        "media_relay",
        "Council approves the bridge budget after a long night",
    ),
    (
        "en",
        "We will not raise taxes on anyone this year. The budget is balanced! "
        "SIGN UP FOR OUR NEWSLETTER — Jane Doe (@janedoe) May 2, 2016",
        "Jane Doe",
        "named_person",
        "We will not raise taxes on anyone this year. The budget is balanced",
    ),
    (
        "en",
        "The budget is balanced and the roads are fixed - Jane Doe (@janedoe)",
        "Jane Doe",
        "named_person",
        "The budget is balanced and the roads are fixed",
    ),
    (
        "fr",
        "Le conseil s'est réuni mardi.\n\n"
        "Le nouveau pont ouvrira la semaine prochaine, comme prévu. "
        "pic.twitter.com/Ab12Cd34 — Jeanne Martin (@jeannemartin) 27 septembre 2016",
        "Jeanne Martin",
        "named_person",
        "Le nouveau pont ouvrira la semaine prochaine, comme prévu",
    ),
    (
        "fr",
        "Nous tiendrons nos engagements sur le budget https://t.co/xY9zW8\n\n"
        "— Jeanne Martin (@jeannemartin) 1er juillet 2016\n\nLe vote suivra.",
        "Jeanne Martin",
        "named_person",
        "Nous tiendrons nos engagements sur le budget",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source", "kind", "content"), SIGNATURES)
def test_post_signatures(lang: str, text: str, source: str, kind: str, content: str) -> None:
    doc = segment(text, lang)
    found = [a for a in extract_attributions(doc) if a.cue.text in "—-"]
    assert len(found) == 1
    attribution = found[0]
    assert attribution.source is not None
    assert (attribution.source.span.text, attribution.source.kind) == (source, kind)
    assert attribution.content is not None
    assert attribution.content.text == content
    for span in (attribution.cue, attribution.source.span, attribution.content):
        assert doc.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A byline or signature without a handle names a writer, not a speaker.
        ("en", "The bridge opens next week, right on schedule.\n\n— Jane Doe"),
        ("en", "The bridge opens next week, right on schedule. — Jane Doe, March 3, 2021"),
        ("fr", "Le pont ouvrira la semaine prochaine, comme prévu.\n\n— Jeanne Martin"),
        # A handle in running text, not closing a signature.
        ("en", "The bridge opens next week — Jane Doe (@janedoe) told followers on Monday."),
        ("fr", "Le pont ouvrira — Jeanne Martin (@jeannemartin) l'a écrit sur son compte."),
    ],
)
def test_no_signature_without_handle_at_the_end(lang: str, text: str) -> None:
    attributions = extract_attributions(segment(text, lang))
    assert not any(a.cue.text in "—-" for a in attributions)


def test_quote_dash_keeps_its_quotation_before_a_handle() -> None:
    text = "“We will win the vote.” ― Jane Doe (@janedoe) May 2, 2016"
    attributions = [a for a in extract_attributions(segment(text, "en")) if a.cue.text == "―"]
    assert len(attributions) == 1
    assert attributions[0].source is not None
    assert attributions[0].source.span.text == "Jane Doe"
    assert attributions[0].content is not None
    assert attributions[0].content.text == "We will win the vote."


# Source kinds on real-news patterns (session 4): given names, outlets known
# only by their context, anonymity formulas before the source, relays.
KIND_CASES = [
    # A given name and a body word alone are a person's name.
    ("en", "Jake Army said the plan was sound.", "Jake Army", "named_person"),
    ("en", "The Norland Army said the plan was sound.", "The Norland Army", "named_org"),
    ("fr", "Jean Armée a déclaré que le plan était bon.", "Jean Armée", "named_person"),
    # Only a listed given name opens a French name without its article.
    (
        "fr",
        "Police Secours a indiqué que deux personnes étaient blessées.",
        "Police Secours",
        "named_org",
    ),
    ("fr", "Marine Vexin a déclaré que le plan était bon.", "Marine Vexin", "named_person"),
    # The person named right after an organisation's name holds the title.
    (
        "en",
        "The head of the Norland Observatory for Civil Rights Rami Haddad told reporters "
        "the toll rose.",
        "The head of the Norland Observatory for Civil Rights Rami Haddad",
        "named_person",
    ),
    # After a title, the name is the complement's: the spokesman is unnamed.
    (
        "en",
        "A spokesman for Jane Vexin said the bill was dead.",
        "A spokesman for Jane Vexin",
        "official_unnamed",
    ),
    # A given name in apposition names a described person.
    (
        "fr",
        "Tout le monde est content, raconte une des participantes, Andrea.",
        "une des participantes, Andrea",
        "named_person",
    ),
    # An anonymity formula opening the clause makes an official anonymous.
    (
        "en",
        "Speaking on condition of anonymity, an official said the plan was dead.",
        "an official",
        "anonymous",
    ),
    (
        "fr",
        "Sous couvert d'anonymat, un représentant du groupe admet que le verdict est mauvais.",
        "un représentant du groupe",
        "anonymous",
    ),
    (
        "fr",
        "Le verdict est mauvais, a déclaré, sous couvert d'anonymat, un diplomate européen.",
        "un diplomate européen",
        "anonymous",
    ),
    # Reports of the media are the media's.
    (
        "en",
        "The toll rose, according to Norland media reports.",
        "Norland media reports",
        "media_relay",
    ),
    (
        "fr",
        "L'accord est proche, selon des informations de presse.",
        "des informations de presse",
        "media_relay",
    ),
    # A name ending with a newspaper's word, even hyphenated or after "Le".
    (
        "en",
        "The plan is dead, according to the Vexville Post-Dispatch.",
        "the Vexville Post-Dispatch",
        "media_relay",
    ),
    (
        "fr",
        "Le Vexville Times rapporte que deux agents ont été blessés.",
        "Le Vexville Times",
        "media_relay",
    ),
    # English brands and company words quoted in French copy.
    ("fr", "RM Vexby's a conclu la vente.", "RM Vexby's", "named_org"),
    (
        "fr",
        "Norland Pictures avait annoncé l'interruption du tournage.",
        "Norland Pictures",
        "named_org",
    ),
    # "its" after another name belongs to that name.
    ("en", "Vexin slammed Norcorp for redesigning its cups.", "Vexin", "named_person"),
    # A definite name of several capitalised words is a body's; a place and
    # a party describe a person.
    ("en", "The plan is dead, the Norland Courant said.", "the Norland Courant", "named_org"),
    (
        "en",
        "The Kentucky Republican said the bill was dead.",
        "The Kentucky Republican",
        "named_person",
    ),
]


KIND_CASES += [
    # A document whose phrase stops at its participle takes its agent's kind.
    (
        "fr",
        "Selon un rapport établi par l'Insee, la crise a touché les ménages.",
        "un rapport établi",
        "named_org",
    ),
    (
        "fr",
        "Les patients meurent plus, selon une étude publiée vendredi dans la revue Norland Matin.",
        "une étude publiée",
        "media_relay",
    ),
    (
        "en",
        "The toll rose, according to a report compiled by the Norland Observatory.",
        "a report compiled",
        "named_org",
    ),
    (
        "en",
        "The toll rose, according to a report compiled by experts.",
        "a report compiled",
        "anonymous",
    ),
    # The document of a body with its article; not a police report.
    (
        "fr",
        "Cinq hommes ont été arrêtés, selon un communiqué de la police.",
        "un communiqué de la police",
        "named_org",
    ),
    (
        "fr",
        "Selon le rapport de police, la victime est morte.",
        "le rapport de police",
        "anonymous",
    ),
    # A title in apposition makes a person of a name opening with a place's.
    (
        "fr",
        "France Vexin, porte-parole des pompiers, a précisé que le feu était éteint.",
        "France Vexin, porte-parole des pompiers",
        "named_person",
    ),
    (
        "fr",
        "« Il faut agir », déclare l'un des auteurs, Pr Fei Li.",
        "l'un des auteurs, Pr Fei Li",
        "named_person",
    ),
    # Copy without commas: the name before the title is the speaker's.
    (
        "en",
        "Jane Vexin spokeswoman for the Norland delegation said the talks had failed.",
        "Jane Vexin spokeswoman for the Norland delegation",
        "named_person",
    ),
    # People of a named person are not named.
    (
        "en",
        "Mr. Vexin's defenders said the charges were false.",
        "Mr. Vexin's defenders",
        "anonymous",
    ),
    ("fr", "Nombre d'électeurs croient que le parti gagnera.", "Nombre d'électeurs", "anonymous"),
    # A listed name ending with a lower-case word.
    ("fr", "Force ouvrière a dénoncé la réforme.", "Force ouvrière", "named_org"),
    # "which" is said of things: the name before it is a body's.
    ("en", "Vexline, which said the plan was good, was not alone.", "which", "named_org"),
    # "As X has reported" cites a publication.
    ("en", "As Vexline has reported, the mayor is taking a hit.", "Vexline", "media_relay"),
]


@pytest.mark.parametrize(("lang", "text", "source", "kind"), KIND_CASES)
def test_source_kinds_on_news_patterns(lang: str, text: str, source: str, kind: str) -> None:
    found = [(s, k) for _, s, k in _summary(text, lang)]
    assert (source, kind) in found


def test_outlet_known_by_an_interview_it_was_given() -> None:
    text = (
        "The strike killed 12 people, The Norland Courier reported. "
        "A witness told The Norland Courier that the toll rose."
    )
    assert _summary(text, "en")[0] == ("reported", "The Norland Courier", "media_relay")


def test_middle_initial_keeps_a_person() -> None:
    text = "Jane Q. Vexin said the poll was close. The race is tight, wrote Vexin."
    assert _summary(text, "en")[-1] == ("wrote", "Vexin", "named_person")


def test_french_date_after_an_inverted_outlet() -> None:
    text = "Une habitante a porté plainte, rapporte Le Parisien lundi 27 avril."
    assert _summary(text, "fr") == [("rapporte", "Le Parisien", "media_relay")]


def test_told_is_never_inverted() -> None:
    # The outlet after "told" is whom the speaker addressed, not the speaker.
    text = "Jane Vexin, a critic of the plan and a Norland senator, told NBC that it was bad."
    assert _summary(text, "en") == [
        ("told", "Jane Vexin, a critic of the plan and a Norland senator", "named_person")
    ]


def test_relay_after_an_apposition() -> None:
    text = (
        "Les investisseurs sont nerveux, explique Paul Vexin, courtier chez Norcorp, "
        "cité par l'agence Reuters."
    )
    (attribution,) = extract_attributions(segment(text, "fr"))
    assert attribution.source is not None and attribution.source.span.text == "Paul Vexin"
    assert attribution.chain == ("media_relay", "named_person")


def test_relative_pronoun_after_selon() -> None:
    text = "« Il faut agir », souligne le colonel Paul Vexin, selon qui « rien n'est joué »."
    attribution = extract_attributions(segment(text, "fr"))[-1]
    assert attribution.cue.text == "selon"
    assert attribution.source is not None and attribution.source.span.text == "qui"
    assert attribution.source.kind == "named_person"
    assert attribution.source.antecedent is not None
    assert attribution.source.antecedent.text == "le colonel Paul Vexin"


def test_french_subject_pronoun_may_stand_for_a_body() -> None:
    text = "Le ministère a annoncé la fermeture. Il précise que la route rouvrira."
    last = _last_source(text, "fr")
    assert last.source.kind == "named_org"
    assert last.source.antecedent is not None
    assert last.source.antecedent.text == "Le ministère"


def test_english_it_is_not_he() -> None:
    # "he" never stands for a body, in the sentence before or not.
    text = "The ministry announced the closure. He said the road would reopen."
    assert _last_source(text, "en").source.kind != "named_org"


def test_description_is_not_a_group_of_its_people() -> None:
    text = (
        "The Norland senator's allies say he will run. The senator wants a recount, his aides said."
    )
    kinds = {s: k for _, s, k in _summary(text, "en")}
    assert kinds["The Norland senator's allies"] == "anonymous"
    assert kinds["The senator"] != "anonymous"


# Attribution precision: forms and senses that report nothing.
NOT_ATTRIBUTIONS = [
    # A verb that acts on people: approves them, lets them in, sentences them.
    ("en", "The senator said he would not confirm any nominees this year.", "confirm"),
    ("en", "Last year the country admitted more than two million seasonal workers.", "admitted"),
    ("fr", "Le tribunal a également condamné l'adolescent à deux ans de prison.", "condamné"),
    # A demand or a threat of a thing, not of a speaker.
    ("fr", "La survie d'un dialecte exige une transmission familiale.", "exige"),
    ("en", "The flood threatened the harbour for a week.", "threatened"),
    # ", say," introduces an example.
    ("en", "It is easy, unlike, say, learning to sail.", "say"),
    # Names given to things.
    ("en", "The debate turns on something called the Vexin doctrine.", "called"),
    # Nouns after an adjective.
    ("en", "He told fewer of his political jokes that season.", "jokes"),
    ("en", "She worked on major projects in the old port.", "projects"),
    # Set phrases.
    ("en", "A report by a Norland economic think tank came out on Monday.", "think"),
    ("fr", "Il ne croyait pas si bien dire en arrivant au port.", "croyait"),
    ("fr", "Paul a demandé la main de Julie lors d'un dîner.", "demandé"),
    # A plan or provision, not a statement.
    ("fr", "La mairie a prévu deux exceptions pour les commerces.", "prévu"),
    # Headings before a colon.
    ("en", "Other Harbour Projects: The council rebuilt two piers.", ":"),
    ("en", "Clarification: This story has been updated with new figures.", ":"),
    ("en", "Consider: The port handles more ships than ever.", ":"),
    ("en", "FILE PHOTO: A crane stands at the end of the new pier.", ":"),
    # Phoning people, recalling an envoy, passing sentence.
    ("en", "Neighbours called the police after the fire.", "called"),
    ("fr", "Les voisins ont appelé les pompiers après l'incendie.", "appelé"),
    ("en", "Norland recalled its ambassador on Monday.", "recalled"),
    ("fr", "Le tribunal a condamné le chauffeur à deux ans de prison.", "condamné"),
    # Displaying a quality, refusing a grant.
    ("en", "The crew showed remarkable restraint during the storm.", "showed"),
    ("fr", "Les pêcheurs ont montré leur détermination au port.", "montré"),
    ("en", "The city board denied more than forty permits last year.", "denied"),
    # "Depending on", a nickname, a name taken, an adjective.
    ("fr", "Le prix du vélo varie selon la finition choisie.", "selon"),
    ("fr", "Claude Vexin, dit Raël, a fondé un mouvement.", "dit"),
    ("en", "The group calls itself the Harbour Front.", "calls"),
    ("fr", "Paul Vexin s'est montré très critique envers la mairie.", "critique"),
]


@pytest.mark.parametrize(("lang", "text", "cue"), NOT_ATTRIBUTIONS)
def test_forms_that_report_nothing(lang: str, text: str, cue: str) -> None:
    assert not any(c.endswith(cue) for c, _, _ in _summary(text, lang))


STILL_ATTRIBUTIONS = [
    ("en", "The ministry confirmed the death of two workers.", "confirmed", "The ministry"),
    ("en", "The minister admitted his mistake on Friday.", "admitted", "The minister"),
    (
        "en",
        "While Vexin admits most workers never see a doctor, she wants more.",
        "admits",
        "Vexin",
    ),
    ("en", "The committee confirmed the nominee's resignation.", "confirmed", "The committee"),
    ("fr", "Le syndicat exige une hausse des salaires.", "exige", "Le syndicat"),
    ("fr", "La mairie a prévu de fermer la plage.", "a prévu", "La mairie"),
    ("fr", "Le président a condamné les violences de dimanche.", "a condamné", "Le président"),
    ("en", "Jane Vexin, who a week ago threatened to resign, spoke again.", "threatened", None),
    ("en", "The official reports that the road is closed.", "reports", "The official"),
    ("en", "Bernie Vexin: The harbour needs new piers.", ":", "Bernie Vexin"),
    ("en", '"We will finish the pier," say supporters of the plan.', "say", None),
    ("en", "In one email, he too noted the pier was unsafe.", "noted", None),
    ("fr", "La réunion aura lieu à Paris, dit Marc, le président du club.", "dit", None),
    ("fr", "Selon une étude publiée lundi, la plage est propre.", "Selon", None),
    ("en", "The survey showed strong support for the pier.", "showed", "The survey"),
    ("en", "The mayor denied the allegations.", "denied", "The mayor"),
    ("en", "He called the mayor a coward.", "called", "He"),
    ("fr", "Le maire a appelé les parents à la prudence.", "a appelé", "Le maire"),
    ("en", "She recalled meeting a patient with a fever.", "recalled", "She"),
    ("fr", "La ministre a condamné les violences de dimanche.", "a condamné", "La ministre"),
]


@pytest.mark.parametrize(("lang", "text", "cue", "source"), STILL_ATTRIBUTIONS)
def test_reporting_senses_are_kept(lang: str, text: str, cue: str, source: str | None) -> None:
    found = [(c, s) for c, s, _ in _summary(text, lang) if c == cue]
    assert found
    if source is not None:
        assert found[0][1] == source


def test_given_names_added_for_framing() -> None:
    text = "Philippa Vexin spoke first. Later, he said the pier was safe."
    doc = segment(text, "en")
    said = [a for a in extract_attributions(doc) if a.cue.text == "said"]
    assert said and (
        said[0].source.antecedent is None or "Philippa" not in said[0].source.antecedent.text
    )
