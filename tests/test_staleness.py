"""Staleness: an open measure without an update for longer than its plan's cadence shows
and counts as "not updated" everywhere; done and cancelled measures never do."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import metrics, queries, settings, tables
from dashboard.i18n import Translator
from dashboard.labels import DISPLAY_STATUS_IDS, STATUS_IDS, parse_status, status
from tests.conftest import TODAY

D = dt.date


@pytest.mark.parametrize(
    ("status_id", "last_update", "start", "as_of", "cadence", "stale"),
    [
        # the clock runs from the latest update
        ("on_track", D(2026, 1, 1), D(2025, 1, 1), D(2026, 3, 1), 60, False),  # 59 days
        ("on_track", D(2026, 1, 1), D(2025, 1, 1), D(2026, 3, 2), 60, False),  # 60: not older
        ("on_track", D(2026, 1, 1), D(2025, 1, 1), D(2026, 3, 3), 60, True),  # 61 days
        ("at_risk", D(2026, 1, 1), D(2025, 1, 1), D(2026, 3, 3), 60, True),
        ("delayed", D(2026, 1, 1), D(2025, 1, 1), D(2026, 3, 3), 60, True),
        ("not_started", D(2026, 1, 1), D(2025, 1, 1), D(2026, 3, 3), 60, True),
        # another cadence
        ("on_track", D(2026, 1, 1), D(2025, 1, 1), D(2026, 3, 3), 90, False),
        ("on_track", D(2026, 1, 1), D(2025, 1, 1), D(2026, 4, 2), 90, True),
        ("on_track", D(2026, 1, 1), D(2025, 1, 1), D(2026, 1, 9), 7, True),
        # done and cancelled measures are never stale
        ("done", D(2020, 1, 1), D(2019, 1, 1), D(2026, 3, 3), 60, False),
        ("cancelled", D(2020, 1, 1), D(2019, 1, 1), D(2026, 3, 3), 60, False),
        # no update yet: the clock runs from the start
        ("not_started", None, D(2026, 1, 1), D(2026, 3, 3), 60, True),
        ("not_started", None, D(2026, 1, 15), D(2026, 3, 3), 60, False),
        # a measure that starts later is not expected to report before it starts
        ("not_started", D(2025, 1, 1), D(2026, 2, 1), D(2026, 3, 3), 60, False),
        ("not_started", None, D(2026, 6, 1), D(2026, 3, 3), 60, False),
        # neither an update nor a start: nothing to count from
        ("on_track", None, None, D(2026, 3, 3), 60, False),
        # pandas' missing values count as missing
        ("on_track", pd.NaT, pd.Timestamp(2026, 1, 1), D(2026, 3, 3), 60, True),
        ("on_track", pd.Timestamp(2026, 2, 1), pd.NaT, D(2026, 3, 3), 60, False),
    ],
)
def test_is_stale(status_id, last_update, start, as_of, cadence, stale):
    assert metrics.is_stale(status_id, last_update, start, as_of, cadence) is stale


def _states(rows):
    frame = pd.DataFrame(
        rows,
        columns=["id", "goal_id", "owner_id", "owner", "status", "progress", "weight",
                 "last_update", "start_date", "due_date"],
    )  # fmt: skip
    frame["last_update"] = pd.to_datetime(frame["last_update"])
    frame["start_date"] = pd.to_datetime(frame["start_date"])
    frame["due_date"] = pd.to_datetime(frame["due_date"])
    return frame


STATES = [
    # id, goal, owner id, owner, status, progress, weight, last update, start, due
    ("m1", "g1", "o1", "Ann", "on_track", 40.0, 1.0, "2026-01-01", "2025-01-01", "2026-12-31"),
    ("m2", "g1", "o1", "Ann", "delayed", 20.0, 1.0, "2025-06-01", "2025-01-01", "2026-01-31"),
    ("m3", "g1", "o2", "Bo", "done", 100.0, 1.0, "2025-01-01", "2024-01-01", "2025-01-01"),
    ("m4", "g2", "o2", "Bo", "cancelled", 10.0, 1.0, "2024-01-01", "2024-01-01", "2025-01-01"),
    ("m5", "g2", "o2", "Bo", "at_risk", 50.0, 1.0, "2026-02-20", "2025-01-01", "2026-12-31"),
]


def test_a_stale_measure_counts_as_not_updated_in_every_roll_up():
    as_of = D(2026, 3, 3)
    states = metrics.add_flags(_states(STATES), as_of, 60)
    # m1 (61 days) and m2 (a delayed measure not heard of for 9 months) are stale.
    assert states.set_index("id")["status"].to_dict() == {
        "m1": "stale", "m2": "stale", "m3": "done", "m4": "cancelled", "m5": "at_risk",
    }  # fmt: skip
    assert states.set_index("id")["reported_status"]["m2"] == "delayed"
    # Attention is at risk or delayed as shown: m2 is shown as not updated now.
    assert states[states["attention"]]["id"].tolist() == ["m5"]
    # A stale measure past its due date is still overdue (it is open).
    assert states[states["overdue"]]["id"].tolist() == ["m2"]
    # Per goal: one count per display status, stale among them; progress keeps the
    # last reported figures (a stale measure is not 0 %).
    per_goal = metrics.progress_by_group(states, "goal_id").set_index("goal_id")
    assert list(per_goal.columns[2:]) == list(DISPLAY_STATUS_IDS)
    assert per_goal.loc["g1", "stale"] == 2
    assert per_goal.loc["g1", "progress"] == pytest.approx((40 + 20 + 100) / 3)
    # Per owner: open measures by status, stale included.
    workload = queries.owner_workload(states, as_of).set_index("owner")
    assert workload.loc["Ann", "stale"] == 2
    assert workload.loc["Ann", "open"] == 2
    assert workload.loc["Bo", "at_risk"] == 1
    # The tables show the word and the icon.
    shown = tables.workload(workload.reset_index(), Translator("nb"), metrics.DUE_HORIZONS)
    assert "◷ Ikke oppdatert" in shown.columns


def test_without_a_cadence_nothing_is_stale():
    states = metrics.add_flags(_states(STATES), D(2030, 1, 1))
    assert not states["stale"].any()
    assert "stale" not in set(states["status"])


def test_stale_is_shown_but_never_stored_or_accepted_in_uploads():
    assert "stale" not in STATUS_IDS
    assert "stale" in DISPLAY_STATUS_IDS
    assert status("stale").badge("nb") == "◷ Ikke oppdatert"
    assert status("stale").badge("en") == "◷ Not updated"
    assert status("stale").color == "#CC79A7"
    assert parse_status("Ikke oppdatert") is None
    assert parse_status("stale") is None
    colours = [status(s).color for s in DISPLAY_STATUS_IDS]
    assert len(set(colours)) == len(colours)


@pytest.mark.parametrize(
    ("setting", "plan_cadence", "expected"),
    [(None, None, 60), ("30", None, 30), (None, 90, 90), ("30", 90, 90)],
)
def test_the_cadence_is_the_plans_own_or_the_setting(
    demo_db, monkeypatch, setting, plan_cadence, expected
):
    if setting is None:
        monkeypatch.delenv("PLANPULS_CADENCE_DAYS", raising=False)
    else:
        monkeypatch.setenv("PLANPULS_CADENCE_DAYS", setting)
    with demo_db.write() as cur:
        cur.execute("UPDATE plan SET cadence_days = $c WHERE id = 'his-2025'", {"c": plan_cadence})
    assert queries.cadence_days(demo_db, "his-2025") == expected


@pytest.mark.parametrize("value", ["0", "-5", "sixty", "1.5"])
def test_a_bad_cadence_setting_is_refused_with_its_name(monkeypatch, value):
    monkeypatch.setenv("PLANPULS_CADENCE_DAYS", value)
    with pytest.raises(ValueError, match="PLANPULS_CADENCE_DAYS"):
        settings.cadence_days()


# The demo, as of the tests' today: which HIS measures are stale, computed here
# from the raw rows, and each view's figures.
LATEST = """
WITH latest AS (
    SELECT measure_id, status, update_date FROM status_update WHERE update_date <= $d
    QUALIFY row_number() OVER (PARTITION BY measure_id ORDER BY update_date DESC, id DESC) = 1
)
SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id
LEFT JOIN latest l ON l.measure_id = m.id
WHERE g.plan_id = $p
  AND coalesce(l.status, 'not_started') NOT IN ('done', 'cancelled')
  AND greatest(coalesce(l.update_date, m.start_date), m.start_date) < $d - $days::INTEGER
ORDER BY m.id
"""


@pytest.mark.parametrize(
    ("plan_id", "as_of", "cadence"),
    [("his-2025", TODAY, 60), ("tynset-2025", TODAY, 60), ("his-2025", TODAY, 30),
     ("ho21-2020", D(2021, 12, 31), 90), ("ho21-2020", D(2021, 12, 31), 40)],
)  # fmt: skip
def test_the_demos_stale_measures_are_those_of_the_raw_rows(
    demo_db, monkeypatch, plan_id, as_of, cadence
):
    with demo_db.write() as cur:
        cur.execute("UPDATE plan SET cadence_days = $c WHERE id = $p", {"c": cadence, "p": plan_id})
    expected = demo_db.sql(LATEST, {"d": as_of, "p": plan_id, "days": cadence})["id"].tolist()
    states = queries.measure_states(demo_db, queries.Filters(plan_id, as_of, as_of))
    assert states[states["stale"]]["id"].tolist() == expected
    summary = queries.goal_summary(demo_db, queries.Filters(plan_id, as_of, as_of), states)
    assert int(summary["stale"].sum()) == len(expected)
    if plan_id == "his-2025" and cadence == 60:
        assert len(expected) == 5  # the demo shows staleness on Oversikt


def test_the_status_template_keeps_a_stale_measures_own_status(demo_db):
    from dashboard.ingest.templates import template

    rows = template(demo_db, "status", "his-2025", TODAY, "nb")
    by_id = rows.set_index(rows.columns[0])
    # his-t18 last reported "Forsinket" and is stale now: re-uploading the template
    # untouched must change nothing, so the template says what was reported.
    assert by_id.loc["his-t18", "status"] == "Forsinket"
    assert "Ikke oppdatert" not in set(rows["status"])
