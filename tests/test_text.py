"""Segmentation: paragraphs, sentences, tokens and quotation regions with offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.spans import Span
from framing.text import (
    _MAX_SENTENCE_CHARS,
    find_quotes,
    segment,
    split_paragraphs,
    token_pattern,
    tokenize,
)


def _quotes(text: str) -> list[tuple[str, bool, int]]:
    """(content, closed, depth) of each quotation of ``text``."""
    doc = segment(text, "en")
    return [(q.content.text, q.closed, q.depth) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo.\n\n\nThree.", ["One.", "Two.", "Three."]),
        ("  One.  \n \n  Two.", ["One.", "Two."]),
        # No blank line anywhere: each line is a paragraph (scraped copy).
        ("One.\nTwo.\nThree.", ["One.", "Two.", "Three."]),
        # Blank lines present: a single break is only wrapping.
        ("One line\nwrapped.\n\nTwo.", ["One line\nwrapped.", "Two."]),
        ("", []),
        ("\n\n \n", []),
    ],
)
def test_split_paragraphs(text, expected):
    assert [text[s:e] for s, e in split_paragraphs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said « oui » hier.", [(" oui ", True, 0)]),
        ("He said “yes” today.", [("yes", True, 0)]),
        ('He said "yes" and "no".', [("yes", True, 0), ("no", True, 0)]),
        ("Il a dit ‹ non › hier.", [(" non ", True, 0)]),
        ("Er sagte „ja“ heute.", [("ja", True, 0)]),
        (
            "« Il a crié “au feu” puis il est parti », dit-elle.",
            [
                (" Il a crié “au feu” puis il est parti ", True, 0),
                ("au feu", True, 1),
            ],
        ),
        (
            "“He said ‘never’ twice,” she said.",
            [
                ("He said ‘never’ twice,", True, 0),
                ("never", True, 1),
            ],
        ),
        # Unbalanced marks never crash: an open quote ends with its paragraph.
        ('He said "yes and left.', [("yes and left.", False, 0)]),
        ("A stray closing » mark.", []),
        ("The ’90s and the Smiths’ house.", []),
        ("", []),
    ],
)
def test_quotes_in_one_paragraph(text, expected):
    assert _quotes(text) == expected


def test_french_quote_over_paragraphs_reopened_with_guillemets():
    text = "« Premier paragraphe cité.\n\n« Deuxième paragraphe cité. »\n\nSuite, dit-il."
    doc = segment(text, "fr")
    assert len(doc.quotes) == 1
    quote = doc.quotes[0]
    assert quote.closed and quote.paragraphs == (0, 1)
    assert quote.text == text[: text.index("»") + 1]
    assert doc.quote_at(text.index("Deuxième")) is quote
    assert doc.quote_at(text.index("Suite")) is None


def test_english_quote_over_paragraphs_reopened_with_curly_marks():
    text = "“First part of it.\n\n“Second part,” she said.\n\nThe end."
    quotes = segment(text, "en").quotes
    assert [(q.closed, q.paragraphs) for q in quotes] == [(True, (0, 1))]


def test_quote_not_reopened_ends_with_its_paragraph():
    text = "« Ouvert sans fin.\n\nAutre paragraphe sans guillemet."
    quotes = segment(text, "fr").quotes
    assert [(q.content.text, q.closed, q.paragraphs) for q in quotes] == [
        (" Ouvert sans fin.", False, (0,))
    ]


def test_title_quotes_do_not_shift_body_paragraph_numbers():
    text = "« Titre »\n\nCorps « cité » ici."
    doc = segment(text, "fr", title=Span(0, 9, "« Titre »"))
    assert [(q.content.text, q.paragraphs) for q in doc.quotes] == [
        (" Titre ", (0,)),
        (" cité ", (0,)),
    ]
    assert doc.in_title(2) and not doc.in_title(12)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'information d'aujourd'hui", "fr", ["L'", "information", "d'", "aujourd'hui"]),
        ("Qu'il vienne jusqu'ici.", "fr", ["Qu'", "il", "vienne", "jusqu'", "ici", "."]),
        ("Environ 37 pays, 3,5 %.", "fr", ["Environ", "37", "pays", ",", "3,5", "%", "."]),
        ("He didn't say 3.5 percent.", "en", ["He", "didn't", "say", "3.5", "percent", "."]),
        ("Anti-terror front", "en", ["Anti-terror", "front"]),
        (
            "L’information n’a pas… 10 000 euros",
            "fr",
            ["L’", "information", "n’", "a", "pas", "…", "10 000", "euros"],
        ),
        ("Wait... what? aujourd’hui", "fr", ["Wait", "...", "what", "?", "aujourd’hui"]),
        # Elision is French data: English keeps "l'" inside the word.
        ("l'information 1,000.5", "en", ["l'information", "1,000.5"]),
        # A language without a lexicon gets the default pattern.
        ("l'information 1,000.5", "xx", ["l'information", "1,000.5"]),
    ],
)
def test_tokenize(text, lang, expected):
    tokens = tokenize(text, lang)
    assert [t.text for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_document_lookups_and_position():
    text = "Title here\n\nFirst para. Second sentence.\n\nLast para."
    doc = segment(text, "en", title=Span(0, 10, "Title here"))
    assert [p.text for p in doc.paragraphs] == ["First para. Second sentence.", "Last para."]
    assert doc.body_start == 12
    assert doc.position(doc.body_start) == 0.0
    assert doc.position(doc.body_end) == 1.0
    last = text.index("Last")
    assert doc.paragraph_at(last).index == 1
    assert doc.paragraph_at(2) is None
    assert doc.sentence_at(last).paragraph == 1
    assert doc.sentence_at(3).paragraph == -1
    assert [s.index for s in doc.all_sentences()] == [-1, 0, 1, 2]


def test_title_span_must_match_text():
    with pytest.raises(ValueError, match="title span"):
        segment("Abc\n\nBody.", "en", title=Span(0, 3, "Xyz"))


def test_unsupported_language_still_segments():
    doc = segment("Erster Satz. Zweiter Satz.\n\nDritter.", "unsupported")
    assert [s.text for s in doc.sentences] == ["Erster Satz.", "Zweiter Satz.", "Dritter."]


_ALPHABET = st.sampled_from(
    [*"ab É.?!,;:\n\n  \t«»“”„‹›‘’\"'-0123456789", "M.", "Dr.", "\u00a0", "\u202f", "…"]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), st.lists(_ALPHABET, max_size=80).map("".join)), st.booleans())
def test_every_span_matches_its_text(text, french):
    doc = segment(text, "fr" if french else "en")
    spans = [*doc.paragraphs, *doc.all_sentences(), *doc.tokens]
    for quote in doc.quotes:
        spans += [quote, quote.content]
    for span in spans:
        assert text[span.start : span.end] == span.text
    for sentence in doc.sentences:
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end


@settings(max_examples=100, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_find_quotes_never_crashes_on_arbitrary_regions(text):
    regions = split_paragraphs(text)
    for quote in find_quotes(text, regions):
        assert quote.start <= quote.content.start <= quote.content.end <= quote.end


def test_token_pattern_is_built_once_per_language_from_the_lexicon():
    assert token_pattern("fr") is token_pattern("fr")
    assert "qu" in token_pattern("fr").pattern and "qu" not in token_pattern("en").pattern
    words_only = token_pattern("fr", numbers=False)
    assert [m.group() for m in words_only.finditer("2,5 m")] == ["2", ",", "5", "m"]


@pytest.mark.parametrize(
    ("unit", "cut_after"),
    [
        ("he said that she said that ", " "),  # no clause mark: cut at a space
        ("officials said, ", ","),  # cut after the last comma
        ("a; b ", ";"),
    ],
)
def test_overlong_sentences_are_cut_at_clause_marks(unit, cut_after):
    text = unit * 400
    doc = segment(text, "en")
    assert len(doc.sentences) > 1
    for sentence in doc.sentences:
        assert len(sentence.text) <= _MAX_SENTENCE_CHARS
        assert text[sentence.start : sentence.end] == sentence.text == sentence.text.strip()
    for sentence in doc.sentences[:-1]:
        assert sentence.text.endswith(cut_after.strip() or sentence.text[-1])
    # Nothing is lost: the pieces cover every word.
    assert sum(len(s.text.split()) for s in doc.sentences) == len(text.split())


def test_ordinary_sentences_are_not_cut():
    text = "The minister said on Monday, in a long statement, that the talks would go on. " * 3
    doc = segment(text, "en")
    assert len(doc.sentences) == 3
