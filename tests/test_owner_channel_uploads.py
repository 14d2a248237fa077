"""Owners and channels by upload (issue 8, item 3): the secretariat's list of owners
with e-mail addresses and its list of channels with their scope, as `;` cp1252 files.

Previewed, committed, uploaded again unchanged and undone; every problem with its
Excel line and the user's column; the kind detected when left open; the command line.
"""

from __future__ import annotations

import pytest

from dashboard.i18n import Translator
from dashboard.ingest import report, templates
from dashboard.ingest.batches import undo
from dashboard.ingest.pipeline import Upload, UploadRefused, commit, preview
from tests.conftest import TODAY

NB = Translator("nb")

#: Two demo owners (written in another case than the demo's) and a new one.
OWNERS = (
    "Ansvarlig;E-post\r\n"
    "kommunikasjonsansvarlig;kommunikasjon@helse.no\r\n"
    "FoUI-leder;foui@helse.no\r\n"
    "Økonomisjef;okonomi@helse.no\r\n"
).encode("cp1252")

#: A demo channel made internal, one left as it is, and a new internal one.
CHANNELS = (
    "Kanal;Kanaltype\r\nNYHETSBREV;Intern\r\nNettside;ekstern\r\nIntranett;INTERNAL\r\n"
).encode("cp1252")


def upload(data: bytes, name: str, kind: str | None = None) -> Upload:
    return Upload(data, name, "his-2025", kind=kind, today=TODAY)


def _rows(db, sql: str) -> dict[str, tuple]:
    with db.cursor() as cur:  # tuples, so that a missing e-mail is None, not NaN
        return {name: tuple(rest) for name, *rest in cur.execute(sql).fetchall()}


def owners(db) -> dict[str, tuple]:
    return _rows(
        db, "SELECT name, email, import_batch_id, source FROM owner WHERE organisation_id = 'his'"
    )


def channels(db) -> dict[str, tuple]:
    return _rows(
        db, "SELECT name, scope, import_batch_id, source FROM channel WHERE organisation_id = 'his'"
    )


def test_an_owners_file_is_previewed_committed_unchanged_again_and_undone(demo_db):
    before = owners(demo_db)
    assert before["Kommunikasjonsansvarlig"][0] is None and "Økonomisjef" not in before
    result = preview(demo_db, upload(OWNERS, "ansvarlige.csv"))
    assert result.file_error is None and result.problems == []
    assert (result.kind, result.encoding, result.separator) == ("owners", "cp1252", ";")
    assert result.mapping == {"name": "Ansvarlig", "email": "E-post"}
    assert result.counts == {"added": 1, "changed": 2, "unchanged": 0, "rejected": 0}
    shown = report.rows(result.samples["added"], "owners", NB)
    assert list(shown["E-post"]) == ["okonomi@helse.no"]

    first = commit(demo_db, upload(OWNERS, "ansvarlige.csv"), by="Sekretariatet")
    after = owners(demo_db)
    assert after["Kommunikasjonsansvarlig"] == (
        "kommunikasjon@helse.no",
        first.batch_id,
        "ansvarlige.csv:2",
    )  # the stored name keeps its own case
    assert after["Økonomisjef"] == ("okonomi@helse.no", first.batch_id, "ansvarlige.csv:4")
    assert after["Styret"] == before["Styret"]

    again = preview(demo_db, upload(OWNERS, "ansvarlige.csv"))
    assert again.counts == {"added": 0, "changed": 0, "unchanged": 3, "rejected": 0}
    assert commit(demo_db, upload(OWNERS, "ansvarlige.csv"), by="s").batch_id is None

    new_mail = "Ansvarlig;E-post\nKommunikasjonsansvarlig;kom@helse.no\n".encode("cp1252")
    second = commit(demo_db, upload(new_mail, "ny.csv"), by="s")
    assert second.preview.counts["changed"] == 1
    assert owners(demo_db)["Kommunikasjonsansvarlig"][0] == "kom@helse.no"
    undo(demo_db, second.batch_id, by="s")
    assert owners(demo_db) == after  # e-mail, batch and source exactly as before
    undo(demo_db, first.batch_id, by="s")
    assert owners(demo_db) == before  # the added owner gone, the e-mails empty again


def test_a_channels_file_changes_a_scope_adds_a_channel_and_is_undone(demo_db):
    before = channels(demo_db)
    assert before["Nyhetsbrev"][0] == "external" and before["Nettside"][0] == "external"
    result = preview(demo_db, upload(CHANNELS, "kanaler.csv"))
    assert result.kind == "channels" and result.problems == []
    assert result.counts == {"added": 1, "changed": 1, "unchanged": 1, "rejected": 0}
    shown = report.rows(result.samples["changed"], "channels", NB)
    assert list(shown["Kanal"]) == ["Nyhetsbrev"] and list(shown["Intern/ekstern"]) == ["Intern"]
    assert list(shown["Før"]) == ["Ekstern"]

    done = commit(demo_db, upload(CHANNELS, "kanaler.csv"), by="Sekretariatet")
    after = channels(demo_db)
    assert after["Nyhetsbrev"] == ("internal", done.batch_id, "kanaler.csv:2")
    assert after["Intranett"] == ("internal", done.batch_id, "kanaler.csv:4")
    assert after["Nettside"] == before["Nettside"]
    undo(demo_db, done.batch_id, by="s")
    assert channels(demo_db) == before


def test_every_problem_is_named_with_its_line_and_column_and_nothing_is_written(demo_db):
    bad_owners = (
        "Rolle;Epost\n"
        "Styret;styret(at)helse.no\n"  # 2: not an e-mail
        ";ingen@helse.no\n"  # 3: no name
        "Ny rolle;ny@helse.no\n"
        "ny rolle;ny2@helse.no\n"  # 5: the same name again
        "Alle ansatte;alle@helse.no;x\n"  # 6: an extra field
    ).encode("cp1252")
    result = preview(demo_db, upload(bad_owners, "ansvarlige.csv", "owners"))
    found = [(p.line, p.column, p.value, p.code) for p in result.problems]
    assert found == [
        (2, "Epost", "styret(at)helse.no", "bad_email"),
        (3, "Rolle", "", "missing_value"),
        (5, "Rolle", "ny rolle", "duplicate_row"),
        (6, "", "x", "extra_fields"),
    ]
    assert report.column_label(result.problems[-1], NB) == "kolonne C (uten overskrift)"
    assert "e-postadresse" in report.problem_text(result.problems[0], NB)
    with pytest.raises(UploadRefused):
        commit(demo_db, upload(bad_owners, "ansvarlige.csv", "owners"), by="s")
    assert "Ny rolle" not in owners(demo_db)

    bad_channels = ("Navn;Type\nNettside;sosial\nPodkast;\nPodkast;ekstern\n;intern\n").encode(
        "cp1252"
    )
    result = preview(demo_db, upload(bad_channels, "kanaler.csv", "channels"))
    found = [(p.line, p.column, p.value, p.code) for p in result.problems]
    assert found == [
        (2, "Type", "sosial", "bad_scope"),
        (3, "Type", "", "missing_value"),  # a new channel must say its scope
        (4, "Navn", "Podkast", "duplicate_row"),
        (5, "Navn", "", "missing_value"),
    ]
    assert "intern eller ekstern" in report.problem_text(result.problems[0], NB)


def test_owners_and_channels_files_are_detected_without_taking_other_kinds(demo_db):
    assert preview(demo_db, upload(OWNERS, "a.csv")).kind == "owners"
    assert preview(demo_db, upload(CHANNELS, "k.csv")).kind == "channels"
    english = b"owner,email\nBoard,board@example.org\n"
    assert preview(demo_db, upload(english, "o.csv")).kind == "owners"
    # A measures file that carries owners' e-mails and channel scopes stays measures.
    measures = (
        "tiltak_id;mål_id;tittel;ansvarlig;e-post;kanal;kanaltype\n"
        "his-t01;his-g1;Nytt navn;Styret;styret@helse.no;Nettside;ekstern\n"
    ).encode("cp1252")
    assert preview(demo_db, upload(measures, "m.csv")).kind == "measures"


def test_templates_hold_the_organisations_owners_and_channels(demo_db):
    commit(demo_db, upload(OWNERS, "ansvarlige.csv"), by="s")
    frame = templates.template(demo_db, "owners", "his-2025", TODAY, "nb")
    assert list(frame.columns) == ["ansvarlig", "e-post"]
    rows = dict(frame.itertuples(index=False))
    assert rows["Økonomisjef"] == "okonomi@helse.no" and rows["Styret"] == ""
    chans = templates.template(demo_db, "channels", "his-2025", TODAY, "en")
    assert list(chans.columns) == ["channel", "scope", "richness"]
    by_name = {name: (scope, rich) for name, scope, rich in chans.itertuples(index=False)}
    assert by_name["Teams (intern)"] == ("internal", "Video conference")  # its richness (0014)
    # Uploaded back untouched, both templates change nothing.
    for kind, table in (("owners", frame), ("channels", chans)):
        data = table.to_csv(sep=";", index=False).encode("utf-8")
        again = preview(demo_db, upload(data, f"{kind}.csv"))
        assert again.kind == kind and again.problems == []
        assert again.counts["unchanged"] == len(table) and again.counts["changed"] == 0


def test_the_command_line_imports_owners_and_channels(tmp_path, demo_template):
    from tests.helpers import demo_file, import_cli, run_cli

    db_path = demo_file(tmp_path, demo_template)
    good = tmp_path / "ansvarlige.csv"
    good.write_bytes(OWNERS)
    result = import_cli(db_path, good, "--kind", "owners")
    assert result.returncode == 0, result.stderr
    bad = tmp_path / "kanaler.csv"
    bad.write_bytes(b"kanal;kanaltype\nNettside;sosial\n")
    result = import_cli(db_path, bad, "--kind", "channels")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "owners" in run_cli("import", "--help").stdout


def test_the_upload_page_previews_and_saves_an_owners_file(demo_env):
    from tests.helpers import metrics_by_label, run_page

    at = run_page("pages/last_opp.py", role="secretariat")
    kinds = at.selectbox(key="upload_kind").options
    assert "Ansvarlige" in kinds and "Kanaler" in kinds
    at.file_uploader(key="upload_file").upload("ansvarlige.csv", OWNERS, "text/csv").run()
    assert not at.exception
    read = at.dataframe[0].value.set_index("")[" "]
    assert read["Innhold"] == "Ansvarlige" and read["Tegnsett"] == "CP1252"
    shown = metrics_by_label(at)
    assert (shown["Nye"], shown["Endret"], shown["Uendret"], shown["Avvist"]) == (
        "1",
        "2",
        "0",
        "0",
    )
    at.button(key="upload_commit").click().run()
    assert not at.exception
    assert any("Lagret som opplasting nr. 2" in s.value for s in at.success)
