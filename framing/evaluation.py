"""Span-level evaluation: precision, recall and F1 against gold annotations.

Spans match one-to-one, greedily in text order. With ``min_overlap=None`` a
match must be exact; with a number, the predicted span must cover at least
that share of the gold span (the convention of quote-attribution
evaluations, which report 0.3 and 0.8).

``evaluate_gold`` scores the sample corpus gold (``corpora/sample/gold.jsonl``
next to ``articles.jsonl``); the public-dataset evaluators build on the same
matching.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.errors import InputError

__all__ = [
    "Counts",
    "GoldReport",
    "evaluate_gold",
    "format_report",
    "match_spans",
]

Offsets = tuple[int, int]
THRESHOLDS: tuple[float | None, ...] = (None, 0.3, 0.8)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def _covers(gold: Offsets, pred: Offsets, min_overlap: float | None) -> bool:
    if min_overlap is None:
        return gold == pred
    overlap = min(gold[1], pred[1]) - max(gold[0], pred[0])
    if overlap <= 0:
        return False
    return overlap >= min_overlap * max(1, gold[1] - gold[0])


def match_spans(
    gold: Sequence[Offsets],
    predicted: Sequence[Offsets],
    *,
    min_overlap: float | None = None,
    same: Any = None,
) -> tuple[Counts, list[tuple[int, int]]]:
    """Match predicted spans to gold spans one-to-one.

    ``same(i, j)``, when given, must also hold for gold ``i`` and prediction
    ``j`` to match (say, equal kinds). Returns the counts and the list of
    matched ``(gold_index, predicted_index)`` pairs.

    Examples
    --------
    >>> counts, pairs = match_spans([(0, 10)], [(2, 6)], min_overlap=0.3)
    >>> counts.tp, counts.fp, counts.fn
    (1, 0, 0)
    """
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        best = None
        best_overlap = 0
        for j, p in enumerate(predicted):
            if j in used or not _covers(g, p, min_overlap):
                continue
            if same is not None and not same(i, j):
                continue
            overlap = min(g[1], p[1]) - max(g[0], p[0])
            if best is None or overlap > best_overlap:
                best, best_overlap = j, overlap
        if best is not None:
            used.add(best)
            pairs.append((i, best))
    counts = Counts(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs))
    return counts, pairs


@dataclass
class GoldReport:
    """Counts per ``(span_type, language, threshold)``; ``articles`` per language."""

    counts: dict[tuple[str, str, float | None], Counts] = field(
        default_factory=lambda: defaultdict(Counts)
    )
    articles: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, span_type: str, lang: str, threshold: float | None, counts: Counts) -> None:
        for key_lang in (lang, "all"):
            self.counts[(span_type, key_lang, threshold)].add(counts)

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for (span_type, lang, threshold), counts in sorted(
            self.counts.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] or 0)
        ):
            rows.append(
                {
                    "type": span_type,
                    "lang": lang,
                    "match": "exact" if threshold is None else f"overlap>={threshold}",
                    **counts.to_dict(),
                }
            )
        return {"articles": dict(self.articles), "rows": rows}


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
        if span:
            spans.append((span.get("field", "text"), span["start"], span["end"], span))
    return spans


def _compare(report, span_type, lang, gold, predicted, same_kind: bool = False) -> None:
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


def evaluate_gold(gold_path: str | Path, articles_path: str | Path | None = None) -> GoldReport:
    """Score the extractors against a gold file in the sample-corpus format.

    Parameters
    ----------
    gold_path : path
        ``gold.jsonl``: one line per article (schema in corpora/sample/README.md).
    articles_path : path, optional
        The articles the gold annotates; default ``articles.jsonl`` beside it.
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
    report = GoldReport()
    for number, gold in _read_jsonl(gold_path):
        article = articles.get(gold.get("id"))
        if article is None:
            raise InputError(f"{gold_path}:{number}: no article with id {gold.get('id')!r}")
        analysis = analyze(article)
        lang = analysis.lang
        report.articles[lang] += 1
        convert = _body_offsets(analysis, article)

        def pred(span, extra=None, convert=convert):
            field_name, s, e = convert(span.start, span.end)
            return (field_name, s, e, extra or {})

        _compare(
            report,
            "hedge",
            lang,
            _gold_spans(gold.get("hedges", [])),
            [pred(h.span) for h in analysis.hedges],
        )
        _compare(
            report,
            "hedge+kind",
            lang,
            _gold_spans(gold.get("hedges", [])),
            [pred(h.span, {"kind": h.kind}) for h in analysis.hedges],
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
            _gold_spans(attributions, "quote"),
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


def format_report(report: GoldReport) -> str:
    """The report as a plain-text table: one row per span type and language."""
    header = f"{'span type':<26}{'lang':<5}" + "".join(
        f"{'exact' if t is None else f'ov>={t}':>22}" for t in THRESHOLDS
    )
    lines = [header, f"{'':<31}" + "".join(f"{'P     R     F1':>22}" for _ in THRESHOLDS)]
    keys = sorted({(k[0], k[1]) for k in report.counts})
    for span_type, lang in keys:
        cells = []
        for threshold in THRESHOLDS:
            c = report.counts.get((span_type, lang, threshold), Counts())
            cells.append(f"{c.precision:>10.2f}{c.recall:>6.2f}{c.f1:>6.2f}")
        lines.append(f"{span_type:<26}{lang:<5}" + "".join(cells))
    lines.append("articles: " + ", ".join(f"{k}={v}" for k, v in sorted(report.articles.items())))
    return "\n".join(lines)
