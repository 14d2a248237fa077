"""The one translation of DuckDB's query text for psycopg (dashboard/pg/sql.py) and the
loader's PostgreSQL variants (no server needed)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from dashboard.db import load_sql
from dashboard.pg.sql import pg_params, pg_sql, to_psycopg


def test_named_parameters_become_psycopg_s():
    assert to_psycopg("SELECT * FROM plan WHERE id = $plan_id AND x = $x") == (
        "SELECT * FROM plan WHERE id = %(plan_id)s AND x = %(x)s"
    )
    assert to_psycopg("INSERT INTO t VALUES (?, ?, ?)") == "INSERT INTO t VALUES (%s, %s, %s)"


def test_text_that_is_no_parameter_stays_as_it_is():
    text = "SELECT '50 % $x ?', \"odd $name\", 7 % 2 -- $y ?\nFROM t /* $z */ WHERE a = $$ $b $$"
    assert to_psycopg(text) == (
        "SELECT '50 %% $x ?', \"odd $name\", 7 %% 2  \nFROM t   WHERE a = $$ $b $$"
    )
    assert to_psycopg("SELECT 'it''s $a' || $b") == "SELECT 'it''s $a' || %(b)s"


def test_a_query_that_mixes_both_styles_is_refused():
    with pytest.raises(ValueError, match="not both"):
        to_psycopg("SELECT $a, ?")


def test_the_loader_reads_the_variant_where_there_is_one():
    assert load_sql("measure_state", dialect="postgresql") != load_sql("measure_state")
    assert "DISTINCT ON" in load_sql("measure_state", dialect="postgresql")
    assert load_sql("goals", dialect="postgresql") == load_sql("goals")  # no variant: the same
    assert "%(plan_id)s" in pg_sql("goals")
    with pytest.raises(ValueError, match="dialect"):
        load_sql("goals", dialect="sqlite")


def test_numpy_and_pandas_values_become_python_s():
    params = pg_params(
        {"n": np.int64(3), "x": np.float64(0.5), "at": pd.Timestamp("2026-11-23 08:00"),
         "ids": [np.int64(1), "a"], "day": dt.date(2026, 11, 23), "none": None}
    )  # fmt: skip
    assert params == {
        "n": 3, "x": 0.5, "at": dt.datetime(2026, 11, 23, 8), "ids": [1, "a"],
        "day": dt.date(2026, 11, 23), "none": None,
    }  # fmt: skip
    assert type(params["n"]) is int and type(params["at"]) is dt.datetime
