"""An upload from file to database: preview what it would do, commit it whole, undo it.

The file is read and understood in Python (reader, formats, presets); its rows
are then staged as text in DuckDB, where every cell is parsed and every rule is
checked at once in SQL (dashboard/sql/ingest_*.sql). Preview and commit run the
same steps; commit does them inside the one write transaction, so what is
written is exactly what was checked, against the database as it is then.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import json
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from dashboard import cells, dependencies
from dashboard.coverage import richness_words
from dashboard.db import Database, DatabaseError, identifier, load_sql, one_row, run_script
from dashboard.ingest import batches, mapping
from dashboard.ingest.formats import Detected, canonical_rows, detect, header_score
from dashboard.ingest.kinds import (
    COMMENT_MAX,
    DIRECTION_WORDS,
    KIND_IDS,
    KINDS,
    METRIC_SYNONYMS,
    SCOPE_WORDS,
    TEXT_MAX,
    CanonicalRow,
    view_only,
)
from dashboard.ingest.mapping import ToolMapping
from dashboard.ingest.presets import NO_PRESET, NoPreset, Preset
from dashboard.ingest.reader import RawTable, ReadError, is_totals, read_upload
from dashboard.labels import INITIAL_STATUS, METRICS, STATUSES, measure_label
from dashboard.refusal import Refused

#: How many problems and rows a preview keeps for showing (counts are always complete).
SHOW_LIMIT = 500
#: Codes of problems with the whole file that is not a table we can read (exit code 2
#: on the command line); every other file error is a refusal (exit code 1), among
#: them the limits (file_too_large, too_many_rows, too_many_columns, sheet_too_wide,
#: cell_too_long, workbook_too_large, zip_bomb).
UNREADABLE = frozenset({"empty_file", "not_a_table", "broken_workbook"})

_APPLY = {kind: f"ingest_{kind}_apply" for kind in KIND_IDS}


@dataclass(frozen=True)
class _NewQuery:
    """A query (dashboard/sql/<query>.sql) for the things of one label an upload may create."""

    label: str
    query: str
    #: Whether the query binds ``$plan_id`` (DuckDB refuses a parameter a query does not use).
    takes_plan_id: bool = False


#: Things an upload may create, per kind: over temp table parsed (for metrics the view
#: parsed_named, its rows with their names).
_NEW: dict[str, tuple[_NewQuery, ...]] = {
    "measures": (
        _NewQuery("owners", "ingest_new_measures_owners"),
        _NewQuery("channels", "ingest_new_measures_channels", takes_plan_id=True),
        _NewQuery("audiences", "ingest_new_measures_audiences", takes_plan_id=True),
    ),
    "metrics": (
        _NewQuery("channels", "ingest_new_metrics_channels"),
        _NewQuery("audiences", "ingest_new_metrics_audiences"),
    ),
    "targets": (_NewQuery("channels", "ingest_new_targets_channels"),),
}


#: Every canonical key, the only names ever put into per-column SQL.
_STAGED_KEYS = frozenset(c.key for kind in KINDS.values() for c in kind.columns)


class UploadRefused(Refused):
    """Commit was asked for an upload that has problems (code ``problems``) or a file that
    cannot be read (a ReadError's code and parameters); nothing was written."""

    @property
    def key(self) -> str:
        return "upload.refused" if self.code == "problems" else ReadError.prefix + self.code


@dataclass
class Problem:
    """One thing wrong with the file: where (Excel line, the user's column), what, and why."""

    line: int
    column: str
    value: str
    code: str
    params: dict = field(default_factory=dict)
    #: The row's measure as a person knows it: ``his-t05 «Title»`` (or just the id).
    measure: str = ""


@dataclass
class Preview:
    """What an upload would do, and how the file was understood."""

    file_name: str
    checksum: str
    kind: str | None = None
    source_format: str | None = None
    preset_name: str | None = None
    encoding: str | None = None
    separator: str | None = None
    header_line: int | None = None
    sheet: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    channel: str | None = None
    rows: int = 0
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("added", "changed", "unchanged", "rejected"), 0)
    )
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    samples: dict[str, pd.DataFrame] = field(default_factory=dict)
    history_only: int = 0
    new: dict[str, list[str]] = field(default_factory=dict)
    #: Columns of the file that were not read, and the totals rows left out.
    ignored: list[str] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)
    file_error: Problem | None = None
    org_id: str | None = None
    scope: str = "external"
    #: A tool export of measures: how its goal values and people were mapped.
    tool_map: ToolMapping | None = None
    #: Series of a file whose sections each name their channel: (channel, metric, rows).
    series: list[tuple[str, str, int]] = field(default_factory=list)
    #: Scope a file gives a channel it would create (its kanaltype column), by name.
    new_scopes: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the upload can be committed (no file error, no rejected row)."""
        return self.file_error is None and not self.problem_count

    @property
    def unreadable(self) -> bool:
        """True when the file could not be read at all."""
        return self.file_error is not None and self.file_error.code in UNREADABLE


@dataclass
class Upload:
    """The bytes and choices of one upload."""

    data: bytes
    file_name: str
    plan_id: str
    kind: str | None = None
    channel: str | None = None
    today: dt.date = field(default_factory=dt.date.today)
    #: For a tool export of measures (Jira, Asana, monday.com, Planner): one goal for
    #: every row, or the column that says the goal and its values -> goal ids, and the
    #: people of the assignee column -> owners' (roles') names. See ingest.mapping.
    goal_id: str | None = None
    goal_column: str | None = None
    goal_map: dict[str, str] | None = None
    owner_map: dict[str, str] | None = None
    #: Scope ('internal'/'external') of channels the upload creates, by name (the
    #: user's choice in the preview); a channel not named here gets the default.
    scopes: dict[str, str] = field(default_factory=dict)

    @functools.cached_property
    def checksum(self) -> str:
        """SHA-256 of the file's bytes (worked out once: a large file's takes a while)."""
        return hashlib.sha256(self.data).hexdigest()


def _cell_text(value: object) -> str | None:
    """A cell as staged text: dates ISO, numbers with a decimal comma, identifiers whole."""
    if cells.missing(value):  # None, and NaN/NaT from a frame (not the text "nan")
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    text = str(value).strip()
    return text or None


def _stage(cur, kind: str, understood: _Understood) -> int:
    """Put the rows into temp table ``stage`` as text; return how many there are."""
    if understood.rows is None:
        return _stage_csv(cur, kind, understood)
    rows = understood.rows
    keys = [c.key for c in KINDS[kind].columns]
    columns = {
        "seq": pa.array(range(len(rows)), pa.int32()),
        "line": pa.array([r.line for r in rows], pa.int32()),
    }
    for key in keys:
        columns[key] = pa.array([_cell_text(r.values.get(key)) for r in rows], pa.string())
    columns["extra"] = pa.array([_count(r.values.get("_extra")) for r in rows], pa.int32())
    arrow = pa.table(columns)
    cur.register("staged_rows", arrow)
    try:
        cur.execute(load_sql("ingest_stage_rows"))
    finally:
        cur.unregister("staged_rows")
    return len(rows)


def _count(value: object) -> int:
    """A whole number kept beside a row's values (extra cells, a line), 0 when there is none."""
    return value if isinstance(value, int) else 0


#: Spare columns DuckDB reads beyond the header, to find rows with an extra field
#: (a row with more makes read_csv fail, and the file is then read in Python).
_SPARE = 1


def _stage_csv(cur, kind: str, understood: _Understood) -> int:
    """Let DuckDB read a large plain CSV straight into ``stage`` (same checks follow)."""
    table, detected, body = understood.table, understood.detected, understood.body
    if body is None:  # only a plain text file keeps its body for DuckDB to read
        raise _NoFastPath
    width = len(table.header) + _SPARE
    # Identifiers below are c0…cN and canonical keys only; values are bound.
    columns = {f"c{i}": "VARCHAR" for i in range(width)}
    index = {name: i for i, name in enumerate(table.header)}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "body.csv"
        _write_body(body, path)
        params = {"path": str(path), "sep": table.separator or ";", "skip": body.skip}
        params |= {"encoding": body.encoding, "columns": json.dumps(columns)}
        try:
            cur.execute(load_sql("ingest_raw_csv"), params)
        except duckdb.Error as exc:
            raise _NoFastPath from exc
    lines = body.lines
    count, base = cur.execute(load_sql("ingest_raw_csv_lines")).fetchone()
    if count != lines:
        raise _NoFastPath  # a quoted field spanning lines: numbers would not match Excel's
    extra = " + ".join(
        f"(CASE WHEN nullif(trim(c{i}), '') IS NULL THEN 0 ELSE 1 END)"
        for i in range(len(table.header), width)
    )
    keys = [c.key for c in KINDS[kind].columns]
    wide: list[tuple[str | None, str | None]] = list(detected.wide_metrics.items()) or [
        (None, None)
    ]
    # rowid counts the rows in file order (from an offset inside a transaction).
    parts: list[str] = []
    numbers = {"first": table.header_line + 1 - base, "k": len(wide), "base": base}
    metrics: dict[str, str | None] = {}
    for j, (column, metric) in enumerate(wide):
        select = []
        for key in keys:
            if column is not None and key == "value":
                select.append(f"c{index[column]} AS value")
            elif column is not None and key == "metric":
                select.append(f"$m{j} AS metric")
                metrics[f"m{j}"] = metric
            elif key in detected.mapping:
                select.append(f"c{index[detected.mapping[key]]} AS {key}")
            else:
                select.append(f"NULL::VARCHAR AS {key}")
        where = f" WHERE nullif(trim(c{index[column]}), '') IS NOT NULL" if column else ""
        parts.append(
            f"SELECT CAST((rowid - $base) * $k + {j} AS INTEGER) AS seq, "
            f"CAST(rowid + $first AS INTEGER) AS line, {', '.join(select)}, "
            f"CAST({extra} AS INTEGER) AS extra FROM raw_csv{where}"
        )
    query = " UNION ALL ".join(parts)
    if detected.wide_metrics:
        cur.execute("CREATE OR REPLACE TEMP TABLE stage AS " + query, numbers | metrics)
        cur.execute(load_sql("ingest_raw_csv_drop"))
        return cur.execute(load_sql("ingest_stage_count")).fetchone()[0]
    # One figure per record: a view over the records DuckDB read, so that the file is
    # not copied a second time (a view takes no parameters: the numbers are ours).
    for name, number in numbers.items():
        query = query.replace(f"${name}", f"({int(number)})")
    cur.execute("CREATE OR REPLACE TEMP VIEW stage AS " + query)
    return count


def excel_column(index: int) -> str:
    """The column letter Excel shows for a 0-based position (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _name_problems(
    cur, kind: str, table: RawTable, understood: _Understood, problems: list[Problem]
) -> None:
    """Put names beside ids: each problem's measure with its title, and where an extra
    field landed (the column letter Excel shows, with its value)."""
    if not problems:
        return
    if kind in ("status", "measures", "metrics"):
        rows = cur.execute(
            load_sql("ingest_problem_measures"), {"lines": sorted({p.line for p in problems})}
        ).fetchall()
        named = {
            line: measure_label(measure_id, title)
            for _seq, line, measure_id, title in rows
            if measure_id
        }
        for problem in problems:
            problem.measure = named.get(problem.line, "")
    width = len(table.header)
    cells = {line: row for row, line in zip(table.rows, table.lines, strict=False)}
    for problem in problems:
        if problem.code != "extra_fields":
            continue
        row = cells.get(problem.line) or []
        at = next(
            (i for i in range(width, len(row)) if row[i] not in (None, "")),
            width,
        )
        problem.params = {"letter": excel_column(at), "fields": problem.value}
        if at < len(row):
            problem.value = _cell_text(row[at]) or ""


def _channel_scopes(cur, scopes: dict[str, str]) -> None:
    """Temp table ``channel_scopes``: the scope chosen for each channel an upload creates."""
    chosen = [(name, scope) for name, scope in scopes.items() if scope in ("internal", "external")]
    cur.execute(
        load_sql("ingest_channel_scopes"),
        {
            "names": json.dumps([name for name, _scope in chosen], ensure_ascii=False),
            "scopes": json.dumps([scope for _name, scope in chosen]),
        },
    )


class _NoFastPath(Exception):
    """DuckDB cannot read this file with the line numbers Excel shows; read it in Python."""


def _vocabularies(cur) -> None:
    # Each status's words with the progress an upload assumes for it (labels.Status).
    words = sorted(
        {
            (w.lower(), s.id, s.default_progress)
            for s in STATUSES
            for w in (s.id, s.id.replace("_", " "), s.nb, s.nn, s.en, *s.aliases)
        },
        key=lambda word: word[:2],
    )
    metric_words = {(w.lower(), m.id) for m in METRICS for w in (m.id, m.nb, m.nn, m.en)}
    metric_words |= set(METRIC_SYNONYMS.items())
    lists: dict[str, Sequence[tuple[object, ...]]] = {
        "status": words,
        "metric": sorted(metric_words),
        "direction": sorted(DIRECTION_WORDS.items()),
        "scope": sorted(SCOPE_WORDS.items()),
        "richness": sorted(richness_words().items()),
    }
    names = {
        "status": ("status_words", "status_ids", "status_progress"),
        "metric": ("metric_words", "metric_ids"),
        "direction": ("direction_words", "directions"),
        "scope": ("scope_words", "scopes"),
        "richness": ("richness_words", "richness_levels"),
    }
    params = {
        name: json.dumps([row[i] for row in lists[what]], ensure_ascii=False)
        for what, columns in names.items()
        for i, name in enumerate(columns)
    }
    run_script(cur, load_sql("ingest_vocabularies"), params)


def _column_sql(name: str, column: str) -> str:
    """A per-column query with the column's name put in; names come from the kinds only."""
    if column not in _STAGED_KEYS:
        raise ValueError(f"not a staged column: {column!r}")
    return load_sql(name, column=identifier(column, _STAGED_KEYS))


def _decimal_mark(cur, column: str, separator: str | None) -> str:
    comma, point = cur.execute(_column_sql("ingest_decimal_mark", column)).fetchone()
    if comma or point:
        return "," if comma >= point else "."
    return "." if separator == "," else ","


def _slash_order(cur, columns: list[str]) -> str | None:
    first = second = False
    for column in columns:
        a, b = cur.execute(_column_sql("ingest_slash_order", column)).fetchone()
        first |= bool(a)
        second |= bool(b)
    if first and not second:
        return "dmy"
    if second and not first:
        return "mdy"
    return None


def _progress_scale(cur, mark: str) -> int:
    (fractions,) = cur.execute(load_sql("ingest_progress_scale"), {"mark": mark}).fetchone()
    return 100 if fractions else 1


#: Columns whose number format and date order are settled per column, per kind.
_NUMBER_COLUMNS = {
    "status": ("progress",),
    "measures": ("weight", "progress"),
    "metrics": ("value",),
    "goals": ("sort_order",),
    "targets": ("target",),
    "owners": (),
    "channels": (),
}
_DATE_COLUMNS = {
    "status": ("date",),
    "measures": ("start", "due", "updated"),
    "metrics": ("date", "period_end"),
    "goals": (),
    "targets": ("period_start", "period_end"),
    "owners": (),
    "channels": (),
}


#: Files larger than this are read by DuckDB itself when their shape allows it.
FAST_PATH_BYTES = 2_000_000
#: Records read in Python to understand a large file before DuckDB reads the rest.
SAMPLE_RECORDS = 200


@dataclass
class _Understood:
    table: RawTable
    detected: Detected
    #: The canonical rows; None when DuckDB reads the file itself (a large plain CSV).
    rows: list[CanonicalRow] | None
    #: For DuckDB: where the records after the header are (see _body).
    body: _CsvBody | None = None

    def column(self, seq: int, key: str) -> str | None:
        """The user's column name behind canonical ``key`` of staged row ``seq``."""
        if self.rows is not None:
            return self.rows[seq].columns.get(key)
        wide = list(self.detected.wide_metrics)
        if wide and key in ("value", "metric"):
            return wide[seq % len(wide)]
        return self.detected.mapping.get(key)


@dataclass
class _CsvBody:
    """The file's bytes for DuckDB, how to get them into an encoding it knows, and the
    lines before the records."""

    data: bytes
    #: The encoding DuckDB is told (the bytes as they are, or after transcoding).
    encoding: str
    skip: int
    #: Records after the header, one per line.
    lines: int
    #: The codec to transcode the bytes from into UTF-8 on the way to DuckDB, in
    #: chunks (UTF-16, Windows-1252 with its own letters); None when DuckDB reads them.
    transcode: str | None = None


#: Every byte but those where Windows-1252 and Latin-1 differ (€, curly quotes, dashes …):
#: ``data.translate(None, _NOT_C1)`` leaves only those, in one pass over the file.
_NOT_C1 = bytes(b for b in range(256) if not 0x80 <= b < 0xA0)
#: What ends the plain records: a blank line (LF or CRLF) or a comment line, found in one
#: pass (three ``find`` calls read the whole text three times).
_NOT_PLAIN = re.compile(r"\n(?:\r?\n|#)")
#: How much of the file is transcoded at a time on its way to DuckDB.
TRANSCODE_CHUNK = 1 << 20


def _body(data: bytes, table: RawTable) -> _CsvBody | None:
    """The records after the header, when DuckDB can read them with the same line numbers.

    That is when nothing but plain records follow the header: no blank lines (which
    DuckDB would skip, shifting the numbers), no comments, no second table. Those are
    looked for in the text the reader decoded, without copying it. DuckDB reads the
    file's own bytes when it knows the encoding (UTF-8, and Windows-1252 without the
    letters where it differs from Latin-1); anything else is transcoded to UTF-8 in
    chunks as it is written for DuckDB (``_write_body``), never whole in memory.
    """
    text = table.text
    if text is None or table.trailing:
        return None
    at = 0
    for _ in range(table.header_line):
        at = text.find("\n", at) + 1
        if not at:
            return None
    end = len(text)  # the records are text[at:end], found without copying them
    while end > at and text[end - 1] in "\r\n":
        end -= 1
    if end == at or text.startswith("#", at) or _NOT_PLAIN.search(text, at, end):
        return None
    separator = table.separator or ";"
    tail = text[max(at, end - 2000) : end].replace("\r\n", "\n")
    if any(is_totals(line.split(separator)) for line in tail.split("\n")[-5:]):
        return None  # a totals row under the figures: the reader leaves it out
    # The sep= line is not in the text but is in the bytes DuckDB reads.
    skip = table.header_line + (1 if table.sep_line else 0)
    lines = text.count("\n", at, end) + 1
    encoding = table.encoding or ""
    if encoding.startswith("utf-8"):
        return _CsvBody(data, "utf-8", skip, lines)
    if encoding == "cp1252" and not data.translate(None, _NOT_C1):
        return _CsvBody(data, "latin-1", skip, lines)
    return _CsvBody(data, "utf-8", skip, lines, transcode=encoding)


def _write_body(body: _CsvBody, path: Path) -> None:
    """The bytes DuckDB reads, written to ``path``: as they are, or transcoded to UTF-8
    a chunk at a time (the decoder carries a character split between two chunks)."""
    if body.transcode is None:
        path.write_bytes(body.data)
        return
    decoder = codecs.getincrementaldecoder(body.transcode)(errors="replace")
    view = memoryview(body.data)
    with path.open("wb") as handle:
        for start in range(0, len(view), TRANSCODE_CHUNK):
            handle.write(decoder.decode(view[start : start + TRANSCODE_CHUNK]).encode("utf-8"))
        handle.write(decoder.decode(b"", final=True).encode("utf-8"))


def _understand(upload: Upload) -> _Understood:
    """Read and recognise the file; raises ReadError for the whole file."""
    if upload.kind is not None and upload.kind not in KIND_IDS:
        raise ValueError(f"kind must be one of {KIND_IDS}")
    large = len(upload.data) > FAST_PATH_BYTES
    table = read_upload(
        upload.data, upload.file_name, score=header_score, limit=SAMPLE_RECORDS if large else None
    )
    detected = detect(table, upload.kind)
    if not table.complete:
        body = _body(upload.data, table) if detected.preset is None else None
        if body is not None:
            # DuckDB reads the bytes: the decoded text is not needed any more (a file
            # DuckDB cannot take after all is read again from the bytes, by _full).
            table.text = None
            return _Understood(table, detected, None, body)
        table = read_upload(upload.data, upload.file_name, score=header_score)
        detected = detect(table, upload.kind)
    rows = canonical_rows(table, detected)
    if not rows:
        raise ReadError("no_rows")
    return _Understood(table, detected, rows)


def _full(upload: Upload) -> _Understood:
    """The file read whole in Python (when DuckDB could not take it directly)."""
    table = read_upload(upload.data, upload.file_name, score=header_score)
    detected = detect(table, upload.kind)
    return _Understood(table, detected, canonical_rows(table, detected))


#: Hears how far an upload has come: the fraction done, rows read, rows checked.
Progress = Callable[[float, int, int], None]


def _no_progress(_fraction: float, _read: int = 0, _checked: int = 0) -> None:
    pass


@dataclass
class _Check:
    """What the upload check knows so far: its inputs, and the preview it fills in.

    The check is the steps of ``_CHECK_STEPS`` in order, each taking this state and
    returning it with its part done; the preset is never None (``NO_PRESET`` for a
    plain file), so a step asks it directly.
    """

    cur: duckdb.DuckDBPyConnection
    upload: Upload
    understood: _Understood
    by: str
    on_step: Progress
    samples: bool
    preset: Preset | NoPreset
    preview: Preview
    #: Decimal mark per number column, and the one for the whole file.
    marks: dict[str, str] = field(default_factory=dict)
    mark: str = ","
    #: Day/month order of slashed dates: "dmy", "mdy" or None (unknown).
    slash: str | None = None

    @property
    def kind(self) -> str:
        """The kind of upload being checked."""
        return self.understood.detected.kind


def _describe_file(state: _Check) -> _Check:
    """How the file was read and understood: its format, preset, encoding, header, mapping."""
    table, detected = state.understood.table, state.understood.detected
    preview = state.preview
    preview.kind = detected.kind
    preview.source_format = detected.source_format
    preview.preset_name = state.preset.name_nb
    preview.encoding = table.encoding
    preview.separator = table.separator
    preview.header_line = table.header_line
    preview.sheet = table.sheet
    preview.mapping = dict(detected.mapping)
    preview.totals = list(table.totals)
    return state


def _list_ignored(state: _Check) -> _Check:
    """A plain file's columns that were not read (a tool's export leaves many by design)."""
    if state.preset is NO_PRESET:
        table, detected = state.understood.table, state.understood.detected
        used = set(detected.mapping.values()) | set(detected.wide_metrics)
        state.preview.ignored = [
            h for h in table.header if h and h not in used and not view_only(h)
        ]
    return state


def _list_series(state: _Check) -> _Check:
    """The series of a file whose rows name their own channels."""
    state.preview.series = _series(state.understood)
    return state


def _map_tool(state: _Check) -> _Check:
    """A tool export of measures: its goals and people put into Planpuls' terms."""
    if mapping.applies(state.understood.detected.preset) and state.understood.rows is not None:
        state.understood, state.preview.tool_map = _map_tool_export(
            state.cur, state.upload, state.understood
        )
    return state


def _stage_rows(state: _Check) -> _Check:
    """The parsing macros, the vocabularies, and the rows staged as text."""
    state.cur.execute(load_sql("ingest_macros"))
    _vocabularies(state.cur)
    state.preview.rows = _stage(state.cur, state.kind, state.understood)
    state.on_step(0.4, state.preview.rows, 0)
    return state


def _settle_formats(state: _Check) -> _Check:
    """The decimal mark of each number column, and the order of slashed dates."""
    cur, separator = state.cur, state.understood.table.separator
    state.marks = {c: _decimal_mark(cur, c, separator) for c in _NUMBER_COLUMNS[state.kind]}
    state.mark = next(iter(state.marks.values()), ",")
    state.slash = state.preset.date_order or _slash_order(cur, list(_DATE_COLUMNS[state.kind]))
    return state


def _place_in_plan(state: _Check) -> _Check:
    """The plan's organisation, the channel the rows are for, the scope of new channels."""
    upload, preview = state.upload, state.preview
    org_id = state.cur.execute(
        load_sql("ingest_plan_organisation"), {"plan_id": upload.plan_id}
    ).fetchone()
    if org_id is None:
        raise ValueError(f"unknown plan {upload.plan_id!r}")
    preview.channel = upload.channel or state.preset.suggest_channel(state.understood.table)
    preview.org_id = org_id[0]
    preview.scope = state.preset.channel_scope or "external"
    return state


def _check_rules(state: _Check) -> _Check:
    """Every cell parsed and every rule of the kind checked, in SQL (sql/ingest_<kind>.sql)."""
    cur, upload, preview, kind = state.cur, state.upload, state.preview, state.kind
    params = {
        "plan_id": upload.plan_id,
        "org_id": preview.org_id,
        "channel": preview.channel,
        "mark": state.mark,
        "slash": state.slash,
        "by": state.by,
        "today": upload.today,
        "comment_max": COMMENT_MAX,
        "sum_rows": bool(state.preset.sums_rows),
        "initial_status": INITIAL_STATUS,
        # whether a measures file has a depends_on column (one without keeps them)
        "depends_given": "depends_on" in state.understood.detected.mapping,
    }
    if kind in ("status", "measures"):
        params["scale"] = _progress_scale(cur, state.marks.get("progress", state.mark))
    run_script(cur, load_sql(f"ingest_{kind}"), params)
    if kind == "measures":
        _dependency_cycles(cur, upload.plan_id, bool(params["depends_given"]))
    _text_lengths(cur, kind)
    if preview.tool_map is not None:
        mapping.flag_unmapped(cur, preview.tool_map)
    state.on_step(0.8, preview.rows, preview.rows)
    return state


def _dependency_cycles(cur, plan_id: str, depends_given: bool) -> None:
    """Measures that would wait on each other in a ring: a problem on the first line of
    the file that closes it, naming the ring (``t03 → t05 → t03``)."""
    bound = {"plan_id": plan_id, "depends_given": depends_given}
    rows = cur.execute(load_sql("ingest_dependency_edges"), bound).fetchall()
    lines: dict[tuple[str, str], tuple[int, int]] = {}
    for measure, depends_on, seq, line in rows:
        if seq is not None:
            lines.setdefault((measure, depends_on), (int(line), int(seq)))
    # (a measure waiting on itself has its own problem, dependency_self)
    for cycle in dependencies.find_cycles((m, d) for m, d, _seq, _line in rows if m != d):
        found = [lines[edge] for edge in itertools.pairwise(cycle) if edge in lines]
        if found:
            line, seq = min(found)
            cur.execute(
                load_sql("ingest_dependency_cycle"),
                {"seq": seq, "line": line, "cycle": dependencies.cycle_text(cycle)},
            )


def _collect_problems(state: _Check) -> _Check:
    """The problems found (the first SHOW_LIMIT of them, and how many there are)."""
    preview, understood = state.preview, state.understood
    # Rows, not a DataFrame: an import on the command line need not load pandas.
    problems = state.cur.execute(load_sql("ingest_problems"), {"limit": SHOW_LIMIT}).fetchall()
    columns = {**understood.detected.mapping}
    preview.problem_count = int(problems[0][5]) if problems else 0
    for seq, line, field_key, value, code, _total in problems:
        # A key the file has no column for (the channel of an export) names no column.
        column = understood.column(seq, field_key) or columns.get(field_key) or ""
        text = "" if value is None else str(value)
        known = {"max": TEXT_MAX.get(field_key)} if code == "text_too_long" else {}
        preview.problems.append(Problem(int(line), column, text, code, known))
    return state


def _collect_new(state: _Check) -> _Check:
    """The owners, channels and target groups the upload would create."""
    cur, upload, preview = state.cur, state.upload, state.preview
    for new in _NEW.get(state.kind, ()):
        bound = {"plan_id": upload.plan_id} if new.takes_plan_id else {}
        rows = cur.execute(load_sql(new.query), bound).fetchall()
        preview.new[new.label] = [name for (name,) in rows]
    if state.kind == "measures" and preview.new.get("channels"):
        query = load_sql("ingest_measures_new_scopes")
        preview.new_scopes = dict(cur.execute(query, {"plan_id": upload.plan_id}).fetchall())
    return state


def _order_problems(state: _Check) -> _Check:
    """Problems named (measure and title, an extra field's column) and in the file's order."""
    table, preview = state.understood.table, state.preview
    _name_problems(state.cur, state.kind, table, state.understood, preview.problems)
    # Within a line, problems in the order of the user's columns.
    position = {name: i for i, name in enumerate(table.header)}
    preview.problems.sort(key=lambda p: (p.line, position.get(p.column, len(position))))
    return state


def _count_actions(state: _Check) -> _Check:
    """How many rows would be added, changed, unchanged, rejected (and history only)."""
    row = one_row(state.cur, load_sql("ingest_counts"))  # a row, not a DataFrame: no pandas
    counts = dict(zip([c[0] for c in state.cur.description], row, strict=True))
    for key in ("added", "changed", "unchanged", "rejected"):
        state.preview.counts[key] = int(counts[key])
    state.preview.history_only = int(counts["history_only"])
    return state


def _take_samples(state: _Check) -> _Check:
    """The first rows of each action for the preview, with their measures' titles."""
    samples = state.preview.samples
    # (a channel figure's row in actions keeps the number of its names, not the names)
    table = "actions_named" if state.kind == "metrics" else "actions"
    query = load_sql("ingest_samples", actions=identifier(table, _ACTION_TABLES))
    for action in ("added", "changed", "unchanged") if state.samples else ():
        samples[action] = state.cur.execute(query, {"a": action, "n": SHOW_LIMIT}).df()
    _sample_titles(state.cur, samples)
    return state


#: Where a checked upload's actions are read with their names (see _take_samples).
_ACTION_TABLES = ("actions", "actions_named")


#: The upload check, step by step (each takes the state and returns it, its part done).
_CHECK_STEPS: tuple[Callable[[_Check], _Check], ...] = (
    _describe_file,
    _list_ignored,
    _list_series,
    _map_tool,
    _stage_rows,
    _settle_formats,
    _place_in_plan,
    _check_rules,
    _collect_problems,
    _collect_new,
    _order_problems,
    _count_actions,
    _take_samples,
)


def _preset(detected: Detected) -> Preset | NoPreset:
    """The detected tool's preset, or the null preset for a file in Planpuls' own columns."""
    return detected.preset if isinstance(detected.preset, Preset) else NO_PRESET


def _check(
    cur,
    upload: Upload,
    understood: _Understood,
    *,
    by: str,
    on_step: Progress = _no_progress,
    samples: bool = True,
) -> Preview:
    """Stage, parse and check the rows on this cursor; leaves temp table ``actions``."""
    state = _Check(
        cur=cur,
        upload=upload,
        understood=understood,
        by=by,
        on_step=on_step,
        samples=samples,
        preset=_preset(understood.detected),
        preview=Preview(file_name=upload.file_name, checksum=upload.checksum),
    )
    for step in _CHECK_STEPS:
        state = step(state)
    return state.preview


def _text_lengths(cur, kind: str) -> None:
    """A cell longer than its column allows (kinds.TEXT_MAX) is a problem on its line,
    and its row does nothing; status and measures check their comments themselves."""
    keys = [c.key for c in KINDS[kind].columns]
    keys = [k for k in keys if not (k == "comment" and kind in ("status", "measures"))]
    for key in keys:
        cur.execute(_column_sql("ingest_text_length", key), {"field": key, "max": TEXT_MAX[key]})
    cur.execute(load_sql("ingest_problem_rows_drop"))


def _series(understood: _Understood) -> list[tuple[str, str, int]]:
    """(channel, metric, rows) per series when the rows name their own channels (a Meta
    download with a Facebook and an Instagram section); empty otherwise."""
    if understood.detected.preset is None or not understood.rows:
        return []
    counts = Counter(
        (str(r.values["channel"]), str(r.values.get("metric") or ""))
        for r in understood.rows
        if r.values.get("channel")
    )
    return [(channel, metric, n) for (channel, metric), n in counts.items()]


def _map_tool_export(
    cur, upload: Upload, understood: _Understood
) -> tuple[_Understood, mapping.ToolMapping]:
    """Goal ids and owners' names put into a tool export's rows (see ingest.mapping)."""
    rows, found = mapping.resolve(
        cur,
        plan_id=upload.plan_id,
        preset_id=understood.detected.source_format,
        table=understood.table,
        rows=understood.rows or [],
        goal_id=upload.goal_id,
        goal_column=upload.goal_column,
        goal_map=upload.goal_map,
        owner_map=upload.owner_map,
    )
    return dataclasses.replace(understood, rows=rows), found


def _sample_titles(cur, samples: dict[str, pd.DataFrame]) -> None:
    """A ``measure_label`` column (id and title) beside each sample's measure id."""
    ids = sorted(
        {
            str(i)
            for frame in samples.values()
            if "measure_id" in frame
            for i in frame["measure_id"].dropna()
        }
    )
    if not ids:
        return
    titles = dict(cur.execute(load_sql("ingest_sample_titles"), {"ids": ids}).fetchall())
    for frame in samples.values():
        if "measure_id" in frame:
            frame["measure_label"] = [
                "" if pd.isna(i) else measure_label(str(i), titles.get(str(i)))
                for i in frame["measure_id"]
            ]


def preview(
    db: Database, upload: Upload, *, by: str = "", on_step: Progress = _no_progress
) -> Preview:
    """What the upload would do; writes nothing. ``on_step`` hears how far it has come."""
    try:
        understood = _understand(upload)
        on_step(0.2, 0, 0)
        with db.cursor() as cur, _checker(db, cur) as checker:
            result = checker.check(upload, understood, by=by, on_step=on_step, samples=True)
    except ReadError as exc:
        return _unreadable(upload, exc)
    on_step(1.0, result.rows, result.rows)
    return result


@dataclass
class Committed:
    """The outcome of a commit: its batch (None when nothing changed) and the counts."""

    batch_id: int | None
    preview: Preview


def commit(
    db: Database,
    upload: Upload,
    *,
    by: str,
    on_step: Progress = _no_progress,
    batch_kind: str | None = None,
) -> Committed:
    """Check the upload again and write it in one transaction, as one import batch.

    Raises UploadRefused when it has problems. An upload that would change nothing
    writes nothing and returns no batch. ``batch_kind`` names the batch's kind in
    Importhistorikk when it is not the file's (an owner's report via link: 'owner_link').
    """
    try:
        understood = _understand(upload)
    except ReadError as exc:
        raise UploadRefused(exc.code, **exc.params) from exc
    on_step(0.2, 0, 0)
    with db.write() as cur, _checker(db, cur) as checker:
        try:
            checked = checker.check(upload, understood, by=by, on_step=on_step)
        except ReadError as exc:  # the whole file read in Python, where a limit may refuse it
            raise UploadRefused(exc.code, **exc.params) from exc
        if not checked.ok:
            raise UploadRefused("problems")
        batch = checker.apply(upload, checked, by=by, batch_kind=batch_kind)
    on_step(1.0, checked.rows, checked.rows)
    return Committed(batch, checked)


def check_and_commit(
    db: Database,
    upload: Upload,
    *,
    by: str,
    write: bool = True,
    before_write: Callable[[Preview], None] | None = None,
    on_step: Progress = _no_progress,
) -> Committed:
    """Check the file once and, when it is fine and ``write``, save it in the same transaction.

    What the command line does: a preview and a commit would check the whole file
    twice. The outcome is the preview (without samples) and the batch, if one was
    written; a file that cannot be read comes back as a preview with ``file_error``.
    ``before_write`` sees the preview first and may raise to write nothing.
    """
    try:
        understood = _understand(upload)
        on_step(0.2, 0, 0)
        with db.write() if write else db.cursor() as cur, _checker(db, cur) as checker:
            checked = checker.check(upload, understood, by=by, on_step=on_step)
            if before_write is not None:
                before_write(checked)
            batch = checker.apply(upload, checked, by=by) if write and checked.ok else None
    except ReadError as exc:
        return Committed(None, _unreadable(upload, exc))
    on_step(1.0, checked.rows, checked.rows)
    return Committed(batch, checked)


class _DuckCheck:
    """The check and the write on the store's own DuckDB cursor."""

    def __init__(self, cur) -> None:
        self.cur = cur

    def check(self, upload: Upload, understood: _Understood, **kwargs) -> Preview:
        """The upload checked on the cursor (temp table ``actions`` left there)."""
        return _check_either(self.cur, upload, understood, **kwargs)

    def apply(
        self, upload: Upload, checked: Preview, *, by: str, batch_kind: str | None = None
    ) -> int | None:
        """The checked upload written as one import batch (see _apply)."""
        return _apply(self.cur, upload, checked, by=by, batch_kind=batch_kind)


@contextlib.contextmanager
def _checker(db: Database, cur) -> Iterator[Any]:
    """What checks and writes an upload for this store: on DuckDB the store's own cursor;
    on PostgreSQL (issue 16) a DuckDB in memory holding the rows the check reads, the
    checked rows then written to PostgreSQL in the store's transaction (dashboard/pg/ingest.py)."""
    if getattr(db, "dialect", "duckdb") == "postgresql":
        from dashboard.pg.ingest import PgCheck  # (psycopg only where PostgreSQL is used)

        with PgCheck(cur.connection, _check_either) as checker:
            yield checker
    else:
        yield _DuckCheck(cur)


def _check_either(
    cur,
    upload: Upload,
    understood: _Understood,
    *,
    by: str,
    on_step: Progress,
    samples: bool = False,
) -> Preview:
    """The check, by DuckDB's own reading when it can, else with the whole file read in
    Python (where a limit may still refuse it with a ReadError)."""
    try:
        return _check(cur, upload, understood, by=by, samples=samples, on_step=on_step)
    except _NoFastPath:
        return _check(cur, upload, _full(upload), by=by, samples=samples, on_step=on_step)


def _unreadable(upload: Upload, exc: ReadError) -> Preview:
    """The outcome for a file that cannot be read (or breaks a limit) as a whole."""
    result = Preview(file_name=upload.file_name, checksum=upload.checksum, kind=upload.kind)
    result.file_error = Problem(_count(exc.params.get("line")), "", "", exc.code, exc.params)
    return result


def apply_params(upload: Upload, checked: Preview, batch: int, by: str) -> dict[str, object]:
    """The parameters of a kind's apply script (ingest_<kind>_apply.sql), on either store."""
    return {
        "batch": batch,
        "file": upload.file_name,
        "plan_id": upload.plan_id,
        "org_id": checked.org_id,
        "scope": checked.scope,
        "by": by,
    }


def _apply(
    cur, upload: Upload, checked: Preview, *, by: str, batch_kind: str | None = None
) -> int | None:
    """Write a checked upload as one import batch on this write cursor; its id, or None
    when it would change nothing."""
    if checked.kind is None or (not checked.counts["added"] and not checked.counts["changed"]):
        return None  # (a file of no known kind was refused before its rows were counted)
    batch = batches.record(
        cur,
        by=by,
        file=upload.file_name,
        kind=batch_kind or checked.kind,
        source_format=checked.source_format,
        checksum=upload.checksum,
        added=checked.counts["added"],
        changed=checked.counts["changed"],
        unchanged=checked.counts["unchanged"],
    )
    _channel_scopes(cur, upload.scopes)
    run_script(cur, load_sql(_APPLY[checked.kind]), apply_params(upload, checked, batch, by))
    if checked.tool_map is not None:
        mapping.remember(cur, upload.plan_id, checked.tool_map, by)
    dangling = cur.execute(load_sql("dangling_references"), {"batch": batch}).fetchall()
    if dangling:
        raise DatabaseError(f"upload would leave dangling references: {dangling[:5]}")
    return batch
