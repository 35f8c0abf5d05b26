"""Typed records the extractors return.

Each record holds :class:`~framing.spans.Span` objects whose offsets point
into ``Document.text``. ``sentence`` and ``paragraph`` are the indexes of
:class:`~framing.text.Sentence` (title sentences are negative, paragraph -1).
"""

from __future__ import annotations

from dataclasses import dataclass

from framing.spans import Span

__all__ = [
    "ATTRIBUTION_FAMILIES",
    "HEDGE_KINDS",
    "NOT_HEDGING_KINDS",
    "SOURCE_KINDS",
    "VOICES",
    "Attribution",
    "Booster",
    "Denial",
    "Hedge",
    "Source",
]

VOICES = ("narrative", "quoted")
HEDGE_KINDS = (
    "modal",
    "epistemic_verb",
    "epistemic_adverb",
    "reported",
    "conditional",
    "approximator",
    "negated_certainty",
    "condition",
)
# Kinds recorded with the hedges but not hedges in the narrow sense: a
# condition ("if", "whether") frames a hypothesis, it does not doubt a claim.
# Hedge densities, the score table and the sample gold leave them out.
NOT_HEDGING_KINDS = ("condition",)
# What the cue attributes: words said or written, a belief or expectation, an
# intention, an evaluation of someone (praise, criticism, support), or a
# finding of evidence ("a poll shows"). Only ``speech`` is reported speech in
# the narrow sense; the others are attributions of a stance to a source.
ATTRIBUTION_FAMILIES = ("speech", "belief", "intention", "evaluation", "evidence")
SOURCE_KINDS = (
    "named_person",
    "named_org",
    "official_unnamed",
    "anonymous",
    "media_relay",
    "unattributed",
)


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge cue: ``kind`` from HEDGE_KINDS, ``voice`` from VOICES."""

    span: Span
    cue: str
    kind: str
    voice: str
    sentence: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Booster:
    """A certainty marker ("clearly", "il est certain que")."""

    span: Span
    cue: str
    voice: str
    sentence: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Source:
    """Who a claim is attributed to: the speaker phrase and its kind.

    ``antecedent`` is the earlier mention a pronoun or "the spokesman"
    resolves to, when the source span is such a back-reference.
    """

    span: Span
    kind: str
    antecedent: Span | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim attributed to a source.

    ``span`` covers the whole attribution clause; ``cue`` is the reporting
    verb or marker ("said", "a déclaré", "according to", "selon");
    ``chain`` lists source kinds from the reporting source to the original
    one (an outlet citing anonymous sources: ``("media_relay",
    "anonymous")``); ``quote`` is the content of the direct quotation it
    introduces, if any; ``content`` is the reported claim (the quote, or the
    reported clause).
    """

    span: Span
    cue: Span
    source: Source | None
    chain: tuple[str, ...]
    quote: Span | None
    content: Span | None
    stance: str
    sentence: int
    paragraph: int
    family: str = "speech"


@dataclass(frozen=True, slots=True)
class Denial:
    """An official denial: the cue, who denies, where, and what it answers.

    ``answers`` is the index of the sentence holding the claim the denial
    answers: an earlier one, the denial's own sentence when it tells the
    claim itself, a later one for a denial in the lede that comes before
    its claim, or None when nothing gives enough evidence;
    ``distance_paragraphs`` is the number of paragraphs from that claim to
    the denial (negative when the claim comes later).
    """

    span: Span
    cue: str
    denier: Source | None
    sentence: int
    paragraph: int
    position: float
    in_title: bool
    in_lede: bool
    answers: int | None
    answers_paragraph: int | None
    distance_paragraphs: int | None
