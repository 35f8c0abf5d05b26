"""The span: a piece of text known by its offsets.

Offsets are the interface (as in NLTK): ``text[span.start:span.end] ==
span.text`` holds for every span framing returns, where ``text`` is the
cleaned article text that the span was found in.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Span", "make_span"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` and the text it covers."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets ({self.start}, {self.end})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters for offsets ({self.start}, {self.end})"
            )

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


def make_span(text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]``."""
    return Span(start, end, text[start:end])
