"""Train the English attribution-cue model of :mod:`framing.extract.cue_model` on PolNeAR.

The model is fitted on the ``train`` split only (every annotator's version
of the texts several people annotated); the regularisation strengths and
the decision threshold are chosen on ``dev``; ``test`` is never read.
Each token of a prepared document is labelled 1 when it overlaps a gold
cue fragment; the classifier is scikit-learn's logistic regression
(liblinear, fixed seed, cue tokens weighted :data:`POSITIVE_WEIGHT`). The
second pass (:func:`~framing.extract.cue_model.stack_features`) is the same
classifier over the out-of-fold first-pass scores of train (:data:`FOLDS`
folds by text). The weights of both are written, pruned, to a gzipped JSON
file that :func:`~framing.extract.cue_model.load_cue_model` reads without
scikit-learn.

With ``--source`` it trains the source finder of
:mod:`framing.extract.source_model` instead: tokens of the sentence around
each gold cue of ``train``, labelled 1 inside the gold source of that
relation; C and the decoding bars are chosen on ``dev`` for the source F1
given the gold cues, then the policy by which
:func:`~framing.extract.cue_model.extract_attributions_learned` combines
learned sources with the rules is chosen by coordinate ascent on the dev
source F1 of the whole combination (it reads the shipped cue model: train the
cue model first, then the source model).

Usage::

    python tools/train_cue_model.py --corpora ../shared/corpora --c 0.1 --stack-c 0.1 \\
        --out framing/resources/cue_model/en.json.gz
    python tools/train_cue_model.py --source --corpora ../shared/corpora \\
        --out framing/resources/cue_model/en.source.json.gz --c 0.3

Prints the size of the data, the training time and, for each candidate
regularisation strength, of the first pass alone and with each second pass,
the dev cue precision, recall and F1 at overlap 0.3
(the protocol of :func:`framing.evaluation.polnear.evaluate_polnear`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from framing.article import Article
from framing.evaluation import Counts, match_spans
from framing.evaluation.polnear import GoldRelation, _annotated, _read_text, read_ann
from framing.extract._linear import clamp
from framing.extract.cue_model import (
    _BREAKS,
    DEFAULT_POLICY,
    FEATURE_SPEC_VERSION,
    CueModel,
    _runs,
    lexicon_digest,
    stack_features,
    token_features,
)
from framing.pipeline import Prepared, prepare
from framing.spans import make_span

SEED = 13
# A feature seen fewer times than this in train is dropped: it cannot be
# weighed reliably, and rare word pairs are the closest thing to corpus text.
MIN_COUNT = 3
# Weights smaller than this in absolute value are dropped from the file.
PRUNE = 0.02
# Weight of the cue tokens (one in twenty) against the others in the cue
# model's loss: 1.5 gained 0.5 point of dev cue F1 at C=0.1, mostly in recall.
POSITIVE_WEIGHT = 1.5
# Folds of the out-of-fold first-pass scores the second pass is trained on.
FOLDS = 5


def write_model(path: Path, payload: dict) -> None:
    """Write a model file: gzipped JSON, byte-identical for identical weights."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write(json.dumps(payload, ensure_ascii=False, indent=0).encode("utf-8"))


def _cached(cache: Path | None, name: str, build: Callable[[], list[dict]]) -> list[dict]:
    """``build()``, or its pickle under ``cache`` when one was made with this lexicon.

    The features read the lexicon, so a cache made with another one is stale:
    the file name carries the feature spec and the lexicon digest.
    """
    if cache is None:
        return build()
    path = cache / f"{name}_v{FEATURE_SPEC_VERSION}_{lexicon_digest('en')}.pkl"
    if path.exists():
        with path.open("rb") as stream:
            return pickle.load(stream)
    items = build()
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        pickle.dump(items, stream)
    return items


def _prepared(root: Path, split: str) -> Iterator[tuple[str, list[list], Prepared]]:
    """``(name, gold relations of each annotation, prepared document)`` per text of a split.

    The annotations come in the order the evaluation reads them: it scores
    against the first only.
    """
    for text_path, ann_paths in _annotated(root / split):
        raw = _read_text(text_path)
        yield (
            text_path.stem,
            [read_ann(path) for path in ann_paths],
            prepare(Article(id=text_path.stem, text=raw), lang="en"),
        )


def load_split(root: Path, split: str, cache: Path | None) -> list[dict]:
    """Prepared documents of one split with token features, labels and gold cue covers.

    One item per annotation: the texts annotated by several people come
    once per annotator (``rank`` 0 is the one the evaluation reads), sharing
    their document and features.
    """

    def build() -> list[dict]:
        items = []
        for name, versions, prepared in _prepared(root, split):
            doc = prepared.document
            offsets = prepared.cleaned.offsets
            tokens, features = token_features(doc)
            token_spans = [offsets.span_to_original(t.start, t.end) for t in tokens]
            for rank, gold in enumerate(versions):
                fragments = sorted({f for r in gold for f in r.cue})
                items.append(
                    {
                        "name": name,
                        "rank": rank,
                        "offsets": offsets,
                        "sources": sorted({GoldRelation.cover(r.source) for r in gold if r.source}),
                        "doc": doc,
                        "features": features,
                        "labels": _labels(token_spans, fragments),
                        "token_spans": token_spans,
                        "covers": sorted({GoldRelation.cover(r.cue) for r in gold if r.cue}),
                    }
                )
        return items

    return _cached(cache, f"cue_{split}", build)


def _labels(token_spans: list[tuple[int, int]], fragments: list[tuple[int, int]]) -> list[int]:
    labels = [0] * len(token_spans)
    j = 0
    for i, (start, end) in enumerate(token_spans):
        while j < len(fragments) and fragments[j][1] <= start:
            j += 1
        k = j
        while k < len(fragments) and fragments[k][0] < end:
            if fragments[k][1] > start:
                labels[i] = 1
                break
            k += 1
    return labels


def build_matrix(items: list[dict], vocabulary: dict[str, int] | None = None):
    """A CSR matrix of binary features and the label vector; builds the vocabulary if None."""
    if vocabulary is None:
        counts = Counter(f for item in items for feats in item["features"] for f in feats)
        vocabulary = {
            f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))
        }
    indices: list[int] = []
    indptr = [0]
    labels: list[int] = []
    for item in items:
        for feats, label in zip(item["features"], item["labels"], strict=True):
            indices.extend(sorted({vocabulary[f] for f in feats if f in vocabulary}))
            indptr.append(len(indices))
            labels.append(label)
    data = np.ones(len(indices), dtype=np.float64)
    matrix = sparse.csr_matrix(
        (data, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
        shape=(len(labels), len(vocabulary)),
    )
    return matrix, np.asarray(labels), vocabulary


def _weights(classifier, names: list[str]) -> dict[str, float]:
    """The classifier's weights by feature name, rounded, the small ones pruned."""
    return {
        name: round(float(w), 4)
        for name, w in zip(names, classifier.coef_[0], strict=True)
        if abs(w) >= PRUNE
    }


def fit(x, y, c: float) -> LogisticRegression:
    """A logistic regression of cue tokens (weighted :data:`POSITIVE_WEIGHT`) on ``x``."""
    classifier = LogisticRegression(
        C=c,
        class_weight={0: 1.0, 1: POSITIVE_WEIGHT},
        solver="liblinear",
        random_state=SEED,
        max_iter=200,
    )
    return classifier.fit(x, y)


def out_of_fold(x, y, items: list[dict], c: float) -> list[list[float | None]]:
    """First-pass logits of the train tokens, each from a model fitted without its text.

    Texts (with all their annotations) are dealt into :data:`FOLDS` folds
    by name; the second pass learns from these scores rather than from those
    of a model that saw the token, which are overconfident.
    """
    names = sorted({item["name"] for item in items})
    fold_of = {name: i % FOLDS for i, name in enumerate(names)}
    rows = np.repeat([fold_of[item["name"]] for item in items], [len(i["labels"]) for i in items])
    z = np.zeros(len(y))
    for fold in range(FOLDS):
        held = rows == fold
        z[held] = fit(x[~held], y[~held], c).decision_function(x[held])
    out = []
    begin = 0
    for item in items:
        end = begin + len(item["labels"])
        out.append(
            [
                None if t.text in _BREAKS else float(score)
                for t, score in zip(item["doc"].tokens, z[begin:end], strict=True)
            ]
        )
        begin = end
    return out


def stack_matrix(items, scores, rules, vocabulary=None):
    """Second-pass rows of the scored tokens: :func:`stack_features` and the first-pass logit.

    The logit is the last column; builds the vocabulary when None.
    """
    rows = []
    labels = []
    for item, z, found in zip(items, scores, rules, strict=True):
        feats = stack_features(item["doc"], z, found)
        for score, f, label in zip(z, feats, item["labels"], strict=True):
            if score is not None:
                rows.append((f, score))
                labels.append(label)
    if vocabulary is None:
        counts = Counter(g for f, _ in rows for g in f)
        vocabulary = {
            f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))
        }
    width = len(vocabulary)
    indices: list[int] = []
    data: list[float] = []
    indptr = [0]
    for f, score in rows:
        columns = sorted({vocabulary[g] for g in f if g in vocabulary})
        indices.extend([*columns, width])
        data.extend([1.0] * len(columns) + [clamp(score)])
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.asarray(data), np.asarray(indices, dtype=np.int32), np.asarray(indptr)),
        shape=(len(rows), width + 1),
    )
    return matrix, np.asarray(labels), vocabulary


def _candidates(items: list[dict], probs: list[list[float]], extend: float) -> list[list]:
    """Per text: candidate cue runs at bar ``extend``, as raw-text offsets with their scores."""
    out = []
    for item, p in zip(items, probs, strict=True):
        doc = item["doc"]
        starts = {t.start: i for i, t in enumerate(doc.tokens)}
        ends = {t.end: i for i, t in enumerate(doc.tokens)}
        mapped = item["token_spans"]
        out.append(
            [
                ((mapped[starts[s.start]][0], mapped[ends[s.end]][1]), score)
                for s, score in _runs(doc, doc.tokens, p, extend)
            ]
        )
    return out


def span_counts(items: list[dict], candidates: list[list], threshold: float) -> Counts:
    """Cue counts at overlap 0.3 over ``items`` for the candidates kept at ``threshold``."""
    total = Counts()
    for item, spans in zip(items, candidates, strict=True):
        predicted = sorted({span for span, score in spans if score >= threshold})
        counts, _ = match_spans(item["covers"], predicted, min_overlap=0.3)
        total.add(counts)
    return total


def best_thresholds(items: list[dict], probs: list[list[float]]) -> tuple[float, float, Counts]:
    """The decision threshold and extension bar with the best dev cue F1 at overlap 0.3."""
    best = (0.5, 0.5, Counts())
    # Bars under 0.1 gain under a point of F1 at overlap 0.3 on dev but take
    # subjects and dates into the cue ("the board denied", "said on Monday")
    # and lose a third of the exact matches.
    for extend in (0.1, 0.2, 0.3):
        candidates = _candidates(items, probs, extend)
        for threshold in np.arange(0.2, 0.8, 0.025):
            if threshold < extend:
                continue
            counts = span_counts(items, candidates, float(threshold))
            if counts.f1 > best[2].f1:
                best = (round(float(threshold), 3), extend, counts)
    return best


def best_attribution_threshold(
    model: CueModel, items: list[dict], rules: list[list], probs: list[list[float]]
):
    """The learned-cue bar with the best dev source F1 at 0.3 for rules + learned attributions."""
    from framing.extract.cue_model import combine

    prepared = [
        (item, found, _runs(item["doc"], item["doc"].tokens, p, model.extend))
        for item, found, p in zip(items, rules, probs, strict=True)
    ]
    results = []
    for bar in [*np.arange(model.threshold, 0.9, 0.05), 1.01]:
        total = Counts()
        for item, found_rules, candidates in prepared:
            cues = [span for span, score in candidates if score >= bar]
            found = combine(item["doc"], found_rules, cues)
            convert = item["offsets"].span_to_original
            predicted = sorted(
                {convert(a.source.span.start, a.source.span.end) for a in found if a.source}
            )
            counts, _ = match_spans(item["sources"], predicted, min_overlap=0.3)
            total.add(counts)
        label = "rules alone" if bar > 1 else f"learned cues >= {bar:.3f}"
        print(
            f"  {label}: dev source@0.3 P {total.precision:.3f} "
            f"R {total.recall:.3f} F1 {total.f1:.3f}"
        )
        if bar <= 1:
            results.append((round(float(bar), 3), total))
    return max(results, key=lambda r: r[1].f1)


# -- source model ------------------------------------------------------------------


def load_source_split(root: Path, split: str, cache: Path | None) -> list[dict]:
    """Prepared documents of one split with their gold relations as raw-text offsets.

    One item per annotation, as in :func:`load_split`.
    """
    cover = GoldRelation.cover

    def build() -> list[dict]:
        items = []
        for name, versions, prepared in _prepared(root, split):
            doc = prepared.document
            offsets = prepared.cleaned.offsets
            token_spans = [offsets.span_to_original(t.start, t.end) for t in doc.tokens]
            for rank, gold in enumerate(versions):
                items.append(
                    {
                        "name": name,
                        "rank": rank,
                        "doc": doc,
                        "offsets": offsets,
                        "token_spans": token_spans,
                        "relations": [(cover(r.cue), cover(r.source)) for r in gold if r.cue],
                        "cues": sorted({cover(r.cue) for r in gold if r.cue}),
                        "sources": sorted({cover(r.source) for r in gold if r.source}),
                    }
                )
        return items

    return _cached(cache, f"source_{split}", build)


def _covered(token_spans: list[tuple[int, int]], span: tuple[int, int]) -> list[int]:
    start, end = span
    return [i for i, (s, e) in enumerate(token_spans) if s < end and start < e]


def source_examples(items: list[dict]) -> tuple[list[list[str]], list[int], list[tuple]]:
    """Token features and labels: for each gold cue, the tokens around it, 1 inside its source.

    The third list says, per gold cue, which rows are its window (for decoding on dev).
    """
    from framing.extract.source_model import SourceReader

    features: list[list[str]] = []
    labels: list[int] = []
    groups: list[tuple] = []
    for number, item in enumerate(items):
        reader = SourceReader(item["doc"])
        spans = item["token_spans"]
        for cue, source in item["relations"]:
            covered = _covered(spans, cue)
            if not covered:
                continue
            first, last = covered[0], covered[-1]
            window = reader.window(first, last)
            inside = set(_covered(spans, source)) if source else set()
            begin = len(features)
            features.extend(reader.features(first, last, window))
            labels.extend(int(i in inside) for i in window)
            groups.append((number, first, last, window, begin, source))
    return features, labels, groups


def _matrix(features: list[list[str]], labels: list[int], vocabulary: dict[str, int]):
    indices: list[int] = []
    indptr = [0]
    for feats in features:
        indices.extend(sorted({vocabulary[f] for f in feats if f in vocabulary}))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return sparse.csr_matrix(
        (data, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
        shape=(len(features), len(vocabulary)),
    ), np.asarray(labels)


def source_given_gold_cues(model, items: list[dict], groups: list[tuple]) -> Counts:
    """Dev source counts at 0.3 when the model reads the source of every gold cue."""
    from framing.extract.source_model import SourceReader

    total = Counts()
    by_item: dict[int, list] = {}
    for group in groups:
        by_item.setdefault(group[0], []).append(group)
    for number, item in enumerate(items):
        reader = SourceReader(item["doc"])
        gold, predicted = [], []
        for _, first, last, _window, _, source in by_item.get(number, []):
            if source:
                gold.append(source)
            cue = make_span(item["doc"].text, reader.starts[first], reader.ends[last])
            runs = reader.candidates(model, cue)
            if runs:
                span, score = max(runs, key=lambda r: r[1])
                if score >= model.threshold:
                    predicted.append(item["offsets"].span_to_original(span.start, span.end))
        counts, _ = match_spans(sorted(set(gold)), sorted(set(predicted)), min_overlap=0.3)
        total.add(counts)
    return total


def system_counts(items: list[dict], policy: dict | None, source_model) -> tuple[Counts, Counts]:
    """Dev cue and source counts at 0.3 of ``extract_attributions_learned`` under ``policy``."""
    from framing.extract import cue_model

    cues, sources = Counts(), Counts()
    for item in items:
        found = cue_model._learned(item["doc"], policy=policy, source_model=source_model)
        convert = item["offsets"].span_to_original
        pred_cues = sorted({convert(a.cue.start, a.cue.end) for a in found})
        pred_sources = sorted(
            {convert(a.source.span.start, a.source.span.end) for a in found if a.source}
        )
        counts, _ = match_spans(item["cues"], pred_cues, min_overlap=0.3)
        cues.add(counts)
        counts, _ = match_spans(item["sources"], pred_sources, min_overlap=0.3)
        sources.add(counts)
    return cues, sources


def train_source(args) -> int:
    """Fit the source model on train, choose C, bars and combination policy on dev, write it."""
    from framing.extract.source_model import SOURCE_SPEC_VERSION, SourceModel

    root = args.corpora / "polnear"
    started = time.perf_counter()
    train = [
        i for i in load_source_split(root, "train", args.cache) if args.every or i["rank"] == 0
    ]
    dev = [i for i in load_source_split(root, "dev", args.cache) if i["rank"] == 0]
    x_feats, y, _ = source_examples(train)
    _, _, d_groups = source_examples(dev)
    counts = Counter(f for feats in x_feats for f in feats)
    vocabulary = {
        f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))
    }
    x_train, y_train = _matrix(x_feats, y, vocabulary)
    print(
        f"source train: {x_train.shape[0]} rows ({int(y_train.sum())} in sources), "
        f"{x_train.shape[1]} features [{time.perf_counter() - started:.0f} s]"
    )
    names = sorted(vocabulary, key=vocabulary.get)
    best = None
    for c in args.c:
        classifier = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=200)
        classifier.fit(x_train, y_train)
        weights = {
            n: round(float(w), 4)
            for n, w in zip(names, classifier.coef_[0], strict=True)
            if abs(w) >= PRUNE
        }
        for extend in (0.2, 0.3, 0.4):
            for threshold in (0.3, 0.4, 0.5, 0.6):
                if threshold < extend:
                    continue
                model = SourceModel(
                    "en",
                    weights,
                    round(float(classifier.intercept_[0]), 4),
                    threshold,
                    extend,
                    {},
                    SOURCE_SPEC_VERSION,
                    {},
                )
                total = source_given_gold_cues(model, dev, d_groups)
                print(
                    f"C={c} extend={extend} threshold={threshold}: {len(weights)} weights; "
                    f"dev source@0.3 given gold cues P {total.precision:.3f} "
                    f"R {total.recall:.3f} F1 {total.f1:.3f}"
                )
                if best is None or total.f1 > best[1].f1:
                    best = (model, total, c)
    model, total, c = best
    print(f"chose C={c} extend={model.extend} threshold={model.threshold}")
    baseline = system_counts(dev, None, None)
    print(
        f"previous combination: dev cue F1 {baseline[0].f1:.4f} source P "
        f"{baseline[1].precision:.3f} R {baseline[1].recall:.3f} F1 {baseline[1].f1:.4f}"
    )
    chosen = (None, baseline)
    current = dict(DEFAULT_POLICY)
    for _ in range(2):
        for key, values in POLICY_GRID.items():
            for value in values:
                policy = {**current, key: value}
                result = system_counts(dev, policy, model)
                print(
                    f"{key}={value}: dev cue P {result[0].precision:.3f} R {result[0].recall:.3f} "
                    f"F1 {result[0].f1:.4f}; source P {result[1].precision:.3f} "
                    f"R {result[1].recall:.3f} F1 {result[1].f1:.4f}"
                )
                # Source F1 first; cue F1 breaks ties (a cue kept without a source).
                rank = (round(result[1].f1, 4), round(result[0].f1, 4))
                if rank > (round(chosen[1][1].f1, 4), round(chosen[1][0].f1, 4)):
                    chosen = (policy, result)
            if chosen[0] is not None:
                current = dict(chosen[0])
    policy, (cue_counts, source_counts) = chosen
    print(f"chose policy {policy}")
    if policy is None:
        print("no policy beats the previous combination on dev: nothing written")
        return 1
    provenance = {
        "corpus": "PolNeAR v1.0.0 (networkdynamics/PolNeAR c3eee83)",
        "trained_on": (
            f"train split, {len(train)} annotations of {len({i['name'] for i in train})} "
            "texts, tokens around gold cues"
        ),
        "tuned_on": f"dev split, {len(dev)} texts (C, bars, combination policy)",
        "classifier": f"sklearn LogisticRegression(C={c}, solver=liblinear, seed={SEED})",
        "min_count": MIN_COUNT,
        "pruned_below": PRUNE,
        "dev_source_f1@0.3_given_gold_cues": round(total.f1, 4),
        "dev_cue_f1@0.3_combined": round(cue_counts.f1, 4),
        "dev_source_f1@0.3_combined": round(source_counts.f1, 4),
        "lexicon_sha1": lexicon_digest("en"),
    }
    payload = {
        "lang": "en",
        "spec_version": SOURCE_SPEC_VERSION,
        "intercept": model.intercept,
        "threshold": model.threshold,
        "extend": model.extend,
        "policy": policy,
        "provenance": provenance,
        "weights": dict(sorted(model.weights.items())),
    }
    write_model(args.out, payload)
    print(
        f"{len(model.weights)} weights, {args.out.stat().st_size / 1e6:.2f} MB -> {args.out} "
        f"[total {time.perf_counter() - started:.0f} s]"
    )
    return 0


# The values tried for each key of the combination policy, by coordinate ascent
# on dev source F1 (two passes, from DEFAULT_POLICY).
POLICY_GRID: dict[str, tuple[float, ...]] = {
    "trim": (0.0, 1.0),
    "fill": (0.0, 1.0),
    "build": (0.0, 1.0),
    "cue_bar": (0.0, 0.3, 0.4, 0.5, 0.6, 0.7),
    "replace_learned": (0.5, 0.6, 0.7, 0.8, 0.9, 2.0),
    "replace_rules": (0.8, 0.9, 0.95, 2.0),
    "low_bar": (0.4, 2.0),
    "low_source": (0.8, 0.9, 2.0),
    "bare": (0.6, 0.8, 2.0),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="model file (default framing/resources/cue_model/en.json.gz, "
        "or en.source.json.gz with --source)",
    )
    parser.add_argument("--cache", type=Path, default=None, help="folder for prepared splits")
    parser.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0])
    parser.add_argument(
        "--stack-c",
        type=float,
        nargs="*",
        default=[0.1],
        help="C of the second pass (several: chosen on dev; none: first pass only)",
    )
    parser.add_argument(
        "--first-only",
        dest="every",
        action="store_false",
        help="train on the first annotation of each text only, not on every annotator's",
    )
    parser.add_argument(
        "--source", action="store_true", help="train the source model instead of the cue model"
    )
    args = parser.parse_args(argv)
    if args.out is None:
        name = "en.source.json.gz" if args.source else "en.json.gz"
        args.out = Path("framing/resources/cue_model") / name
    if args.source:
        return train_source(args)
    return train_cue(args)


def train_cue(args) -> int:
    """Fit both passes of the cue model on train, choose C and the bars on dev, write it."""
    from framing.extract.sources import extract_attributions

    root = args.corpora / "polnear"
    started = time.perf_counter()
    train = [i for i in load_split(root, "train", args.cache) if args.every or i["rank"] == 0]
    dev = [i for i in load_split(root, "dev", args.cache) if i["rank"] == 0]
    x_train, y_train, vocabulary = build_matrix(train)
    names = sorted(vocabulary, key=vocabulary.get)
    rules_of: dict[str, list] = {}
    for item in [*train, *dev]:
        if item["name"] not in rules_of:
            rules_of[item["name"]] = extract_attributions(item["doc"])
    train_rules = [rules_of[item["name"]] for item in train]
    dev_rules = [rules_of[item["name"]] for item in dev]
    print(
        f"train: {len(train)} annotated texts, {x_train.shape[0]} tokens "
        f"({int(y_train.sum())} in cues), {x_train.shape[1]} features; dev: {len(dev)} texts "
        f"[{time.perf_counter() - started:.0f} s]"
    )
    best = None
    for c in args.c:
        classifier = fit(x_train, y_train, c)
        first = CueModel(
            "en",
            _weights(classifier, names),
            round(float(classifier.intercept_[0]), 4),
            0.5,
            0.5,
            1.0,
            FEATURE_SPEC_VERSION,
            {},
        )
        candidates = [(first, None)]
        if args.stack_c:
            x_stack, y_stack, stack_vocabulary = stack_matrix(
                train, out_of_fold(x_train, y_train, train, c), train_rules
            )
            stack_names = sorted(stack_vocabulary, key=stack_vocabulary.get)
            for stack_c in args.stack_c:
                second = fit(x_stack, y_stack, stack_c)
                model = replace(
                    first,
                    stack=_weights(second, [*stack_names, ""]),
                    stack_intercept=round(float(second.intercept_[0]), 4),
                    stack_logit=round(float(second.coef_[0][-1]), 4),
                )
                model.stack.pop("", None)
                candidates.append((model, stack_c))
        for model, stack_c in candidates:
            probs = [
                model.score_document(item["doc"], found)[1]
                for item, found in zip(dev, dev_rules, strict=True)
            ]
            bar, extend, counts = best_thresholds(dev, probs)
            label = "first pass" if stack_c is None else f"second pass C={stack_c}"
            print(
                f"C={c}, {label}: {len(model.weights)}+{len(model.stack)} weights; dev cue@0.3 "
                f"P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f} "
                f"at threshold {bar}, extension bar {extend} "
                f"[{time.perf_counter() - started:.0f} s]"
            )
            if best is None or counts.f1 > best[2].f1:
                best = (replace(model, threshold=bar, extend=extend), probs, counts, c, stack_c)
    model, probs, counts, c, stack_c = best
    attribution_bar, source_counts = best_attribution_threshold(model, dev, dev_rules, probs)
    provenance = {
        "corpus": "PolNeAR v1.0.0 (networkdynamics/PolNeAR c3eee83)",
        "trained_on": (
            f"train split, {len(train)} annotations of {len({i['name'] for i in train})} texts"
        ),
        "tuned_on": f"dev split, {len(dev)} texts (C, thresholds)",
        "classifier": (
            f"sklearn LogisticRegression(C={c}, class_weight={{1: {POSITIVE_WEIGHT}}}, "
            f"solver=liblinear, seed={SEED})"
        ),
        "second_pass": (
            "none"
            if stack_c is None
            else f"same, C={stack_c}, on {FOLDS}-fold out-of-fold first-pass scores"
        ),
        "min_count": MIN_COUNT,
        "pruned_below": PRUNE,
        "dev_cue_f1@0.3": round(counts.f1, 4),
        "dev_cue_precision@0.3": round(counts.precision, 4),
        "dev_cue_recall@0.3": round(counts.recall, 4),
        "dev_source_f1@0.3_with_rules": round(source_counts.f1, 4),
        "attribution_threshold_tuned_on": "dev source F1@0.3, rules + learned cues",
        "lexicon_sha1": lexicon_digest("en"),
    }
    payload = {
        "lang": "en",
        "spec_version": FEATURE_SPEC_VERSION,
        "intercept": model.intercept,
        "threshold": model.threshold,
        "extend": model.extend,
        "attribution_threshold": attribution_bar,
        "provenance": provenance,
        "stack": {
            "intercept": model.stack_intercept,
            "logit": model.stack_logit,
            "weights": dict(sorted(model.stack.items())),
        },
        "weights": dict(sorted(model.weights.items())),
    }
    write_model(args.out, payload)
    print(
        f"chose C={c}, second pass {stack_c}, threshold={model.threshold} "
        f"extension bar={model.extend} attribution threshold={attribution_bar}: dev cue@0.3 "
        f"P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f}; "
        f"{args.out.stat().st_size / 1e6:.2f} MB -> {args.out} "
        f"[total {time.perf_counter() - started:.0f} s]"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
