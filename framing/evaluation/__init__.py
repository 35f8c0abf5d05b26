"""Span-level evaluation: precision, recall and F1 against annotations.

Spans match one-to-one, greedily in text order. With ``min_overlap=None`` a
match must be exact; with a number, the predicted span must cover at least
that share of the gold span (the convention of quote-attribution
evaluations, which report 0.3 and 0.8).

Evaluators, one per kind of annotation:

- :mod:`framing.evaluation.gold` — the project's own gold format
  (``corpora/sample/gold.jsonl``);
- the public datasets of ``../shared/corpora`` (modules named after them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["THRESHOLDS", "Counts", "Report", "format_report", "match_spans"]

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
class Report:
    """Counts per ``(span_type, language, threshold)``; ``articles`` per language.

    ``add`` files counts under the language and under ``"all"``;
    ``extra`` holds numbers that are not P/R/F1 (shares, accuracies).
    """

    counts: dict[tuple[str, str, float | None], Counts] = field(
        default_factory=lambda: defaultdict(Counts)
    )
    articles: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    extra: dict[str, float] = field(default_factory=dict)

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
        return {"articles": dict(self.articles), "rows": rows, "extra": dict(self.extra)}

    def get(self, span_type: str, lang: str = "all", threshold: float | None = None) -> Counts:
        return self.counts.get((span_type, lang, threshold), Counts())


def format_report(report: Report) -> str:
    """The report as a plain-text table: one row per span type and language."""
    header = f"{'span type':<26}{'lang':<5}" + "".join(
        f"{'exact' if t is None else f'ov>={t}':>22}" for t in THRESHOLDS
    )
    lines = [header, f"{'':<31}" + "".join(f"{'P     R     F1':>22}" for _ in THRESHOLDS)]
    keys = sorted({(k[0], k[1]) for k in report.counts})
    for span_type, lang in keys:
        cells = []
        for threshold in THRESHOLDS:
            c = report.counts.get((span_type, lang, threshold))
            if c is None:
                # Sentence-level rows have no span overlap: say so, not 0.00.
                cells.append(f"{'-':>10}{'-':>6}{'-':>6}")
            else:
                cells.append(f"{c.precision:>10.2f}{c.recall:>6.2f}{c.f1:>6.2f}")
        lines.append(f"{span_type:<26}{lang:<5}" + "".join(cells))
    for name, value in report.extra.items():
        lines.append(f"{name}: {value:.4f}" if isinstance(value, float) else f"{name}: {value}")
    lines.append("documents: " + ", ".join(f"{k}={v}" for k, v in sorted(report.articles.items())))
    return "\n".join(lines)
