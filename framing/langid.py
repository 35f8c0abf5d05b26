"""Language identification among the languages framing supports.

The guess comes from py3langid (langid.py's model, shipped inside that
package, so nothing is downloaded). It ranks about a hundred languages; a text
whose best language has no lexicon here is ``unsupported`` rather than forced
into English or French, so a German article is reported, not mis-scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from framing.lexicons import supported_languages

__all__ = ["UNSUPPORTED", "LanguageGuess", "identify_language", "normalize_code"]

UNSUPPORTED = "unsupported"

# The model reads character n-grams; the first few thousand characters decide
# as well as the whole text does, and a 50 MB article must not cost seconds.
_SAMPLE_CHARS = 5000
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The outcome of :func:`identify_language`.

    ``lang`` is a supported code (``"en"``, ``"fr"``) or ``"unsupported"``;
    ``detected`` is the model's best code whatever it is (``"de"``), or None
    for text without letters; ``confidence`` is the model's probability of
    ``detected`` (0 when there was nothing to judge); ``forced`` is True when
    the caller imposed the language.
    """

    lang: str
    confidence: float
    detected: str | None
    forced: bool = False

    @property
    def supported(self) -> bool:
        return self.lang != UNSUPPORTED

    def to_dict(self) -> dict[str, object]:
        return {
            "lang": self.lang,
            "confidence": round(self.confidence, 4),
            "detected": self.detected,
            "forced": self.forced,
        }


_NAMES = {"english": "en", "anglais": "en", "french": "fr", "français": "fr", "francais": "fr"}


def normalize_code(code: str) -> str:
    """``"fr-FR"``, ``"FR"``, ``"French"`` -> ``"fr"``; other text is lowercased."""
    lowered = code.strip().lower().replace("_", "-")
    return _NAMES.get(lowered, lowered.split("-", 1)[0])


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(
    text: str, *, lang: str | None = None, declared: str | None = None
) -> LanguageGuess:
    """Guess the language of ``text`` among the supported languages.

    Parameters
    ----------
    text : str
        Article text (title included or not).
    lang : str, optional
        An override from the user: a supported code is taken as is
        (confidence 1.0), an unsupported one raises LanguageError;
        ``"auto"`` or None means no override.
    declared : str, optional
        The language a corpus record declares. Taken as is when supported;
        a declared unsupported language makes the guess ``unsupported``
        (the record says so, there is nothing to guess).

    Examples
    --------
    >>> identify_language("Le ministre a démenti ces informations hier soir.").lang
    'fr'
    >>> identify_language("Der Minister hat die Berichte am Abend dementiert.").lang
    'unsupported'
    """
    supported = supported_languages()
    if lang not in (None, "auto"):
        code = normalize_code(lang)
        if code not in supported:
            from framing.errors import LanguageError

            raise LanguageError(
                f"language {lang!r} is not supported; supported: {', '.join(supported)}"
            )
        return LanguageGuess(code, 1.0, code, forced=True)
    if declared and declared.strip():
        code = normalize_code(declared)
        return LanguageGuess(code if code in supported else UNSUPPORTED, 1.0, code, forced=True)
    sample = text[:_SAMPLE_CHARS]
    if not _LETTER.search(sample):
        return LanguageGuess(UNSUPPORTED, 0.0, None)
    detected, probability = _identifier().classify(sample)
    if detected in supported:
        return LanguageGuess(detected, float(probability), detected)
    return LanguageGuess(UNSUPPORTED, float(probability), detected)
