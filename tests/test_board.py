"""Meetings and their frozen snapshots, "since meeting X", reminders, the board commands
and the pages that show them (Oversikt's since-section, Presentasjon, Rapport)."""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse

import pandas as pd
import pytest

from dashboard import board, meetings, queries
from dashboard.i18n import Translator
from dashboard.ingest.batches import undo
from dashboard.ingest.pipeline import Upload, commit
from dashboard.reports.model import build
from dashboard.ui import frame, state
from tests.conftest import TODAY
from tests.helpers import metrics_by_label, run_page, texts

NB = Translator("nb")


# Recording meetings ------------------------------------------------------------------


def test_the_demo_records_the_councils_meetings_on_their_real_dates(demo_db):
    ho21 = meetings.all_meetings(demo_db, "ho21-2020")
    assert [(m.name, m.date) for m in ho21] == [
        ("Møte 4/2021", dt.date(2021, 6, 3)),
        ("Møte 5/2021", dt.date(2021, 9, 1)),
        ("Møte 6/2021", dt.date(2021, 11, 18)),
    ]
    assert not any(m.illustrative for m in ho21)
    for plan_id in ("his-2025", "tynset-2025"):
        others = meetings.all_meetings(demo_db, plan_id)
        assert len(others) >= 2
        assert all(m.illustrative and m.date.year == 2026 and m.date < TODAY for m in others)
    # Each meeting froze every measure of its plan.
    counts = demo_db.sql(
        "SELECT m.plan_id, count(*) AS n FROM meeting_measure mm JOIN meeting m "
        "ON m.id = mm.meeting_id WHERE m.name = 'Møte 6/2021' GROUP BY m.plan_id"
    )
    assert counts["n"].tolist() == [20]


def test_the_demo_can_be_replaced_with_its_meetings(demo_db):
    batch = int(demo_db.scalar("SELECT min(id) FROM import_batch WHERE kind = 'demo'"))
    undo(demo_db, batch, by="test")
    assert demo_db.scalar("SELECT count(*) FROM meeting") == 0
    assert demo_db.scalar("SELECT count(*) FROM meeting_measure") == 0
    assert demo_db.scalar("SELECT count(*) FROM meeting_goal") == 0


@pytest.mark.parametrize(
    ("plan_id", "name", "date", "code"),
    [
        ("his-2025", "", TODAY, "name_missing"),
        ("his-2025", "   ", TODAY, "name_missing"),
        ("his-2025", "x" * 81, TODAY, "name_too_long"),
        ("his-2025", "styremøte 4/2026", TODAY, "name_taken"),  # any case
        ("his-2025", "Styremøte 6/2026", TODAY + dt.timedelta(days=1), "future_date"),
        ("no-such-plan", "Møte 1", TODAY, "no_such_plan"),
    ],
)
def test_a_meeting_is_refused_with_a_reason_and_nothing_written(demo_db, plan_id, name, date, code):
    before = demo_db.scalar("SELECT count(*) FROM meeting")
    with pytest.raises(meetings.MeetingRefused) as refused:
        meetings.record(demo_db, plan_id, name, date, by="test", today=TODAY)
    assert refused.value.code == code
    assert NB(f"meeting.error.{code}", **refused.value.params)  # a message exists for it
    assert demo_db.scalar("SELECT count(*) FROM meeting") == before


def test_finding_a_meeting_by_name_and_removing_it(demo_db):
    meeting = meetings.find(demo_db, "ho21-2020", "  møte 6/2021 ")
    assert meeting.name == "Møte 6/2021"
    assert meetings.previous(demo_db, meeting).name == "Møte 5/2021"
    meetings.remove(demo_db, meeting.id)
    with pytest.raises(meetings.MeetingRefused, match="no_such_meeting"):
        meetings.find(demo_db, "ho21-2020", "Møte 6/2021")
    assert (
        demo_db.scalar(
            "SELECT count(*) FROM meeting_measure WHERE meeting_id = $m", {"m": meeting.id}
        )
        == 0
    )


# The snapshot is frozen ----------------------------------------------------------------

STATUS_FILE = """tiltak_id;dato;status;fremdrift;kommentar;rapportert_av
his-t04;23.11.2026;Fullført;100;Ferdig: resultathistoriene er publisert.;Kommunikasjonsansvarlig
his-t18;01.11.2026;På sporet;75;Etterregistrert: møte med nettverket holdt 1. november.;FoUI-leder
his-t19;20.11.2026;På sporet;20;Oppstart etter sommeren.;Alle ansatte
"""
MEASURES_FILE = """tiltak_id;mål_id;tittel;ansvarlig;kanaler;målgrupper;start;frist;vekt
his-t09;his-g6;Omdøpt tiltak etter møtet;Administrerende direktør;;;01.02.2025;31.03.2027;3
"""


def _upload(db, text: str, name: str, kind: str) -> int:
    upload = Upload(text.encode("utf-8"), name, "his-2025", kind, None, TODAY)
    done = commit(db, upload, by="test")
    assert done.batch_id is not None
    return done.batch_id


def test_a_meetings_report_and_since_view_stay_as_recorded_while_the_current_view_moves(
    demo_db,
):
    meeting_day = dt.date(2026, 11, 18)
    meeting = meetings.record(demo_db, "his-2025", "Styremøte 5/2026", meeting_day,
                              by="test", today=TODAY)  # fmt: skip
    frozen = board.for_meeting(demo_db, meeting)
    report = build(frozen, NB, generated=TODAY)
    current = queries.measure_states(demo_db, queries.Filters("his-2025", TODAY, TODAY))
    live_on_the_day = board.for_date(demo_db, "his-2025", meeting_day)
    pd.testing.assert_frame_equal(
        frozen.states[["id", "status", "progress"]].reset_index(drop=True),
        live_on_the_day.states[["id", "status", "progress"]].reset_index(drop=True),
    )

    # After the meeting: new updates (one back-dated to before the meeting) and a
    # measure moved to another goal with a new title, due date and weight.
    status_batch = _upload(demo_db, STATUS_FILE, "status.csv", "status")
    measures_batch = _upload(demo_db, MEASURES_FILE, "tiltak.csv", "measures")

    again = board.for_meeting(demo_db, meeting)
    assert build(again, NB, generated=TODAY) == report
    pd.testing.assert_frame_equal(again.states, frozen.states)
    pd.testing.assert_frame_equal(again.changes, frozen.changes)
    pd.testing.assert_frame_equal(again.summary, frozen.summary)

    # ... while the current view has moved,
    moved = queries.measure_states(demo_db, queries.Filters("his-2025", TODAY, TODAY))
    now = moved.set_index("id")
    assert now.loc["his-t04", "status"] == "done"
    assert current.set_index("id").loc["his-t04", "status"] != "done"
    assert now.loc["his-t09", "title"] == "Omdøpt tiltak etter møtet"
    assert now.loc["his-t09", "goal_id"] == "his-g6"
    # ... and so has a recomputation of the meeting's day (the back-dated update):
    # which is why a meeting reads its snapshot, not the history.
    recomputed = board.for_date(demo_db, "his-2025", meeting_day).states.set_index("id")
    assert recomputed.loc["his-t18", "progress"] == 75
    assert frozen.states.set_index("id").loc["his-t18", "progress"] == 60
    assert frozen.states.set_index("id").loc["his-t09", "title"] != "Omdøpt tiltak etter møtet"

    # "Since the meeting" on the current view sees the new updates.
    since = board.compare(meetings.snapshot_states(demo_db, meeting), moved, meeting_day)
    changed = since.set_index("id")
    assert changed.loc["his-t04", "newly_done"]
    assert changed.loc["his-t19", "status_after"] == "on_track"
    assert changed.loc["his-t19", "comment"] == "Oppstart etter sommeren."

    # Undoing the uploads changes the current view back, and the meeting not at all.
    undo(demo_db, measures_batch, by="test")
    undo(demo_db, status_batch, by="test")
    assert build(board.for_meeting(demo_db, meeting), NB, generated=TODAY) == report


def test_the_next_meetings_since_view_compares_two_snapshots(demo_db):
    six = meetings.find(demo_db, "ho21-2020", "Møte 6/2021")
    five = meetings.find(demo_db, "ho21-2020", "Møte 5/2021")
    view = board.for_meeting(demo_db, six)
    assert view.baseline.meeting == five
    expected = board.compare(
        meetings.snapshot_states(demo_db, five), meetings.snapshot_states(demo_db, six), five.date
    )
    pd.testing.assert_frame_equal(view.changes, expected)
    # The dialogue meeting of 14 October was done between the two meetings.
    done = view.changes[view.changes["newly_done"]]["title"].tolist()
    assert any("Dialogmøte 2" in title for title in done)


# Comparing two states, and reminders ------------------------------------------------


def _s(rows):
    columns = ["id", "status", "progress", "overdue", "last_comment", "last_comment_date"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["title"] = frame["id"].str.upper()
    frame["goal_id"] = "g"
    frame["goal_title"] = "G"
    frame["goal_order"] = 1
    frame["owner"] = "O"
    frame["last_comment_date"] = pd.to_datetime(frame["last_comment_date"])
    return frame


SINCE = dt.date(2026, 9, 1)


@pytest.mark.parametrize(
    ("before", "after", "listed", "flags"),
    [
        # nothing changed: not listed
        (("a", "on_track", 40.0, False, "x", "2026-08-01"),
         ("a", "on_track", 40.0, False, "x", "2026-08-01"), False, {}),
        # progress moved
        (("a", "on_track", 40.0, False, None, None),
         ("a", "on_track", 55.0, False, None, None), True, {"delta": 15.0}),
        # done since
        (("a", "on_track", 90.0, False, None, None),
         ("a", "done", 100.0, False, None, None), True,
         {"newly_done": True, "status_changed": True}),
        # went past its due date
        (("a", "on_track", 40.0, False, None, None),
         ("a", "on_track", 40.0, True, None, None), True, {"newly_late": True}),
        # went stale
        (("a", "on_track", 40.0, False, None, None),
         ("a", "stale", 40.0, False, None, None), True, {"status_changed": True}),
        # only a new comment
        (("a", "on_track", 40.0, False, "old", "2026-08-01"),
         ("a", "on_track", 40.0, False, "new", "2026-09-15"), True, {"comment": "new"}),
        # a comment from before the baseline is not new
        (("a", "on_track", 40.0, False, None, None),
         ("a", "on_track", 50.0, False, "old", "2026-08-01"), True, {"comment": ""}),
        # a measure added since counts from not started, 0 %
        (None, ("a", "on_track", 10.0, False, None, None), True,
         {"status_before": "not_started", "progress_before": 0.0}),
    ],
)  # fmt: skip
def test_compare(before, after, listed, flags):
    result = board.compare(_s([before] if before else []), _s([after]), SINCE)
    assert (len(result) == 1) is listed
    for key, value in flags.items():
        assert result.iloc[0][key] == value


def test_silent_owners_are_those_with_running_measures_and_no_update_since():
    states = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d", "e"],
            "title": ["A", "B", "C", "D", "E"],
            "owner_id": ["o1", "o1", "o2", "o3", "o4"],
            "owner": ["Ann", "Ann", "Bo", "Cy", "Di"],
            "reported_status": ["on_track", "stale", "on_track", "done", "not_started"],
            "start_date": pd.to_datetime(["2026-01-01", "2026-01-01", "2026-01-01",
                                          "2026-01-01", "2026-10-01"]),
            "last_update": pd.to_datetime(["2026-08-01", None, "2026-09-10", "2026-01-02",
                                           None]),
        }
    )  # fmt: skip
    silent = board.silent_owners(states, SINCE)
    # Ann: both her measures are silent; Bo reported; Cy is done; Di starts later.
    assert silent["owner"].tolist() == ["Ann"]
    assert silent.iloc[0]["measures"] == ["A", "B"]
    assert silent.iloc[0]["last_update"] == dt.date(2026, 8, 1)


def test_the_reminder_is_a_mailto_link_listing_each_owners_measures():
    owners = pd.DataFrame(
        {"owner_id": ["o1"], "owner": ["Kommunikasjonsansvarlig"],
         "measures": [["Nyhetsbrev & nettside", "Årsrapport"]], "last_update": [None]}
    )  # fmt: skip
    link = board.reminder_link(["komm@example.org"], owners, "Plan A", "Styremøte 4/2026", NB)
    assert link.startswith("mailto:komm@example.org?")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)
    assert query["subject"] == ["Påminnelse: statusoppdatering for Plan A"]
    body = query["body"][0]
    assert "siden Styremøte 4/2026" in body
    assert "  - Nyhetsbrev & nettside" in body and "  - Årsrapport" in body
    assert "+" not in link.split("?", 1)[1]  # spaces as %20 (RFC 6068), not "+"
    many = owners.assign(measures=[[f"Tiltak nummer {i} med et langt navn" for i in range(200)]])
    assert len(board.reminder_link([], many, "Plan A", "x", NB)) <= board.MAILTO_LIMIT


@pytest.mark.parametrize("email", ["to@example.org", "", None])
def test_owner_email_is_set_and_cleared(demo_db, email):
    board.set_owner_email(demo_db, "his-foui-leder", email)
    assert board.owner_emails(demo_db, "his-2025").get("his-foui-leder") == (email or None)


@pytest.mark.parametrize("email", ["not an address", "a@b.no, c@d.no", "x"])
def test_a_bad_owner_email_is_refused(demo_db, email):
    with pytest.raises(ValueError):
        board.set_owner_email(demo_db, "his-foui-leder", email)


# The commands --------------------------------------------------------------------------


@pytest.fixture
def cli(demo_db, tmp_path, capsys):
    """Run a board command through the command line (``python -m dashboard``)."""
    from dashboard import cli as command_line

    path = demo_db.path
    demo_db.close()  # the command opens the file itself

    def run(*words: str) -> tuple[int, str, str]:
        code = command_line.main([*words, "--db", path])
        out = capsys.readouterr()
        assert "Traceback" not in out.err
        return code, out.out, out.err

    return run


def test_report_command_writes_each_format(cli, tmp_path):
    for fmt in ("docx", "pptx", "pdf"):
        target = tmp_path / f"rapport.{fmt}"
        code, out, _ = cli("report", "--plan", "ho21-2020", "--meeting", "Møte 6/2021",
                           "--format", fmt, "-o", str(target))  # fmt: skip
        assert code == 0
        assert target.stat().st_size > 10_000
        assert "Møte 6/2021" in out
    code, _, _ = cli("report", "--plan", "his-2025", "--as-of", "2026-11-23", "--since",
                     "2026-09-24", "-o", str(tmp_path / "r.pdf"))  # fmt: skip
    assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("words", "code", "says"),
    [
        (("--plan", "ho21-2020", "--meeting", "Møte 9/2021"), 1, "Møte 9/2021"),
        (("--plan", "nope", "--as-of", "2021-11-18"), 2, "ukjent plan «nope»"),
        (("--plan", "nope", "--as-of", "2021-11-18", "--lang", "en"), 2, "unknown plan “nope”"),
        (("--plan", "ho21-2020", "--as-of", "18/11/2021"), 2, "not a date"),
        (("--plan", "ho21-2020"), 2, "one of the arguments"),
        (("--plan", "ho21-2020", "--meeting", "Møte 5/2021", "--since", "2021-11-18"), 2,
         "må være før"),
        (("--plan", "ho21-2020", "--meeting", "Møte 5/2021", "--since", "2021-11-18",
          "--lang", "en"), 2, "must be before"),
        (("--plan", "ho21-2020", "--as-of", "2021-11-18", "--meeting", "Møte 6/2021"), 2,
         "not allowed with"),
    ],
)  # fmt: skip
def test_report_command_refuses_with_a_reason(cli, tmp_path, words, code, says):
    result, _out, err = cli("report", *words, "-o", str(tmp_path / "r.pdf"))
    assert result == code
    assert says in err
    assert not (tmp_path / "r.pdf").exists()


def test_report_command_needs_a_known_format_and_a_folder(cli, tmp_path):
    code, _, err = cli("report", "--plan", "ho21-2020", "--as-of", "2021-11-18",
                       "-o", str(tmp_path / "r.txt"))  # fmt: skip
    assert code == 2 and "velg formatet med --format docx|pptx|pdf" in err
    code, _, err = cli("report", "--plan", "ho21-2020", "--as-of", "2021-11-18",
                       "-o", str(tmp_path / "missing" / "r.pdf"))  # fmt: skip
    assert code == 2 and f"mappen {tmp_path / 'missing'} finnes ikke" in err
    code, _, err = cli("report", "--plan", "ho21-2020", "--as-of", "2021-11-18", "--lang", "en",
                       "-o", str(tmp_path / "missing" / "r.pdf"))  # fmt: skip
    assert code == 2 and f"the folder {tmp_path / 'missing'} does not exist" in err


def test_meetings_commands_add_list_and_remove(cli, monkeypatch):
    monkeypatch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    code, out, _ = cli("meetings", "add", "--plan", "his-2025", "Styremøte 5/2026",
                       "--date", "20.11.2026")  # fmt: skip
    assert code == 0 and "Styremøte 5/2026" in out
    code, _, err = cli("meetings", "add", "--plan", "his-2025", "Styremøte 5/2026",
                       "--date", "2026-11-20")  # fmt: skip
    assert code == 1 and "allerede" in err
    code, _, err = cli("meetings", "add", "--plan", "his-2025", "Styremøte 6/2026",
                       "--date", "2026-12-10")  # fmt: skip
    assert code == 1 and "Møtedatoen 10.12.2026 er fram i tid" in err  # the date as nb writes it
    code, out, _ = cli("meetings", "list", "--plan", "his-2025", "--json")
    listed = json.loads(out)
    assert listed[-1]["name"] == "Styremøte 5/2026" and listed[-1]["date"] == "2026-11-20"
    code, out, _ = cli("meetings", "remove", "--plan", "his-2025", "Styremøte 5/2026")
    assert code == 0
    code, _, err = cli("meetings", "remove", "--plan", "his-2025", "Styremøte 5/2026")
    assert code == 1


# The pages -------------------------------------------------------------------------------

BOARD_PAGE_PATHS = ("pages/presentasjon.py", "pages/rapport.py")


def test_the_board_pages_have_words_in_both_languages():
    board = [spec for spec in frame.PAGES if spec.path in BOARD_PAGE_PATHS]
    assert len(board) == 2
    for spec in board:
        assert Translator("nb")(spec.title) and Translator("en")(spec.title)


def test_oversikt_compares_with_the_last_meeting_by_default(demo_env):
    at = run_page(plan="ho21-2020", to="2021-12-31")
    assert at.selectbox(key="filter_meeting").value == "Møte 6/2021"
    assert "Endringer siden Møte 6/2021 (18.11.2021)" in texts(at)
    shown = metrics_by_label(at)
    assert shown["Ikke oppdatert"] == "0"  # the council's cadence is 90 days


def test_oversikt_since_a_meeting_shows_the_changes_of_its_snapshot(demo_env):
    at = run_page(plan="ho21-2020", to="2021-11-18", meeting="Møte 5/2021")
    db = state.database()
    five = meetings.find(db, "ho21-2020", "Møte 5/2021")
    live = queries.measure_states(
        db, queries.Filters("ho21-2020", five.date, dt.date(2021, 11, 18))
    )
    expected = board.compare(meetings.snapshot_states(db, five), live, five.date)
    shown = metrics_by_label(at)
    assert shown["Ferdigstilt"] == str(int(expected["newly_done"].sum()))
    assert shown["Nye kommentarer"] == str(int(expected["comment"].ne("").sum()))
    changes = next(df.value for df in at.dataframe if "Ny kommentar" in df.value.columns)
    assert sorted(changes["Tiltak"]) == sorted(expected["title"])


def test_oversikt_lists_the_stale_measures(demo_env):
    at = run_page()
    db = state.database()
    states = queries.measure_states(db, queries.Filters("his-2025", TODAY, TODAY))
    stale = states[states["stale"]]
    assert metrics_by_label(at)["Ikke oppdatert"] == str(len(stale))
    assert any(f"Tiltak som ikke er oppdatert ({len(stale)})" in s.value for s in at.subheader)


def test_ansvarlige_lists_the_owners_who_have_not_reported_with_mail_links(demo_env):
    at = run_page("pages/ansvarlige.py")
    db = state.database()
    last = meetings.find(db, "his-2025", "Styremøte 4/2026")
    states = queries.measure_states(db, queries.Filters("his-2025", TODAY, TODAY))
    silent = board.silent_owners(states, last.date)
    assert any("siden Styremøte 4/2026" in s.value for s in at.subheader)
    table = next(df.value for df in at.dataframe if "Tiltak uten oppdatering" in df.value.columns)
    assert table["Ansvarlig"].tolist() == silent["owner"].tolist()
    links = list(at.get("link_button"))
    assert links and all(b.proto.url.startswith("mailto:") for b in links)


def test_presentation_walks_the_goals_of_a_meeting(demo_env):
    at = run_page("pages/presentasjon.py", plan="ho21-2020", meeting="Møte 6/2021")
    db = state.database()
    six = meetings.find(db, "ho21-2020", "Møte 6/2021")
    goals = meetings.snapshot_goals(db, six)["title"].tolist()
    html = "\n".join(m.value for m in at.markdown)
    assert "Handlingsplan HO21-rådet 2020–2021" in html and "Møte 6/2021 · 18.11.2021" in html
    for title in goals:
        assert title in html  # the goal index on the title screen
    frozen = board.for_meeting(db, six)
    for number, goal_id in enumerate(frozen.goals["id"], start=1):
        at.button(key="present_next").click().run()
        assert not at.exception
        assert at.query_params["slide"] == [str(number)] or at.query_params["slide"] == str(number)
        html = "\n".join(m.value for m in at.markdown)
        row = frozen.summary[frozen.summary["goal_id"] == goal_id].iloc[0]
        assert f">{goals[number - 1]}<" in html
        assert NB.percent(row["progress"]) in html
    assert at.button(key="present_next").disabled
    at.button(key="present_go_0").click().run()
    assert "Samlet fremdrift" in "\n".join(m.value for m in at.markdown)


def test_rapport_shows_the_meetings_report_with_its_downloads(demo_env):
    at = run_page("pages/rapport.py", plan="ho21-2020", meeting="Møte 6/2021")
    assert at.title[0].value == "Rapport"
    assert "Orientering og status: Handlingsplan HO21-rådet 2020–2021" in texts(at)
    downloads = at.get("download_button")
    assert [d.proto.label for d in downloads] == ["Word", "PowerPoint", "PDF"]
    # Viewers see the meetings, not the form that records one.
    assert not any(f.proto.form_id == "record_meeting" for f in at.get("form"))


def test_the_secretariat_records_a_meeting_on_the_rapport_page(demo_env):
    at = run_page("pages/rapport.py", role="secretariat", plan="his-2025")
    at.text_input[0].input("Styremøte 5/2026")
    submit = next(b for b in at.button if "Registrer møtet" in str(b.label))
    submit.click().run()
    assert not at.exception
    assert any("Styremøte 5/2026" in s.value for s in at.success)
    db = state.database()
    recorded = meetings.find(db, "his-2025", "Styremøte 5/2026")
    assert recorded.date == TODAY and recorded.recorded_by == "test-secretariat"


BOARD_MODULES = [
    *(f"dashboard/board/{m}.py" for m in ("model", "build", "compare", "emails", "mailto",
                                            "prose")),
    "dashboard/meetings.py", "dashboard/cli/board.py",
    "dashboard/reports/model.py", "dashboard/reports/docx_report.py",
    "dashboard/reports/pdf_report.py", "dashboard/reports/pptx_report.py",
    "dashboard/ui/presentation.py", "dashboard/ui/report.py", "dashboard/ui/board_sections.py",
]  # fmt: skip


def test_every_message_the_board_modules_use_exists_and_has_a_board_prefix():
    import re
    from pathlib import Path

    from dashboard import messages_board
    from dashboard.i18n import MESSAGES

    root = Path(__file__).resolve().parent.parent
    prefixes = ("board.", "meeting.", "stale.", "present.", "report.")
    assert all(key.startswith(prefixes) for key in messages_board.MESSAGES)
    used = set()
    for module in BOARD_MODULES:
        text = (root / module).read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*"([a-z_]+\.[a-z_.]+)\"""", text))
        used |= {f"report.{k}" for k in re.findall(r'^\s+"([a-z_]+)",$', text, re.M)
                 if module.endswith("model.py")}  # fmt: skip
    assert used, "no message keys found"
    assert sorted(k for k in used if k not in MESSAGES and not k.endswith(".")) == []
    # A phrase per status comes with the status (labels.Status), in every language.
    from dashboard.labels import DISPLAY_STATUSES

    assert all(s.phrase_nb and s.phrase_nn and s.phrase_en for s in DISPLAY_STATUSES)
    # Keys put together in code: one and other forms, the refusals.
    for key in ("of_measures", "done_since", "status_changed", "overdue", "attention", "stale"):
        assert f"board.{key}.one" in MESSAGES and f"board.{key}.other" in MESSAGES
    codes = ("name_missing", "name_too_long", "name_taken", "future_date", "no_such_plan",
             "no_such_meeting")  # fmt: skip
    assert all(f"meeting.error.{code}" in MESSAGES for code in codes)
