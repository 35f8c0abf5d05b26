"""``analyze``: one article in, every evidence span and the claim ledger out.

The :class:`Analysis` is the record that the CLI, notebooks, plots and the
evaluation all read; :meth:`Analysis.to_dict` is its JSON form, whose shape is
a contract versioned by ``SCHEMA_VERSION`` (documented in the README).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from framing.article import Article
from framing.extract.records import Attribution, Booster, Denial, Hedge, Source
from framing.pipeline import Prepared, prepare
from framing.spans import Span

__all__ = ["SCHEMA_VERSION", "Analysis", "Claim", "analyze"]

SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence of the body that carries a claim.

    A sentence is a claim when it reports what a source says (an
    attribution, or a sentence inside a quotation linked to one), when it is
    hedged in the journalist's own voice, or when a later denial answers it.
    ``source_kind`` is the attributed source's kind or ``"unattributed"``.
    """

    sentence: int
    paragraph: int
    span: Span
    source_kind: str
    chain: tuple[str, ...]
    attribution: int | None
    hedges: tuple[int, ...]
    denied_by: tuple[int, ...]


@dataclass(frozen=True)
class Analysis:
    """Everything framing found in one article."""

    prepared: Prepared
    hedges: tuple[Hedge, ...] = ()
    boosters: tuple[Booster, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    denials: tuple[Denial, ...] = ()
    claims: tuple[Claim, ...] = ()
    features: dict[str, float] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return self.prepared.status

    @property
    def document(self):
        return self.prepared.document

    @property
    def article(self) -> Article:
        return self.prepared.article

    @property
    def lang(self) -> str:
        return self.prepared.lang

    @cached_property
    def statements(self) -> tuple[Attribution, ...]:
        """The attributions, one per cue: what counts of reported statements read.

        A quotation that goes on after its attribution ('"...," she said.
        "..."') is an attribution of its own, with the same cue and source,
        so that every quoted sentence has its speaker; it is one statement.
        """
        seen: set[tuple[int, int]] = set()
        out = []
        for a in self.attributions:
            if (a.cue.start, a.cue.end) not in seen:
                seen.add((a.cue.start, a.cue.end))
                out.append(a)
        return tuple(out)

    @cached_property
    def word_counts(self) -> dict[str, int]:
        """Body words: ``all``, and split by voice (``narrative``, ``quoted``)."""
        doc = self.document
        words = [t for t in doc.tokens if t.text[0].isalnum() and t.start >= doc.body_start]
        quoted = sum(1 for t in words if doc.quote_at(t.start) is not None)
        return {"all": len(words), "quoted": quoted, "narrative": len(words) - quoted}

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """The JSON-ready analysis record (schema in the README)."""
        doc = self.document
        article = self.article
        record: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": article.id,
            "title": doc.title.text if doc.title is not None else article.title,
            "outlet": article.outlet,
            "date": article.date,
            "lang": self.lang,
            "language": self.prepared.language.to_dict(),
            "status": self.status,
        }
        if include_text:
            record["text"] = doc.text
        record["title_span"] = None if doc.title is None else [doc.title.start, doc.title.end]
        record["paragraphs"] = [[p.start, p.end] for p in doc.paragraphs]
        record["hedges"] = [
            {
                **h.span.to_dict(),
                "cue": h.cue,
                "kind": h.kind,
                "voice": h.voice,
                **_place(h.paragraph, h.sentence),
            }
            for h in self.hedges
        ]
        record["boosters"] = [
            {**b.span.to_dict(), "cue": b.cue, "voice": b.voice, **_place(b.paragraph, b.sentence)}
            for b in self.boosters
        ]
        record["attributions"] = [_attribution_dict(a) for a in self.attributions]
        record["denials"] = [_denial_dict(d) for d in self.denials]
        record["claims"] = [
            {
                "sentence": c.sentence,
                "paragraph": c.paragraph,
                "start": c.span.start,
                "end": c.span.end,
                "source_kind": c.source_kind,
                "chain": list(c.chain),
                "attribution": c.attribution,
                "hedges": list(c.hedges),
                "denied_by": list(c.denied_by),
            }
            for c in self.claims
        ]
        record["features"] = dict(self.features)
        return record


def _place(paragraph: int, sentence: int) -> dict[str, Any]:
    """Body indexes, or nulls and ``in_title`` for the title."""
    if paragraph < 0:
        return {"paragraph": None, "sentence": None, "in_title": True}
    return {"paragraph": paragraph, "sentence": sentence, "in_title": False}


def _source_dict(source: Source | None) -> dict[str, Any] | None:
    if source is None:
        return None
    record: dict[str, Any] = {**source.span.to_dict(), "kind": source.kind}
    record["antecedent"] = None if source.antecedent is None else source.antecedent.to_dict()
    return record


def _attribution_dict(a: Attribution) -> dict[str, Any]:
    return {
        **a.span.to_dict(),
        "cue": a.cue.to_dict(),
        "source": _source_dict(a.source),
        "chain": list(a.chain),
        "quote": None if a.quote is None else a.quote.to_dict(),
        "content": None if a.content is None else a.content.to_dict(),
        "stance": a.stance,
        "family": a.family,
        **_place(a.paragraph, a.sentence),
    }


def _denial_dict(d: Denial) -> dict[str, Any]:
    answers = None
    if d.answers is not None:
        answers = {"sentence": d.answers, "paragraph": d.answers_paragraph}
    return {
        **d.span.to_dict(),
        "cue": d.cue,
        "denier": _source_dict(d.denier),
        **_place(d.paragraph, d.sentence),
        "position": round(d.position, 4),
        "in_lede": d.in_lede,
        "answers": answers,
        "distance_paragraphs": d.distance_paragraphs,
    }


def _claims(prepared: Prepared, hedges, attributions, denials) -> tuple[Claim, ...]:
    doc = prepared.document
    by_sentence: dict[int, int] = {}
    for number, attribution in enumerate(attributions):
        by_sentence.setdefault(attribution.sentence, number)
        for region in (attribution.quote, attribution.content):
            if region is None:
                continue
            for sentence in doc.sentences:
                if sentence.start < region.end and region.start < sentence.end:
                    by_sentence.setdefault(sentence.index, number)
    hedged: dict[int, list[int]] = {}
    for number, hedge in enumerate(hedges):
        if hedge.voice == "narrative" and hedge.sentence >= 0:
            hedged.setdefault(hedge.sentence, []).append(number)
    denied: dict[int, list[int]] = {}
    for number, denial in enumerate(denials):
        if denial.answers is not None and denial.answers >= 0:
            denied.setdefault(denial.answers, []).append(number)
    claims = []
    for sentence in doc.sentences:
        index = sentence.index
        if index not in by_sentence and index not in hedged and index not in denied:
            continue
        attribution = by_sentence.get(index)
        if attribution is not None and attributions[attribution].source is not None:
            chain = attributions[attribution].chain
            kind = attributions[attribution].source.kind
        else:
            chain, kind = (), "unattributed"
        claims.append(
            Claim(
                sentence=index,
                paragraph=sentence.paragraph,
                span=Span(sentence.start, sentence.end, sentence.text),
                source_kind=kind,
                chain=tuple(chain),
                attribution=attribution,
                hedges=tuple(hedged.get(index, ())),
                denied_by=tuple(denied.get(index, ())),
            )
        )
    return tuple(claims)


def analyze(item: Article | str, *, lang: str | None = None, learned: bool = False) -> Analysis:
    """Analyse one article: hedges, boosters, attributions, denials and claims.

    Parameters
    ----------
    item : Article or str
        An :class:`~framing.article.Article` or bare text.
    lang : str, optional
        Force the language; otherwise the article's own or a guessed one.
    learned : bool, default False
        Add the attributions built around the cues of the learned cue model
        (:func:`~framing.extract.cue_model.extract_attributions_learned`;
        English only, other languages keep the rules alone). Finds more
        attributions (non-speech cues) at some cost in precision; see the
        README's Validation section.

    Returns
    -------
    Analysis
        With ``status`` ``"ok"``; or ``"unsupported_language"`` / ``"empty"``
        and no spans (never an exception for such text).

    Examples
    --------
    >>> a = analyze("Le ministre a démenti ces informations, selon l'agence.", lang="fr")
    >>> a.status, len(a.denials) >= 1
    ('ok', True)
    """
    from framing.extract.denials import extract_denials
    from framing.extract.hedging import extract_boosters, extract_hedges
    from framing.extract.sources import extract_attributions
    from framing.features import compute_features

    prepared = prepare(item, lang=lang)
    if prepared.status != "ok":
        empty = Analysis(prepared)
        return Analysis(prepared, features=compute_features(empty))
    doc = prepared.document
    hedges = tuple(extract_hedges(doc))
    boosters = tuple(extract_boosters(doc))
    if learned:
        from framing.extract.cue_model import extract_attributions_learned

        attributions = tuple(extract_attributions_learned(doc))
    else:
        attributions = tuple(extract_attributions(doc))
    denials = tuple(extract_denials(doc, attributions=attributions))
    claims = _claims(prepared, hedges, attributions, denials)
    partial = Analysis(prepared, hedges, boosters, attributions, denials, claims)
    return Analysis(
        prepared, hedges, boosters, attributions, denials, claims, compute_features(partial)
    )
