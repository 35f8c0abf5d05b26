"""Punkt sentence splitting with the parameters framing ships.

NLTK's Punkt learns abbreviations, collocations and sentence starters from
text; nothing may be downloaded here, so those parameters are plain text
files in ``framing/resources/punkt/<lang>/`` (one entry per line, ``#``
comments), loaded once per language.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from framing.errors import LanguageError

__all__ = ["load_parameters", "sentence_spans", "sentence_tokenizer", "supported_languages"]


def _folder():
    return resources.files("framing").joinpath("resources").joinpath("punkt")


class _NewsLanguageVars(PunktLanguageVars):
    # The ellipsis ends sentences in news copy as often as "...", and Punkt
    # must see closing guillemets as the punctuation that may follow an end.
    sent_end_chars = (".", "?", "!", "…")
    internal_punctuation = ",:;«»"


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Languages that have a Punkt parameter folder."""
    folder = _folder()
    return tuple(sorted(entry.name for entry in folder.iterdir() if entry.is_dir()))


def _entries(lang: str, name: str) -> list[str]:
    path = _folder().joinpath(lang).joinpath(name)
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


@cache
def load_parameters(lang: str) -> PunktParameters:
    """The Punkt parameters shipped for ``lang``."""
    if lang not in supported_languages():
        raise LanguageError(
            f"no sentence-splitting parameters for {lang!r}; "
            f"supported: {', '.join(supported_languages())}"
        )
    parameters = PunktParameters()
    parameters.abbrev_types = {entry.lower() for entry in _entries(lang, "abbreviations.txt")}
    parameters.sent_starters = {entry.lower() for entry in _entries(lang, "sentence_starters.txt")}
    for entry in _entries(lang, "collocations.txt"):
        first, _, second = entry.lower().partition(" ")
        if second:
            parameters.collocations.add((first, second))
    return parameters


@cache
def sentence_tokenizer(lang: str) -> PunktSentenceTokenizer:
    """A Punkt tokenizer for ``lang``, built once."""
    return PunktSentenceTokenizer(load_parameters(lang), lang_vars=_NewsLanguageVars())


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text`` (one paragraph)."""
    return list(sentence_tokenizer(lang).span_tokenize(text, realign_boundaries=True))
