"""Benchmark: analysis speed and memory on a corpus (``make bench``).

Speed targets are checked here, never by timed assertions in tests. The
default corpus is the bundled sample, read ``--repeat`` times; pass a path to
measure on a real corpus (e.g. ../shared/corpora/allsides-article-bias).

    python tools/bench.py [SOURCE] [--repeat N] [--limit N] [--min-rate R] [--learned]
    python tools/bench.py --hostile [--max-seconds S]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from itertools import islice
from pathlib import Path

from framing.analysis import analyze
from framing.corpus import read_articles

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=str(ROOT / "corpora/sample/articles.jsonl"))
    parser.add_argument("--repeat", type=int, default=20, help="passes over the corpus")
    parser.add_argument("--limit", type=int, default=None, help="articles per pass at most")
    parser.add_argument(
        "--min-rate", type=float, default=0.0, help="fail below this many articles/second"
    )
    parser.add_argument(
        "--learned", action="store_true", help="analyse with the learned cue model too"
    )
    parser.add_argument(
        "--hostile",
        action="store_true",
        help="time synthetic worst cases (no punctuation, dense cues) instead of a corpus",
    )
    parser.add_argument(
        "--max-seconds", type=float, default=15.0, help="with --hostile: fail above this per text"
    )
    args = parser.parse_args(argv)
    if args.hostile:
        return hostile(args.max_seconds, args.learned)

    articles = list(islice(read_articles(args.source, on_error=lambda e: None), args.limit))
    if not articles:
        print(f"bench: no articles in {args.source}", file=sys.stderr)
        return 1
    analyze(
        articles[0], learned=args.learned
    )  # load lexicons, models and Punkt once, outside the timing
    words = 0
    started = time.perf_counter()
    for _ in range(args.repeat):
        for article in articles:
            words += analyze(article, learned=args.learned).word_counts["all"]
    elapsed = time.perf_counter() - started
    count = len(articles) * args.repeat
    rate = count / elapsed
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"analysed {count} articles ({words} words) in {elapsed:.2f} s: "
        f"{rate:.1f} articles/s, {words / elapsed:,.0f} words/s, "
        f"{1000 * elapsed / count:.1f} ms/article; peak memory {peak_mb:.0f} MB"
        + (" (with the learned cue model)" if args.learned else "")
    )
    if rate < args.min_rate:
        print(f"bench: FAILED, {rate:.1f} articles/s is below the target {args.min_rate}")
        return 1
    return 0


# About 10,000 words each: what a scraper can hand over as one article.
HOSTILE = {
    "one sentence dense in cues and pronouns": "He said that she said that " * 1700,
    "quotes and clauses without end": 'The minister, who said, "yes," told reporters: ' * 1400,
    "no punctuation at all": "the minister said the talks would go on and " * 1100,
    "one very long French incise chain": "« Non », a-t-il dit, selon elle, " * 1600,
}


def hostile(max_seconds: float, learned: bool) -> int:
    """Time each synthetic worst case; fail when one takes longer than ``max_seconds``."""
    failed = False
    for name, text in HOSTILE.items():
        started = time.perf_counter()
        analysis = analyze(text, learned=learned)
        elapsed = time.perf_counter() - started
        slow = elapsed > max_seconds
        failed |= slow
        print(
            f"{name}: {len(text.split())} words, {analysis.status}, "
            f"{len(analysis.attributions)} attributions, {elapsed:.1f} s"
            + (" SLOW" if slow else "")
        )
    if failed:
        print(f"bench: FAILED, a worst case took more than {max_seconds} s")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
