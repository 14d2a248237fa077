"""Every page of the app on a PostgreSQL store (PLANPULS_DB=postgresql://…, issue 16):
it renders without an exception and shows the same key figures as on DuckDB."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dashboard import plans, queries
from dashboard.pg.database import PgDatabase
from dashboard.ui import frame, state
from tests.conftest import TODAY
from tests.helpers import PAGE_TITLES, metrics_by_label, plan_of_2026, run_page
from tests.pg import (  # noqa: F401 (fixtures)
    PgServer,
    _drop_database,
    _new_database,
    pg_demo_template,
    pg_empty_url,
    pg_server,
    pg_url,
)


def _settings(patch: pytest.MonkeyPatch, target: str) -> None:
    patch.setenv("PLANPULS_DB", target)
    patch.setenv("PLANPULS_DEMO", "1")
    patch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    patch.delenv("PLANPULS_LANG", raising=False)
    patch.delenv("PLANPULS_SECRET", raising=False)


def _close_the_apps_store() -> None:
    """Close the pool the app opened (its database is dropped next) and forget it."""
    state.shared_database().close()
    state._open_database.clear()


@pytest.fixture(scope="module")
def pg_app(pg_server: PgServer, pg_demo_template: str) -> Iterator[str]:  # noqa: F811
    """The demo in a PostgreSQL database of its own, for the module's page runs."""
    name = _new_database(pg_server, pg_demo_template)
    url = pg_url(pg_server, name, password="not-shown")
    yield url
    with pytest.MonkeyPatch.context() as patch:
        _settings(patch, url)
        _close_the_apps_store()
    _drop_database(pg_server, name)


def _figures(page: str) -> tuple[list[str], dict[str, str]]:
    at = run_page(page, role="admin")  # (no exception: run_page asserts it)
    return [t.value for t in at.title], metrics_by_label(at)


@pytest.mark.parametrize("page", [spec.path for spec in frame.PAGES])
def test_every_page_shows_the_same_figures_on_postgresql(module_demo_env, pg_app, page):
    with pytest.MonkeyPatch.context() as patch:
        _settings(patch, str(module_demo_env))
        duck_titles, duck_figures = _figures(page)
    with pytest.MonkeyPatch.context() as patch:
        _settings(patch, pg_app)
        assert isinstance(state.shared_database(), PgDatabase)
        pg_titles, pg_figures = _figures(page)
    if page in PAGE_TITLES:
        assert any(title.startswith(PAGE_TITLES[page]) for title in pg_titles), pg_titles
    assert pg_titles == duck_titles
    assert pg_figures == duck_figures
    if page == "pages/oversikt.py":  # the plan's headline figures, not an empty page
        assert len(pg_figures) >= 3, pg_figures


def test_an_empty_postgresql_database_gets_the_demo_on_start(pg_empty_url):  # noqa: F811
    with pytest.MonkeyPatch.context() as patch:
        _settings(patch, pg_empty_url)
        try:
            titles, figures = _figures("pages/oversikt.py")
            db = state.shared_database()
            assert db.schema_version() > 0 and not db.is_empty()
            assert "his-2025" in set(queries.plans(db)["id"])
            assert titles and figures
        finally:
            _close_the_apps_store()


def test_a_plan_made_on_another_replica_is_offered_at_the_next_rerun(
    pg_server,  # noqa: F811
    pg_demo_template,  # noqa: F811
):
    """The plan list is cached on the data version: a write through another process's
    store (a replica) raises it in the database, so this app's next run reads anew."""
    name = _new_database(pg_server, pg_demo_template)
    url = pg_url(pg_server, name)
    with pytest.MonkeyPatch.context() as patch:
        _settings(patch, url)
        other = PgDatabase.open(url)
        try:
            at = run_page("pages/oversikt.py")
            offered = at.selectbox(key="filter_plan").options
            assert not any("Replikaplan" in option for option in offered)
            plans.create_plan(other, plan_of_2026("replika-2026", "Replikaplan 2026"), by="x")
            at.run()
            assert not at.exception
            assert any("Replikaplan" in o for o in at.selectbox(key="filter_plan").options)
        finally:
            other.close()
            _close_the_apps_store()
    _drop_database(pg_server, name)


def test_an_unreachable_postgresql_database_is_said_on_the_page(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.helpers import ROOT

    monkeypatch.setattr("dashboard.pg.database.CONNECT_TIMEOUT", 1.0)
    with pytest.MonkeyPatch.context() as patch:
        _settings(patch, f"postgresql://u:hunter2@/none?host={tmp_path}&port=55431")
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    said = " ".join(e.value for e in at.error)
    assert "Får ikke kontakt med PostgreSQL-databasen" in said and "hunter2" not in said
