"""Train Punkt on a development corpus and print candidates for curation.

Development only: this script is not part of the package and its output is
never committed as it is. It trains NLTK's ``PunktTrainer`` (with framing's
token and language rules, so ``…`` and ``J.-P.`` are read as at run time) on
news text from ``../shared/corpora`` and prints, with counts:

- the abbreviations Punkt finds, each with how often the word appears with
  and without a final period and what follows it, marked ``shipped`` when
  ``framing/resources/punkt/<lang>/abbreviations.txt`` already has it;
- the shipped abbreviations Punkt did *not* find, with the same evidence
  (a shipped word that is mostly followed by a capital is a risk);
- collocations and frequent sentence starters.

A human then edits the lists in ``framing/resources/punkt/<lang>/``: real
abbreviations stay, names, typos and words that end sentences go.

    python tools/train_punkt.py en [--corpus PATH ...] [--max-chars N] [--top N]
    python tools/train_punkt.py fr --all-collocations
    python tools/train_punkt.py fr --evaluate

``--evaluate`` trains nothing: it scores the *shipped* parameters against the
sentence segmentation the WMT news test documents carry (French only), as
precision and recall of sentence ends inside paragraphs, and prints the
misses. It is a development corpus: the lists were curated while reading it.

Default corpora: English, the AllSides articles and PolNeAR ``train``;
French, OrangeSum and the WMT news test documents.
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from nltk.tokenize.punkt import PunktTrainer

from framing import _punkt

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_CORPORA = {
    "en": [
        CORPORA / "allsides-article-bias" / "articles.jsonl.xz",
        CORPORA / "polnear" / "train" / "text",
    ],
    "fr": [
        CORPORA / "orangesum-fr" / "articles.jsonl.xz",
        CORPORA / "wmt-newstest-fr" / "articles.jsonl.xz",
    ],
}
WMT = CORPORA / "wmt-newstest-fr" / "articles.jsonl.xz"
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
TEXT_FIELDS = ("text", "content_original", "content", "body")
BATCH_CHARS = 1_000_000


class NewsPunktTrainer(PunktTrainer):
    """PunktTrainer that reads ``…`` like the run-time tokenizer does."""

    def _first_pass_annotation(self, aug_tok):
        _punkt.first_pass_annotation(PunktTrainer._first_pass_annotation, self, aug_tok)


def iter_texts(path: Path) -> Iterator[str]:
    """Article texts of a ``.jsonl[.xz]`` file or a folder of ``.txt`` files."""
    if path.is_dir():
        for file in sorted(path.glob("*.txt")):
            yield file.read_text(encoding="utf-8")
        return
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for field in TEXT_FIELDS:
                if isinstance(record.get(field), str):
                    yield record[field]
                    break


def iter_batches(paths: list[Path], max_chars: int) -> Iterator[str]:
    """The corpora's texts in batches of about ``BATCH_CHARS``, ``max_chars`` in all.

    Each corpus gets an equal share of ``max_chars`` (a small corpus gives
    what it has).
    """
    share = max_chars // len(paths)
    for path in paths:
        used = 0
        batch: list[str] = []
        size = 0
        for text in iter_texts(path):
            batch.append(text)
            size += len(text)
            used += len(text)
            if size >= BATCH_CHARS:
                yield "\n\n".join(batch)
                batch, size = [], 0
            if used >= share:
                break
        if batch:
            yield "\n\n".join(batch)
        print(f"# {path}: {used:,} characters", file=sys.stderr)


def followers(trainer: PunktTrainer, batches: list[str]) -> dict[str, Counter]:
    """For each period-final type, what the next token looks like."""
    seen: dict[str, Counter] = {}
    for text in batches:
        tokens = list(trainer._tokenize_words(text))
        for token, following in pairwise(tokens):
            if not token.period_final or token.is_ellipsis:
                continue
            if following.parastart:
                kind = "para"
            elif following.tok[:1] in ",;:)":
                kind = "punct"
            elif following.first_lower:
                kind = "lower"
            elif following.first_upper:
                kind = "upper"
            elif following.tok[:1].isdigit():
                kind = "digit"
            else:
                kind = "other"
            seen.setdefault(token.type_no_period, Counter())[kind] += 1
    return seen


def shipped(lang: str, name: str) -> set[str]:
    try:
        params = _punkt.load_parameters(lang)
    except Exception:  # a broken list must not stop the report that fixes it
        return set()
    return {
        _punkt.ABBREVIATIONS: params.abbrev_types,
        _punkt.SENTENCE_STARTERS: params.sent_starters,
        _punkt.COLLOCATIONS: {" ".join(pair) for pair in params.collocations},
    }[name]


def _punkt_type(word: str) -> str:
    word = word.strip().lower()
    return word[:-1] if len(word) > 1 and word.endswith(".") else word


def evidence(typ: str, fdist, after: dict[str, Counter]) -> str:
    follow = after.get(typ, Counter())
    return (
        f"with.={fdist[typ + '.']:<6} without={fdist[typ]:<7} "
        f"lower={follow['lower']:<5} punct={follow['punct']:<5} digit={follow['digit']:<5} "
        f"upper={follow['upper']:<5} para={follow['para']}"
    )


def evaluate(path: Path, show: int) -> int:
    """Sentence ends found by ``sentence_spans`` against the WMT segmentation."""
    found = missed = extra = 0
    errors: list[str] = []
    with lzma.open(path, "rt", encoding="utf-8") as lines:
        documents = [json.loads(line) for line in lines]
    for document in documents:
        text = document["text"]
        gold: set[int] = set()
        position = 0
        for sentence in document["sentences"]:
            start = text.find(sentence.strip(), position)
            if start < 0:
                break
            position = start + len(sentence.strip())
            gold.add(position)
        else:
            predicted: set[int] = set()
            paragraph_ends: set[int] = set()
            for paragraph in PARAGRAPH.finditer(text):
                spans = _punkt.sentence_spans(paragraph.group(), "fr")
                predicted |= {paragraph.start() + end for _, end in spans}
                paragraph_ends.add(paragraph.end())
            gold -= paragraph_ends
            predicted -= paragraph_ends
            found += len(gold & predicted)
            extra += len(predicted - gold)
            missed += len(gold - predicted)
            for kind, ends in (("extra", predicted - gold), ("missed", gold - predicted)):
                errors += [f"{kind:<7} {text[max(0, e - 40) : e + 30]!r}" for e in sorted(ends)]
    precision = found / max(1, found + extra)
    recall = found / max(1, found + missed)
    print(f"sentence ends: {found} found, {extra} extra, {missed} missed")
    print(f"precision {precision:.4f}  recall {recall:.4f}")
    print("\n".join(errors[:show]))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(DEFAULT_CORPORA))
    parser.add_argument("--corpus", type=Path, action="append", help="corpus file or folder")
    parser.add_argument("--max-chars", type=int, default=30_000_000, help="characters in all")
    parser.add_argument("--top", type=int, default=300, help="rows per section at most")
    parser.add_argument(
        "--all-collocations",
        action="store_true",
        help="consider every word pair after a period (Punkt's INCLUDE_ALL_COLLOCS)",
    )
    parser.add_argument(
        "--words", default="", help="comma-separated words to show the evidence of, too"
    )
    parser.add_argument(
        "--evaluate",
        action="store_true",
        help="score the shipped French parameters against WMT's sentences",
    )
    args = parser.parse_args(argv)
    if args.evaluate:
        if args.lang != "fr" or not WMT.exists():
            parser.error(f"--evaluate needs lang fr and {WMT}")
        return evaluate(WMT, args.top)

    paths = args.corpus or DEFAULT_CORPORA[args.lang]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        parser.error(f"corpus not found: {', '.join(missing)}")

    trainer = NewsPunktTrainer(lang_vars=_punkt.NewsLanguageVars(), token_cls=_punkt.NewsPunktToken)
    if args.all_collocations:
        trainer.INCLUDE_ALL_COLLOCS = True
        trainer.MIN_COLLOC_FREQ = 5
    batches = list(iter_batches(paths, args.max_chars))
    for batch in batches:
        trainer.train(batch, finalize=False)
    trainer.finalize_training()
    params = trainer.get_params()
    fdist = trainer._type_fdist
    after = followers(trainer, batches)

    # Scores of every period-final type, recomputed from the final counts.
    found = set(params.abbrev_types)
    params.clear_abbrevs()
    scores = {
        typ: score
        for typ, score, _ in trainer._reclassify_abbrev_types(
            t for t in fdist if t and t.endswith(".")
        )
    }
    params.abbrev_types = found

    abbreviations = shipped(args.lang, _punkt.ABBREVIATIONS)
    print(f"## abbreviations found by Punkt: {len(found)} ({args.lang})")
    ranked = sorted(found, key=lambda t: (-fdist[t + "."], t))
    for typ in ranked[: args.top]:
        mark = "shipped" if typ in abbreviations else "-"
        print(f"{typ:<14} {mark:<8} score={scores.get(typ, 0):<8.2f} {evidence(typ, fdist, after)}")

    print(f"\n## shipped abbreviations Punkt did not find: {len(abbreviations - found)}")
    for typ in sorted(abbreviations - found, key=lambda t: (-fdist[t + "."], t)):
        print(f"{typ:<14} score={scores.get(typ, 0):<8.2f} {evidence(typ, fdist, after)}")

    words = [_punkt_type(word) for word in args.words.split(",") if word.strip()]
    if words:
        print(f"\n## evidence for {len(words)} requested words")
        for typ in words:
            print(f"{typ:<14} score={scores.get(typ, 0):<8.2f} {evidence(typ, fdist, after)}")

    collocations = shipped(args.lang, _punkt.COLLOCATIONS)
    found_collocations = sorted(trainer._find_collocations(), key=lambda item: -item[1])
    print(f"\n## collocations: {len(found_collocations)}")
    for (first, second), likelihood in found_collocations[: args.top]:
        count = trainer._collocation_fdist[(first, second)]
        mark = "shipped" if f"{first} {second}" in collocations else "-"
        print(f"{first} {second:<20} {mark:<8} count={count:<6} ll={likelihood:.1f}")

    starters = shipped(args.lang, _punkt.SENTENCE_STARTERS)
    found_starters = sorted(trainer._find_sent_starters(), key=lambda item: -item[1])
    print(f"\n## sentence starters: {len(found_starters)}")
    for typ, likelihood in found_starters[: args.top]:
        count = trainer._sent_starter_fdist[typ]
        mark = "shipped" if typ in starters else "-"
        print(f"{typ:<16} {mark:<8} at-break={count:<7} total={fdist[typ]:<8} ll={likelihood:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
