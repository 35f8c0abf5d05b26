"""Lexicon data files: loading, caching, entry syntax."""

from __future__ import annotations

import re

import pytest

from framing.errors import LanguageError, ResourceError
from framing.lexicons import load_lexicon, parse_sections, supported_languages
from framing.lexicons.patterns import entry_regex, section_pattern


def test_supported_languages_are_the_folders():
    assert supported_languages() == ("en", "fr")


def test_loading_is_cached():
    assert load_lexicon("fr") is load_lexicon("fr")


def test_unknown_language_lists_supported_ones():
    with pytest.raises(LanguageError, match="supported: en, fr"):
        load_lexicon("de")


def test_missing_section_is_empty():
    assert load_lexicon("en")["no.such.section"] == ()
    assert section_pattern("en", "no.such.section") is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("entry before section", "before any"),
        ("[a]\nx\n[a]\ny", "defined twice"),
        ("[]\nx", "empty section"),
    ],
)
def test_malformed_files_name_file_and_line(content, message):
    with pytest.raises(ResourceError, match=message) as error:
        parse_sections("x.lex", content, {})
    assert "x.lex:" in str(error.value)


@pytest.mark.parametrize(
    ("entry", "text", "expected"),
    [
        ("according to", "Figures, According  to the police, rose.", "According  to"),
        ("alleg*", "the alleged plot", "alleged"),
        ("alleg*", "the challeged plot", None),
        (
            "called ... baseless",
            "He called the whole report baseless.",
            "called the whole report baseless",
        ),
        ("called ... baseless", "He called. Then baseless.", None),
        ("d'après", "D’après le journal", "D’après"),
        ("say", "says", None),
        ("environ", "un coût d'environ 30 euros", "environ"),
        ("environ", "les non-environ", None),
        ("re:\\w+rait", "il serait", "serait"),
    ],
)
def test_entry_syntax(entry, text, expected):
    match = re.search(entry_regex(entry), text, re.IGNORECASE)
    assert (match.group() if match else None) == expected


def test_every_shipped_section_compiles():
    for lang in supported_languages():
        lexicon = load_lexicon(lang)
        for section in lexicon.sections():
            section_pattern(lang, section)
