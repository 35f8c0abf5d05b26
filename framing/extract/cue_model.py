"""A learned attribution-cue finder: a token-level linear model over word features.

The rules of :mod:`framing.extract.sources` find the cues of reported speech
well ("said", "according to") but miss many cues of belief, intention,
evidence and reaction ("wants", "polls show", "criticized", a colon after a
speaker's name), which attribution corpora annotate too. This module scores
every token of a document with a logistic-regression model trained on the
``train`` split of PolNeAR (English political news; ``tools/train_cue_model.py``
holds the training, the only place scikit-learn is used) and merges runs of
high-scoring tokens into cue spans.

Scoring has two passes, a poor man's CRF. The first weighs each token's
own word features; the second (:func:`stack_features`) rescores it from the
first-pass scores of its neighbours, the best one in its sentence, and
whether the rules found it or its neighbours inside a cue, source or
content. The second pass is trained on first-pass scores of train tokens
made by models that did not see their text (five folds by text), so that
it learns how far the first pass is to be trusted where it was not fitted.

The model ships as a data file, ``framing/resources/cue_model/<lang>.json.gz``:
a map from feature strings (one word, or a pair of words, with its place
relative to the token; shape, suffix, quotation and lexicon-section
features) to weights, the intercept, the second pass's weights, the
thresholds chosen on the ``dev`` split, the version of the feature
specification the weights were trained with, and the training provenance.
Applying it needs no scikit-learn: a token's first-pass score is the
logistic of the intercept plus the weights of its features. The features
read the lexicon's one-word entries and the second pass reads what the rules
find, so a model should be retrained (``make models``, a few minutes) after
large lexicon or rule edits.

Only English has a model. :func:`load_cue_model`, :func:`cue_scores` and
:func:`predict_cues` raise :class:`~framing.errors.LanguageError` for any
other language; :func:`extract_attributions_learned` falls back to the rules
alone there, so that a mixed-language corpus can be read in one pass.

Where a learned source finder ships (:mod:`framing.extract.source_model`,
``<lang>.source.json.gz`` in the same folder), :func:`extract_attributions_learned`
also uses it, under the policy stored with it and chosen on ``dev``
(:data:`DEFAULT_POLICY` names the choices): it reads the source of a learned
cue the rules cannot read, replaces the source the rules read when it
disagrees with high confidence, and starts learned cues at their first
confident token.

The rules-only path (:func:`~framing.extract.sources.extract_attributions`)
is unchanged and stays the default everywhere; this module is opt-in.

Measured on PolNeAR ``dev`` (84 texts, F1 at overlap 0.3, ``framing evaluate
polnear --split dev --learned``): the cue model alone 0.78 (its first pass
alone 0.76); rules with learned cues and sources: cues 0.77, sources 0.77.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

from framing.errors import LanguageError
from framing.extract import _linear
from framing.extract._linear import (
    QUOTE_MARKS,
    clamp,
    linear_fields,
    logistic,
    read_model,
    weight_map,
    word_shape,
)
from framing.extract.records import Attribution
from framing.spans import Span, make_span
from framing.text import Document, Token, last_document_cache

__all__ = [
    "DEFAULT_POLICY",
    "FEATURE_SPEC_VERSION",
    "CueModel",
    "combine",
    "cue_family",
    "cue_scores",
    "extract_attributions_learned",
    "lexicon_digest",
    "load_cue_model",
    "model_languages",
    "predict_cues",
    "stack_features",
    "token_features",
]

#: Version of the feature specification of :func:`token_features`; a model
#: file trained with another version is refused, since its weights would be
#: read against the wrong features.
FEATURE_SPEC_VERSION = 3

# Tokens further apart than this from a quotation mark all look alike.
_QUOTE_DISTANCE_CAP = 6
# Cached per-word weights are dropped past this many, to bound memory.
_CACHE_LIMIT = 200_000


class _GroupWeights(dict):
    """Summed weights of feature groups, computed on first use."""

    def __init__(self, weights: dict[str, float]) -> None:
        super().__init__()
        self._get = weights.get

    def __missing__(self, group: tuple[str, ...]) -> float:
        weight = self[group] = sum(self._get(f, 0.0) for f in group)
        return weight


@dataclass(frozen=True)
class CueModel:
    """A trained cue model: feature weights, intercept and decision threshold.

    ``threshold`` is a probability: a run of tokens whose best token is
    scored at or above it is a cue, and the run takes in its neighbours
    scored at or above ``extend``. ``attribution_threshold`` is the bar a
    learned cue clears to carry an attribution in
    :func:`extract_attributions_learned`. ``provenance`` says what the
    weights were trained on. ``stack`` holds the weights of the second pass
    over :func:`stack_features` (empty: no second pass), which also weighs
    the first-pass logit by ``stack_logit``.
    """

    lang: str
    weights: dict[str, float]
    intercept: float
    threshold: float
    extend: float
    attribution_threshold: float
    spec_version: int
    provenance: dict[str, object]
    stack: dict[str, float] = field(default_factory=dict)
    stack_intercept: float = 0.0
    stack_logit: float = 0.0
    _cache: _GroupWeights = field(init=False, repr=False, compare=False)
    # Group weights by word, and the lexicon classes map they were read with.
    _words: dict[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)
    _words_lexicon: list = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_cache", _GroupWeights(self.weights))
        object.__setattr__(self, "_words", {})
        object.__setattr__(self, "_words_lexicon", [None])

    def first_pass(self, doc: Document) -> list[float | None]:
        """The first-pass score (a logit) of each token of ``doc``; None where none is needed.

        The same numbers as :meth:`token_probabilities` over
        :func:`token_features` (before the logistic), computed faster: the
        weight of the features that depend on one word only is summed once
        per word and cached, and the punctuation no cue runs across (commas,
        brackets, quotation marks) is not scored.
        """
        get = self.weights.get
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        # A word's groups read its lexicon classes: a reloaded lexicon starts a new cache.
        lexicon = _lexicon_classes(self.lang)
        if len(self._words) > _CACHE_LIMIT or self._words_lexicon[0] is not lexicon:
            self._words.clear()
            self._words_lexicon[0] = lexicon
        group_weight = self._cache.__getitem__

        def weigh(groups: tuple[tuple[str, ...], ...]) -> tuple[float, ...]:
            return tuple(map(group_weight, groups))

        # The group weights of a word depend on the lexicon of the model's
        # language only, so they are kept across documents of that language.
        words = self._words if doc.lang == self.lang else {}
        intercept = self.intercept
        out: list[float | None] = []
        for parts, context in _parts(doc, skip_breaks=True, convert=weigh, cache=words):
            if not parts:
                out.append(None)
                continue
            # Summed in the order of the groups, as the slow path does: the same float.
            z = intercept + sum(parts)
            out.append(z + sum(map(get, context, repeat(0.0, len(context)))))
        return out

    def score_document(
        self, doc: Document, rules: list[Attribution] | None = None
    ) -> tuple[tuple[Token, ...], list[float]]:
        """The tokens of ``doc`` and the probability that each is part of a cue.

        With a second pass (``stack``), the first-pass scores are rescored
        with :func:`stack_features`, which read the attributions the rules
        find (``rules``; found here when not given).
        """
        scores = self.first_pass(doc)
        if not self.stack:
            return doc.tokens, [0.0 if z is None else logistic(z) for z in scores]
        if rules is None:
            from framing.extract.sources import extract_attributions

            rules = extract_attributions(doc)
        get = self.stack.get
        out = []
        for z, feats in zip(scores, stack_features(doc, scores, rules), strict=True):
            if z is None:
                out.append(0.0)
                continue
            z2 = self.stack_intercept + self.stack_logit * clamp(z)
            out.append(logistic(z2 + sum(map(get, feats, repeat(0.0, len(feats))))))
        return doc.tokens, out

    def token_probabilities(self, features: list[list[str]]) -> list[float]:
        """The first-pass probability that each token, given by its features, is part of a cue."""
        get = self.weights.get
        intercept = self.intercept
        out = []
        for feats in features:
            out.append(logistic(intercept + sum(map(get, feats, repeat(0.0, len(feats))))))
        return out


@lru_cache(maxsize=1)
def model_languages() -> tuple[str, ...]:
    """The language codes that ship a cue model, sorted."""
    return _linear.model_languages(".json.gz")


@lru_cache(maxsize=4)
def load_cue_model(lang: str = "en") -> CueModel:
    """The cue model shipped for ``lang`` (read once, cached).

    Raises
    ------
    LanguageError
        No model ships for ``lang`` (only English has one).
    ResourceError
        The model file is malformed or was trained with another feature
        specification.

    Examples
    --------
    >>> model = load_cue_model("en")
    >>> model.spec_version == FEATURE_SPEC_VERSION, 0 < model.threshold < 1
    (True, True)
    """
    available = model_languages()
    if lang not in available:
        raise LanguageError(
            f"no cue model for language {lang!r}; models exist for: {', '.join(available)}"
        )
    return read_model(
        f"{lang}.json.gz",
        FEATURE_SPEC_VERSION,
        lambda data: CueModel(
            lang=lang,
            **linear_fields(data),
            attribution_threshold=float(data["attribution_threshold"]),
            stack=weight_map(data["stack"]["weights"]),
            stack_intercept=float(data["stack"]["intercept"]),
            stack_logit=float(data["stack"]["logit"]),
        ),
    )


# -- features ------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _unit(word: str, classes: tuple[str, ...]) -> tuple[str, ...]:
    """Features of a word by itself: its form, shape, suffixes and lexicon sections."""
    low = word.lower()
    shape = word_shape(word)
    feats = [f"w={low}", f"sh={shape}"]
    if shape in ("x", "Xx", "XX") and len(low) > 3:
        feats.append(f"s3={low[-3:]}")
        feats.append(f"s2={low[-2:]}")
    feats += [f"lx={c}" for c in classes]
    return tuple(feats)


@lru_cache(maxsize=65536)
def _neighbour(tag: str, key: str, shape: str | None, classes: tuple[str, ...]) -> tuple[str, ...]:
    """Features a neighbour at place ``tag`` ("-1", "+2") gives a token."""
    feats = [f"w{tag}={key}"]
    if shape is not None:
        feats.append(f"sh{tag}={shape}")
    feats += [f"lx{tag}={c}" for c in classes]
    return tuple(feats)


# Lexicon sections whose one-word entries name a feature of the word (and of
# its neighbours): the closed lists the rules use generalise the model to
# words too rare in the training data to be weighed on their own.
_LEXICON_PREFIXES = ("source.", "hedge.", "denial", "function.")


@lru_cache(maxsize=4)
def lexicon_digest(lang: str) -> str:
    """A digest of the lexicon word classes the features read.

    Models record the digest they were trained with: a different one means
    the lexicon changed since, and the model should be retrained.
    """
    classes = _lexicon_classes(lang)
    text = "\n".join(f"{w}\t{','.join(c)}" for w, c in sorted(classes.items()))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=4)
def _lexicon_classes(lang: str) -> dict[str, tuple[str, ...]]:
    # Cached: both models read it for every document, and building it
    # walks the whole lexicon (about as long as scoring a short article).
    from framing.lexicons import load_lexicon, supported_languages

    if lang not in supported_languages():
        return {}
    lexicon = load_lexicon(lang)
    classes: dict[str, list[str]] = {}
    for section in lexicon.sections():
        if not section.startswith(_LEXICON_PREFIXES):
            continue
        for entry in lexicon[section]:
            if entry.startswith("re:") or " " in entry.strip():
                continue
            names = classes.setdefault(entry.strip().lower(), [])
            if section not in names:
                names.append(section)
    return {word: tuple(names) for word, names in classes.items()}


# Words that open a reported clause; one within three tokens after a verb
# marks it as a verb of saying or thinking more surely than its next word.
_COMPLEMENT = frozenset({"that", ":", "whether", "if"})


def _key(word: str) -> str:
    """How a neighbouring word is named in a feature: lowercased, digits as one class."""
    if word[0].isdigit():
        return "<d>"
    return word.lower()


def token_features(doc: Document) -> tuple[tuple[Token, ...], list[list[str]]]:
    """The tokens of ``doc`` and the feature strings of each.

    Features are single words or pairs of words with their place relative
    to the token (``w-1=``, ``w+1=``, ``w-1|w=``), the word's suffixes,
    shape and lexicon sections, whether the token is inside a quotation,
    how far the nearest quotation mark is on each side, and where the token
    stands in its sentence; and, from version 2, the words three places
    away, the nearest content words on each side (past determiners and
    adverbs), the lexicon sections of the words two places away, the
    word's ending after a name or pronoun, a complementizer, "to" or
    quotation mark shortly to the right, a quotation earlier or later in the
    sentence, and a colon or dash after a short run of capitalised words
    (a speaker's name). The set is fixed by :data:`FEATURE_SPEC_VERSION`.
    """
    features = []
    for parts, context in _parts(doc):
        feats = [f for part in parts for f in part]
        feats += context
        features.append(feats)
    return doc.tokens, features


@dataclass(frozen=True)
class TokenArrays:
    """Per-token facts of a document that the cue and source models both read.

    ``keys`` are the words as features name them (:func:`_key`), ``classes``
    their lexicon sections, ``sentence_of`` the index of each token's
    sentence in ``sentences`` (title sentences included; -1 before any),
    ``inside`` whether it is inside a top-level quotation.
    """

    words: list[str]
    keys: list[str]
    shapes: list[str]
    classes: list[tuple[str, ...]]
    sentences: list
    sentence_of: list[int]
    inside: list[bool]


# The cue and source models, second pass and span decoding of a document all
# ask for its arrays in turn.
@last_document_cache
def token_arrays(doc: Document) -> TokenArrays:
    """The :class:`TokenArrays` of ``doc``, built once for consecutive calls on it."""
    tokens = doc.tokens
    words = [t.text for t in tokens]
    keys = [_key(w) for w in words]
    lexicon = _lexicon_classes(doc.lang)
    # Sentence of each token, by bisection on starts.
    sentences = list(doc.all_sentences())
    starts = [s.start for s in sentences]
    # Inside a quotation: walk the top-level quotes once.
    inside = [False] * len(tokens)
    quotes = [q for q in doc.quotes if q.depth == 0]
    qi = 0
    for i, t in enumerate(tokens):
        while qi < len(quotes) and quotes[qi].content.end <= t.start:
            qi += 1
        if qi < len(quotes) and quotes[qi].content.start <= t.start < quotes[qi].content.end:
            inside[i] = True
    return TokenArrays(
        words=words,
        keys=keys,
        shapes=[word_shape(w) for w in words],
        classes=[lexicon.get(k, ()) for k in keys],
        sentences=sentences,
        sentence_of=[bisect_right(starts, t.start) - 1 for t in tokens],
        inside=inside,
    )


def _same(groups):
    return groups


def _word_groups(
    word: str, key: str, shape: str, classes: tuple[str, ...]
) -> tuple[tuple[str, ...], ...]:
    """The one-word feature groups a word gives: its own, then as neighbour -1, +1, -2, +2."""
    return (
        _unit(word, classes),
        _neighbour("-1", key, shape, classes),
        _neighbour("+1", key, shape, classes),
        _neighbour("-2", key, shape, ()),
        _neighbour("+2", key, None, ()),
    )


def _parts(
    doc: Document,
    *,
    skip_breaks: bool = False,
    convert: Callable[[tuple[tuple[str, ...], ...]], tuple] | None = None,
    cache: dict[str, tuple] | None = None,
) -> Iterator[tuple[tuple, list[str]]]:
    """Per token of ``doc.tokens``: its one-word feature groups (cached) and its other features.

    The groups are the features that depend on one word only, shared by
    every token that has that word at that place. A generator, so that a
    scorer holds one token's features at a time. With ``skip_breaks``, the
    punctuation no cue runs across gets no features at all (it is never part
    of a cue, whatever its score). ``convert`` maps the five groups of a
    word (:func:`_word_groups`) to what is yielded in their place (a scorer
    passes their weights), once per distinct word; ``cache`` holds its
    results by word and may be shared between documents of one language.
    """
    tokens = doc.tokens
    n = len(tokens)
    arrays = token_arrays(doc)
    words, keys, shapes, classes = arrays.words, arrays.keys, arrays.shapes, arrays.classes
    sentences, sentence_of, inside = arrays.sentences, arrays.sentence_of, arrays.inside
    is_mark = [s == "Q" for s in shapes]

    # Whether each sentence holds a quotation mark (index -1: before any sentence).
    quoted = dict.fromkeys(range(-1, len(sentences)), False)
    for i in range(n):
        if is_mark[i]:
            quoted[sentence_of[i]] = True

    # Index of the nearest quotation mark before and after each token (-1 / n: none).
    mark_before = [-1] * n
    last_mark = -1
    for i in range(n):
        mark_before[i] = last_mark
        if is_mark[i]:
            last_mark = i
    mark_after = [n] * n
    next_mark = n
    for i in range(n - 1, -1, -1):
        mark_after[i] = next_mark
        if is_mark[i]:
            next_mark = i
    # Distance to those marks in tokens, capped (no mark: the cap).
    cap = _QUOTE_DISTANCE_CAP
    before = [min(cap, i - j) if j >= 0 else cap for i, j in enumerate(mark_before)]
    after = [min(cap, j - i) if j < n else cap for i, j in enumerate(mark_after)]

    complement_after = [n + 4] * n
    nxt = n + 4
    for i in range(n - 1, -1, -1):
        complement_after[i] = nxt
        if keys[i] in _COMPLEMENT:
            nxt = i

    # Asked of each token by up to eight of its neighbours: answered once.
    skippable = [_skippable(k, c) for k, c in zip(keys, classes, strict=True)]

    pad = "<s>"
    pads = ((), _neighbour("-1", pad, pad, ()), _neighbour("+1", "</s>", "</s>", ()))
    pads += (_neighbour("-2", pad, pad, ()), _neighbour("+2", "</s>", None, ()))
    if convert is None:
        convert = _same
    if cache is None:
        cache = {}
    # Each distinct word's groups are built (and converted) once, not once per occurrence.
    groups = []
    for word, key, shape, cls in zip(words, keys, shapes, classes, strict=True):
        found = cache.get(word)
        if found is None:
            found = cache[word] = convert(_word_groups(word, key, shape, cls))
        groups.append(found)
    _, left_pad, right_pad, far_left_pad, far_right_pad = convert(pads)
    place = 0
    for i in range(n):
        sent = sentence_of[i]
        same_prev1 = i >= 1 and sentence_of[i - 1] == sent
        same_prev2 = i >= 2 and sentence_of[i - 2] == sent
        same_next1 = i + 1 < n and sentence_of[i + 1] == sent
        same_next2 = i + 2 < n and sentence_of[i + 2] == sent
        place = place + 1 if same_prev1 else 0
        if skip_breaks and words[i] in _BREAKS:
            yield (), []
            continue
        p1 = keys[i - 1] if same_prev1 else pad
        p2 = keys[i - 2] if same_prev2 else pad
        n1 = keys[i + 1] if same_next1 else "</s>"
        n2 = keys[i + 2] if same_next2 else "</s>"
        k = keys[i]
        parts = (
            groups[i][0],
            groups[i - 1][1] if same_prev1 else left_pad,
            groups[i + 1][2] if same_next1 else right_pad,
            groups[i - 2][3] if same_prev2 else far_left_pad,
            groups[i + 2][4] if same_next2 else far_right_pad,
        )
        context = [
            f"w-1|w={p1}|{k}",
            f"w|w+1={k}|{n1}",
            f"w-2|w-1={p2}|{p1}",
            f"w+1|w+2={n1}|{n2}",
            f"qb={before[i]}",
            f"qa={after[i]}",
            f"in|w={int(inside[i])}|{k}",
            f"qb|w={before[i] if before[i] < 3 else 3}|{k}",
            f"sh-1|w={shapes[i - 1] if same_prev1 else pad}|{k}",
            f"at|w={place if place < 4 else 4}|{k}",
            f"sq|w={int(quoted[sent])}|{k}",
        ]
        if inside[i]:
            context.append("in")
        if complement_after[i] - i <= 3:
            context.append("that+3")
        if not same_prev1:
            context.append("first")
        if not same_next2:
            context.append("last2")
        if sent >= 0 and sentences[sent].paragraph == -1:
            context.append("title")
        context += _extra(
            i,
            sent,
            place,
            k,
            n,
            keys,
            shapes,
            classes,
            sentence_of,
            is_mark,
            mark_before,
            mark_after,
            skippable,
        )
        yield parts, context


# Lexicon sections of the words skipped to reach the nearest content word:
# "said the", "strongly believes" read like "said" and "believes".
_SKIP_CLASSES = frozenset(
    {"function.determiner", "source.determiner", "source.adverb", "function.preverbal"}
)


def _skippable(key: str, cls: tuple[str, ...]) -> bool:
    """Whether a word is passed over on the way to the nearest content word."""
    return (key.endswith("ly") and len(key) > 4) or any(c in _SKIP_CLASSES for c in cls)


def _extra(
    i,
    sent,
    place,
    k,
    n,
    keys,
    shapes,
    classes,
    sentence_of,
    is_mark,
    mark_before,
    mark_after,
    skippable,
) -> list[str]:
    """The features of version 2 for token ``i`` (see :func:`token_features`).

    ``skippable[j]`` is :func:`_skippable` of token ``j``.
    """
    out = []
    out.append(f"xa:w-3={keys[i - 3] if i >= 3 and sentence_of[i - 3] == sent else '<s>'}")
    out.append(f"xa:w+3={keys[i + 3] if i + 3 < n and sentence_of[i + 3] == sent else '</s>'}")
    # Cues of belief and reaction are often one adverb or article away from their clue.
    j = i + 1
    while j < n and j <= i + 4 and sentence_of[j] == sent and skippable[j]:
        j += 1
    nc = keys[j] if j < n and sentence_of[j] == sent else "</s>"
    out.append(f"xc:nc={nc}")
    j = i - 1
    while j >= 0 and j >= i - 4 and sentence_of[j] == sent and skippable[j]:
        j -= 1
    pc = keys[j] if j >= 0 and sentence_of[j] == sent else "<s>"
    out.append(f"xc:pc={pc}")
    if j >= 0 and sentence_of[j] == sent:
        out += [f"xc:lxpc={c}" for c in classes[j]]
        out.append(f"xc:shpc={shapes[j]}")
    # A pronoun or title two places back generalises over the rare names between.
    if i >= 2 and sentence_of[i - 2] == sent:
        out += [f"xe:lx-2={c}" for c in classes[i - 2]]
    if i + 2 < n and sentence_of[i + 2] == sent:
        out += [f"xe:lx+2={c}" for c in classes[i + 2]]
    # A rare verb after a subject ("Smith reckons") is known by its ending.
    if shapes[i] == "x" and len(k) > 3 and i >= 1 and sentence_of[i - 1] == sent:
        s2 = k[-2:]
        out.append(f"xs:sh-1|s2={shapes[i - 1]}|{s2}")
        out += [f"xs:lx-1|s2={c}|{s2}" for c in classes[i - 1]]
    # A reported clause or quotation opening shortly after marks its verb.
    kinds = set()
    for j in range(i + 1, min(n, i + 5)):
        if sentence_of[j] != sent:
            break
        if keys[j] in ("that", "to", ":", "whether"):
            kinds.add(keys[j])
        elif is_mark[j]:
            kinds.add("q")
    for kind in sorted(kinds):
        out.append(f"xb:rt={kind}")
        out.append(f"xb:rt|w={kind}|{k}")
    # A sentence that quotes has its cue outside the quotation.
    j = mark_before[i]
    qb = int(j >= 0 and sentence_of[j] == sent)
    j = mark_after[i]
    qa = int(j < n and sentence_of[j] == sent)
    out.append(f"xq:q={qb}{qa}")
    out.append(f"xq:q|sh={qb}{qa}|{shapes[i]}")
    # "Smith: ..." and "Smith -- ..." introduce a speaker's words.
    if shapes[i] in (":", "D") and place <= 5:
        heads = all(shapes[j] in ("Xx", "XX", ".") for j in range(i - place, i))
        out.append(f"xf:col={shapes[i]}|{place}|{int(heads)}")
    return out


# -- second pass -----------------------------------------------------------------

# Upper edges of the probability classes the second pass reads.
_BUCKETS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# How far, in tokens, the second pass looks at its neighbours' first-pass scores.
_STACK_REACH = 3


def _roles(doc: Document, rules: list[Attribution]) -> list[str]:
    """For each token, the parts of rule attributions it lies in: c(ue), s(ource), q (content)."""
    tokens = doc.tokens
    ends = [t.end for t in tokens]
    roles = [""] * len(tokens)
    for attribution in rules:
        source = attribution.source.span if attribution.source else None
        for letter, span in (("c", attribution.cue), ("s", source), ("q", attribution.content)):
            if span is None:
                continue
            i = bisect_right(ends, span.start)
            while i < len(tokens) and tokens[i].start < span.end:
                if letter not in roles[i]:
                    roles[i] += letter
                i += 1
    return ["".join(c for c in "csq" if c in r) or "-" for r in roles]


def stack_features(
    doc: Document, scores: list[float | None], rules: list[Attribution]
) -> list[list[str]]:
    """The second-pass features of each token, from the first-pass ``scores`` (logits).

    A token's own probability class and those of its neighbours up to
    three places away in its sentence (unscored punctuation counts as 0),
    the best class in its sentence, and the parts of the attributions the
    rules found (``rules``) that it and its neighbours lie in: the context a
    token-by-token first pass cannot see, as a CRF would weigh it.
    Unscored tokens (``None``) get no features.
    """
    n = len(doc.tokens)
    sentence_of = token_arrays(doc).sentence_of
    buckets = [0 if z is None else bisect_right(_BUCKETS, logistic(z)) for z in scores]
    best: dict[int, int] = {}
    for sent, b in zip(sentence_of, buckets, strict=True):
        best[sent] = max(best.get(sent, 0), b)
    roles = [_role_names(r) for r in _roles(doc, rules)]
    # The feature names come from tables: the domains are small, and a name
    # built once keeps its hash, which makes the weight look-ups cheap.
    names = _STACK_NAMES
    out: list[list[str]] = []
    for i in range(n):
        if scores[i] is None:
            out.append([])
            continue
        sent = sentence_of[i]
        role = roles[i]
        feats = [names["p"][buckets[i]], names["pm"][best[sent]], role["r"]]
        feats.append(role["r|p"][buckets[i]])
        for k in range(-_STACK_REACH, _STACK_REACH + 1):
            j = i + k
            if k == 0:
                continue
            if 0 <= j < n and sentence_of[j] == sent:
                feats.append(names[k][buckets[j]])
                if abs(k) == 1:
                    feats.append(roles[j][k])
            else:
                feats.append(names[k][-1])
        out.append(feats)
    return out


def _stack_name_table() -> dict[object, tuple[str, ...]]:
    """Second-pass feature names by bucket: own ``p``, sentence best ``pm``, neighbour ``k``.

    A neighbour's row ends with its name outside the sentence (``p+1=<>``).
    """
    classes = range(len(_BUCKETS) + 1)
    table: dict[object, tuple[str, ...]] = {
        "p": tuple(f"p={b}" for b in classes),
        "pm": tuple(f"pm={b}" for b in classes),
    }
    for k in range(-_STACK_REACH, _STACK_REACH + 1):
        if k:
            table[k] = (*(f"p{k:+d}={b}" for b in classes), f"p{k:+d}=<>")
    return table


_STACK_NAMES = _stack_name_table()


@lru_cache(maxsize=64)
def _role_names(role: str) -> dict[object, object]:
    """Second-pass names of a rule role: its own, with each bucket, as a neighbour's."""
    return {
        "r": f"r={role}",
        "r|p": tuple(f"r|p={role}|{b}" for b in range(len(_BUCKETS) + 1)),
        -1: f"r-1={role}",
        1: f"r+1={role}",
    }


# -- spans -----------------------------------------------------------------------

# Punctuation a cue never runs across: two cues side by side ("said, adding")
# are two cues, and a quotation mark ends the reporting clause.
_BREAKS = frozenset(",;()[]") | QUOTE_MARKS


# The score from which a token may start a run. The second pass raises the
# neighbours of a confident token, and the word before a cue is more often
# its subject ("Residents complained") than part of it: on dev, 0.2 cost 0.04
# point of cue F1 at overlap 0.3 and gained one of exact F1.
_LEAD = 0.2


def _runs(
    doc: Document, tokens: tuple[Token, ...], probs: list[float], bar: float
) -> list[tuple[Span, float]]:
    """Maximal runs of tokens scored at or above ``bar`` in one sentence, and their best score.

    A run starts at a token scored at or above ``_LEAD`` (or ``bar``, if higher).
    """
    sentence_of = token_arrays(doc).sentence_of
    out: list[tuple[Span, float]] = []
    first = -1
    best = 0.0
    sentence = previous = None
    for i, (token, p) in enumerate(zip(tokens, probs, strict=True)):
        sentence = sentence_of[i]
        inside = p >= bar and token.text not in _BREAKS
        if first >= 0 and (not inside or sentence != previous):
            out.append((make_span(doc.text, tokens[first].start, tokens[i - 1].end), best))
            first = -1
        if inside and (first >= 0 or p >= _LEAD):
            if first < 0:
                first, best = i, p
            else:
                best = max(best, p)
        previous = sentence
    if first >= 0:
        out.append((make_span(doc.text, tokens[first].start, tokens[-1].end), best))
    return out


def cue_scores(doc: Document) -> list[tuple[Span, float]]:
    """Candidate cue spans of ``doc`` with their scores, in text order.

    A candidate is a maximal run of tokens, inside one sentence and not
    across a comma or quotation mark, starting at a token scored 0.2 or
    more, that the model scores at or above its extension bar
    (``CueModel.extend``, lower than the decision threshold, so that "said
    in a statement" is one cue); its score is the highest
    token probability in it. :func:`predict_cues` keeps the candidates
    scored at or above the threshold.

    Raises
    ------
    LanguageError
        No model ships for the document's language.

    Examples
    --------
    >>> from framing.text import segment
    >>> doc = segment("The minister said the plan would fail.", "en")
    >>> [(s.text, score > 0.5) for s, score in cue_scores(doc)]
    [('said', True)]
    """
    model = load_cue_model(doc.lang)
    tokens, probs = model.score_document(doc)
    return _runs(doc, tokens, probs, model.extend)


def predict_cues(doc: Document, *, threshold: float | None = None) -> list[Span]:
    """The cue spans of ``doc`` the model finds, in text order.

    ``threshold`` defaults to the model's own, chosen for the best cue F1 on
    the ``dev`` split of PolNeAR.

    Raises
    ------
    LanguageError
        No model ships for the document's language.

    Examples
    --------
    >>> from framing.text import segment
    >>> doc = segment("Officials said the talks had failed.", "en")
    >>> [s.text for s in predict_cues(doc)]
    ['said']
    """
    bar = load_cue_model(doc.lang).threshold if threshold is None else threshold
    return [span for span, score in cue_scores(doc) if score >= bar]


@lru_cache(maxsize=4)
def _families(lang: str) -> dict[str, str]:
    """Word -> attribution family, from the lexicon's ``source.family.*`` sections."""
    from framing.extract.records import ATTRIBUTION_FAMILIES
    from framing.lexicons import load_lexicon, supported_languages

    if lang not in supported_languages():
        return {}
    lexicon = load_lexicon(lang)
    out: dict[str, str] = {}
    for family in ATTRIBUTION_FAMILIES:
        for entry in lexicon[f"source.family.{family}"]:
            if not entry.startswith("re:") and " " not in entry.strip():
                out.setdefault(entry.strip().lower(), family)
    return out


def cue_family(lang: str, cue: str) -> str:
    """The attribution family of a cue: that of its first word listed in the lexicon, or speech.

    Examples
    --------
    >>> cue_family("en", "has said"), cue_family("en", "believes")
    ('speech', 'belief')
    """
    families = _families(lang)
    for word in cue.lower().split():
        family = families.get(word.strip(".,:;"))
        if family is not None:
            return family
    return "speech"


#: How :func:`extract_attributions_learned` combines the rules, the learned
#: cues and the learned sources when a source model ships but names no policy
#: (the shipped model names the one chosen on dev). ``trim``: 1 to start a
#: learned cue at its first confident token; ``fill``: 1 to give a learned
#: source to attributions the rules left without one; ``build``: 1 to build an
#: attribution around a learned cue the rules cannot read, from the learned
#: source; ``replace_learned`` / ``replace_rules``: the score a learned source
#: needs to replace the source the rules read around a learned / rule cue
#: (above 1: never); ``cue_bar``: the learned-cue bar (0: the cue model's);
#: ``low_bar`` / ``low_source``: a learned cue scored from ``low_bar`` up to
#: the cue bar is kept only when its learned source scores ``low_source`` or
#: more; ``bare``: the score from which a learned cue around which no source
#: is read is kept as a cue without a source (above 1: never).
DEFAULT_POLICY: dict[str, float] = {
    "trim": 0.0,
    "fill": 0.0,
    "build": 0.0,
    "replace_learned": 2.0,
    "replace_rules": 2.0,
    "cue_bar": 0.0,
    "low_bar": 2.0,
    "low_source": 2.0,
    "bare": 2.0,
}


def extract_attributions_learned(
    doc: Document, *, threshold: float | None = None
) -> list[Attribution]:
    """The rule attributions of ``doc`` plus those built around learned cues.

    Every attribution :func:`~framing.extract.sources.extract_attributions`
    finds is kept. For each learned cue scored at or above ``threshold``
    that overlaps no rule cue,
    :func:`~framing.extract.sources.attribution_for_cue` reads the source
    and content around it (with the family :func:`cue_family` gives it), and
    the attribution is added when that succeeds. ``threshold`` defaults to
    the model's ``attribution_threshold``, chosen on the PolNeAR ``dev``
    split for the best source F1 of this combination (higher than the cue
    threshold: a learned cue the rules did not see needs more confidence to
    carry an attribution). Where the learned source finder of
    :mod:`framing.extract.source_model` ships, its policy (chosen on ``dev``)
    says where its sources complete or replace those the rules read. A
    language without a cue model gets the rules alone.

    Examples
    --------
    >>> from framing.text import segment
    >>> doc = segment("The governor believes the bill will pass.", "en")
    >>> [(a.cue.text, a.source.span.text) for a in extract_attributions_learned(doc)]
    [('believes', 'The governor')]
    """
    from framing.extract.source_model import load_source_model, source_model_languages

    if doc.lang not in model_languages():
        from framing.extract.sources import extract_attributions

        return extract_attributions(doc)
    source_model = None
    policy = None
    if doc.lang in source_model_languages():
        source_model = load_source_model(doc.lang)
        policy = source_model.policy
    return _learned(doc, threshold=threshold, policy=policy, source_model=source_model)


def _trimmed(doc: Document, run: Span, tokens, probs, first_index: dict[int, int], bar: float):
    """``run`` started at its first token scored at or above ``bar`` (itself if none is)."""
    i = first_index.get(run.start)
    if i is None:
        return run
    while i < len(tokens) and tokens[i].end <= run.end:
        if probs[i] >= bar:
            if tokens[i].start == run.start:
                return run
            return make_span(doc.text, tokens[i].start, run.end)
        i += 1
    return run


def _learned(
    doc: Document,
    *,
    threshold: float | None = None,
    policy: dict[str, float] | None = None,
    source_model=None,
) -> list[Attribution]:
    """Rules plus learned cues, combined with learned sources under ``policy``.

    Without ``source_model`` (or ``policy``) this is the combination of
    :func:`combine`; ``policy`` keys are those of :data:`DEFAULT_POLICY`.
    """
    from framing.extract.sources import extract_attributions

    rules = extract_attributions(doc)
    model = load_cue_model(doc.lang)
    bar = model.attribution_threshold if threshold is None else threshold
    tokens, probs = model.score_document(doc, rules)
    runs = _runs(doc, tokens, probs, model.extend)
    if source_model is None or policy is None:
        return combine(doc, rules, [span for span, score in runs if score >= bar])
    policy = {**DEFAULT_POLICY, **policy}
    if threshold is None and policy["cue_bar"] > 0:
        bar = policy["cue_bar"]
    floor = min(bar, policy["low_bar"], policy["bare"])
    cues = [(span, score) for span, score in runs if score >= floor]
    if policy["trim"]:
        first_index = {t.start: i for i, t in enumerate(tokens)}
        cues = [
            (_trimmed(doc, c, tokens, probs, first_index, model.threshold), score)
            for c, score in cues
        ]
    return _with_sources(doc, rules, cues, bar, policy, source_model)


def _with_sources(doc, rules, cues, bar, policy, source_model) -> list[Attribution]:
    from dataclasses import replace

    from framing.extract.records import Source
    from framing.extract.source_model import SourceReader
    from framing.extract.sources import attribution_for_cue, classify_source

    reader = SourceReader(doc)

    memo: dict[tuple[int, int], tuple[Span, float] | None] = {}

    def learned_source(cue: Span) -> tuple[Span, float] | None:
        key = (cue.start, cue.end)
        if key not in memo:
            found = reader.candidates(source_model, cue)
            best = max(found, key=lambda r: r[1]) if found else None
            memo[key] = best if best and best[1] >= source_model.threshold else None
        return memo[key]

    def with_source(attribution: Attribution, span: Span) -> Attribution:
        kind = classify_source(doc, span)
        start = min(attribution.span.start, span.start)
        end = max(attribution.span.end, span.end)
        return replace(
            attribution,
            source=Source(span, kind),
            chain=(kind,),
            span=make_span(doc.text, start, end),
        )

    def revise(attribution: Attribution, bar: float) -> Attribution:
        if attribution.source is None and not policy["fill"] and bar > 1:
            return attribution
        found = learned_source(attribution.cue)
        if found is None:
            return attribution
        span, score = found
        if attribution.source is None:
            return with_source(attribution, span) if policy["fill"] else attribution
        old = attribution.source.span
        if score >= bar and not (span.start < old.end and old.start < span.end):
            return with_source(attribution, span)
        return attribution

    out = [revise(a, policy["replace_rules"]) for a in rules]
    taken = [(a.cue.start, a.cue.end) for a in rules]
    for cue, cue_score in cues:
        if any(start < cue.end and cue.start < end for start, end in taken):
            continue
        found = learned_source(cue)
        bare_only = False
        if cue_score < bar and (
            cue_score < policy["low_bar"] or found is None or found[1] < policy["low_source"]
        ):
            if cue_score < policy["bare"]:
                continue
            # Too weak a cue to carry a source: kept as a cue alone.
            bare_only, found = True, None
        family = cue_family(doc.lang, cue.text)
        attribution = None if bare_only else attribution_for_cue(doc, cue, family=family)
        if attribution is not None:
            attribution = revise(attribution, policy["replace_learned"])
        elif (policy["build"] and found is not None) or cue_score >= policy["bare"]:
            sentence = doc.sentence_at(cue.start)
            if sentence is None:
                continue
            source = None
            start, end = cue.start, cue.end
            if policy["build"] and found is not None:
                kind = classify_source(doc, found[0])
                source = Source(found[0], kind)
                start, end = min(start, found[0].start), max(end, found[0].end)
            attribution = Attribution(
                span=make_span(doc.text, start, end),
                cue=cue,
                source=source,
                chain=(source.kind,) if source else (),
                quote=None,
                content=None,
                stance="neutral",
                sentence=sentence.index,
                paragraph=sentence.paragraph,
                family=family,
            )
        else:
            continue
        out.append(attribution)
        taken.append((attribution.cue.start, attribution.cue.end))
    return sorted(out, key=lambda a: (a.cue.start, a.cue.end))


def combine(doc: Document, rules: list[Attribution], cues: list[Span]) -> list[Attribution]:
    """``rules`` plus an attribution around each of ``cues`` that overlaps no rule cue.

    The building block of :func:`extract_attributions_learned`, open for
    callers that found their cues otherwise; result in text order of cues.
    """
    from framing.extract.sources import attribution_for_cue

    taken = [(a.cue.start, a.cue.end) for a in rules]
    added = []
    for cue in cues:
        if any(start < cue.end and cue.start < end for start, end in taken):
            continue
        attribution = attribution_for_cue(doc, cue, family=cue_family(doc.lang, cue.text))
        if attribution is not None:
            added.append(attribution)
            taken.append((attribution.cue.start, attribution.cue.end))
    return sorted([*rules, *added], key=lambda a: (a.cue.start, a.cue.end))
