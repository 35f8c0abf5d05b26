"""Span matching and the sample-gold evaluation."""

from __future__ import annotations

import json

import pytest

from framing.errors import InputError
from framing.evaluation import Counts, format_report, match_spans
from framing.evaluation.gold import evaluate_gold


@pytest.mark.parametrize(
    ("gold", "pred", "overlap", "expected"),
    [
        ([(0, 10)], [(0, 10)], None, (1, 0, 0)),
        ([(0, 10)], [(0, 9)], None, (0, 1, 1)),
        ([(0, 10)], [(0, 3)], 0.3, (1, 0, 0)),
        ([(0, 10)], [(0, 2)], 0.3, (0, 1, 1)),
        ([(0, 10)], [(0, 7)], 0.8, (0, 1, 1)),
        ([(0, 10)], [(5, 20)], 0.3, (1, 0, 0)),
        # One prediction can match only one gold span.
        ([(0, 10), (2, 8)], [(0, 10)], 0.3, (1, 0, 1)),
        ([], [(0, 1)], None, (0, 1, 0)),
        ([(0, 1)], [], None, (0, 0, 1)),
    ],
)
def test_match_spans(gold, pred, overlap, expected):
    counts, _ = match_spans(gold, pred, min_overlap=overlap)
    assert (counts.tp, counts.fp, counts.fn) == expected


def test_match_spans_with_a_condition():
    counts, _ = match_spans([(0, 5)], [(0, 5)], same=lambda i, j: False)
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)


def test_counts_scores():
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == 0.75 and counts.recall == 0.6
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0


def test_sample_gold_evaluation_runs(sample_path):
    report = evaluate_gold(sample_path.with_name("gold.jsonl"))
    assert report.articles == {"en": 8, "fr": 8}
    table = format_report(report)
    for span_type in ("hedge", "attribution.source", "denial"):
        assert span_type in table
    hedges = report.counts[("hedge", "all", 0.3)]
    assert hedges.tp > 0 and hedges.tp + hedges.fn == 96


def test_missing_gold_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such gold file"):
        evaluate_gold(tmp_path / "gold.jsonl")
    (tmp_path / "gold.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(InputError, match="articles for the gold not found"):
        evaluate_gold(tmp_path / "gold.jsonl")


def test_a_resumed_quote_counts_its_cue_and_source_once(tmp_path):
    text = '"We will stay," she said. "We have no choice."'
    (tmp_path / "articles.jsonl").write_text(
        json.dumps({"id": "a", "text": text, "lang": "en"}) + "\n", encoding="utf-8"
    )

    def span(piece: str, start: int = 0) -> dict:
        at = text.index(piece, start)
        return {"start": at, "end": at + len(piece), "text": piece}

    gold = {
        "id": "a",
        "attributions": [
            {
                "cue": span("said"),
                "source": {**span("she"), "kind": "unattributed"},
                "chain": [],
                "quote": span("We will stay"),
                "quote_continued": [span("We have no choice.")],
            }
        ],
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    report = evaluate_gold(tmp_path / "gold.jsonl")
    for row, expected in (("attribution.cue", 1), ("attribution.source", 1)):
        counts = report.counts[(row, "all", 0.3)]
        assert (counts.tp, counts.fp, counts.fn) == (expected, 0, 0), row
    quotes = report.counts[("attribution.quote", "all", 0.3)]
    assert quotes.tp + quotes.fn == 2 and quotes.fp == 0
