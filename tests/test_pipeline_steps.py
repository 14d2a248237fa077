"""The upload check's declarations: which queries take a plan id, and the null preset."""

from __future__ import annotations

import re

import pytest

from dashboard.db import load_sql
from dashboard.ingest import pipeline
from dashboard.ingest.presets import NO_PRESET, PRESETS
from dashboard.ingest.reader import read_upload

NEW = [(kind, new) for kind, news in pipeline._NEW.items() for new in news]


@pytest.mark.parametrize(("kind", "new"), NEW, ids=[f"{k}-{n.label}" for k, n in NEW])
def test_a_new_things_query_binds_a_plan_id_exactly_when_declared(kind, new) -> None:
    # DuckDB refuses a named parameter its query does not use, and a missing one.
    names = set(re.findall(r"\$([a-z_]+)", load_sql(new.query)))
    assert names == ({"plan_id"} if new.takes_plan_id else set())
    assert new.query.startswith(f"ingest_new_{kind}_")


def test_the_null_preset_answers_as_a_plain_file() -> None:
    table = read_upload(b"kanal;dato;maaltall;verdi\nFacebook;2025-01-01;reach;3\n", "f.csv")
    assert NO_PRESET.name_nb is None
    assert NO_PRESET.date_order is None
    assert NO_PRESET.suggest_channel(table) is None
    assert NO_PRESET.channel_scope == "external"
    assert NO_PRESET.sums_rows is False
    assert NO_PRESET not in PRESETS


def test_every_preset_answers_what_the_check_asks() -> None:
    table = read_upload(b"Date,Primary\n2025-01-01,3\n", "f.csv")
    for preset in PRESETS:
        assert isinstance(preset.name_nb, str)
        assert preset.date_order in (None, "mdy", "dmy")
        assert preset.channel_scope in ("external", "internal")
        assert isinstance(preset.sums_rows, bool)
        suggested = preset.suggest_channel(table)
        assert suggested is None or isinstance(suggested, str)
