"""The article record every reader yields and every analysis starts from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Article"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a corpus, before cleaning.

    ``text`` is the article body exactly as read (decoded, not cleaned);
    ``title`` is the headline when the source gives one separately.
    ``origin`` says where the record came from (``path`` or ``path:line``) so
    every message about it can name it. ``meta`` keeps every other field of
    the record, label columns included, untouched.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    lang: str | None = None
    origin: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "url": self.url,
            "lang": self.lang,
            "origin": self.origin,
            "meta": dict(self.meta),
            "text": self.text,
        }
