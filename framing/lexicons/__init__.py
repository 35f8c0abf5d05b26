"""Per-language lexicons: UTF-8 data files, one folder per language.

A language's folder ``lexicons/<lang>/`` holds ``.lex`` files (``hedges.lex``,
``sources.lex``, ``denials.lex`` ...), read together as one lexicon. A file
is a list of sections: a line ``[name]`` opens a section, every other
non-blank line is one entry (syntax: :mod:`framing.lexicons.patterns`), ``#``
starts a comment. The list of supported languages *is* the list of folders,
so adding a language is adding data (plus its Punkt parameters), not code.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from framing.errors import LanguageError, ResourceError

__all__ = ["Lexicon", "load_lexicon", "parse_sections", "supported_languages"]

_SUFFIX = ".lex"
_FOLDER = "lexicons"


class Lexicon:
    """The sections of one language's lexicon file, read-only.

    ``lexicon["hedge.modal"]`` is the tuple of entries of that section; a
    section the file does not have is an empty tuple, so a language can leave
    out what does not apply to it.
    """

    def __init__(self, lang: str, sections: dict[str, tuple[str, ...]]) -> None:
        self.lang = lang
        self._sections = MappingProxyType(sections)

    def __getitem__(self, name: str) -> tuple[str, ...]:
        return self._sections.get(name, ())

    def __contains__(self, name: object) -> bool:
        return name in self._sections

    def sections(self) -> tuple[str, ...]:
        return tuple(self._sections)

    def __repr__(self) -> str:
        return f"Lexicon({self.lang!r}, {len(self._sections)} sections)"


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """The language codes that have a lexicon file, sorted."""
    folder = resources.files(__package__)
    return tuple(
        sorted(
            entry.name
            for entry in folder.iterdir()
            if entry.is_dir() and any(f.name.endswith(_SUFFIX) for f in entry.iterdir())
        )
    )


def parse_sections(source: str, content: str, sections: dict[str, list[str]]) -> None:
    """Add the sections of one lexicon file's text to ``sections``.

    ``source`` names the file in errors; a section already defined by another
    file of the same language is an error, so every entry has one home.
    """
    current: list[str] | None = None
    for number, raw in enumerate(content.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            if not name:
                raise ResourceError(f"{source}:{number}: empty section name")
            if name in sections:
                raise ResourceError(f"{source}:{number}: section [{name}] is defined twice")
            current = sections[name] = []
        elif current is None:
            raise ResourceError(f"{source}:{number}: entry {line!r} before any [section]")
        else:
            current.append(" ".join(line.split()))


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang``, read once and cached.

    Raises
    ------
    LanguageError
        When no lexicon file exists for ``lang``; the message lists the
        supported languages.
    """
    if lang not in supported_languages():
        raise LanguageError(
            f"no lexicon for language {lang!r}; supported: {', '.join(supported_languages())}"
        )
    sections: dict[str, list[str]] = {}
    folder = resources.files(__package__).joinpath(lang)
    for entry in sorted(folder.iterdir(), key=lambda f: f.name):
        if entry.name.endswith(_SUFFIX):
            content = entry.read_text(encoding="utf-8")
            parse_sections(f"framing/{_FOLDER}/{lang}/{entry.name}", content, sections)
    return Lexicon(lang, {name: tuple(entries) for name, entries in sections.items()})
