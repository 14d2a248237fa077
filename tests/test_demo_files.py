"""Checks on the committed demo data in data/demo/.

Standard library and pytest only: these tests read the CSV files directly and do
not import the ``dashboard`` package, so they describe the data contract on their
own.
"""

from __future__ import annotations

import csv
import itertools
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.demo_plans import DEMO_ORGANISATIONS, DEMO_PLANS
from tests.helpers import SEEDS

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo"
GENERATOR = ROOT / "scripts" / "generate_demo_history.py"

HEADERS = {
    "organisations.csv": ["organisation_id", "name"],
    "plans.csv": [
        "plan_id",
        "organisation_id",
        "name",
        "period_start",
        "period_end",
        "description",
        "source_document",
        "note",
    ],
    "owners.csv": ["owner_id", "organisation_id", "name"],
    "channels.csv": ["channel_id", "organisation_id", "name", "scope"],
    "audiences.csv": ["audience_id", "organisation_id", "name", "scope"],
    "goals.csv": ["goal_id", "plan_id", "title", "description", "sort_order"],
    "measures.csv": [
        "measure_id",
        "goal_id",
        "title",
        "owner_id",
        "channels",
        "audiences",
        "start",
        "due",
        "weight",
    ],
    "goal_kpis.csv": ["goal_id", "channel_id", "metric", "target", "period_start", "period_end"],
    "status_updates_recorded.csv": [
        "measure_id",
        "date",
        "status",
        "progress",
        "comment",
        "reported_by",
    ],
    "status_updates.csv": [
        "measure_id",
        "date",
        "status",
        "progress",
        "comment",
        "reported_by",
        "illustrative",
    ],
    "channel_metrics.csv": [
        "channel_id",
        "period_start",
        "period_end",
        "metric",
        "value",
        "audience_id",
        "goal_id",
        "illustrative",
    ],
    # hand-authored, illustrative survey results with their sample size (issue 14)
    "survey_results.csv": [
        "channel_id",
        "period_start",
        "period_end",
        "metric",
        "value",
        "audience_id",
        "goal_id",
        "sample_size",
        "illustrative",
    ],
}

STATUSES = {"not_started", "on_track", "at_risk", "delayed", "done", "cancelled"}
METRICS = {
    "reach",
    "impressions",
    "visitors",
    "pageviews",
    "subscribers",
    "opens",
    "clicks",
    "followers",
    "participants",
    "mentions",
    "posts",
}
#: Outcome metrics (values at a moment) that survey results and targets may name.
OUTCOME_METRICS = {"awareness", "trust", "positive_coverage", "satisfaction"}
HIS_GOALS = [
    "Tydeligere profil",
    "Vise konkret samfunnsverdi",
    "Innbyggerdialog",
    "Nærhet til behovene",
    "Faglig gjennomføringskraft",
    "Nasjonal oppmerksomhet",
]
CUTOFF = {
    "his": date(2026, 11, 16),
    "tynset": date(2026, 11, 16),
    "ho21": date(2021, 11, 18),
    "hdir": date(2026, 11, 16),
    "hmn": date(2026, 11, 16),
}
METRIC_MONTHS = {
    "his": (date(2025, 1, 1), date(2026, 10, 1)),
    "tynset": (date(2025, 1, 1), date(2026, 10, 1)),
    "ho21": (date(2020, 1, 1), date(2021, 11, 1)),
    "hdir": (date(2026, 1, 1), date(2026, 10, 1)),
    "hmn": (date(2026, 1, 1), date(2026, 10, 1)),
}
#: The day the dashboard tests look at the demo from.
TODAY = date(2026, 11, 23)

#: Real people named in the seed documents (003: "Fra", "Saksbehandler",
#: "Tilstede", "Forfall", observers, presenters, the minister).  Demo data uses
#: roles only, so none of these may appear anywhere in it.
REAL_NAMES = [
    "Ole Johan Borge",
    "Henrietta Blankson",
    "Hege Strand Mikkelsen",
    "Ina Dahlsveen",
    "Frode Hovland Søreide",
    "Gro Jamtvedt",
    "Knut Inge Klepp",
    "Lilly Ann Elvestad",
    "Silje Anine Moss",
    "Siri Forsmo",
    "Stein Olav Skrøvseth",
    "Tarje Bjørgum",
    "Baard Christian Schem",
    "Erlend Smeland",
    "Esperanza Diaz",
    "Ingrid Stenstadvold Ross",
    "Ingrid S. Ross",
    "Karita Bekkemellem",
    "Kathrine Myhre",
    "Kristin Weidemann Wieland",
    "Marte Kvittum Tangen",
    "Wenche Dehli",
    "Ane-Berit Hurlen Storvik",
    "Anne Bergh",
    "Hjørdis Møller Sandborg",
    "Irene Olaussen",
    "Marianne van der Wel",
    "Mia Andresen",
    "Monica Skjøld Johansen",
    "Catherine Capdeville",
    "Martin Fredheim",
    "Gunilla Martinsson",
    "Oddgeir Hvidsten",
    "Ingvild Kjerkol",
]


def load(name: str) -> list[dict[str, str]]:
    with (DEMO / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def iso(value: str) -> date:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    return date.fromisoformat(value)


def org_of(prefixed_id: str) -> str:
    return prefixed_id.split("-", 1)[0]


@pytest.fixture(scope="module")
def data() -> dict[str, list[dict[str, str]]]:
    return {name: load(name) for name in HEADERS}


@pytest.fixture(scope="module")
def index(data):
    plans = {r["plan_id"]: r for r in data["plans.csv"]}
    goals = {r["goal_id"]: r for r in data["goals.csv"]}
    measures = {r["measure_id"]: r for r in data["measures.csv"]}
    goal_org = {g: plans[r["plan_id"]]["organisation_id"] for g, r in goals.items()}
    measure_org = {m: goal_org[r["goal_id"]] for m, r in measures.items()}
    return {
        "orgs": {r["organisation_id"] for r in data["organisations.csv"]},
        "plans": plans,
        "goals": goals,
        "measures": measures,
        "owners": {r["owner_id"]: r for r in data["owners.csv"]},
        "channels": {r["channel_id"]: r for r in data["channels.csv"]},
        "audiences": {r["audience_id"]: r for r in data["audiences.csv"]},
        "goal_org": goal_org,
        "measure_org": measure_org,
        "measure_plan": {m: goals[r["goal_id"]]["plan_id"] for m, r in measures.items()},
    }


@pytest.fixture(scope="module")
def histories(data):
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in data["status_updates.csv"]:
        out[r["measure_id"]].append(r)
    return out


# --- file format -------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_file_format(name):
    raw = (DEMO / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert b"\r" not in raw, "LF line endings only"
    text = raw.decode("utf-8")
    assert text.endswith("\n")
    assert text.splitlines()[0] == ";".join(HEADERS[name])
    rows = load(name)
    assert rows, "file has data rows"
    for row in rows:
        assert None not in row and None not in row.values(), f"wrong column count: {row}"


def test_unique_ids(data):
    for name, key in [
        ("organisations.csv", "organisation_id"),
        ("plans.csv", "plan_id"),
        ("owners.csv", "owner_id"),
        ("channels.csv", "channel_id"),
        ("audiences.csv", "audience_id"),
        ("goals.csv", "goal_id"),
        ("measures.csv", "measure_id"),
    ]:
        ids = [r[key] for r in data[name]]
        assert len(ids) == len(set(ids)), f"duplicate ids in {name}"
        for value in ids:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value), value


# --- references and organisations --------------------------------------------


def test_organisations_and_plans(data, index):
    assert index["orgs"] == DEMO_ORGANISATIONS
    assert sorted(index["plans"]) == DEMO_PLANS
    for plan in data["plans.csv"]:
        assert plan["organisation_id"] in index["orgs"]
        assert iso(plan["period_start"]) <= iso(plan["period_end"])
        assert re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", plan["source_document"])
        if SEEDS is not None:
            assert (SEEDS / plan["source_document"]).exists()
        assert plan["description"] and plan["note"]


@pytest.mark.parametrize(
    ("name", "key"),
    [("owners.csv", "owner_id"), ("channels.csv", "channel_id"), ("audiences.csv", "audience_id")],
)
def test_org_scoped_ids(data, index, name, key):
    for row in data[name]:
        assert row["organisation_id"] in index["orgs"]
        assert row[key].startswith(row["organisation_id"] + "-")
        if "scope" in row:
            assert row["scope"] in {"internal", "external"}


def test_goals(data, index):
    for goal in data["goals.csv"]:
        assert goal["plan_id"] in index["plans"]
        assert goal["title"]
        int(goal["sort_order"])
    his = sorted(
        (g for g in data["goals.csv"] if g["plan_id"] == "his-2025"),
        key=lambda g: int(g["sort_order"]),
    )
    assert [g["title"] for g in his[:6]] == HIS_GOALS
    assert [g["goal_id"] for g in his[:6]] == [f"his-g{i}" for i in range(1, 7)]
    for plan_id in index["plans"]:
        orders = [int(g["sort_order"]) for g in data["goals.csv"] if g["plan_id"] == plan_id]
        assert len(orders) == len(set(orders))


def test_measures(data, index):
    for m in data["measures.csv"]:
        mid = m["measure_id"]
        assert m["goal_id"] in index["goals"], mid
        org = index["measure_org"][mid]
        assert mid.startswith(org + "-t")
        assert m["title"]
        owner = index["owners"][m["owner_id"]]
        assert owner["organisation_id"] == org, mid
        for channel in filter(None, m["channels"].split("|")):
            assert index["channels"][channel]["organisation_id"] == org, (mid, channel)
        for audience in filter(None, m["audiences"].split("|")):
            assert index["audiences"][audience]["organisation_id"] == org, (mid, audience)
        assert iso(m["start"]) <= iso(m["due"]), mid
        assert float(m["weight"]) >= 0


def test_every_owner_owns_something(data, index):
    owned = {m["owner_id"] for m in data["measures.csv"]}
    assert set(index["owners"]) == owned


def test_goal_kpis(data, index):
    assert data["goal_kpis.csv"]
    for kpi in data["goal_kpis.csv"]:
        org = index["goal_org"][kpi["goal_id"]]
        assert index["channels"][kpi["channel_id"]]["organisation_id"] == org
        assert kpi["metric"] in METRICS | OUTCOME_METRICS
        assert float(kpi["target"]) > 0
        assert iso(kpi["period_start"]) <= iso(kpi["period_end"])


# --- status history ----------------------------------------------------------


def test_status_values(data, index):
    for name in ("status_updates.csv", "status_updates_recorded.csv"):
        for r in data[name]:
            assert r["measure_id"] in index["measures"]
            assert r["status"] in STATUSES
            assert re.fullmatch(r"\d{1,3}", r["progress"]), r
            progress = int(r["progress"])
            assert 0 <= progress <= 100
            if r["status"] == "done":
                assert progress == 100, r
            if r["status"] == "not_started":
                assert progress == 0, r
            assert r["reported_by"]
            iso(r["date"])


def test_status_history_is_consistent(data, index, histories):
    keys = [(r["measure_id"], r["date"]) for r in data["status_updates.csv"]]
    assert keys == sorted(keys), "sorted by measure_id, date"
    assert len(keys) == len(set(keys)), "no duplicate (measure_id, date)"
    for mid, rows in histories.items():
        org = index["measure_org"][mid]
        start = iso(index["measures"][mid]["start"])
        previous = None
        for r in rows:
            assert r["illustrative"] in {"true", "false"}
            day = iso(r["date"])
            assert start <= day <= CUTOFF[org], (mid, day)
            if previous is not None:
                assert previous["status"] not in {"done", "cancelled"}, f"{mid}: after final"
                assert int(r["progress"]) >= int(previous["progress"]), (mid, day)
                if r["status"] == "cancelled":
                    assert r["progress"] == previous["progress"], mid
            previous = r


def test_recorded_updates_are_included(data, histories):
    recorded = data["status_updates_recorded.csv"]
    assert recorded
    by_measure = defaultdict(list)
    for r in recorded:
        assert r["measure_id"].startswith("ho21-"), "only the HO21 papers state updates"
        by_measure[r["measure_id"]].append(r)
    generated = {(r["measure_id"], r["date"]): r for r in data["status_updates.csv"]}
    for r in recorded:
        g = generated[(r["measure_id"], r["date"])]
        assert g["illustrative"] == "false"
        assert {k: g[k] for k in r} == r
    for mid, rows in histories.items():
        flags = [r["illustrative"] for r in rows]
        if mid in by_measure:
            first = min(r["date"] for r in by_measure[mid])
            for r in rows:
                if r["illustrative"] == "true":
                    assert r["date"] < first, f"{mid}: illustrative after recorded"
            assert flags.count("false") == len(by_measure[mid])
        else:
            assert set(flags) == {"true"}


def final_states(index, histories, plan_id):
    states = Counter()
    for mid in index["measures"]:
        if index["measure_plan"][mid] != plan_id:
            continue
        rows = histories.get(mid)
        states[rows[-1]["status"] if rows else None] += 1
    return states


@pytest.mark.parametrize("plan_id", ["his-2025", "ho21-2020", "tynset-2025", "hdir-2026"])
def test_final_states_make_a_realistic_dashboard(index, histories, plan_id):
    states = final_states(index, histories, plan_id)
    total = sum(states.values())
    assert 15 <= total <= 25
    assert states["on_track"] == max(states.values()), states
    assert states["done"] >= 3, states
    assert states["at_risk"] >= 1, states
    assert states["delayed"] >= 1, states
    # The council's papers report nothing cancelled, and the demo invents no activity.
    if plan_id != "ho21-2020":
        assert states["cancelled"] >= 1, states
    assert states[None] + states["not_started"] >= 2, states


@pytest.mark.parametrize("plan_id", ["his-2025", "tynset-2025", "hdir-2026"])
def test_some_measures_are_overdue(index, histories, plan_id):
    overdue = [
        mid
        for mid, m in index["measures"].items()
        if index["measure_plan"][mid] == plan_id
        and iso(m["due"]) < TODAY
        and (not histories.get(mid) or histories[mid][-1]["status"] not in {"done", "cancelled"})
    ]
    assert len(overdue) >= 2, overdue


def test_histories_have_several_updates(index, histories):
    counts = [len(rows) for rows in histories.values()]
    assert sorted(counts)[len(counts) // 2] >= 3, "median measure has several updates"
    for mid, rows in histories.items():
        for a, b in itertools.pairwise(rows):
            gap = iso(b["date"]) - iso(a["date"])
            if a["status"] in {"on_track", "at_risk", "delayed"}:
                assert gap <= timedelta(days=130), (mid, a["date"], b["date"])


# --- channel metrics ---------------------------------------------------------


def test_channel_metrics(data, index):
    rows = data["channel_metrics.csv"]
    keys = [(r["channel_id"], r["period_start"], r["metric"], r["audience_id"]) for r in rows]
    assert keys == sorted(keys), "sorted by channel, period_start, metric, audience"
    assert len(keys) == len(set(keys)), "one row per channel, month, metric and audience"
    for r in rows:
        org = index["channels"][r["channel_id"]]["organisation_id"]
        assert r["metric"] in METRICS
        assert re.fullmatch(r"\d+", r["value"]), r
        start, end = iso(r["period_start"]), iso(r["period_end"])
        assert start.day == 1
        assert end.month == start.month and (end + timedelta(days=1)).day == 1
        first, last = METRIC_MONTHS[org]
        assert first <= start <= last, r
        if r["audience_id"]:
            assert index["audiences"][r["audience_id"]]["organisation_id"] == org
        if r["goal_id"]:
            assert index["goal_org"][r["goal_id"]] == org
        assert r["illustrative"] == "true"


def test_survey_results(data, index):
    rows = data["survey_results.csv"]
    for r in rows:
        org = index["channels"][r["channel_id"]]["organisation_id"]
        assert r["metric"] in OUTCOME_METRICS, r
        assert 0 <= float(r["value"]) <= 100, r  # shares in per cent, scores out of 100
        assert int(r["sample_size"]) >= 1, r
        first, last = METRIC_MONTHS[org]
        assert first <= iso(r["period_start"]) <= last, r
        assert iso(r["period_start"]) <= iso(r["period_end"]), r
        if r["goal_id"]:
            assert index["goal_org"][r["goal_id"]] == org
        assert r["illustrative"] == "true"


def test_kpi_channels_have_figures(data):
    have = {
        (r["channel_id"], r["metric"])
        for name in ("channel_metrics.csv", "survey_results.csv")
        for r in data[name]
    }
    for kpi in data["goal_kpis.csv"]:
        assert (kpi["channel_id"], kpi["metric"]) in have, kpi


# --- no real people ----------------------------------------------------------


def test_no_real_people(data):
    patterns = []
    for full in REAL_NAMES:
        patterns.append(re.compile(re.escape(full), re.IGNORECASE))
        surname = full.split()[-1]
        patterns.append(re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE))
    for name, rows in data.items():
        for row in rows:
            for column, value in row.items():
                for pattern in patterns:
                    assert not pattern.search(value), f"{name} {column}: {value!r}"


def test_real_names_list_matches_the_seed():
    if SEEDS is None:
        pytest.skip("seed documents not available")
    seed = SEEDS / "003_301d21e1e0c46b01.txt"
    text = seed.read_text(encoding="utf-8")
    for full in REAL_NAMES:
        assert full in text, full


# --- reproducibility ---------------------------------------------------------


def test_generator_reproduces_committed_files(tmp_path):
    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--demo", str(DEMO), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for name in ("status_updates.csv", "channel_metrics.csv"):
        assert (tmp_path / name).read_bytes() == (DEMO / name).read_bytes(), name
