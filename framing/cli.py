"""The ``framing`` command: a thin shell over the library.

It parses arguments and dispatches; every command is a function over
library calls that a notebook could make itself. Exit codes: 0 success,
1 error (one line on stderr), 2 usage error, 3 finished but some records
were skipped (each one reported on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from typing import TextIO

from framing._version import __version__
from framing.errors import FramingError, RecordError

__all__ = ["main"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

_EXAMPLES = """\
examples:
  framing score corpora/sample/articles.jsonl
  framing score article.txt --explain
  framing score corpora/sample/articles.jsonl --format csv -o out/scores.csv
  framing compare corpora/sample/articles.jsonl --by outlet -o out/
  framing segment corpora/sample/articles.jsonl
  framing segment article.txt --format json
  cat article.txt | framing segment - --lang fr
  framing segment articles.csv --text-field body --format jsonl -o out/segments.jsonl
"""


class _Run:
    """What one command run needs to report: skipped records and where output goes."""

    def __init__(self, args: argparse.Namespace, stderr: TextIO) -> None:
        self.args = args
        self.stderr = stderr
        self.skipped = 0

    def report(self, error: RecordError) -> None:
        self.skipped += 1
        print(f"framing: skipped {error}", file=self.stderr)

    def articles(self) -> Iterator:
        from framing.corpus import read_articles

        return read_articles(
            self.args.source,
            lang=None,
            text_field=self.args.text_field,
            on_error=self.report,
        )

    def analyses(self) -> Iterator:
        """``(article, analysis)`` of each readable record.

        An error inside the analysis of one article is a bug, not bad input;
        still, it must not lose the rest of a corpus run: the record is
        reported as skipped, with what to do, and the run goes on.
        """
        from framing.analysis import analyze

        for article in self.articles():
            try:
                analysis = analyze(article, lang=self.args.lang, learned=self.args.learned)
            except FramingError:
                raise  # the user's options (an unsupported --lang): said once, by main
            except Exception as error:
                self.report(
                    RecordError(
                        f"the analysis failed ({type(error).__name__}: {error}); this is a "
                        "bug in framing: please report it with this record",
                        source=article.origin or article.id,
                    )
                )
                continue
            yield article, analysis

    def output(self, stdout: TextIO):
        if self.args.output in (None, "-"):
            return nullcontext(stdout)
        from framing._io import atomic_writer

        return atomic_writer(self.args.output)

    def finish(self) -> int:
        if self.skipped:
            print(f"framing: done, {self.skipped} bad record(s) skipped", file=self.stderr)
            return EXIT_SKIPPED
        return EXIT_OK


def _segment_table(prepared, out: TextIO) -> None:
    doc = prepared.document
    lang = prepared.language
    print(
        f"== {prepared.article.id}  lang={lang.lang} ({lang.confidence:.2f})"
        f"  status={prepared.status}  paragraphs={len(doc.paragraphs)}"
        f"  sentences={len(doc.sentences)}  quotes={len(doc.quotes)}",
        file=out,
    )
    if prepared.cleaned.fixes:
        print(f"   cleaned: {', '.join(prepared.cleaned.fixes)}", file=out)
    if doc.title is not None:
        print(f"   title [{doc.title.start}:{doc.title.end}] {doc.title.text}", file=out)
    for paragraph in doc.paragraphs:
        print(f"   ¶{paragraph.index} [{paragraph.start}:{paragraph.end}]", file=out)
        for sentence in doc.sentences:
            if sentence.paragraph == paragraph.index:
                print(
                    f"      s{sentence.index} [{sentence.start}:{sentence.end}] {sentence.text}",
                    file=out,
                )
    for quote in doc.quotes:
        state = "" if quote.closed else " (unclosed)"
        print(
            f"   quote [{quote.start}:{quote.end}] depth={quote.depth}{state} "
            f"{quote.open_mark}{_shorten(quote.content.text, 90)}{quote.close_mark or ''}",
            file=out,
        )


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _segment_record(prepared) -> dict[str, object]:
    record: dict[str, object] = {
        "id": prepared.article.id,
        "status": prepared.status,
        "language": prepared.language.to_dict(),
        "cleaning": list(prepared.cleaned.fixes),
        "text": prepared.document.text,
    }
    record.update(prepared.document.to_dict())
    return record


def _cmd_segment(run: _Run, stdout: TextIO) -> int:
    from framing.pipeline import prepare

    fmt = run.args.format
    with run.output(stdout) as out:
        records = []
        for article in run.articles():
            prepared = prepare(article, lang=run.args.lang)
            if fmt == "table":
                _segment_table(prepared, out)
            elif fmt == "jsonl":
                out.write(json.dumps(_segment_record(prepared), ensure_ascii=False) + "\n")
            else:
                records.append(_segment_record(prepared))
        if fmt == "json":
            document = records[0] if len(records) == 1 else records
            json.dump(document, out, ensure_ascii=False, indent=2)
            out.write("\n")
    return run.finish()


_KIND_ABBREV = {
    "named_person": "person",
    "named_org": "org",
    "official_unnamed": "official",
    "anonymous": "anon",
    "media_relay": "media",
}


def _score_row(analysis) -> dict[str, object]:
    kinds = [a.source.kind for a in analysis.statements if a.source is not None]
    from framing.extract.records import NOT_HEDGING_KINDS

    hedges = [h for h in analysis.hedges if h.kind not in NOT_HEDGING_KINDS]
    denials = analysis.denials
    return {
        "id": analysis.article.id,
        "lang": analysis.lang,
        "status": analysis.status,
        "words": analysis.word_counts["all"] if analysis.status == "ok" else 0,
        "hedges": f"{sum(h.voice == 'narrative' for h in hedges)}"
        f"/{sum(h.voice == 'quoted' for h in hedges)}",
        "sources": " ".join(
            f"{short}:{kinds.count(kind)}" for kind, short in _KIND_ABBREV.items() if kind in kinds
        )
        or "-",
        "denials": len(denials),
        "first_denial": f"{min(d.position for d in denials):.2f}" if denials else "-",
    }


_SCORE_COLUMNS = ("id", "lang", "status", "words", "hedges", "sources", "denials", "first_denial")


def _highlight(sentence_text: str, start: int, end: int, color: bool) -> str:
    before, inside, after = sentence_text[:start], sentence_text[start:end], sentence_text[end:]
    marked = f"\x1b[1;33m{inside}\x1b[0m" if color else f"[[{inside}]]"
    return " ".join(f"{before}{marked}{after}".split())


def _who(source, missing: str) -> str:
    """A source as the explanation shows it, with what a pronoun or description stands for."""
    if source is None:
        return missing
    who = f"{source.kind}: {source.span.text}"
    if source.antecedent is not None and source.antecedent.text != source.span.text:
        who += f" = {' '.join(source.antecedent.text.split())}"
    return who


def _evidence(analysis):
    """(label, span, detail) for every evidence span, in text order."""
    for h in analysis.hedges:
        yield "hedge", h.span, f"{h.kind}, {h.voice}"
    for b in analysis.boosters:
        yield "booster", b.span, b.voice
    statements = {id(a) for a in analysis.statements}
    for a in analysis.attributions:
        who = _who(a.source, "no source")
        if id(a) not in statements and a.quote is not None:
            # A quotation that goes on after its attribution: shown where it is.
            yield "  +quote", a.quote, f"{who}, '{a.cue.text}'"
            continue
        chain = " -> ".join(a.chain)
        family = "" if a.family == "speech" else f"{a.family}; "
        yield "attribution", a.cue, family + who + (f" [{chain}]" if len(a.chain) > 1 else "")
    for d in analysis.denials:
        who = _who(d.denier, "no denier")
        where = "title" if d.in_title else f"position {d.position:.2f}"
        answers = f", answers s{d.answers}" if d.answers is not None else ""
        yield "denial", d.span, f"{who}, {where}{answers}"


# Longest evidence text shown on an explanation's first line (a quotation
# can run for a paragraph; its sentence is shown, highlighted, below).
_SHOWN = 70


def _explain(analysis, out: TextIO, color: bool) -> None:
    doc = analysis.document
    items = sorted(_evidence(analysis), key=lambda item: item[1].start)
    for label, span, detail in items:
        sentence = doc.sentence_at(span.start)
        place = "title" if sentence is None or sentence.paragraph < 0 else f"¶{sentence.paragraph}"
        text = span.text if len(span.text) <= _SHOWN else span.text[: _SHOWN - 3] + "..."
        print(f"   {label:<11} {text!r} ({detail}) {place}", file=out)
        if sentence is not None:
            shown = _highlight(
                sentence.text, span.start - sentence.start, span.end - sentence.start, color
            )
            print(f"      {shown}", file=out)


def _cmd_score(run: _Run, stdout: TextIO) -> int:
    import csv

    fmt = run.args.format
    color = run.args.output in (None, "-") and stdout.isatty()
    with run.output(stdout) as out:
        writer = None
        collected = []
        if fmt == "table":
            print("  ".join(f"{c:<12}" for c in _SCORE_COLUMNS).rstrip(), file=out)
        for _, analysis in run.analyses():
            if fmt == "table":
                row = _score_row(analysis)
                print("  ".join(f"{row[c]!s:<12}" for c in _SCORE_COLUMNS).rstrip(), file=out)
                if run.args.explain:
                    _explain(analysis, out, color)
            elif fmt == "csv":
                record = {
                    "id": analysis.article.id,
                    "outlet": analysis.article.outlet,
                    "lang": analysis.lang,
                    "status": analysis.status,
                    **analysis.features,
                }
                if writer is None:
                    writer = csv.DictWriter(out, fieldnames=list(record))
                    writer.writeheader()
                writer.writerow(record)
            else:
                record = analysis.to_dict(include_text=run.args.explain)
                if fmt == "jsonl":
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    collected.append(record)
        if fmt == "json":
            json.dump(
                collected[0] if len(collected) == 1 else collected,
                out,
                ensure_ascii=False,
                indent=2,
            )
            out.write("\n")
    return run.finish()


_PROFILE_FEATURES = (
    "hedges_narrative_per_100w",
    "reported_hedges_per_100w",
    "claims_anonymous_share",
    "claims_official_unnamed_share",
    "claims_named_person_share",
    "media_relay_chains",
    "denial_present",
    # Not first_denial_position: it is 1 for articles without a denial, so its
    # mean mixes presence with placement; denials.png shows placement itself.
    "denial_in_lede",
)


def _cmd_compare(run: _Run, stdout: TextIO) -> int:
    import csv
    from pathlib import Path

    from framing._io import atomic_path, atomic_writer
    from framing.plots import plot_denial_placement, plot_profile_grid

    by = run.args.by
    folder = Path(run.args.output or "out")
    rows, records = [], []
    for article, analysis in run.analyses():
        if analysis.status != "ok":
            print(
                f"framing: {article.origin or article.id}: {analysis.status}, left out of the "
                "charts",
                file=run.stderr,
            )
            continue
        group = getattr(article, by, None) if by in ("outlet", "lang", "date") else None
        group = group or article.meta.get(by) or (analysis.lang if by == "lang" else None)
        record = analysis.to_dict(include_text=False)
        record[by] = group
        records.append(record)
        rows.append({"id": article.id, by: group, "lang": analysis.lang, **analysis.features})
    if not rows:
        print("framing: error: no article could be analysed", file=run.stderr)
        return EXIT_ERROR
    with atomic_writer(folder / "scores.csv") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    top = run.args.top or None
    figure = plot_profile_grid(rows, _PROFILE_FEATURES, by=by, top=top)
    with atomic_path(folder / "profile.png") as temporary:
        figure.savefig(temporary, dpi=110, format="png")
    axes = plot_denial_placement(records, by=by, top=top)
    axes.figure.tight_layout()
    with atomic_path(folder / "denials.png") as temporary:
        axes.figure.savefig(temporary, dpi=110, format="png")
    groups = len({row[by] for row in rows})
    charted = f"; charts show the {top} largest" if top is not None and groups > top else ""
    print(
        f"analysed {len(rows)} articles in {groups} groups (by {by}{charted}); wrote "
        f"{folder / 'scores.csv'}, {folder / 'profile.png'}, {folder / 'denials.png'}",
        file=stdout,
    )
    return run.finish()


# Public datasets: name -> (folder under the corpora root, default split, splits).
_DATASETS = {
    "szeged": ("szeged-uncertainty", "factbank", ("wiki", "factbank")),
    "polnear": ("polnear", "test", ("train", "dev", "test")),
    "sequoia": ("fr-sequoia-news-ud", "news", ("news",)),
}


def _dataset_report(run: _Run):
    import os
    from pathlib import Path

    from framing.errors import InputError

    name = run.args.target
    folder, default_split, splits = _DATASETS[name]
    split = run.args.split or default_split
    if split not in splits:
        raise InputError(f"{name} has no split {split!r}; choose one of: {', '.join(splits)}")
    root = Path(run.args.corpora or os.environ.get("FRAMING_CORPORA") or "../shared/corpora")
    path = Path(run.args.path) if run.args.path else root / folder
    if not path.exists():
        raise InputError(
            f"{path}: dataset {name!r} not found; pass its folder as PATH or the corpora "
            "root with --corpora (or set FRAMING_CORPORA)"
        )
    if name == "szeged":
        from framing.evaluation.szeged import evaluate_szeged

        return evaluate_szeged(path / f"{split}.xml" if path.is_dir() else path)
    if name == "polnear":
        from framing.evaluation.polnear import annotator_agreement, evaluate_polnear

        if run.args.agreement:
            chosen = (split,) if run.args.split else splits
            return annotator_agreement(path, splits=chosen, learned=run.args.learned)
        return evaluate_polnear(path, split=split, learned=run.args.learned)
    from framing.evaluation.sequoia import evaluate_sequoia

    return evaluate_sequoia(path / "annodis.er.conllu" if path.is_dir() else path)


def _cmd_evaluate(run: _Run, stdout: TextIO) -> int:
    from framing.errors import InputError
    from framing.evaluation import format_report
    from framing.evaluation.gold import evaluate_gold

    if run.args.learned and run.args.target in _DATASETS and run.args.target != "polnear":
        raise InputError(
            f"--learned changes attributions only: use it with polnear or a gold file, "
            f"not {run.args.target}"
        )
    if run.args.agreement and run.args.target != "polnear":
        raise InputError(
            f"--agreement compares PolNeAR's annotators: use it with polnear, not {run.args.target}"
        )
    if run.args.target in _DATASETS:
        report = _dataset_report(run)
    else:
        report = evaluate_gold(
            run.args.target, run.args.articles or run.args.path, learned=run.args.learned
        )
    with run.output(stdout) as out:
        if run.args.format == "json":
            json.dump(report.to_dict(), out, indent=2)
            out.write("\n")
        else:
            print(format_report(report), file=out)
    return run.finish()


def _positive_or_zero(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {value!r}")
    return number


def _check_lang(value: str) -> str:
    from framing.langid import normalize_code
    from framing.lexicons import supported_languages

    if value == "auto":
        return value
    code = normalize_code(value)
    if code not in supported_languages():
        choices = ", ".join(supported_languages())
        raise argparse.ArgumentTypeError(
            f"unsupported language {value!r}; choose one of: auto, {choices}"
        )
    return code


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        help="a .txt/.jsonl/.csv/.tsv/.html file, a folder of them, or - for stdin",
    )
    parser.add_argument(
        "--lang",
        type=_check_lang,
        default=None,
        help="force the language (en, fr) instead of guessing it; default: guess",
    )
    parser.add_argument(
        "--text-field", default=None, help="name of the text column in JSONL/CSV input"
    )
    parser.add_argument(
        "-o", "--output", default=None, help="write to this file (atomically) instead of stdout"
    )


def _add_learned_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--learned",
        action="store_true",
        help="also build attributions around the cues of the learned cue model (English; "
        "finds beliefs, intentions and reactions the rules miss, slightly less precise)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Explainable framing analysis of news articles "
        "(hedging, sources, official denials) in English and French.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    segment = commands.add_parser(
        "segment",
        help="show paragraphs, sentences and quotations with their offsets",
        description="Clean and segment articles; print paragraphs, sentences and quotations "
        "with character offsets into the cleaned text.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(segment)
    segment.add_argument(
        "--format", choices=("table", "json", "jsonl"), default="table", help="output format"
    )
    segment.set_defaults(handler=_cmd_segment)

    score = commands.add_parser(
        "score",
        help="score articles: hedges, sources, denials (per-article features)",
        description="Analyse articles and print per-article scores. With --explain, list "
        "every evidence span (cue, kind, voice, paragraph) with its sentence highlighted.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(score)
    _add_learned_option(score)
    score.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv"),
        default="table",
        help="table (default); json/jsonl: full analysis records; csv: one row of features "
        "per article",
    )
    score.add_argument(
        "--explain", action="store_true", help="list the evidence spans behind every score"
    )
    score.set_defaults(handler=_cmd_score)

    compare = commands.add_parser(
        "compare",
        help="compare groups of articles (outlets, labels): scores.csv and charts",
        description="Analyse a corpus and compare groups (by outlet, language or any label "
        "column): writes scores.csv (one row of features per article), profile.png (feature "
        "means per group) and denials.png (where denials are placed) into the output folder.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(compare)
    _add_learned_option(compare)
    compare.set_defaults(output="out")
    compare.add_argument(
        "--by", default="outlet", help="group by: outlet (default), lang, or a label column"
    )
    compare.add_argument(
        "--top",
        type=_positive_or_zero,
        default=30,
        metavar="N",
        help="charts show the N groups with the most articles (default 30; 0 = all); "
        "scores.csv always has every article",
    )
    compare.set_defaults(handler=_cmd_compare)

    evaluate = commands.add_parser(
        "evaluate",
        help="precision/recall/F1 of the extractors against gold annotations",
        description="Compare the extractors with annotations and print precision, recall and "
        "F1 per span type and language, with exact and overlap (0.3, 0.8) matching. TARGET is "
        "a gold file in the sample-corpus format, or a public dataset: szeged (hedges; splits "
        "wiki, factbank), polnear (attributions; train, dev, test), sequoia (French "
        "conditional).",
        epilog="examples:\n  framing evaluate corpora/sample/gold.jsonl\n"
        "  framing evaluate szeged --split wiki\n"
        "  framing evaluate polnear --split dev --corpora ../shared/corpora\n"
        "  framing evaluate polnear --split dev --learned\n"
        "  framing evaluate polnear --agreement\n"
        "  framing evaluate sequoia",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument("target", help="a gold JSONL file, or one of: " + ", ".join(_DATASETS))
    evaluate.add_argument(
        "path",
        nargs="?",
        default=None,
        help="the dataset's folder or file (default: under "
        "--corpora); for a gold file, its articles",
    )
    evaluate.add_argument("--split", default=None, help="dataset split (default: held-out)")
    evaluate.add_argument(
        "--corpora",
        default=None,
        help="root of the public corpora (default: $FRAMING_CORPORA or ../shared/corpora)",
    )
    evaluate.add_argument(
        "--articles", default=None, help="the annotated articles (default: articles.jsonl beside)"
    )
    _add_learned_option(evaluate)
    evaluate.add_argument(
        "--agreement",
        action="store_true",
        help="polnear only: how far its annotators agree with one another (the ceiling for a "
        "score against one of them) and we with each, on the texts several annotated "
        "(all splits unless --split is given)",
    )
    evaluate.add_argument("--format", choices=("table", "json"), default="table")
    evaluate.add_argument("-o", "--output", default=None, help="write the report to this file")
    evaluate.set_defaults(handler=_cmd_evaluate)
    return parser


_Handler = Callable[[_Run, TextIO], int]


def main(
    argv: list[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line ``argv`` and return the exit code."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        parser.print_help(stdout)
        return EXIT_USAGE
    handler: _Handler = args.handler
    run = _Run(args, stderr)
    try:
        return handler(run, stdout)
    except FramingError as error:
        print(f"framing: error: {error}", file=stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("framing: interrupted", file=stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
