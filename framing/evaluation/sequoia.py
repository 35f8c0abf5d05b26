"""Evaluation of the French conditional against gold morphology (UD French-Sequoia).

The Est Républicain part of the Sequoia treebank (``annodis.er.conllu``)
is French regional news with gold features; a verb or auxiliary in the
conditional carries ``Mood=Cnd`` in its FEATS column. Two questions are
asked of it:

- ``conditional_form``: does :func:`~framing.extract.hedging.is_conditional_form`
  recognise the FORM of each word? Gold: words (``VERB`` or ``AUX``) with
  ``Mood=Cnd``; predicted: every word whose form is judged conditional,
  whatever its tag. Precision and recall of the form test alone.
- ``conditional_hedge``: how many of those gold conditionals end up inside
  a hedge of kind ``conditional`` in the narrative voice when the full
  extractor runs on the sentence text (segmented on its own)? tp: gold
  conditionals covered by such a hedge; fn: the others; fp: such hedges
  that cover no gold conditional. ``extra`` gives ``n_gold_cnd`` and
  ``share_counted_as_narrative_hedge``.

The second figure is not meant to reach 1: a conditional form need not be a
hedge. It can be a future-in-the-past in reported speech ("il a annoncé
qu'il démissionnerait"), politeness ("nous serions heureux de"), the
consequence clause of a hypothesis ("si la pluie cessait, la course
reprendrait"), or the modal of obligation or advice ("faudrait", and
"devrait" unless a date, a source or an outcome verb makes it a
forecast), which the extractor deliberately leaves out; and a quoted
conditional belongs to the quoted voice, not to the journalist.

Words are the syntactic words of CoNLL-U (integer IDs); the surface token
of a multiword range ("du" = "de le") gives its words their offsets in the
``# text`` line, and empty nodes (``8.1``) are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from framing.errors import InputError
from framing.evaluation import Counts, Report
from framing.extract.hedging import extract_hedges, is_conditional_form
from framing.text import segment

__all__ = ["evaluate_sequoia"]

_CONDITIONAL_TAGS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class _Word:
    form: str
    upos: str
    feats: frozenset[str]
    start: int | None
    end: int | None

    @property
    def gold_conditional(self) -> bool:
        return self.upos in _CONDITIONAL_TAGS and "Mood=Cnd" in self.feats


@dataclass(frozen=True)
class _Sentence:
    text: str
    words: tuple[_Word, ...]


def _align(text: str, tokens: list[tuple[str, list[tuple[str, str, str]]]]) -> list[_Word]:
    """Words with the offsets of their surface token, found left to right in ``text``.

    A surface token missing from the text (a corrected typo, say) leaves its
    words without offsets; the search then resumes where it stood.
    """
    words: list[_Word] = []
    cursor = 0
    for surface, parts in tokens:
        found = text.find(surface, cursor)
        start, end = (found, found + len(surface)) if found >= 0 else (None, None)
        if found >= 0:
            cursor = found + len(surface)
        for form, upos, feats in parts:
            words.append(_Word(form, upos, frozenset(feats.split("|")), start, end))
    return words


def _parse(lines: list[str], where: str) -> _Sentence | None:
    text = None
    tokens: list[tuple[str, list[tuple[str, str, str]]]] = []
    range_end = 0
    for line in lines:
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            if key.strip() == "text":
                text = value.strip()
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            raise InputError(f"{where}: expected 10 tab-separated columns, got {len(columns)}")
        identifier, form, _, upos, _, feats = columns[:6]
        if "." in identifier:
            continue
        if "-" in identifier:
            tokens.append((form, []))
            range_end = int(identifier.partition("-")[2])
            continue
        word = (form, upos, feats)
        if int(identifier) <= range_end:
            tokens[-1][1].append(word)
        else:
            tokens.append((form, [word]))
    if not tokens:
        return None
    if text is None:
        raise InputError(f"{where}: sentence without a '# text = ' line")
    return _Sentence(text, tuple(_align(text, tokens)))


def _read(path: Path) -> Iterator[_Sentence]:
    block: list[str] = []
    first = 1
    with path.open(encoding="utf-8") as stream:
        for number, raw in enumerate(stream, start=1):
            line = raw.rstrip("\n")
            if line.strip():
                if not block:
                    first = number
                block.append(line)
                continue
            if block:
                sentence = _parse(block, f"{path}:{first}")
                if sentence is not None:
                    yield sentence
                block = []
    if block:
        sentence = _parse(block, f"{path}:{first}")
        if sentence is not None:
            yield sentence


def evaluate_sequoia(path: str | Path) -> Report:
    """Score French conditional detection against the ``Mood=Cnd`` tags of a CoNLL-U file.

    Parameters
    ----------
    path : path
        A CoNLL-U file with ``# text = `` lines (``annodis.er.conllu``).

    Returns
    -------
    Report
        Rows ``conditional_form`` and ``conditional_hedge`` (language
        ``fr``, threshold None); ``articles["fr"]`` counts sentences (the
        file does not group them into articles); ``extra`` holds
        ``n_gold_cnd``, ``share_counted_as_narrative_hedge`` and
        ``n_gold_cnd_without_offsets``.

    Raises
    ------
    InputError
        When the file is missing or a token line is malformed.

    Examples
    --------
    >>> report = evaluate_sequoia(
    ...     "../shared/corpora/fr-sequoia-news-ud/annodis.er.conllu")  # doctest: +SKIP
    >>> report.get("conditional_form", "fr").recall  # doctest: +SKIP
    1.0
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such CoNLL-U file")
    report = Report()
    gold_total = covered = unaligned = 0
    for sentence in _read(path):
        report.articles["fr"] += 1
        form = Counts()
        for word in sentence.words:
            gold, predicted = word.gold_conditional, is_conditional_form(word.form, "fr")
            form.add(
                Counts(
                    tp=int(gold and predicted),
                    fp=int(predicted and not gold),
                    fn=int(gold and not predicted),
                )
            )
        report.add("conditional_form", "fr", None, form)

        hedges = [
            h.span
            for h in extract_hedges(segment(sentence.text, "fr"))
            if h.kind == "conditional" and h.voice == "narrative"
        ]
        gold_words = [w for w in sentence.words if w.gold_conditional]
        unaligned += sum(1 for w in gold_words if w.start is None)
        hits = [
            w.start is not None and any(h.start <= w.start and w.end <= h.end for h in hedges)
            for w in gold_words
        ]
        useful = sum(
            1
            for h in hedges
            if any(
                w.start is not None and h.start <= w.start and w.end <= h.end for w in gold_words
            )
        )
        report.add(
            "conditional_hedge",
            "fr",
            None,
            Counts(tp=sum(hits), fp=len(hedges) - useful, fn=len(hits) - sum(hits)),
        )
        gold_total += len(gold_words)
        covered += sum(hits)
    report.extra["n_gold_cnd"] = gold_total
    report.extra["n_gold_cnd_in_narrative_hedge"] = covered
    report.extra["share_counted_as_narrative_hedge"] = (
        round(covered / gold_total, 4) if gold_total else 0.0
    )
    report.extra["n_gold_cnd_without_offsets"] = unaligned
    return report
