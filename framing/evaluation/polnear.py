"""Evaluation of the attribution extractor on PolNeAR (English political news).

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attribution relations
in 1,008 articles on the 2016 US presidential campaign: for each relation, the
*source* (who), the *cue* (the verb or marker linking them) and the *content*
(what is attributed). The corpus folder holds ``train``, ``dev`` and ``test``
splits (``test`` is held out: report on it, never tune on it), each with
``text/<name>.txt`` and ``attributions/<name>_<annotator>.ann``.

Format, as found in the files
-----------------------------
- ``.ann`` files are brat standoff. ``T`` lines are spans,
  ``Tn<TAB>Label start end<TAB>surface``, labels ``Source``, ``Cue``,
  ``Content``, ``Attribution`` / ``Attribution-no-source`` (an anchor on the
  cue), ``Discuss`` and ``Discard`` (neither is an attribution: ignored).
  ``E`` lines link one relation: ``En<TAB>Attribution:Tx Cue:Ty Source:Tz
  Content:Tw [Content2:Tv]``; a role may be missing (no source, rarely no cue
  or content) and several relations may share one ``T`` (one source phrase
  for two cues). ``#``, ``R``, ``A`` and blank lines are skipped.
- Offsets count characters (code points) of the raw ``.txt`` read as UTF-8
  *without* newline translation, title line included (the title is the first
  line and is annotated like the body).
- Discontinuous spans are written ``start end;start end`` and their fragments
  are not always in text order (a content before and after its cue);
  ``Content2`` adds one more content fragment to a relation. Each role of a
  relation is compared as its **covering span**, from the first character of
  its earliest fragment to the end of its latest one: our extractor predicts
  one contiguous span per role, and a quotation split by "he said" is one
  claim. The gap (often the cue and source themselves) thus counts in the
  gold length, which makes the 0.8 overlap harder for split contents. Only
  contents are discontinuous in practice (a handful of sources and cues in
  ``train``).
- A relation labelled ``Attribution-no-source`` has no source role (an
  agentless "is expected to", "allegations of"); the rare one that still
  links a ``Source`` is taken as having that source: the roles decide, not
  the labels (a ``Cue`` role linking a span labelled ``Discuss`` is a cue).
- A text annotated by several annotators has one file each; the first in
  sorted order is the gold (``annotator=`` picks another).

What is compared
----------------
Each text is read raw and passed as ``Article(id, text=raw)`` without a title,
so that the cleaning's ``original`` is exactly the raw text (checked on every
file); every system span is mapped back with
``prepared.cleaned.offsets.span_to_original``.

- ``cue``, ``source``, ``content``: span level. The distinct gold spans of
  each role (a shared ``T`` counts once) against the distinct spans of
  ``attribution.cue``, ``attribution.source.span`` and
  ``attribution.content`` (a quotation continued after "he said" gives two of
  our attributions with one cue: it counts once), matched one-to-one exactly
  and at overlap 0.3 and 0.8 (:func:`~framing.evaluation.match_spans`: the
  prediction must cover that share of the gold span). Gold contents of
  direct quotations include the quotation marks (and the comma inside them);
  our content is the text inside the marks, so the exact content row is low
  by construction: overlap 0.3 is the main figure, as in quote-attribution
  evaluations.
- ``relation``: gold relations that have both a cue and a source against our
  attributions that have a source; a pair matches when the cue *and* the
  source both match at the row's threshold. Relations without a source (on
  either side) are outside this row.
- ``report.extra["source_found_share"]``: the share of gold relations with
  a source (and a cue) for which we find that source at overlap >= 0.3 with
  the cue of the same relation matched at 0.3: the recall of the 0.3
  ``relation`` row.
- ``*.speech`` rows and ``source_found_share.speech``: the same on the
  relations whose cue is a verb of saying (:func:`is_speech_cue`), on both
  sides: gold relations by their gold cue, our attributions by our cue. PolNeAR
  also annotates beliefs, intentions, evidence and reactions ("X wants",
  "polls show", "has faced ridicule"), which quote-attribution tools do not
  look for; these rows are the ones to compare with such tools.
- ``naive_cue_f1@0.3`` (and its precision and recall): a calibration line,
  every match of :data:`NAIVE_CUE_REGEX` taken as a cue, so that each report
  shows what a trivial system reaches on the same texts.

Measured
--------
``python -m framing evaluate polnear --split dev --corpora ../shared/corpora``
(84 texts, about 3 s; the extractor as of 2026-11-24 evening, with the belief,
intention, evaluation and evidence families), F1 at overlap 0.3, dev / test:
cue 0.71 / 0.71 (P 0.84 / 0.84, R 0.61 / 0.61), source 0.74 / 0.73 (P 0.85 /
0.84, R 0.65 / 0.66), content 0.65 / 0.64, relation 0.70 / 0.69,
``source_found_share`` 0.61 / 0.61; exact spans: cue 0.64 / 0.64, source
0.65 / 0.63; speech subset: cue 0.90 / 0.89, source 0.89 / 0.88 (exact
0.79 / 0.76), content 0.75 / 0.76, ``source_found_share`` 0.88 / 0.85. The
naive regex reaches cue F1 0.47 / 0.44. About half of the gold relations
(1,053 of 2,066 with a source on dev) have a speech cue; recall outside
them is what limits the all-relations rows (many gold cues are nouns and
phrases no lexicon lists). Before the families (morning of 2026-11-24):
cue 0.66 / 0.64, source 0.69 / 0.69. With ``learned=True`` (``--learned``:
the rules plus attributions around the learned cues, with learned sources;
cue features of spec 2): cue 0.76 / 0.76 (test P 0.77, R 0.75), source
0.77 / 0.75 (test P 0.76, R 0.75), relation 0.71 on test; the cue model
alone (``cue.model``) 0.76 / 0.77.

Human agreement
---------------
Twenty texts (16 in ``train``, 2 in ``dev``, 2 in ``test``) were annotated
by five or six annotators each. :func:`annotator_agreement` (``framing
evaluate polnear --agreement``) compares every ordered pair of them with the
rows above: over the 590 pairs, F1 at overlap 0.3 is cue 0.79, source 0.83,
content 0.84, relation 0.79 (exact: cue 0.70, source 0.78); on speech cues,
cue 0.92 and source 0.93. A score against one annotator is read against
that ceiling: two trained annotators agree on about four cues in five.
On the same texts, our rules reach cue 0.65 and source 0.66 against each
annotator in turn (speech: 0.88 and 0.86).

Examples
--------
>>> from framing.evaluation import format_report
>>> report = evaluate_polnear("../shared/corpora/polnear", split="dev")  # doctest: +SKIP
>>> print(format_report(report))  # doctest: +SKIP
"""

from __future__ import annotations

import glob
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from framing.article import Article
from framing.errors import InputError
from framing.evaluation import THRESHOLDS, Counts, Report, match_spans
from framing.extract.records import Attribution

__all__ = [
    "NAIVE_CUE_REGEX",
    "SPEECH_VERBS",
    "GoldRelation",
    "annotator_agreement",
    "evaluate_polnear",
    "is_speech_cue",
    "read_ann",
]

Offsets = tuple[int, int]
# One relation as predicted: cue, source, content and the cue's surface.
_Predicted = tuple[Offsets, Offsets | None, Offsets | None, str]

# The definition of the speech subset is part of the evaluation protocol, not
# of any extractor, so it stays here, fixed, rather than in a lexicon the
# extractor could change: verbs whose primary sense is an act of saying or
# writing (Levin's "verbs of communication", message-transfer and
# say-verbs), the ones quote-attribution tools look for.
SPEECH_VERBS: tuple[str, ...] = (
    "acknowledge",
    "add",
    "admit",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "claim",
    "comment",
    "complain",
    "confirm",
    "declare",
    "deny",
    "emphasize",
    "explain",
    "insist",
    "mention",
    "note",
    "recall",
    "remark",
    "reply",
    "report",
    "respond",
    "say",
    "state",
    "stress",
    "tell",
    "tweet",
    "warn",
    "write",
)
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written")}
# "according to" is the one non-verb marker of reported speech; a cue made of
# punctuation only is the dash or colon that introduces a quotation.
_SPEECH_MARKER = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")

#: Calibration baseline: every match is taken for a cue.
NAIVE_CUE_REGEX = re.compile(r"\b(?:say|says|said|saying|told|tells|according to)\b", re.I)


def _inflections(lemma: str) -> set[str]:
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        stem = lemma[:-1]
        forms |= {stem + "ies", stem + "ied", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    else:
        plural = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
        forms |= {plural, lemma + "ed", lemma + "ing"}
    return forms


_SPEECH_FORMS = frozenset(form for lemma in SPEECH_VERBS for form in _inflections(lemma))


def is_speech_cue(text: str) -> bool:
    """True when a cue reports speech: a verb of saying, "according to", or a quote mark's dash.

    A cue is a speech cue when one of its words is a form of a verb of
    :data:`SPEECH_VERBS` ("has also said", "told reporters"), when it holds
    "according to", or when it has no letter at all (the colon or dash that
    introduces a quotation).

    Examples
    --------
    >>> is_speech_cue("has also said"), is_speech_cue("according to"), is_speech_cue("―")
    (True, True, True)
    >>> is_speech_cue("wants"), is_speech_cue("polls show")
    (False, False)
    """
    words = _WORD.findall(text.lower())
    if not words:
        return bool(text.strip())
    return bool(_SPEECH_MARKER.search(text)) or any(word in _SPEECH_FORMS for word in words)


@dataclass(frozen=True)
class GoldRelation:
    """One PolNeAR attribution relation: the fragments of each role, in text order.

    ``cue_text`` is the surface of the cue fragments joined by a space, as
    the ``.ann`` file gives it; a missing role has no fragments.
    """

    id: str
    cue: tuple[Offsets, ...]
    source: tuple[Offsets, ...]
    content: tuple[Offsets, ...]
    cue_text: str = ""

    @staticmethod
    def cover(fragments: tuple[Offsets, ...]) -> Offsets | None:
        """The covering span of some fragments, or None when there are none."""
        if not fragments:
            return None
        return min(s for s, _ in fragments), max(e for _, e in fragments)

    @property
    def is_speech(self) -> bool:
        return is_speech_cue(self.cue_text)


def _fragments(where: str, offsets: str) -> tuple[Offsets, ...]:
    pieces = []
    for piece in offsets.split(";"):
        try:
            start, end = (int(x) for x in piece.split())
        except ValueError:
            raise InputError(f"{where}: bad offsets {offsets!r}") from None
        if not 0 <= start <= end:
            raise InputError(f"{where}: bad offsets {offsets!r}")
        pieces.append((start, end))
    return tuple(sorted(pieces))


def read_ann(path: str | Path) -> list[GoldRelation]:
    """The attribution relations of one brat ``.ann`` file of PolNeAR.

    Relations come in the order of their ``E`` lines; spans not linked by any
    relation (``Discuss``, ``Discard``) are left out.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> ann = pathlib.Path(tempfile.mkdtemp()) / "x_a1.ann"
    >>> _ = ann.write_text(
    ...     "T1\\tSource 0 3\\tAna\\nT2\\tCue 4 8\\tsaid\\n"
    ...     "E1\\tAttribution:T2 Cue:T2 Source:T1\\n", encoding="utf-8")
    >>> r = read_ann(ann)[0]
    >>> r.source, r.cue, r.content, r.cue_text
    (((0, 3),), ((4, 8),), (), 'said')
    """
    path = Path(path)
    spans: dict[str, tuple[tuple[Offsets, ...], str]] = {}
    events: list[tuple[str, list[tuple[str, str]], int]] = []
    with path.open(encoding="utf-8", newline="") as stream:
        for number, line in enumerate(stream, start=1):
            fields = line.rstrip("\r\n").split("\t")
            if fields[0].startswith("T") and len(fields) >= 2:
                # Every span is kept whatever its label: the role that links it
                # decides (one train relation takes a span labelled Discuss as its cue).
                _, _, offsets = fields[1].partition(" ")
                where = f"{path}:{number}"
                spans[fields[0]] = (_fragments(where, offsets), "\t".join(fields[2:]))
            elif fields[0].startswith("E") and len(fields) >= 2:
                roles = [tuple(arg.split(":", 1)) for arg in fields[1].split() if ":" in arg]
                events.append((fields[0], roles, number))
    relations = []
    for event_id, roles, number in events:
        parts: dict[str, list[Offsets]] = {"Cue": [], "Source": [], "Content": []}
        cue_text = []
        for role, target in roles:
            # Numbered repeats of a role ("Content2") add fragments to it.
            name = role.rstrip("0123456789")
            if name not in parts:
                continue
            if target not in spans:
                raise InputError(f"{path}:{number}: {event_id} links unknown span {target}")
            fragments, surface = spans[target]
            parts[name].extend(fragments)
            if name == "Cue":
                cue_text.append(surface)
        relations.append(
            GoldRelation(
                id=event_id,
                cue=tuple(sorted(set(parts["Cue"]))),
                source=tuple(sorted(set(parts["Source"]))),
                content=tuple(sorted(set(parts["Content"]))),
                cue_text=" ".join(cue_text),
            )
        )
    return relations


def _annotated(split_dir: Path) -> Iterator[tuple[Path, list[Path]]]:
    """``(text, annotations)`` paths of a split, in name order; texts without any are left out."""
    texts = split_dir / "text"
    annotations = split_dir / "attributions"
    if not texts.is_dir() or not annotations.is_dir():
        raise InputError(f"{split_dir}: no text/ and attributions/ folders (not a PolNeAR split)")
    for text_path in sorted(texts.glob("*.txt")):
        candidates = sorted(annotations.glob(f"{glob.escape(text_path.stem)}_*.ann"))
        # The annotator id is what follows the last underscore.
        candidates = [c for c in candidates if c.stem.rpartition("_")[0] == text_path.stem]
        if candidates:
            yield text_path, candidates


def _documents(split_dir: Path, annotator: str | None) -> Iterator[tuple[Path, Path]]:
    """``(text, annotation)`` paths of a split, in name order: one annotation per text."""
    for text_path, candidates in _annotated(split_dir):
        if annotator is not None:
            candidates = [c for c in candidates if c.stem.rpartition("_")[2] == annotator]
        if candidates:
            yield text_path, candidates[0]


def _distinct(spans: Iterable[Offsets | None]) -> list[Offsets]:
    return sorted({s for s in spans if s is not None})


def _add_spans(report: Report, span_type: str, gold: list[Offsets], pred: list[Offsets]) -> None:
    for threshold in THRESHOLDS:
        counts, _ = match_spans(gold, pred, min_overlap=threshold)
        report.add(span_type, "en", threshold, counts)


def _add_relations(
    report: Report,
    span_type: str,
    gold: list[tuple[Offsets, Offsets]],
    pred: list[tuple[Offsets, Offsets]],
) -> None:
    """``(cue, source)`` pairs: the cue matched by :func:`match_spans`, the source checked too."""
    for threshold in THRESHOLDS:

        def same(i: int, j: int, threshold=threshold) -> bool:
            counts, _ = match_spans([gold[i][1]], [pred[j][1]], min_overlap=threshold)
            return counts.tp == 1

        counts, _ = match_spans(
            [g[0] for g in gold], [p[0] for p in pred], min_overlap=threshold, same=same
        )
        report.add(span_type, "en", threshold, counts)


def _compare(
    report: Report,
    suffix: str,
    gold: list[GoldRelation],
    predicted: list[_Predicted],
    *,
    prefix: str = "",
) -> int:
    """Add the cue, source, content and relation rows of one text; return its gold pairs."""
    cover = GoldRelation.cover
    _add_spans(
        report,
        prefix + "cue" + suffix,
        _distinct(cover(r.cue) for r in gold),
        _distinct(p[0] for p in predicted),
    )
    _add_spans(
        report,
        prefix + "source" + suffix,
        _distinct(cover(r.source) for r in gold),
        _distinct(p[1] for p in predicted),
    )
    _add_spans(
        report,
        prefix + "content" + suffix,
        _distinct(cover(r.content) for r in gold),
        _distinct(p[2] for p in predicted),
    )
    gold_pairs = sorted({(cover(r.cue), cover(r.source)) for r in gold if r.cue and r.source})
    pred_pairs = sorted({(p[0], p[1]) for p in predicted if p[1] is not None})
    _add_relations(report, prefix + "relation" + suffix, gold_pairs, pred_pairs)
    return len(gold_pairs)


def _split_dir(root: Path, split: str) -> Path:
    split_dir = root / split if (root / split).is_dir() else root
    if not (split_dir / "text").is_dir():
        raise InputError(f"{root}: no PolNeAR split {split!r} here (expected {root / split})")
    return split_dir


def _read_text(text_path: Path) -> str:
    # No newline translation: the offsets count "\r" where the file has one.
    with text_path.open(encoding="utf-8", newline="") as stream:
        return stream.read()


def _read_gold(ann_path: Path, raw: str) -> list[GoldRelation]:
    gold = read_ann(ann_path)
    for relation in gold:
        for _, end in relation.cue + relation.source + relation.content:
            if end > len(raw):
                raise InputError(f"{ann_path}: {relation.id} ends after the text ({end})")
    return gold


def _extractor(learned: bool):
    """The attribution extractor to score, and the learned cue finder (None for the rules)."""
    if learned:
        from framing.extract.cue_model import extract_attributions_learned, predict_cues

        return extract_attributions_learned, predict_cues
    from framing.extract.sources import extract_attributions

    return extract_attributions, None


def _prepared(text_path: Path, raw: str):
    """The document of a raw text, and the map of its spans to raw offsets."""
    from framing.pipeline import prepare

    prepared = prepare(Article(id=text_path.stem, text=raw), lang="en")
    cleaned = prepared.cleaned
    if cleaned.original != raw:
        # Offsets map into ``original``; they are only raw-file offsets if it is the raw text.
        raise InputError(f"{text_path}: cleaning's original differs from the file text")

    def convert(span) -> Offsets:
        return cleaned.offsets.span_to_original(span.start, span.end)

    return prepared.document, convert


def _speech(gold: list[GoldRelation], predicted: list[_Predicted]):
    """The speech subset of both sides: gold relations by their cue, predictions by theirs."""
    return [r for r in gold if r.is_speech], [p for p in predicted if is_speech_cue(p[3])]


def _predictions(attributions: list[Attribution], convert) -> list[_Predicted]:
    out = []
    for a in attributions:
        source = convert(a.source.span) if a.source is not None else None
        content = convert(a.content) if a.content is not None else None
        out.append((convert(a.cue), source, content, a.cue.text))
    return out


def evaluate_polnear(
    root: str | Path,
    *,
    split: str = "test",
    limit: int | None = None,
    annotator: str | None = None,
    learned: bool = False,
) -> Report:
    """Score :func:`~framing.extract.sources.extract_attributions` against PolNeAR.

    Parameters
    ----------
    root : path
        The PolNeAR folder (holding ``train/``, ``dev/``, ``test/``), or one
        split folder (holding ``text/`` and ``attributions/``).
    split : str
        ``"train"``, ``"dev"`` or ``"test"`` (held out: report, never tune).
    limit : int, optional
        Stop after this many texts (in name order).
    annotator : str, optional
        Annotator id to take where a text has several annotations (default:
        the first file in name order).
    learned : bool, default False
        Score :func:`~framing.extract.cue_model.extract_attributions_learned`
        (the rules plus attributions around learned cues) instead of the
        rules alone, and add a ``cue.model`` row: the cues of the learned
        model alone (:func:`~framing.extract.cue_model.predict_cues`).

    Returns
    -------
    Report
        Rows ``cue``, ``source``, ``content``, ``relation`` and their
        ``.speech`` subsets, language ``en``; ``extra`` holds
        ``source_found_share`` (and ``.speech``), the relation and text
        counts, and the naive-regex calibration line.

    Examples
    --------
    >>> report = evaluate_polnear("../shared/corpora/polnear", split="dev")  # doctest: +SKIP
    >>> round(report.get("source", threshold=0.3).f1, 2)  # doctest: +SKIP
    0.6
    """
    extract, predict_cues = _extractor(learned)
    split_dir = _split_dir(Path(root), split)
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    report = Report()
    naive = Counts()
    gold_total = {"": 0, ".speech": 0}
    for number, (text_path, ann_path) in enumerate(_documents(split_dir, annotator)):
        if limit is not None and number >= limit:
            break
        raw = _read_text(text_path)
        gold = _read_gold(ann_path, raw)
        document, convert = _prepared(text_path, raw)
        report.articles["en"] += 1
        predicted = _predictions(extract(document), convert)
        gold_total[""] += _compare(report, "", gold, predicted)
        gold_total[".speech"] += _compare(report, ".speech", *_speech(gold, predicted))
        if predict_cues is not None:
            _add_spans(
                report,
                "cue.model",
                _distinct(GoldRelation.cover(r.cue) for r in gold),
                _distinct(convert(span) for span in predict_cues(document)),
            )
        naive_cues = [m.span() for m in NAIVE_CUE_REGEX.finditer(raw)]
        counts, _ = match_spans(
            _distinct(GoldRelation.cover(r.cue) for r in gold), naive_cues, min_overlap=0.3
        )
        naive.add(counts)
    for suffix in ("", ".speech"):
        found = report.get("relation" + suffix, threshold=0.3)
        report.extra["source_found_share" + suffix] = round(
            found.tp / gold_total[suffix] if gold_total[suffix] else 0.0, 4
        )
        report.extra["gold_relations_with_source" + suffix] = gold_total[suffix]
    report.extra["attributions"] = "rules + learned cues" if learned else "rules"
    report.extra["naive_cue_precision@0.3"] = round(naive.precision, 4)
    report.extra["naive_cue_recall@0.3"] = round(naive.recall, 4)
    report.extra["naive_cue_f1@0.3"] = round(naive.f1, 4)
    return report


def _as_predicted(relations: list[GoldRelation]) -> list[_Predicted]:
    """One annotator's relations in the form of predictions (relations without a cue left out)."""
    cover = GoldRelation.cover
    return [
        (cover(r.cue), cover(r.source), cover(r.content), r.cue_text)  # type: ignore[misc]
        for r in relations
        if r.cue
    ]


def annotator_agreement(
    root: str | Path,
    *,
    splits: Iterable[str] = ("train", "dev", "test"),
    learned: bool = False,
) -> Report:
    """How far PolNeAR's annotators agree with one another, and how far we agree with each.

    Some texts were annotated by five or six annotators (20 in ``train``,
    ``dev`` and ``test``; each split keeps the first annotation as its gold).
    On those texts, every ordered pair of annotators is compared, one taken
    as the gold and the other as the prediction, with exactly the rows and
    matching of :func:`evaluate_polnear`: the ``cue``, ``source``,
    ``content`` and ``relation`` rows (and their ``.speech`` subsets) are the
    human agreement, the ceiling that a score against one annotator can be
    read against. Rows prefixed ``system.`` compare our attributions with
    each annotator of the same texts in turn. Counts are summed over pairs
    (micro averages); since both directions of each pair are counted,
    precision equals recall in the human rows.

    The learned models were trained on ``train``, which holds most of these
    texts: with ``learned=True`` the ``system.`` rows of ``train`` are not a
    fair comparison; use ``splits=("dev", "test")`` for it.

    Examples
    --------
    >>> report = annotator_agreement("../shared/corpora/polnear")  # doctest: +SKIP
    >>> round(report.get("cue", threshold=0.3).f1, 2)  # doctest: +SKIP
    0.8
    """
    extract, _ = _extractor(learned)
    root = Path(root)
    report = Report()
    pairs = 0
    for split in splits:
        for text_path, ann_paths in _annotated(_split_dir(root, split)):
            if len(ann_paths) < 2:
                continue
            raw = _read_text(text_path)
            annotations = [_read_gold(path, raw) for path in ann_paths]
            document, convert = _prepared(text_path, raw)
            predicted = _predictions(extract(document), convert)
            report.articles["en"] += 1
            for gold_index, gold in enumerate(annotations):
                for other_index, other in enumerate(annotations):
                    if other_index == gold_index:
                        continue
                    pairs += 1
                    as_predicted = _as_predicted(other)
                    _compare(report, "", gold, as_predicted)
                    _compare(report, ".speech", *_speech(gold, as_predicted))
                _compare(report, "", gold, predicted, prefix="system.")
                _compare(report, ".speech", *_speech(gold, predicted), prefix="system.")
    report.extra["annotator_pairs"] = pairs
    report.extra["attributions"] = "rules + learned cues" if learned else "rules"
    return report
