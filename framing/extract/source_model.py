"""A learned source finder: which words around an attribution cue name its source.

The rules of :mod:`framing.extract.sources` read the source of a cue from
the syntax they recognise (the subject before the verb, an inverted subject,
the object of "according to"). Around a cue they did not find themselves
(one of :mod:`framing.extract.cue_model`), they often find no subject, or
take a non-subject for one. This module scores each token of the cue's
sentence with a logistic-regression model trained on the ``train`` split of
PolNeAR (``tools/train_cue_model.py --source`` holds the training, the only
place scikit-learn is used): the probability that the token is inside the
source of the relation whose cue this is. The features are the token's word,
shape and lexicon sections, its signed distance to the cue, the commas and
quotation marks between them, its neighbours and the cue's own words. The
best run of high-scoring tokens near the cue is its source; none when no
token clears the model's threshold.

The model ships as a data file, ``framing/resources/cue_model/<lang>.source.json.gz``
(weights of single words or word pairs with their place relative to the cue,
the intercept, the thresholds chosen on ``dev``, the feature specification
version, provenance), applied without scikit-learn. The features read the
lexicon's one-word entries: retrain after large lexicon edits (one command).
Only English has a model; :func:`find_source` returns None elsewhere.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from framing.errors import LanguageError
from framing.extract import _linear
from framing.extract._linear import (
    DASHES,
    QUOTE_MARKS,
    linear_fields,
    logistic,
    read_model,
    weight_map,
)
from framing.spans import Span, make_span
from framing.text import Document

__all__ = [
    "SOURCE_SPEC_VERSION",
    "SourceModel",
    "SourceReader",
    "find_source",
    "load_source_model",
    "source_model_languages",
]

#: Version of the feature specification of :meth:`SourceReader.features`.
SOURCE_SPEC_VERSION = 1

# Tokens further than this from the cue are not scored: sources that far
# away are rare and the reader's cost stays linear in the cue count.
_WINDOW = 30
# Punctuation never inside a source span.
_NEVER = frozenset(",;:()[]!?.") | QUOTE_MARKS | DASHES
_SUFFIX = ".source.json.gz"


def _bucket(distance: int) -> str:
    if distance <= 4:
        return str(distance)
    if distance <= 6:
        return "5-6"
    if distance <= 10:
        return "7-10"
    if distance <= 15:
        return "11-15"
    return "16+"


# Names of :meth:`SourceReader._place`: side and distance bucket by distance
# (up to the window), side with commas (up to 2) and marks (up to 1) between.
_BUCKETS = {side: tuple(side + _bucket(d) for d in range(_WINDOW + 1)) for side in "LR"}
_BETWEEN = {
    side: tuple(tuple(f"{side}{c}{m}" for m in range(2)) for c in range(3)) for side in "LR"
}


@dataclass(frozen=True)
class SourceModel:
    """A trained source model: weights, intercept and decoding bars.

    A run of tokens scored at or above ``extend`` whose best token is at or
    above ``threshold`` is a source. ``policy`` says how
    :func:`~framing.extract.cue_model.extract_attributions_learned` combines
    learned sources with the rules' (chosen on ``dev``; its keys are those of
    :data:`framing.extract.cue_model.DEFAULT_POLICY`). ``provenance`` says
    what the weights were trained on.
    """

    lang: str
    weights: dict[str, float]
    intercept: float
    threshold: float
    extend: float
    policy: dict[str, float]
    spec_version: int
    provenance: dict[str, object]

    def probabilities(self, features: list[list[str]]) -> list[float]:
        """The probability that each token, given by its features, is in the source."""
        get = self.weights.get
        out = []
        for feats in features:
            out.append(logistic(self.intercept + sum(get(f, 0.0) for f in feats)))
        return out


@lru_cache(maxsize=1)
def source_model_languages() -> tuple[str, ...]:
    """The language codes that ship a source model, sorted."""
    return _linear.model_languages(_SUFFIX)


@lru_cache(maxsize=4)
def load_source_model(lang: str = "en") -> SourceModel:
    """The source model shipped for ``lang`` (read once, cached).

    Raises
    ------
    LanguageError
        No model ships for ``lang``.
    ResourceError
        The file is malformed or was trained with another feature specification.

    Examples
    --------
    >>> model = load_source_model("en")
    >>> model.spec_version == SOURCE_SPEC_VERSION, 0 < model.threshold < 1
    (True, True)
    """
    available = source_model_languages()
    if lang not in available:
        raise LanguageError(f"no source model for language {lang!r}")
    return read_model(
        f"{lang}{_SUFFIX}",
        SOURCE_SPEC_VERSION,
        lambda data: SourceModel(
            lang=lang, **linear_fields(data), policy=weight_map(data["policy"])
        ),
    )


class SourceReader:
    """Per-document state of the source finder: tokens, their classes and sentences.

    Built once per document; :meth:`features` then costs time linear in the
    window around one cue.
    """

    def __init__(self, doc: Document) -> None:
        from framing.extract.cue_model import token_arrays

        self.doc = doc
        tokens = self.tokens = doc.tokens
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        # The same words, keys, shapes, classes and sentences as the cue
        # model's, which has usually just read this document.
        arrays = token_arrays(doc)
        words = arrays.words
        self.keys = arrays.keys
        self.shapes = arrays.shapes
        self.classes = arrays.classes
        self.sentence_of = arrays.sentence_of
        # Running counts of commas and quotation marks, to count those between two tokens.
        commas = [0]
        marks = [0]
        for shape, word in zip(self.shapes, words, strict=True):
            commas.append(commas[-1] + (word in (",", ";", "(", ")") or shape == "D"))
            marks.append(marks[-1] + (shape == "Q"))
        self.commas = commas
        self.marks = marks
        self.inside = arrays.inside
        self._cache_model: SourceModel | None = None
        self._sums: dict[tuple[int, str], float] = {}

    def cue_tokens(self, cue: Span) -> tuple[int, int] | None:
        """Indexes of the first and last token of ``cue``, or None if it covers none."""
        first = bisect_right(self.ends, cue.start)
        last = bisect_right(self.starts, cue.end - 1) - 1
        if first > last or first >= len(self.tokens):
            return None
        return first, last

    def window(self, first: int, last: int) -> list[int]:
        """The tokens of the cue's sentence within the window, cue excluded."""
        sentence = self.sentence_of[first]
        n = len(self.tokens)
        out = []
        i = first - 1
        while i >= 0 and first - i <= _WINDOW and self.sentence_of[i] == sentence:
            out.append(i)
            i -= 1
        out.reverse()
        i = last + 1
        while i < n and i - last <= _WINDOW and self.sentence_of[i] == sentence:
            out.append(i)
            i += 1
        return out

    def _token_part(self, i: int, side: str) -> list[str]:
        """The features of token ``i`` that depend on the cue only by its side ("L", "R")."""
        keys = self.keys
        shapes = self.shapes
        sentence_of = self.sentence_of
        k = keys[i]
        shape = shapes[i]
        same_prev = i > 0 and sentence_of[i - 1] == sentence_of[i]
        same_next = i + 1 < len(keys) and sentence_of[i + 1] == sentence_of[i]
        p1 = keys[i - 1] if same_prev else "<s>"
        n1 = keys[i + 1] if same_next else "</s>"
        s1 = shapes[i - 1] if same_prev else "<s>"
        t1 = shapes[i + 1] if same_next else "</s>"
        feats = [
            f"w={k}",
            f"s|w={side}|{k}",
            f"sh={shape}",
            f"s|w-1={side}|{p1}",
            f"s|w+1={side}|{n1}",
            f"w-1|w={p1}|{k}",
            f"w|w+1={k}|{n1}",
            f"sh-1|sh|sh+1={s1}|{shape}|{t1}",
            f"in={int(self.inside[i])}",
        ]
        feats += [f"lx={c}" for c in self.classes[i]]
        if not same_prev:
            feats.append(f"first|{side}")
        return feats

    def _cue_words(self, first: int, last: int) -> list[str]:
        keys = self.keys
        sentence_of = self.sentence_of
        cp = "<s>"
        if first > 0 and sentence_of[first - 1] == sentence_of[first]:
            cp = keys[first - 1]
        cn = "</s>"
        if last + 1 < len(keys) and sentence_of[last + 1] == sentence_of[last]:
            cn = keys[last + 1]
        return [f"c0={keys[first]}", f"cl={keys[last]}", f"cp={cp}", f"cn={cn}"]

    def _relative(self, i: int, first: int, last: int, cue_words: list[str]) -> list[str]:
        """The features of token ``i`` that depend on where the cue ``first..last`` is."""
        bucket, cm = self._place(i, first, last)
        k = self.keys[i]
        shape = self.shapes[i]
        feats = [
            f"d={bucket}",
            f"d|cm={bucket}|{cm}",
            f"cm={cm}",
            f"d|w={bucket}|{k}",
            f"d|sh={bucket}|{shape}",
            f"cm|sh={cm}|{shape}",
            f"d|{cue_words[0]}={bucket}|{cue_words[0]}",
            f"d|{cue_words[1]}={bucket}|{cue_words[1]}",
            f"cm|c0={cm}|{self.keys[first]}",
        ]
        feats += [f"d|lx={bucket}|{c}" for c in self.classes[i]]
        return feats

    def features(self, first: int, last: int, window: list[int]) -> list[list[str]]:
        """The feature strings of each token of ``window`` for the cue ``first..last``.

        Words and word pairs with their side of the cue, the token's shape
        and lexicon sections, its distance to the cue (bucketed), the commas
        and quotation marks between them, and the cue's own first, last,
        preceding and following words.
        """
        cue_words = self._cue_words(first, last)
        out = []
        for i in window:
            side = "L" if i < first else "R"
            feats = self._token_part(i, side)
            feats += [f"{side}|{c}" for c in cue_words]
            feats += self._relative(i, first, last, cue_words)
            out.append(feats)
        return out

    def _place(self, i: int, first: int, last: int) -> tuple[str, str]:
        """The distance bucket of token ``i`` to the cue and the commas and marks between."""
        if i < first:
            side = "L"
            distance = first - i
            commas = self.commas[first] - self.commas[i + 1]
            marks = self.marks[first] - self.marks[i + 1]
        else:
            side = "R"
            distance = i - last
            commas = self.commas[i] - self.commas[last + 1]
            marks = self.marks[i] - self.marks[last + 1]
        # Names from tables: asked for every token of every cue's window.
        return _BUCKETS[side][min(distance, _WINDOW)], _BETWEEN[side][min(commas, 2)][min(marks, 1)]

    def probabilities(self, model: SourceModel, first: int, last: int, window: list[int]):
        """The same numbers as ``model.probabilities(self.features(...))``, computed faster.

        Each feature group is weighed once per document and cached by what
        it depends on: the token and its side, the token and its distance
        bucket, the bucket, the commas between and the token's shape.
        """
        if self._cache_model is not model:
            self._cache_model = model
            self._sums = {}
        get = model.weights.get
        sums = self._sums
        keys = self.keys
        shapes = self.shapes
        cue_words = self._cue_words(first, last)
        c0, c1 = cue_words[0], cue_words[1]
        head = keys[first]
        side_weight = {side: sum(get(f"{side}|{c}", 0.0) for c in cue_words) for side in ("L", "R")}
        per_cue: dict[tuple[str, str], float] = {}
        out = []
        for i in window:
            side = "L" if i < first else "R"
            bucket, cm = self._place(i, first, last)
            static = sums.get((i, side))
            if static is None:
                part = self._token_part(i, side)
                static = sums[(i, side)] = sum(map(get, part, repeat(0.0, len(part))))
            near = sums.get((i, bucket))
            if near is None:
                k = keys[i]
                near = get(f"d|w={bucket}|{k}", 0.0) + get(f"d|sh={bucket}|{shapes[i]}", 0.0)
                near += sum(get(f"d|lx={bucket}|{c}", 0.0) for c in self.classes[i])
                sums[(i, bucket)] = near
            shape_key = (bucket, cm, shapes[i])
            general = sums.get(shape_key)
            if general is None:
                general = sums[shape_key] = (
                    get(f"d={bucket}", 0.0)
                    + get(f"d|cm={bucket}|{cm}", 0.0)
                    + get(f"cm={cm}", 0.0)
                    + get(f"cm|sh={cm}|{shapes[i]}", 0.0)
                )
            cue_part = per_cue.get((bucket, cm))
            if cue_part is None:
                cue_part = per_cue[(bucket, cm)] = (
                    get(f"d|{c0}={bucket}|{c0}", 0.0)
                    + get(f"d|{c1}={bucket}|{c1}", 0.0)
                    + get(f"cm|c0={cm}|{head}", 0.0)
                )
            out.append(
                logistic(model.intercept + static + side_weight[side] + near + general + cue_part)
            )
        return out

    def candidates(self, model: SourceModel, cue: Span) -> list[tuple[Span, float]]:
        """Runs of tokens scored at or above ``model.extend`` around ``cue``, with their best score.

        A run stops at punctuation, at the cue and at a gap in the window.
        """
        bounds = self.cue_tokens(cue)
        if bounds is None:
            return []
        first, last = bounds
        window = self.window(first, last)
        probs = self.probabilities(model, first, last, window)
        text = self.doc.text
        out: list[tuple[Span, float]] = []
        run: list[int] = []
        best = 0.0

        def close() -> None:
            if run:
                out.append((make_span(text, self.starts[run[0]], self.ends[run[-1]]), best))

        previous = None
        for i, p in zip(window, probs, strict=True):
            keep = p >= model.extend and self.tokens[i].text not in _NEVER
            if run and (not keep or previous is None or i != previous + 1):
                close()
                run, best = [], 0.0
            if keep:
                run.append(i)
                best = max(best, p)
            previous = i
        close()
        return out


def find_source(
    doc: Document, cue: Span, *, reader: SourceReader | None = None
) -> tuple[Span, float] | None:
    """The learned source of ``cue`` in ``doc`` and its score, or None.

    The best-scoring run of :meth:`SourceReader.candidates`, when its score
    clears the model's threshold. Pass ``reader`` to share one per document.
    None for a language without a source model.

    Examples
    --------
    >>> from framing.text import segment
    >>> doc = segment("The mayor insisted that taxes would fall.", "en")
    >>> found = find_source(doc, make_span(doc.text, 10, 18))
    >>> found[0].text
    'The mayor'
    """
    if doc.lang not in source_model_languages():
        return None
    model = load_source_model(doc.lang)
    reader = reader or SourceReader(doc)
    runs = reader.candidates(model, cue)
    if not runs:
        return None
    span, score = max(runs, key=lambda r: r[1])
    if score < model.threshold:
        return None
    return span, score
