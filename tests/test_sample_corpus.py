"""The bundled sample corpus is well formed and its gold offsets are right.

Reads ``corpora/sample/articles.jsonl`` and ``corpora/sample/gold.jsonl``
with the json module only; the schema is in ``corpora/sample/README.md``.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "sample"

ARTICLE_FIELDS = ("id", "outlet", "date", "title", "lang", "url", "text", "slant", "topic")
SLANTS = {"critical", "supportive", "neutral"}
HEDGE_KINDS = {
    "modal",
    "epistemic_verb",
    "epistemic_adverb",
    "reported",
    "conditional",
    "approximator",
    "negated_certainty",
}
VOICES = {"narrative", "quoted"}
SOURCE_KINDS = {"named_person", "named_org", "official_unnamed", "anonymous", "media_relay"}
DISTRACTOR_REASONS = {
    "politeness_conditional",
    "future_in_the_past",
    "hypothetical",
    "counterfactual",
    "root_modal",
    "rait_noun",
    "scare_quote",
    "denial_noun",
    "neither_confirm_nor_deny",
}
GOLD_KEYS = ("hedges", "boosters", "attributions", "denials")


def _read(name: str) -> list[dict]:
    lines = (SAMPLE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ARTICLES = _read("articles.jsonl")
GOLD = _read("gold.jsonl")
BY_ID = {article["id"]: article for article in ARTICLES}


def _spans(obj, path=""):
    """Every ``{start, end, text}`` object inside a gold record, with its path."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield path, obj
        for key, value in obj.items():
            yield from _spans(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from _spans(value, f"{path}[{i}]")


# ----------------------------------------------------------------- articles


def test_sixteen_articles_with_unique_ids():
    ids = [article["id"] for article in ARTICLES]
    assert len(ids) == 16
    assert len(set(ids)) == 16


def test_eight_english_and_eight_french():
    assert Counter(article["lang"] for article in ARTICLES) == {"en": 8, "fr": 8}
    for article in ARTICLES:
        assert article["id"].startswith(article["lang"] + "-")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_article_fields(article):
    for name in ARTICLE_FIELDS:
        assert isinstance(article.get(name), str), name
        assert article[name].strip(), name
    assert article["slant"] in SLANTS
    date.fromisoformat(article["date"])
    url = urlparse(article["url"])
    assert url.scheme == "https"
    assert url.hostname in {"example.org", "example.com"} or url.hostname.endswith(
        (".example.org", ".example.com")
    )


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_body_paragraphs(article):
    text = article["text"]
    assert text == text.strip()
    paragraphs = text.split("\n\n")
    assert 4 <= len(paragraphs) <= 10
    for paragraph in paragraphs:
        assert paragraph.strip() == paragraph and paragraph
        assert "\n" not in paragraph
    assert not text.startswith(article["title"]), "the title must not open the body"
    assert 150 <= len(text.split()) <= 450


def test_urls_and_titles_are_unique():
    assert len({a["url"] for a in ARTICLES}) == len(ARTICLES)
    assert len({a["title"] for a in ARTICLES}) == len(ARTICLES)


# ----------------------------------------------------------------- gold


def test_gold_covers_every_article_once():
    ids = [gold["id"] for gold in GOLD]
    assert len(ids) == len(set(ids))
    assert set(ids) <= set(BY_ID), set(ids) - set(BY_ID)
    assert set(ids) == set(BY_ID)


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_gold_offsets(gold):
    article = BY_ID[gold["id"]]
    spans = list(_spans({key: gold[key] for key in gold if key != "id"}))
    assert spans
    for path, span in spans:
        field = span.get("field", "text")
        assert field in {"text", "title"}, path
        target = article[field]
        assert 0 <= span["start"] < span["end"] <= len(target), path
        assert target[span["start"] : span["end"]] == span["text"], path


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_gold_labels(gold):
    for key in GOLD_KEYS:
        assert isinstance(gold[key], list), key
    for hedge in gold["hedges"]:
        assert hedge["kind"] in HEDGE_KINDS
        assert hedge["voice"] in VOICES
    for booster in gold["boosters"]:
        assert booster["voice"] in VOICES
    for attribution in gold["attributions"]:
        assert {"start", "end", "text"} <= attribution["cue"].keys()
        source = attribution["source"]
        assert source["kind"] in SOURCE_KINDS
        assert attribution["chain"], "chain lists at least the source kind"
        assert all(kind in SOURCE_KINDS for kind in attribution["chain"])
        assert attribution["chain"][0] == source["kind"]
        quote = attribution["quote"]
        assert quote is None or quote.get("field", "text") == "text"
    n_paragraphs = len(BY_ID[gold["id"]]["text"].split("\n\n"))
    for denial in gold["denials"]:
        denier = denial["denier"]
        assert denier is None or denier["kind"] in SOURCE_KINDS
        answers = denial["answers"]
        assert answers is None or 0 <= answers["paragraph"] < n_paragraphs
    for distractor in gold.get("distractors", []):
        assert distractor["reason"] in DISTRACTOR_REASONS


def test_corpus_exercises_the_required_cases():
    denials = {gold["id"]: gold["denials"] for gold in GOLD}
    assert sum(1 for d in denials.values() if not d) >= 2, "articles without a denial"
    assert any(x["denier"] is None for d in denials.values() for x in d)
    assert any(x.get("field") == "title" for d in denials.values() for x in d)
    chains = [a["chain"] for gold in GOLD for a in gold["attributions"]]
    assert ["media_relay", "anonymous"] in chains
    assert any(len(chain) >= 3 for chain in chains)
    voices = {(g["id"][:2], h["voice"]) for g in GOLD for h in g["hedges"]}
    assert voices == {(lang, v) for lang in ("en", "fr") for v in VOICES}
    kinds = {(g["id"][:2], h["kind"]) for g in GOLD for h in g["hedges"]}
    assert {k for lang, k in kinds if lang == "en"} >= HEDGE_KINDS - {"conditional"}
    assert {k for lang, k in kinds if lang == "fr"} >= HEDGE_KINDS - {"modal"}
