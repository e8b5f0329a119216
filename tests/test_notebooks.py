"""The notebooks run top to bottom from a clean kernel, and what is committed is current.

Each notebook in ``notebooks/`` is executed with nbclient in a fresh ``python3``
kernel (the ipykernel of this environment) with ``PYTHAINLP_OFFLINE=1``; any cell
error fails the test. The committed notebooks keep their outputs so that readers on
a code host see the plots; these tests fail when a committed notebook's code is not
the one ``notebooks/build_notebooks.py`` writes, or when its text outputs differ from
a fresh run — rerun ``python notebooks/build_notebooks.py`` and commit.
"""

from __future__ import annotations

import ast
import copy
import os
import re
import sys
from typing import Any

import pytest

from conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOK_DIR = ROOT / "notebooks"
sys.path.insert(0, str(NOTEBOOK_DIR))
import build_notebooks  # noqa: E402

NAMES = sorted(build_notebooks.NOTEBOOKS)
REBUILD = "rerun: PYTHAINLP_OFFLINE=1 python notebooks/build_notebooks.py"
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def _read(name: str) -> Any:
    reason = build_notebooks.missing(name)
    if reason:
        pytest.skip(f"{name} cannot run yet: {reason}")
    path = NOTEBOOK_DIR / name
    assert path.exists(), f"notebooks/{name} is not committed; {REBUILD}"
    return nbformat.read(path, as_version=4)


def _text_outputs(notebook: Any) -> list[list[str]]:
    """Per code cell: its stream text, text/plain results and errors (images left out)."""
    cells = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        out = []
        for output in cell.outputs:
            if output.output_type == "stream":
                out.append(f"{output.name}: {output.text}")
            elif output.output_type == "error":
                out.append(f"error: {output.ename}: {output.evalue}")
            elif "text/plain" in output.get("data", {}) and "image/png" not in output.data:
                out.append(output.data["text/plain"])
        cells.append([_ADDRESS.sub("", o) for o in out])
    return cells


@pytest.fixture(scope="module", autouse=True)
def _offline() -> None:
    os.environ["PYTHAINLP_OFFLINE"] = "1"


def test_every_notebook_is_built_by_the_script() -> None:
    committed = sorted(p.name for p in NOTEBOOK_DIR.glob("*.ipynb"))
    assert committed == [n for n in NAMES if not build_notebooks.missing(n)], REBUILD


@pytest.mark.parametrize("name", NAMES)
def test_committed_cells_are_the_builders(name: str) -> None:
    committed = _read(name)
    built = build_notebooks.build(name)
    assert [(c.cell_type, c.source) for c in committed.cells] == \
        [(c.cell_type, c.source) for c in built.cells], REBUILD


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_bilingual_and_defines_no_functions(name: str) -> None:
    notebook = _read(name)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            tree = ast.parse(cell.source)
            defined = [n for n in ast.walk(tree)
                       if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
                                     | ast.Lambda)]
            assert not defined, f"{name}: the logic belongs in the library:\n{cell.source}"
    prose = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert re.search(r"[\u0e00-\u0e7f]{20}", prose), "Thai narrative"
    assert re.search(r"\b(the|and|of)\b", prose), "English narrative"


@pytest.mark.parametrize("name", NAMES)
def test_committed_outputs_come_from_a_top_to_bottom_run(name: str) -> None:
    notebook = _read(name)
    counts = [c.execution_count for c in notebook.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1)), f"not run top to bottom; {REBUILD}"
    assert not any(o.output_type == "error" for c in notebook.cells if c.cell_type == "code"
                   for o in c.outputs)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_from_a_clean_kernel_with_current_outputs(name: str) -> None:
    committed = _read(name)
    fresh = copy.deepcopy(committed)
    for cell in fresh.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    client = nbclient.NotebookClient(fresh, timeout=build_notebooks.TIMEOUT,
                                     kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    images = sum("image/png" in o.get("data", {}) for c in fresh.cells
                 if c.cell_type == "code" for o in c.outputs)
    if name != "01_parse_documents.ipynb":
        assert images >= 2, "the plots are displayed"
    assert _text_outputs(fresh) == _text_outputs(committed), \
        f"committed outputs are stale; {REBUILD}"
