"""The presets package: its one table lists every preset, and gains go to new_followers.

A tool's export that counts followers or subscribers *gained* in a period must land
on ``new_followers`` (a flow that adds up), never on the stock metrics Planpuls reads
as a count at a moment (labels.STOCK_METRICS); the package docstring says so too.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from dashboard.ingest import formats, presets
from dashboard.ingest.presets import registry, status_words
from dashboard.ingest.presets.base import Preset
from dashboard.ingest.reader import read_upload
from dashboard.labels import STOCK_METRICS

LINKEDIN_FOLLOWERS = (
    "Date,Sponsored followers,Organic followers,Auto-invited followers,Total followers\n"
    "01/15/2025,0,3,0,3\n"
    "01/16/2025,1,4,0,5\n"
)
YOUTUBE_DAYS = (
    "Date,Views,Watch time (hours),Subscribers\n2025-01-15,120,4.5,2\n2025-01-16,90,3.0,-1\n"
)
META_FOLLOWS = 'sep=,\n"Facebook follows"\n"Date","Primary"\n"2025-03-01T00:00:00","7"\n'


def _metrics(text: str, name: str) -> tuple[str, dict[str, list[object]]]:
    """The preset that reads the file, and the values of its rows by metric."""
    table = read_upload(text.encode("utf-8"), name, score=formats.header_score)
    detected = formats.detect(table)
    by_metric: dict[str, list[object]] = {}
    for row in formats.canonical_rows(table, detected):
        by_metric.setdefault(str(row.values["metric"]), []).append(row.values["value"])
    return detected.source_format, by_metric


@pytest.mark.parametrize(
    ("text", "name", "preset", "gains"),
    [
        (LINKEDIN_FOLLOWERS, "followers.csv", "linkedin-followers", ["3", "5"]),
        (YOUTUBE_DAYS, "Table data.csv", "youtube-table", ["2", "-1"]),
        (META_FOLLOWS, "follows.csv", "meta-daily", ["7"]),
    ],
)
def test_followers_gained_go_to_new_followers(
    text: str, name: str, preset: str, gains: list[str]
) -> None:
    found, by_metric = _metrics(text, name)
    assert found == preset
    assert [str(v) for v in by_metric["new_followers"]] == gains
    assert not STOCK_METRICS & set(by_metric)


def test_docstring_says_where_gains_go() -> None:
    doc = " ".join((presets.__doc__ or "").split())
    assert "they go to ``new_followers``" in doc
    assert "go to ``followers`` and ``subscribers``" not in doc


def _defined_presets() -> dict[str, Preset]:
    """Every Preset object defined at the top of a module of the package, by its name."""
    found = {}
    for info in pkgutil.iter_modules(presets.__path__):
        module = importlib.import_module(f"{presets.__name__}.{info.name}")
        for attr, value in vars(module).items():
            if isinstance(value, Preset) and attr.isupper():
                found[f"{info.name}.{attr}"] = value
    return found


def test_registry_lists_every_preset_once() -> None:
    defined = _defined_presets()
    listed = [id(p) for p in registry.PRESETS]
    missing = [name for name, p in defined.items() if id(p) not in listed]
    assert missing == []
    assert len(listed) == len(set(listed)) == len(defined)
    assert len({p.id for p in registry.PRESETS}) == len(listed)


def test_old_names_still_import() -> None:
    from dashboard.ingest.presets import PRESETS, meta_metric, preset_by_id

    assert PRESETS is registry.PRESETS
    assert preset_by_id("matomo").name_en == "Matomo – report"
    assert meta_metric("Instagram follows") == "new_followers"


@pytest.mark.parametrize(
    ("tool", "args", "status"),
    [
        ("jira", ("In Progress", "", ""), "on_track"),
        ("jira", ("Custom column", "Done", ""), "done"),  # by its status category
        ("jira", ("Done", "Done", "Won't Do"), "cancelled"),  # done without a fix
        ("jira", ("Something else", "", ""), "Something else"),  # reported by the check
        ("asana", (True, "At risk"), "done"),  # completed wins over the field
        ("asana", (False, "Off track"), "delayed"),
        ("asana", (False, None), "on_track"),  # no status field
        ("monday", ("Stuck",), "at_risk"),
        ("monday", ("",), "not_started"),  # the grey, unlabelled status
        ("planner", ("In progress", True), "delayed"),  # Late
        ("planner", ("Completed", True), "done"),  # late but done stays done
        ("planner", ("Not started", False), "not_started"),
    ],
)
def test_each_tools_status_rules_in_one_place(tool: str, args: tuple, status: str) -> None:
    rule = getattr(status_words, f"{tool}_status")
    assert rule(*args) == status
