"""Evaluation against gold in the project's own format (corpora/sample/gold.jsonl).

Gold offsets point into each record's ``text`` field (or ``title`` for
spans marked ``"field": "title"``); system offsets point into the cleaned
text, and are mapped back through the cleaning offset map before matching.

A span counts once on each side: two attributions that share a cue or a
source (a quote resumed after its said-clause is a second attribution with
the same cue and source; the gold lists the resumed parts as
``quote_continued`` of the first) are one cue and one source; every quoted
part, ``quote`` and ``quote_continued``, is a gold quote.

The sample gold annotates hedges in the narrow sense (doubt about a claim);
hypothetical framings, hedges of kind ``condition`` ("if", "whether"), are
not annotated there and are left out of the ``hedge`` rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from framing.errors import InputError
from framing.evaluation import THRESHOLDS, Counts, Report, match_spans
from framing.extract.records import NOT_HEDGING_KINDS

__all__ = ["evaluate_gold"]


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"{path}:{number}: not valid JSON ({error.msg})") from None


def _body_offsets(analysis, article) -> Any:
    """A function mapping a span of the analysed text to ``(field, start, end)``.

    Gold offsets point into the record's ``text`` (or ``title``); system
    offsets point into the cleaned text, which starts with the title.
    """
    cleaned = analysis.prepared.cleaned
    prefix = len(cleaned.original) - len(article.text)
    title_length = len(article.title or "")

    def convert(start: int, end: int) -> tuple[str, int, int]:
        s, e = cleaned.offsets.span_to_original(start, end)
        if prefix > 0 and s < title_length:
            return "title", s, min(e, title_length)
        return "text", s - max(prefix, 0), e - max(prefix, 0)

    return convert


def _gold_spans(items: Iterable[dict[str, Any]], key: str | None = None) -> list[tuple]:
    spans = []
    for item in items:
        span = item if key is None else item.get(key)
        for one in span if isinstance(span, list) else [span] if span else []:
            spans.append((one.get("field", "text"), one["start"], one["end"], one))
    return spans


def _distinct(spans: list[tuple], same_kind: bool) -> list[tuple]:
    """Each span once (with its kind, when kinds are compared)."""
    seen: dict[tuple, tuple] = {}
    for span in spans:
        key = (*span[:3], span[3].get("kind")) if same_kind else span[:3]
        seen.setdefault(key, span)
    return list(seen.values())


def _compare(report, span_type, lang, gold, predicted, same_kind: bool = False) -> None:
    gold, predicted = _distinct(gold, same_kind), _distinct(predicted, same_kind)
    for threshold in THRESHOLDS:
        total = Counts()
        for field_name in ("text", "title"):
            g = [x for x in gold if x[0] == field_name]
            p = [x for x in predicted if x[0] == field_name]

            def same(i, j, g=g, p=p):
                return g[i][3].get("kind") == p[j][3].get("kind")

            counts, _ = match_spans(
                [(x[1], x[2]) for x in g],
                [(x[1], x[2]) for x in p],
                min_overlap=threshold,
                same=same if same_kind else None,
            )
            total.add(counts)
        report.add(span_type, lang, threshold, total)


def evaluate_gold(
    gold_path: str | Path, articles_path: str | Path | None = None, *, learned: bool = False
) -> Report:
    """Score the extractors against a gold file in the sample-corpus format.

    Parameters
    ----------
    gold_path : path
        ``gold.jsonl``: one line per article (schema in corpora/sample/README.md).
    articles_path : path, optional
        The articles the gold annotates; default ``articles.jsonl`` beside it.
    learned : bool, default False
        Analyse with the learned cue model as well (``analyze(learned=True)``).
    """
    from framing.analysis import analyze
    from framing.corpus import read_articles

    gold_path = Path(gold_path)
    if not gold_path.is_file():
        raise InputError(f"{gold_path}: no such gold file")
    articles_path = Path(articles_path) if articles_path else gold_path.with_name("articles.jsonl")
    if not articles_path.is_file():
        raise InputError(
            f"{articles_path}: articles for the gold not found; pass them with --articles"
        )
    articles = {a.id: a for a in read_articles(articles_path)}
    report = Report()
    for number, gold in _read_jsonl(gold_path):
        article = articles.get(gold.get("id"))
        if article is None:
            raise InputError(f"{gold_path}:{number}: no article with id {gold.get('id')!r}")
        analysis = analyze(article, learned=learned)
        lang = analysis.lang
        report.articles[lang] += 1
        convert = _body_offsets(analysis, article)

        def pred(span, extra=None, convert=convert):
            field_name, s, e = convert(span.start, span.end)
            return (field_name, s, e, extra or {})

        hedges = [h for h in analysis.hedges if h.kind not in NOT_HEDGING_KINDS]
        _compare(
            report,
            "hedge",
            lang,
            _gold_spans(gold.get("hedges", [])),
            [pred(h.span) for h in hedges],
        )
        _compare(
            report,
            "hedge+kind",
            lang,
            _gold_spans(gold.get("hedges", [])),
            [pred(h.span, {"kind": h.kind}) for h in hedges],
            same_kind=True,
        )
        _compare(
            report,
            "booster",
            lang,
            _gold_spans(gold.get("boosters", [])),
            [pred(b.span) for b in analysis.boosters],
        )
        attributions = gold.get("attributions", [])
        _compare(
            report,
            "attribution.cue",
            lang,
            _gold_spans(attributions, "cue"),
            [pred(a.cue) for a in analysis.attributions],
        )
        _compare(
            report,
            "attribution.source",
            lang,
            _gold_spans(attributions, "source"),
            [pred(a.source.span) for a in analysis.attributions if a.source],
        )
        _compare(
            report,
            "attribution.source+kind",
            lang,
            _gold_spans(attributions, "source"),
            [
                pred(a.source.span, {"kind": a.source.kind})
                for a in analysis.attributions
                if a.source
            ],
            same_kind=True,
        )
        _compare(
            report,
            "attribution.quote",
            lang,
            _gold_spans(attributions, "quote") + _gold_spans(attributions, "quote_continued"),
            [pred(a.quote) for a in analysis.attributions if a.quote],
        )
        denials = gold.get("denials", [])
        _compare(
            report, "denial", lang, _gold_spans(denials), [pred(d.span) for d in analysis.denials]
        )
        _compare(
            report,
            "denial.denier",
            lang,
            _gold_spans(denials, "denier"),
            [pred(d.denier.span) for d in analysis.denials if d.denier],
        )
    return report
