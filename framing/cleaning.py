"""Cleaning scraped article text, with an offset map back to the source.

:func:`clean` turns scraped text into the text every other part of framing
works on, and keeps the way back: every offset framing reports points into
``CleanText.text``, and ``CleanText.offsets`` maps it to ``CleanText.original``
so an explanation can quote the article as it was given.

What ``original`` is
--------------------
``original`` is the ``text`` argument exactly as given, except in one case:
when a ``title`` is given and the text does not already begin with it (after
leading boilerplate lines are dropped), the cleaned text has to start with a
title that the text does not contain, so ``original`` is
``title + "\\n\\n" + text``. Offsets into the title then map into that prefix.
"Begins with" compares the text's first line and the title after cleaning
both, ignoring case, quote marks and spacing; when they match, the text's own
wording of the title is kept (it is what the offsets point to).

The offset model
----------------
Cleaning is a fixed sequence of small rewrites (see :data:`STEPS` and the
boilerplate and title steps in :func:`clean`). Each rewrite is a pure function
from a text to a sorted list of *edits* ``(start, end, replacement)``; text
outside the edits is copied. :func:`apply_edits` applies them and returns the
new text with an :class:`OffsetMap` from new offsets to old ones, and the maps
of successive steps are composed, so the final map goes from the cleaned text
straight to ``original``.

An :class:`OffsetMap` is a sorted list of *segments* that tile the cleaned
text. A *copy* segment says ``cleaned[c:c+n] == original[o:o+n]`` character by
character. A *replace* segment says the cleaned piece ``[c, c')`` stands for
the original piece ``[o, o')`` as a whole (a repaired mojibake token, a run of
blank lines collapsed to one). Original text covered by no segment was
deleted. An unchanged region is one segment however long, so a 50 MB article
with three fixes is a handful of segments, and lookups are a bisect.

The steps, in order
-------------------
1. newlines: CR LF, CR, U+2028/U+2029 (and VT, FF) become ``\\n``;
2. mojibake: UTF-8 read as cp1252/latin-1, repaired by ftfy word by word;
3. nbsp / invisible: exotic spaces become spaces; zero-width characters,
   soft hyphens and stray control characters go;
4. apostrophes: ’ ‘ ʼ ´ between letters become ``'``; quotation marks stay;
5. quote_spacing: stray spaces inside straight double quotes move out;
6. whitespace: lines stripped, spaces collapsed, at most one blank line;
7. profile_card: hover-card junk flattened into a sentence ("said Jane Doe
   Jane Doe Follow in ...", "View profile") goes;
8. header / footer / inline: boilerplate lines (``resources/boilerplate.txt``)
   among the first and last ten lines go (menus, breadcrumbs, kickers,
   bylines, datelines, sharing bars, tags, bios, rights, cookie and
   newsletter prompts), with a list of related headlines under its label at
   the end; between them go the lines that cannot be prose anywhere: related
   links, advertising, captions with their credit, reader prompts;
9. title: the given or detected headline is kept once, followed by a blank line
   (repeated_title, title_break); a short label right above a headline known
   by its repeat or its byline goes too.

Limitations
-----------
Quote-spacing repair trusts alternation of straight ``"`` within a paragraph
and gives up on paragraphs where it cannot be checked (nested or glued
marks), so some stray spaces stay. Without a given title, headline detection
is a heuristic (:func:`looks_like_title`) and can take a short kicker or a
caption for a headline, or miss a sentence-like one. A given title that
appears in the text only after other, non-boilerplate lines is prepended,
not found. ftfy is trusted on every word it is shown. Furniture is known by
its wording: an unknown line at an edge (a menu or a byline worded in a way
no pattern knows) stops the edge there, so the furniture beyond it stays,
and a related headline between paragraphs goes only with a known label.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.resources import files

import ftfy

from framing.errors import ResourceError
from framing.spans import Span

__all__ = [
    "STEPS",
    "CleanText",
    "Edit",
    "OffsetMap",
    "apply_edits",
    "boilerplate_patterns",
    "clean",
    "fix_mojibake",
    "fix_quote_spacing",
    "is_boilerplate",
    "looks_like_title",
    "normalize_apostrophes",
    "normalize_newlines",
    "normalize_spaces",
    "normalize_whitespace",
    "parse_patterns",
    "remove_invisible",
]

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` with the string; edits are sorted and disjoint."""


# --------------------------------------------------------------------------
# Offset map
# --------------------------------------------------------------------------


class OffsetMap:
    """Maps offsets in a cleaned text to offsets in its original.

    Build one with :meth:`identity` or :func:`apply_edits`; maps of
    successive rewrites are chained with :meth:`compose`.
    """

    __slots__ = ("_copy", "_cs", "_length", "_oe", "_original_length", "_os")

    def __init__(
        self,
        cs: list[int],
        os_: list[int],
        oe: list[int],
        copy: list[bool],
        length: int,
        original_length: int,
    ) -> None:
        # Parallel lists rather than segment objects: the common case is a few
        # huge copy segments, and bisect wants a plain sorted list of starts.
        self._cs = cs
        self._os = os_
        self._oe = oe
        self._copy = copy
        self._length = length
        self._original_length = original_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text to itself."""
        if length == 0:
            return cls([], [], [], [], 0, 0)
        return cls([0], [0], [length], [True], length, length)

    @property
    def length(self) -> int:
        """Length of the cleaned text."""
        return self._length

    @property
    def original_length(self) -> int:
        """Length of the original text."""
        return self._original_length

    def segments(self) -> Iterator[tuple[int, int, int, int, bool]]:
        """Yield ``(clean_start, clean_end, orig_start, orig_end, is_copy)``."""
        n = len(self._cs)
        for i in range(n):
            end = self._cs[i + 1] if i + 1 < n else self._length
            yield self._cs[i], end, self._os[i], self._oe[i], self._copy[i]

    def _check(self, offset: int) -> None:
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside the cleaned text (0..{self._length})")

    def to_original(self, offset: int) -> int:
        """Original offset of the position ``offset`` of the cleaned text.

        Inside a copied region this is exact; a position inside a replaced
        piece maps to the start of the piece it came from. The cleaned end
        maps to the end of the last source piece.
        """
        self._check(offset)
        if not self._cs:
            return 0
        if offset == self._length:
            return self._oe[-1]
        i = bisect_right(self._cs, offset) - 1
        if self._copy[i]:
            return self._os[i] + offset - self._cs[i]
        return self._os[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range ``(s, e)`` that the cleaned range ``[start, end)`` came from.

        ``original[s:e]`` covers the source of every character of
        ``cleaned[start:end]``: a range that touches a replaced piece is
        widened to the whole piece. Text deleted just before or after the range
        is not included. An empty range maps to an empty range.
        """
        self._check(start)
        self._check(end)
        if start > end:
            raise ValueError(f"span start {start} after end {end}")
        s = self.to_original(start)
        if start == end:
            return s, s
        j = bisect_right(self._cs, end - 1) - 1
        e = self._os[j] + end - self._cs[j] if self._copy[j] else self._oe[j]
        return s, e

    def is_verbatim(self, start: int, end: int) -> bool:
        """True when ``cleaned[start:end]`` is an untouched copy of ``original[s:e]``.

        ``(s, e)`` being :meth:`span_to_original`'s answer; an empty range is
        verbatim.
        """
        self._check(start)
        self._check(end)
        if start >= end:
            return True
        i = bisect_right(self._cs, start) - 1
        # Builders merge contiguous copies, so a verbatim range lies in one segment.
        seg_end = self._cs[i + 1] if i + 1 < len(self._cs) else self._length
        return self._copy[i] and end <= seg_end

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """Chain maps: ``self`` maps C2 -> C1 and ``inner`` maps C1 -> O; result C2 -> O."""
        if self._original_length != inner._length:
            raise ValueError("maps do not chain: lengths differ")
        out = _MapBuilder()
        ics, ios, ioe, icopy = inner._cs, inner._os, inner._oe, inner._copy
        n_inner = len(ics)
        for cs, ce, os_, oe, is_copy in self.segments():
            if not is_copy:
                s, e = inner.span_to_original(os_, oe)
                out.add(ce - cs, s, e, False)
                continue
            # A copied range may straddle several segments of the inner map.
            k = bisect_right(ics, os_) - 1
            p = os_
            while p < oe:
                seg_end = ics[k + 1] if k + 1 < n_inner else inner._length
                q = min(oe, seg_end)
                if icopy[k]:
                    o = ios[k] + p - ics[k]
                    out.add(q - p, o, o + q - p, True)
                else:
                    out.add(q - p, ios[k], ioe[k], False)
                p = q
                k += 1
        return out.build(inner._original_length)

    def shifted(self, clean_delta: int, original_delta: int, original_length: int) -> OffsetMap:
        """This map with both sides moved right, inside a longer original."""
        return OffsetMap(
            [c + clean_delta for c in self._cs],
            [o + original_delta for o in self._os],
            [o + original_delta for o in self._oe],
            list(self._copy),
            self._length + clean_delta,
            original_length,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OffsetMap):
            return NotImplemented
        return (
            self._length == other._length
            and self._original_length == other._original_length
            and list(self.segments()) == list(other.segments())
        )

    def __hash__(self) -> int:
        return hash((self._length, self._original_length, len(self._cs)))

    def __repr__(self) -> str:
        return (
            f"OffsetMap(length={self._length}, original_length={self._original_length}, "
            f"segments={len(self._cs)})"
        )


class _MapBuilder:
    """Appends segments left to right, merging where nothing is lost."""

    __slots__ = ("copy", "cs", "oe", "os", "pos")

    def __init__(self) -> None:
        self.cs: list[int] = []
        self.os: list[int] = []
        self.oe: list[int] = []
        self.copy: list[bool] = []
        self.pos = 0

    def add(self, n: int, o: int, oe: int, is_copy: bool) -> None:
        """Append ``n`` cleaned characters that came from original ``[o, oe)``."""
        if n <= 0:
            return
        if self.cs and self.copy[-1] == is_copy:
            if is_copy and self.oe[-1] == o:
                self.oe[-1] = oe
                self.pos += n
                return
            if not is_copy and self.os[-1] == o and self.oe[-1] == oe:
                self.pos += n
                return
        self.cs.append(self.pos)
        self.os.append(o)
        self.oe.append(oe)
        self.copy.append(is_copy)
        self.pos += n

    def add_map(self, m: OffsetMap, original_delta: int) -> None:
        for cs, ce, os_, oe, is_copy in m.segments():
            self.add(ce - cs, os_ + original_delta, oe + original_delta, is_copy)

    def build(self, original_length: int) -> OffsetMap:
        return OffsetMap(self.cs, self.os, self.oe, self.copy, self.pos, original_length)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, disjoint edits; return the new text and its map to ``text``.

    An edit whose replacement equals the text it replaces is ignored, so a
    step can propose edits freely and the map stays exact.
    """
    pieces: list[str] = []
    out = _MapBuilder()
    prev = 0
    for start, end, replacement in edits:
        if start < prev or end < start or end > len(text):
            raise ValueError(f"edit ({start}, {end}) is unsorted, overlapping or outside the text")
        if text[start:end] == replacement:
            continue
        pieces.append(text[prev:start])
        out.add(start - prev, prev, start, True)
        pieces.append(replacement)
        out.add(len(replacement), start, end, False)
        prev = end
    if not pieces:
        return text, OffsetMap.identity(len(text))
    pieces.append(text[prev:])
    out.add(len(text) - prev, prev, len(text), True)
    return "".join(pieces), out.build(len(text))


def _regex_edits(
    pattern: re.Pattern[str], text: str, repl: Callable[[re.Match[str]], str]
) -> list[Edit]:
    return [(m.start(), m.end(), r) for m in pattern.finditer(text) if (r := repl(m)) != m.group()]


# --------------------------------------------------------------------------
# Steps 1-7: character-level normalisation and profile cards
# --------------------------------------------------------------------------

_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x0b\x0c]")


def normalize_newlines(text: str) -> list[Edit]:
    """CR LF, CR, line/paragraph separators, VT and FF become ``\\n``."""
    # Testing for each character is a fast scan; most texts have none of them.
    if not any(c in text for c in "\r\u2028\u2029\x0b\x0c"):
        return []
    return [(m.start(), m.end(), "\n") for m in _NEWLINES.finditer(text)]


# UTF-8 read as cp1252 or latin-1 turns a lead byte (U+00C2-U+00F4) into a
# letter followed by a character that stands for a continuation byte
# (0x80-0xBF): its latin-1 reading, or its cp1252 one (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ
# Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). "Ã " and "Â " are "à" and a no-break space
# whose 0xA0 byte became a space; lone C1 controls are cp1252 bytes read as latin-1.
_CONT = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_SUSPICIOUS = re.compile(f"[\u00c2-\u00f4][{_CONT}]|[\u00c2\u00c3] |[\u0080-\u009f]")
_RUN_BREAK = frozenset(" \t\n")
_RUN_REACH = 32  # characters to look around a suspicious pair for the rest of its word


def fix_mojibake(text: str) -> list[Edit]:
    """Repair UTF-8 that was decoded as cp1252/latin-1 ("Ã©" -> "é", "â€™" -> "’").

    ftfy decides whether a piece is mojibake, but it only sees the words
    around suspicious character pairs: correct text elsewhere cannot be
    touched, and each repaired word becomes its own edit, which keeps the
    offset map fine-grained.
    """
    runs: list[list[int]] = []
    n = len(text)
    for m in _SUSPICIOUS.finditer(text):
        start, end = m.start(), m.end()
        floor = max(0, start - _RUN_REACH)
        while start > floor and text[start - 1] not in _RUN_BREAK:
            start -= 1
        # After "Ã " or "Â " the next word is a new word, not part of this one.
        if text[end - 1] != " ":
            ceil = min(n, end + _RUN_REACH)
            while end < ceil and text[end] not in _RUN_BREAK:
                end += 1
        if runs and start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    edits: list[Edit] = []
    for start, end in runs:
        piece = text[start:end]
        try:
            fixed = ftfy.fix_encoding(piece)
        except (UnicodeError, ValueError):  # pragma: no cover - ftfy is defensive itself
            continue
        if fixed != piece:
            # The repaired bytes may spell a line separator; later steps expect \n only.
            edits.append((start, end, _NEWLINES.sub("\n", fixed)))
    return edits


_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]+")


def normalize_spaces(text: str) -> list[Edit]:
    """No-break, thin, figure, em/en and other wide spaces and tabs become plain spaces.

    The French « guillemets » keep their (now plain) space; only its kind changes.
    """
    return [(m.start(), m.end(), " " * (m.end() - m.start())) for m in _SPACES.finditer(text)]


_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x9f]+")


def remove_invisible(text: str) -> list[Edit]:
    """Zero-width characters, soft hyphens and stray control characters are removed."""
    return [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]


_APOSTROPHE_MARK = re.compile("[\u2019\u2018\u02bc\u00b4]")


def normalize_apostrophes(text: str) -> list[Edit]:
    """’ ‘ ʼ ´ between two letters (l’information, don’t) become ASCII ``'``.

    Single marks that are not between letters may be quotation marks, and
    double quotation marks carry the open/close direction that quote
    detection uses, so both are left alone.
    """
    # Marks are rare, so finding them first and looking around in Python beats a
    # lookbehind that the regex engine would try at every position.
    n = len(text)
    edits: list[Edit] = []
    for m in _APOSTROPHE_MARK.finditer(text):
        i = m.start()
        if 0 < i < n - 1 and text[i + 1].isalpha():
            before = text[i - 1]
            # A combining mark before it is the accent of a decomposed letter.
            if before.isalpha() or unicodedata.combining(before):
                edits.append((i, i + 1, "'"))
    return edits


_BLANK_LINE = re.compile(r"\n[ ]*\n")
_STRAIGHT_QUOTE = re.compile('"')
_OPEN_CONTEXT = frozenset(" \n([{«")
_CLOSE_PUNCT = frozenset(",.;:!?)]}…»")


_SENTENCE_END = frozenset(".!?:;…\n")


def _quote_shape(text: str, i: int) -> str:
    """How the ``"`` at ``i`` looks locally.

    - "O" opening: space before, word after; an elided article before it
      (``d'"un``) counts as space;
    - "C" closing: word before, space or punctuation after;
    - "c" weakly closing: space before, punctuation or line end after (``bons ".``);
    - "o" weakly opening: spaces around, after the end of a sentence (``dit. " Nous``);
    - "A" ambiguous: spaces around, mid-sentence;
    - "G" glued between words, where spacing says nothing.
    """
    n = len(text)
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < n else "\n"
    word_after = after not in " \n" and after not in _CLOSE_PUNCT
    word_before = before not in _OPEN_CONTEXT
    if word_after and (not word_before or before in "'’"):
        return "O"
    if word_before:
        return "G" if word_after else "C"
    if after != " ":
        return "c"
    k = i - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return "o" if k < 0 or text[k] in _SENTENCE_END else "A"


def _quote_edit(text: str, i: int, opening: bool) -> Edit | None:
    """The edit that gives the ``"`` at ``i`` the spacing of its role, if one is needed."""
    n = len(text)
    if opening:
        r = i + 1
        while r < n and text[r] == " ":
            r += 1
        if r > i + 1 and r < n and text[r] not in ' \n"':
            return (i, r, " " * (r - i - 1) + '"')
        return None
    left = i
    while left > 0 and text[left - 1] == " ":
        left -= 1
    if left == i or left == 0 or text[left - 1] in ' \n"':
        return None
    if i + 1 == n or text[i + 1] in _CLOSE_PUNCT or text[i + 1] == "\n":
        # Swapping would leave a space before the punctuation: drop the spaces instead.
        return (left, i + 1, '"')
    return (left, i + 1, '"' + " " * (i - left))


def _paragraph_quotes(text: str) -> list[list[int]]:
    """Positions of the straight double quotes, grouped by paragraph."""
    breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
    paragraphs: list[list[int]] = [[]]
    b = 0
    for m in _STRAIGHT_QUOTE.finditer(text):
        pos = m.start()
        while b < len(breaks) and breaks[b] < pos:
            b += 1
            paragraphs.append([])
        paragraphs[-1].append(pos)
    return paragraphs


_MAX_MISPLACED_QUOTE = 80  # longest quoted phrase whose misplaced mark is repaired
_PHRASE_BREAKS = frozenset(".!?;:,")


def _fix_misplaced_pair(text: str, i: int, j: int) -> bool:
    """May the pair of marks at ``i`` < ``j`` with shapes (O, O) or (C, C) be repaired?

    Only a short phrase with no punctuation, the typical scare-quoted
    term whose mark lost its place when a link was stripped from the HTML;
    a long stretch is more likely a nested or unbalanced quotation. A mark
    after a digit may be an inch sign.
    """
    content = text[i + 1 : j]
    return (
        len(content.strip()) <= _MAX_MISPLACED_QUOTE
        and not any(c in _PHRASE_BREAKS for c in content)
        and not (i > 0 and text[i - 1].isdigit())
        and not text[j - 1].isdigit()
    )


_OPENISH = frozenset("Oo")
_CLOSISH = frozenset("Cc")


def fix_quote_spacing(text: str) -> list[Edit]:
    """Move stray spaces out of straight double quotes: ``"word "next`` -> ``"word" next``.

    Whether a ``"`` opens or closes is decided by alternation within its
    paragraph, and only in paragraphs with an even number of them. Each mark
    also has a local shape (:func:`_quote_shape`), and pairs are read two
    marks at a time:

    - (open, close) agrees with alternation; weak or ambiguous marks get the
      spacing of their role (``" Nous ... bons ".`` -> ``"Nous ... bons".``);
    - (open, open) or (close, close) is one misplaced mark. It is repaired
      only if it is the paragraph's single oddity -- one such pair, no
      ambiguous mark -- and the phrase is short (:func:`_fix_misplaced_pair`);
    - (close, open), or a mark glued between words, means alternation cannot
      be trusted (nested quotes such as ``"il parle de "complot" ici"``,
      common in French wire copy, or a missing mark): the paragraph is left
      alone.

    An opening mark moves after the spaces that follow it, a closing mark
    before the spaces that precede it (or the spaces go, when punctuation
    follows).
    """
    edits: list[Edit] = []
    for quotes in _paragraph_quotes(text):
        if not quotes or len(quotes) % 2:
            continue
        shapes = [_quote_shape(text, i) for i in quotes]
        if "G" in shapes:
            continue
        planned: list[tuple[int, bool]] = []  # (position, opening)
        misplaced: list[tuple[int, int, str]] = []
        for k in range(0, len(quotes), 2):
            x, y = shapes[k], shapes[k + 1]
            if (x in _OPENISH and y in _OPENISH) or (x in _CLOSISH and y in _CLOSISH):
                misplaced.append((quotes[k], quotes[k + 1], x + y))
            elif x in _CLOSISH or y in _OPENISH:
                break
            else:
                planned += [(quotes[k], True)] * (x != "O") + [(quotes[k + 1], False)] * (y != "C")
        else:
            if misplaced:
                if len(misplaced) > 1 or "A" in shapes:
                    continue
                i, j, pair = misplaced[0]
                if pair not in ("OO", "CC") or not _fix_misplaced_pair(text, i, j):
                    continue
                planned.append((j, False) if pair == "OO" else (i, True))
            for pos, opening in sorted(planned):
                if (edit := _quote_edit(text, pos, opening)) is not None:
                    edits.append(edit)
    return edits


# Every match starts with a space or newline, which lets the engine skip ahead;
# a lone space between words is not a match.
_WHITESPACE = re.compile(r" [ \n]+|\n[ \n]*")


def normalize_whitespace(text: str) -> list[Edit]:
    """Strip lines and the text, collapse spaces, keep at most one blank line."""
    n = len(text)

    def repl(m: re.Match[str]) -> str:
        if m.start() == 0 or m.end() == n:
            return ""
        s = m.group()
        if "\n" in s:
            return "\n\n" if s.count("\n") > 1 else "\n"
        return " "

    edits = _regex_edits(_WHITESPACE, text, repl)
    # A single space at either end is the one case the pattern leaves out.
    if text.startswith(" ") and not (edits and edits[0][0] == 0):
        edits.insert(0, (0, 1, ""))
    if text.endswith(" ") and not (edits and edits[-1][1] == n):
        edits.append((n - 1, n, ""))
    return edits


# A profile card that a scraper flattened into the sentence it hovered over:
# "said Jane Doe Jane Doe Follow in a statement", "Jane Doe View profile",
# « Marie Dupont Marie DupontSuivreVoir le profil ». "View profile" is never
# prose; a bare "Follow" is (title-case headlines: "Democrats Follow Suit"),
# so it goes only right after a name written twice.
_CARD_CUE = re.compile(
    r"(?:Follow|Suivre)(?: ?(?:View profile|Voir le profil))?|View profile|Voir le profil"
)
_CARD_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){1,3}"
_CARD_TWICE = re.compile(rf"(?<![\w'’.-])({_CARD_NAME}) ?(\1) ?$")
_CARD_ONCE = re.compile(rf"(?<![\w'’.-])({_CARD_NAME}) ?$")
_CARD_REACH = 80  # characters before a cue searched for the name


def remove_profile_cards(text: str) -> list[Edit]:
    """Hover-card junk glued into a sentence goes: the repeated name, "Follow", "View profile"."""
    if "Follow" not in text and "Suivre" not in text and "profil" not in text:
        return []
    edits: list[Edit] = []
    prev = 0
    for m in _CARD_CUE.finditer(text):
        window_start = max(prev, m.start() - _CARD_REACH)
        before = text[window_start : m.start()]
        twice = _CARD_TWICE.search(before)
        bare_follow = not m.group().rstrip().endswith(("profile", "profil"))
        if twice is not None:
            start = window_start + twice.start(2)
            name = twice.group(1)
        elif not bare_follow and (once := _CARD_ONCE.search(before)) is not None:
            start, name = m.start(), once.group(1)
        else:
            continue
        end = m.end()
        after = end + 1 + len(name)
        if text.startswith(" " + name, end) and not text[after : after + 1].isalnum():
            end = after  # the card's own copy of the name after the button
        # Take one space with the junk, so that the sentence keeps single spaces.
        if start > 0 and text[start - 1] == " ":
            start -= 1
        elif end < len(text) and text[end] == " ":
            end += 1
        if start >= prev:
            edits.append((start, end, ""))
            prev = end
    return edits


StepFunction = Callable[[str], list[Edit]]

STEPS: tuple[tuple[str, StepFunction], ...] = (
    ("newlines", normalize_newlines),
    ("mojibake", fix_mojibake),
    ("nbsp", normalize_spaces),
    ("invisible", remove_invisible),
    ("apostrophes", normalize_apostrophes),
    ("quote_spacing", fix_quote_spacing),
    ("whitespace", normalize_whitespace),
    ("profile_card", remove_profile_cards),
)
"""The character-level steps, in order, with the fix name each reports."""

_FIX_ORDER = (
    *(name for name, _ in STEPS),
    "header",
    "footer",
    "inline",
    "repeated_title",
    "title_break",
)


# --------------------------------------------------------------------------
# Step 8: boilerplate lines
# --------------------------------------------------------------------------

_BOILERPLATE_RESOURCE = "framing/resources/boilerplate.txt"
_MAX_BOILERPLATE_LINE = 250
# How many lines at each edge (and after the title) may go. Each must match a
# pattern and the lines before it too, so a deep window costs nothing on prose;
# real pages stack a menu, a breadcrumb, a kicker, a byline, a dateline, sharing
# buttons and a caption above the body.
_EDGE_LINES = 10
# A list of related headlines at the end of a page: its label, then up to this many
# headline-like lines (see :func:`_trailing_boilerplate`).
_LIST_ITEMS = 8


# Where a pattern of the boilerplate file applies: the edges of the text
# only (no prefix), anywhere, between paragraphs only, or as the label of a
# list of related headlines at the end of a page.
_SCOPES = {"@anywhere ": "anywhere", "@between ": "between", "@list ": "list"}


def _parse_scoped(text: str, source: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    patterns = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        scope = "edges"
        for prefix, name in _SCOPES.items():
            if line.startswith(prefix):
                scope, line = name, line[len(prefix) :].strip()
        try:
            patterns.append((re.compile(line, re.IGNORECASE), scope))
        except re.error as exc:
            raise ResourceError(
                f"{source}:{lineno}: bad regular expression {line!r}: {exc}"
            ) from exc
    return tuple(patterns)


def parse_patterns(text: str, source: str) -> tuple[re.Pattern[str], ...]:
    """Compile a pattern file: one regex per line, ``#`` comment lines, case-insensitive.

    A line may open with a scope, ``@anywhere ``, ``@between `` or ``@list `` (see
    ``resources/boilerplate.txt``); it is not part of the pattern.
    """
    return tuple(pattern for pattern, _ in _parse_scoped(text, source))


@functools.lru_cache(maxsize=1)
def _scoped_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    resource = files("framing") / "resources" / "boilerplate.txt"
    try:
        text = resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read {_BOILERPLATE_RESOURCE}: {exc}") from exc
    return _parse_scoped(text, _BOILERPLATE_RESOURCE)


@functools.lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns of ``framing/resources/boilerplate.txt`` tried at the edges of a text."""
    return tuple(p for p, scope in _scoped_patterns() if scope in ("edges", "anywhere"))


@functools.lru_cache(maxsize=1)
def _middle_pattern() -> re.Pattern[str]:
    # One alternation, so that a text of a million short lines costs one match a line.
    scopes = ("anywhere", "between")
    parts = [f"(?:{p.pattern})" for p, scope in _scoped_patterns() if scope in scopes]
    return re.compile("|".join(parts), re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _list_label_pattern() -> re.Pattern[str]:
    parts = [f"(?:{p.pattern})" for p, scope in _scoped_patterns() if scope == "list"]
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


# Bullets, brackets and arrows that a scraper leaves around a furniture line:
# "[Related: ...]", "> Lire aussi : ...", "**Sign up here.**", "- Follow us on X".
_DECORATION = re.compile(r"^[\[(>»›•*·#–—-]+\s*|\s*[\])*]+$")
_DECORATION_START = frozenset("[(>»›•*·#–—-")


@functools.lru_cache(maxsize=1)
def _edge_pattern() -> re.Pattern[str]:
    # One alternation too: a line at the edges is tried against some two hundred patterns.
    return re.compile("|".join(f"(?:{p.pattern})" for p in boilerplate_patterns()), re.IGNORECASE)


def _is_furniture(line: str, middle: bool) -> bool:
    pattern = _middle_pattern() if middle else _edge_pattern()
    return pattern.fullmatch(line) is not None


def is_boilerplate(line: str, *, middle: bool = False) -> bool:
    """True when the whole (short) line is page furniture: a dateline, "Share", "Lire aussi"...

    With ``middle``, for a line between paragraphs: only the patterns that
    may be dropped there count (related links, advertising, photo credits;
    not a dateline or "Share").
    """
    line = line.strip()
    if not line or len(line) > _MAX_BOILERPLATE_LINE:
        return False
    if _is_furniture(line, middle):
        return True
    if line[0] in _DECORATION_START or line[-1] in "])*":
        bare = _DECORATION.sub("", line)
        return bool(bare) and bare != line and _is_furniture(bare, middle)
    return False


def _headline_like(line: str) -> bool:
    """Could this line be an item of a list of related headlines under a list label?

    Headlines may hold two sentences ("Dead or alive? The leader ..."), but they
    do not end with a full stop, and prose does: a list label in the middle of a
    page ("You might also be interested in:") may be followed by the article's
    own last paragraphs, which must stay.
    """
    line = line.strip().rstrip("\"'”’»)]").rstrip()
    return 0 < len(line) <= 200 and line[-1] not in ".;,:"


def _lines_forward(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """Up to ``limit`` non-empty lines from ``start``, as ``(start, end)`` pairs."""
    out: list[tuple[int, int]] = []
    pos = start
    n = len(text)
    while pos < n and len(out) < limit:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        if end > pos:
            out.append((pos, end))
        pos = end + 1
    return out


def _lines_backward(text: str, stop: int, limit: int) -> list[tuple[int, int]]:
    """Up to ``limit`` non-empty lines before ``stop``, last first."""
    out: list[tuple[int, int]] = []
    end = len(text)
    while end > stop and len(out) < limit:
        start = text.rfind("\n", stop, end) + 1
        start = max(start, stop)
        if end > start:
            out.append((start, end))
        end = start - 1
    return out


def _leading_boilerplate(text: str, start: int = 0) -> list[tuple[int, int]]:
    lines = []
    for s, e in _lines_forward(text, start, _EDGE_LINES):
        if not is_boilerplate(text[s:e]):
            break
        lines.append((s, e))
    return lines


def _trailing_boilerplate(text: str, stop: int) -> list[tuple[int, int]]:
    """The furniture lines at the end of the text, in text order.

    Besides boilerplate lines, a list of related headlines goes with its
    label ("Related Stories", "À lire aussi :", "Les plus lus") when every
    line between the label and the furniture below it looks like a headline.
    Headline-like lines without a label above them stay: they may be the
    article's last short paragraphs.
    """
    lines = _lines_backward(text, stop, _EDGE_LINES + _LIST_ITEMS)
    kept = 0  # lines[:kept] are furniture
    items = 0  # headline-like lines seen since lines[:kept]
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        if _list_label_pattern().fullmatch(line.strip()):
            kept, items = k + 1, 0
        elif is_boilerplate(line) or is_boilerplate(line, middle=True):
            # Between-paragraph furniture ("Full Coverage: ...") is furniture at the end too;
            # only at the top could it be a headline.
            if items == 0:
                kept = k + 1
        elif items < _LIST_ITEMS and _headline_like(line):
            items += 1
        else:
            break
    return lines[:kept][::-1]


# --------------------------------------------------------------------------
# Step 9: title
# --------------------------------------------------------------------------

_QUOTE_CHARS = re.compile("[\"'«»“”„‟‘’‚‛ʼ´`‹›]")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:etc|inc|jr|sr|co|ltd|corp|st|dr|mr|mrs|ms|vs|cie)\.)$",
    re.IGNORECASE,
)


_MAX_TITLE_LINE = 1000  # longer lines are never compared as titles


def _norm(s: str) -> str:
    """Comparison key of a title: case, quote marks and whitespace do not matter.

    Whitespace is dropped rather than collapsed because French and English
    typography space punctuation differently ("l’EI : Washington" in the
    metadata, "l'EI: Washington" in the text). Empty for a line too long to
    be a title, which then matches nothing.
    """
    if len(s) > _MAX_TITLE_LINE:
        return ""
    s = _QUOTE_CHARS.sub("", unicodedata.normalize("NFKC", s))
    return "".join(s.casefold().split())


_SENTENCE_BREAK = re.compile(r"\w{2,}[.!?] +[A-Z]")
_QUOTED_SENTENCE = re.compile("[.,;:][\"'”»’]")
_WRAPPED = re.compile(r"""[("'“«\[].*[)"'”»\]]""", re.DOTALL)
_NAME = r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*"
# "Jessica Guynn and Kevin McCoy", "Fredreka Schouten, Gregory Korte and Nicole Gaudiano":
# title-case headlines capitalise "And", a byline does not.
_BYLINE = re.compile(rf"(?:by\s+|par\s+)?{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|et|&)\s+{_NAME}")


# How long a first line seen once may be against the body's average
# paragraph, to be read as its headline. Measured on 600 articles each of
# orangesum and AllSides given as "title, blank line, body": 0.7 finds 581
# and 493 of their titles (0.4 found 540 and 438), and takes a first line of
# the body alone for a title in 1 and 62 of 600 (0.4: 1 and 46), mostly
# kickers and captions without a full stop.
_TITLE_SHARE = 0.7


def looks_like_title(line: str, *, repeated: bool, body: str = "") -> bool:
    """Is this first line of an article, given without a title, its headline?

    Scrapers often put the headline first, sometimes twice. A repeated first
    line is strong evidence, so it only has to look like a headline: one
    line of at most 250 characters with a letter, not ending in ``:`` (a
    section label such as "ANALYSIS:"), ``)`` (a photo caption's credit) nor
    in a sentence-final period (abbreviations such as "U.S." excepted).

    A first paragraph seen once could just as well be a byline, a dateline, a
    photo credit, a pull quote or a short lead sentence, and calling body
    text a title would hide it from sentence-level analysis, so it must also
    be clearly a headline and clearly unlike the body: at least four words
    and at most 200 characters, one sentence, not wrapped in quotes or
    brackets, no punctuation closing a quotation (reported speech), not a
    list of names, not ending in ``.``, ``:``, ``;``, ``,``,
    ``)`` or a dash (a headline may end in ``?`` or ``!``), followed by at
    least two paragraphs, and shorter than :data:`_TITLE_SHARE` of their
    average length.
    """
    line = line.strip()
    if not line or "\n" in line or not any(c.isalpha() for c in line) or line[-1] in ":)":
        return False
    if repeated:
        return len(line) <= 250 and (not line.endswith(".") or bool(_ABBREVIATION_END.search(line)))
    if len(line) > 200 or line[-1] in ".;,-–—" or len(line.split()) < 4:
        return False
    if _QUOTED_SENTENCE.search(line):
        return False  # reported speech: “We will not back down,” she said.
    if _SENTENCE_BREAK.search(line) or _WRAPPED.fullmatch(line) or _BYLINE.fullmatch(line):
        return False
    body = body.strip()
    if not body:
        return False
    n_paragraphs = body.count("\n\n") + 1
    if n_paragraphs < 2:
        return False
    average = (len(body) - 2 * (n_paragraphs - 1)) / n_paragraphs
    return len(line) < _TITLE_SHARE * average


@dataclass(frozen=True)
class _TitleCut:
    """Where the title ends, what follows it that is dropped, and where the body starts."""

    title_end: int
    dropped: tuple[tuple[int, int, str], ...]  # (start, end, fix name)
    body_start: int


def _cut_after_title(text: str, title_end: int, key: str) -> _TitleCut:
    """Drop repeats of the title (``key`` is its :func:`_norm`) and boilerplate lines after it."""
    dropped = []
    body_start = len(text)
    for s, e in _lines_forward(text, title_end, _EDGE_LINES):
        line = text[s:e]
        if _norm(line) == key:
            dropped.append((s, e, "repeated_title"))
        elif is_boilerplate(line):
            dropped.append((s, e, "header"))
        else:
            body_start = s
            break
    else:
        # Every line looked at was dropped: the body starts at the next line, if any.
        rest = _lines_forward(text, dropped[-1][1], 1) if dropped else []
        body_start = rest[0][0] if rest else len(text)
    return _TitleCut(title_end, tuple(dropped), body_start)


def _find_title(text: str, given_key: str | None, *, strong_only: bool = False) -> _TitleCut | None:
    lines = _lines_forward(text, 0, 2)
    if not lines:
        return None
    s0, e0 = lines[0]
    first = text[s0:e0]
    key = _norm(first)
    if not key:
        return None
    if given_key is not None:
        return _cut_after_title(text, e0, key) if key == given_key else None
    repeated = len(lines) > 1 and _norm(text[lines[1][0] : lines[1][1]]) == key
    if repeated and looks_like_title(first, repeated=True):
        return _cut_after_title(text, e0, key)
    if (
        not strong_only
        and text.startswith("\n\n", e0)
        and looks_like_title(first, repeated=False, body=text[e0:])
    ):
        return _cut_after_title(text, e0, key)
    if len(lines) > 1 and _signed_headline(first, text[lines[1][0] : lines[1][1]]):
        return _cut_after_title(text, e0, key)
    return None


_KICKER_WORDS = 3


def _drop_kicker(tracker: _Tracker) -> bool:
    """Drop a short label above the headline ("Investigations", "Le grand récit").

    Section labels cannot all be listed, but one that sits right above a line
    known to be the headline (it is repeated, or a byline follows it) is no
    part of the body: a line of at most three words without final punctuation
    there goes. Returns whether it went.
    """
    text = tracker.text
    lines = _lines_forward(text, 0, 2)
    if len(lines) < 2:
        return False
    (s0, e0), (s1, _) = lines
    first = text[s0:e0].strip()
    if (
        len(first.split()) > _KICKER_WORDS
        or len(first) > 40
        or first[-1] in ".;,!?"
        or not any(c.isalpha() for c in first)
        or _find_title(text[s1:], None, strong_only=True) is None
    ):
        return False
    tracker.remove(s0, e0)
    tracker.apply(("header",), [(0, s1, "")])
    return True


def _signed_headline(first: str, second: str) -> bool:
    """Is ``first`` a headline because a byline, dateline or sharing bar follows it?

    Body paragraphs are not signed, so furniture of the top of a page right
    under a one-sentence line marks it as the headline as a repeat would, even
    when a single line break separates them. Furniture that may stand between
    paragraphs (a caption, an advert) proves nothing, nor does a name alone
    (the first line is then the byline: "Jane Doe" over "USA TODAY").
    """
    return (
        len(first) <= 200
        and len(first.split()) >= 4
        and not _SENTENCE_BREAK.search(first)
        and not _QUOTED_SENTENCE.search(first)
        and not _BYLINE.fullmatch(first)
        and looks_like_title(first, repeated=True)
        and is_boilerplate(second)
        and not is_boilerplate(second, middle=True)
    )


# --------------------------------------------------------------------------
# The pipeline
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanText:
    """A cleaned article text and the way back to what was given.

    ``text`` is what framing analyses and every reported offset points into.
    ``title`` is the headline at the start of ``text`` (followed by
    ``"\\n\\n"`` when there is a body), or None. ``offsets`` maps ``text``
    offsets into ``original``; ``removed`` are the spans of ``original``
    that were dropped (boilerplate lines, repeated titles); ``fixes`` names
    the steps that changed something, in pipeline order.
    """

    text: str
    title: Span | None
    original: str
    offsets: OffsetMap
    removed: tuple[Span, ...]
    fixes: tuple[str, ...]

    @property
    def body_start(self) -> int:
        """Offset where the body starts (after the title and its blank line)."""
        if self.title is None:
            return 0
        return min(len(self.text), self.title.end + 2)

    def paragraphs(self) -> tuple[Span, ...]:
        """The body paragraphs (title excluded), as spans of ``text``."""
        out = []
        pos = self.body_start
        n = len(self.text)
        while pos < n:
            end = self.text.find("\n\n", pos)
            if end < 0:
                end = n
            out.append(Span(pos, end, self.text[pos:end]))
            pos = end + 2
        return tuple(out)

    def original_span(self, start: int, end: int) -> Span:
        """The span of ``original`` that ``text[start:end]`` came from."""
        s, e = self.offsets.span_to_original(start, end)
        return Span(s, e, self.original[s:e])


class _Tracker:
    """The text so far, its map to the original, and what was changed or removed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.map = OffsetMap.identity(len(text))
        self.fixes: set[str] = set()
        self.removed: list[tuple[int, int]] = []

    def apply(self, names: Sequence[str], edits: list[Edit]) -> None:
        if not edits:
            return
        new_text, step_map = apply_edits(self.text, edits)
        if new_text is self.text:  # every edit was a no-op
            return
        self.text = new_text
        self.map = step_map.compose(self.map)
        self.fixes.update(names)

    def remove(self, start: int, end: int) -> None:
        """Record that ``text[start:end]`` is about to be dropped."""
        self.removed.append(self.map.span_to_original(start, end))


def _normalize(text: str) -> _Tracker:
    tracker = _Tracker(text)
    for name, step in STEPS:
        tracker.apply((name,), step(tracker.text))
    return tracker


def _strip_boilerplate(tracker: _Tracker) -> None:
    text = tracker.text
    head = _leading_boilerplate(text)
    first_kept = _lines_forward(text, head[-1][1], 1) if head else [(0, 0)]
    keep_start = first_kept[0][0] if first_kept else len(text)
    tail = _trailing_boilerplate(text, keep_start)
    keep_end = tail[0][0] if tail else len(text)
    while keep_end > keep_start and text[keep_end - 1] == "\n":
        keep_end -= 1
    middle = _middle_boilerplate(text, keep_start, keep_end)
    for s, e in head + tail + middle:
        tracker.remove(s, e)
    names = ("header",) * bool(head) + ("footer",) * bool(tail) + ("inline",) * bool(middle)
    if keep_end <= keep_start:
        # Nothing but boilerplate (more of it than the edge windows saw at once).
        tracker.apply(names, [(0, len(text), "")])
    else:
        # A middle line goes with the line breaks after it, so that the
        # paragraphs around it stay separated as they were.
        cuts = [(s, _after_breaks(text, e, keep_end), "") for s, e in middle]
        tracker.apply(names, [(0, keep_start, ""), *cuts, (keep_end, len(text), "")])


def _after_breaks(text: str, end: int, stop: int) -> int:
    while end < stop and text[end] == "\n":
        end += 1
    return end


def _middle_boilerplate(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The furniture lines strictly between the first and the last kept lines."""
    first_end = text.find("\n", start, stop)
    if first_end < 0:
        return []
    out = []
    pos = first_end + 1
    while pos < stop:
        end = text.find("\n", pos, stop)
        if end < 0:
            break  # the last line is the footer's to judge
        if end > pos and is_boilerplate(text[pos:end], middle=True):
            out.append((pos, end))
        pos = end + 1
    return out


def _cut_title(tracker: _Tracker, cut: _TitleCut) -> None:
    text = tracker.text
    for s, e, _ in cut.dropped:
        tracker.remove(s, e)
    names = {name for _, _, name in cut.dropped} or {"title_break"}
    separator = "\n\n" if cut.body_start < len(text) else ""
    tracker.apply(tuple(names), [(cut.title_end, cut.body_start, separator)])


def _clean_title(title: str) -> _Tracker:
    tracker = _normalize(title)
    # A title is one line, whatever the source did with it.
    tracker.apply(
        ("whitespace",), [(m.start(), m.end(), " ") for m in re.finditer("\n+", tracker.text)]
    )
    return tracker


def _ordered(fixes: Iterable[str]) -> tuple[str, ...]:
    present = set(fixes)
    return tuple(name for name in _FIX_ORDER if name in present)


def _spans(original: str, ranges: Iterable[tuple[int, int]], delta: int = 0) -> tuple[Span, ...]:
    return tuple(
        Span(s + delta, e + delta, original[s + delta : e + delta]) for s, e in sorted(ranges)
    )


def clean(text: str, *, title: str | None = None) -> CleanText:
    """Clean scraped article text; see the module docstring for the offset model.

    ``title``, when given, is the article's headline from its metadata: the
    cleaned text starts with it once (leading repeats are dropped), and
    ``original`` gains it as a prefix if the text did not begin with it.
    Without a title, a headline-like first line is taken as the title (see
    :func:`looks_like_title`).
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() wants a str, not {type(text).__name__}")
    body = _normalize(text)
    _strip_boilerplate(body)
    given = _clean_title(title) if title is not None else None
    if given is not None and not given.text:
        given = None  # an empty or blank title is no title
    if given is None:
        cut = _find_title(body.text, None)
        if cut is None and _drop_kicker(body):
            cut = _find_title(body.text, None)
    else:
        key = _norm(given.text)
        # A title with nothing comparable (only quote marks) can never be found in the text.
        cut = _find_title(body.text, key) if key else None
        if cut is None:
            return _prepend_title(text, title or "", given, body)
    if cut is not None:
        _cut_title(body, cut)
    return _result(text, body, cut.title_end if cut is not None else None)


def _result(original: str, body: _Tracker, title_end: int | None) -> CleanText:
    title_span = None if title_end is None else Span(0, title_end, body.text[:title_end])
    return CleanText(
        text=body.text,
        title=title_span,
        original=original,
        offsets=body.map,
        removed=_spans(original, body.removed),
        fixes=_ordered(body.fixes),
    )


def _prepend_title(text: str, raw_title: str, given: _Tracker, body: _Tracker) -> CleanText:
    """The text does not begin with the given title: ``original`` gets it as a prefix."""
    # The text may still open with its own headline, worded differently from the
    # given one but repeated like the seed's: keep it once, as the body's first line.
    own = _find_title(body.text, None)
    if own is not None and own.dropped:
        _cut_title(body, own)
    original = raw_title + "\n\n" + text
    delta = len(raw_title) + 2
    out = _MapBuilder()
    out.add_map(given.map, 0)
    parts = [given.text]
    if body.text:
        # The blank line between them is in ``original`` too, verbatim.
        out.add(2, len(raw_title), delta, True)
        out.add_map(body.map, delta)
        parts += ["\n\n", body.text]
    cleaned = "".join(parts)
    removed = _spans(original, given.removed) + _spans(original, body.removed, delta)
    return CleanText(
        text=cleaned,
        title=Span(0, len(given.text), given.text),
        original=original,
        offsets=out.build(len(original)),
        removed=removed,
        fixes=_ordered(given.fixes | body.fixes),
    )
