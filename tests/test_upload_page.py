"""The secretariat's flow headless: upload → preview → save → Oversikt moves → undo → back."""

from __future__ import annotations

from dashboard.inert import plain
from tests.conftest import TODAY
from tests.helpers import metrics_by_label, run_page, upload_page

STATUS_CP1252 = (
    "sep=;\r\n"
    "Tiltak-ID;Dato;Status;Fremdrift;Kommentar\r\n"
    "his-t05;20.11.2026;Fullført;100 %;Møtene er gjennomført – også i Kristiansund\r\n"
    "his-t13;21.11.2026;ferdig;100;Artikkelen er publisert\r\n"
).encode("cp1252")


def test_upload_preview_save_then_oversikt_changes_then_undo_restores(demo_env):
    overview = metrics_by_label(run_page())
    assert overview["Forfalt"] == "3"  # his-t05, his-t13 and his-t18 are overdue
    done_before = int(overview["Fullført"])

    at = upload_page()
    at.file_uploader(key="upload_file").upload("status.csv", STATUS_CP1252, "text/csv").run()
    assert not at.exception
    read = at.dataframe[0].value.set_index("")[" "]
    assert read["Tegnsett"] == "CP1252"
    assert read["Skilletegn"] == "semikolon (;)"
    assert read["Innhold"] == "Statusoppdateringer"
    assert read["Overskrift på linje"] == "1"  # Excel hides the sep= line
    shown = metrics_by_label(at)
    assert (shown["Nye"], shown["Endret"], shown["Uendret"], shown["Avvist"]) == (
        "2",
        "0",
        "0",
        "0",
    )

    at.button(key="upload_commit").click().run()
    assert not at.exception
    assert any("Lagret som opplasting nr. 2" in s.value for s in at.success)

    after = metrics_by_label(run_page())
    assert after["Forfalt"] == "1"
    assert int(after["Fullført"]) == done_before + 2

    history = run_page("pages/importhistorikk.py", role="secretariat")
    table = history.dataframe[0].value
    assert table.iloc[0]["Fil"] == "status.csv"
    assert table.iloc[0]["Nye"] == 2
    history.checkbox(key="undo_sure_2").check().run()
    history.button(key="undo_go").click().run()
    assert any("Opplasting nr. 2 er angret" in s.value for s in history.success)

    restored = metrics_by_label(run_page())
    assert restored == overview


def test_a_rejected_upload_lists_line_column_and_reason_and_cannot_be_saved(demo_env):
    bad = (
        "Tiltak-ID;Dato;Status;Fremdrift\n"
        "his-t05;20.11.2026;Fullført;100\n"
        "his-t99;20.11.2026;lilla;250\n"
    ).encode()
    at = upload_page()
    at.file_uploader(key="upload_file").upload("feil.csv", bad, "text/csv").run()
    assert any("3 feil må rettes" in e.value for e in at.error)
    problems = at.dataframe[1].value
    assert problems[["Linje", "Kolonne"]].values.tolist() == [
        [3, "Tiltak-ID"],
        [3, "Status"],
        [3, "Fremdrift"],
    ]
    assert problems["Hva er galt"].iloc[0].startswith("Ukjent tiltak-ID")
    assert at.button(key="upload_commit").disabled


def test_a_file_of_no_known_format_says_which_columns_it_found(demo_env):
    at = upload_page()
    at.file_uploader(key="upload_file").upload("x.csv", b"navn;alder\nA;3\n", "text/csv").run()
    message = plain(at.error[0].value)  # as read: Markdown escapes taken out
    assert "«navn», «alder»" in message and "tiltak_id" in message


def test_uploading_the_same_rows_again_says_unchanged(demo_env):
    at = upload_page()
    at.file_uploader(key="upload_file").upload("status.csv", STATUS_CP1252, "text/csv").run()
    at.button(key="upload_commit").click().run()
    again = upload_page()
    again.file_uploader(key="upload_file").upload("status.csv", STATUS_CP1252, "text/csv").run()
    assert metrics_by_label(again)["Uendret"] == "2"
    assert any("Ingenting å lagre" in i.value for i in again.info)
    assert again.button(key="upload_commit").disabled
    assert TODAY.year == 2026
