"""What the pages read most, cached across sessions and reruns until the data changes.

Each cache is keyed on the database file and its version, which every committed
write raises (:attr:`dashboard.db.Database.version`): an upload, an undo or an
edit is seen by the very next run of every session. The server holds one copy per
key for all sessions (``st.cache_data`` hands each caller its own copy), so no
session keeps large frames of its own. The reporting cadence setting is part of the
key, since staleness depends on it.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import coverage as coverage_core
from dashboard import queries, settings
from dashboard.db import Database
from dashboard.queries import Filters

#: Entries per cache; a key is a (file, version, view) triple, so old ones age out.
_ENTRIES = 64


def data_key(db: Database) -> tuple[str, int, int | None]:
    """The key every cache here shares (file, data version, cadence setting); a page that
    caches what it builds from such reads (Rapport's report, Presentasjon's board) keys it
    on this too."""
    try:
        cadence = settings.cadence_days()
    except ValueError:
        cadence = None  # the query says what is wrong, if it needs the setting
    return db.path, db.version, cadence


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _measure_states(
    _db: Database, key: tuple[str, int, int | None], filters: Filters, as_of: dt.date | None
) -> pd.DataFrame:
    return queries.measure_states(_db, filters, as_of=as_of)


def measure_states(db: Database, filters: Filters, *, as_of: dt.date | None = None):
    """:func:`dashboard.queries.measure_states`, cached on the data version."""
    return _measure_states(db, data_key(db), filters, as_of)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _progress_over_time(_db: Database, key: tuple[str, int, int | None], filters: Filters):
    return queries.goal_progress_over_time(_db, filters)


def goal_progress_over_time(db: Database, filters: Filters) -> pd.DataFrame:
    """:func:`dashboard.queries.goal_progress_over_time`, cached on the data version."""
    return _progress_over_time(db, data_key(db), filters)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _channel_series(_db: Database, key: tuple[str, int, int | None], filters: Filters, grain: str):
    return queries.channel_series(_db, filters, grain)


def channel_series(db: Database, filters: Filters, grain: str) -> pd.DataFrame:
    """:func:`dashboard.queries.channel_series`, cached on the data version."""
    return _channel_series(db, data_key(db), filters, grain)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _metric_series(
    _db: Database, key: tuple[str, int, int | None], filters: Filters, grain: str, metric: str
) -> pd.DataFrame:
    series = _channel_series(_db, key, filters, grain)
    return series[series["metric"] == metric].reset_index(drop=True)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _series_illustrative(
    _db: Database, key: tuple[str, int, int | None], filters: Filters, grain: str
) -> bool:
    series = _channel_series(_db, key, filters, grain)
    return "illustrative" in series.columns and bool(series["illustrative"].any())


def channel_series_illustrative(db: Database, filters: Filters, grain: str) -> bool:
    """Whether any figure of :func:`channel_series` is generated demo data, cached on the
    data version (a flag, not the whole series, is what a hit copies)."""
    return _series_illustrative(db, data_key(db), filters, grain)


def channel_metric_series(
    db: Database, filters: Filters, grain: str, metric: str | None
) -> pd.DataFrame:
    """The rows of one metric in :func:`channel_series` (none without a metric), cached on
    the data version. Kanaler draws one metric at a time: a hit copies that metric's rows
    only, not every metric's (st.cache_data copies a value on every hit, and the whole
    series grows with the channels' history: 3 MB on the XL benchmark's largest plan)."""
    if metric is None:
        return _channel_series(db, data_key(db), filters, grain).iloc[0:0]
    return _metric_series(db, data_key(db), filters, grain, metric)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _metric_ids(_db: Database, key: tuple[str, int, int | None], plan_id: str) -> list[str]:
    return queries.metric_ids(_db, plan_id)


def metric_ids(db: Database, plan_id: str) -> list[str]:
    """:func:`dashboard.queries.metric_ids`, cached on the data version."""
    return _metric_ids(db, data_key(db), plan_id)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _goal_kpis(_db: Database, key: tuple[str, int, int | None], filters: Filters):
    return queries.goal_kpis(_db, filters)


def goal_kpis(db: Database, filters: Filters) -> pd.DataFrame:
    """:func:`dashboard.queries.goal_kpis`, cached on the data version."""
    return _goal_kpis(db, data_key(db), filters)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _channel_headlines(_db: Database, key: tuple[str, int, int | None], filters: Filters):
    return queries.channel_headlines(_db, filters)


def channel_headlines(db: Database, filters: Filters) -> pd.DataFrame:
    """:func:`dashboard.queries.channel_headlines`, cached on the data version."""
    return _channel_headlines(db, data_key(db), filters)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _coverage(_db: Database, key: tuple[str, int, int | None], filters: Filters):
    return coverage_core.coverage(_db, filters)


def coverage(db: Database, filters: Filters) -> coverage_core.Coverage:
    """:func:`dashboard.coverage.coverage` (Kanaler's matrix), cached on the data version."""
    return _coverage(db, data_key(db), filters)
