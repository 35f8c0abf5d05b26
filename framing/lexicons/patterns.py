"""Compile lexicon entries into regular expressions.

Entry syntax (one entry per line in a ``.lex`` section):

- plain words match case-insensitively as whole words, any run of spaces
  between them: ``according to``;
- a word ending in ``*`` matches any word with that beginning: ``alleg*``;
- ``...`` stands for a gap of up to five words: ``called ... baseless``;
- an entry starting with ``re:`` is a raw regular expression (for the few
  cues that need one, such as French conditional endings);
- ``'`` in an entry also matches the typographic apostrophe ``’``;
- an entry may end with an elided word of the language's
  ``[tokenizer.elision]`` section: ``il se peut qu'`` (matched by
  :mod:`framing.lexicons.matcher`, which cuts elisions as tokens).

To find a section's entries in a text, use
:func:`framing.lexicons.matcher.section_matcher` (token by token, linear in
the text, the longest match wins). The regular expressions here are for
building larger expressions around a section: :func:`section_regex` gives
one alternation, longest entries first, so it takes the longest cue
("according to" before "according").
"""

from __future__ import annotations

import re
from functools import cache

from framing.errors import ResourceError
from framing.lexicons import load_lexicon

__all__ = ["entry_regex", "section_regex"]

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
def section_regex(lang: str, section: str) -> str | None:
    """The source text of one alternation of ``section``'s entries, longest
    first, for building larger expressions (None if the section is empty).

    Raises
    ------
    ResourceError
        When an entry does not compile.
    """
    entries = load_lexicon(lang)[section]
    if not entries:
        return None
    sources = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        source = entry_regex(entry)
        try:
            re.compile(source)
        except re.error as error:
            raise ResourceError(
                f"framing/lexicons/{lang} [{section}]: bad entry {entry!r}: {error}"
            ) from None
        sources.append(source)
    return "|".join(sources)
