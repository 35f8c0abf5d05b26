"""The reference article end to end: cleaning, language, segmentation."""

from __future__ import annotations

import pytest

from framing.article import Article
from framing.pipeline import prepare


@pytest.fixture(scope="module")
def seed(seed_text):
    return prepare(seed_text)


def test_reference_article_header_title_and_language(seed):
    doc = seed.document
    assert "Jerusalem Timing" not in doc.text
    assert doc.title.text == "Lutte contre l'EI: Washington prône une plus grande implication russe"
    assert doc.text.count("Lutte contre l'EI") == 1
    assert (seed.lang, seed.status) == ("fr", "ok")
    assert seed.language.confidence > 0.9


def test_reference_article_has_eight_body_paragraphs(seed):
    paragraphs = seed.document.paragraphs
    assert len(paragraphs) == 8
    assert paragraphs[0].text.startswith("C'est le porte-parole")
    assert paragraphs[-1].text.endswith("avec un mandat de l'Onu.")


def test_reference_article_direct_quotations_have_exact_offsets(seed):
    doc = seed.document
    text = doc.text
    starts = {
        "Nous essayons toujours": "impliquée dans ces opérations",
        "Aucune délocalisation": "des missions d'alerte",
    }
    for first, last in starts.items():
        (quote,) = [q for q in doc.quotes if q.content.text.startswith(first)]
        assert quote.closed and quote.depth == 0
        content_start = text.index(first)
        content_end = text.index(last) + len(last)
        assert (quote.content.start, quote.content.end) == (content_start, content_end)
        assert (quote.start, quote.end) == (content_start - 1, content_end + 1)
        assert text[quote.start] == text[quote.end - 1] == '"'


def test_offsets_map_back_to_the_file(seed, seed_text):
    doc = seed.document
    for paragraph in doc.paragraphs:
        start, end = seed.cleaned.offsets.span_to_original(paragraph.start, paragraph.end)
        original = seed_text[start:end]
        assert original.replace("’", "'").split()[:3] == paragraph.text.split()[:3]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("", "empty"),
        ("   \n\n 123 456 ", "empty"),
        (
            "Das Ministerium erklärte am Montag, der Bericht sei völlig falsch.",
            "unsupported_language",
        ),
        ("The ministry said on Monday that the report was false.", "ok"),
    ],
)
def test_status(text, status):
    assert prepare(text).status == status


def test_declared_language_of_the_record_is_used():
    article = Article(id="x", text="Short.", lang="fr")
    assert prepare(article).lang == "fr"
    assert prepare(Article(id="y", text="Kurz.", lang="de")).status == "unsupported_language"


def test_title_from_metadata_is_kept_once():
    article = Article(id="x", title="Big news", text="Big news\n\nThe body says things.")
    doc = prepare(article, lang="en").document
    assert doc.title.text == "Big news"
    assert [p.text for p in doc.paragraphs] == ["The body says things."]
