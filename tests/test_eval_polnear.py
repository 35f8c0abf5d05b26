"""The PolNeAR evaluator: brat parsing, offset mapping, counts, and the held-out run."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.errors import InputError
from framing.evaluation import format_report
from framing.evaluation import polnear as polnear_module
from framing.evaluation.polnear import (
    GoldRelation,
    annotator_agreement,
    evaluate_polnear,
    is_speech_cue,
    read_ann,
)
from framing.extract import sources
from framing.extract.records import Attribution, Source
from framing.spans import make_span

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "polnear"

# Invented articles. The double space and the no-break space are there so that
# cleaning moves offsets: gold offsets count into the raw file, ours into the
# cleaned text, and only a correct mapping makes the exact rows match.
TEXT_A = (
    "Harbor Ferry To Resume\n\n"
    "Ana  Diaz said the ferry would resume on\u00a0Monday.\n\n"
    "The council wants a new budget, officials say.\n"
)
TEXT_B = "Budget Talks\n\nTaxes are expected to rise next year.\n"


def _at(raw: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = raw.index(needle, start + 1)
    return start, start + len(needle)


def _t(number: int, label: str, raw: str, *needles: str) -> str:
    fragments = [_at(raw, needle) for needle in needles]
    offsets = ";".join(f"{s} {e}" for s, e in fragments)
    surface = " ".join(raw[s:e] for s, e in fragments)
    return f"T{number}\t{label} {offsets}\t{surface}\n"


def _ann_a() -> str:
    return (
        _t(1, "Source", TEXT_A, "Ana  Diaz")
        + _t(2, "Cue", TEXT_A, "said")
        + _t(3, "Content", TEXT_A, "the ferry would resume on\u00a0Monday")
        + _t(4, "Attribution", TEXT_A, "said")
        + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        + _t(5, "Content", TEXT_A, "The council wants a new budget")
        + _t(6, "Source", TEXT_A, "officials")
        + _t(7, "Cue", TEXT_A, "say")
        + _t(8, "Attribution", TEXT_A, "say")
        + "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5\n"
        + _t(9, "Discuss", TEXT_A, "Harbor Ferry To Resume")
    )


def _ann_b() -> str:
    # A discontinuous content whose fragments are written out of text order.
    return (
        _t(1, "Cue", TEXT_B, "are expected")
        + _t(2, "Content", TEXT_B, "to rise next year", "Taxes")
        + _t(3, "Attribution-no-source", TEXT_B, "are expected")
        + "E1\tAttribution-no-source:T3 Cue:T1 Content:T2\n"
    )


@pytest.fixture
def split_root(tmp_path: Path) -> Path:
    """A PolNeAR-shaped folder with one ``dev`` split of two texts."""
    texts = tmp_path / "dev" / "text"
    annotations = tmp_path / "dev" / "attributions"
    texts.mkdir(parents=True)
    annotations.mkdir()
    (texts / "outlet_2016-01-01_harbor.txt").write_text(TEXT_A, encoding="utf-8", newline="")
    (annotations / "outlet_2016-01-01_harbor_aa11.ann").write_text(_ann_a(), encoding="utf-8")
    (texts / "outlet_2016-01-02_budget.txt").write_text(TEXT_B, encoding="utf-8", newline="")
    (annotations / "outlet_2016-01-02_budget_aa11.ann").write_text(_ann_b(), encoding="utf-8")
    # A second annotator of the same text, who found nothing.
    (annotations / "outlet_2016-01-02_budget_bb22.ann").write_text("", encoding="utf-8")
    return tmp_path


def _find(doc, needle: str) -> object:
    start = doc.text.index(needle)
    return make_span(doc.text, start, start + len(needle))


def _stub(table):
    """An extractor returning, for each document, the (source, cue, content) rows found in it."""

    def extract(doc):
        out = []
        for source, cue, content in table:
            if cue not in doc.text:
                continue
            cue_span = _find(doc, cue)
            out.append(
                Attribution(
                    span=cue_span,
                    cue=cue_span,
                    source=Source(_find(doc, source), "named_person") if source else None,
                    chain=("named_person",),
                    quote=None,
                    content=_find(doc, content) if content else None,
                    stance="neutral",
                    sentence=0,
                    paragraph=0,
                )
            )
        return out

    return extract


PREDICTED = [
    ("Ana Diaz", "said", "the ferry would resume on Monday"),
    # A continued quotation gives the same cue and source twice: counted once.
    ("Ana Diaz", "said", "the ferry would resume on Monday"),
    ("officials", "say", None),
    ("The council", "wants", None),
    (None, "expected", "Taxes are expected to rise next year"),
]

# (span type, threshold) -> (tp, fp, fn) for PREDICTED against the two texts.
EXPECTED = [
    ("cue", None, (2, 2, 1)),
    ("cue", 0.3, (3, 1, 0)),
    ("cue", 0.8, (2, 2, 1)),
    ("source", None, (2, 1, 0)),
    ("source", 0.3, (2, 1, 0)),
    # The covering span of the discontinuous content matches exactly.
    ("content", None, (2, 0, 1)),
    ("content", 0.8, (2, 0, 1)),
    ("relation", None, (2, 1, 0)),
    ("relation", 0.3, (2, 1, 0)),
    ("cue.speech", 0.3, (2, 0, 0)),
    ("source.speech", 0.3, (2, 0, 0)),
    ("content.speech", 0.3, (1, 0, 1)),
    ("relation.speech", 0.3, (2, 0, 0)),
]


@pytest.mark.parametrize(("span_type", "threshold", "expected"), EXPECTED)
def test_counts_on_a_synthetic_split(monkeypatch, split_root, span_type, threshold, expected):
    monkeypatch.setattr(sources, "extract_attributions", _stub(PREDICTED))
    report = evaluate_polnear(split_root, split="dev")
    counts = report.get(span_type, "en", threshold)
    assert (counts.tp, counts.fp, counts.fn) == expected
    assert report.get(span_type, "all", threshold) == counts


def test_shares_and_counts_in_extra(monkeypatch, split_root):
    monkeypatch.setattr(sources, "extract_attributions", _stub(PREDICTED))
    report = evaluate_polnear(split_root, split="dev")
    assert report.articles == {"en": 2}
    assert report.extra["source_found_share"] == 1.0
    assert report.extra["gold_relations_with_source"] == 2
    assert report.extra["source_found_share.speech"] == 1.0
    # The naive regex finds "said" and "say" among the three gold cues.
    assert report.extra["naive_cue_recall@0.3"] == pytest.approx(2 / 3, abs=1e-4)
    table = format_report(report)
    assert "source_found_share" in table and "relation.speech" in table


def test_a_wrong_source_breaks_the_relation(monkeypatch, split_root):
    wrong = [("the ferry", "said", None), ("officials", "say", None)]
    monkeypatch.setattr(sources, "extract_attributions", _stub(wrong))
    report = evaluate_polnear(split_root, split="dev")
    cue = report.get("cue", threshold=0.3)
    relation = report.get("relation", threshold=0.3)
    assert (cue.tp, cue.fp, cue.fn) == (2, 0, 1)
    assert (relation.tp, relation.fp, relation.fn) == (1, 1, 1)
    assert report.extra["source_found_share"] == 0.5


def test_no_prediction_gives_only_false_negatives(monkeypatch, split_root):
    monkeypatch.setattr(sources, "extract_attributions", _stub([]))
    report = evaluate_polnear(split_root, split="dev")
    counts = report.get("cue", threshold=0.3)
    assert (counts.tp, counts.fp, counts.fn) == (0, 0, 3)
    assert report.extra["source_found_share"] == 0.0


def test_annotator_and_limit(monkeypatch, split_root):
    monkeypatch.setattr(sources, "extract_attributions", _stub(PREDICTED))
    # The second annotator of the budget text annotated nothing.
    report = evaluate_polnear(split_root / "dev", annotator="bb22")
    assert report.articles == {"en": 1}
    counts = report.get("cue", threshold=0.3)
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 0)
    report = evaluate_polnear(split_root, split="dev", limit=1)
    assert report.articles == {"en": 1}


def test_the_real_extractor_runs_on_the_synthetic_split(split_root):
    report = evaluate_polnear(split_root, split="dev")
    assert report.articles == {"en": 2}
    assert report.get("cue", threshold=0.3).tp >= 1


def test_annotator_agreement_compares_every_ordered_pair(monkeypatch, split_root):
    monkeypatch.setattr(sources, "extract_attributions", _stub(PREDICTED))
    # A third annotator of the budget text who agrees with the first one.
    budget = split_root / "dev" / "attributions" / "outlet_2016-01-02_budget_"
    budget.with_name(budget.name + "cc33.ann").write_text(_ann_b(), encoding="utf-8")
    report = annotator_agreement(split_root, splits=("dev",))
    # The harbor text has one annotator: it is left out.
    assert report.articles == {"en": 1}
    assert report.extra["annotator_pairs"] == 6
    human = report.get("cue", threshold=0.3)
    # aa11 and cc33 agree both ways; bb22 (nothing) misses their cue as gold or prediction.
    assert (human.tp, human.fp, human.fn) == (2, 2, 2)
    assert human.precision == human.recall
    system = report.get("system.cue", threshold=0.3)
    # Our one cue of that text against each of the three annotators in turn.
    assert (system.tp, system.fp, system.fn) == (2, 1, 0)
    assert report.get("system.source", threshold=0.3) == report.get("source", threshold=0.3)


def test_annotator_agreement_cli(monkeypatch, split_root, capsys):
    from framing.cli import main

    monkeypatch.setattr(sources, "extract_attributions", _stub(PREDICTED))
    assert main(["evaluate", "polnear", str(split_root), "--agreement", "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "system.cue" in out and "annotator_pairs: 2" in out
    assert main(["evaluate", "szeged", str(split_root), "--agreement"]) != 0
    assert "use it with polnear" in capsys.readouterr().err


def test_polnear_annotators_agree_below_the_issue_targets():
    """The human ceiling the README quotes: 20 texts, 590 ordered pairs of annotators."""
    if not (POLNEAR / "test").is_dir():
        pytest.skip("../shared/corpora/polnear not found (agreement needs the shared corpora)")
    report = annotator_agreement(POLNEAR)
    assert report.articles == {"en": 20}
    assert report.extra["annotator_pairs"] == 590
    assert report.get("cue", threshold=0.3).f1 == pytest.approx(0.795, abs=0.005)
    assert report.get("source", threshold=0.3).f1 == pytest.approx(0.83, abs=0.005)


def test_read_ann_parses_roles_fragments_and_missing_sources(split_root):
    annotations = split_root / "dev" / "attributions"
    a = read_ann(annotations / "outlet_2016-01-01_harbor_aa11.ann")
    assert [r.id for r in a] == ["E1", "E2"]
    assert a[0].source == (_at(TEXT_A, "Ana  Diaz"),)
    assert a[0].cue == (_at(TEXT_A, "said"),) and a[0].cue_text == "said"
    assert a[1].content == (_at(TEXT_A, "The council wants a new budget"),)
    (b,) = read_ann(annotations / "outlet_2016-01-02_budget_aa11.ann")
    assert b.source == ()
    assert b.content == (_at(TEXT_B, "Taxes"), _at(TEXT_B, "to rise next year"))
    assert GoldRelation.cover(b.content) == (TEXT_B.index("Taxes"), TEXT_B.index(".\n"))
    assert GoldRelation.cover(()) is None


def test_numbered_roles_add_fragments_and_roles_beat_labels(tmp_path):
    ann = tmp_path / "x_aa11.ann"
    ann.write_text(
        "T1\tContent 0 4\tabcd\nT2\tDiscuss 5 9\tsaid\nT3\tContent 20 30\tklmnopqrst\n"
        "T4\tSource 10 12\tAB\nE1\tAttribution:T2 Cue:T2 Source:T4 Content:T1 Content2:T3\n"
        "#1\tAnnotatorNotes T1\tnote\n\n",
        encoding="utf-8",
    )
    (r,) = read_ann(ann)
    assert r.content == ((0, 4), (20, 30)) and r.source == ((10, 12),)
    assert r.cue == ((5, 9),) and r.cue_text == "said"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("T1\tCue 9 x\tsaid\n", "bad offsets"),
        ("T1\tCue 9 4\tsaid\n", "bad offsets"),
        ("E1\tAttribution:T1 Cue:T7\n", "unknown span T7"),
    ],
)
def test_read_ann_rejects_broken_files(tmp_path, content, message):
    ann = tmp_path / "x_aa11.ann"
    ann.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_ann(ann)


def test_missing_split_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no PolNeAR split 'test'"):
        evaluate_polnear(tmp_path)


def test_gold_past_the_text_end_is_an_error(split_root):
    ann = split_root / "dev" / "attributions" / "outlet_2016-01-02_budget_aa11.ann"
    ann.write_text("T1\tCue 500 504\tsaid\nE1\tAttribution:T1 Cue:T1\n", encoding="utf-8")
    with pytest.raises(InputError, match="ends after the text"):
        evaluate_polnear(split_root, split="dev")


SPEECH_CUES = [
    ("said", True),
    ("has also said", True),
    ("told", True),
    ("Says", True),
    ("according to", True),
    ("wrote", True),
    ("replied", True),
    ("tweeting", True),
    ("―", True),
    (":", True),
    # Beliefs, intentions, evidence and reactions are attributions, not speech.
    ("wants", False),
    ("polls show", False),
    ("believe", False),
    ("called for", False),
    ("has faced ridicule", False),
    ("", False),
]


@pytest.mark.parametrize(("cue", "expected"), SPEECH_CUES)
def test_is_speech_cue(cue, expected):
    assert is_speech_cue(cue) is expected


def test_public_names():
    assert set(polnear_module.__all__) == {
        "NAIVE_CUE_REGEX",
        "SPEECH_VERBS",
        "GoldRelation",
        "annotator_agreement",
        "evaluate_polnear",
        "is_speech_cue",
        "read_ann",
    }


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=300))
def test_any_text_without_gold_evaluates(text):
    """Whatever the text, the run ends, and every prediction is a false positive."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "text").mkdir()
        (root / "attributions").mkdir()
        (root / "text" / "a.txt").write_text(text, encoding="utf-8", newline="")
        (root / "attributions" / "a_aa11.ann").write_text("", encoding="utf-8")
        report = evaluate_polnear(root)
    assert report.articles == {"en": 1}
    for span_type in ("cue", "source", "content", "relation"):
        counts = report.get(span_type, threshold=0.3)
        assert counts.tp == 0 and counts.fn == 0


# Floors for the held-out test split, just under the F1 at overlap 0.3
# measured at the end of session 3 (2026-11-24) with
# `framing evaluate polnear --split test [--learned]`:
# rules: source 0.7349, cue 0.7082 (session 1: 0.6878, 0.6402);
# --learned (rules + learned cues and sources, feature spec 3 with the
# stacked second pass): source 0.7586, cue 0.7668, and the cue model alone
# (row cue.model) 0.7831 (session 2: 0.7548, 0.7553, 0.7653).
TEST_FLOORS = {
    False: {("source", 0.3): 0.72, ("cue", 0.3): 0.70},
    True: {("source", 0.3): 0.75, ("cue", 0.3): 0.76, ("cue.model", 0.3): 0.77},
}


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "learned"])
def test_held_out_polnear_test_split(learned):
    if not (POLNEAR / "test").is_dir():
        pytest.skip(
            "../shared/corpora/polnear not found (held-out evaluation needs the shared corpora)"
        )
    report = evaluate_polnear(POLNEAR, split="test", learned=learned)
    assert report.articles["en"] == 84
    for (span_type, threshold), floor in TEST_FLOORS[learned].items():
        assert report.get(span_type, threshold=threshold).f1 >= floor, (span_type, threshold)
