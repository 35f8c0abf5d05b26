"""Match lexicon sections against text, token by token.

The entry syntax is that of :mod:`framing.lexicons.patterns` (whole words,
case folded, ``'`` also matching ``’``, ``word*`` prefixes, ``...`` gaps of
up to five words, ``re:`` raw expressions). Instead of one regular
expression per section, the plain entries of a section go into a trie over
the tokens of :func:`framing.text.token_pattern`, so finding them is linear
in the text however long the lists grow: only a token that can begin an
entry starts a walk down the trie.

Word boundaries are those of the regular expressions: an entry starts at a
token, and its last word may end where the token goes on with a hyphen or
an apostrophe ("semble" in "semble-t-il", "could" in "could've"), never in
the middle of a word. ``re:`` entries are raw expressions: they carry their
own boundaries and are searched wherever they match.

:func:`section_matcher` compiles one or more sections once per language;
a :class:`SectionMatcher` answers the three questions the extractors ask:
the longest non-overlapping matches in a range (:meth:`~SectionMatcher.finditer`),
the longest entry starting at an offset (:meth:`~SectionMatcher.match`), and
whether a single word is an entry (``word in matcher``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from framing.errors import ResourceError
from framing.lexicons import load_lexicon
from framing.spans import Span
from framing.text import token_pattern

__all__ = ["Match", "SectionMatcher", "Tokens", "fold", "section_matcher"]

_END = ""
_GAP = "..."
_PREFIXES = "*"
_GAP_WORDS = 5
# A hyphen or an apostrophe between two letters of a token ("semble-t-il",
# "could've"), where a word of an entry may end; not the one of an elision.
_JOINERS = re.compile(r"(?<=\w)[-'’](?=\w)")
_WORD_REST = re.compile(r"\w*")


def fold(word: str) -> str:
    """A word as lexicon entries are compared: lowercased, ``’`` as ``'``.

    Examples
    --------
    >>> fold("D’après")
    "d'après"
    """
    return word.lower().replace("’", "'")


class Match:
    """A match, with the parts of :class:`re.Match` the extractors use."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start = start
        self._end = end
        self._text = text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"Match({self._start}, {self._end}, {self._text!r})"


def _entry_words(token: re.Pattern[str], entry: str) -> list[str]:
    """An entry cut into tokens as the text would be: a final elision ("n'")
    is one token before the word it leans on."""
    words: list[str] = []
    for part in entry.split():
        if part[-1] in "'’" and len(part) > 1:
            words.extend(m.group() for m in list(token.finditer(part + "a"))[:-1])
        elif part.endswith("*") and len(part) > 1:
            words.append(part)
        else:
            words.extend(m.group() for m in token.finditer(part))
    return words


def _pieces(key: str) -> list[int]:
    """Offsets in a token where a word ends before a hyphen or an apostrophe."""
    return [m.start() for m in _JOINERS.finditer(key)]


class Tokens:
    """The tokens of a text with their keys, cut once and indexed, for
    finding several sections in the same text (``finditer(tokens=...)``).

    ``tokens`` are matches of :func:`framing.text.token_pattern` or
    :class:`~framing.text.Token` spans; ``keys`` are their :func:`fold`-ed
    texts (what :meth:`SectionMatcher.key` gives for a case-insensitive
    matcher).
    """

    __slots__ = ("_index", "_joined", "keys", "tokens")

    def __init__(self, tokens: Sequence[re.Match[str] | Span], keys: Sequence[str]) -> None:
        self.tokens = tokens
        self.keys = keys
        self._index: dict[str, list[int]] | None = None
        self._joined: list[int] | None = None

    @classmethod
    def cut(cls, text: str, lang: str, start: int = 0, end: int | None = None) -> Tokens:
        """The tokens of ``text[start:end]`` in ``lang``, with folded keys."""
        end = len(text) if end is None else end
        tokens = list(token_pattern(lang).finditer(text, start, end))
        return cls(tokens, [fold(t.group()) for t in tokens])

    def starts(self, matcher: SectionMatcher) -> list[int]:
        """Indexes of the tokens that can begin a plain entry of ``matcher``."""
        if self._index is None:
            self._index = {}
            for i, key in enumerate(self.keys):
                self._index.setdefault(key, []).append(i)
            self._joined = [
                i
                for i, key in enumerate(self.keys)
                if ("-" in key or "'" in key) and _JOINERS.search(key)
            ]
        index, trie = self._index, matcher.trie
        words = matcher.first_words.intersection(index)
        found = [i for key in words for i in index[key]]
        more: list[int] = []
        if matcher.prefixes:
            more = [
                i
                for key, where in index.items()
                if key not in trie and matcher.can_start(key)
                for i in where
            ]
        elif not matcher.whole_tokens and self._joined:
            keys = self.keys
            more = [i for i in self._joined if keys[i] not in trie and matcher.can_start(keys[i])]
        if more or len(words) > 1:
            found += more
            found.sort()
        return found


class _Ahead:
    """The tokens from a match's first one on, taken from the caller's cut
    tokens or cut from the text, only as far as the walk needs them."""

    __slots__ = ("_cut", "_done", "_end", "_matcher", "_more", "_text", "_tokens")

    def __init__(
        self,
        matcher: SectionMatcher,
        text: str,
        end: int,
        first: tuple[int, int, str],
        cut: tuple[Sequence[re.Match[str] | Span], Sequence[str], int] | None = None,
    ) -> None:
        self._matcher = matcher
        self._text = text
        self._end = end
        self._more: Iterator[re.Match[str]] | None = None
        self._done = False
        self._tokens: list[tuple[int, int, str]] = [first]
        self._cut = cut

    def get(self, index: int) -> tuple[int, int, str] | None:
        if index >= self._matcher.depth:
            return None
        if self._cut is not None:
            tokens, keys, at = self._cut
            at += index
            if at >= len(keys):
                return None
            token = tokens[at]
            if isinstance(token, Span):
                return token.start, token.end, keys[at]
            return token.start(), token.end(), keys[at]
        cut = self._tokens
        while len(cut) <= index:
            if self._done:
                return None
            if self._more is None:
                self._more = self._matcher.token.finditer(self._text, cut[-1][1], self._end)
            token = next(self._more, None)
            if token is None:
                self._done = True
                return None
            cut.append((token.start(), token.end(), self._matcher.key(token.group())))
        return cut[index]


class SectionMatcher:
    """The entries of lexicon sections, compiled for matching.

    Built by :func:`section_matcher`; ``case_sensitive`` keeps the case of
    entries and text (names of outlets, institutions), otherwise both are
    folded with :func:`fold`. With ``whole_tokens``, an entry ends where a
    token ends: its last word does not match the start of a hyphenated or
    apostrophised token ("dit" in "dit-il").
    """

    def __init__(
        self,
        lang: str,
        entries: Sequence[str],
        *,
        case_sensitive: bool = False,
        whole_tokens: bool = False,
        numbers: bool = True,
    ) -> None:
        self.lang = lang
        self.case_sensitive = case_sensitive
        self.whole_tokens = whole_tokens
        self.token = token_pattern(lang, numbers=numbers)
        self.trie: dict = {}
        self.depth = 0
        raw: list[str] = []
        words: set[str] = set()
        prefixes: set[str] = set()
        # Longest entries first, as in patterns.section_regex:
        # of two re: entries matching at one place, the longer one wins.
        for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
            if entry.startswith("re:"):
                raw.append(f"(?:{entry[3:].strip()})")
                continue
            words.add(self.key(entry))
            node = self.trie
            parts = _entry_words(self.token, entry)
            for word in parts:
                if word in (_GAP, "…"):
                    node = node.setdefault(_GAP, {})
                elif word.endswith("*") and len(word) > 1:
                    prefix = self.key(word[:-1])
                    if node is self.trie:
                        prefixes.add(prefix)
                    node = node.setdefault(_PREFIXES, {}).setdefault(prefix, {})
                else:
                    node = node.setdefault(self.key(word), {})
            node[_END] = True
            gaps = any(word in (_GAP, "…") for word in parts)
            self.depth = max(self.depth, len(parts) + (_GAP_WORDS if gaps else 0))
        #: Plain entries, folded (or with ``’`` as ``'`` when case-sensitive).
        self.words = frozenset(words)
        self._firsts = frozenset(k for k in self.trie if k not in (_END, _GAP, _PREFIXES))
        #: Prefixes of the ``word*`` entries that can begin a match.
        self.prefixes = tuple(sorted(prefixes))
        flags = 0 if case_sensitive else re.IGNORECASE
        #: The ``re:`` entries as one pattern, or None.
        self.raw = re.compile("|".join(raw), flags) if raw else None

    @property
    def first_words(self) -> frozenset[str]:
        """The keys of the words that begin plain entries (``word*`` ones aside)."""
        return self._firsts

    def key(self, word: str) -> str:
        """``word`` as the trie stores it."""
        return word.replace("’", "'") if self.case_sensitive else fold(word)

    def can_start(self, key: str) -> bool:
        """Whether a token whose key is ``key`` may begin a plain entry."""
        if key in self.trie:
            return True
        if self.prefixes and key.startswith(self.prefixes):
            return True
        return not self.whole_tokens and any(
            self._ends(self.trie, key[:cut]) for cut in _pieces(key)
        )

    # -- the trie walk ------------------------------------------------------

    def _walk(self, node: dict, ahead: _Ahead, index: int, last: int) -> int:
        """The end of the longest entry under ``node`` from token ``index`` (-1: none)."""
        best = last if _END in node else -1
        words = len(node) - (_END in node) - (_GAP in node)
        token = ahead.get(index) if words else None
        if token is not None:
            start, end, key = token
            child = node.get(key)
            if child is not None:
                best = max(best, self._walk(child, ahead, index + 1, end))
            prefixed = node.get(_PREFIXES)
            if prefixed is not None:
                for prefix, child in prefixed.items():
                    if key.startswith(prefix) and _WORD_REST.fullmatch(key, len(prefix)):
                        best = max(best, self._walk(child, ahead, index + 1, end))
            if not self.whole_tokens and ("-" in key or "'" in key):
                # The last word of an entry may end inside a hyphenated or
                # apostrophised token ("semble" in "semble-t-il").
                for cut in _pieces(key):
                    if self._ends(node, key[:cut]):
                        best = max(best, start + cut)
        gap = node.get(_GAP)
        if gap is not None:
            for skip in range(_GAP_WORDS + 1):
                after = last
                if skip:
                    skipped = ahead.get(index + skip - 1)
                    if skipped is None or not skipped[2][0].isalnum():
                        break
                    after = skipped[1]
                best = max(best, self._walk(gap, ahead, index + skip, after))
        return best

    @staticmethod
    def _ends(node: dict, word: str) -> bool:
        """Whether an entry under ``node`` ends with ``word``."""
        child = node.get(word)
        if child is not None and _END in child:
            return True
        for prefix, child in node.get(_PREFIXES, {}).items():
            if (
                _END in child
                and word.startswith(prefix)
                and _WORD_REST.fullmatch(word, len(prefix))
            ):
                return True
        return False

    def _plain_at(
        self,
        text: str,
        first: tuple[int, int, str],
        end: int,
        cut: tuple[Sequence[re.Match[str] | Span], Sequence[str], int] | None = None,
    ) -> int:
        """The end of the longest plain entry starting with token ``first``
        (start, end, key), or -1; ``cut``: the tokens (and keys) the caller
        has cut, with the index of ``first`` among them."""
        ahead = _Ahead(self, text, end, first, cut)
        start, stop, key = first
        node = self.trie.get(key)
        if (
            node is not None
            and _GAP not in node
            and _PREFIXES not in node
            and not (self.prefixes and key.startswith(self.prefixes))
            and (self.whole_tokens or not ("-" in key or "'" in key))
        ):
            # The common cases, without a walk: a one-word entry, or a first
            # word whose next token continues no entry ("the" before a noun).
            if len(node) == 1 and _END in node:
                return stop
            after = ahead.get(1)
            if after is None or (
                after[2] not in node
                and (self.whole_tokens or not ("-" in after[2] or "'" in after[2]))
            ):
                return stop if _END in node else -1
        best = self._walk(self.trie, ahead, 0, start)
        return best if best > start else -1

    # -- public -------------------------------------------------------------

    def match(self, text: str, pos: int = 0, end: int | None = None) -> Match | None:
        """The longest entry starting exactly at ``pos`` (and ending by ``end``)."""
        end = len(text) if end is None else end
        last = -1
        if self.trie:
            first = self.token.match(text, pos, end)
            key = self.key(first.group()) if first is not None else ""
            if first is not None and self.can_start(key):
                last = self._plain_at(text, (pos, first.end(), key), end)
        if self.raw is not None:
            found = self.raw.match(text, pos, end)
            if found and found.end() > max(last, pos):
                last = found.end()
        return Match(pos, last, text[pos:last]) if last > pos else None

    def finditer(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        tokens: Tokens | Sequence[re.Match[str] | Span] | None = None,
        keys: Sequence[str] | None = None,
        overlapping: bool = False,
    ) -> Iterator[Match]:
        """Matches in ``text[start:end]``, left to right.

        By default the longest match is taken at each place and the next
        one is looked for after it, so matches never overlap. With
        ``overlapping``, the longest plain entry at every token is given,
        then every ``re:`` match, whether they overlap or not (for callers
        that weigh overlapping cues themselves).

        ``tokens`` (the text's tokens from ``start`` to ``end``, as
        :class:`re.Match` of :attr:`token` or as :class:`~framing.text.Token`)
        and their ``keys`` (:meth:`key` of each) save cutting the text again
        when the caller has them; a :class:`Tokens` (keys included) also
        saves looking at every token for each section.
        """
        end = len(text) if end is None else end
        if isinstance(tokens, Tokens):
            keys = tokens.keys
        if tokens is None:
            tokens = list(self.token.finditer(text, start, end))
        if keys is None:
            keys = [self.key(t.group()) for t in tokens]
        raw = (
            (Match(m.start(), m.end(), m.group()) for m in self.raw.finditer(text, start, end))
            if self.raw is not None
            else iter(())
        )
        cut = tokens.tokens if isinstance(tokens, Tokens) else tokens
        if overlapping:
            for index, token in self._starts(tokens, keys):
                last = self._plain_at(text, token, end, (cut, keys, index))
                if last > 0:
                    yield Match(token[0], last, text[token[0] : last])
            yield from (m for m in raw if m.end() > m.start())
            return
        after = start
        pending = next(raw, None)
        for index, token in self._starts(tokens, keys):
            first = token[0]
            if first < after:
                continue
            last = self._plain_at(text, token, end, (cut, keys, index))
            if last < 0:
                continue
            # The re: matches that start first, or here and end further, win.
            while pending is not None and pending.start() <= first:
                if (
                    pending.start() >= after
                    and pending.end() > pending.start()
                    and (pending.start() < first or pending.end() > last)
                ):
                    after = pending.end()
                    yield pending
                pending = next(raw, None)
            if first >= after:
                after = last
                yield Match(first, last, text[first:last])
        while pending is not None:
            if pending.start() >= after and pending.end() > pending.start():
                after = pending.end()
                yield pending
            pending = next(raw, None)

    def _starts(
        self, tokens: Tokens | Sequence[re.Match[str] | Span], keys: Sequence[str]
    ) -> list[tuple[int, tuple[int, int, str]]]:
        """Index, offsets and key of each token that can begin a plain entry."""
        if not self.trie or not tokens:
            return []
        if isinstance(tokens, Tokens):
            found = tokens.starts(self)
            tokens = tokens.tokens
        else:
            trie, can_start = self.trie, self.can_start
            if self.prefixes:
                found = [i for i, key in enumerate(keys) if key in trie or can_start(key)]
            elif self.whole_tokens:
                found = [i for i, key in enumerate(keys) if key in trie]
            else:
                found = [
                    i
                    for i, key in enumerate(keys)
                    if key in trie or (("-" in key or "'" in key) and can_start(key))
                ]
        if not found:
            return []
        if isinstance(tokens[0], Span):
            return [(i, (tokens[i].start, tokens[i].end, keys[i])) for i in found]
        return [(i, (tokens[i].start(), tokens[i].end(), keys[i])) for i in found]

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match | None:
        """The first match in ``text[start:end]``, or None."""
        return next(self.finditer(text, start, end), None)

    def fullmatch(self, text: str) -> Match | None:
        """A match of an entry covering all of ``text``, or None."""
        found = self.match(text, 0, len(text))
        if found is not None and found.end() == len(text):
            return found
        if self.raw is not None and self.raw.fullmatch(text):
            return Match(0, len(text), text)
        return None

    def __contains__(self, word: object) -> bool:
        """Whether ``word`` is an entry: a plain one, a ``word*`` prefix or a ``re:`` one."""
        if not isinstance(word, str):
            return False
        key = self.key(word)
        if key in self.words or (self.prefixes and self._ends(self.trie, key)):
            return True
        return self.raw is not None and self.raw.fullmatch(word) is not None

    def __bool__(self) -> bool:
        return bool(self.trie) or self.raw is not None

    def __repr__(self) -> str:
        return f"SectionMatcher({self.lang!r}, {len(self.words)} words, raw={self.raw is not None})"


@cache
def section_matcher(
    lang: str,
    *sections: str,
    case_sensitive: bool = False,
    whole_tokens: bool = False,
    numbers: bool = True,
) -> SectionMatcher:
    """The entries of ``sections`` of ``lang``'s lexicon, compiled once and cached.

    ``case_sensitive`` keeps the case of entries and text; ``whole_tokens``
    makes every entry end with a token, so that "dit" does not match in
    "dit-il" (see :class:`SectionMatcher`); ``numbers`` is passed to
    :func:`framing.text.token_pattern`.

    Raises
    ------
    LanguageError
        When ``lang`` has no lexicon.
    ResourceError
        When a ``re:`` entry is not a valid regular expression.

    Examples
    --------
    >>> matcher = section_matcher("en", "hedge.epistemic_adverb")
    >>> [m.group() for m in matcher.finditer("It is probably, perhaps, true.")]
    ['probably', 'perhaps']
    >>> "Probably" in matcher, "true" in matcher
    (True, False)
    """
    lexicon = load_lexicon(lang)
    entries = [entry for section in sections for entry in lexicon[section]]
    try:
        return SectionMatcher(
            lang,
            entries,
            case_sensitive=case_sensitive,
            whole_tokens=whole_tokens,
            numbers=numbers,
        )
    except re.error as error:
        raise ResourceError(
            f"framing/lexicons/{lang} [{', '.join(sections)}]: bad re: entry: {error}"
        ) from None
