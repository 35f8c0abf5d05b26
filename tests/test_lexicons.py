"""Lexicon data files: loading, caching, entry syntax."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.errors import LanguageError, ResourceError
from framing.lexicons import load_lexicon, parse_sections, supported_languages
from framing.lexicons.matcher import SectionMatcher, fold, section_matcher
from framing.lexicons.patterns import entry_regex, section_regex


def test_supported_languages_are_the_folders():
    assert supported_languages() == ("en", "fr")


def test_loading_is_cached():
    assert load_lexicon("fr") is load_lexicon("fr")


def test_unknown_language_lists_supported_ones():
    with pytest.raises(LanguageError, match="supported: en, fr"):
        load_lexicon("de")


def test_missing_section_is_empty():
    assert load_lexicon("en")["no.such.section"] == ()
    assert section_regex("en", "no.such.section") is None
    empty = section_matcher("en", "no.such.section")
    assert not empty and empty.search("anything") is None and "anything" not in empty


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
            section_regex(lang, section)
            section_matcher(lang, section)


# -- the shared matcher --------------------------------------------------------

_ENTRIES = {
    "en": (
        "according to",
        "according",
        "alleg*",
        "called ... baseless",
        "could",
        "so-called",
        "re:(?<![\\w'’-])(?:is|was)\\s+thought\\s+to(?![\\w])",
        "re:n['’]t(?![\\w])",
    ),
    "fr": (
        "d'après",
        "environ",
        "semble",
        "il se peut qu'",
        "aur* dû",
        "pourr*",
        "re:(?<![\\w'’-])une\\s+dizaine(?![\\w])",
    ),
}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Figures, According  to the police, rose.", ["According  to"]),
        ("en", "He was accordingly paid.", []),
        ("en", "the alleged plot, the challenged plot", ["alleged"]),
        ("en", "He called the whole report baseless.", ["called the whole report baseless"]),
        ("en", "He called. Then baseless.", []),
        ("en", "He could've won; he couldn't.", ["could", "n't"]),
        ("en", "the so-called deal, he so called it", ["so-called"]),
        ("en", "It was thought to be safe.", ["was thought to"]),
        ("en", "nothing here", []),
        ("fr", "D’après le journal, d'environ 30 euros.", ["D’après", "environ"]),
        ("fr", "les non-environ", []),
        (
            "fr",
            "Il viendra, semble-t-il, et il se peut qu'il pleuve.",
            ["semble", "il se peut qu'"],
        ),
        ("fr", "Il aurait dû venir, il pourrait venir, pourr.", ["aurait dû", "pourrait", "pourr"]),
        ("fr", "Une dizaine de morts, une douzaine.", ["Une dizaine"]),
        ("fr", "aucun indice", []),
    ],
)
def test_matcher_finds_longest_matches_without_overlap(lang, text, expected):
    matcher = SectionMatcher(lang, _ENTRIES[lang])
    found = list(matcher.finditer(text))
    assert [m.group() for m in found] == expected
    assert all(text[m.start() : m.end()] == m.group() for m in found)


def test_whole_tokens_keep_hyphenated_words_whole():
    matcher = SectionMatcher("fr", ("semble", "dit"), whole_tokens=True)
    assert [m.group() for m in matcher.finditer("Il semble, dit-il, semble-t-il.")] == ["semble"]


def test_case_sensitive_matcher():
    matcher = SectionMatcher("en", ("The Times",), case_sensitive=True)
    assert [m.group() for m in matcher.finditer("The Times, the times")] == ["The Times"]


def test_overlapping_matches_at_every_token():
    matcher = SectionMatcher("en", ("flatly denied", "denied reports", "re:\\bdenied\\b"))
    found = [m.group() for m in matcher.finditer("He flatly denied reports.", overlapping=True)]
    assert found == ["flatly denied", "denied reports", "denied"]


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("He could go", 3, "could"),
        ("He could go", 2, None),
        ("He could go", 4, None),
        ("the alleged plot", 4, "alleged"),
        ("It is thought to be", 3, "is thought to"),
    ],
)
def test_matcher_match_at_a_position(text, pos, expected):
    found = SectionMatcher("en", _ENTRIES["en"]).match(text, pos)
    assert (found.group() if found else None) == expected


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("en", "Could", True),
        ("en", "alleges", True),
        ("en", "alleged-ly", False),
        ("en", "according", True),
        ("en", "accord", False),
        ("fr", "D’après", True),
        ("fr", "pourraient", True),
        # "aur* dû" is two words: "aurait" alone is no entry.
        ("fr", "aurait", False),
        ("fr", "semblent", False),
    ],
)
def test_matcher_membership(lang, word, expected):
    assert (word in SectionMatcher(lang, _ENTRIES[lang])) is expected


def test_membership_falls_back_on_raw_entries():
    matcher = SectionMatcher("en", ("said", "re:(?-i:[a-z]+ing)"))
    assert "said" in matcher and "Said" in matcher and "adding" in matcher
    assert "Adding" not in matcher and "add" not in matcher


def test_section_matcher_is_cached_and_reads_the_lexicon():
    matcher = section_matcher("en", "hedge.epistemic_adverb")
    assert matcher is section_matcher("en", "hedge.epistemic_adverb")
    assert "probably" in matcher
    assert fold("D’Après") == "d'après"


def test_bad_raw_entry_fails_to_compile():
    with pytest.raises(re.error):
        SectionMatcher("en", ("re:(unclosed",))


@settings(max_examples=100, deadline=None)
@given(st.text(), st.sampled_from(["en", "fr"]))
def test_matcher_never_raises_and_matches_do_not_overlap(text, lang):
    matcher = SectionMatcher(lang, _ENTRIES[lang])
    found = list(matcher.finditer(text))
    assert all(text[m.start() : m.end()] == m.group() for m in found)
    assert all(a.end() <= b.start() for a, b in pairwise(found))
    for m in found:
        assert matcher.match(text, m.start()) is not None
