"""Compile lexicon entries into regular expressions.

Entry syntax (one entry per line in a ``.lex`` section):

- plain words match case-insensitively as whole words, any run of spaces
  between them: ``according to``;
- a word ending in ``*`` matches any word with that beginning: ``alleg*``;
- ``...`` stands for a gap of up to five words: ``called ... baseless``;
- an entry starting with ``re:`` is a raw regular expression (for the few
  cues that need one, such as French conditional endings);
- ``'`` in an entry also matches the typographic apostrophe ``’``.

Each section compiles to one alternation, longest entries first, so a match
takes the longest cue ("according to" before "according").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from framing.errors import ResourceError
from framing.lexicons import load_lexicon

__all__ = ["entry_regex", "finditer", "section_pattern"]

_GAP = r"(?:\s+[^\s.!?;]+){0,5}?"
# A cue may follow an elided word (d'environ, qu'il semble) but never starts
# inside a longer or hyphenated word.
_BEFORE = r"(?<![\w-])"
_AFTER = r"(?![\w])"


def _word(word: str) -> str:
    if word.endswith("*") and len(word) > 1:
        return re.escape(word[:-1]).replace("'", "['’]") + r"\w*"
    return re.escape(word).replace("'", "['’]")


def entry_regex(entry: str) -> str:
    """The regular expression (source text) of one lexicon entry."""
    if entry.startswith("re:"):
        return f"(?:{entry[3:].strip()})"
    regex = _BEFORE
    first = True
    for word in entry.split():
        if word in ("...", "…"):
            regex += _GAP
            continue
        if not first:
            regex += r"\s+"
        regex += _word(word)
        first = False
    return "(?:" + regex + _AFTER + ")"


@cache
def section_pattern(lang: str, section: str) -> re.Pattern[str] | None:
    """One compiled pattern for every entry of ``section`` (None if it is empty)."""
    entries = load_lexicon(lang)[section]
    if not entries:
        return None
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    sources = []
    for entry in ordered:
        source = entry_regex(entry)
        try:
            re.compile(source)
        except re.error as error:
            raise ResourceError(
                f"framing/lexicons/{lang}.lex [{section}]: bad entry {entry!r}: {error}"
            ) from None
        sources.append(source)
    return re.compile("|".join(sources), re.IGNORECASE)


def finditer(
    lang: str, section: str, text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """Matches of ``section``'s entries in ``text[start:end]``."""
    pattern = section_pattern(lang, section)
    if pattern is None:
        return iter(())
    return pattern.finditer(text, start, len(text) if end is None else end)
