"""Root pytest configuration: skip doctests of modules whose optional extra is missing."""

from importlib.util import find_spec

# the compiled top-k kernel needs numba (the `fast` extra); without it thaiplan
# falls back to scipy, and the module cannot even be imported
collect_ignore_glob = [] if find_spec("numba") else ["src/thaiplan/similarity/_topk_numba.py"]
