"""Helpers the test modules share: running a page, the CLI, reading what a page shows.

Kept here, not in one test module imported by others (pytest fixtures: conftest.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import subprocess
import sys
import warnings
from html.parser import HTMLParser
from pathlib import Path

from starlette.applications import Starlette
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.testing.v1 import AppTest

from dashboard import auth, meetings, plans, reports, server
from dashboard.cli import main as cli_main
from dashboard.inert import plain
from dashboard.labels import DISPLAY_STATUS_IDS
from dashboard.ui import state
from tests.conftest import TODAY, copy_of_demo

with warnings.catch_warnings():  # "install httpx2": the installed httpx works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent


def _seeds_dir() -> Path | None:
    """The real documents (``shared/seeds``) beside the checkout or beside one of its
    parents (a worktree, a clone in a temporary folder); None on a machine without them."""
    for folder in (ROOT, *ROOT.parents):
        if (folder / "shared" / "seeds").is_dir():
            return folder / "shared" / "seeds"
    return None


#: Where the seed documents are, or None (the tests that read them skip).
SEEDS = _seeds_dir()


REFUSED = ("krever innlogging", "ikke tilgang")


PAGE_TITLES = {
    "pages/oversikt.py": "Oversikt",
    "pages/mal.py": "Mål:",
    "pages/ansvarlige.py": "Ansvarlige",
    "pages/kanaler.py": "Kanaler",
    "pages/rapport.py": "Rapport",
    "pages/last_opp.py": "Last opp",
    "pages/importhistorikk.py": "Importhistorikk",
    "pages/kom_i_gang.py": "Kom i gang",
    "pages/brukere.py": "Brukere",
    "pages/logg_inn.py": "Logg inn",
    "pages/rapporter_status.py": "Rapporter status",  # opens for anyone; a link shows measures
}


def refused(at) -> bool:
    """The page said no: "not allowed", or the sign-in form in its place."""
    said = [*at.warning, *at.info]
    return any(any(word in w.value for word in REFUSED) for w in said)


def cli_here(*args: str, stdin: str = "", env: dict[str, str] | None = None):
    """``python -m dashboard ARGS`` run in this process, answered as ``subprocess.run``
    answers (exit code, stdout, stderr): the same ``main`` the entry point calls, without
    a second of imports per command. ``run_cli_process`` is the real entry point, for
    the few tests that prove it (exit codes, no traceback) or need another process.
    """
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.chdir(ROOT))
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        saved_stdin, saved_env = sys.stdin, dict(os.environ)
        sys.stdin = io.StringIO(stdin)
        os.environ.update(env or {})
        try:
            code = cli_main(list(args))
        except SystemExit as exit_:  # (main answers argparse's own; anything else too)
            code = exit_.code if isinstance(exit_.code, int) else 1
        finally:
            sys.stdin = saved_stdin
            os.environ.clear()
            os.environ.update(saved_env)
    return subprocess.CompletedProcess(["dashboard", *args], code, out.getvalue(), err.getvalue())


def cli(*args, stdin: str = "", db_path=None):
    return cli_here(*args, "--db", str(db_path), stdin=stdin)


TABLES = (
    "organisation", "plan", "owner", "channel", "audience", "goal", "goal_kpi", "measure",
    "measure_channel", "measure_audience", "status_update", "channel_metric", "import_batch",
    "batch_change",
)  # fmt: skip


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table, comparable before and after (tests/test_ingest.py's helper,
    with the rows as DuckDB returns them, sorted, which is several times faster)."""
    with db.cursor() as cur:
        # table names from the constant above
        return {table: cur.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
                for table in TABLES}  # fmt: skip


# One row per measure as the database has it on $d (staleness after $cadence days),
# written independently of dashboard/sql and dashboard/metrics.
LIVE_STATES = """
WITH latest AS (
    SELECT measure_id, status, progress, update_date FROM status_update WHERE update_date <= $d
    QUALIFY row_number() OVER (PARTITION BY measure_id ORDER BY update_date DESC, id DESC) = 1
)
SELECT m.id, m.title, m.goal_id, g.title AS goal_title, g.sort_order AS goal_order, m.weight,
       coalesce(l.progress, 0) AS progress,
       CASE WHEN coalesce(l.status, 'not_started') NOT IN ('done', 'cancelled')
             AND greatest(coalesce(l.update_date, m.start_date), m.start_date)
                 < $d - $cadence::INTEGER
            THEN 'stale' ELSE coalesce(l.status, 'not_started') END AS status
FROM measure m JOIN goal g ON g.id = m.goal_id
LEFT JOIN latest l ON l.measure_id = m.id
WHERE g.plan_id = $p
ORDER BY g.sort_order, g.id, m.sort_order, m.id
"""


# The same columns from a meeting's stored snapshot.
MEETING_STATES = """
SELECT mm.measure_id AS id, mm.title, mm.goal_id, mg.title AS goal_title,
       mg.sort_order AS goal_order, mm.weight, mm.progress, mm.status
FROM meeting_measure mm
JOIN meeting_goal mg ON mg.meeting_id = mm.meeting_id AND mg.goal_id = mm.goal_id
JOIN meeting m ON m.id = mm.meeting_id
WHERE m.plan_id = $p AND m.name = $name
ORDER BY mm.sort_order
"""


PER_GOAL = """
SELECT goal_id, goal_title, goal_order,
       sum(CASE status WHEN 'cancelled' THEN 0 WHEN 'done' THEN 100 * weight
                       ELSE progress * weight END)
         / nullif(sum(CASE WHEN status = 'cancelled' THEN 0 ELSE weight END), 0) AS progress,
       count(*) AS measures,
       {counts}
FROM states GROUP BY ALL ORDER BY goal_order, goal_id
""".format(counts=", ".join(f"count(*) FILTER (status = '{s}') AS {s}" for s in DISPLAY_STATUS_IDS))


def expected(db, plan_id: str, *, meeting: str | None = None, as_of=None, cadence=60):
    """(measures, goals) as the database holds them for the report's date."""
    if meeting:
        states = db.sql(MEETING_STATES, {"p": plan_id, "name": meeting})
    else:
        states = db.sql(LIVE_STATES, {"p": plan_id, "d": as_of, "cadence": cadence})
    with db.cursor() as cur:
        cur.register("states", states)
        goals = cur.execute(PER_GOAL).df()
    goals["progress"] = goals["progress"].astype(object).where(goals["progress"].notna(), None)
    return states, goals


def make(db, plan_id, meeting, as_of, t, fmt):
    found = meetings.find(db, plan_id, meeting) if meeting else None
    report = reports.report_for(db, plan_id, t, meeting=found, as_of=as_of, generated=TODAY)
    name, data = reports.render(report, fmt)
    return report, name, data


def client(db) -> TestClient:
    """The server's routes over ``db``, as app.py mounts them."""
    return TestClient(Starlette(routes=server.routes(lambda: db)), follow_redirects=False)


class _Text(HTMLParser):
    """The text a reader sees (style and script content left out)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(body: str) -> str:
    parser = _Text()
    parser.feed(body)
    return " ".join(" ".join(parser.parts).split())


PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py"))


# What Streamlit renders as Markdown: bodies, and labels and help texts of widgets.
_BODIES = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error",
           "success", "toast")  # fmt: skip


_LABELLED = ("expander", "checkbox", "button", "metric", "tabs", "radio", "toggle", "text_input",
             "selectbox", "multiselect", "download_button", "status", "popover")  # fmt: skip


def markdown_texts(at) -> list[tuple[str, str, bool]]:
    """Every text of the page Streamlit parses as Markdown: (where, text, HTML allowed)."""
    found = []
    for kind in _BODIES:
        for element in at.get(kind):
            allow = bool(getattr(element.proto, "allow_html", False))
            found.append((kind, str(element.value), allow))
    for kind in _LABELLED:
        for element in at.get(kind):
            proto = element.proto
            for field in ("label", "help"):
                value = getattr(proto, field, "")
                if value:
                    found.append((f"{kind}.{field}", str(value), False))
            options = getattr(proto, "options", []) if kind == "radio" else []
            found.extend(("radio.option", str(option), False) for option in options)
    return found


def figures(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def vega_charts(at) -> list[dict]:
    """The page's Vega-Lite charts (dashboard/chart_vega.py) as specs, their rows back in
    ``data.values`` (Streamlit sends the rows apart, as an Arrow table)."""
    charts = []
    for chart in at.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        rows = convert_arrow_bytes_to_pandas_df(chart.proto.data.data)
        rows = rows.astype(object).where(rows.notna(), None)  # no hover: None, not NaN
        spec["data"] = {"values": rows.to_dict("records")}
        charts.append(spec)
    return charts


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The command line in this process (see ``cli_here``)."""
    return cli_here(*args)


def run_cli_process(*args: str) -> subprocess.CompletedProcess:
    """``python -m dashboard ARGS`` as a process of its own: the real entry point."""
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def demo_file(tmp_path, demo_template):
    """A database file holding the demo: a copy of the session's template (the `demo`
    command itself is tested above; tests/test_demo.py checks a copy equals a load)."""
    return copy_of_demo(demo_template, tmp_path / "p.duckdb")


def import_cli(path, file, *args):
    """``python -m dashboard import FILE`` into the demo plan (in this process)."""
    env_args = ("--db", str(path), "--plan", "his-2025")
    return cli_here("import", str(file), *env_args, *args, env={"PLANPULS_TODAY": "2026-11-23"})


def upload_page(**query):
    return run_page("pages/last_opp.py", role="secretariat", **query)


# Written independently of dashboard/sql, so the page is checked against the data.
LATEST_SQL = """
WITH latest AS (
    SELECT measure_id, status FROM status_update WHERE update_date <= $d
    QUALIFY row_number() OVER (PARTITION BY measure_id ORDER BY update_date DESC, id DESC) = 1
)"""


OVERDUE_SQL = (
    LATEST_SQL
    + """
SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id
LEFT JOIN latest l ON l.measure_id = m.id
WHERE g.plan_id = $p AND m.due_date < $d
  AND coalesce(l.status, 'not_started') NOT IN ('done', 'cancelled')
ORDER BY m.id
"""
)


def run_page(page: str | None = None, *, role: str | None = None, **query) -> AppTest:
    """Run the app on a page; with ``role``, signed in as a user with that role."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(query)
    if role is not None:
        sign_in_as(at, role)
    if page:
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def sign_in_as(at: AppTest, role: str) -> str:
    """Create a user with ``role`` (once) and sign this AppTest session in as that user."""
    db = state.database()
    name = f"test-{role}"
    if db.scalar("SELECT count(*) FROM app_user WHERE name = $n", {"n": name}) == 0:
        auth.add_user(db, name, role, "et-langt-testpassord", by="test")
    at.session_state["_planpuls_user"] = (name, "local", auth.start_session(db, name))
    return name


def metrics_by_label(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def texts(at: AppTest) -> str:
    parts = [e.value for e in (*at.title, *at.header, *at.subheader, *at.markdown, *at.caption)]
    return "\n".join(plain(p) for p in parts)  # as read: Markdown escapes taken out


#: Activity: weighted mean of the measures' latest progress (done = 100, cancelled left
#: out), as of the page's date; outcome: the mean of the capped share of each target on
#: an out-take/outcome/impact metric (all of his-g1's: visitors) that has a figure.
ACTIVITY_SQL = """
WITH latest AS (
    SELECT m.id, m.goal_id, m.weight,
           arg_max(s.status, s.update_date) AS status, arg_max(s.progress, s.update_date) AS p
    FROM measure m LEFT JOIN status_update s ON s.measure_id = m.id AND s.update_date <= $as_of
    WHERE m.archived_at IS NULL GROUP BY ALL
)
SELECT sum(CASE WHEN status = 'done' THEN 100 ELSE coalesce(p, 0) END * weight) / sum(weight)
FROM latest WHERE goal_id = $g AND coalesce(status, '') <> 'cancelled' AND weight > 0
"""
OUTCOME_SQL = """
WITH a AS (
    SELECT k.target, (SELECT sum(value) FROM channel_metric cm
                      WHERE cm.channel_id = k.channel_id AND cm.metric = k.metric
                        AND cm.period_start BETWEEN k.period_start
                                                AND least(k.period_end, $as_of)) AS actual
    FROM goal_kpi k WHERE k.goal_id = $g
)
SELECT avg(least(100.0, 100.0 * actual / target)) FROM a WHERE actual IS NOT NULL
"""


def plan_of_2026(plan_id: str, name: str, **more) -> plans.NewPlan:
    """A new plan for 2026 in a demo organisation."""
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    return plans.NewPlan(plan_id, name, "Helse Innlandet", start, end, **more)
