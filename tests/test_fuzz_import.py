"""Hypothesis fuzzes the importer (the pipeline the page and the command line use).

Generated files for every kind — CSV in several encodings and separators, and .xlsx —
with hostile cells: long text, quotes, NUL, formulas, huge numbers, bad dates, line
breaks. The property: no exception escapes; an upload is either accepted, and then the
batch holds exactly the rows the preview promised, or refused with problems (a file
error or rejected rows), and then committing it anyway is refused too and not one row
of any table has changed (a digest of every table, before and after).

Beside the hostile files, clean ones: valid rows of every kind with values Hypothesis
chooses (cp1252, UTF-8 and UTF-16, any separator, decimal comma or point, dates as
31.12.2025 or 2025-12-31, .xlsx), which must be accepted and read back from the database
as the file said them.

The default run tries a few hundred files; ``-m long`` runs the long profile (thousands).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.db import Database, load_sql
from dashboard.ingest.kinds import KIND_IDS
from dashboard.ingest.pipeline import Upload, UploadRefused, commit, preview
from dashboard.ingest.templates import HEADERS, KEYS
from dashboard.labels import METRICS
from tests.conftest import TODAY
from tests.digests import table_digests
from tests.figures import report

PLAN = "his-2025"
DEFAULT_EXAMPLES = int(os.environ.get("PLANPULS_FUZZ_EXAMPLES", "200"))
LONG_EXAMPLES = int(os.environ.get("PLANPULS_FUZZ_LONG_EXAMPLES", "3000"))
#: Longer than Python's csv field limit (131 072), which once crashed the reader.
HUGE_CELL = 140_000
HUGE_CELLS = True
PROGRESS_EVERY = 100  # files between two lines of progress on standard error

settings.register_profile(
    "planpuls-fuzz",
    max_examples=DEFAULT_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same files on every run: a failure in CI is reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
settings.register_profile(
    "planpuls-fuzz-long",
    max_examples=LONG_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)

# Values a person would type, from the demo plan (so that some files are accepted).
MEASURES = ["his-t01", "his-t02", "his-t04", "his-t05", "his-t10", "his-t99"]
GOALS = ["his-g1", "his-g2", "his-g5", "his-g9"]
VALID = {
    "measure_id": MEASURES, "goal_id": GOALS, "plan": [PLAN, "ho21-2020", "ukjent"],
    "parent_goal": ["", "hmn-g1"],
    "date": ["20.11.2026", "2026-11-21", "01.03.2026", "2026-02-30", "31.12.2099"],
    "start": ["01.01.2026", "2026-03-01", ""], "due": ["31.12.2026", "2027-06-30", ""],
    "period_start": ["01.01.2026"], "period_end": ["31.12.2026"],
    "status": ["Gul", "Grønn", "På sporet", "Ferdig", "Forsinket", "not_started", "done"],
    "progress": ["55 %", "0,9", "100", "12.5", "-3", "150 %"],
    "channel": ["Nettside", "LinkedIn", "Nyhetsbrev", "Ny kanal"],
    "channels": ["Nettside|LinkedIn", "Nettside", ""], "audiences": ["Innbyggere", ""],
    "metric": ["Sidevisninger", "Følgere", "visninger", "ukjent måltall"],
    "value": ["1200", "1 234,5", "3,2", "0"], "target": ["5000", "12,5"],
    "direction": ["høyere", "lavere", "lower", ""], "weight": ["1", "2", "0,5", ""],
    "scope": ["intern", "ekstern", "external"], "email": ["kom@example.no", "ikke-epost"],
    "owner": ["Kommunikasjonsansvarlig", "FoUI-leder", "Ny rolle"],
    "name": ["Kommunikasjonsansvarlig", "Nettside", "Ny rolle"],
}  # fmt: skip
HOSTILE = [
    "", " ", '"', '""', 'sitat "inni" cellen', "a;b,c\tdd", "linje\nskift", "\x00", "x\x00y",
    "=1+1", "=HYPERLINK(\"http://host\")", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3",
    "1e308", "99999999999999999999999999", "-0", "NaN", "inf", "1,2,3", "12 %%",
    "31.02.2026", "2026-13-01", "00.00.0000", "i går", "9999-99-99", "29.02.2025",
    "<script>alert(1)</script>", "![p](http://host/track.png)", "'; DROP TABLE plan; --",
    "ÆØÅ æøå", "\u202e\u200b", "😀", "\ufeff",
]  # fmt: skip

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


# Strategies are built once per column (cell) and per column list (rows_of), not anew for
# every file: building and validating them took about a quarter of the run. The files
# drawn are the same.
@functools.cache
def cell(key: str) -> st.SearchStrategy[str]:
    """A cell for column ``key``: mostly what a person would type, often hostile."""
    return st.one_of(
        st.sampled_from(VALID.get(key, ["Et tiltak", "Beskrivelse", "Sekretariatet"])),
        st.sampled_from(VALID.get(key, ["x"])),
        st.sampled_from(HOSTILE),
        text,
        st.integers(-(10**30), 10**30).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(str),
        st.builds(lambda c, n: c * n, st.sampled_from('aæ"; x'), st.integers(1, 5000)),
    )


@functools.cache
def rows_of(keys: tuple[str, ...]) -> st.SearchStrategy[list[tuple]]:
    """One to eight rows for columns ``keys``: typed as a person would, or hostile."""
    typed = st.tuples(*(st.sampled_from(VALID.get(k, ["Et tiltak", "Hei"])) for k in keys))
    hostile = st.tuples(*(cell(k) for k in keys))
    return st.lists(st.one_of(typed, typed, hostile), min_size=1, max_size=8)


@st.composite
def files(draw) -> tuple[str, str, bytes, str | None]:
    """(kind, file name, bytes, kind given or None) for one upload."""
    kind = draw(st.sampled_from(KIND_IDS))
    header = list(HEADERS[kind][draw(st.sampled_from(["nb", "en"]))])
    keys = list(KEYS[kind])
    shape = draw(st.sampled_from(["as-is", "as-is", "drop", "shuffle", "random"]))
    if shape == "drop" and len(header) > 1:
        del keys[draw(st.integers(0, len(header) - 1))]
        header = [h for h in header if h in HEADERS[kind]["nb"] + HEADERS[kind]["en"]][: len(keys)]
    elif shape == "shuffle":
        order = draw(st.permutations(range(len(header))))
        header, keys = [header[i] for i in order], [keys[i] for i in order]
    elif shape == "random":
        header = [draw(st.one_of(text, st.sampled_from(HOSTILE))) for _ in header]
    rows = draw(rows_of(tuple(keys)))
    if HUGE_CELLS and draw(st.integers(0, 40)) == 0:  # now and then a cell over the csv limit
        rows.append(tuple("a" * HUGE_CELL if i == len(keys) - 1 else "x" for i in range(len(keys))))
    given_kind = draw(st.sampled_from([None, kind]))
    if draw(st.integers(0, 5)) == 0:
        return kind, "fil.xlsx", xlsx(header, rows), given_kind
    separator = draw(st.sampled_from([";", ",", "\t", "|"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    body = "\r\n" if draw(st.booleans()) else "\n"
    lines = [separator.join(quote(c, separator) for c in record) for record in [header, *rows]]
    data = body.join(lines).encode(encoding, errors="replace")
    if draw(st.integers(0, 20)) == 0:  # cut short, as a broken transfer
        data = data[: draw(st.integers(0, len(data)))]
    return kind, f"fil.{draw(st.sampled_from(['csv', 'txt']))}", data, given_kind


def quote(value: str, separator: str) -> str:
    if any(ch in value for ch in (separator, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def xlsx(header: list[str], rows: list[tuple]) -> bytes:
    """A workbook holding the table (control characters left out: Excel cannot hold them)."""
    book = openpyxl.Workbook()
    sheet = book.active
    for record in [header, *rows]:
        sheet.append([clean(v) for v in record])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def clean(value: str) -> str:
    return "".join(ch for ch in value if ord(ch) >= 32 or ch in "\t\n")[:32_000]


# Clean files: every row valid, every value chosen by Hypothesis, so that a good share of
# the examples is accepted and the rows written are checked against the file. Only the
# demo plan's own goals, measures, channels, owners and audiences are referred to; dates
# are drawn where the plan allows them (status after every measure's start, up to today).
HIS_GOALS = [f"his-g{i}" for i in range(1, 8)]
HIS_MEASURES = [f"his-t{i:02d}" for i in range(1, 21)]
HIS_CHANNELS = [
    "Internmøter", "E-post (intern)", "Nettside", "Sosiale kanaler", "Nyhetsbrev", "Teams",
    "Foredrag", "Arrangement og konferanser", "Personlige møter", "E-post", "Media",
]  # fmt: skip
HIS_OWNERS = ["Styret", "Administrerende direktør", "Kommunikasjonsansvarlig", "FoUI-leder"]
HIS_AUDIENCES = ["Ansatte", "Eiere", "Innbyggerne", "Helsetjenesten", "Næringsaktører"]
STATUS_WORDS = {
    "on_track": ["På sporet", "on track", "Grønn"], "at_risk": ["Risiko", "At risk", "gul"],
    "delayed": ["Forsinket", "Delayed"], "not_started": ["Ikke startet", "Not started"],
}  # fmt: skip
METRIC_WORDS = {m.id: [m.nb, m.en] for m in METRICS}
LETTERS = "abcdefghijklmnopqrstuvwxyzæøåéüABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789"
word = st.text(LETTERS, min_size=1, max_size=10)
words = st.lists(word, min_size=1, max_size=6).map(" ".join)
#: Status dates: after the latest start of any demo measure (01.11.2025), up to today.
STATUS_DAYS = st.dates(dt.date(2025, 11, 1), TODAY)
DAYS = st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31))


def day_text(day: dt.date, style: str) -> str:
    return day.strftime("%d.%m.%Y" if style == "dmy" else "%Y-%m-%d")


def number_text(tenths: int, mark: str) -> str:
    """A number given in tenths (12345 -> 1234,5), with the file's decimal mark."""
    whole, tenth = divmod(tenths, 10)
    return f"{whole}{mark}{tenth}" if tenth else str(whole)


@dataclass
class Clean:
    """One clean file's rows (canonical key -> cell text) and what each should become."""

    kind: str
    keys: list[str]
    rows: list[dict[str, str]]
    expected: list[dict]


@st.composite
def clean_rows(draw, kind: str) -> Clean:
    style = draw(st.sampled_from(["dmy", "dmy", "iso"]))
    mark = draw(st.sampled_from([",", "."]))
    keys, rows, expected = list(KEYS[kind]), [], []
    if kind == "status":
        picked = draw(
            st.lists(
                st.tuples(st.sampled_from(HIS_MEASURES), STATUS_DAYS),
                min_size=1,
                max_size=12,
                unique=True,
            )
        )
        scale = draw(st.sampled_from(["percent", "whole", "fraction"]))
        for measure, day in picked:
            status = draw(st.sampled_from(sorted(STATUS_WORDS)))
            progress = draw(st.integers(1, 99) if scale == "fraction" else st.integers(2, 100))
            shown = {
                "percent": f"{progress} %",
                "whole": str(progress),
                "fraction": f"0{mark}{progress:02d}",
            }[scale]
            comment, by = draw(words), draw(st.sampled_from(["", "Sekretariatet", "FoUI-leder"]))
            rows.append(
                {
                    "measure_id": measure,
                    "goal_view": "",
                    "title_view": "",
                    "date": day_text(day, style),
                    "status": draw(st.sampled_from(STATUS_WORDS[status])),
                    "progress": shown,
                    "comment": comment,
                    "reported_by": by,
                }
            )
            expected.append(
                {
                    "measure_id": measure,
                    "update_date": day,
                    "status": status,
                    "progress": float(progress),
                    "comment": comment,
                }
            )
    elif kind == "metrics":
        picked = draw(
            st.lists(
                st.tuples(
                    STATUS_DAYS,
                    st.sampled_from(HIS_CHANNELS),
                    st.sampled_from(sorted(METRIC_WORDS)),
                ),
                min_size=1,
                max_size=12,
                unique=True,
            )
        )
        for day, channel, metric in picked:
            tenths = draw(st.integers(0, 10**8))
            rows.append(
                {
                    "date": day_text(day, style),
                    "channel": channel,
                    "metric": draw(st.sampled_from(METRIC_WORDS[metric])),
                    "value": number_text(tenths, mark),
                    "audience": "",
                }
            )
            expected.append(
                {"channel": channel, "period_start": day, "metric": metric, "value": tenths / 10}
            )
    elif kind == "goals":
        ids = draw(
            st.lists(
                st.one_of(st.sampled_from(HIS_GOALS), st.integers(1, 60).map(lambda n: f"fz-g{n}")),
                min_size=1,
                max_size=6,
                unique=True,
            )
        )
        for goal in ids:
            title, description = draw(words), draw(words)
            rows.append({"plan": PLAN, "goal_id": goal, "title": title, "description": description})
            expected.append({"id": goal, "title": title, "description": description})
    elif kind == "measures":
        ids = draw(
            st.lists(
                st.one_of(
                    st.sampled_from(HIS_MEASURES), st.integers(1, 60).map(lambda n: f"fz-t{n}")
                ),
                min_size=1,
                max_size=6,
                unique=True,
            )
        )
        for measure in ids:
            start = draw(st.dates(dt.date(2024, 1, 1), dt.date(2025, 10, 31)))
            due = draw(st.dates(start, dt.date(2027, 12, 31)))
            goal, title, owner = (
                draw(st.sampled_from(HIS_GOALS)),
                draw(words),
                draw(st.sampled_from(HIS_OWNERS)),
            )
            channels = draw(st.lists(st.sampled_from(HIS_CHANNELS), max_size=3, unique=True))
            audiences = draw(st.lists(st.sampled_from(HIS_AUDIENCES), max_size=3, unique=True))
            weight = draw(st.integers(1, 50))  # tenths: 0,1 to 5
            rows.append(
                {
                    "measure_id": measure,
                    "goal_id": goal,
                    "title": title,
                    "owner": owner,
                    "channels": ", ".join(channels),
                    "audiences": ", ".join(audiences),
                    "start": day_text(start, style),
                    "due": day_text(due, style),
                    "weight": number_text(weight, mark),
                }
            )
            expected.append(
                {
                    "id": measure,
                    "goal_id": goal,
                    "title": title,
                    "owner": owner,
                    "start_date": start,
                    "due_date": due,
                    "weight": weight / 10,
                    "channels": sorted(channels),
                    "audiences": sorted(audiences),
                }
            )
    elif kind == "targets":
        picked = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(HIS_GOALS),
                    st.sampled_from(HIS_CHANNELS),
                    st.sampled_from(sorted(METRIC_WORDS)),
                    DAYS,
                ),
                min_size=1,
                max_size=6,
                unique_by=lambda r: r[:3],
            )
        )
        for goal, channel, metric, start in picked:
            end = draw(st.dates(start, dt.date(2028, 12, 31)))
            target, up = draw(st.integers(1, 10**7)), draw(st.booleans())
            direction = draw(st.sampled_from(["opp", "høyere", "up"] if up else ["ned", "down"]))
            rows.append(
                {
                    "goal_id": goal,
                    "channel": channel,
                    "metric": draw(st.sampled_from(METRIC_WORDS[metric])),
                    "period_start": day_text(start, style),
                    "period_end": day_text(end, style),
                    "target": number_text(target, mark),
                    "direction": direction,
                }
            )
            expected.append(
                {
                    "goal_id": goal,
                    "channel": channel,
                    "metric": metric,
                    "period_start": start,
                    "period_end": end,
                    "target": target / 10,
                    "direction": "up" if up else "down",
                }
            )
    else:  # owners, channels: new names, or the demo's own
        known = HIS_OWNERS if kind == "owners" else HIS_CHANNELS
        names = draw(
            st.lists(
                st.one_of(st.sampled_from(known), words.map(lambda w: f"Fz {w}")),
                min_size=1,
                max_size=6,
                unique_by=str.casefold,
            )
        )
        for name in names:
            if kind == "owners":
                email = draw(st.sampled_from(["", f"{draw(word).lower()}@example.no"]))
                rows.append({"name": name, "email": email})
                expected.append({"name": name, "email": email or None})
            else:
                internal = draw(st.booleans())
                rows.append({"name": name, "scope": "intern" if internal else "ekstern"})
                expected.append({"name": name, "scope": "internal" if internal else "external"})
    return Clean(kind, keys, rows, expected)


@st.composite
def clean_files(draw) -> tuple[str, str, bytes, str | None, Clean]:
    """A clean upload of any kind: its header in a template's language, CSV in cp1252,
    UTF-8 (with or without BOM) or UTF-16 with any separator, or .xlsx."""
    kind = draw(st.sampled_from(KIND_IDS))
    made = draw(clean_rows(kind))
    header = HEADERS[kind][draw(st.sampled_from(["nb", "nn", "en"]))]
    # a column the rows leave out (a parent goal, what a measure waits on) stays empty
    table = [[row.get(k, "") for k in made.keys] for row in made.rows]
    given_kind = draw(st.sampled_from([None, kind]))
    if draw(st.integers(0, 5)) == 0:
        return kind, "fil.xlsx", xlsx(header, table), given_kind, made
    separator = draw(st.sampled_from([";", ",", "\t", "|"]))
    encoding = draw(st.sampled_from(["cp1252", "utf-8", "utf-8-sig", "utf-16"]))
    body = "\r\n" if draw(st.booleans()) else "\n"
    lines = [separator.join(quote(c, separator) for c in record) for record in [header, *table]]
    return kind, "fil.csv", (body.join(lines) + body).encode(encoding), given_kind, made


#: Per kind: the query that reads back what a clean file's row became, keyed as its
#: expected values are (the newest row where several hold the key).
READ_BACK = {
    "status": (
        "SELECT status, progress, comment FROM status_update "
        "WHERE measure_id = $measure_id AND update_date = $update_date ORDER BY id DESC LIMIT 1"
    ),
    "metrics": (
        "SELECT cm.value FROM channel_metric cm JOIN channel c ON c.id = cm.channel_id "
        "WHERE c.name = $channel AND c.id LIKE 'his-%' AND cm.period_start = $period_start "
        "AND cm.metric = $metric AND cm.audience_id IS NULL ORDER BY cm.id DESC LIMIT 1"
    ),
    "goals": "SELECT plan_id, title, description FROM goal WHERE id = $id",
    "measures": (
        "SELECT m.goal_id, m.title, o.name AS owner, m.start_date, m.due_date, m.weight, "
        "list_sort(list(DISTINCT c.name) FILTER (c.name IS NOT NULL)) AS channels, "
        "list_sort(list(DISTINCT a.name) FILTER (a.name IS NOT NULL)) AS audiences "
        "FROM measure m JOIN owner o ON o.id = m.owner_id "
        "LEFT JOIN measure_channel mc ON mc.measure_id = m.id "
        "LEFT JOIN channel c ON c.id = mc.channel_id "
        "LEFT JOIN measure_audience ma ON ma.measure_id = m.id "
        "LEFT JOIN audience a ON a.id = ma.audience_id WHERE m.id = $id GROUP BY ALL"
    ),
    "targets": (
        "SELECT k.period_end, k.target, k.direction FROM goal_kpi k "
        "JOIN channel c ON c.id = k.channel_id WHERE k.goal_id = $goal_id AND c.name = $channel "
        "AND c.id LIKE 'his-%' AND k.metric = $metric AND k.period_start = $period_start"
    ),
    "owners": "SELECT email FROM owner WHERE name = $name AND id LIKE 'his-%'",
    "channels": "SELECT scope FROM channel WHERE name = $name AND id LIKE 'his-%'",
}
#: The key columns of each kind's expected rows (the rest is what the row must hold).
READ_BY = {
    "status": ("measure_id", "update_date"), "metrics": ("channel", "period_start", "metric"),
    "goals": ("id",), "measures": ("id",), "targets": ("goal_id", "channel", "metric",
    "period_start"), "owners": ("name",), "channels": ("name",),
}  # fmt: skip


def check_clean_rows(db: Database, clean: Clean) -> None:
    """Every row of an accepted clean file is in the database as the file said it."""
    for want in clean.expected:
        key = {k: want[k] for k in READ_BY[clean.kind]}
        found = db.sql(READ_BACK[clean.kind], key)
        assert len(found) == 1, (clean.kind, key)
        got = found.iloc[0].to_dict()
        for column, value in want.items():
            if column in key or (column == "email" and value is None):
                continue  # an empty e-mail cell leaves the one known alone
            if column == "plan_id":
                continue
            have = got[column]
            if isinstance(value, list):
                have = [] if have is None or (not len(have)) else list(have)
            elif isinstance(value, dt.date):
                have = pd.Timestamp(have).date()
            elif isinstance(value, float):
                assert have == pytest.approx(value), (clean.kind, key, column, have, value)
                continue
            assert have == value, (clean.kind, key, column, have, value)
        if clean.kind == "goals":
            assert got["plan_id"] == PLAN


@pytest.fixture(scope="module")
def fuzz_db(demo_template, tmp_path_factory):
    """One copy of the demo for the whole run: accepted uploads pile up, as in real use."""
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    shutil.copyfile(demo_template, path)
    database = Database.open(path)
    yield database
    database.close()


def check_one(
    db: Database,
    kind: str,
    name: str,
    data: bytes,
    given_kind,
    tally: Counter,
    before: dict,
    made: Clean | None = None,
) -> dict:
    """Preview then commit one file; assert the property; count the outcome.

    ``before`` is the digest of every table as the file arrives; returns it as the file
    leaves them (the next file's ``before``). ``made``: the rows of a clean file, which
    must be accepted and written as the file says.
    """
    upload = Upload(data, name, PLAN, given_kind, today=TODAY)
    result = preview(db, upload, by="fuzz")
    if made is not None:
        assert result.ok, (result.file_error, result.problems[:3], made.rows[:3])
    if not result.ok:  # one digest after the preview and the refused commit: neither wrote
        assert result.file_error is not None or result.problem_count > 0
        if result.file_error is not None:
            tally["refused_file"] += 1
            tally[f"file_error_{result.file_error.code}"] += 1
        else:
            tally["refused_rows"] += 1
        with pytest.raises(UploadRefused):
            commit(db, upload, by="fuzz")
        assert table_digests(db) == before, f"a refused {kind} upload changed the database"
        return before
    assert table_digests(db) == before, "a preview wrote to the database"
    done = commit(db, upload, by="fuzz")
    counts = done.preview.counts
    assert counts == result.counts  # what was written is what was previewed
    if done.batch_id is None:
        assert not counts["added"] and not counts["changed"]
        assert table_digests(db) == before
        tally["accepted_unchanged"] += 1
        return before
    tally["accepted"] += 1
    tally[f"accepted_{done.preview.kind}"] += 1
    batch = db.sql(
        "SELECT state, rows_added, rows_changed FROM import_batch WHERE id = $b",
        {"b": done.batch_id},
    ).iloc[0]
    assert batch["state"] == "committed"
    assert (batch["rows_added"], batch["rows_changed"]) == (counts["added"], counts["changed"])
    assert db.sql(load_sql("dangling_references"), {"batch": done.batch_id}).empty
    if done.preview.kind == "status":  # status updates are appended: one row per row of the file
        written = db.scalar(
            "SELECT count(*) FROM status_update WHERE import_batch_id = $b", {"b": done.batch_id}
        )
        assert written == counts["added"] + counts["changed"]
    if made is not None:
        check_clean_rows(db, made)
        tally["accepted_clean"] += 1
    after = table_digests(db)
    assert after != before
    return after


def run_fuzz(db: Database, profile: str, figure_name: str) -> None:
    tally: Counter = Counter()
    kinds: Counter = Counter()
    # The digest a file left the tables in is the next file's "before": nothing else
    # touches this database between two files. After a failed file it is taken anew.
    known: dict = {}
    cpu_began = time.process_time()

    @settings(settings.get_profile(profile))
    @given(st.one_of(files().map(lambda f: (*f, None)), clean_files()))
    def one_file(generated):
        kind, name, data, given_kind, made = generated
        kinds[f"{kind}{'-xlsx' if name.endswith('.xlsx') else ''}"] += 1
        tally["examples"] += 1
        tally["clean_files" if made is not None else "hostile_files"] += 1
        before = known.pop("digest", None) or table_digests(db)
        known["digest"] = check_one(db, kind, name, data, given_kind, tally, before, made)
        if tally["examples"] % PROGRESS_EVERY == 0:  # how far a long run has come (with -s)
            cpu = time.process_time() - cpu_began
            print(f"{figure_name}: {tally['examples']} files, {cpu:.0f} s CPU", file=sys.stderr)

    one_file()
    tally["failures"] = 0  # (reached only when every example held)
    tally["cpu_seconds"] = round(time.process_time() - cpu_began)
    report(
        figure_name, {**dict(sorted(tally.items())), "files_by_kind": dict(sorted(kinds.items()))}
    )
    assert tally["examples"] >= settings.get_profile(profile).max_examples // 2
    assert tally["accepted"] > 0 and tally["refused_rows"] > 0 and tally["refused_file"] > 0
    assert tally["accepted_clean"] > 0


def test_fuzzed_files_are_accepted_whole_or_refused_with_nothing_changed(fuzz_db):
    run_fuzz(fuzz_db, "planpuls-fuzz", "fuzz-import")


@pytest.mark.long
def test_fuzzed_files_long_run(fuzz_db):
    run_fuzz(fuzz_db, "planpuls-fuzz-long", "fuzz-import-long")


def test_a_cell_longer_than_the_csv_limit_is_refused_not_raised(fuzz_db):
    data = ("tiltak_id;dato;status;kommentar\nhis-t02;20.11.2026;Gul;" + "a" * HUGE_CELL).encode()
    before = table_digests(fuzz_db)
    result = preview(fuzz_db, Upload(data, "lang.csv", PLAN, today=TODAY))
    assert not result.ok
    assert table_digests(fuzz_db) == before
