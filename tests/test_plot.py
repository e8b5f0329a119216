"""Plots: every Thai label renders (no missing glyphs), global settings untouched."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

matplotlib = pytest.importorskip("matplotlib")
pytest.importorskip("fontpkg_sarabun")
matplotlib.use("Agg")

import pandas as pd  # noqa: E402

import thaiplan  # noqa: E402
from conftest import DATA_RAW  # noqa: E402
from thaiplan import plot  # noqa: E402
from thaiplan.errors import MissingDependencyError, UnknownChoiceError  # noqa: E402
from thaiplan.similarity import compare  # noqa: E402

# Stacked marks (ที่ น้ำ ปั้น), sara am, Thai digits and long names that get abbreviated.
OFFICES = ["สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐", "โรงเรียนบ้านหนองน้ำใส",
           "องค์การบริหารส่วนตำบลปั้นน้ำ", "โรงพยาบาลส่งเสริมสุขภาพตำบลที่ดินแดง",
           "เทศบาลเมืองน่าน"]


@pytest.fixture(scope="module")
def comparison() -> Any:
    docs = [thaiplan.parse_file(p) for p in sorted(DATA_RAW.glob("*.txt"))]
    return compare(docs)


@pytest.fixture(scope="module")
def similarity() -> pd.DataFrame:
    values = [[1.0, 0.62, 0.15, 0.30, 0.05],
              [0.62, 1.0, 0.22, 0.35, 0.10],
              [0.15, 0.22, 1.0, 0.71, 0.44],
              [0.30, 0.35, 0.71, 1.0, float("nan")],
              [0.05, 0.10, 0.44, float("nan"), 1.0]]
    return pd.DataFrame(values, index=OFFICES, columns=OFFICES)


@pytest.fixture
def no_missing_glyphs() -> Iterator[list[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert missing == []


def _render(obj: Any, path: Path) -> None:
    figure = getattr(obj, "figure", obj)
    figure.savefig(path, dpi=60)
    plot.close(figure)
    assert path.stat().st_size > 5_000


def _texts(obj: Any) -> list[Any]:
    figure = getattr(obj, "figure", obj)
    return [t for t in figure.findobj(matplotlib.text.Text) if t.get_text().strip()]


def _has_thai(text: str) -> bool:
    return any("\u0e00" <= c <= "\u0e7f" for c in text)


PLOTS: dict[str, Callable[[Any, Any], Any]] = {
    "heatmap-comparison": lambda c, s: plot.similarity_heatmap(c),
    "heatmap-frame": lambda c, s: plot.similarity_heatmap(s, annotate=True),
    "alignment-comparison": lambda c, s: plot.alignment_chart(c, *c.offices[:2]),
    "alignment-frame": lambda c, s: plot.alignment_chart(c.align(*c.offices[:2])),
    "keywords-comparison": lambda c, s: plot.keyword_bars(c.keywords(6)),
    "keywords-mapping": lambda c, s: plot.keyword_bars(
        {OFFICES[0]: [("ที่พึงประสงค์", 0.8), ("น้ำ", 0.3)], OFFICES[1]: [("ปั้น", 1.0)],
         OFFICES[2]: [("ศตวรรษที่ 21", 0.5)]}, ncols=2),
    "dendrogram": lambda c, s: plot.dendrogram(s),
    "clustered": lambda c, s: plot.clustered_heatmap(s),
    "clustered-comparison": lambda c, s: plot.clustered_heatmap(c, linkage="complete"),
}


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_plot_renders_thai_without_missing_glyphs(
        name: str, comparison: Any, similarity: pd.DataFrame, tmp_path: Path,
        no_missing_glyphs: list[warnings.WarningMessage]) -> None:
    before = dict(matplotlib.rcParams)
    obj = PLOTS[name](comparison, similarity)
    texts = _texts(obj)
    thai = [t for t in texts if _has_thai(t.get_text())]
    assert thai, "the plot should carry Thai labels"
    assert all(t.get_fontname() == "Sarabun" for t in thai)
    _render(obj, tmp_path / f"{name}.png")
    assert dict(matplotlib.rcParams) == before


def test_default_font_would_draw_boxes_so_the_check_can_fail(tmp_path: Path) -> None:
    """Without thaiplan's font selection matplotlib warns about Thai glyphs."""
    import matplotlib.pyplot as plt

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
            fig, ax = plt.subplots()
            ax.set_title("ที่ น้ำ")
            fig.savefig(tmp_path / "boxes.png")
            plt.close(fig)
    assert any("missing from font" in str(w.message) for w in caught)


def test_heatmap_cells_show_scores_and_abbreviated_labels(similarity: pd.DataFrame) -> None:
    ax = plot.similarity_heatmap(similarity, title="")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[:3] == ["สพม. เขต ๒๐", "รร.บ้านหนองน้ำใส", "อบต.ปั้นน้ำ"]
    cells = [t.get_text() for t in ax.texts]
    assert len(cells) == 25
    assert cells[:3] == ["1.00", "0.62", "0.15"] and cells.count("–") == 2
    plot.close(ax)


def test_clustered_heatmap_puts_similar_offices_together(similarity: pd.DataFrame) -> None:
    fig = plot.clustered_heatmap(similarity)
    order = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    pairs = {frozenset(order[i:i + 2]) for i in range(len(order) - 1)}
    assert frozenset({"สพม. เขต ๒๐", "รร.บ้านหนองน้ำใส"}) in pairs
    assert frozenset({"อบต.ปั้นน้ำ", "รพ.สต.ที่ดินแดง"}) in pairs
    plot.close(fig)


def test_alignment_chart_links_only_matched_goals(comparison: Any) -> None:
    a, b = comparison.offices[:2]
    aligned = comparison.align(a, b)
    ax = plot.alignment_chart(comparison, a, b)
    scores = [t.get_text() for t in ax.texts if t.get_text().startswith("0.")]
    assert len(scores) == int((aligned["text_b"] != "").sum())
    assert len(ax.lines) == len(scores)
    plot.close(ax)


@pytest.mark.parametrize(("call", "error"), [
    (lambda s: plot.similarity_heatmap(s.iloc[:, :3]), ValueError),
    (lambda s: plot.similarity_heatmap([[1.0]]), TypeError),
    (lambda s: plot.dendrogram(s, linkage="ward"), UnknownChoiceError),
    (lambda s: plot.dendrogram(s.iloc[:1, :1]), ValueError),
    (lambda s: plot.keyword_bars({}), ValueError),
    (lambda s: plot.keyword_bars(pd.DataFrame({"x": [1]})), ValueError),
    (plot.alignment_chart, ValueError),
    (lambda s: plot.font_path("heavy"), UnknownChoiceError),
])
def test_bad_input_raises_a_clear_error(call: Callable[[pd.DataFrame], Any], error: type,
                                        similarity: pd.DataFrame) -> None:
    with pytest.raises(error):
        call(similarity)


def test_missing_font_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fontpkg_sarabun", None)
    plot.font_path.cache_clear()
    try:
        with pytest.raises(MissingDependencyError, match=r"thaiplan\[plot\]"):
            plot.font_path()
    finally:
        plot.font_path.cache_clear()


def test_thai_font_context_restores_settings() -> None:
    before = list(matplotlib.rcParams["font.family"])
    with plot.thai_font(**{"font.size": 17}):
        assert matplotlib.rcParams["font.family"][0] == "Sarabun"
        assert matplotlib.rcParams["font.size"] == 17
    assert matplotlib.rcParams["font.family"] == before


def test_thai_font_keeps_settings_changed_inside_the_block() -> None:
    """Jupyter's inline backend turns interactive mode on at the first figure; keep it on."""
    was = matplotlib.is_interactive()
    try:
        with plot.thai_font():
            matplotlib.interactive(not was)
        assert matplotlib.is_interactive() is (not was)
    finally:
        matplotlib.interactive(was)
