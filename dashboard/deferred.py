"""Heavy libraries loaded when first used, for the command line (``python -m dashboard``).

pandas, pyarrow and numpy take about a second of CPU to import, more than DuckDB
and the rest of the command line together, and many commands never use them
(``import`` of a large file checks and writes it in DuckDB). While the command
line's modules are imported inside ``deferred()``, a stand-in for each sits in
``sys.modules``: ``import pandas as pd`` at the top of a module binds the stand-in
and costs nothing. On leaving the block the stand-ins leave ``sys.modules`` (DuckDB
looks there to decide whether a parameter might be a pandas value, and would read
``pandas.NaT`` from a stand-in), so a later ``import pandas`` and DuckDB's ``.df()``
import the real thing. The first attribute read from a stand-in imports all three
for real, and from then on each stand-in answers with the real module's attributes.
Only ``dashboard/__main__.py`` uses it: the web app and the tests import the
libraries as usual.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: In the order a normal import loads them (pandas imports the other two).
HEAVY = ("numpy", "pyarrow", "pandas")

_lock = threading.RLock()


class _Deferred(types.ModuleType):
    """Stands in for a module until one of its attributes is read."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_load_all()[self.__name__], name)


_stand_ins: dict[str, _Deferred] = {}
_real: dict[str, types.ModuleType] = {}


@contextmanager
def deferred(names: tuple[str, ...] = HEAVY) -> Iterator[None]:
    """Inside the block, a stand-in for each module not imported yet is what ``import``
    gives; the stand-ins leave ``sys.modules`` at the end (they stay where bound)."""
    with _lock:
        for name in names:
            if name in sys.modules:
                continue
            stand_in = _Deferred(name)
            # What the import system reads of a module found in sys.modules.
            stand_in.__spec__ = importlib.machinery.ModuleSpec(name, None)
            _stand_ins[name] = sys.modules[name] = stand_in
    try:
        yield
    finally:
        with _lock:
            for name, stand_in in _stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]


def _load_all() -> dict[str, types.ModuleType]:
    """Import every deferred module for real, once; each stand-in takes its attributes."""
    with _lock:
        if not _real:
            for name, stand_in in _stand_ins.items():
                if sys.modules.get(name) is stand_in:  # read inside the block
                    del sys.modules[name]
            for name in _stand_ins:
                _real[name] = importlib.import_module(name)
            for name, stand_in in _stand_ins.items():
                stand_in.__dict__.update(_real[name].__dict__)
        return _real
