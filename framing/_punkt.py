"""Punkt sentence splitting with the parameters framing ships.

NLTK's Punkt decides whether a period (or ``?``, ``!``, ``…``) ends a sentence
from three learnt lists: abbreviations, collocations and frequent sentence
starters. Nothing may be downloaded at run time, so framing ships those lists
as plain UTF-8 text in ``framing/resources/punkt/<lang>/`` and builds
:class:`~nltk.tokenize.punkt.PunktParameters` from them:

``abbreviations.txt``
    one abbreviation a line, the way Punkt stores it: lowercase, without the
    final period, inner periods kept (``mr``, ``u.s``, ``j.-c``).
``collocations.txt`` (optional)
    two words a line, ``first second``: the first ends in a period that is
    *not* a sentence end when the second follows (``no ##number##`` keeps
    "No. 2" together without making every "no." an abbreviation).
``sentence_starters.txt`` (optional)
    one word a line: capitalised after an abbreviation or an ellipsis, it
    starts a new sentence ("in the U.S. It is").

Each line may end with a ``#`` comment; a line starting with ``#`` is a
comment. The list of supported languages *is* the list of folders.

Punkt also learns, per word, whether it was seen lower- or uppercase in
sentence-initial or internal position ("orthographic context"). framing does
not ship that table (it would be a word list of the whole training corpus);
it derives the one fact that matters from the sentence starters: each of them
is a function word seen lowercase inside sentences and capitalised at their
start. That is what lets "Plan B. The vote" split while "George W. Bush"
does not.

What differs from NLTK's defaults, all in this module:

- ``…`` (U+2026) is handled like ``...``, and an ellipsis followed by a
  capitalised word ends a sentence ("Il a hésité… Puis il a parlé."), while
  one followed by a lowercase word or ``)`` does not ("hésita… puis",
  "(…)").
- Initials of several letters ("H.W.", "J.-P.") are initials like "W.", and
  an initial before another initial never ends a sentence ("A. A. Milne").
- The word that decides a period is the one after an opening quotation mark
  or parenthesis, not the mark ('in D.C. “We', 'George P. (Jeb').
- Quotation marks never start a word (``“Mr.`` is ``“`` + ``Mr.``).
- Only *closing* quotation marks are moved back onto the sentence they end
  (NLTK also moves ``«`` and ``“``, which breaks ``Il a dit. « Nous… »``);
  a straight ``"`` after a space goes with the sentence after it when it
  opens a quotation (an even number of ``"`` before it).
- A break is dropped when what follows it starts with a lowercase word or an
  internal punctuation mark (``"Why?" he asked.``, ``« Partez ! » a-t-il
  lancé.``): Punkt never reconsiders ``?``, ``!`` or an ordinary word before
  a period, but a sentence does not start in lowercase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from nltk.tokenize.punkt import (
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from framing.errors import LanguageError, ResourceError

__all__ = [
    "NewsLanguageVars",
    "NewsPunktToken",
    "NewsSentenceTokenizer",
    "load_parameters",
    "sentence_spans",
    "sentence_tokenizer",
    "supported_languages",
]

ELLIPSIS = "…"

ABBREVIATIONS = "abbreviations.txt"
COLLOCATIONS = "collocations.txt"
SENTENCE_STARTERS = "sentence_starters.txt"

# A comment is a line starting with "#", or " # ..." after an entry; a "#"
# inside a field is data (Punkt's number type is "##number##").
_COMMENT = re.compile(r"(?:^\s*#|\s+#(?=\s|$)).*$")
# Closing marks that may follow a sentence end and belong to that sentence.
_CLOSING = "\"')]}\u2019\u201d\u00bb\u203a"
# Quotation marks, which never start a word.
_QUOTE_MARKS = "'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a"
# Opening marks: Punkt's second pass looks past them to the next word.
_OPENING = frozenset("\"'(\u2018\u201c\u201e\u00ab\u2039")
# After a break: closing marks and spaces, then what decides whether the
# break stands (a lowercase word or internal punctuation means it does not).
_CONTINUATION = re.compile(rf"[{re.escape(_CLOSING)}\s]*(?:[,;:]|([^\W\d_]+))")


class NewsLanguageVars(PunktLanguageVars):
    """Punkt's language variables for English and French news copy."""

    __slots__ = ()

    sent_end_chars = (".", "?", "!", ELLIPSIS)

    # NLTK keeps a curly or single opening quote glued to the word after it,
    # so '“Mr.' was not the abbreviation 'Mr.'. Quotation marks never start a
    # word here.
    _re_word_start = r"[^\(\"\`{\[:;&\#\*@\)}\]\-," + _QUOTE_MARKS + "]"

    # NLTK's pattern also lists the *opening* marks ‘ “ «; in French « is
    # followed by a space, so "Il a dit. « Nous partons. »" would leave « on
    # the first sentence. Closing marks only.
    re_boundary_realignment = re.compile(
        rf"[{re.escape(_CLOSING)}]+?(?:\s+|(?=--)|$)",
        re.MULTILINE,
    )


class NewsPunktToken(PunktToken):
    """A Punkt token that knows ``…`` and initials of several letters.

    ``…`` counts as an ellipsis (and as period-final, so the second pass looks
    at what follows it). ``J.-P.`` and ``H.W.`` are initials like ``J.``: a
    capitalised word after them starts a sentence only if it is a sentence
    starter ("J.-P. Martin", "George H.W. Bush"), unless the token is a
    listed abbreviation of several letters (``U.S.``), which Punkt treats as
    an abbreviation.
    """

    __slots__ = ()

    _RE_ELLIPSIS = re.compile(r"(?:\.\.+|…)$")
    _RE_INITIAL = re.compile(r"(?:[^\W\d]\.-?)*[^\W\d]\.$")

    def __init__(self, tok: str, **params: object) -> None:
        super().__init__(tok, **params)
        if tok.endswith(ELLIPSIS):
            self.period_final = True

    @property
    def is_initial(self) -> bool:
        # A listed abbreviation of several letters (U.S., a.m., J.-C.) is read
        # as an abbreviation: it ends a sentence before a sentence starter.
        if self.abbr and self.tok.count(".") > 1:
            return False
        return self._RE_INITIAL.match(self.tok) is not None


def first_pass_annotation(base_method, self, aug_tok: PunktToken) -> None:
    """Punkt's first pass, with ``…`` an ellipsis rather than a certain end.

    Shared by :class:`NewsSentenceTokenizer` and the training script's
    trainer so that both read ``…`` the same way.
    """
    if aug_tok.tok == ELLIPSIS:
        aug_tok.ellipsis = True
        return
    base_method(self, aug_tok)


class NewsSentenceTokenizer(PunktSentenceTokenizer):
    """:class:`PunktSentenceTokenizer` with framing's parameters and rules.

    On top of Punkt: an ellipsis before a capitalised word ends a sentence;
    ``span_tokenize`` returns spans without surrounding white space, gives a
    straight ``"`` that opens a quotation to the sentence it opens, and joins
    a "sentence" that starts in lowercase to the one before it.
    """

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params, lang_vars=NewsLanguageVars(), token_cls=NewsPunktToken)

    def _first_pass_annotation(self, aug_tok: PunktToken) -> None:
        first_pass_annotation(PunktSentenceTokenizer._first_pass_annotation, self, aug_tok)

    def _annotate_second_pass(self, tokens: Iterator[PunktToken]) -> Iterator[PunktToken]:
        # Punkt judges a period by the token after it; after an opening quote
        # or parenthesis the word that follows it is what tells
        # ('N.H. “We', 'George P. (Jeb').
        tokens = list(tokens)
        for index, token in enumerate(tokens):
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if (
                following is not None
                and following.tok in _OPENING
                and index + 2 < len(tokens)
                and token.period_final
            ):
                following = tokens[index + 2]
            self._second_pass_annotation(token, following)
            yield token

    def _second_pass_annotation(
        self, aug_tok1: PunktToken, aug_tok2: PunktToken | None
    ) -> str | None:
        if aug_tok2 is not None and aug_tok1.is_initial and aug_tok2.is_initial:
            # "A. A. Milne", "J. R. R. Tolkien": an initial before an initial.
            aug_tok1.sentbreak = False
            aug_tok1.abbr = True
            return "initial before an initial"
        reason = super()._second_pass_annotation(aug_tok1, aug_tok2)
        if (
            aug_tok2 is not None
            and aug_tok1.ellipsis
            and not aug_tok1.sentbreak
            and aug_tok2.first_upper
        ):
            # Punkt wants the next word to be a known sentence starter; in
            # news copy "… Reste à trouver" and "... Heureusement" end a
            # sentence too, while an elision "(…)" is followed by ")".
            aug_tok1.sentbreak = True
            return "ellipsis before a capitalised word"
        return reason

    def span_tokenize(
        self, text: str, realign_boundaries: bool = True
    ) -> Iterator[tuple[int, int]]:
        raw = list(super().span_tokenize(text, realign_boundaries))
        for index in range(len(raw) - 1):
            start, end = raw[index]
            if _opens_quotation(text, end - 1):
                # 'dette. " Le Japon': realignment took the quote that opens
                # the next sentence.
                raw[index] = (start, end - 1)
                raw[index + 1] = (end - 1, raw[index + 1][1])
        spans: list[tuple[int, int]] = []
        for start, end in raw:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start == end:
                continue
            if spans and _continues(text, spans[-1][1]):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        return iter(spans)


def _opens_quotation(text: str, position: int) -> bool:
    """Whether the straight ``"`` at ``position``, after a space, opens a quote.

    It does when an even number of ``"`` come before it in the paragraph.
    """
    return (
        position >= 1
        and text[position] == '"'
        and text[position - 1].isspace()
        and text.count('"', 0, position) % 2 == 0
    )


def _continues(text: str, position: int) -> bool:
    """Whether the text after a sentence end at ``position`` goes on with it."""
    match = _CONTINUATION.match(text, position)
    if match is None:
        return False
    word = match.group(1)
    # "iPhone" and "eBay" start sentences; "he" and "a-t-il" do not.
    return word is None or word.islower()


def _folder() -> Traversable:
    return resources.files("framing").joinpath("resources", "punkt")


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Languages that have a Punkt parameter folder, sorted."""
    folder = _folder()
    if not folder.is_dir():
        return ()
    return tuple(
        sorted(
            entry.name
            for entry in folder.iterdir()
            if entry.is_dir() and entry.joinpath(ABBREVIATIONS).is_file()
        )
    )


def _entries(lang: str, name: str, *, required: bool = False) -> Iterator[tuple[int, list[str]]]:
    """``(line number, fields)`` of each entry line of one parameter file."""
    path = _folder().joinpath(lang, name)
    if not path.is_file():
        if required:
            raise ResourceError(f"Punkt parameters for {lang!r}: {name} is missing")
        return
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ResourceError(f"resources/punkt/{lang}/{name}: cannot be read ({error})") from error
    for number, line in enumerate(content.splitlines(), start=1):
        fields = _COMMENT.sub("", line).split()
        if fields:
            yield number, fields


def _malformed(lang: str, name: str, number: int, why: str) -> ResourceError:
    return ResourceError(f"resources/punkt/{lang}/{name}:{number}: {why}")


def _word(field: str) -> str:
    """A Punkt type: lowercase, without a final period."""
    field = field.lower()
    return field[:-1] if len(field) > 1 and field.endswith(".") else field


@cache
def load_parameters(lang: str) -> PunktParameters:
    """The Punkt parameters shipped for ``lang``, read once per language.

    Raises :class:`~framing.errors.LanguageError` (naming the supported
    languages) for a language without a parameter folder, and
    :class:`~framing.errors.ResourceError` for a malformed file.
    """
    supported = supported_languages()
    if lang not in supported:
        raise LanguageError(
            f"no sentence-splitting parameters for language {lang!r}; "
            f"supported: {', '.join(supported) or 'none'}"
        )
    params = PunktParameters()
    for number, fields in _entries(lang, ABBREVIATIONS, required=True):
        if len(fields) != 1:
            raise _malformed(lang, ABBREVIATIONS, number, "one abbreviation per line")
        params.abbrev_types.add(_word(fields[0]))
    for number, fields in _entries(lang, COLLOCATIONS):
        if len(fields) != 2:
            raise _malformed(lang, COLLOCATIONS, number, "two words per line")
        params.collocations.add((_word(fields[0]), fields[1].lower()))
    for number, fields in _entries(lang, SENTENCE_STARTERS):
        if len(fields) != 1 or not fields[0].isalpha():
            raise _malformed(lang, SENTENCE_STARTERS, number, "one word (letters only) per line")
        starter = fields[0].lower()
        params.sent_starters.add(starter)
        params.add_ortho_context(starter, _ORTHO_BEG_UC | _ORTHO_MID_LC)
    return params


@cache
def sentence_tokenizer(lang: str) -> NewsSentenceTokenizer:
    """The Punkt sentence tokenizer for ``lang``, built once per language."""
    return NewsSentenceTokenizer(load_parameters(lang))


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets into ``text`` of its sentences.

    ``text`` is one paragraph (Punkt reads a blank line as a paragraph break
    but framing never asks it to cross one). Spans are in order, do not
    overlap, are never empty and hold no leading or trailing white space;
    only white space lies between them.
    """
    return list(sentence_tokenizer(lang).span_tokenize(text, realign_boundaries=True))
