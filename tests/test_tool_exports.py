"""Tool exports land in the plan: with the kind chosen, mapped onto goals and owners, by section.

The sample exports of tests/corpus/presets go through the whole pipeline
(preview and commit) against the demo database; what lands is read back with SQL
written here, and the figures expected are computed from the files themselves.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from dashboard.i18n import Translator
from dashboard.ingest import report
from dashboard.ingest.mapping import parse_owner_options
from dashboard.ingest.pipeline import Upload, UploadRefused, commit, preview
from tests.conftest import TODAY, copy_of_demo
from tests.helpers import cli_here

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "presets"
EXPECTED: dict[str, dict] = json.loads((CORPUS / "EXPECTED.json").read_text(encoding="utf-8"))
PLAN = "his-2025"
JIRA = "jira_issues.csv"


def _upload(name: str, kind: str | None = None, **choices) -> Upload:
    data = (CORPUS / name).read_bytes()
    return Upload(data, Path(name).name, PLAN, kind, None, TODAY, **choices)


def _summary(result) -> dict:
    """Everything a preview shows, in plain values (its sample tables separately)."""
    tool = result.tool_map
    return {
        "file_error": result.file_error,
        "kind": result.kind,
        "source_format": result.source_format,
        "preset_name": result.preset_name,
        "mapping": result.mapping,
        "channel": result.channel,
        "rows": result.rows,
        "counts": result.counts,
        "problems": result.problems,
        "problem_count": result.problem_count,
        "new": result.new,
        "series": result.series,
        "goals": None if tool is None else [(c.value, c.target, c.rows) for c in tool.goals],
        "owners": None if tool is None else [(c.value, c.target, c.rows) for c in tool.owners],
    }


# 1. Choosing the kind no longer turns presets off ---------------------------------


#: The one person in the measure samples who is not an owner of HIS (FoUI-leder is).
OWNERS = {"FoU-leder": "FoUI-leder"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_sample_passes_the_same_with_its_kind_chosen_and_detected(demo_db, name):
    kind = EXPECTED[name]["kind"]
    detected = preview(demo_db, _upload(name, owner_map=OWNERS))
    chosen = preview(demo_db, _upload(name, kind, owner_map=OWNERS))

    assert chosen.file_error is None
    assert (chosen.kind, chosen.source_format) == (kind, EXPECTED[name]["preset"])
    assert chosen.ok, chosen.problems[:5]
    assert chosen.counts["added"] + chosen.counts["changed"] > 0
    assert _summary(chosen) == _summary(detected)
    assert chosen.samples.keys() == detected.samples.keys()
    for action, frame in chosen.samples.items():
        pd.testing.assert_frame_equal(frame, detected.samples[action])
    assert chosen.rows > 0


@pytest.mark.parametrize(
    ("name", "chosen", "words"),
    [
        (JIRA, "metrics", ("Jira – saker (CSV)", "«Kanaltall»", "Velg «Tiltak»")),
        ("meta_daily_facebook_visits.csv", "measures", ("Meta Business Suite", "«Kanaltall»")),
        ("planner_plan.xlsx", "status", ("Microsoft Planner", "«Tiltak»")),
    ],
)
def test_a_kind_the_export_contradicts_says_what_the_file_looks_like(demo_db, name, chosen, words):
    result = preview(demo_db, _upload(name, chosen))
    assert result.file_error is not None and result.file_error.code == "kind_mismatch"
    message = report.file_error(result.file_error, Translator("nb"))
    for word in words:
        assert word in message
    english = report.file_error(result.file_error, Translator("en"))
    assert "looks like an export from" in english


# 3. A Meta download with a Facebook and an Instagram section ----------------------

REACH = "meta_reach_facebook_instagram.csv"


def _sections_from_file() -> dict[str, dict[str, int]]:
    """The two sections read straight from the file: title -> {ISO day: value}."""
    text = (CORPUS / REACH).read_bytes().decode("utf-16")
    sections: dict[str, dict[str, int]] = {}
    title = None
    for record in csv.reader(io.StringIO(text)):
        if not record or record[0].startswith("sep="):
            continue
        if len(record) == 1:
            title = record[0]
            sections[title] = {}
        elif len(record) == 2 and record[0] != "Date":
            sections[title][record[0][:10]] = int(record[1])
    return sections


def test_a_meta_download_with_two_sections_previews_two_series(demo_db):
    sections = _sections_from_file()
    assert list(sections) == ["Facebook reach", "Instagram reach"]

    result = preview(demo_db, _upload(REACH, "metrics"))

    assert result.problem_count == 0 and result.problems == []
    assert result.series == [
        ("Facebook", "reach", len(sections["Facebook reach"])),
        ("Instagram", "reach", len(sections["Instagram reach"])),
    ]
    assert result.counts["added"] == 31 + 31
    assert result.new["channels"] == ["Facebook", "Instagram"]
    added = result.samples["added"]
    instagram = added[added["channel_name"] == "Instagram"]
    assert instagram["line"].min() == 37  # title on 35, header on 36 (sep= line hidden)


def test_a_meta_download_with_two_sections_writes_both_channels(demo_db):
    sections = _sections_from_file()
    done = commit(demo_db, _upload(REACH), by="sekretariatet")
    assert done.batch_id is not None
    written = demo_db.sql(
        "SELECT c.name, m.period_start, m.value FROM channel_metric m "
        "JOIN channel c ON c.id = m.channel_id "
        "WHERE m.import_batch_id = $b AND m.metric = 'reach' ORDER BY 1, 2",
        {"b": done.batch_id},
    )
    for channel, title in (("Facebook", "Facebook reach"), ("Instagram", "Instagram reach")):
        rows = written[written["name"] == channel]
        days = zip(rows["period_start"], rows["value"], strict=True)
        got = {str(d)[:10]: int(v) for d, v in days}
        assert got == sections[title]
    again = preview(demo_db, _upload(REACH))
    assert again.counts["unchanged"] == 62 and again.counts["added"] == 0


# 2. Jira, Asana, monday.com and Planner onto goals and owners ---------------------


def _measures(db, batch: int) -> dict[str, tuple[str, str | None]]:
    frame = db.sql(
        "SELECT m.id, m.goal_id, o.name AS owner FROM measure m "
        "LEFT JOIN owner o ON o.id = m.owner_id WHERE m.import_batch_id = $b ORDER BY m.id",
        {"b": batch},
    )
    return {r.id: (r.goal_id, None if pd.isna(r.owner) else r.owner) for r in frame.itertuples()}


def test_a_person_not_mapped_is_refused_and_no_owner_is_created(demo_db):
    owners_before = demo_db.scalar("SELECT count(*) FROM owner")
    result = preview(demo_db, _upload(JIRA, "measures"))

    # FoU-leder is not one of HIS's owners (FoUI-leder is): lines 4 and 8 of the file.
    assert [(p.line, p.column, p.value, p.code) for p in result.problems] == [
        (4, "Assignee", "FoU-leder", "unmapped_owner"),
        (8, "Assignee", "FoU-leder", "unmapped_owner"),
    ]
    assert result.tool_map.unmapped_owners == ["FoU-leder"]
    assert result.new["owners"] == []
    message = Translator("nb")("problem.unmapped_owner")
    assert "Velg en rolle" in message and '--owner "Navn=Rolle"' in message
    with pytest.raises(UploadRefused):
        commit(demo_db, _upload(JIRA, "measures"), by="sekretariatet")
    assert demo_db.scalar("SELECT count(*) FROM owner") == owners_before
    assert demo_db.scalar("SELECT count(*) FROM import_mapping") == 0


def test_epics_go_to_the_goals_of_their_titles_and_people_to_the_roles_chosen(demo_db):
    upload = _upload(JIRA, "measures", owner_map={"FoU-leder": "FoUI-leder"})
    result = preview(demo_db, upload)
    assert result.ok and result.counts["added"] == 5
    goals = {c.value: (c.target, c.how) for c in result.tool_map.goals}
    assert goals == {
        "Tydeligere profil": ("his-g1", "matched"),
        "Nasjonal oppmerksomhet": ("his-g6", "matched"),
    }

    done = commit(demo_db, upload, by="sekretariatet")
    assert _measures(demo_db, done.batch_id) == {
        "KOM-2": ("his-g1", "Kommunikasjonsansvarlig"),
        "KOM-3": ("his-g1", "FoUI-leder"),
        "KOM-5": ("his-g6", "Kommunikasjonsansvarlig"),
        "KOM-6": ("his-g6", "Kommunikasjonsansvarlig"),
        "KOM-7": ("his-g6", "FoUI-leder"),
    }
    kept = demo_db.sql(
        "SELECT kind_of_mapping, source_column, value, target, updated_by FROM import_mapping "
        "WHERE plan_id = $p AND source_format = 'jira' ORDER BY ALL",
        {"p": PLAN},
    )
    assert list(kept.itertuples(index=False, name=None)) == [
        ("goal", "Parent summary", "Nasjonal oppmerksomhet", "his-g6", "sekretariatet"),
        ("goal", "Parent summary", "Tydeligere profil", "his-g1", "sekretariatet"),
        ("goal_column", "", "", "Parent summary", "sekretariatet"),
        ("owner", "", "FoU-leder", "FoUI-leder", "sekretariatet"),
        ("owner", "", "Kommunikasjonsansvarlig", "Kommunikasjonsansvarlig", "sekretariatet"),
    ]

    # The same file again, with no choices: the remembered mapping, nothing changes.
    again = preview(demo_db, _upload(JIRA))
    assert again.ok and again.counts == {"added": 0, "changed": 0, "unchanged": 5, "rejected": 0}
    assert {c.value: c.how for c in again.tool_map.owners}["FoU-leder"] == "remembered"
    # Remembered for this plan only.
    other = preview(demo_db, Upload((CORPUS / JIRA).read_bytes(), JIRA, "ho21-2020", None))
    assert other.tool_map.unmapped_owners == ["Kommunikasjonsansvarlig", "FoU-leder"]


def test_a_person_mapped_to_a_new_role_creates_that_role_not_the_person(demo_db):
    upload = _upload(JIRA, owner_map={"FoU-leder": "Rådgiver kommunikasjon"})
    result = preview(demo_db, upload)
    assert result.ok and result.new["owners"] == ["Rådgiver kommunikasjon"]
    done = commit(demo_db, upload, by="sekretariatet")
    assert _measures(demo_db, done.batch_id)["KOM-7"] == ("his-g6", "Rådgiver kommunikasjon")
    assert demo_db.scalar("SELECT count(*) FROM owner WHERE name = 'FoU-leder'") == 0


def test_one_goal_for_the_whole_file(demo_db):
    upload = _upload(JIRA, goal_id="his-g2", owner_map={"FoU-leder": "FoUI-leder"})
    done = commit(demo_db, upload, by="sekretariatet")
    assert {goal for goal, _owner in _measures(demo_db, done.batch_id).values()} == {"his-g2"}


def test_another_column_mapped_value_by_value(demo_db):
    owners = {"FoU-leder": "FoUI-leder"}
    unmapped = preview(demo_db, _upload(JIRA, goal_column="Labels", owner_map=owners))
    assert unmapped.tool_map.goal_sources == ["Parent summary", "Parent", "Labels"]
    assert unmapped.tool_map.unmapped_goals == ["kommunikasjon"]
    assert [(p.line, p.column, p.code) for p in unmapped.problems] == [
        (line, "Labels", "unmapped_goal") for line in (3, 4, 6, 7, 8)
    ]
    assert Translator("en")("problem.unmapped_goal").startswith("No goal is chosen")

    upload = _upload(
        JIRA, goal_column="Labels", goal_map={"kommunikasjon": "his-g7"}, owner_map=owners
    )
    done = commit(demo_db, upload, by="sekretariatet")
    assert {goal for goal, _owner in _measures(demo_db, done.batch_id).values()} == {"his-g7"}
    # The column is remembered with its values.
    again = preview(demo_db, _upload(JIRA))
    assert again.tool_map.goal_column == "Labels" and again.counts["unchanged"] == 5


JIRA_SERVER = (
    "Summary,Issue key,Issue id,Issue Type,Status,Assignee,Due date,"
    "Custom field (Epic Link),Custom field (Epic Name)\n"
    "Tydeligere profil,HIS-1,20001,Epic,To Do,,,,Profil\n"
    "Ny nettside,HIS-2,20002,Task,In Progress,Kari Nordmann,31/Oct/25,HIS-1,\n"
    "Kronikk,HIS-3,20003,Task,To Do,Ola Nordmann,31/Dec/25,HIS-9,\n"
    "Løse oppgaver,HIS-4,20004,Task,To Do,Kari Nordmann,31/Dec/25,,\n"
)


def test_jira_server_epic_links_are_keys_named_by_the_epics_in_the_file(demo_db):
    upload = Upload(JIRA_SERVER.encode(), "jira-server.csv", PLAN, "measures", None, TODAY)
    result = preview(demo_db, upload)
    assert result.source_format == "jira"
    found = {c.value: (c.label, c.target) for c in result.tool_map.goals}
    # HIS-1's summary is a goal's title; HIS-9 is not in the file; four has no epic.
    assert found == {"HIS-1": ("Tydeligere profil", "his-g1"), "HIS-9": (None, None),
                     "": (None, None)}  # fmt: skip
    assert result.tool_map.unmapped_owners == ["Kari Nordmann", "Ola Nordmann"]

    upload.goal_map = {"HIS-9": "his-g6", "": "his-g7"}
    upload.owner_map = {"Kari Nordmann": "Kommunikasjonsansvarlig", "Ola Nordmann": "Styret"}
    done = commit(demo_db, upload, by="sekretariatet")
    assert _measures(demo_db, done.batch_id) == {
        "HIS-2": ("his-g1", "Kommunikasjonsansvarlig"),
        "HIS-3": ("his-g6", "Styret"),
        "HIS-4": ("his-g7", "Kommunikasjonsansvarlig"),
    }
    names = demo_db.sql("SELECT name FROM owner")["name"].tolist()
    assert "Kari Nordmann" not in names and "Ola Nordmann" not in names


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("asana_tasks.csv", ["Faglig gjennomføringskraft", "Vise konkret samfunnsverdi",
                             "Innbyggerdialog"]),
        ("monday_board.xlsx", ["Tydeligere profil", "Nasjonal oppmerksomhet"]),
        ("planner_plan.xlsx", ["Innbyggerdialog", "Tydeligere profil", "Nærhet til behovene"]),
    ],
)  # fmt: skip
def test_sections_groups_and_buckets_are_the_values_mapped(demo_db, name, values):
    result = preview(demo_db, _upload(name))
    assert [c.value for c in result.tool_map.goals] == values
    assert result.tool_map.unmapped_goals == []  # each is a goal's title in the demo plan


def test_owner_options_parse_and_refuse_what_is_not_name_equals_role():
    assert parse_owner_options(["Kari Nordmann = Kommunikasjonsansvarlig", "Ola=Styret"]) == {
        "Kari Nordmann": "Kommunikasjonsansvarlig",
        "Ola": "Styret",
    }
    for bad in ("Kari Nordmann", "=Styret", "Kari="):
        with pytest.raises(ValueError):
            parse_owner_options([bad])


# The command line -------------------------------------------------------------------


def _cli(db_path: Path, *args: str, lang: str = "nb") -> subprocess.CompletedProcess:
    """``python -m dashboard import ARGS`` (in this process: tests/helpers.py)."""
    env = {"PLANPULS_TODAY": TODAY.isoformat(), "PLANPULS_LANG": lang}
    return cli_here("import", *args, "--db", str(db_path), env=env)


@pytest.fixture
def demo_file(tmp_path, demo_template):
    """A database file holding the demo (a copy of the session's template)."""
    return copy_of_demo(demo_template, tmp_path / "cli.duckdb")


def test_cli_import_of_a_tool_export_with_goal_and_owner(demo_file):
    jira = str(CORPUS / JIRA)
    refused = _cli(demo_file, jira, "--plan", PLAN, "--kind", "measures")
    assert refused.returncode == 1
    assert "Ikke knyttet til en ansvarlig: «FoU-leder»" in refused.stderr
    assert '--owner "FoU-leder=ROLLE"' in refused.stderr
    assert "Traceback" not in refused.stderr

    wrong_kind = _cli(demo_file, jira, "--plan", PLAN, "--kind", "metrics")
    assert wrong_kind.returncode == 2 and "Velg «Tiltak»" in wrong_kind.stderr
    unknown_goal = _cli(demo_file, jira, "--plan", PLAN, "--goal", "his-g99")
    assert unknown_goal.returncode == 2 and "his-g7" in unknown_goal.stderr
    malformed = _cli(demo_file, jira, "--plan", PLAN, "--owner", "FoU-leder")
    assert malformed.returncode == 2 and '--owner «FoU-leder»: skriv det som "NAVN=ROLLE"' in (
        malformed.stderr
    )
    canonical = _cli(
        demo_file, str(ROOT / "data" / "demo" / "goals.csv"), "--plan", PLAN, "--goal", "his-g1"
    )
    assert canonical.returncode == 2
    assert "--goal og --owner gjelder bare eksporter fra Jira" in canonical.stderr
    goals_csv = str(ROOT / "data" / "demo" / "goals.csv")
    in_english = _cli(demo_file, goals_csv, "--plan", PLAN, "--goal", "his-g1", lang="en")
    assert in_english.returncode == 2
    assert "--goal and --owner are for Jira, Asana, monday.com and Planner" in in_english.stderr

    done = _cli(demo_file, jira, "--plan", PLAN, "--goal", "his-g2",
                "--owner", "FoU-leder=FoUI-leder", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert (outcome["added"], outcome["batch"], outcome["unmapped_owners"]) == (5, 2, [])

    # Without options: the owner remembered from the last import, goals by title.
    again = _cli(demo_file, jira, "--plan", PLAN, "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["changed"] == 5  # back from his-g2 to the epics' goals


def test_import_help_and_readme_document_goal_and_owner():
    shown = cli_here("import", "--help")
    assert shown.returncode == 0
    assert "--goal GOAL_ID" in shown.stdout and "--owner NAME=ROLE" in shown.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert '[--goal GOAL_ID] [--owner "NAME=ROLE" ...]' in readme
    assert "Ansvarlige for personene" in readme and "Mål for verdiene" in readme
