"""Root pytest configuration: skip doctests of modules whose optional extra is missing."""

from importlib.util import find_spec

# the compiled top-k kernel needs numba (the `fast` extra); without it thaiplan
# falls back to scipy, and the module cannot even be imported
collect_ignore_glob = [] if find_spec("numba") else ["src/thaiplan/similarity/_topk_numba.py"]
# the Word reader's examples build their documents with python-docx (the `docx` extra)
if not find_spec("docx"):
    collect_ignore_glob += ["src/thaiplan/read/docx/__init__.py", "src/thaiplan/read/docx/body.py"]
