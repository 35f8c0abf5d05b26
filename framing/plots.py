"""Comparison charts with matplotlib.

Every function takes ``ax=None`` (or a figure size), draws, and returns the
Axes or Figure; none calls ``plt.show()``, so they work the same in a
notebook, a script and the CLI (which saves the figure).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = [
    "group_means",
    "largest_groups",
    "plot_denial_placement",
    "plot_feature_by_group",
    "plot_profile_grid",
]


def _pyplot():
    import matplotlib

    if matplotlib.get_backend().lower() not in ("agg", "module://matplotlib_inline.backend_inline"):
        # Headless machines and CI have no display; an explicit backend
        # choice of the caller (a notebook's inline backend) is kept.
        import os

        if not os.environ.get("DISPLAY"):
            matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def group_means(
    rows: Iterable[Mapping[str, Any]], feature: str, *, by: str = "outlet"
) -> dict[str, tuple[float, float, int]]:
    """``{group: (mean, standard error, n)}`` of ``feature`` over ``rows``."""
    values: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        values[_group(row, by)].append(float(row[feature]))
    result = {}
    for group, numbers in sorted(values.items()):
        n = len(numbers)
        mean = sum(numbers) / n
        variance = sum((x - mean) ** 2 for x in numbers) / (n - 1) if n > 1 else 0.0
        result[group] = (mean, (variance / n) ** 0.5, n)
    return result


def _group(row: Mapping[str, Any], by: str) -> str:
    return str(row.get(by) or "unknown")


def largest_groups(rows: Iterable[Mapping[str, Any]], *, by: str = "outlet", top: int) -> set[str]:
    """The ``top`` groups with the most rows (ties broken by name).

    A chart with hundreds of outlets is unreadable; charts keep the largest
    groups and say how many they left out.

    Examples
    --------
    >>> rows = [{"outlet": "A"}, {"outlet": "B"}, {"outlet": "B"}, {"outlet": "C"}]
    >>> sorted(largest_groups(rows, top=2))
    ['A', 'B']
    """
    if top < 1:
        raise ValueError(f"top must be at least 1, got {top}")
    sizes: dict[str, int] = defaultdict(int)
    for row in rows:
        sizes[_group(row, by)] += 1
    return set(sorted(sizes, key=lambda group: (-sizes[group], group))[:top])


def _keep_largest(
    rows: Sequence[Mapping[str, Any]], by: str, top: int | None
) -> tuple[list[Mapping[str, Any]], int]:
    """The rows of the ``top`` largest groups, and how many groups were left out."""
    if top is None:
        return list(rows), 0
    kept = largest_groups(rows, by=by, top=top)
    left_out = len({_group(row, by) for row in rows}) - len(kept)
    return [row for row in rows if _group(row, by) in kept], left_out


def _left_out_note(left_out: int) -> str:
    return f" ({left_out} smaller groups not shown)" if left_out else ""


def plot_feature_by_group(
    rows: Sequence[Mapping[str, Any]], feature: str, *, by: str = "outlet", ax=None, title=None
):
    """Horizontal bars: the mean of ``feature`` per group, with standard errors.

    Examples
    --------
    >>> rows = [{"outlet": "A", "n_denials": 1}, {"outlet": "B", "n_denials": 0}]
    >>> ax = plot_feature_by_group(rows, "n_denials")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['A', 'B']
    """
    plt = _pyplot()
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 0.4 * max(3, len({_group(r, by) for r in rows})) + 1))
    stats = group_means(rows, feature, by=by)
    groups = list(stats)
    means = [stats[g][0] for g in groups]
    errors = [stats[g][1] for g in groups]
    positions = range(len(groups))
    ax.barh(positions, means, xerr=errors, color="#4C72B0", ecolor="#333333", capsize=3)
    ax.set_yticks(list(positions), labels=groups)
    ax.invert_yaxis()
    ax.set_xlabel(feature)
    ax.set_title(title or feature.replace("_", " "))
    ax.grid(axis="x", alpha=0.3)
    return ax


def plot_denial_placement(
    records: Sequence[Mapping[str, Any]],
    *,
    by: str = "outlet",
    ax=None,
    top: int | None = None,
):
    """A strip per group: where each denial sits in its article (0 = lede, 1 = end).

    ``records`` are analysis records (``Analysis.to_dict()``); articles
    without a denial are counted in the label, not drawn. ``top`` keeps the
    groups with the most articles (see :func:`largest_groups`).
    """
    plt = _pyplot()
    records, left_out = _keep_largest(records, by, top)
    groups: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    totals: dict[str, int] = defaultdict(int)
    for record in records:
        group = _group(record, by)
        totals[group] += 1
        for denial in record.get("denials", []):
            in_title = bool(denial.get("in_title"))
            groups[group].append((0.0 if in_title else float(denial["position"]), in_title))
    names = sorted(totals)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 0.45 * max(3, len(names)) + 1.5))
    ax.axvspan(-0.05, 0.15, color="#E5E5E5", zorder=0)
    for row, name in enumerate(names):
        body = [x for x, in_title in groups.get(name, []) if not in_title]
        title = [x for x, in_title in groups.get(name, []) if in_title]
        ax.scatter(body, [row] * len(body), color="#C44E52", s=30, zorder=2)
        ax.scatter(title, [row] * len(title), color="#C44E52", marker="^", s=40, zorder=2)
    ax.scatter([], [], color="#C44E52", s=30, label="denial in the body")
    ax.scatter([], [], color="#C44E52", marker="^", s=40, label="denial in the title")
    ax.set_yticks(range(len(names)))
    ax.set_yticklabels([f"{n} ({len(groups.get(n, []))}/{totals[n]})" for n in names])
    ax.invert_yaxis()
    ax.set_xlim(-0.05, 1.05)
    ax.set_xlabel("relative position in the body: 0 = lede (shaded), 1 = last paragraph")
    ax.set_title(
        "Where official denials are placed (denials/articles per group)" + _left_out_note(left_out)
    )
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return ax


def plot_profile_grid(
    rows: Sequence[Mapping[str, Any]],
    features: Sequence[str],
    *,
    by: str = "outlet",
    columns: int = 2,
    top: int | None = None,
):
    """A figure of :func:`plot_feature_by_group` panels, one per feature.

    ``top`` keeps the groups with the most rows (see :func:`largest_groups`);
    the figure's title says how many were left out.
    """
    plt = _pyplot()
    rows, left_out = _keep_largest(rows, by, top)
    lines = -(-len(features) // columns)
    groups = len({_group(r, by) for r in rows})
    figure, axes = plt.subplots(
        lines, columns, figsize=(6 * columns, (0.35 * max(3, groups) + 1.2) * lines), squeeze=False
    )
    for ax, feature in zip(axes.flat, features, strict=False):
        plot_feature_by_group(rows, feature, by=by, ax=ax)
    for ax in list(axes.flat)[len(features) :]:
        ax.set_visible(False)
    top_margin = 1.0
    if left_out:
        figure.suptitle(f"The {groups} largest groups by {by}{_left_out_note(left_out)}")
        # Half an inch for the title, whatever the figure's height.
        top_margin -= 0.5 / figure.get_figheight()
    figure.tight_layout(rect=(0, 0, 1, top_margin))
    return figure
