"""Named article features computed from an :class:`~framing.analysis.Analysis`.

One registry, each feature with a one-line description, so that a chart
axis or a model weight can always be explained. Every value is a finite
number (models and charts need no missing values); where a feature has no
natural value (the position of a denial in an article without one) the
description says what it takes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from framing.extract.records import NOT_HEDGING_KINDS, SOURCE_KINDS

if TYPE_CHECKING:
    from framing.analysis import Analysis

__all__ = ["FEATURES", "Feature", "compute_features", "describe_features", "feature_names"]

_OFFICIAL = ("named_person", "named_org", "official_unnamed")


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    description: str
    compute: Callable[[Analysis], float]


FEATURES: dict[str, Feature] = {}


def _feature(name: str, description: str):
    def register(function: Callable[[Analysis], float]) -> Callable[[Analysis], float]:
        FEATURES[name] = Feature(name, description, function)
        return function

    return register


def _words(analysis: Analysis, voice: str | None = None) -> int:
    """Body words, all (``voice=None``) or in one voice."""
    return analysis.word_counts[voice or "all"]


def _per_100(count: int, words: int) -> float:
    return 100.0 * count / words if words else 0.0


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@_feature("n_words", "Words in the body (title excluded).")
def _n_words(a: Analysis) -> float:
    return float(_words(a))


@_feature("n_paragraphs", "Body paragraphs.")
def _n_paragraphs(a: Analysis) -> float:
    return float(len(a.document.paragraphs))


@_feature("quoted_share", "Share of body words inside direct quotations.")
def _quoted_share(a: Analysis) -> float:
    return _share(_words(a, "quoted"), _words(a))


def _hedges_in(a: Analysis, voice: str) -> int:
    return sum(1 for h in a.hedges if h.voice == voice and h.kind not in NOT_HEDGING_KINDS)


@_feature("hedges_narrative_per_100w", "Hedges in the journalist's voice per 100 narrative words.")
def _hedges_narrative(a: Analysis) -> float:
    return _per_100(_hedges_in(a, "narrative"), _words(a, "narrative"))


@_feature("hedges_quoted_per_100w", "Hedges inside quotations per 100 quoted words.")
def _hedges_quoted(a: Analysis) -> float:
    return _per_100(_hedges_in(a, "quoted"), _words(a, "quoted"))


@_feature(
    "conditions_narrative_per_100w",
    "Hypothetical framings in the journalist's voice ('if', 'whether', 'unless'; English) "
    "per 100 narrative words.",
)
def _conditions(a: Analysis) -> float:
    count = sum(1 for h in a.hedges if h.voice == "narrative" and h.kind == "condition")
    return _per_100(count, _words(a, "narrative"))


@_feature(
    "reported_hedges_per_100w",
    "Narrative 'reportedly/allegedly' hedges and French conditionals per 100 narrative words.",
)
def _reported(a: Analysis) -> float:
    count = sum(
        1 for h in a.hedges if h.voice == "narrative" and h.kind in ("reported", "conditional")
    )
    return _per_100(count, _words(a, "narrative"))


@_feature("boosters_per_100w", "Certainty markers ('clearly', 'il est certain') per 100 words.")
def _boosters(a: Analysis) -> float:
    return _per_100(len(a.boosters), _words(a))


@_feature(
    "attributions_per_100w",
    "Reported statements (said, according to, selon) per 100 words, one per cue; speech "
    "family only.",
)
def _attributions(a: Analysis) -> float:
    return _per_100(sum(1 for x in a.statements if x.family == "speech"), _words(a))


@_feature(
    "stance_attributions_per_100w",
    "Beliefs, intentions, evaluations and findings attributed to a source ('X believes', "
    "'X wants', 'X criticised', 'a poll shows') per 100 words.",
)
def _stance_attributions(a: Analysis) -> float:
    return _per_100(sum(1 for x in a.statements if x.family != "speech"), _words(a))


def _kind_share(kind: str) -> Callable[[Analysis], float]:
    def compute(a: Analysis) -> float:
        kinds = [c.source_kind for c in a.claims]
        return _share(kinds.count(kind), len(kinds))

    return compute


for _kind in SOURCE_KINDS:
    _feature(
        f"claims_{_kind}_share",
        f"Share of claim sentences whose source is {_kind.replace('_', ' ')}.",
    )(_kind_share(_kind))


@_feature("media_relay_chains", "Attributions relayed from another outlet (chains with a relay).")
def _relays(a: Analysis) -> float:
    return float(sum(1 for x in a.statements if "media_relay" in x.chain))


@_feature("denial_present", "1 if the article reports an official denial, else 0.")
def _denial_present(a: Analysis) -> float:
    return 1.0 if a.denials else 0.0


@_feature("n_denials", "Number of denial statements.")
def _n_denials(a: Analysis) -> float:
    return float(len(a.denials))


@_feature(
    "first_denial_position",
    "Relative place of the first denial in the body (0 = lede, 1 = end; 1 when there is none).",
)
def _first_denial_position(a: Analysis) -> float:
    return min((d.position for d in a.denials), default=1.0)


@_feature("denial_in_lede", "1 if a denial appears in the title or the lede paragraph.")
def _denial_in_lede(a: Analysis) -> float:
    return 1.0 if any(d.in_lede or d.in_title for d in a.denials) else 0.0


@_feature(
    "claim_denial_distance",
    "Paragraphs between a claim and the denial answering it (mean; 0 when none is linked).",
)
def _distance(a: Analysis) -> float:
    distances = [d.distance_paragraphs for d in a.denials if d.distance_paragraphs is not None]
    return sum(distances) / len(distances) if distances else 0.0


@_feature("denials_by_officials_share", "Share of denials issued by a named or official source.")
def _official_deniers(a: Analysis) -> float:
    official = sum(1 for d in a.denials if d.denier is not None and d.denier.kind in _OFFICIAL)
    return _share(official, len(a.denials))


def feature_names() -> tuple[str, ...]:
    """Names of every feature, in a stable order."""
    return tuple(FEATURES)


def describe_features() -> dict[str, str]:
    """``{name: one-line description}`` of every feature."""
    return {name: feature.description for name, feature in FEATURES.items()}


def compute_features(analysis: Analysis) -> dict[str, float]:
    """Every registered feature of ``analysis`` (all 0 for an empty analysis)."""
    if analysis.status != "ok":
        return dict.fromkeys(FEATURES, 0.0)
    return {name: float(feature.compute(analysis)) for name, feature in FEATURES.items()}
