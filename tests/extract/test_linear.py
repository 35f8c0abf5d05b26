"""The shared reader of model files: clear errors for every way a file can be wrong."""

from __future__ import annotations

import gzip
import json

import pytest

from framing.errors import ResourceError
from framing.extract import _linear


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(_linear, "model_folder", lambda: tmp_path)
    return tmp_path


def _write(path, data) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write(data if isinstance(data, str) else json.dumps(data))


def test_a_good_file_is_built(folder):
    _write(folder / "xx.json.gz", {"spec_version": 3, "intercept": -1.5})
    assert _linear.read_model("xx.json.gz", 3, lambda d: d["intercept"]) == -1.5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"spec_version": 2, "intercept": 0}, "trained with feature spec 2.*retrain"),
        ({"intercept": 0}, "malformed"),
        ({"spec_version": 3}, "malformed"),
        ("{not json", "cannot be read"),
    ],
)
def test_bad_files_are_resource_errors(folder, content, message):
    _write(folder / "xx.json.gz", content)
    with pytest.raises(ResourceError, match=message):
        _linear.read_model("xx.json.gz", 3, lambda d: float(d["intercept"]))


def test_a_missing_or_non_gzip_file_is_a_resource_error(folder):
    with pytest.raises(ResourceError, match="cannot be read"):
        _linear.read_model("absent.json.gz", 1, dict)
    (folder / "plain.json.gz").write_text("{}", encoding="utf-8")
    with pytest.raises(ResourceError, match="cannot be read"):
        _linear.read_model("plain.json.gz", 1, dict)


@pytest.mark.parametrize(
    ("word", "shape"),
    [
        ("«", "Q"),
        ("—", "D"),
        ("42", "d"),
        (",", ","),
        ("...", "p"),
        ("NATO", "XX"),
        ("Paris", "Xx"),
        ("said", "x"),
        ("A", "Xx"),
    ],
)
def test_word_shape(word, shape):
    assert _linear.word_shape(word) == shape


def test_logistic_is_clamped():
    assert _linear.logistic(0.0) == 0.5
    assert 0.0 < _linear.logistic(-1e9) < 1e-12 and 1 - 1e-12 < _linear.logistic(1e9) < 1.0


def test_model_languages_by_suffix(folder):
    for name in ("en.json.gz", "en.source.json.gz", "fr.json.gz", "notes.txt", ".json.gz"):
        (folder / name).write_bytes(b"")
    assert _linear.model_languages(".json.gz") == ("en", "fr")
    assert _linear.model_languages(".source.json.gz") == ("en",)
