"""What every benchmark area shares: the row of the results table and small timing helpers.

The interface between ``benchmarks/bench.py`` and an area's module
(``benchmarks/bench_<area>.py``)::

    def run(work: Path, dbs: dict[str, Path], quick: bool = False) -> list[Row]

``work`` is a scratch folder of the area's own; ``dbs`` maps ``"demo"``, ``"L"`` and
``"XL"`` to generated database files (with ``--quick``, ``"L"`` and ``"XL"`` are
smaller scales). The files are shared: open a copy (:func:`copy_db`) to write.
A row compares one figure with its baseline measured in the same run.
"""

from __future__ import annotations

import gc
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Row:
    """One figure against its baseline, with the target it checks.

    ``unit`` is "s" or "MB"; ``target`` a text such as "≤ 2×", "≥ 5× faster" or
    "< 3 s"; ``met`` True/False, or None when there is no target or no figure.
    """

    area: str
    measure: str
    unit: str
    value: float
    baseline: str
    baseline_value: float
    target: str
    met: bool | None

    @property
    def ratio(self) -> float:
        """The figure over its baseline (NaN when there is no baseline)."""
        if not self.baseline_value:
            return float("nan")
        return self.value / self.baseline_value

    def as_dict(self) -> dict[str, Any]:
        """The row with its ratio, for the JSON file."""
        out = asdict(self)
        out["ratio"] = self.ratio
        for key in ("value", "baseline_value", "ratio"):  # NaN (no figure) is null in JSON
            out[key] = None if out[key] != out[key] else round(out[key], 3)
        return out


def at_most(
    area: str, measure: str, value: float, baseline: str, base: float, limit: float, unit: str = "s"
) -> Row:
    """A row whose target is value / baseline ≤ ``limit``."""
    met = None if not base else value / base <= limit
    return Row(area, measure, unit, value, baseline, base, f"≤ {limit:g}×", met)


def faster_by(
    area: str, measure: str, value: float, baseline: str, base: float, factor: float
) -> Row:
    """A row whose target is the value being ``factor`` times faster than the baseline."""
    met = None if not value else base / value >= factor
    return Row(area, measure, "s", value, baseline, base, f"≥ {factor:g}× faster", met)


def under(area: str, measure: str, value: float, limit: float, unit: str = "s") -> Row:
    """A row whose target is an absolute limit (no baseline)."""
    return Row(area, measure, unit, value, "", 0.0, f"< {limit:g} {unit}", value < limit)


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """Wall-clock seconds of one call, and its result."""
    gc.collect()
    began = time.perf_counter()
    result = work()
    return time.perf_counter() - began, result


def interleaved(works: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """Median seconds of each work, run in turns (a, b, a, b, …) after one warm-up each.

    Interleaving spreads the noise of a shared machine over all of them alike.
    """
    for work in works.values():
        work()
    times: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(repeat):
        for name, work in works.items():
            times[name].append(timed(work)[0])
    return {name: statistics.median(found) for name, found in times.items()}


def copy_db(source: Path, folder: Path, name: str | None = None) -> Path:
    """A private copy of a generated database file, to write to."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    return target
