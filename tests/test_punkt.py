"""Punkt sentence splitting with framing's shipped parameters (framing._punkt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from framing import _punkt
from framing.errors import FramingError, LanguageError, ResourceError
from framing.text import segment

RESOURCES = Path(_punkt.__file__).parent / "resources" / "punkt"


def sentences(text: str, lang: str) -> list[str]:
    return [text[start:end] for start, end in _punkt.sentence_spans(text, lang)]


def assert_well_formed(text: str, spans: list[tuple[int, int]]) -> None:
    """Spans are non-empty, stripped, in order, and only white space lies between."""
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        assert not text[position:start].strip(), (text, spans)
        position = end
    assert not text[position:].strip()


# Each case: text, expected sentences. Cases marked "decision" are documented
# in framing/resources/punkt/<lang>/abbreviations.txt or framing/_punkt.py.
ENGLISH = [
    ("Gen. Smith said so. He left.", ["Gen. Smith said so.", "He left."]),
    ("The U.S. Army said.", ["The U.S. Army said."]),
    ("Sen. Warren and Dr. Lee met on Jan. 5.", ["Sen. Warren and Dr. Lee met on Jan. 5."]),
    ("He arrived at 5 p.m. and left.", ["He arrived at 5 p.m. and left."]),
    ("It costs $5. She paid.", ["It costs $5.", "She paid."]),
    ('"We will win," he said. "Soon."', ['"We will win," he said.', '"Soon."']),
    ("Is it over? Not yet! We go on.", ["Is it over?", "Not yet!", "We go on."]),
    ("Growth was 3.5 percent last year.", ["Growth was 3.5 percent last year."]),
    ("Mr. and Mrs. Smith met Ms. Jones.", ["Mr. and Mrs. Smith met Ms. Jones."]),
    ("Gov. Brown (D-Calif.) said no.", ["Gov. Brown (D-Calif.) said no."]),
    ("Lt. Col. Vindman testified.", ["Lt. Col. Vindman testified."]),
    ("The Acme Corp. board met Nov. 12.", ["The Acme Corp. board met Nov. 12."]),
    ("It was Smith vs. Jones, i.e. a rematch.", ["It was Smith vs. Jones, i.e. a rematch."]),
    ("George W. Bush said so.", ["George W. Bush said so."]),
    ("George H.W. Bush said so.", ["George H.W. Bush said so."]),
    ("A. A. Milne wrote it.", ["A. A. Milne wrote it."]),
    ("Martin Luther King Jr. Day is a holiday.", ["Martin Luther King Jr. Day is a holiday."]),
    ("“Mr. Smith is here,” she said.", ["“Mr. Smith is here,” she said."]),
    # decision: "U.S." is an abbreviation, and "It" a sentence starter.
    ("I live in the U.S. It is big.", ["I live in the U.S.", "It is big."]),
    (
        "He lives in Washington, D.C. The city is big.",
        ["He lives in Washington, D.C.", "The city is big."],
    ),
    # decision: a sentence does not start in lowercase.
    ('"Why?" he asked. "Because."', ['"Why?" he asked.', '"Because."']),
    ('"Get out!" she shouted.', ['"Get out!" she shouted.']),
    # decision: "etc." is an abbreviation that still ends a sentence before a starter.
    ("Apples, pears, etc. The list goes on.", ["Apples, pears, etc.", "The list goes on."]),
    ("Apples, pears, etc. and more.", ["Apples, pears, etc. and more."]),
    # decision: "no" is a collocation with a number, not an abbreviation.
    ("He is the No. 2 official.", ["He is the No. 2 official."]),
    ("The answer was no. Trump left.", ["The answer was no.", "Trump left."]),
    # decision: an unlisted initial before a sentence starter ends a sentence.
    ("They chose Plan B. The vote was close.", ["They chose Plan B.", "The vote was close."]),
    ("He waited... Then he spoke.", ["He waited...", "Then he spoke."]),
    ("He waited... and then he spoke.", ["He waited... and then he spoke."]),
]

FRENCH = [
    ("M. Dupont a déclaré. Il est parti.", ["M. Dupont a déclaré.", "Il est parti."]),
    ("Mme Martin et M. Durand sont arrivés.", ["Mme Martin et M. Durand sont arrivés."]),
    (
        "Selon le Dr Leroy, c'est faux. Il a menti.",
        ["Selon le Dr Leroy, c'est faux.", "Il a menti."],
    ),
    ("Il prend par ex. des avions.", ["Il prend par ex. des avions."]),
    ("Il prend p. ex. des avions.", ["Il prend p. ex. des avions."]),
    ("Vers 300 av. J.-C. la ville a brûlé.", ["Vers 300 av. J.-C. la ville a brûlé."]),
    ("Le gén. Lebrun a parlé.", ["Le gén. Lebrun a parlé."]),
    ("J.-P. Martin a déclaré.", ["J.-P. Martin a déclaré."]),
    (
        "M. Le Maire a parlé à MM. Dupont et Durand.",
        ["M. Le Maire a parlé à MM. Dupont et Durand."],
    ),
    ("Selon l'art. 49 de la Constitution, oui.", ["Selon l'art. 49 de la Constitution, oui."]),
    ("Ils étaient sept. Trois sont morts.", ["Ils étaient sept.", "Trois sont morts."]),
    ("Pourquoi ? Parce que ! Voilà.", ["Pourquoi ?", "Parce que !", "Voilà."]),
    ("Le taux est de 3,5 %. Il baisse.", ["Le taux est de 3,5 %.", "Il baisse."]),
    # decision: the closing guillemet stays with the sentence it closes.
    ("« Nous partons. » Il a dit.", ["« Nous partons. »", "Il a dit."]),
    ("Il a dit. « Nous partons. »", ["Il a dit.", "« Nous partons. »"]),
    ("« Partez ! » a-t-il lancé.", ["« Partez ! » a-t-il lancé."]),
    ("« Nous partons. », a-t-il dit.", ["« Nous partons. », a-t-il dit."]),
    # decision: an ellipsis before a capitalised word ends a sentence.
    ("Il a hésité… Puis il a parlé.", ["Il a hésité…", "Puis il a parlé."]),
    ("Il a hésité… puis il a parlé.", ["Il a hésité… puis il a parlé."]),
    ("Nous avons (…) décidé. Voilà.", ["Nous avons (…) décidé.", "Voilà."]),
    ("Des pommes, des poires, etc. C'est tout.", ["Des pommes, des poires, etc.", "C'est tout."]),
    (
        "Des pommes, des poires, etc., rien de plus.",
        ["Des pommes, des poires, etc., rien de plus."],
    ),
    ('La crise de la dette. " Le Japon suit.', ["La crise de la dette.", '" Le Japon suit.']),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text, expected):
    assert sentences(text, "en") == expected
    assert_well_formed(text, _punkt.sentence_spans(text, "en"))


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french(text, expected):
    assert sentences(text, "fr") == expected
    assert_well_formed(text, _punkt.sentence_spans(text, "fr"))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("text", ["", "   ", "\n", "No punctuation at all", "  Padded.  "])
def test_edge_texts(text, lang):
    spans = _punkt.sentence_spans(text, lang)
    assert_well_formed(text, spans)
    assert len(spans) == (1 if text.strip() else 0)


_ALPHABET = st.sampled_from(
    [*"ab AÉ.?!,;:()\n«»“”‘’\"'-01…", "Mr.", "M.", "U.S.", "etc.", "J.-C.", "\u00a0", "..."]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.sampled_from(["en", "fr"]))
def test_spans_are_well_formed_on_any_text(text, lang):
    assert_well_formed(text, _punkt.sentence_spans(text, lang))


@pytest.mark.parametrize(
    ("lang", "entries"),
    [
        (
            "en",
            "mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev sr jr st mt ft "
            "u.s u.k u.n e.u d.c jan feb mar apr jun jul aug sep sept oct nov dec vs etc "
            "e.g i.e inc corp ltd co dept calif mass fla ariz a.m p.m approx",
        ),
        (
            "fr",
            "m mm mme mmes mlle dr pr me mgr st ste p ex etc cf av apr j.-c env al chap "
            "éd hab janv févr avr juil oct nov déc gén col lt cne bd boul adj sq suiv",
        ),
    ],
)
def test_required_abbreviations(lang, entries):
    abbreviations = _punkt.load_parameters(lang).abbrev_types
    assert set(entries.split()) <= abbreviations


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        # Words that end sentences too often (see the files' headers).
        ("en", "no nos est sun sat the he said trump"),
        ("fr", "art vol sept max km le la il afp"),
    ],
)
def test_not_abbreviations(lang, words):
    assert not set(words.split()) & _punkt.load_parameters(lang).abbrev_types


@pytest.mark.parametrize(
    ("lang", "kept_out"),
    [("en", {"will", "may", "love", "trump"}), ("fr", {"le", "de", "du", "j", "d"})],
)
def test_sentence_starters_leave_out_name_words(lang, kept_out):
    params = _punkt.load_parameters(lang)
    assert params.sent_starters
    assert not kept_out & params.sent_starters


def test_collocations_keep_numbered_items_together():
    assert ("no", "##number##") in _punkt.load_parameters("en").collocations
    assert ("art", "##number##") in _punkt.load_parameters("fr").collocations


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    "name", [_punkt.ABBREVIATIONS, _punkt.COLLOCATIONS, _punkt.SENTENCE_STARTERS]
)
def test_resource_files_are_clean(lang, name):
    path = RESOURCES / lang / name
    lines = path.read_text(encoding="utf-8").splitlines()
    header = " ".join(line for line in lines[:30] if line.startswith("#"))
    assert "2026-11-24" in header and "PunktTrainer" in header, "header names its source"
    entries = [re.sub(r"\s+#\s.*$", "", line).strip() for line in lines]
    entries = [entry for entry in entries if entry and not entry.startswith("#")]
    assert entries
    assert len(entries) == len(set(entries)), "no duplicates"
    for entry in entries:
        assert entry == entry.lower(), entry
        if name == _punkt.COLLOCATIONS:
            assert len(entry.split()) == 2, entry
        else:
            assert " " not in entry and not entry.endswith("."), entry


def test_supported_languages_are_the_folders():
    assert _punkt.supported_languages() == ("en", "fr")


@pytest.mark.parametrize("lang", ["de", "EN", "", "../en", "unsupported"])
def test_unknown_language(lang):
    with pytest.raises(LanguageError, match=r"supported: en, fr") as caught:
        _punkt.load_parameters(lang)
    assert isinstance(caught.value, FramingError)
    with pytest.raises(LanguageError):
        _punkt.sentence_spans("Ein Satz. Noch einer.", lang)


def test_loader_and_tokenizer_are_cached():
    params = _punkt.load_parameters("fr")
    assert isinstance(params, PunktParameters)
    assert _punkt.load_parameters("fr") is params
    tokenizer = _punkt.sentence_tokenizer("fr")
    assert isinstance(tokenizer, PunktSentenceTokenizer)
    assert _punkt.sentence_tokenizer("fr") is tokenizer
    assert tokenizer._params is params
    assert _punkt.load_parameters("en") is not params


def test_tokenizer_agrees_with_sentence_spans():
    text = "Sen. Warren spoke. “Why?” she asked. It ended."
    tokenizer = _punkt.sentence_tokenizer("en")
    assert tokenizer.tokenize(text) == sentences(text, "en")
    assert list(tokenizer.span_tokenize(text)) == _punkt.sentence_spans(text, "en")


def test_segment_uses_shipped_parameters():
    doc = segment("M. Dupont a parlé. Il est parti.\n\nLe gén. Lebrun aussi.", "fr")
    assert [s.text for s in doc.sentences] == [
        "M. Dupont a parlé.",
        "Il est parti.",
        "Le gén. Lebrun aussi.",
    ]


@pytest.fixture
def fake_resources(tmp_path, monkeypatch):
    """Point the loader at ``tmp_path`` with empty caches, restored afterwards."""

    def clear():
        _punkt.supported_languages.cache_clear()
        _punkt.load_parameters.cache_clear()
        _punkt.sentence_tokenizer.cache_clear()

    clear()
    monkeypatch.setattr(_punkt, "_folder", lambda: tmp_path)
    yield tmp_path
    monkeypatch.undo()
    clear()


def test_languages_come_from_folders(fake_resources):
    (fake_resources / "xx").mkdir()
    (fake_resources / "xx" / "abbreviations.txt").write_text("# test\nabc.\nU.S\n", "utf-8")
    (fake_resources / "empty").mkdir()  # no abbreviations.txt: not a language
    assert _punkt.supported_languages() == ("xx",)
    params = _punkt.load_parameters("xx")
    assert params.abbrev_types == {"abc", "u.s"}
    assert params.collocations == set() and params.sent_starters == set()


@pytest.mark.parametrize(
    ("name", "content", "line"),
    [
        (_punkt.ABBREVIATIONS, "# ok\nmr\ntwo words\n", 3),
        (_punkt.COLLOCATIONS, "no ##number##\nonly\n", 2),
        (_punkt.SENTENCE_STARTERS, "the\nit's\n", 2),
    ],
)
def test_malformed_file_raises_resource_error(fake_resources, name, content, line):
    folder = fake_resources / "xx"
    folder.mkdir()
    (folder / _punkt.ABBREVIATIONS).write_text("mr\n", "utf-8")
    (folder / name).write_text(content, "utf-8")
    with pytest.raises(ResourceError, match=rf"xx/{name}:{line}:"):
        _punkt.load_parameters("xx")


def test_undecodable_file_raises_resource_error(fake_resources):
    folder = fake_resources / "xx"
    folder.mkdir()
    (folder / _punkt.ABBREVIATIONS).write_bytes(b"caf\xe9\n")
    with pytest.raises(ResourceError, match="cannot be read"):
        _punkt.load_parameters("xx")
