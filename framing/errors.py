"""Exceptions raised by framing.

Every error a user can cause is a :class:`FramingError`, so callers (and the
CLI) can catch one type and print one clear line::

    FramingError
    ├── InputError              a file or stream cannot be read as articles
    │   ├── EmptyInputError     nothing to read (empty file, empty folder)
    │   ├── BinaryInputError    the bytes are not text
    │   └── RecordError         one record is bad; readers report it and go on
    ├── LanguageError           a language is not supported (lists the supported ones)
    └── ResourceError           a shipped data file is missing or malformed
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "EmptyInputError",
    "FramingError",
    "InputError",
    "LanguageError",
    "RecordError",
    "ResourceError",
]


class FramingError(Exception):
    """Base class of every error framing raises on purpose."""


class InputError(FramingError):
    """A file or stream cannot be read as articles."""


class EmptyInputError(InputError):
    """The input holds no text at all."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class RecordError(InputError):
    """One record of a corpus is unusable.

    Readers do not raise it; they hand it to their ``on_error`` callback and
    go on with the next record, so one bad line never loses a corpus.
    """

    def __init__(self, message: str, *, source: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class LanguageError(FramingError):
    """A language code is not among the supported ones."""


class ResourceError(FramingError):
    """A data file shipped with the package is missing or malformed."""
