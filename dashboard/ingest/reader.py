"""Read an uploaded file into a :class:`RawTable`: decode, find the separator and header.

Handles what real exports look like: UTF-8 with or without BOM, UTF-16 with BOM
(Meta), Windows-1252 (Excel on Norwegian Windows); `,` `;` tab or `|`, and a
leading `sep=` line; preamble lines before the header (GA4's `#` block, a title
line); and .xlsx/.xls workbooks (python-calamine), whose date cells arrive as
dates. Line numbers are the row numbers Excel would show for the same file.

Limits (dashboard.settings ``PLANPULS_MAX_…``) are checked on the way in, before
the expensive work: the file's size and line count, an .xlsx file's unpacked size,
growth ratio and sheet dimensions (from the zip's directory, before a sheet is
read), the widest line and the longest cell. Each breach is a ``ReadError`` with
its own code and the figures for the message, never a crash.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice

from dashboard import settings
from dashboard.refusal import Refused

MAX_HEADER_SEARCH = 30
SEPARATORS = (";", "\t", ",", "|")
_SEP_LINE = re.compile(r'^\ufeff?"?sep=(.)"?\s*$', re.IGNORECASE)
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ReadError(Refused):
    """The file cannot be read as a table; the message is ``file.<code>`` (see ingest.report)."""

    prefix = "file."


@dataclass
class RawTable:
    """A table as found in the file: the user's header, raw cells and Excel line numbers."""

    file_name: str
    header: list[str]
    rows: list[list[object]]
    lines: list[int]
    header_line: int
    encoding: str | None = None
    separator: str | None = None
    sheet: str | None = None
    preamble: list[str] = field(default_factory=list)
    #: Records after the table that were not read (a second GA4 block, say).
    trailing: int = 0
    #: Totals rows ("Sum", "Totalt") left out under the data.
    totals: list[int] = field(default_factory=list)
    #: False when only the first records were read (see ``read_upload``'s ``limit``).
    complete: bool = True
    #: The decoded text (after a sep= line), kept for reading a large file in DuckDB.
    text: str | None = None
    #: True when the file's first line was a ``sep=`` line (not in ``text``, not numbered).
    sep_line: bool = False

    def column(self, name: str) -> int | None:
        """Index of a header cell by its normalised name, or None."""
        wanted = normalise(name)
        for index, cell in enumerate(self.header):
            if normalise(cell) == wanted:
                return index
        return None


def normalise(text: object) -> str:
    """A header cell for matching: lower case, accents kept, spaces and punctuation folded."""
    value = unicodedata.normalize("NFC", str(text or "")).strip().lower()
    value = value.replace("\ufeff", "").replace("\u00a0", " ")
    value = re.sub(r"[\s_\-./()]+", " ", value)
    return value.strip()


# Scoring header candidates -------------------------------------------------------

HeaderScore = Callable[[list[str]], int]


def _default_score(cells: list[str]) -> int:
    return 0


def read_upload(
    data: bytes, file_name: str, score: HeaderScore = _default_score, *, limit: int | None = None
) -> RawTable:
    """Read an uploaded file; ``score`` rates header candidates (known column names).

    With ``limit``, a text file is read only as far as its first ``limit`` records
    (``complete`` says whether that was all); its text is kept in ``text``.
    """
    check_size(len(data))
    blank = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"
    # (the whole file is stripped, a copy, only when its start is blank)
    if not data or (not data[:65536].strip(blank) and not data.strip(blank)):
        raise ReadError("empty_file")
    if data.startswith((_ZIP, _OLE2)):
        check_workbook(data)
        return _read_workbook(data, file_name, score)
    _check_lines(data.count(b"\n") + 1)
    text, encoding = decode(data)
    return _read_text(text, encoding, file_name, score, limit)


# Limits on the way in -----------------------------------------------------------

#: Unpacked size below which an .xlsx file's growth ratio is not held against it.
RATIO_FLOOR_BYTES = 10_000_000
#: How much of a sheet's XML is unpacked to find its <dimension ref="A1:D500"/>.
DIMENSION_PEEK = 4096
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]*)(\d*)(?::([A-Z]+)(\d+))?"')
_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml$", re.IGNORECASE)


def _megabytes(size: int) -> float:
    return round(size / 1_000_000, 1)


def check_size(size: int) -> None:
    """Refuse a file over PLANPULS_MAX_UPLOAD_MB (before anything else is done with it)."""
    most = settings.limit("PLANPULS_MAX_UPLOAD_MB")
    if size > most * 1_000_000:
        raise ReadError("file_too_large", size=_megabytes(size), max=most)


def _check_lines(lines: int) -> None:
    most = settings.limit("PLANPULS_MAX_ROWS")
    if lines > most + MAX_HEADER_SEARCH:
        raise ReadError("too_many_rows", rows=lines, max=most)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.decode("ascii"):
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def check_workbook(data: bytes) -> None:
    """An .xlsx file's size unpacked, growth ratio and sheet dimensions, from the zip's
    directory and the first bytes of each sheet, before any sheet is read whole.

    A zip bomb (a few MB that unpack to a GB of repeated rows) is refused here fast,
    with little memory. An .xls file (no zip) is bounded by the upload size alone.
    """
    if not data.startswith(_ZIP):
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise ReadError("broken_workbook", detail=str(exc)[:200]) from exc
    unpacked = sum(part.file_size for part in parts)
    ratio = unpacked / len(data)
    most_ratio = settings.limit("PLANPULS_MAX_XLSX_RATIO")
    if unpacked > RATIO_FLOOR_BYTES and ratio > most_ratio:
        raise ReadError("zip_bomb", ratio=round(ratio), max=most_ratio)
    most = settings.limit("PLANPULS_MAX_XLSX_UNPACKED_MB")
    if unpacked > most * 1_000_000:
        raise ReadError("workbook_too_large", size=_megabytes(unpacked), max=most)
    most_rows = settings.limit("PLANPULS_MAX_ROWS")
    most_columns = settings.limit("PLANPULS_MAX_COLUMNS")
    for part in parts:
        if not _SHEET_PART.match(part.filename):
            continue
        try:
            with archive.open(part) as stream:
                head = stream.read(DIMENSION_PEEK)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
            raise ReadError("broken_workbook", detail=str(exc)[:200]) from exc
        found = _DIMENSION.search(head)
        if not found:
            continue
        last_column, last_row = found.group(3) or found.group(1), found.group(4) or found.group(2)
        if last_row and int(last_row) > most_rows + MAX_HEADER_SEARCH:
            raise ReadError("too_many_rows", rows=int(last_row), max=most_rows)
        if last_column and _column_number(last_column) > most_columns:
            raise ReadError("sheet_too_wide", columns=_column_number(last_column), max=most_columns)


def _check_width(text: str, separator: str) -> None:
    """Refuse a line with more fields than PLANPULS_MAX_COLUMNS before the csv module
    builds it. Only a line longer than the limit can have that many fields, and every
    such line holds a whole block of half the limit without a line break; those lines
    alone have their fields counted, and only up to the limit."""
    most = settings.limit("PLANPULS_MAX_COLUMNS")
    sep = re.escape(separator)
    fields = re.compile(f'(?:"(?:[^"]|"")*"|[^{sep}"\\n]*)(?:{sep}|$)')
    block, position, size = max(1, most // 2), 0, len(text)
    while position + block <= size:
        end = position + block
        if text.find("\n", position, end) != -1:
            position = end
            continue
        start = text.rfind("\n", 0, position) + 1
        stop = text.find("\n", end)
        stop = size if stop == -1 else stop
        if sum(1 for _ in islice(fields.finditer(text, start, stop), most + 1)) > most:
            line = text.count("\n", 0, start) + 1
            raise ReadError("too_many_columns", max=most, line=line)
        position = stop + 1


def _check_cells(records: Sequence[Sequence[object]]) -> None:
    """Refuse a row wider than PLANPULS_MAX_COLUMNS or a cell longer than
    PLANPULS_MAX_CELL_CHARS in a sheet, named by its row and column letter as Excel
    shows them (a text file's are checked as it is read)."""
    most = settings.limit("PLANPULS_MAX_CELL_CHARS")
    most_columns = settings.limit("PLANPULS_MAX_COLUMNS")
    for index, record in enumerate(records):
        if len(record) > most_columns:
            raise ReadError(
                "too_many_columns", columns=len(record), max=most_columns, line=index + 1
            )
        for column, cell in enumerate(record):
            if isinstance(cell, str) and len(cell) > most:
                raise ReadError(
                    "cell_too_long",
                    line=index + 1,
                    column=_letter(column),
                    length=len(cell),
                    max=most,
                )


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _csv_error(exc: csv.Error, line: int) -> ReadError:
    """A csv module error as a ReadError: a field over the limit names its line."""
    if "field larger than field limit" in str(exc):
        most = settings.limit("PLANPULS_MAX_CELL_CHARS")
        return ReadError("cell_too_long", line=line, column="", max=most)
    return ReadError("not_a_table", detail=str(exc)[:200])


def _field_limit() -> None:
    """Let the csv module read a cell as long as PLANPULS_MAX_CELL_CHARS, and no longer."""
    csv.field_size_limit(settings.limit("PLANPULS_MAX_CELL_CHARS"))


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes, reporting the encoding found (BOM first, then UTF-8, cp1252)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    sample = data[:4000]
    if len(sample) > 8 and sample.count(0) > len(sample) // 3:
        # UTF-16 without BOM: every other byte of ASCII text is NUL.
        encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return text, "cp1252"


def _check_text(text: str) -> None:
    sample = text[:20000]
    if not sample.strip():
        raise ReadError("empty_file")
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    replaced = sample.count("\ufffd")
    if "\x00" in sample or controls + replaced > max(8, len(sample) // 50):
        raise ReadError("not_a_table")


def sniff_separator(lines: list[str]) -> str:
    """The separator that splits the most sample lines, then most consistently, into fields.

    Counting the lines that split at all comes first: a tab-separated Teams report
    has commas inside its times, which split fewer lines than the tabs do.
    """
    best, best_score = ";", (-1, -1, -1)
    sample = [line for line in lines if line.strip() and not line.lstrip().startswith("#")][:60]
    for separator in SEPARATORS:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=separator) if r]
        except csv.Error:  # a cell over the field limit: the full read says where
            continue
        counts = [c for c in counts if c > 1]
        if not counts:
            continue
        modal, frequency = Counter(counts).most_common(1)[0]
        score = (len(counts), frequency, modal)
        if score > best_score:
            best, best_score = separator, score
    return best


def _read_text(
    text: str, encoding: str, file_name: str, score: HeaderScore, limit: int | None = None
) -> RawTable:
    _check_text(text)
    raw_lines = text[:200_000].splitlines()
    separator, separator_line = None, False
    if raw_lines and (match := _SEP_LINE.match(raw_lines[0].strip(" \r\n"))):
        # Excel reads a leading sep= line as an instruction and does not show it, so
        # its row 1 is the next line: drop the line and number the rest from 1.
        separator, separator_line = match.group(1), True
        text = text.split("\n", 1)[1] if "\n" in text else ""
        raw_lines = raw_lines[1:]
    _field_limit()
    separator = separator or sniff_separator(raw_lines[:200])
    _check_width(text, separator)
    records, complete = _records(text, separator, limit)
    table = _table_from_records(records, file_name, score, line_of=_excel_row)
    table.encoding = encoding
    table.separator = separator
    table.complete = complete
    table.text = text
    table.sep_line = separator_line
    return table


def _records(text: str, separator: str, limit: int | None) -> tuple[list[list[str]], bool]:
    """The first ``limit`` records (all when None), and whether that was all of them.

    With a limit, only as much of a large text as the records need is parsed: the
    first 64 KB, then four times as much, until one record more than the limit is found.
    """
    size = len(text) if limit is None else 1 << 16
    while True:
        chunk = text if size >= len(text) else text[:size]
        reader = csv.reader(io.StringIO(chunk, newline=""), delimiter=separator, strict=False)
        try:
            records = [[cell.strip() for cell in record] for record in islice(reader, limit)]
            more = limit is not None and next(reader, None) is not None
        except csv.Error as exc:
            raise _csv_error(exc, reader.line_num) from exc
        if more or chunk is text:
            return records, not more
        size *= 4


#: First cells that mark a totals row, which sums the rows above it and is not data.
TOTALS_LABELS = frozenset(
    {
        "sum",
        "sum totalt",
        "totalt",
        "total",
        "totals",
        "grand total",
        "i alt",
        "samlet",
        "totalsum",
        "sum i alt",
    }
)


def is_totals(record: Iterable[object]) -> bool:
    """True for a row whose first filled cell is a totals label (Sum, Totalt, Total …)."""
    first = next((c for c in record if c is not None and str(c).strip()), None)
    return first is not None and normalise(first) in TOTALS_LABELS


def _excel_row(index: int) -> int:
    """Excel numbers rows from 1."""
    return index + 1


def _is_blank(record: Iterable[object]) -> bool:
    return all(cell is None or str(cell).strip() == "" for cell in record)


def _is_comment(record: Sequence[object]) -> bool:
    return bool(record) and str(record[0] or "").lstrip().startswith("#")


def _header_index(records: Sequence[Sequence[object]], score: HeaderScore) -> int:
    best, best_score = None, 0
    for index, record in enumerate(records[:MAX_HEADER_SEARCH]):
        if _is_blank(record) or _is_comment(record):
            continue
        cells = [str(c) for c in record if c is not None and str(c).strip()]
        value = score([normalise(c) for c in cells])
        if value > best_score:
            best, best_score = index, value
    if best is not None:
        return best
    # Nothing recognised: the first record with two or more mostly textual cells.
    for index, record in enumerate(records[:MAX_HEADER_SEARCH]):
        cells = [str(c).strip() for c in record if c is not None and str(c).strip()]
        if len(cells) >= 2 and sum(not _looks_numeric(c) for c in cells) >= len(cells) * 0.6:
            return index
    raise ReadError("no_header")


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d\s.,\u00a0%]+", text))


def _table_from_records(
    records: Sequence[Sequence[object]],
    file_name: str,
    score: HeaderScore,
    *,
    line_of: Callable[[int], int],
    sheet: str | None = None,
) -> RawTable:
    if all(_is_blank(r) for r in records):
        raise ReadError("empty_file")
    header_at = _header_index(records, score)
    header = [str(c).strip() if c is not None else "" for c in records[header_at]]
    while header and not header[-1]:
        header.pop()
    preamble = [
        " ".join(str(c) for c in r if c is not None and str(c).strip())
        for r in records[:header_at]
        if not _is_blank(r)
    ]
    rows, lines, totals = [], [], []
    trailing = 0
    index = header_at + 1
    while index < len(records):
        record = records[index]
        if _is_blank(record):
            rest = [r for r in records[index + 1 :] if not _is_blank(r)]
            following = rest[0] if rest else None
            # A title row followed by the same header again is the next group of the
            # same table (monday.com boards), not the end of it.
            repeats = len(rest) > 1 and _same_header(rest[1], header)
            if (
                following is not None
                and not repeats
                and (_is_comment(following) or _ends_table(following, header))
            ):
                trailing = len(rest)
                break
        elif is_totals(record):
            totals.append(line_of(index))
        elif not _is_comment(record):
            while (
                record
                and (record[-1] is None or str(record[-1]).strip() == "")
                and len(record) > len(header)
            ):
                record = record[:-1]
            rows.append(list(record))
            lines.append(line_of(index))
        index += 1
    return RawTable(
        file_name=file_name,
        header=header,
        rows=rows,
        lines=lines,
        header_line=line_of(header_at),
        preamble=preamble,
        sheet=sheet,
        trailing=trailing,
        totals=totals,
    )


def _same_header(record: Sequence[object], header: list[str]) -> bool:
    cells = [normalise(c) for c in record if c is not None and str(c).strip()]
    return cells == [normalise(h) for h in header if h]


def _ends_table(record: Sequence[object], header: list[str]) -> bool:
    """A record after a blank line that starts another table (a new header)."""
    cells = [str(c).strip() for c in record if c is not None and str(c).strip()]
    return len(cells) != len([h for h in header if h]) and not any(_looks_numeric(c) for c in cells)


def _read_workbook(data: bytes, file_name: str, score: HeaderScore) -> RawTable:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types for broken files
        raise ReadError("broken_workbook", detail=str(exc)[:200]) from exc
    best: RawTable | None = None
    best_score = -1
    percents = _percent_cells(data) if data.startswith(_ZIP) else {}
    for name in workbook.sheet_names:
        try:
            records = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception as exc:
            raise ReadError("broken_workbook", detail=str(exc)[:200]) from exc
        cells: list[list[object]] = [[_cell(c) for c in row] for row in records]
        if len(cells) > settings.limit("PLANPULS_MAX_ROWS") + MAX_HEADER_SEARCH:
            raise ReadError(
                "too_many_rows", rows=len(cells), max=settings.limit("PLANPULS_MAX_ROWS")
            )
        _check_cells(cells)
        for (row, column), text in percents.get(name, {}).items():
            if row < len(cells) and column < len(cells[row]):
                cells[row][column] = text
        if all(_is_blank(r) for r in cells):
            continue
        try:
            table = _table_from_records(
                cells, file_name, score, line_of=lambda i: i + 1, sheet=name
            )
        except ReadError:
            continue
        value = score([normalise(h) for h in table.header])
        if value > best_score:
            best, best_score = table, value
    if best is None:
        raise ReadError("empty_file")
    return best


#: Workbooks up to this size are also read for their percent formats (openpyxl is slow).
PERCENT_FORMAT_BYTES = 3_000_000


def _percent_cells(data: bytes) -> dict[str, dict[tuple[int, int], str]]:
    """Cells formatted as percentages, per sheet, as the text Excel shows (``55 %``).

    Excel stores 55 % as 0.55 and 100 % as 1; only the cell's format tells them
    from the numbers 0.55 and 1, and python-calamine does not read formats.
    """
    if len(data) > PERCENT_FORMAT_BYTES:
        return {}
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # calamine has already read it; formats are a refinement
        return {}
    try:
        return _percent_formats(workbook)
    except Exception:  # a damaged sheet part: calamine has read the values
        return {}
    finally:
        workbook.close()


def _percent_formats(workbook) -> dict[str, dict[tuple[int, int], str]]:
    found: dict[str, dict[tuple[int, int], str]] = {}
    for sheet in workbook.worksheets:
        cells = {}
        for r, row in enumerate(sheet.iter_rows()):
            for c, cell in enumerate(row):
                value = getattr(cell, "value", None)
                number_format = getattr(cell, "number_format", "") or ""
                if (
                    "%" in number_format
                    and isinstance(value, int | float)
                    and not isinstance(value, bool)
                ):
                    cells[(r, c)] = f"{value * 100:.10g} %".replace(".", ",")
        if cells:
            found[sheet.title] = cells
    return found


def _cell(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value
