"""Tests of framing.extract.source_model: the shipped learned source finder and its use."""

from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.errors import LanguageError
from framing.extract.cue_model import DEFAULT_POLICY, extract_attributions_learned
from framing.extract.source_model import (
    SOURCE_SPEC_VERSION,
    SourceReader,
    find_source,
    load_source_model,
    source_model_languages,
)
from framing.extract.sources import extract_attributions
from framing.spans import make_span
from framing.text import segment


def _source_of(text: str, cue: str) -> str | None:
    doc = segment(text, "en")
    start = doc.text.index(cue)
    found = find_source(doc, make_span(doc.text, start, start + len(cue)))
    return found[0].text if found else None


# (sentence, cue, the source the model must read for it)
EN_SOURCES = [
    ("The mayor insisted that taxes would fall.", "insisted", "The mayor"),
    ("Taxes will fall next year, the mayor insisted.", "insisted", "the mayor"),
    ("According to the treasury, taxes will fall.", "According to", "the treasury"),
    ("Local farmers fear that the drought will last.", "fear", "Local farmers"),
    ("She doubts the figures are right.", "doubts", "She"),
    ("The new survey shows that voters are split.", "shows", "The new survey"),
    ('"We will not move," said Tomas Varga, who leads the union.', "said", "Tomas Varga"),
]

# (sentence, cue): the cue has no source the model should name
EN_NO_SOURCE = [
    ("It is widely expected that taxes will fall.", "expected"),
]


@pytest.mark.parametrize(("text", "cue", "source"), EN_SOURCES)
def test_reads_the_source_of_a_cue(text, cue, source):
    assert _source_of(text, cue) == source


@pytest.mark.parametrize(("text", "cue"), EN_NO_SOURCE)
def test_names_no_source_where_there_is_none(text, cue):
    assert _source_of(text, cue) is None


def test_shipped_model_file():
    folder = resources.files("framing").joinpath("resources", "cue_model")
    with folder.joinpath("en.source.json.gz").open("rb") as raw, gzip.open(raw, "rt") as stream:
        data = json.load(stream)
    assert data["spec_version"] == SOURCE_SPEC_VERSION
    assert 0.0 < data["extend"] <= data["threshold"] < 1.0
    assert set(data["policy"]) <= set(DEFAULT_POLICY)
    assert "train" in data["provenance"]["trained_on"]
    model = load_source_model("en")
    assert model is load_source_model("en")
    assert len(model.weights) == len(data["weights"])
    assert source_model_languages() == ("en",)


def test_features_are_words_or_word_pairs():
    # A feature names at most two words: no longer piece of text is stored.
    for name in load_source_model("en").weights:
        _, _, value = name.partition("=")
        assert value.count("|") <= 2, name
        assert " " not in value, name


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_no_model_is_a_language_error(lang):
    with pytest.raises(LanguageError, match="no source model"):
        load_source_model(lang)


def test_french_falls_back_to_rules():
    doc = segment("« Nous sommes prêts », a déclaré le ministre.", "fr")
    start = doc.text.index("déclaré")
    assert find_source(doc, make_span(doc.text, start, start + 7)) is None
    assert extract_attributions_learned(doc) == extract_attributions(doc)


@pytest.mark.parametrize(
    "text",
    ["", "said", "He said.", ", said ,", '" said "', "The mayor said: yes; no."],
)
def test_edge_cases(text):
    doc = segment(text, "en")
    reader = SourceReader(doc)
    for token in doc.tokens:
        found = find_source(doc, token, reader=reader)
        if found is not None:
            span, score = found
            assert doc.text[span.start : span.end] == span.text
            assert not (span.start < token.end and token.start < span.end)
            assert 0.0 <= score <= 1.0


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text):
    doc = segment(text, "en")
    reader = SourceReader(doc)
    for token in doc.tokens[:20]:
        found = find_source(doc, token, reader=reader)
        if found is not None:
            assert doc.text[found[0].start : found[0].end] == found[0].text
    for attribution in extract_attributions_learned(doc):
        for span in (attribution.span, attribution.cue, attribution.content):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text
        if attribution.source is not None:
            source = attribution.source.span
            assert doc.text[source.start : source.end] == source.text


# (text, (cue, source) pairs the learned combination must give)
EN_LEARNED = [
    ("The mayor said the bridge would reopen.", [("said", "The mayor")]),
    ("The bridge reopened on Monday after a long repair.", []),
    (
        "Environmental groups fear the new dam will flood the valley.",
        [("fear", "Environmental groups")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN_LEARNED)
def test_learned_combination(text, expected):
    found = [
        (a.cue.text, a.source.span.text if a.source else None)
        for a in extract_attributions_learned(segment(text, "en"))
    ]
    assert found == expected


def test_learned_kinds_come_from_the_rules_classifier():
    doc = segment("Two senior officials fear the talks will collapse.", "en")
    kinds = [a.source.kind for a in extract_attributions_learned(doc) if a.source]
    assert kinds and all(k in {"anonymous", "official_unnamed"} for k in kinds)


def test_fast_scoring_matches_the_feature_definition():
    doc = segment(
        'Officials, aides said, told us on Friday that the deal was off. "It is over," one '
        "aide told reporters, according to two people.",
        "en",
    )
    model = load_source_model("en")
    reader = SourceReader(doc)
    for cue in ("told us", "said", "according to", "aide"):
        start = doc.text.index(cue)
        first, last = reader.cue_tokens(make_span(doc.text, start, start + len(cue)))
        window = reader.window(first, last)
        slow = model.probabilities(reader.features(first, last, window))
        fast = reader.probabilities(model, first, last, window)
        assert fast == pytest.approx(slow, abs=1e-9)
