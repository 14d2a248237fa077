"""One status vocabulary (dashboard/labels.py): its flags agree, the database's CHECK
equals it, and a status added there (and nowhere else) reaches every place that
lists, counts or reads statuses. CONTRIBUTING.md ("Add a status") follows this file.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import generate
from dashboard.db import MIGRATIONS_DIR, load_sql
from dashboard.labels import (
    ATTENTION_STATUSES,
    CLOSED_STATUSES,
    COMPLETE_STATUSES,
    DISPLAY_STATUS_IDS,
    INITIAL_STATUS,
    OPEN_STATUS_IDS,
    STALE,
    STATUS_IDS,
    STATUSES,
    UNCOUNTED_STATUSES,
    parse_status,
)
from tests.conftest import copy_of_demo

ROOT = Path(__file__).resolve().parents[1]


def _quoted_ids(sql: str) -> list[str]:
    return re.findall(r"'([a-z_]+)'", sql)


def test_the_databases_check_on_status_equals_the_vocabulary(db):
    """The CHECK cannot derive from labels.py (migrations are never edited): a new status
    needs a new migration that rebuilds status_update with the longer list."""
    texts = db.sql(
        "SELECT constraint_text FROM duckdb_constraints() "
        "WHERE table_name = 'status_update' AND constraint_type = 'CHECK'"
    )["constraint_text"].tolist()
    checks = [text for text in texts if "status" in text and "progress" not in text]
    assert len(checks) == 1, texts
    assert sorted(_quoted_ids(checks[0])) == sorted(STATUS_IDS)
    # the first migration's list is where it started: a later migration may only add
    # to it (stored rows keep their ids), so that list stays within the vocabulary
    first = (MIGRATIONS_DIR / "0001_initial.sql").read_text(encoding="utf-8")
    written = re.search(r"status\s+VARCHAR NOT NULL CHECK \(status IN\s*\(([^)]*)\)", first)
    assert written is not None
    assert set(_quoted_ids(written.group(1))) <= set(STATUS_IDS)


def test_the_flags_agree_with_each_other():
    assert [s.id for s in STATUSES if s.initial] == [INITIAL_STATUS] == ["not_started"]
    assert (set(COMPLETE_STATUSES), set(UNCOUNTED_STATUSES)) == ({"done"}, {"cancelled"})
    assert (set(CLOSED_STATUSES), set(ATTENTION_STATUSES)) == (
        {"done", "cancelled"},
        {"at_risk", "delayed"},
    )
    assert COMPLETE_STATUSES <= CLOSED_STATUSES and UNCOUNTED_STATUSES <= CLOSED_STATUSES
    assert not ATTENTION_STATUSES & CLOSED_STATUSES
    # stale shows last among the open statuses, the closed ones after it
    assert list(DISPLAY_STATUS_IDS) == [*OPEN_STATUS_IDS, "done", "cancelled"]
    assert OPEN_STATUS_IDS[-1] == STALE.id
    for s in STATUSES:
        assert s.nb and s.nn and s.en and s.phrase_nb and s.phrase_nn and s.phrase_en, s.id
        # every word of a status reads back as that status (no word names two)
        for word in (s.id, s.nb, s.nn, s.en, *s.aliases):
            assert parse_status(word) == s.id, word
        if s.complete:
            assert s.default_progress == 100
    # the board lists the worst first: delayed, at risk, then not updated
    ranked = [(s.urgency, s.id) for s in (*STATUSES, STALE) if s.urgency is not None]
    urgent = [status_id for _, status_id in sorted(ranked)]
    assert urgent == ["delayed", "at_risk", "stale"]


def test_no_hand_written_status_lists_in_the_upload_checks():
    """The upload's SQL reads statuses from the vocabulary's tables and parameters."""
    for name in ("ingest_status", "ingest_measures", "measure_state", "progress_series"):
        code = re.sub(r"--[^\n]*", "", load_sql(name))
        assert not set(_quoted_ids(code)) & set(DISPLAY_STATUS_IDS), name


def test_the_demo_generators_write_only_statuses_of_the_vocabulary():
    """The generators pick statuses on purpose (a fate per measure); a new status needs no
    change there, but a renamed one would be caught here."""
    # the statuses the history generator picks: the values of its CASE expressions
    written = set(re.findall(r"(?:THEN|WHEN) '([a-z_]+)'", load_sql("generate_history")))
    assert written == set(STATUS_IDS)  # today it writes every status; a new one may be left out
    assert set(generate.COMMENTS) <= set(STATUS_IDS)  # comments by the status they go with
    assert written & set(STATUS_IDS) <= set(generate.COMMENTS)
    spec = importlib.util.spec_from_file_location("gdh", ROOT / "scripts/generate_demo_history.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert set(script.STATUSES) <= set(STATUS_IDS)
    assert set(script.FINAL) <= CLOSED_STATUSES
    assert set(script.ACTIVE) <= set(OPEN_STATUS_IDS) - {INITIAL_STATUS}


#: The one change a contributor makes to add a status: a declaration in labels.py.
MADE_UP = """\
    Status(
        "paused", "#56B4E9", "blue", "‖", "Pauset", "Paused", ("på pause", "pausa"),
        nn="Pausa", text_color="#1F6F99",
        phrase_nb="satt på pause", phrase_nn="sette på pause", phrase_en="paused",
        in_reminder=True, tool_words={"jira": ("Paused", "Pauset")},
    ),
"""

#: Run in a fresh interpreter: labels.py as written plus MADE_UP, then the rest imports it.
PROBE = r"""
import datetime as dt, json, sys, types
from pathlib import Path

import dashboard

source = Path("dashboard/labels.py").read_text(encoding="utf-8")
end = source.index(")  # fmt: skip\n\n#: A derived status")
source = source[:end] + sys.argv[2] + source[end:]
labels = types.ModuleType("dashboard.labels")
labels.__file__ = "dashboard/labels.py"
sys.modules["dashboard.labels"] = labels
exec(compile(source, "dashboard/labels.py", "exec"), labels.__dict__)

import pandas as pd
import streamlit as st

from dashboard import api_spec, board, metrics
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.ingest import report
from dashboard.ingest.presets import status_words
from dashboard.ingest.pipeline import Upload, commit, preview
from dashboard.ui import sections

nb = Translator("nb")
out = {"display": list(labels.DISPLAY_STATUS_IDS)}
db = Database.open(sys.argv[1])
text = ("tiltak_id;dato;status;fremdrift\n"
        "his-t02;20.11.2026;Pauset;40\n"
        "his-t04;20.11.2026;lilla;40\n")
checked = preview(db, Upload(text.encode(), "s.csv", "his-2025", today=dt.date(2026, 11, 23)))
out["upload_status"] = checked.samples["added"]["status"].tolist()
out["problems"] = [(p.line, p.code, report.problem_text(p, nb)) for p in checked.problems]
good = "\n".join(text.splitlines()[:2]) + "\n"
try:
    commit(db, Upload(good.encode(), "s.csv", "his-2025", today=dt.date(2026, 11, 23)), by="t")
    out["commit"] = "written"
except Exception as exc:
    out["commit"] = type(exc).__name__ + ": " + str(exc).splitlines()[0]
out["phrase"] = board.status_phrase({"on_track": 1, "paused": 2}, nb)
out["reminder"] = board.reminder_statuses(Translator("en"))
shown = []
st.markdown = lambda body, **kw: shown.append(body)
sections.status_legend(types.SimpleNamespace(t=nb))
out["legend"] = shown[0]
states = pd.DataFrame({"g": ["a", "a"], "status": ["paused", "done"], "progress": [40.0, 10.0],
                       "weight": [1.0, 1.0]})
out["counts"] = metrics.progress_by_group(states, "g").iloc[0].to_dict()
out["overdue"] = metrics.is_overdue(dt.date(2026, 1, 1), "paused", dt.date(2026, 11, 23))
out["jira"] = status_words._JIRA_STATUS.get("paused")
out["api"] = api_spec._FIELD_TYPES["reported_status"]["enum"]
print(json.dumps(out, default=str))
"""


def test_a_status_declared_only_in_labels_reaches_upload_board_legend_and_counts(
    demo_template, tmp_path
):
    path = copy_of_demo(demo_template, tmp_path / "vocab.duckdb")
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), MADE_UP],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    # shown among the open statuses, before "not updated"
    assert out["display"][3:6] == ["delayed", "paused", "stale"]
    # the upload check knows its word, and the refusal lists it among the choices
    assert out["upload_status"] == ["paused"]
    assert out["problems"] == [
        [
            3,
            "bad_status",
            "Ukjent status. Bruk Ikke startet, På sporet, Risiko, Forsinket, Fullført, "
            "Avbrutt eller Pauset (eller grønn, gul, rød).",
        ]
    ]
    # writing it is the one thing labels.py cannot do: the CHECK of migration 0001
    # refuses it until a new migration rebuilds status_update with the longer list
    assert out["commit"].startswith("ConstraintException"), out["commit"]
    assert 'CHECK constraint failed on table "status_update"' in out["commit"]
    # the board's prose, the reminder's choices, the legend
    assert out["phrase"] == "1 på sporet og 2 satt på pause"
    assert out["reminder"] == "On track, At risk, Delayed, Done or Paused"
    assert ":blue[**‖**] Pauset" in out["legend"]
    assert out["legend"].index("Forsinket") < out["legend"].index("Pauset")
    # counted per status; open, so it counts towards progress and can be overdue
    assert out["counts"]["paused"] == 1 and out["counts"]["progress"] == pytest.approx(70.0)
    assert out["overdue"] is True
    # a tool's word for it (the Jira preset) and the API's description
    assert out["jira"] == "paused"
    assert out["api"][-1] == "paused"
