"""The report's stylesheet, and the Sarabun font embedded when it is installed."""

from __future__ import annotations

import base64
import logging
from functools import cache
from pathlib import Path

logger = logging.getLogger("thaiplan.report.html")  # the name the report has always logged under


@cache
def _font_faces() -> str:
    """``@font-face`` rules embedding Sarabun, or ``""`` when it is not installed."""
    try:
        import fontpkg_sarabun
    except ImportError:
        logger.info("fontpkg-sarabun is not installed; the report uses the reader's Thai font")
        return ""
    root = Path(fontpkg_sarabun.ROOT) / "files"
    rules = []
    for weight, name in ((400, "Sarabun-Regular.ttf"), (700, "Sarabun-Bold.ttf")):
        data = base64.b64encode((root / name).read_bytes()).decode("ascii")
        rules.append("@font-face{font-family:'Sarabun Embedded';font-style:normal;"
                     f"font-weight:{weight};font-display:swap;"
                     f"src:url(data:font/ttf;base64,{data}) format('truetype')}}")
    return "\n".join(rules)


_CSS = """
:root{--ink:#1b1f24;--muted:#5b6570;--line:#d6dbe0;--accent:#225ea8;--bg:#ffffff;
--soft:#f4f7fa;--warn:#8a4b00;--mark:#fff1a8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:68rem;padding:1rem;color:var(--ink);background:var(--bg);
font-family:'Sarabun Embedded','Sarabun','Noto Sans Thai','Noto Sans Thai UI','Leelawadee UI',
'Thonburi','TH Sarabun New','Tahoma',sans-serif;font-size:1rem;line-height:1.65;
overflow-wrap:break-word}
h1{font-size:1.6rem;line-height:1.35;margin:.2rem 0 .4rem}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
.en{color:var(--muted);font-weight:normal}
.lead{color:var(--muted);margin:.2rem 0 1rem}
nav.toc ol{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0;margin:.5rem 0}
nav.toc a{color:var(--accent)}
a{color:var(--accent)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;margin:.4rem 0 1rem}
caption{text-align:left;color:var(--muted);font-size:.85rem;padding:.2rem 0}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:var(--soft);white-space:nowrap}
thead th .en{display:block}
table.heatmap th{font-weight:600;font-size:.9rem;white-space:nowrap}
table.heatmap thead th{writing-mode:horizontal-tb}
table.heatmap td{text-align:center;min-width:4.2rem;font-variant-numeric:tabular-nums;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.legend{display:flex;align-items:center;gap:.5rem;font-size:.85rem;color:var(--muted)}
.legend .ramp{display:inline-block;width:10rem;height:.8rem;border:1px solid var(--line);
background:linear-gradient(to right,#ffffd9,#c7e9b4,#41b6c4,#225ea8,#081d58);
-webkit-print-color-adjust:exact;print-color-adjust:exact}
table.pairs td.score{text-align:center;white-space:nowrap;font-variant-numeric:tabular-nums}
table.pairs td.goal{min-width:14rem}
table.pairs td.terms{min-width:7rem}
table.pairs td.org{white-space:nowrap}
table.pairs td .marker{min-width:1.8rem}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:.15em;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.bar{display:inline-block;height:.55rem;background:var(--accent);border-radius:.2rem;
vertical-align:middle;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.kwgrid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.6rem 1.2rem}
.kwgrid ol{padding-left:1.6rem;margin:.2rem 0}
.kwgrid li span.bar{margin-left:.4rem}
.office{border-top:1px solid var(--line);padding-top:.4rem}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0 .6rem;
font-size:.92rem}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
.kind{display:inline-block;font-size:.78rem;padding:0 .45rem;border-radius:.6rem;
background:var(--soft);border:1px solid var(--line);color:var(--muted);margin-right:.4rem;
font-weight:normal}
ol.items{list-style:none;padding-left:0;margin:.2rem 0 .6rem}
ol.items ol.items{padding-left:1.6rem}
tr.unmatched td,.unmatched,.kind{color:var(--muted)}
ol.items li{margin:.15rem 0;padding-left:2.4rem;text-indent:-2.4rem}
ol.items li>*{text-indent:0}
.marker{display:inline-block;min-width:2.4rem;text-indent:0;color:var(--muted);font-variant-numeric:tabular-nums}
.lead-in{color:var(--muted);font-style:italic;margin:.1rem 0}
details.unit{border-left:3px solid var(--accent);padding:.1rem 0 .1rem .8rem;margin:.8rem 0}
details.unit.quoted,details.unit.outside{border-left-color:var(--line)}
details.unit>summary{cursor:pointer;font-weight:600;padding:.2rem 0}
details.unit>summary .kind,details.unit>summary .pages{font-weight:normal}
.pages{color:var(--muted);font-size:.85rem;margin-right:.4rem}
.badge{display:inline-block;font-size:.78rem;padding:0 .45rem;border-radius:.6rem;
font-weight:normal}
.badge.quoted{background:#fdf0dc;border:1px solid #e5c48f;color:var(--warn)}
details.nested{margin:.2rem 0 .4rem;text-indent:0}
details.nested>summary{cursor:pointer;color:var(--muted);font-size:.9rem}
h5,h6{font-size:.95rem;margin:.5rem 0 .2rem}
ul.warnings{padding-left:1.2rem;color:var(--warn);margin:.2rem 0 .6rem}
.ok{color:#2e7d32}
code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.88em}
footer{margin-top:2.5rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);
padding-top:.6rem}
@media (max-width:40rem){body{padding:.6rem;font-size:.97rem}h1{font-size:1.3rem}
table.pairs td.goal{min-width:11rem}}
@media print{body{max-width:none;padding:0;font-size:10.5pt}nav.toc{display:none}
.scroll{overflow:visible}h2{break-after:avoid}h3,h4{break-after:avoid}
tr,li,.kwgrid>div{break-inside:avoid}a{color:inherit;text-decoration:none}}
"""
