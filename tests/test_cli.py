"""The command line, called through main(argv) as a library function."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from framing import __version__
from framing.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main


def run(argv, stdin: bytes | None = None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_version(capsys):
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"framing {__version__}"


def test_help_has_examples(capsys):
    assert main(["--help"]) == EXIT_OK
    assert "examples:" in capsys.readouterr().out


def test_no_command_prints_help_and_usage_code():
    code, out, _ = run([])
    assert code == EXIT_USAGE and "segment" in out


def test_segment_json_offsets(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Titre court\n\nTitre court\n\nM. Dupont a parlé. « Oui », a-t-il dit.\n\nFin.",
        encoding="utf-8",
    )
    code, out, err = run(["segment", str(path), "--format", "json"])
    assert code == EXIT_OK, err
    record = json.loads(out)
    text = record["text"]
    assert record["language"]["lang"] == "fr"
    assert record["title"]["text"] == "Titre court"
    assert len(record["paragraphs"]) == 2
    for sentence in record["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    assert [q["text"] for q in record["quotes"]] == [" Oui "]


def test_segment_table_on_sample(sample_path):
    code, out, err = run(["segment", str(sample_path)])
    assert code == EXIT_OK, err
    assert out.count("== ") >= 12


def test_segment_stdin_with_lang(monkeypatch):
    code, out, _ = run(
        ["segment", "-", "--lang", "en", "--format", "jsonl"],
        stdin=b"Short text. Another one.",
        monkeypatch=monkeypatch,
    )
    assert code == EXIT_OK
    assert json.loads(out)["language"] == {
        "lang": "en",
        "confidence": 1.0,
        "detected": "en",
        "forced": True,
    }


def test_output_file_is_written(tmp_path, sample_path):
    target = tmp_path / "out" / "segments.jsonl"
    code, out, _ = run(["segment", str(sample_path), "--format", "jsonl", "-o", str(target)])
    assert code == EXIT_OK and out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) >= 12


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["segment", "no/such/file.txt"], EXIT_ERROR, "no such file"),
        (["segment", "x.txt", "--lang", "de"], EXIT_USAGE, "unsupported language"),
        (["frobnicate"], EXIT_USAGE, "invalid choice"),
        (["compare", "x.jsonl", "--top", "-3"], EXIT_USAGE, "whole number >= 0"),
        (["evaluate", "szeged", "--learned"], EXIT_ERROR, "changes attributions only"),
    ],
)
def test_errors_are_one_clear_line(argv, code, message, capsys):
    result, _, err = run(argv)
    captured = capsys.readouterr()
    assert result == code
    text = err + captured.err
    assert message in text
    assert "Traceback" not in text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("nocol.csv", b"headline,outlet\nA,B\n", "text"),
    ],
)
def test_bad_files_fail_with_a_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run(["segment", str(path)])
    assert code == EXIT_ERROR
    assert message in err and str(path) in err
    assert len(err.strip().splitlines()) == 1


def test_bad_jsonl_line_is_reported_and_the_rest_is_read(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": "a", "text": "First article text."}\n'
        "{not json\n"
        '{"id": "b", "text": "Second article text."}\n',
        encoding="utf-8",
    )
    code, out, err = run(["segment", str(path), "--format", "jsonl"])
    assert code == EXIT_SKIPPED
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]
    assert f"{path}:2" in err and "1 bad record" in err


def test_cp1252_file_is_read(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("L\x92arm\xe9e a d\xe9menti l\x92information.".encode("latin-1"))
    code, out, err = run(["segment", str(path), "--format", "json", "--lang", "fr"])
    assert code == EXIT_OK, err
    assert "L'armée a démenti l'information." in json.loads(out)["text"]


def test_python_dash_m_runs():
    result = subprocess.run(
        [sys.executable, "-m", "framing", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and __version__ in result.stdout


def test_score_formats(sample_path, tmp_path):
    code, out, err = run(["score", str(sample_path)])
    assert code == EXIT_OK, err
    assert out.splitlines()[0].split()[:3] == ["id", "lang", "status"]
    assert len(out.splitlines()) == 17
    code, out, _ = run(["score", str(sample_path), "--format", "csv"])
    assert code == EXIT_OK and out.splitlines()[0].startswith("id,outlet,lang,status,")
    code, out, _ = run(["score", str(sample_path), "--format", "jsonl"])
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 16 and "text" not in records[0]


def test_score_explain_highlights_evidence(seed_text, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    code, out, _ = run(["score", str(path), "--explain"])
    assert code == EXIT_OK
    assert "[[pourrait atteindre]]" in out
    assert "denial" in out and "official_unnamed" in out


def test_explain_shows_a_continued_quotation_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "“We have no choice,” the mayor said. “The storm is too strong.”",
        encoding="utf-8",
    )
    code, out, _ = run(["score", str(path), "--lang", "en", "--explain"])
    assert code == EXIT_OK
    assert out.count("attribution 'said'") == 1
    assert "+quote    'The storm is too strong.'" in out
    assert "official:1" in out


def test_explain_shows_what_a_pronoun_stands_for(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "The mayor of Norland, Jane Halloway, spoke on Monday. She said the bridge would reopen.",
        encoding="utf-8",
    )
    code, out, _ = run(["score", str(path), "--lang", "en", "--explain"])
    assert code == EXIT_OK
    assert "(named_person: She = " in out and "Jane Halloway" in out


def test_compare_writes_table_and_charts(sample_path, tmp_path):
    code, out, err = run(["compare", str(sample_path), "--by", "lang", "-o", str(tmp_path)])
    assert code == EXIT_OK, err
    assert "16 articles in 2 groups" in out
    for name in ("scores.csv", "profile.png", "denials.png"):
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "profile.png").read_bytes()[:4] == b"\x89PNG"


def test_compare_top_keeps_every_article_in_the_table(sample_path, tmp_path):
    code, out, err = run(["compare", str(sample_path), "--top", "1", "-o", str(tmp_path)])
    assert code == EXIT_OK, err
    assert "charts show the 1 largest" in out
    assert len((tmp_path / "scores.csv").read_text(encoding="utf-8").splitlines()) == 17


def test_evaluate_command(sample_path):
    code, out, err = run(["evaluate", str(sample_path.with_name("gold.jsonl"))])
    assert code == EXIT_OK, err
    assert "attribution.source" in out and "documents: en=8, fr=8" in out


def test_score_learned_adds_attributions_in_english_only(tmp_path):
    english = tmp_path / "en.txt"
    english.write_text(
        "Voters rally in Ohio\n\nResidents complained about the noise from the new airport.\n",
        encoding="utf-8",
    )
    records = {}
    for flag in ([], ["--learned"]):
        code, out, err = run(["score", str(english), "--lang", "en", "--format", "json", *flag])
        assert code == EXIT_OK, err
        records[bool(flag)] = json.loads(out)
    rules = {a["cue"]["text"] for a in records[False]["attributions"]}
    learned = {a["cue"]["text"] for a in records[True]["attributions"]}
    assert rules < learned and "complained about" in learned
    french = tmp_path / "fr.txt"
    french.write_text("Le ministre a démenti ces informations, selon l'agence.\n", encoding="utf-8")
    outputs = [
        run(["score", str(french), "--format", "json", *flag])[1] for flag in ([], ["--learned"])
    ]
    assert outputs[0] == outputs[1]


def test_score_table_and_explain_show_conditions_and_families_apart(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Budget vote\n\nThe governor believes the bill will pass. If it fails, the city may "
        "lose funds, officials said.\n",
        encoding="utf-8",
    )
    code, out, err = run(["score", str(path), "--lang", "en", "--explain"])
    assert code == EXIT_OK, err
    row = out.splitlines()[1].split()
    assert row[4] == "2/0"  # believes, may: the condition "If" is not a hedge here
    assert "(condition, narrative)" in out
    assert "(belief; official_unnamed: The governor)" in out
    assert "(official_unnamed: officials)" in out


def test_an_analysis_bug_skips_the_record_and_the_run_goes_on(tmp_path, monkeypatch):
    import framing.analysis

    real = framing.analysis.analyze

    def analyze(article, **options):
        if article.id == "b":
            raise AttributeError("'NoneType' object has no attribute 'span'")
        return real(article, **options)

    monkeypatch.setattr(framing.analysis, "analyze", analyze)
    path = tmp_path / "c.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": i, "text": f"Officials said the bridge {i} would open."}) + "\n"
            for i in "abc"
        ),
        encoding="utf-8",
    )
    code, out, err = run(["score", str(path), "--format", "jsonl"])
    assert code == EXIT_SKIPPED
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert f"{path}:2" in err and "bug in framing" in err and "Traceback" not in err
