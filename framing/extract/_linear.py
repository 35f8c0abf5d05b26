"""What the shipped linear models (learned cues and sources) have in common.

Both are logistic regressions trained by ``tools/train_cue_model.py`` and
shipped as gzipped JSON under ``framing/resources/cue_model/``; here are
where their files live, how one is read and checked against the feature
specification of the code that applies it, the logistic link, and the
shape classes of words both feature sets use.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar

from framing.errors import ResourceError

QUOTE_MARKS = frozenset('«»“”„‹›‘’"')
DASHES = frozenset("―—–")

_T = TypeVar("_T")


def model_folder():
    """The package folder of the model files."""
    return resources.files("framing").joinpath("resources", "cue_model")


def model_languages(suffix: str) -> tuple[str, ...]:
    """The language codes with a model file ``<lang><suffix>``, sorted."""
    folder = model_folder()
    if not folder.is_dir():
        return ()
    names = (entry.name for entry in folder.iterdir())
    languages = (name[: -len(suffix)] for name in names if name.endswith(suffix))
    # "en.source.json.gz" ends with ".json.gz" too: a language code has no dot.
    return tuple(sorted(lang for lang in languages if lang and "." not in lang))


def read_model(name: str, spec_version: int, build: Callable[[dict[str, Any]], _T]) -> _T:
    """Read model file ``name``, check its feature specification, and ``build`` it.

    Raises
    ------
    ResourceError
        The file cannot be read, is malformed (``build`` fails on it), or was
        trained with another version of the feature specification: its
        weights would be read against the wrong features.
    """
    where = f"resources/cue_model/{name}"
    try:
        with model_folder().joinpath(name).open("rb") as raw, gzip.open(raw, "rt") as stream:
            data = json.load(stream)
    except (OSError, ValueError) as error:
        raise ResourceError(f"{where}: cannot be read ({error})") from error
    try:
        version = int(data["spec_version"])
        if version != spec_version:
            raise ResourceError(
                f"{where}: trained with feature spec {version}, "
                f"this code reads spec {spec_version}; retrain it"
            )
        return build(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ResourceError(f"{where}: malformed ({error!r})") from error


def weight_map(data: dict[str, Any]) -> dict[str, float]:
    """Feature weights as read from a model file: names to floats."""
    return {str(k): float(v) for k, v in data.items()}


def linear_fields(data: dict[str, Any]) -> dict[str, Any]:
    """The fields every model file holds, typed: weights, intercept, thresholds, provenance."""
    return {
        "weights": weight_map(data["weights"]),
        "intercept": float(data["intercept"]),
        "threshold": float(data["threshold"]),
        "extend": float(data["extend"]),
        "spec_version": int(data["spec_version"]),
        "provenance": dict(data.get("provenance", {})),
    }


def clamp(z: float) -> float:
    """Score ``z`` kept within [-30, 30], where exp never overflows and probabilities saturate."""
    return -30.0 if z < -30.0 else 30.0 if z > 30.0 else z


def logistic(z: float) -> float:
    """The probability of score ``z`` (clamped)."""
    return 1.0 / (1.0 + math.exp(-clamp(z)))


def word_shape(word: str) -> str:
    """A coarse class of a token: quote mark, dash, number, punctuation, case."""
    if word[0] in QUOTE_MARKS:
        return "Q"
    if word[0] in DASHES:
        return "D"
    if word[0].isdigit():
        return "d"
    if not word[0].isalpha():
        return word if len(word) == 1 else "p"
    if word.isupper() and len(word) > 1:
        return "XX"
    if word[0].isupper():
        return "Xx"
    return "x"
