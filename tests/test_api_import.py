"""The API's writes: POST /api/v1/imports, POST /api/v1/imports/{batch}/undo, GET /imports.

The routes run as app.py mounts them (server.routes) over a copy of the demo. An
upload is compared with what ``python -m dashboard import --json`` prints for the
same file on another copy of the same database; what was written is read back from
the tables themselves.
"""

from __future__ import annotations

import asyncio
import json
import threading
import warnings

import jsonschema
import pytest
from starlette.applications import Starlette

with warnings.catch_warnings():  # "install httpx2": the installed httpx works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from dashboard import api, api_spec, auth, cli, server, tokens
from dashboard.db import Database
from tests.conftest import copy_of_demo

PLAN = "his-2025"
V1 = "/api/v1"
IMPORTS = f"{V1}/imports"
#: A status update the demo does not have (his-t02 on 20.11.2026), and one with errors.
STATUS = "tiltak_id;dato;status;fremdrift\nhis-t02;20.11.2026;gul;50\n"
BAD = STATUS + "his-t99;20.11.2026;lilla;150\n"
#: As a Norwegian Excel saves it: cp1252, ';', decimal comma, a comment with æøå.
MESSY = (
    "tiltak_id;dato;status;fremdrift;kommentar\r\n"
    "his-t03;19.11.2026;På sporet;62,5;Møte med brukerrådet – ærlig talt bra\r\n"
).encode("cp1252")


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("PLANPULS_TODAY", "2026-11-23")


def token(db, role: str) -> str:
    return tokens.create(db, f"konto-{role}", role, f"{role} feed", by="konto-admin")[1]


def bearer(value: str) -> dict[str, str]:
    return {"authorization": f"Bearer {value}"}


def client(db) -> TestClient:
    return TestClient(Starlette(routes=server.routes(lambda: db)), follow_redirects=False)


def post(http, key: str, content: bytes | str, name: str = "status.csv", lang=None, **fields):
    data = content.encode("utf-8") if isinstance(content, str) else content
    form = {"plan": PLAN, **{k: str(v) for k, v in fields.items()}}
    return http.post(
        IMPORTS + (f"?lang={lang}" if lang else ""),
        headers=bearer(key),
        files={"file": (name, data, "text/csv")},
        data=form,
    )


def batches(db) -> int:
    return db.scalar("SELECT count(*) FROM import_batch")


def updates(db, measure: str) -> list[tuple]:
    return db.sql(
        "SELECT CAST(update_date AS VARCHAR), status, progress, comment FROM status_update "
        "WHERE measure_id = $m ORDER BY update_date, id",
        {"m": measure},
    ).values.tolist()


def schema(path: str, method: str, status: str) -> dict:
    document = api_spec.spec()
    answer = document["paths"][path][method]["responses"][status]
    if "$ref" in answer:
        answer = document["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
    return {**answer["content"]["application/json"]["schema"], "components": document["components"]}


def check(path: str, method: str, answer) -> None:
    body = answer.json()
    jsonschema.Draft202012Validator(schema(path, method, str(answer.status_code))).validate(body)


# The same JSON as the command line -------------------------------------------------------


def cli_json(tmp_path, demo_template, capsys, content: bytes, *options: str) -> tuple[dict, int]:
    """What ``python -m dashboard import FILE --json`` prints, on a fresh copy of the demo."""
    path = copy_of_demo(demo_template, tmp_path / "cli" / "p.duckdb")
    file = tmp_path / "cli" / "status.csv"
    file.write_bytes(content)
    capsys.readouterr()
    code = cli.main(["import", str(file), "--db", str(path), "--plan", PLAN, "--json", *options])
    return json.loads(capsys.readouterr().out), code


@pytest.mark.parametrize(
    ("case", "lang", "content", "dry_run", "status", "exit_code"),
    [
        ("saved", "nb", MESSY, False, 200, 0),
        ("dry run", "nb", STATUS.encode(), True, 200, 0),
        ("rows refused", "nb", BAD.encode("cp1252"), False, 422, 1),
        ("rows refused", "en", BAD.encode("cp1252"), False, 422, 1),
        ("not a table", "en", b"navn;alder\nA;3\n", False, 422, 1),
    ],
    ids=["saved", "dry-run", "refused-nb", "refused-en", "not-a-table"],
)
def test_an_upload_answers_exactly_what_import_json_prints_for_the_same_file(
    people, tmp_path, demo_template, capsys, monkeypatch, case, content, dry_run, status,
    exit_code, lang,
):  # fmt: skip
    monkeypatch.setenv("PLANPULS_LANG", lang)
    options = ("--dry-run",) if dry_run else ()
    printed, code = cli_json(tmp_path, demo_template, capsys, content, *options)
    with client(people) as http:
        answer = post(http, token(people, "secretariat"), content, dry_run=dry_run)
    assert code == exit_code
    assert answer.status_code == status
    assert answer.json() == printed
    if case == "saved":
        assert printed["batch"] == batches(people)
        assert printed["message"].startswith(("Lagret som opplasting nr.", "Saved as upload no."))


# Refused, dry run, unchanged ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "messages"),
    [
        (
            "nb",
            [
                (3, "tiltak_id", "Ukjent tiltak"),
                (3, "status", "Ukjent status"),
                (3, "fremdrift", "Fremdrift"),
            ],
        ),
        (
            "en",
            [
                (3, "tiltak_id", "Unknown measure"),
                (3, "status", "Unknown status"),
                (3, "fremdrift", "Progress"),
            ],
        ),
    ],
)
def test_a_refused_file_answers_its_line_errors_in_the_callers_language_and_writes_nothing(
    people, lang, messages
):
    key = token(people, "secretariat")
    before = (batches(people), updates(people, "his-t02"))
    with client(people) as http:
        answer = post(http, key, BAD.encode("cp1252"), lang=lang)
    assert answer.status_code == 422
    check("/imports", "post", answer)
    body = answer.json()
    assert (body["added"], body["rejected"], body["batch"]) == (1, 1, None)
    found = [(e["line"], e["column"], e["message"]) for e in body["errors"]]
    assert [f[:2] for f in found] == [m[:2] for m in messages]
    for (_line, _column, text), (*_where, start) in zip(found, messages, strict=True):
        assert text.startswith(start), text
    assert body["errors"][0]["value"] == "his-t99"
    assert (batches(people), updates(people, "his-t02")) == before


def test_a_dry_run_changes_nothing_and_says_what_it_would_do(people):
    before = (batches(people), updates(people, "his-t02"))
    with client(people) as http:
        answer = post(http, token(people, "admin"), STATUS, dry_run="true", lang="en")
    assert answer.status_code == 200
    check("/imports", "post", answer)
    body = answer.json()
    assert (body["added"], body["batch"], body["dry_run"]) == (1, None, True)
    assert body["message"] == (
        "Dry run: the file would give 1 new, 0 changed and 0 unchanged. Nothing was saved."
    )
    assert (batches(people), updates(people, "his-t02")) == before


def test_an_upload_is_saved_as_a_batch_by_the_tokens_account_and_a_reupload_is_unchanged(
    people,
):
    key = token(people, "secretariat")
    with client(people) as http:
        first = post(http, key, MESSY, name="Statusrapport nov.csv")
        again = post(http, key, MESSY, name="Statusrapport nov.csv")
    assert first.status_code == again.status_code == 200
    saved = first.json()
    assert (saved["encoding"], saved["separator"], saved["added"]) == ("cp1252", ";", 1)
    row = people.sql(
        "SELECT created_by, file_name, rows_added FROM import_batch WHERE id = $b",
        {"b": saved["batch"]},
    ).iloc[0]
    assert row.tolist() == ["api:konto-secretariat", "Statusrapport nov.csv", 1]
    date, state, progress, comment = updates(people, "his-t03")[-1]
    assert (str(date), state, progress) == ("2026-11-19", "on_track", 62.5)
    assert comment == "Møte med brukerrådet – ærlig talt bra"
    unchanged = again.json()
    assert (unchanged["unchanged"], unchanged["added"], unchanged["batch"]) == (1, 0, None)
    assert unchanged["message"] == "Uendret: alt i filen finnes allerede. Ingenting å lagre."
    assert batches(people) == saved["batch"]  # no second batch


# Undo -------------------------------------------------------------------------------------------


def goal_text(db) -> str:
    return db.scalar("SELECT description FROM goal WHERE id = 'his-g1'")


def test_undo_takes_a_batch_away_whole_and_refuses_as_the_history_page_does(people):
    key = token(people, "secretariat")
    original = goal_text(people)
    goals = "mål_id;tittel;beskrivelse\nhis-g1;Tydeligere profil;{}\n"
    with client(people) as http:
        first = post(http, key, goals.format("Tekst A"), name="mål.csv").json()["batch"]
        second = post(http, key, goals.format("Tekst B"), name="mål2.csv").json()["batch"]
        blocked = http.post(f"{IMPORTS}/{first}/undo?lang=en", headers=bearer(key))
        undone = http.post(f"{IMPORTS}/{second}/undo", headers=bearer(key))
        after_second = goal_text(people)
        now_first = http.post(f"{IMPORTS}/{first}/undo", headers=bearer(key))
        twice = http.post(f"{IMPORTS}/{first}/undo?lang=en", headers=bearer(key))
        unknown = http.post(f"{IMPORTS}/9999/undo", headers=bearer(key))
        listed = http.get(IMPORTS, headers=bearer(key))
    assert blocked.status_code == 409
    check("/imports/{batch}/undo", "post", blocked)
    assert blocked.json()["error"] == {
        "status": 409,
        "code": "undo_later_first",
        "message": f"Later uploads ({second}) changed rows of no. {first}. Undo those first.",
    }
    assert undone.status_code == 200
    check("/imports/{batch}/undo", "post", undone)
    body = undone.json()
    assert (body["id"], body["state"], body["file_name"]) == (second, "undone", "mål2.csv")
    assert body["undone_by"] == "api:konto-secretariat"
    assert body["message"] == f"Opplasting nr. {second} er angret."
    assert after_second == "Tekst A"
    assert now_first.status_code == 200
    assert goal_text(people) == original
    assert twice.status_code == 409
    assert twice.json()["error"]["message"] == f"Upload no. {first} is already undone."
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "no_such_batch"
    states = {b["id"]: b["state"] for b in listed.json()["batches"]}
    assert states[first] == states[second] == "undone"


def test_the_import_list_is_what_batches_json_prints(demo_template, tmp_path, capsys):
    path = copy_of_demo(demo_template, tmp_path / "p.duckdb")
    db = Database.open(path)
    try:
        auth.add_user(db, "sekretariatet", "secretariat", "et-langt-hemmelig-passord", by="t")
        key = tokens.create(db, "sekretariatet", "secretariat", "feed", by="t")[1]
        with client(db) as http:
            post(http, key, STATUS)
            listed = http.get(IMPORTS, headers=bearer(key))
    finally:
        db.close()  # the command line opens the file itself
    assert listed.status_code == 200
    check("/imports", "get", listed)
    capsys.readouterr()
    assert cli.main(["batches", "--json", "--db", str(path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert listed.json()["batches"] == printed
    assert [b["created_by"] for b in printed][:1] == ["api:sekretariatet"]
    assert len(printed) == 2


# Who may write ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", auth.ROLES)
def test_every_role_with_its_token_on_every_write_route(people, role):
    key = token(people, role)
    may = role != "viewer"
    with client(people) as http:
        upload = post(http, key, STATUS)
        batch = upload.json().get("batch") if may else 1  # the demo's own batch otherwise
        undone = http.post(f"{IMPORTS}/{batch}/undo", headers=bearer(key))
        listed = http.get(IMPORTS, headers=bearer(key))
    expected = 200 if may else 403
    assert [upload.status_code, undone.status_code, listed.status_code] == [expected] * 3
    if not may:
        assert upload.json()["error"]["message"] == (
            "Rollen din (Leser) kan ikke dette; det krever Sekretariat."
        )
        assert (
            batches(people) == 1
            and people.scalar("SELECT state FROM import_batch WHERE id = 1") == "committed"
        )


def test_a_missing_revoked_or_forged_token_or_a_session_alone_is_refused(people):
    no, key = tokens.create(people, "konto-secretariat", "secretariat", "x", by="konto-admin")
    tokens.revoke(people, no, by="konto-admin")
    cookie = auth.start_session(people, "konto-admin")
    form = {"files": {"file": ("s.csv", STATUS.encode(), "text/csv")}, "data": {"plan": PLAN}}
    with client(people) as http:
        missing = http.post(IMPORTS, **form)
        revoked = http.post(IMPORTS, headers=bearer(key), **form)
        forged = http.post(IMPORTS, headers=bearer("ppt_" + "x" * 43), **form)
        undo_missing = http.post(f"{IMPORTS}/1/undo")
        http.cookies.set(auth.COOKIE, cookie)
        session = http.post(IMPORTS, **form)
        session_undo = http.post(f"{IMPORTS}/1/undo")
        session_list = http.get(IMPORTS)
    for answer in (missing, undo_missing, session, session_undo):
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "token_needed"
        assert answer.headers["www-authenticate"].startswith("Bearer")
    for answer in (revoked, forged):
        assert answer.status_code == 401 and answer.json()["error"]["code"] == "bad_token"
    assert session_list.status_code == 200  # reading the history: a session will do
    assert batches(people) == 1
    assert people.scalar("SELECT state FROM import_batch WHERE id = 1") == "committed"


def test_every_use_of_a_token_for_a_write_is_in_the_audit_log(people):
    key = token(people, "secretariat")
    with client(people) as http:
        batch = post(http, key, STATUS).json()["batch"]
        http.post(f"{IMPORTS}/{batch}/undo", headers=bearer(key))
    log = tokens.events(people).iloc[::-1]
    uses = log[log["action"] == "use"]
    assert uses["detail"].tolist() == [f"POST {IMPORTS}", f"POST {IMPORTS}/{batch}/undo"]
    assert set(uses["actor"]) == {"konto-secretariat"}


def test_a_post_from_another_site_is_refused_and_writes_nothing(people):
    key = token(people, "secretariat")
    with client(people) as http:
        foreign = http.post(
            IMPORTS,
            headers={**bearer(key), "origin": "https://evil.example"},
            files={"file": ("s.csv", STATUS.encode(), "text/csv")},
            data={"plan": PLAN},
        )
        own = http.post(
            IMPORTS,
            headers={**bearer(key), "origin": "http://testserver"},
            files={"file": ("s.csv", STATUS.encode(), "text/csv")},
            data={"plan": PLAN},
        )
    assert foreign.status_code == 403 and foreign.json()["error"]["code"] == "cross_site"
    assert own.status_code == 200 and own.json()["batch"] == 2


# The request: its form, content type and size -------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"plan": "finnes-ikke"}, "import_unknown_plan"),
        ({"kind": "bilder"}, "bad_value"),
        ({"dry_run": "kanskje"}, "bad_value"),
        ({"mappe": "x"}, "bad_param"),
        ({"goal": "his-g1"}, "goal_tool_only"),
        ({"goal": "ikke-et-mal"}, "unknown_choice"),
        ({"kind": "x" * 101}, "too_long"),
    ],
)
def test_the_forms_fields_are_checked_and_nothing_is_written(people, fields, code):
    key = token(people, "secretariat")
    with client(people) as http:
        answer = post(http, key, STATUS, **fields)
    assert answer.status_code == 400, answer.json()
    assert answer.json()["error"]["code"] == code
    assert batches(people) == 1


def test_a_request_without_a_file_or_not_a_form_is_refused(people):
    key = token(people, "secretariat")
    with client(people) as http:
        as_json = http.post(IMPORTS, headers=bearer(key), json={"plan": PLAN})
        no_file = http.post(IMPORTS, headers=bearer(key), data={"plan": PLAN, "file": "x"},
                            files={"ignored": ("", b"")})  # fmt: skip
        two = http.post(
            IMPORTS,
            headers=bearer(key),
            files=[("file", ("a.csv", b"a", "text/csv")), ("file", ("b.csv", b"b", "text/csv"))],
        )
    assert as_json.status_code == 415
    assert as_json.json()["error"]["code"] == "not_multipart"
    assert no_file.status_code == 400
    assert two.status_code == 400


def asgi_post(app, headers: dict[str, str], chunks, sent: list[int]) -> tuple[int, dict]:
    """POST /api/v1/imports straight to the ASGI app, the body in ``chunks``, counting in
    ``sent`` how many bytes the app asked for before it answered."""
    answer: dict = {}
    body = bytearray()

    async def receive():
        chunk = next(chunks, None)
        if chunk is None:
            return {"type": "http.request", "body": b"", "more_body": False}
        sent.append(len(chunk))
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message):
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": IMPORTS,
        "raw_path": IMPORTS.encode(),
        "query_string": b"lang=en",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
    }
    # In a thread of its own: a browser test earlier on this worker (the slow files run
    # first) leaves Playwright's event loop running in this one, and asyncio.run refuses.
    failed: list[BaseException] = []

    def serve() -> None:
        try:
            asyncio.run(app(scope, receive, send))
        except BaseException as exc:  # (handed to the test below)
            failed.append(exc)

    worker = threading.Thread(target=serve)
    worker.start()
    worker.join()
    if failed:
        raise failed[0]
    return answer["status"], json.loads(bytes(body))


def test_a_body_over_the_limit_is_refused_while_it_streams_in_and_before_by_its_length(
    people, monkeypatch
):
    monkeypatch.setenv("PLANPULS_MAX_UPLOAD_MB", "1")
    key = token(people, "secretariat")
    app = Starlette(routes=server.routes(lambda: people))
    headers = {**bearer(key), "content-type": "multipart/form-data; boundary=grense"}
    start = b'--grense\r\nContent-Disposition: form-data; name="file"; filename="stor.csv"\r\n\r\n'
    megabyte = b"tiltak_id;dato;status;fremdrift\n" + b"x" * 1_000_000

    def endless():  # 2 GB, if anyone read it all
        yield start
        for _ in range(2_000):
            yield megabyte

    sent: list[int] = []
    status, body = asgi_post(app, headers, endless(), sent)
    assert status == 413
    assert body["error"]["message"].startswith("The request is larger than the upload limit (1 MB)")
    # It stopped at the chunk that took the body past 1 MB and the allowance: the second.
    assert sent == [len(start), len(megabyte), len(megabyte)]
    declared: list[int] = []
    status, body = asgi_post(
        app, {**headers, "content-length": str(2 * 10**9)}, iter([start]), declared
    )
    assert status == 413 and declared == []  # refused before a byte was read
    assert batches(people) == 1


def test_a_file_just_over_the_limit_is_refused_as_the_command_line_refuses_it(people, monkeypatch):
    monkeypatch.setenv("PLANPULS_MAX_UPLOAD_MB", "1")
    content = STATUS.encode() + b"#" * 1_010_000
    with client(people) as http:
        answer = post(http, token(people, "secretariat"), content, lang="en")
    assert answer.status_code == 413
    check("/imports", "post", answer)
    assert answer.json()["error"] == "file_too_large"
    assert answer.json()["message"].startswith("The file is 1.0 MB; at most 1 MB")
    assert batches(people) == 1


# The OpenAPI description --------------------------------------------------------------------


def test_the_description_names_the_write_routes_with_their_form_and_answers():
    document = api_spec.spec()
    form = document["paths"]["/imports"]["post"]["requestBody"]["content"]["multipart/form-data"]
    jsonschema.Draft202012Validator.check_schema(form["schema"])
    assert list(form["schema"]["properties"]) == list(api.IMPORT_FIELDS)
    assert form["schema"]["required"] == ["file"]
    for path, method, _params in api.WRITES:
        operation = document["paths"][path][method.lower()]
        assert operation["security"] == [{"bearer": []}]
        assert {"200", "401", "403"} <= set(operation["responses"])
