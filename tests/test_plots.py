"""Charts: they draw on the given Axes, return it, and compute the right numbers."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from framing.plots import (
    group_means,
    largest_groups,
    plot_denial_placement,
    plot_feature_by_group,
    plot_profile_grid,
)

ROWS = [
    {"outlet": "A", "x": 1.0, "y": 0.0},
    {"outlet": "A", "x": 3.0, "y": 1.0},
    {"outlet": "B", "x": 5.0, "y": 1.0},
    {"outlet": None, "x": 0.0, "y": 0.0},
]


def test_group_means():
    stats = group_means(ROWS, "x")
    assert stats["A"][0] == 2.0 and stats["A"][2] == 2
    assert stats["A"][1] == pytest.approx(1.0)  # sd sqrt(2) / sqrt(2)
    assert stats["B"] == (5.0, 0.0, 1)
    assert "unknown" in stats


def test_plot_feature_by_group_uses_the_given_axes():
    figure, ax = plt.subplots()
    assert plot_feature_by_group(ROWS, "x", ax=ax) is ax
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B", "unknown"]
    assert [round(p.get_width(), 3) for p in ax.patches] == [2.0, 5.0, 0.0]
    plt.close(figure)


def test_plot_denial_placement_counts_articles_and_denials():
    records = [
        {"outlet": "A", "denials": [{"position": 0.8, "in_title": False}]},
        {"outlet": "A", "denials": []},
        {"outlet": "B", "denials": [{"position": 0.0, "in_title": True}]},
    ]
    ax = plot_denial_placement(records)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A (1/2)", "B (1/1)"]
    plt.close(ax.figure)


def test_profile_grid_hides_unused_panels():
    figure = plot_profile_grid(ROWS, ["x", "y", "x"], columns=2)
    visible = [ax for ax in figure.axes if ax.get_visible()]
    assert len(visible) == 3
    plt.close(figure)


def test_largest_groups_breaks_ties_by_name():
    rows = [{"outlet": name} for name in ("C", "B", "B", "A", "D", "D")]
    assert largest_groups(rows, top=3) == {"B", "D", "A"}
    assert largest_groups(rows, top=10) == {"A", "B", "C", "D"}
    with pytest.raises(ValueError, match="at least 1"):
        largest_groups(rows, top=0)


def test_charts_keep_the_largest_groups_and_say_so():
    rows = [{"outlet": f"o{i}", "x": float(i)} for i in range(40)] + [{"outlet": "o0", "x": 1.0}]
    figure = plot_profile_grid(rows, ["x"], columns=1, top=5)
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert len(labels) == 5 and labels[0] == "o0"
    assert "35 smaller groups not shown" in figure._suptitle.get_text()
    plt.close(figure)
    records = [{"outlet": r["outlet"], "denials": []} for r in rows]
    ax = plot_denial_placement(records, top=2)
    assert len(ax.get_yticklabels()) == 2
    assert "38 smaller groups not shown" in ax.get_title()
    plt.close(ax.figure)
