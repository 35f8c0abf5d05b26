"""Tests of framing.extract.cue_model: the shipped learned cue model and its use."""

from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.errors import LanguageError
from framing.extract import cue_model
from framing.extract._linear import logistic
from framing.extract.cue_model import (
    FEATURE_SPEC_VERSION,
    cue_family,
    cue_scores,
    extract_attributions_learned,
    load_cue_model,
    predict_cues,
    stack_features,
    token_features,
)
from framing.extract.sources import extract_attributions
from framing.text import segment


def _cues(text: str) -> list[str]:
    return [s.text for s in predict_cues(segment(text, "en"))]


# (sentence, a cue the model must find (its span must hold this word))
EN_FOUND = [
    ("The mayor said the bridge would reopen on Monday.", "said"),
    ("The bridge will reopen on Monday, the mayor said.", "said"),
    ('"We are ready," said Janet Hollis, a spokeswoman for the agency.', "said"),
    ("According to the Pentagon, the drills ended on Sunday.", "According"),
    ("The drills ended on Sunday, according to two people familiar with the plan.", "according"),
    ("The senator told reporters that the vote would be close.", "told"),
    ("Union leaders believe the strike will last another week.", "believe"),
]

# (sentence, words the model must not mark as a cue)
EN_NOT_FOUND = [
    ("The bridge reopened on Monday after a long repair.", {"bridge", "repair", "Monday"}),
    ("Apples and pears were sold at the market.", {"Apples", "pears", "market"}),
    ("The committee met in a small room near the river.", {"committee", "room", "river"}),
    ("Heavy rain fell across the valley overnight.", {"rain", "valley"}),
]


@pytest.mark.parametrize(("text", "word"), EN_FOUND)
def test_finds_reporting_cues(text, word):
    assert any(word in cue.split() for cue in _cues(text)), _cues(text)


@pytest.mark.parametrize(("text", "words"), EN_NOT_FOUND)
def test_leaves_plain_nouns_alone(text, words):
    marked = {w for cue in _cues(text) for w in cue.split()}
    assert not marked & words


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Title only",
        '"An unclosed quote, she said.',
        "The spokesman said: the plan, he added, would change.",
        "Ein Satz auf Deutsch, sagte er.",
        "\u2015 Ana Ruiz\n\u201cWe will win,\u201d she said.",
    ],
)
def test_spans_point_into_the_text(text):
    doc = segment(text, "en")
    for span, score in cue_scores(doc):
        assert doc.text[span.start : span.end] == span.text
        assert 0.0 <= score <= 1.0
    for span in predict_cues(doc):
        assert doc.text[span.start : span.end] == span.text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text):
    doc = segment(text, "en")
    for span in predict_cues(doc):
        assert doc.text[span.start : span.end] == span.text
    for attribution in extract_attributions_learned(doc):
        assert doc.text[attribution.cue.start : attribution.cue.end] == attribution.cue.text


def test_threshold_filters_candidates():
    doc = segment("The minister said the plan would fail, aides added.", "en")
    everything = predict_cues(doc, threshold=0.0)
    default = predict_cues(doc)
    nothing = predict_cues(doc, threshold=1.01)
    assert set(default) <= set(everything)
    assert nothing == []


def test_fast_scoring_matches_the_feature_definition():
    doc = segment(
        'Officials said on Friday that the deal was off. "It is over," one aide told us.', "en"
    )
    model = load_cue_model("en")
    tokens, features = token_features(doc)
    fast = model.first_pass(doc)
    slow = model.token_probabilities(features)
    assert len(tokens) == len(fast) == len(slow)
    for token, quick, reference in zip(tokens, fast, slow, strict=True):
        if token.text in {",", '"'}:
            # Punctuation no cue runs across is not scored by the fast path.
            assert quick is None
        else:
            assert logistic(quick) == pytest.approx(reference, abs=1e-9)


def test_second_pass_rescores_the_first():
    doc = segment("Officials said on Friday that the deal was off, one aide told us.", "en")
    model = load_cue_model("en")
    assert model.stack, "the shipped model has a second pass"
    rules = extract_attributions(doc)
    tokens, probs = model.score_document(doc, rules)
    assert model.score_document(doc) == (tokens, probs)
    scores = model.first_pass(doc)
    for z, feats, p in zip(scores, stack_features(doc, scores, rules), probs, strict=True):
        if z is None:
            assert p == 0.0 and feats == []
            continue
        z2 = model.stack_intercept + model.stack_logit * z
        z2 += sum(model.stack.get(f, 0.0) for f in feats)
        assert p == pytest.approx(logistic(z2), abs=1e-9)


def test_stack_features_read_neighbours_and_rule_attributions():
    doc = segment("The mayor said that taxes would rise.", "en")
    rules = extract_attributions(doc)
    words = [t.text for t in doc.tokens]
    said = words.index("said")
    # A sure first pass on "said" alone.
    scores = [4.0 if i == said else -4.0 for i in range(len(words))]
    feats = stack_features(doc, scores, rules)
    assert "r=c" in feats[said] and "p=11" in feats[said]
    assert "p-1=11" in feats[said + 1] and "r-1=c" in feats[said + 1]
    assert "r=s" in feats[words.index("mayor")]
    assert "pm=11" in feats[0] and "p-1=<>" in feats[0]
    scores[said] = None
    assert stack_features(doc, scores, rules)[said] == []


def test_runs_start_at_a_confident_token():
    doc = segment("Residents complained about the noise.", "en")
    assert [t.text for t in doc.tokens][:3] == ["Residents", "complained", "about"]
    probs = [0.15, 0.9, 0.12, 0.05, 0.3, 0.0]
    runs = cue_model._runs(doc, doc.tokens, probs, 0.1)
    assert [(span.text, score) for span, score in runs] == [
        ("complained about", 0.9),
        ("noise", 0.3),
    ]


# (sentence, token, feature, whether the token has it)
EN_FEATURES = [
    ("Critics strongly believe the plan failed.", "Critics", "xc:nc=believe", True),
    ("Critics believe the plan failed.", "Critics", "xc:nc=believe", True),
    ("Critics of the plan failed.", "Critics", "xc:nc=believe", False),
    ("The mayor said that taxes would rise.", "said", "xb:rt|w=that|said", True),
    ("The mayor said taxes would rise.", "said", "xb:rt|w=that|said", False),
    ('The mayor said "taxes will rise" today.', "mayor", "xq:q=01", True),
    ("The mayor said taxes will rise today.", "mayor", "xq:q=01", False),
    ("Hollis: the taxes will rise.", ":", "xf:col=:|1|1", True),
    ("the taxes: they will rise.", ":", "xf:col=:|2|1", False),
    ("The agency reckons taxes will rise.", "reckons", "xs:sh-1|s2=x|ns", True),
]


@pytest.mark.parametrize(("text", "word", "feature", "present"), EN_FEATURES)
def test_context_features(text, word, feature, present):
    tokens, features = token_features(segment(text, "en"))
    index = next(i for i, t in enumerate(tokens) if t.text == word)
    assert (feature in features[index]) is present, features[index]


def test_features_are_words_or_word_pairs():
    # A feature names at most two words: no longer piece of text is stored.
    model = load_cue_model("en")
    for name in model.weights:
        _, _, value = name.partition("=")
        assert value.count("|") <= 2, name
        assert " " not in value, name


def test_shipped_model_file():
    folder = resources.files("framing").joinpath("resources", "cue_model")
    with folder.joinpath("en.json.gz").open("rb") as raw, gzip.open(raw, "rt") as stream:
        data = json.load(stream)
    assert data["spec_version"] == FEATURE_SPEC_VERSION
    assert data["lang"] == "en"
    assert 0.0 < data["extend"] <= data["threshold"] <= data["attribution_threshold"] < 1.0
    assert "train" in data["provenance"]["trained_on"]
    model = load_cue_model("en")
    assert model is load_cue_model("en")
    assert len(model.weights) == len(data["weights"])
    assert len(model.stack) == len(data["stack"]["weights"])
    assert cue_model.model_languages() == ("en",)


@pytest.mark.parametrize("lang", ["fr", "de", "xx"])
def test_no_model_is_a_language_error(lang):
    with pytest.raises(LanguageError, match="no cue model"):
        load_cue_model(lang)


def test_french_document_raises_but_learned_extraction_falls_back_to_rules():
    doc = segment("« Nous sommes prêts », a déclaré le ministre.", "fr")
    with pytest.raises(LanguageError):
        predict_cues(doc)
    with pytest.raises(LanguageError):
        cue_scores(doc)
    assert extract_attributions_learned(doc) == extract_attributions(doc)


@pytest.mark.parametrize(
    ("cue", "family"),
    [("said", "speech"), ("has also said", "speech"), ("believes", "belief"), (":", "speech")],
)
def test_cue_family(cue, family):
    assert cue_family("en", cue) == family


EN_LEARNED = [
    # The rules' own finds are kept.
    ("The mayor said the bridge would reopen.", [("said", "The mayor")]),
    # Nothing to attribute.
    ("The bridge reopened on Monday after a long repair.", []),
]


@pytest.mark.parametrize(("text", "expected"), EN_LEARNED)
def test_extract_attributions_learned(text, expected):
    doc = segment(text, "en")
    found = [
        (a.cue.text, a.source.span.text if a.source else None)
        for a in extract_attributions_learned(doc)
    ]
    assert found == expected


def test_learned_extraction_keeps_every_rule_cue():
    doc = segment(
        "The mayor said the bridge would reopen. Critics believe the repair was rushed, "
        "and a poll shows most residents agree.",
        "en",
    )
    rules = extract_attributions(doc)
    learned = extract_attributions_learned(doc)
    # Every rule cue is kept (the learned source finder may give it another source).
    assert {a.cue for a in rules} <= {a.cue for a in learned}
    assert len(learned) >= len(rules)
    cues = [(a.cue.start, a.cue.end) for a in learned]
    assert cues == sorted(cues)


@pytest.mark.parametrize("name", ["en.json.gz", "en.source.json.gz"])
def test_shipped_models_were_trained_with_this_lexicon(name):
    import gzip
    import json
    from importlib import resources

    from framing.extract.cue_model import lexicon_digest

    path = resources.files("framing").joinpath("resources", "cue_model", name)
    with path.open("rb") as raw, gzip.open(raw, "rt") as stream:
        provenance = json.load(stream)["provenance"]
    assert provenance["lexicon_sha1"] == lexicon_digest("en"), (
        f"{name} was trained with another English lexicon; retrain it: make models"
    )
