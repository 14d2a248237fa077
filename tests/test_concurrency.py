"""Readers and uploaders at once on the one Database the app shares across sessions.

The Streamlit server keeps one Database per file (dashboard/ui/state.py) and every
session's script runs in its own thread: while some people read the pages, others
upload. Here 10 reader threads run the pages' queries (Oversikt, Mål, Ansvarlige,
Kanaler) in a loop beside 3 uploader threads committing status files through the
import pipeline. No thread may see an error, every upload must become one whole
batch, and a reader must never see the plan's status updates go backwards.

Each thread stands for one session of the app (a person on a page); the test reports how
many sessions it ran, how many page reads and SQL queries the readers made (every query
opens a cursor of the shared Database: those the reader threads opened are counted), and
that none of them failed.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections import Counter
from contextlib import contextmanager

from dashboard import queries
from dashboard.ingest.pipeline import Upload, commit
from dashboard.queries import Filters
from tests.conftest import TODAY
from tests.figures import report

PLAN = "his-2025"
READERS = 10
UPLOADERS = 3
UPLOADS_EACH = int(os.environ.get("PLANPULS_CONCURRENT_UPLOADS", "2"))
ROWS = 100


def status_file(measures: list[str], uploader: int, number: int) -> bytes:
    """ROWS status updates, unique to this uploader and upload (one per measure and day)."""
    start = dt.date(2025, 2, 1) + dt.timedelta(days=(uploader * UPLOADS_EACH + number) * 20)
    lines = ["tiltak_id;dato;status;fremdrift;kommentar"]
    for i in range(ROWS):
        day = start + dt.timedelta(days=i // len(measures))
        lines.append(f"{measures[i % len(measures)]};{day:%d.%m.%Y};Gul;{i % 100} %;u{uploader}")
    return "\n".join(lines).encode()


def read_pages(db, filters: Filters) -> int:
    """What the pages ask for on each run; returns the plan's number of status updates.

    (Not goal_progress_over_time: at about 2 s a call it would make this test slow.)
    """
    queries.plans(db)
    queries.goals(db, PLAN)
    queries.owners(db, PLAN)
    queries.channels(db, PLAN)
    states = queries.measure_states(db, filters)
    queries.goal_summary(db, filters, states)
    queries.owner_workload(states, filters.end)
    queries.channel_series(db, filters, "month")
    queries.goal_kpis(db, filters)
    return len(queries.status_history(db, filters))


def test_ten_readers_beside_three_uploaders_see_no_error_and_every_batch_is_whole(demo_db):
    db = demo_db  # one Database, shared by every thread, as in the app
    measures = db.sql(
        "SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id "
        "WHERE g.plan_id = $p ORDER BY m.id",
        {"p": PLAN},
    )["id"].tolist()
    filters = Filters(PLAN, dt.date(2025, 1, 1), TODAY)
    cursors: Counter[int] = Counter()  # cursors opened (queries run), by thread
    open_cursor = db.cursor

    @contextmanager
    def counted_cursor():
        cursors[threading.get_ident()] += 1  # (each thread only adds to its own count)
        with open_cursor() as cur:
            yield cur

    db.cursor = counted_cursor  # every query of the Database opens one
    errors: list[BaseException] = []
    batches: list[tuple[int, int]] = []
    reads = [0] * READERS
    uploads_done = threading.Event()
    lock = threading.Lock()
    start = threading.Barrier(READERS + UPLOADERS)
    during = [0] * READERS  # page reads begun while uploads were still running

    def reader(index: int) -> None:
        seen = 0
        try:
            start.wait()
            while reads[index] < 2 or not uploads_done.is_set():  # until every upload is in
                uploading = not uploads_done.is_set()
                count = read_pages(db, filters)
                assert count >= seen, f"status updates went from {seen} to {count}"
                seen = count
                reads[index] += 1
                during[index] += uploading
        except BaseException as exc:
            with lock:
                errors.append(exc)

    def uploader(index: int) -> None:
        try:
            start.wait()
            for number in range(UPLOADS_EACH):
                data = status_file(measures, index, number)
                name = f"status-{index}-{number}.csv"
                done = commit(db, Upload(data, name, PLAN, today=TODAY), by=f"u{index}")
                with lock:
                    counts = done.preview.counts
                    batches.append((done.batch_id, counts["added"] + counts["changed"]))
        except BaseException as exc:
            with lock:
                errors.append(exc)

    readers = [threading.Thread(target=reader, args=(i,)) for i in range(READERS)]
    uploaders = [threading.Thread(target=uploader, args=(i,)) for i in range(UPLOADERS)]
    for thread in readers + uploaders:
        thread.start()
    for thread in uploaders:
        thread.join(timeout=600)
    uploads_done.set()
    for thread in readers:
        thread.join(timeout=600)

    assert errors == [], [repr(e) for e in errors]
    assert len(batches) == UPLOADERS * UPLOADS_EACH
    assert all(batch is not None and written == ROWS for batch, written in batches)
    found = db.sql(
        "SELECT import_batch_id AS b, count(*) AS n FROM status_update "
        "WHERE import_batch_id IN (SELECT unnest($ids::BIGINT[])) GROUP BY ALL",
        {"ids": [b for b, _ in batches]},
    )
    assert sorted(found["n"].tolist()) == [ROWS] * len(batches)
    assert min(reads) >= 2 and sum(during) >= READERS
    reader_queries = sum(cursors[thread.ident] for thread in readers if thread.ident)
    assert reader_queries >= 8 * sum(reads)  # eight of the calls above ask the database
    report(
        "concurrency",
        {
            "sessions": READERS + UPLOADERS,
            "reader_threads": READERS,
            "uploader_threads": UPLOADERS,
            "queries_by_readers": reader_queries,
            "uploads": len(batches),
            "rows_per_upload": ROWS,
            "page_reads": sum(reads),
            "page_reads_begun_during_uploads": sum(during),
            "errors": len(errors),
            "batches_whole": len(found),
        },
    )
