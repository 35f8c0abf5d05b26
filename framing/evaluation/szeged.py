"""Evaluation of the English hedge extractor on the Szeged Uncertainty Corpus.

The corpus (Szarvas et al. 2012) marks uncertainty cues inline, as
``<ccue type="...">`` elements inside each ``<Sentence>``; a sentence with no
cue is certain. ``wiki.xml`` (WikiWeasel, Wikipedia) serves for development;
``factbank.xml`` (newswire) is held out.

What is compared
----------------
Each sentence is segmented on its own as a one-paragraph English document
and run through :func:`~framing.extract.hedging.extract_hedges`. Hedges of
kind ``approximator`` ("about 30", "an estimated") are left out of every
comparison: Szeged does not annotate vagueness of quantities as
uncertainty, so counting them would only add false alarms.

- ``sentence``: a sentence is uncertain in the gold when it has a cue of any
  type, and predicted uncertain when it has at least one (non-approximator)
  hedge; tp/fp/fn are counted on the "uncertain" class (threshold None).
- ``sentence:comparable``: the same, with the gold limited to the cue types
  we model (below); sentences whose only cues are of types we do not model
  are left out of this row.
- ``cue:all``: every gold cue against every hedge, matched one-to-one inside
  the sentence, exactly and at overlap 0.3 and 0.8
  (:func:`~framing.evaluation.match_spans`). Our cues are often phrases
  ("suggested that", "is expected to") around Szeged's single words, so the
  exact figure is low by construction; overlap 0.3 is the main one.
- ``cue:<family>``: that row split by the family of the gold cue: tp and fn
  are the family's gold cues matched or missed; fp are the unmatched hedges
  whose kind belongs to that family (table below). The family rows add up
  to ``cue:all``.
- ``cue``: the comparable subset, the families we model (epistemic,
  doxastic, condition, investigation): a cue of a type outside the four
  would be neither right nor wrong there. Since conditions are modelled,
  it equals ``cue:all`` on both files.

Szeged cue types and our hedge kinds::

    Szeged type (family)           examples               our kinds
    modal_probable  (epistemic)    may, probably, seems   modal, epistemic_adverb,
    modal_possible  (epistemic)    might, possibly        epistemic_verb,
                                                          negated_certainty
    hypo_doxastic   (doxastic)     believed, alleged      reported (and belief
                                                          verbs of epistemic_verb)
    hypo_condition  (condition)    if, would, unless      condition ("would" only
                                                          in a sentence with a
                                                          condition)
    hypo_investigation             whether, determine     condition ("whether")
                   (investigation)
    (none)                         about 30, an estimated approximator (excluded)

Unmatched hedges of ``epistemic_verb`` are booked under ``epistemic``,
although its belief verbs (believe, think, assume) answer doxastic cues,
and those of ``condition`` under ``condition``, although "whether" answers
investigation cues;
``report.extra["precision@0.3[<kind>]"]`` gives the precision of each of our
kinds, whatever the family of the cue it matches.

A calibration line, ``naive_regex_sentence_f1`` (and its precision and
recall), scores the same sentences with one regular expression of common
hedge words (:data:`NAIVE_HEDGE_REGEX`), so that every report shows what a
trivial system reaches on the same data. ``naive_regex_narrow_sentence_f1``
uses the same words minus four frequent ones that are mostly not hedges
("some", "about", "around", "can"; :data:`NAIVE_NARROW_REGEX`): the stronger
of the two baselines, and the one that reproduces the figure of about 0.70
on wiki quoted in the project's issue tracker.

Measured at the time of writing (``evaluate_szeged(path)``, whole files):

- ``wiki.xml`` (development, 20,748 sentences, about 5 s): sentence P 0.82 /
  R 0.90 / F1 0.86; cues at overlap 0.3: F1 0.82 (conditions 0.73,
  investigations 0.89); naive regex sentence F1 0.58 (narrow 0.70);
- ``factbank.xml`` (held out, 3,129 sentences, about 2 s): sentence P 0.88 /
  R 0.74 / F1 0.80; cues at overlap 0.3: F1 0.74 (epistemic 0.72, doxastic
  0.82, conditions 0.67, investigations 0.86); naive regex sentence F1 0.57
  (narrow 0.64). Before conditions were modelled, a fifth of its uncertain
  sentences, those carrying only conditions or investigations ("if",
  "would", "will", "whether"), were out of reach; "will" and a "would"
  without a stated hypothesis still are.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from framing.errors import InputError
from framing.evaluation import THRESHOLDS, Counts, Report, match_spans
from framing.extract.hedging import extract_hedges
from framing.text import segment

__all__ = [
    "COMPARABLE_FAMILIES",
    "KIND_FAMILY",
    "NAIVE_HEDGE_REGEX",
    "NAIVE_NARROW_REGEX",
    "evaluate_szeged",
]

# Szeged cue type (its last word once the "speculation_modal_" prefix and
# the stray spaces and underscores are removed) -> family.
_TYPE_FAMILY = {
    "probable": "epistemic",
    "possible": "epistemic",
    "doxastic": "doxastic",
    "condition": "condition",
    "investigation": "investigation",
}
COMPARABLE_FAMILIES: tuple[str, ...] = ("epistemic", "doxastic", "condition", "investigation")
# Where an unmatched hedge of each of our kinds is booked as a false alarm.
KIND_FAMILY: dict[str, str] = {
    "modal": "epistemic",
    "epistemic_adverb": "epistemic",
    "epistemic_verb": "epistemic",
    "negated_certainty": "epistemic",
    "reported": "doxastic",
    "conditional": "condition",
    "condition": "condition",
}
_EXCLUDED_KINDS = frozenset({"approximator"})

# Calibration baselines, not a lexicon: about thirty common hedge words,
# frozen so that the lines stay comparable from one report to the next.
_NAIVE_WORDS = (
    r"may|might|could|would|should|possibly|probably|perhaps|likely|unlikely"
    r"|suggest(?:s|ed)?|appear(?:s|ed)?|seem(?:s|ed)?|believe[sd]?|reportedly|allegedly"
    r"|apparently|presumably|suspected|estimated|approximately"
    r"|whether|if|assume[sd]?|indicate[sd]?|potential(?:ly)?"
)
# Frequent words that are hedges only now and then (quantities, ability).
_NAIVE_VAGUE_WORDS = r"some|about|around|can"
NAIVE_HEDGE_REGEX = re.compile(rf"\b(?:{_NAIVE_WORDS}|{_NAIVE_VAGUE_WORDS})\b", re.IGNORECASE)
NAIVE_NARROW_REGEX = re.compile(rf"\b(?:{_NAIVE_WORDS})\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    family: str


@dataclass(frozen=True)
class _Sentence:
    text: str
    cues: tuple[_Cue, ...]


def _family(cue_type: str) -> str:
    name = cue_type.replace(" ", "").strip("_").rsplit("_", 1)[-1].lower()
    return _TYPE_FAMILY.get(name, name or "unknown")


def _flatten(element: ET.Element) -> _Sentence:
    """The text of a ``<Sentence>`` and the offsets of its cues, spaces trimmed."""
    parts: list[str] = [element.text or ""]
    length = len(parts[0])
    cues: list[_Cue] = []
    for child in element:
        inner = "".join(child.itertext())
        if child.tag == "ccue":
            start = length + len(inner) - len(inner.lstrip())
            end = length + len(inner.rstrip())
            if end > start:
                cues.append(_Cue(start, end, _family(child.get("type", ""))))
        parts.append(inner)
        parts.append(child.tail or "")
        length += len(inner) + len(child.tail or "")
    return _Sentence("".join(parts), tuple(cues))


def _read(path: Path) -> Iterator[_Sentence | None]:
    """The sentences of the file, with None at the start of each document.

    Elements are cleared once read, so memory stays flat on any file size.
    """
    try:
        for event, element in ET.iterparse(path, events=("start", "end")):
            if event == "start":
                if element.tag == "Document":
                    yield None
                continue
            if element.tag == "Sentence":
                yield _flatten(element)
                element.clear()
            elif element.tag == "Document":
                element.clear()
    except ET.ParseError as error:
        raise InputError(f"{path}: not valid XML ({error})") from None


def _score_cues(
    report: Report,
    sentence: _Sentence,
    predicted: list[tuple[int, int, str]],
    kind_hits: dict[str, Counter],
) -> None:
    gold = [(c.start, c.end) for c in sentence.cues]
    spans = [(s, e) for s, e, _ in predicted]
    families = sorted(
        {c.family for c in sentence.cues} | {KIND_FAMILY.get(k, "other") for *_, k in predicted}
    )
    for threshold in THRESHOLDS:
        counts, pairs = match_spans(gold, spans, min_overlap=threshold)
        report.add("cue:all", "en", threshold, counts)
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j: sentence.cues[i].family for i, j in pairs}
        if threshold == 0.3:
            for j, (*_, kind) in enumerate(predicted):
                kind_hits[kind]["n"] += 1
                kind_hits[kind]["tp"] += j in matched_pred
        comparable = Counts()
        for family in families:
            row = Counts(
                tp=sum(1 for f in matched_pred.values() if f == family),
                fn=sum(
                    1
                    for i, c in enumerate(sentence.cues)
                    if c.family == family and i not in matched_gold
                ),
                fp=sum(
                    1
                    for j, (*_, k) in enumerate(predicted)
                    if j not in matched_pred and KIND_FAMILY.get(k, "other") == family
                ),
            )
            report.add(f"cue:{family}", "en", threshold, row)
            if family in COMPARABLE_FAMILIES:
                comparable.add(row)
        report.add("cue", "en", threshold, comparable)


def _sentence_counts(gold: bool, predicted: bool) -> Counts:
    return Counts(
        tp=int(gold and predicted), fp=int(predicted and not gold), fn=int(gold and not predicted)
    )


def evaluate_szeged(path: str | Path, *, limit: int | None = None) -> Report:
    """Score the English hedge extractor against a Szeged Uncertainty Corpus file.

    Parameters
    ----------
    path : path
        ``wiki.xml`` or ``factbank.xml`` (read as a stream, never whole).
    limit : int, optional
        Stop after this many sentences (the first ones of the file).

    Returns
    -------
    Report
        Rows ``sentence``, ``sentence:comparable``, ``cue``, ``cue:all`` and
        ``cue:<family>`` (see the module docstring); ``articles["en"]`` counts
        the documents read; ``extra`` holds the sentence and cue totals, the
        precision of each hedge kind at overlap 0.3 and the naive-regex
        baseline.

    Raises
    ------
    InputError
        When the file is missing or is not well-formed XML.

    Examples
    --------
    >>> from framing.evaluation import format_report
    >>> report = evaluate_szeged("../shared/corpora/szeged-uncertainty/wiki.xml",
    ...                          limit=200)  # doctest: +SKIP
    >>> print(format_report(report))  # doctest: +SKIP
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such Szeged corpus file")
    report = Report()
    baselines = {"naive_regex": Counts(), "naive_regex_narrow": Counts()}
    kind_hits: dict[str, Counter] = {}
    gold_families: Counter = Counter()
    sentences = uncertain = 0
    for sentence in _read(path):
        if limit is not None and sentences >= limit:
            break
        if sentence is None:
            report.articles["en"] += 1
            continue
        sentences += 1
        gold_families.update(c.family for c in sentence.cues)
        doc = segment(sentence.text, "en")
        predicted = [
            (h.span.start, h.span.end, h.kind)
            for h in extract_hedges(doc)
            if h.kind not in _EXCLUDED_KINDS
        ]
        for _, _, kind in predicted:
            kind_hits.setdefault(kind, Counter())
        gold_uncertain = bool(sentence.cues)
        uncertain += gold_uncertain
        report.add("sentence", "en", None, _sentence_counts(gold_uncertain, bool(predicted)))
        if not sentence.cues or any(c.family in COMPARABLE_FAMILIES for c in sentence.cues):
            report.add(
                "sentence:comparable", "en", None, _sentence_counts(gold_uncertain, bool(predicted))
            )
        for name, regex in (
            ("naive_regex", NAIVE_HEDGE_REGEX),
            ("naive_regex_narrow", NAIVE_NARROW_REGEX),
        ):
            fired = regex.search(sentence.text) is not None
            baselines[name].add(_sentence_counts(gold_uncertain, fired))
        _score_cues(report, sentence, predicted, kind_hits)
    report.extra["n_sentences"] = sentences
    report.extra["n_gold_uncertain_sentences"] = uncertain
    for family, count in sorted(gold_families.items()):
        report.extra[f"n_gold_cues[{family}]"] = count
    for kind, hits in sorted(kind_hits.items()):
        report.extra[f"n_hedges[{kind}]"] = hits["n"]
        report.extra[f"precision@0.3[{kind}]"] = (
            round(hits["tp"] / hits["n"], 4) if hits["n"] else 0.0
        )
    for name, counts in baselines.items():
        report.extra[f"{name}_sentence_precision"] = round(counts.precision, 4)
        report.extra[f"{name}_sentence_recall"] = round(counts.recall, 4)
        report.extra[f"{name}_sentence_f1"] = round(counts.f1, 4)
    return report
