"""analyze(): the record every consumer reads, and the features behind it."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.analysis import SCHEMA_VERSION, analyze
from framing.corpus import read_articles
from framing.extract.records import ATTRIBUTION_FAMILIES, HEDGE_KINDS
from framing.features import describe_features, feature_names


def _spans(record):
    """Every span object of an analysis record."""
    for key in ("hedges", "boosters", "denials"):
        for item in record[key]:
            yield item
            if item.get("denier"):
                yield item["denier"]
    for item in record["attributions"]:
        yield item
        yield item["cue"]
        for key in ("source", "quote", "content"):
            if item.get(key):
                yield item[key]


def test_seed_record_shape_and_offsets(seed_text):
    record = analyze(seed_text).to_dict()
    assert record["schema_version"] == SCHEMA_VERSION
    assert record["status"] == "ok" and record["lang"] == "fr"
    assert len(record["paragraphs"]) == 8
    text = record["text"]
    for span in _spans(record):
        assert text[span["start"] : span["end"]] == span["text"]
    json.dumps(record)
    assert set(record["features"]) == set(feature_names())
    assert {a["family"] for a in record["attributions"]} <= set(ATTRIBUTION_FAMILIES)
    assert {h["kind"] for h in record["hedges"]} <= set(HEDGE_KINDS)


def test_feature_counts_follow_hedge_kinds_and_attribution_families():
    text = (
        "Senators said on Monday that the bill would pass. "
        "If it fails, the mayor believes the city may lose funds."
    )
    analysis = analyze(text, lang="en")
    hedges = [h for h in analysis.hedges if h.voice == "narrative"]
    conditions = [h for h in hedges if h.kind == "condition"]
    assert [h.span.text for h in conditions] == ["If"] and len(hedges) == 3
    words = analysis.word_counts["narrative"]
    features = analysis.features
    assert features["hedges_narrative_per_100w"] == pytest.approx(
        100 * (len(hedges) - len(conditions)) / words
    )
    assert features["conditions_narrative_per_100w"] == pytest.approx(100 * len(conditions) / words)
    speech = [a for a in analysis.attributions if a.family == "speech"]
    assert [a.family for a in analysis.attributions] == ["speech", "belief"]
    assert features["attributions_per_100w"] == pytest.approx(
        100 * len(speech) / analysis.word_counts["all"]
    )
    assert features["stance_attributions_per_100w"] == pytest.approx(
        100 * (len(analysis.attributions) - len(speech)) / analysis.word_counts["all"]
    )


def test_a_quotation_that_goes_on_is_one_statement():
    text = (
        "The harbour will close on Friday.\n\n"
        "“We have no choice,” the mayor said. “The storm is too strong.”"
    )
    a = analyze(text, lang="en")
    assert [x.cue.text for x in a.attributions] == ["said", "said"]
    assert [x.quote.text for x in a.attributions] == [
        "We have no choice",
        "The storm is too strong.",
    ]
    assert [x.cue.text for x in a.statements] == ["said"]
    # Both quoted sentences have their speaker; the rate counts one statement.
    assert len([c for c in a.claims if c.source_kind == "official_unnamed"]) == 2
    assert a.features["attributions_per_100w"] == pytest.approx(100 / a.word_counts["all"])


def test_seed_claim_ledger_links_the_relayed_claim_to_its_denials(seed_text):
    analysis = analyze(seed_text)
    claim = next(c for c in analysis.claims if "avions russes étaient arrivés" in c.span.text)
    assert claim.source_kind == "media_relay"
    assert claim.chain == ("media_relay", "anonymous")
    assert len(claim.denied_by) == 2
    assert analysis.features["denial_present"] == 1.0
    assert 0.5 < analysis.features["first_denial_position"] < 1.0
    assert analysis.features["denial_in_lede"] == 0.0


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Das Ministerium erklärte am Montag, der Bericht sei falsch.", "unsupported_language"),
        ("", "empty"),
        ("42", "empty"),
    ],
)
def test_unsupported_or_empty_text_gives_a_status_not_an_exception(text, status):
    analysis = analyze(text)
    record = analysis.to_dict()
    assert record["status"] == status
    assert record["hedges"] == record["attributions"] == record["denials"] == []
    assert all(value == 0.0 for value in record["features"].values())


def test_every_feature_is_described():
    descriptions = describe_features()
    assert list(descriptions) == list(feature_names())
    assert all(d.strip().endswith(".") or d.strip().endswith(")") for d in descriptions.values())


def test_sample_corpus_features_are_finite(sample_path):
    for article in read_articles(sample_path):
        analysis = analyze(article)
        assert analysis.status == "ok"
        for name, value in analysis.features.items():
            assert value == value and abs(value) != float("inf"), name


_WORDS = st.sampled_from(
    [
        "said",
        "a déclaré",
        "selon",
        "denied",
        "a démenti",
        "reportedly",
        "aurait été",
        "the Kremlin",
        "M. Dupont",
        "« ",
        " »",
        '"',
        "“",
        "”",
        ". ",
        ", ",
        "\n\n",
        "could",
        "sources",
        "who asked not to be named",
        "pourrait",
        "infondé",
        "Mark Toner",
        " ",
    ]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=40).map(" ".join)),
    st.sampled_from(["en", "fr", None]),
)
def test_analyze_never_raises_and_spans_match(text, lang):
    record = analyze(text, lang=lang).to_dict()
    for span in _spans(record):
        assert record["text"][span["start"] : span["end"]] == span["text"]
