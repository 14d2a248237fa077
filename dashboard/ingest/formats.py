"""Which format is this file? Canonical kinds by their headers, or a known tool's export."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from dashboard.ingest.kinds import KINDS, CanonicalRow, Kind, known_header_names, metric_for_header
from dashboard.ingest.reader import RawTable, ReadError, normalise

if TYPE_CHECKING:  # the presets load lazily below (every tool's module); types only here
    from dashboard.ingest.presets.base import Preset


@cache
def _known_names() -> frozenset[str]:
    from dashboard.ingest.presets import PRESETS

    names = set(known_header_names())
    for preset in PRESETS:
        names |= set(preset.header_tokens)
    return frozenset(names)


def header_score(cells: list[str]) -> int:
    """How many of a row's (normalised) cells are column names we know."""
    known = _known_names()
    return sum(1 for cell in cells if cell in known)


@dataclass
class Detected:
    """What a file was taken to be, and how its columns map onto the canonical ones."""

    kind: str
    source_format: str
    mapping: dict[str, str] = field(default_factory=dict)  # canonical key -> user's column
    wide_metrics: dict[str, str] = field(default_factory=dict)  # user's column -> metric id
    preset: Preset | None = None


def map_columns(table: RawTable, kind: Kind) -> dict[str, str]:
    """Canonical key -> the user's column name, for the columns of ``kind`` found."""
    mapping: dict[str, str] = {}
    taken: set[int] = set()
    for column in kind.columns:
        for index, cell in enumerate(table.header):
            if index not in taken and normalise(cell) in column.normalised:
                mapping[column.key] = cell
                taken.add(index)
                break
    return mapping


def _wide_metrics(table: RawTable, mapping: dict[str, str]) -> dict[str, str]:
    used = set(mapping.values())
    return {
        cell: metric
        for cell in table.header
        if cell not in used and (metric := metric_for_header(cell))
    }


def detect(table: RawTable, kind: str | None = None) -> Detected:
    """Recognise the file: a tool's export, or a canonical kind (``kind`` forces one).

    A tool's export is recognised whether or not the kind was chosen; when it was
    and the export holds another kind, ReadError('kind_mismatch') says which.
    Raises ReadError('unknown_format') naming the columns found and those expected.
    """
    from dashboard.ingest.presets import PRESETS

    for preset in PRESETS:
        if preset.matches(table):
            if kind is not None and preset.kind != kind:
                # The file is plainly this tool's export: say so rather than read it
                # as a Planpuls file of the chosen kind and report missing columns.
                raise ReadError("kind_mismatch", preset=preset.id, kind=preset.kind, chosen=kind)
            return Detected(preset.kind, preset.id, preset=preset)
    # Owners and channels come last: on a tie another kind keeps the file.
    candidates = (
        [kind]
        if kind
        else ["status", "measures", "goals", "metrics", "targets", "owners", "channels"]
    )
    best: Detected | None = None
    best_score = 0
    for kind_id in candidates:
        spec = KINDS[kind_id]
        mapping = map_columns(table, spec)
        wide = _wide_metrics(table, mapping) if kind_id == "metrics" else {}
        required = set(spec.required)
        if wide:
            required -= {"metric", "value"}
        if kind_id == "metrics" and "channel" not in mapping:
            required.discard("channel")  # the user names the channel on the page
        if not required <= mapping.keys():
            continue
        score = len(mapping) + len(wide)
        if score > best_score:
            fmt = f"planpuls-{kind_id}" + ("-wide" if wide and "metric" not in mapping else "")
            best = Detected(kind_id, fmt, mapping, wide if "metric" not in mapping else {})
            best_score = score
    if best is None:
        expected = {k: list(KINDS[k].required) for k in candidates}
        raise ReadError("unknown_format", found=[h for h in table.header if h], expected=expected)
    return best


def canonical_rows(table: RawTable, detected: Detected) -> list[CanonicalRow]:
    """The file's rows in canonical terms (a wide metrics row becomes one row per metric)."""
    if detected.preset is not None:
        return detected.preset.rows(table)
    index = {name: i for i, name in enumerate(table.header)}
    rows: list[CanonicalRow] = []
    for cells, line in zip(table.rows, table.lines, strict=True):

        def cell(name: str, cells: list[object] = cells) -> object:
            i = index[name]
            return cells[i] if i < len(cells) else None

        values = {key: cell(name) for key, name in detected.mapping.items()}
        columns = dict(detected.mapping)
        extra = len(cells) - len(table.header)
        if extra > 0 and any(c not in (None, "") for c in cells[len(table.header) :]):
            values["_extra"] = extra
        if detected.wide_metrics:
            for name, metric in detected.wide_metrics.items():
                if cell(name) is None or str(cell(name)).strip() == "":
                    continue  # an empty cell in a wide file means no figure, not zero
                rows.append(
                    CanonicalRow(
                        line,
                        {**values, "metric": metric, "value": cell(name)},
                        {**columns, "value": name, "metric": name},
                    )
                )
        else:
            rows.append(CanonicalRow(line, values, columns))
    return rows
