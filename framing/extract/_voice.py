"""Whose voice a span is in: the journalist's narrative or a quoted source."""

from __future__ import annotations

from framing.text import Document

__all__ = ["voice_at"]


def voice_at(doc: Document, offset: int) -> str:
    """``"quoted"`` when ``offset`` lies inside a quotation's content, else ``"narrative"``."""
    return "quoted" if doc.quote_at(offset) is not None else "narrative"
