"""What stands between a verb of saying and its source or its clause.

Adverbials after the verb, clauses before an inverted speaker, subjunctive
auxiliaries, numbers with separators, and nouns after "according to" that
never speak. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from framing.extract.sources import extract_attributions
from framing.text import segment


def _sources(text: str, lang: str) -> list[tuple[str, str, str]]:
    """``(cue, source, kind)`` of each attribution, in text order."""
    out = []
    for a in extract_attributions(segment(text, lang)):
        assert a.source is not None
        out.append((a.cue.text, a.source.span.text, a.source.kind))
    return out


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        # A sentence adverb between a verb of belief and its clause.
        ("Le maire estime par ailleurs que le budget est trop serré.", "fr", "Le maire"),
        ("Claire Vautrin estime en outre que le budget est trop serré.", "fr", "Claire Vautrin"),
        ("Le préfet a estimé par ailleurs que la crue allait baisser.", "fr", "Le préfet"),
        # Between the auxiliary and the participle.
        ("« Rien n'est joué », a quant à lui affirmé le ministre.", "fr", "le ministre"),
        ("« Rien n'est joué », ont de leur côté affirmé les élus.", "fr", "les élus"),
        # A subjunctive auxiliary.
        (
            "Bien que le ministre ait annoncé que la ligne rouvrirait, rien n'a bougé.",
            "fr",
            "le ministre",
        ),
    ],
)
def test_adverbials_and_moods_do_not_hide_the_speaker(text, lang, source):
    assert [s for _, s, _ in _sources(text, lang)] == [source]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "par" opens an adverbial here, not the agent of a passive.
        ("Le virus progresse de 900 nouveaux cas confirmés par jour.", "fr"),
        # « selon » before what measures or wishes: nobody speaks.
        ("Seuls ses proches étaient présents, selon ses vœux.", "fr"),
        ("Les tarifs varient selon les régions.", "fr"),
        ("Selon la tradition locale, la fête dure trois jours.", "fr"),
        ("The launch went ahead according to schedule.", "en"),
        # « soit disant » is a misspelt adverb, not « soit » + a participle.
        ("Ils vendaient des soit disant remèdes miracles.", "fr"),
    ],
)
def test_adverbials_and_measures_are_no_sources(text, lang):
    assert _sources(text, lang) == []


def test_a_passive_agent_after_an_adverbial_is_still_read():
    found = _sources("Le décès a été confirmé par téléphone par la mairie de Tulle.", "fr")
    assert [(s, k) for _, s, k in found] == [("la mairie de Tulle", "named_org")]


def test_a_document_after_according_to_still_speaks():
    found = _sources("According to the plan, fares will rise in March.", "en")
    assert [s for _, s, _ in found] == ["the plan"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The clause before the comma has a verb and an object: content.
        (
            "On Monday, the delegation handed a long list of demands to the mediators, "
            "said Tomas Reyel, a union official.",
            "Tomas Reyel, a union official",
        ),
        # A comma inside a number does not cut the clause.
        (
            "By then, about 2,400 people were waiting for a hearing, said Ines Marr, "
            "a court spokeswoman.",
            "Ines Marr, a court spokeswoman",
        ),
        # An appositive with a verb after its relative stays an appositive.
        (
            "Dara Quist, a farmer whose land was flooded twice, said the dike failed.",
            "Dara Quist, a farmer whose land was flooded twice",
        ),
        # "between" is no past participle.
        (
            "Governor Alma Rusk, speaking between two sessions, said she would sign it.",
            "Governor Alma Rusk",
        ),
        # An opening time adverbial is not a name.
        (
            "In Lisbon, the mayor, a former judge, said the works would stop.",
            "the mayor, a former judge",
        ),
    ],
)
def test_the_speaker_of_an_incise_after_a_clause(text, source):
    assert [s for _, s, _ in _sources(text, "en")] == [source]


def test_a_clause_with_a_finite_verb_before_an_inverted_speaker_fr():
    text = "Sur la côte nord, à Brest l'indice était de 5 (moyen), précisait Air Armor."
    assert [s for _, s, _ in _sources(text, "fr")] == ["Air Armor"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Channel 7 reported that the bridge had closed.", "media_relay"),
        ("Lusitania TV's Channel 3 said the bridge had closed.", "media_relay"),
        ("Radio 5 reported that the bridge had closed.", "media_relay"),
    ],
)
def test_a_numbered_channel_is_an_outlet(text, kind):
    assert [k for _, _, k in _sources(text, "en")] == [kind]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A subject relative with "that" whose verb takes an object.
        (
            "A group that monitors the border said two towns were shelled.",
            "A group that monitors the border",
        ),
        ("The firm that owns the paper said sales fell.", "The firm that owns the paper"),
        # An object relative: the speaker is the subject inside it.
        ("The memo that aides said was leaked shows nothing new.", "aides"),
    ],
)
def test_restrictive_relatives_before_the_verb(text, source):
    assert [s for _, s, _ in _sources(text, "en")] == [source]


@pytest.mark.parametrize(
    "text", ["For the full list, see the annex.", "On that debate, see Mara Oyelaran."]
)
def test_an_imperative_see_has_no_inverted_speaker(text):
    assert _sources(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # A country speaks for its government.
        ("Le Honduras a déclaré l'état d'urgence.", "fr", "named_org"),
        ("Le Salvador a annoncé de nouvelles mesures.", "fr", "named_org"),
        ("El Salvador said the storm had killed ten people.", "en", "named_org"),
        ("Jordan said the border crossing was closed.", "en", "named_org"),
        # A given name before a country's name makes a person.
        ("Salvador Allende a déclaré qu'il gagnerait.", "fr", "named_person"),
        ("Rep. Tim Jordan said the probe was flawed.", "en", "named_person"),
        ("Democratic Rep. Steve Israel said the vote was close.", "en", "named_person"),
    ],
)
def test_countries_and_the_people_named_like_them(text, lang, kind):
    assert [k for _, _, k in _sources(text, lang)] == [kind]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Nora Quill, a nurse in Dayton, Ohio, said the ward was full.",
            "Nora Quill, a nurse in Dayton, Ohio",
        ),
        (
            "Tomas Reyel, a farmer from Tarija, Bolivia, told reporters the river had risen.",
            "Tomas Reyel, a farmer from Tarija, Bolivia",
        ),
    ],
)
def test_a_city_and_its_state_inside_an_appositive(text, source):
    assert [s for _, s, _ in _sources(text, "en")] == [source]
