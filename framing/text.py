"""Segmentation of a cleaned article: paragraphs, sentences, tokens, quotations.

Every unit is a :class:`~framing.spans.Span` subclass whose offsets point into
``Document.text``, so ``doc.text[u.start:u.end] == u.text`` always holds.

Paragraphs are separated by blank lines. A text with no blank line at all but
with single line breaks (common in scraped copy) takes each line as a
paragraph; inside a blank-line paragraph a single line break is only wrapping.

Sentences come from NLTK's Punkt with the abbreviation lists framing ships
(``framing/resources/punkt``); Punkt runs paragraph by paragraph so a sentence
never crosses a paragraph break.

Quotation regions are found with a stack over the quotation marks « » “ ” „
‹ › ‘ ’ and the straight ``"``. A quotation left open at the end of a
paragraph continues when the next paragraph opens again with a mark of the
same family (the French and English convention for quotes that run over
several paragraphs); otherwise it ends with its paragraph and is flagged
``closed=False``. A closing mark with nothing open is ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache, wraps
from typing import TypeVar

from framing.errors import LanguageError
from framing.lexicons import load_lexicon, supported_languages
from framing.spans import Span

__all__ = [
    "Document",
    "Paragraph",
    "Quote",
    "Sentence",
    "Token",
    "find_quotes",
    "last_document_cache",
    "segment",
    "split_paragraphs",
    "token_pattern",
    "tokenize",
]


@dataclass(frozen=True, slots=True)
class Paragraph(Span):
    """A body paragraph; ``index`` counts from 0 after the title."""

    index: int


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """A sentence; ``paragraph`` is -1 for the title's sentences.

    ``index`` counts body sentences from 0; title sentences count -1, -2, ...
    backwards so that body indexes match the analysis record.
    """

    index: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Token(Span):
    """A word, number or punctuation mark."""


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """A quotation region, from its opening mark to its closing mark included.

    ``content`` is the quoted text without the outer marks (for a quote over
    several paragraphs it includes the reopening marks in between).
    ``depth`` is 0 for a top-level quote, 1 for a quote inside a quote.
    """

    content: Span
    open_mark: str
    close_mark: str | None
    closed: bool
    depth: int
    paragraphs: tuple[int, ...]


# Opening mark -> the closing marks that end it. German-style „ closes with “.
_PAIRS: dict[str, str] = {
    "«": "»",
    "“": "”",
    "„": "“”",
    "‹": "›",
    "‘": "’",
    '"': '"',
}
# Marks that may reopen a quote carried over from the previous paragraph.
_FAMILY: dict[str, str] = {"«": "«", "“": '“"', '"': '“"', "„": "„", "‹": "‹", "‘": "‘"}
_MARKS = re.compile('[«»“”„‹›‘’"]')
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"[^\n]+")
_NON_SPACE = re.compile(r"\S")

# What a token is, for every language: a word (hyphens and apostrophes may
# join words, "Anti-terror", "aujourd'hui", "didn't"), a number, "..." (the
# gap of lexicon entries), or one other non-space character. Two things vary
# by language and live in its lexicon: [tokenizer.elision], the elided words
# that are tokens of their own ("l'information" yields the lexicon word
# "information"), and [tokenizer.number], the pattern of a number; a
# language without them splits no elision and writes numbers the default way.
_NUMBER_DEFAULT = r"\d+(?:[.,]\d{3})*(?:\.\d+)?"
_WORD_AND_REST = r"\w+(?:[-'’]\w+)*|\.\.\.|[^\w\s]"


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of ``text[start:end]``, stripped of whitespace."""
    end = len(text) if end is None else end
    region = text[start:end]
    if _BLANK_LINE.search(region):
        pieces = []
        position = 0
        for gap in _BLANK_LINE.finditer(region):
            pieces.append((position, gap.start()))
            position = gap.end()
        pieces.append((position, len(region)))
    else:
        pieces = [(m.start(), m.end()) for m in _LINE.finditer(region)]
    spans = []
    for piece_start, piece_end in pieces:
        chunk = region[piece_start:piece_end]
        stripped = chunk.strip()
        if not stripped:
            continue
        offset = piece_start + chunk.index(stripped[0])
        spans.append((start + offset, start + offset + len(stripped)))
    return spans


@cache
def token_pattern(lang: str, *, numbers: bool = True) -> re.Pattern[str]:
    """The compiled token pattern of ``lang`` (built from its lexicon, cached).

    Tokens are whole words ("didn't", "peut-être"), numbers ("3,5" in
    French, "3.5" in English), ``...`` and single punctuation marks; the
    elided words a lexicon lists in ``[tokenizer.elision]`` are tokens of
    their own ("l'", "qu'", with ``'`` or ``’``). A language code without a
    lexicon gets the default pattern, without elisions. With ``numbers``
    false, a number is cut like words ("2,000" is "2", ",", "000").
    """
    elisions: tuple[str, ...] = ()
    number = _NUMBER_DEFAULT
    if lang in supported_languages():
        lexicon = load_lexicon(lang)
        elisions = lexicon["tokenizer.elision"]
        written = lexicon["tokenizer.number"]
        if written:
            number = "|".join(
                e[3:].strip() if e.startswith("re:") else re.escape(e) for e in written
            )
    parts = [f"(?:{number})", _WORD_AND_REST] if numbers else [_WORD_AND_REST]
    if elisions:
        words = "|".join(re.escape(e) for e in sorted(set(elisions), key=lambda e: (-len(e), e)))
        parts.insert(0, rf"(?i:{words})['’](?=\w)")
    return re.compile("|".join(parts))


def tokenize(text: str, lang: str = "en", start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    Examples
    --------
    >>> [t.text for t in tokenize("L'État n'a pas dit 10,5 %.", "fr")]
    ["L'", 'État', "n'", 'a', 'pas', 'dit', '10,5', '%', '.']
    """
    pattern = token_pattern(lang)
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]


@lru_cache(maxsize=1)
def _generic_punkt():
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return PunktSentenceTokenizer()


def _sentence_offsets(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    from framing import _punkt

    region = text[start:end]
    try:
        spans = _punkt.sentence_spans(region, lang)
    except LanguageError:
        # No parameters for this language: Punkt's defaults still split on
        # sentence punctuation, which is enough to show the text.
        spans = list(_generic_punkt().span_tokenize(region))
    pieces: list[tuple[int, int]] = []
    for s, e in spans:
        if e > s:
            pieces.extend(_bounded(text, start + s, start + e))
    return pieces


# Longest sentence kept whole, in characters: news sentences stay far below
# it (a 100-word sentence is about 600). Text without sentence punctuation
# (a scraped table, a stripped feed) would otherwise make one "sentence" of
# a whole article, and clause-level rules scan back to the sentence start.
_MAX_SENTENCE_CHARS = 1500
_CLAUSE_BREAKS = (";", ":", ",", " ")


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` cut into pieces of at most ``_MAX_SENTENCE_CHARS``.

    Each cut falls after the last clause mark (";", ":", ",", then a space)
    of the allowed stretch, so that a forced piece ends where a clause could.
    """
    while end - start > _MAX_SENTENCE_CHARS:
        limit = start + _MAX_SENTENCE_CHARS
        cut = limit
        for mark in _CLAUSE_BREAKS:
            at = text.rfind(mark, start + _MAX_SENTENCE_CHARS // 2, limit)
            if at != -1:
                cut = at + 1
                break
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


@dataclass
class _Open:
    mark: str
    position: int
    depth: int
    paragraphs: list[int]


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Quotation regions of ``text`` whose paragraphs are ``paragraphs``.

    Quotes are returned in order of their opening mark; a nested quote comes
    after the quote that contains it.
    """
    found: list[Quote] = []
    stack: list[_Open] = []

    def close(entry: _Open, end: int, mark: str | None) -> None:
        if mark is None and entry.mark == "‘":
            # An unmatched ‘ is far more often an elision ('90s) than a quote.
            return
        content_end = end - 1 if mark else end
        content = Span(entry.position + 1, content_end, text[entry.position + 1 : content_end])
        found.append(
            Quote(
                entry.position,
                end,
                text[entry.position : end],
                content,
                entry.mark,
                mark,
                mark is not None,
                entry.depth,
                tuple(entry.paragraphs),
            )
        )

    for number, (p_start, p_end) in enumerate(paragraphs):
        skip_reopen = -1
        if stack:
            first = text[p_start]
            if first in _FAMILY.get(stack[0].mark, ""):
                # The quote goes on: only the outermost one is carried over.
                for entry in stack[1:]:
                    close(entry, paragraphs[number - 1][1], None)
                del stack[1:]
                stack[0].paragraphs.append(number)
                skip_reopen = p_start
            else:
                previous_end = paragraphs[number - 1][1]
                while stack:
                    close(stack.pop(), previous_end, None)
        for match in _MARKS.finditer(text, p_start, p_end):
            position = match.start()
            if position == skip_reopen:
                continue
            mark = match.group()
            if mark == '"':
                if stack and stack[-1].mark == '"':
                    close(stack.pop(), position + 1, mark)
                else:
                    stack.append(_Open(mark, position, len(stack), [number]))
            elif mark in _PAIRS and not (mark == "“" and stack and "“" in _PAIRS[stack[-1].mark]):
                stack.append(_Open(mark, position, len(stack), [number]))
            else:
                # A closing mark closes the innermost quote it can close;
                # quotes opened inside it and never closed end with it.
                for depth in range(len(stack) - 1, -1, -1):
                    if mark in _PAIRS[stack[depth].mark]:
                        while len(stack) > depth + 1:
                            close(stack.pop(), position, None)
                        close(stack.pop(), position + 1, mark)
                        break
    if stack and paragraphs:
        last_end = paragraphs[-1][1]
        while stack:
            close(stack.pop(), last_end, None)
    found.sort(key=lambda quote: (quote.start, quote.depth))
    return found


@dataclass(frozen=True)
class Document:
    """A segmented article. Build it with :func:`segment`.

    ``title`` is the headline inside ``text`` (or None); ``paragraphs`` and
    ``sentences`` cover the body only, the title's sentences are in
    ``title_sentences``. ``quotes`` lists every quotation region, title
    included.
    """

    text: str
    lang: str
    title: Span | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    title_sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]

    @property
    def body_start(self) -> int:
        return self.paragraphs[0].start if self.paragraphs else len(self.text)

    @property
    def body_end(self) -> int:
        return self.paragraphs[-1].end if self.paragraphs else len(self.text)

    def all_sentences(self) -> Iterator[Sentence]:
        """Title sentences first, then body sentences, in text order."""
        yield from self.title_sentences
        yield from self.sentences

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the text (title included), computed on first use."""
        return tuple(tokenize(self.text, self.lang))

    def tokens_in(self, span: Span) -> list[Token]:
        """The tokens inside ``span``."""
        return tokenize(self.text, self.lang, span.start, span.end)

    @cached_property
    def _ordered_sentences(self) -> tuple[Sentence, ...]:
        return (*self.title_sentences, *self.sentences)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self._ordered_sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _top_quotes(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.depth == 0)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self._top_quotes]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence (title sentences included) that holds ``offset``."""
        ordered = self._ordered_sentences
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and ordered[index].contains(offset):
            return ordered[index]
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The body paragraph that holds ``offset`` (None in the title)."""
        index = bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and self.paragraphs[index].contains(offset):
            return self.paragraphs[index]
        return None

    def quote_at(self, offset: int) -> Quote | None:
        """The outermost quotation whose content holds ``offset``, if any."""
        quotes = self._top_quotes
        index = bisect_right(self._quote_starts, offset) - 1
        if index >= 0 and quotes[index].content.contains(offset):
            return quotes[index]
        return None

    def in_title(self, offset: int) -> bool:
        return self.title is not None and self.title.contains(offset)

    def position(self, offset: int) -> float:
        """Relative place of ``offset`` in the body: 0 at its first character, 1 at its end."""
        start, end = self.body_start, self.body_end
        if end <= start or offset <= start:
            return 0.0
        return min(1.0, (offset - start) / (end - start))

    def to_dict(self) -> dict[str, object]:
        """JSON-ready outline of the segmentation (offsets and texts)."""
        return {
            "lang": self.lang,
            "title": None if self.title is None else self.title.to_dict(),
            "paragraphs": [[p.start, p.end] for p in self.paragraphs],
            "sentences": [
                {"start": s.start, "end": s.end, "paragraph": s.paragraph, "text": s.text}
                for s in self.all_sentences()
            ],
            "quotes": [
                {
                    "start": q.start,
                    "end": q.end,
                    "text": q.content.text,
                    "content": [q.content.start, q.content.end],
                    "closed": q.closed,
                    "depth": q.depth,
                    "paragraphs": list(q.paragraphs),
                }
                for q in self.quotes
            ],
        }


def segment(text: str, lang: str, *, title: Span | None = None) -> Document:
    """Split ``text`` into title, paragraphs, sentences and quotations.

    Parameters
    ----------
    text : str
        Cleaned article text (see :func:`framing.cleaning.clean`).
    lang : str
        Language code choosing the Punkt parameters; a language without
        parameters gets Punkt's defaults.
    title : Span, optional
        The headline's span in ``text``; the body starts after it.

    Examples
    --------
    >>> doc = segment("Title\\n\\nM. Dupont a parlé. « Oui », dit-il.", "fr",
    ...               title=Span(0, 5, "Title"))
    >>> [s.text for s in doc.sentences]
    ['M. Dupont a parlé.', '« Oui », dit-il.']
    >>> doc.quotes[0].content.text
    ' Oui '
    """
    body_from = 0
    title_sentences: list[Sentence] = []
    if title is not None:
        if text[title.start : title.end] != title.text:
            raise ValueError("title span does not match the text")
        body_from = title.end
        offsets = _sentence_offsets(text, title.start, title.end, lang) if title.text else []
        title_sentences = [
            Sentence(s, e, text[s:e], -(number + 1), -1) for number, (s, e) in enumerate(offsets)
        ]
    paragraph_offsets = split_paragraphs(text, body_from)
    paragraphs = tuple(
        Paragraph(s, e, text[s:e], number) for number, (s, e) in enumerate(paragraph_offsets)
    )
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for s, e in _sentence_offsets(text, paragraph.start, paragraph.end, lang):
            sentences.append(Sentence(s, e, text[s:e], len(sentences), paragraph.index))
    quotes = find_quotes(text, list(paragraph_offsets))
    if title is not None and title.text:
        quotes = find_quotes(text, [(title.start, title.end)]) + quotes
    return Document(
        text=text,
        lang=lang,
        title=title,
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        title_sentences=tuple(title_sentences),
        quotes=tuple(quotes),
    )


_T = TypeVar("_T")


def last_document_cache(build: Callable[[Document], _T]) -> Callable[[Document], _T]:
    """Keep ``build(doc)`` for the last document it was asked of.

    Several extractors read the same derived facts of one document in turn
    (the hedge scan for hedges and boosters, token facts for the cue and
    source models). The document is immutable and is recognised by
    identity, so a new document is never served an old result; one entry
    only, so that no more than one document is kept alive.
    """
    last: list[tuple[Document, _T]] = []

    @wraps(build)
    def cached(doc: Document) -> _T:
        if last and last[0][0] is doc:
            return last[0][1]
        value = build(doc)
        last[:] = [(doc, value)]
        return value

    return cached
