"""Pages whose cost does not grow with history: what is shown in part, what is cached,
and that nothing shown changes (see docs/performance.md)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import urllib.parse

import pandas as pd
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager

from dashboard import board, queries
from dashboard.i18n import Translator
from dashboard.ingest.pipeline import Upload, commit
from dashboard.meetings import all_meetings
from dashboard.ui import cached, history, sections, state
from tests.conftest import TODAY
from tests.helpers import metrics_by_label, run_page

NB = Translator("nb")


@pytest.fixture
def deferred(monkeypatch):
    """The callables behind deferred download buttons, by file id (run on click)."""
    files: dict[str, tuple[str, object]] = {}
    original = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        file_id = original(self, data_callable, mimetype, coordinates, file_name, **kw)
        files[file_id] = (file_name, data_callable)
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return files


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_every_committed_write_raises_the_data_version(db):
    before = db.version
    with db.write() as cur:
        cur.execute("INSERT INTO organisation (id, name) VALUES ('o', 'O')")
    assert db.version == before + 1
    with pytest.raises(RuntimeError), db.write() as cur:
        cur.execute("INSERT INTO organisation (id, name) VALUES ('p', 'P')")
        raise RuntimeError("rolled back")
    assert db.version == before + 1  # nothing committed, nothing to refresh


def test_a_page_shows_a_write_on_its_next_run_although_its_reads_are_cached(demo_env):
    at = run_page(plan="his-2025")
    done = int(metrics_by_label(at)["Fullført"])
    db = state.database()
    open_id = db.scalar(
        "SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id "
        "WHERE g.plan_id = 'his-2025' AND m.archived_at IS NULL "
        "AND m.id NOT IN (SELECT measure_id FROM status_update WHERE status = 'done') "
        "ORDER BY m.id LIMIT 1"
    )
    with db.write() as cur:
        cur.execute(
            "INSERT INTO status_update (measure_id, update_date, status, progress) "
            "VALUES ($m, $d, 'done', 100)",
            {"m": open_id, "d": TODAY},
        )
    at.run()
    assert int(metrics_by_label(at)["Fullført"]) == done + 1
    # the filters' choices are cached too (ui/state.vocabulary): a new goal is offered
    with db.write() as cur:
        cur.execute(
            "INSERT INTO goal (id, plan_id, title) VALUES ('his-ny', 'his-2025', 'Nytt mål')"
        )
    at.run()
    assert "Nytt mål" in at.selectbox(key="filter_goal").options


def _visitors_target_2026(at) -> tuple[str, str]:
    """The 2026 visitors target row on Kanaler: (the actual figure, the period) as shown."""
    table = next(df.value for df in at.dataframe if "Resultat" in df.value.columns)
    row = table[(table["Kanal"] == "Nettside") & table["Periode"].str.startswith("01.01.2026")]
    return row.iloc[0]["Resultat"], row.iloc[0]["Periode"]


def test_kanaler_shows_a_new_figure_on_its_next_run_although_its_reads_are_cached(demo_env):
    at = run_page("pages/kanaler.py", plan="his-2025", metric="visitors", role="admin")
    db = state.database()
    with_sql = (
        "SELECT sum(value) FROM channel_metric WHERE channel_id = 'his-nettside' "
        "AND metric = 'visitors' AND period_start BETWEEN DATE '2026-01-01' AND $today"
    )
    before = db.scalar(with_sql, {"today": TODAY})
    assert _visitors_target_2026(at)[0] == NB.number(before)
    metrics_before = set(at.selectbox(key="filter_metric").options)
    with db.write() as cur:
        cur.execute(
            "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value) "
            "VALUES ('his-nettside', DATE '2026-02-02', DATE '2026-02-02', 'visitors', 12345), "
            "('his-nettside', DATE '2026-02-02', DATE '2026-02-02', 'downloads', 7)"
        )
    at.run()
    assert not at.exception
    after = db.scalar(with_sql, {"today": TODAY})
    assert after == before + 12345
    assert _visitors_target_2026(at)[0] == NB.number(after)
    assert set(at.selectbox(key="filter_metric").options) - metrics_before == {"downloads"}


def test_channel_series_sums_the_organisations_figures_in_the_period(demo_db):
    """The series per month against a plain sum over the raw figures (flows summed, stocks
    their last value of the month), on every demo plan."""
    for plan in demo_db.sql("SELECT id, period_start, period_end FROM plan").itertuples():
        filters = queries.Filters(plan.id, plan.period_start.date(), plan.period_end.date())
        series = queries.channel_series(demo_db, filters, "month")
        raw = demo_db.sql(
            "SELECT cm.*, c.organisation_id FROM channel_metric cm "
            "JOIN channel c ON c.id = cm.channel_id "
            "JOIN plan p ON p.organisation_id = c.organisation_id AND p.id = $p "
            "WHERE cm.period_start BETWEEN $s AND $e",
            {"p": plan.id, "s": filters.start, "e": filters.end},
        )
        assert int(series["rows"].sum()) == len(raw)
        flows = raw[~raw["metric"].isin(["subscribers", "followers"])]
        shown = series[~series["metric"].isin(["subscribers", "followers"])]
        for metric, total in flows.groupby("metric")["value"].sum().items():
            assert shown.loc[shown["metric"] == metric, "value"].sum() == pytest.approx(total)


def test_kanaler_caches_the_shown_metric_s_rows_and_queries_the_series_once(demo_env, monkeypatch):
    """A cache hit on Kanaler copies the rows of the metric shown, not every metric's (the
    whole series grows with the channels' history): they are the whole series' rows of
    that metric, the series is queried once for every metric, and the note on demo figures
    still looks at all of them."""
    grains: list[str] = []
    real = queries.channel_series
    monkeypatch.setattr(
        queries, "channel_series", lambda db, f, grain: grains.append(grain) or real(db, f, grain)
    )
    at = run_page("pages/kanaler.py", plan="his-2025", metric="visitors")
    options = at.selectbox(key="filter_metric").options
    assert len(options) > 1
    at.selectbox(key="filter_metric").select_index(1).run()
    assert not at.exception
    assert grains == ["month"]  # the second metric's rows come from the cached series
    assert any(NB("common.illustrative") in c.value for c in at.caption)

    db = state.database()
    filters = queries.Filters("his-2025", dt.date(2025, 1, 1), TODAY)
    whole = real(db, filters, "month")
    for metric in whole["metric"].unique():
        rows = cached.channel_metric_series(db, filters, "month", metric)
        expected = whole[whole["metric"] == metric].reset_index(drop=True)
        pd.testing.assert_frame_equal(rows, expected)
    assert cached.channel_metric_series(db, filters, "month", None).empty
    assert cached.channel_series_illustrative(db, filters, "month") == bool(
        whole["illustrative"].any()
    )


def test_mal_lists_the_newest_updates_and_downloads_them_all(demo_env, deferred, monkeypatch):
    monkeypatch.setattr(sections, "HISTORY_ROWS", 5)
    at = run_page("pages/mal.py", plan="his-2025", goal="his-g6")
    db = state.database()
    plan = queries.plans(db).set_index("id").loc["his-2025"]
    filters = queries.Filters("his-2025", plan["period_start"], TODAY, goal_id="his-g6")
    total = len(queries.status_history(db, filters))
    assert total > 5
    expander = next(e for e in at.expander if e.label.startswith("Statushistorikk"))
    assert expander.label == f"Statushistorikk ({total})"
    assert any(f"5 nyeste av {total}" in c.value for c in at.caption)
    table = expander.dataframe[0].value
    assert len(table) == 5
    newest = db.sql(
        "SELECT max(update_date) FROM status_update su JOIN measure m ON m.id = su.measure_id "
        "WHERE m.goal_id = 'his-g6' AND m.archived_at IS NULL AND update_date <= $d",
        {"d": TODAY},
    ).iloc[0, 0]
    assert table["Dato"].iloc[0] == NB.date(newest)
    button = next(
        b for b in at.get("download_button") if b.proto.id.endswith("dl_csv_statushistorikk")
    )
    name, make = deferred[button.proto.deferred_file_id]
    assert name == "statushistorikk.csv"
    rows = _csv_rows(make())
    assert len(rows) == total + 1  # header and every update


def test_importhistorikk_lists_a_page_of_batches_and_shows_more(demo_env, monkeypatch):
    monkeypatch.setattr(history, "PAGE_ROWS", 2)
    run_page()  # loads the demo (one batch)
    db = state.database()
    with db.write() as cur:
        for i in range(3):
            cur.execute(
                "INSERT INTO import_batch (created_by, file_name, kind) "
                "VALUES ('sekretariatet', $f, 'status')",
                {"f": f"status-{i}.csv"},
            )
    at = run_page("pages/importhistorikk.py", role="secretariat")
    table = at.dataframe[0].value
    assert table["Fil"].tolist() == ["status-2.csv", "status-1.csv"]
    assert any("2 nyeste av 4" in c.value for c in at.caption)
    at.button(key="history_more").click().run()
    assert len(at.dataframe[0].value) == 4
    assert not any("nyeste av" in c.value for c in at.caption)


def _old_reminder_link(recipients, owners, plan_name, since, t):
    """The reminder link as first written: the body quoted again for every line cut."""
    subject = t("stale.mail_subject", plan=plan_name)
    lines = [t("stale.mail_intro", since=since, plan=plan_name), ""]
    for row in owners.itertuples():
        lines.append(f"{row.owner}:")
        lines += [f"  - {title}" for title in row.measures]
    lines += ["", t("stale.mail_close", statuses=board.reminder_statuses(t))]
    to = ",".join(urllib.parse.quote(r, safe="@") for r in recipients)

    def link(text):
        quote = lambda s, *a, **k: urllib.parse.quote(s, safe="")  # noqa: E731
        return f"mailto:{to}?" + urllib.parse.urlencode(
            {"subject": subject, "body": text}, quote_via=quote
        )

    url = link("\n".join(lines))
    while len(url) > board.MAILTO_LIMIT and len(lines) > 3:
        lines = [*lines[:-4], "  …", "", lines[-1]]
        url = link("\n".join(lines))
    return url


@pytest.mark.parametrize("count", [0, 1, 5, 20, 21, 60, 400])
def test_reminder_links_are_cut_where_they_always_were(count):
    import pandas as pd

    owners = pd.DataFrame(
        {
            "owner": ["Kommunikasjonsrådgiver", "Fagleder æøå"],
            "measures": [
                [f"Tiltak {i} – «nyhetsbrev» & møte" for i in range(count)],
                [f"Oppfølging {i}" for i in range(count // 2)],
            ],
        }
    )
    for who in ([], ["a@b.no", "c@d.no"]):
        new = board.reminder_link(who, owners, "Plan", "14.11.2026", NB)
        assert new == _old_reminder_link(who, owners, "Plan", "14.11.2026", NB)
        assert len(new) <= board.MAILTO_LIMIT or count == 400


def test_owner_workload_counts_as_the_plain_loop_did(demo_db):
    from dashboard import metrics
    from dashboard.labels import CLOSED_STATUSES, OPEN_STATUS_IDS

    for plan_id in ("his-2025", "ho21-2020", "tynset-2025"):
        for end in (TODAY, dt.date(2025, 9, 1)):
            filters = queries.Filters(plan_id, dt.date(2020, 1, 1), end)
            states = queries.measure_states(demo_db, filters)
            workload = queries.owner_workload(states, end).set_index("owner")
            for owner, group in states.groupby("owner"):
                shown = workload.loc[owner]
                open_group = group[~group["status"].isin(CLOSED_STATUSES)]
                assert shown["open"] == len(open_group)
                for status_id in OPEN_STATUS_IDS:
                    assert shown[status_id] == (open_group["status"] == status_id).sum()
                assert shown["overdue"] == open_group["overdue"].sum()
                for days in metrics.DUE_HORIZONS:
                    due = [
                        d
                        for d in open_group["due_date"]
                        if not pd_isna(d) and end <= d.date() <= end + dt.timedelta(days=days)
                    ]
                    assert shown[f"due_{days}"] == len(due)
                assert shown["done"] == (group["status"] == "done").sum()


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def test_a_long_list_shows_its_first_rows_and_all_of_them_on_a_click(
    demo_env, deferred, monkeypatch
):
    monkeypatch.setattr(sections, "LIST_ROWS", 2)
    at = run_page()  # Oversikt
    heading = next(s.value for s in at.subheader if s.value.startswith("Forfalte tiltak"))
    total = int(heading.rsplit("(", 1)[1].rstrip(")"))
    assert total > 2
    # the first list of measures on the page (the goal and forecast tables come before it)
    overdue = next(d.value for d in at.dataframe if {"Tiltak", "Frist"} <= set(d.value.columns))
    assert len(overdue) == 2
    assert any(
        c.value == f"Viser de 2 første av {total}. Nedlastingene har alle." for c in at.caption
    )
    button = next(
        b for b in at.get("download_button") if b.proto.id.endswith("dl_csv_forfalte-tiltak")
    )
    name, make = deferred[button.proto.deferred_file_id]
    rows = _csv_rows(make())
    assert (name, len(rows)) == ("forfalte-tiltak.csv", total + 1)  # header and every one
    at = next(b for b in at.button if b.label == f"Vis alle {total}").click().run()
    every = next(d.value for d in at.dataframe if {"Tiltak", "Frist"} <= set(d.value.columns))
    assert len(every) == total
    assert every["Tiltak"].tolist()[:2] == overdue["Tiltak"].tolist()
    assert every["Tiltak"].tolist() == [row[1] for row in rows[1:]]


def test_presentasjon_reads_the_targets_oversikt_read_from_the_cache(demo_env, monkeypatch):
    """The board's outcome figures come through the cache Oversikt and Mål fill: after a
    visit to Oversikt, Presentasjon's live board runs no query for the targets."""
    from dashboard.db import Database

    asked: list[dict] = []
    real = Database.query

    def query(db, name, **params):
        if name == "goal_kpis":
            asked.append(params)
        return real(db, name, **params)

    monkeypatch.setattr(Database, "query", query)
    run_page("pages/oversikt.py", plan="his-2025")
    assert len(asked) == 1 and asked[0]["as_of"] == TODAY
    at = run_page("pages/presentasjon.py", plan="his-2025")
    assert len(asked) == 1
    assert "resultatmål" in " ".join(m.value for m in at.markdown).lower()


def test_presentasjon_builds_its_board_once_for_every_session_until_a_write(demo_env, monkeypatch):
    """The board is cached on the data version across sessions (every key press reruns the
    page, and the board's members follow the same screens): a second visitor and the next
    screen get it without a build, and the next run after an upload shows the new figures.
    (Rapport's report likewise: tests/test_reports.py.)"""
    built: list[str] = []
    real = board.for_date
    monkeypatch.setattr(board, "for_date", lambda *a, **k: built.append("board") or real(*a, **k))
    first = run_page("pages/presentasjon.py", plan="his-2025")
    second = run_page("pages/presentasjon.py", plan="his-2025")  # another session
    second.button(key="present_next").click().run()
    assert len(built) == 1

    def cover(at) -> str:
        return " ".join(m.value for m in at.markdown)

    assert cover(run_page("pages/presentasjon.py", plan="his-2025")) == cover(first)

    db = state.database()
    before = NB.percent(real(db, "his-2025", TODAY).progress())
    assert f'<div class="big cover-big">{before}</div>' in cover(first)
    ids = db.sql("SELECT m.id FROM measure m WHERE m.goal_id = 'his-g1' ORDER BY m.id")["id"]
    rows = "".join(f"{i};{TODAY:%d.%m.%Y};Ferdig;100\n" for i in ids)
    commit(db, Upload(f"tiltak_id;dato;status;fremdrift\n{rows}".encode(), "s.csv", "his-2025",
                      today=TODAY), by="test")  # fmt: skip
    first.run()
    assert len(built) == 2
    now = NB.percent(real(db, "his-2025", TODAY).progress())
    assert now != before
    assert f'<div class="big cover-big">{now}</div>' in cover(first)


def test_rapport_shows_a_long_goal_list_in_part_and_all_of_it_on_a_click(demo_env, monkeypatch):
    """A goal of a region's plan has a hundred measures: the preview shows the first rows of
    its lists (the report files hold them all) and every row on a click."""
    from dashboard import reports

    monkeypatch.setattr(sections, "LIST_ROWS", 2)
    at = run_page("pages/rapport.py", plan="his-2025")
    db = state.database()
    last = all_meetings(db, "his-2025")[-1]
    report = reports.report_for(db, "his-2025", NB, meeting=last, generated=TODAY)
    goal = next(g for g in report.goals if len(g.measures.rows) > 2)
    titles = [row[0] for row in goal.measures.rows]
    shown = [d.value for d in at.dataframe if d.value.columns[0] == NB("col.measure")]
    first = next(frame for frame in shown if frame.iloc[:, 0].tolist() == titles[:2])
    assert len(first) == 2
    total = len(titles)
    assert any(
        c.value == f"Viser de 2 første av {total}. Word- og PDF-rapporten har alle."
        for c in at.caption
    )
    at.button(key=f"show_all_report_measures_{goal.goal_id}_button").click().run()
    assert not at.exception
    shown = [d.value for d in at.dataframe if d.value.columns[0] == NB("col.measure")]
    assert any(frame.iloc[:, 0].tolist() == titles for frame in shown)
