"""Language identification among the supported languages."""

from __future__ import annotations

import pytest

from framing.errors import LanguageError
from framing.langid import UNSUPPORTED, identify_language, normalize_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said on Monday that the report was false and misleading.", "en"),
        ("Le ministère a indiqué lundi que ces informations étaient fausses.", "fr"),
        ("Das Ministerium erklärte am Montag, der Bericht sei falsch.", UNSUPPORTED),
        ("El ministerio dijo el lunes que el informe era falso.", UNSUPPORTED),
        ("Министерство заявило в понедельник, что доклад ложный.", UNSUPPORTED),
        ("12 345 -- 678", UNSUPPORTED),
        ("", UNSUPPORTED),
    ],
)
def test_identify_language(text, expected):
    guess = identify_language(text)
    assert guess.lang == expected
    assert 0.0 <= guess.confidence <= 1.0


def test_unsupported_keeps_the_detected_code():
    guess = identify_language("Das Ministerium erklärte am Montag, der Bericht sei falsch.")
    assert guess.detected == "de" and not guess.supported


def test_override_and_declared_language():
    assert identify_language("whatever text", lang="FR").lang == "fr"
    assert identify_language("whatever text", lang="auto").forced is False
    declared = identify_language("Le texte.", declared="de-DE")
    assert (declared.lang, declared.detected, declared.forced) == (UNSUPPORTED, "de", True)
    assert identify_language("The text.", declared="English").lang == "en"


def test_unsupported_override_lists_the_supported_languages():
    with pytest.raises(LanguageError, match="supported: en, fr"):
        identify_language("text", lang="de")


@pytest.mark.parametrize(
    ("code", "expected"), [("fr-FR", "fr"), ("EN_us", "en"), ("Français", "fr"), ("de", "de")]
)
def test_normalize_code(code, expected):
    assert normalize_code(code) == expected
