"""Thai-labelled matplotlib plots of how offices' goals relate.

Needs the ``plot`` extra (``pip install 'thaiplan[plot]'``): matplotlib ≥ 3.11
(earlier versions misplace stacked Thai tone marks such as ที่ น้ำ) and the
OFL-licensed Sarabun font (``fontpkg-sarabun``). matplotlib's default font has
no Thai glyphs and draws boxes; every function here draws its text with Sarabun
inside :func:`thai_font`, which sets the font for the duration of the call and
puts the caller's settings back, so global ``rcParams`` are left as they were.

* :func:`similarity_heatmap` — office × office similarity, scores in the cells;
* :func:`alignment_chart` — the goals of two offices side by side, matched
  goals joined by lines whose width follows the score;
* :func:`keyword_bars` — the top keywords of each office;
* :func:`dendrogram` and :func:`clustered_heatmap` — offices clustered by
  similarity.

Each accepts the plain pandas tables (or a ``Comparison`` that has them) and
returns the matplotlib ``Axes`` or ``Figure`` it drew on. One module per figure
family: :mod:`.matrix` (the heatmap), :mod:`.clusters` (dendrogram, clustered
heatmap), :mod:`.keywords`, :mod:`.alignment`; :mod:`.fonts` sets up matplotlib
and Sarabun.

>>> import pandas as pd
>>> sim = pd.DataFrame([[1.0, 0.4], [0.4, 1.0]], index=["สพม. เขต ๒๐", "สพม. เขต ๒๑"],
...                    columns=["สพม. เขต ๒๐", "สพม. เขต ๒๑"])
>>> ax = similarity_heatmap(sim)
>>> [t.get_text() for t in ax.get_yticklabels()]
['สพม. เขต ๒๐', 'สพม. เขต ๒๑']
>>> close(ax)
"""

from __future__ import annotations

from .alignment import alignment_chart
from .clusters import LINKAGES, clustered_heatmap, dendrogram
from .clusters import Linkage as Linkage
from .fonts import FONT_FAMILY, close, font_path, thai_font
from .keywords import keyword_bars
from .matrix import similarity_heatmap

__all__ = [
    "FONT_FAMILY",
    "LINKAGES",
    "alignment_chart",
    "close",
    "clustered_heatmap",
    "dendrogram",
    "font_path",
    "keyword_bars",
    "similarity_heatmap",
    "thai_font",
]
