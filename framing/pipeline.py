"""From an article to a segmented document: cleaning, language, segmentation.

This is the one road every analysis takes, so the CLI, notebooks and the
extractors all see the same cleaned text and the same offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.article import Article
from framing.cleaning import CleanText, clean
from framing.langid import LanguageGuess, identify_language
from framing.text import Document, segment

__all__ = ["Prepared", "prepare"]

_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Prepared:
    """An article made ready for the extractors.

    ``status`` is ``"ok"``, ``"empty"`` (no body text with letters) or
    ``"unsupported_language"``; the document is segmented in every case so
    that a caller can still look at it.
    """

    article: Article
    cleaned: CleanText
    language: LanguageGuess
    document: Document
    status: str

    @property
    def lang(self) -> str:
        return self.language.lang


def _as_article(item: Article | str) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(id="text", text=item)
    raise TypeError(f"expected an Article or a str, got {type(item).__name__}")


def prepare(item: Article | str, *, lang: str | None = None) -> Prepared:
    """Clean, identify the language of, and segment one article.

    Parameters
    ----------
    item : Article or str
        The article, or bare text.
    lang : str, optional
        Force the language (``"en"``, ``"fr"``); otherwise the article's own
        ``lang`` field is used, and failing that the language is guessed.

    Examples
    --------
    >>> p = prepare("Le ministre a démenti.\\n\\nIl a réfuté ces informations hier soir.")
    >>> p.lang, p.status, len(p.document.paragraphs)
    ('fr', 'ok', 2)
    """
    article = _as_article(item)
    cleaned = clean(article.text, title=article.title)
    language = identify_language(cleaned.text, lang=lang, declared=article.lang)
    document = segment(cleaned.text, language.lang, title=cleaned.title)
    body = cleaned.text[document.body_start : document.body_end]
    if not _LETTER.search(body):
        status = "empty"
    elif not language.supported:
        status = "unsupported_language"
    else:
        status = "ok"
    return Prepared(article, cleaned, language, document, status)
