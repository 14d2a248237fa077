"""The command line while the dashboard runs: each command through the server and directly.

A server like the dashboard's (server.routes and server.lifespan, as app.py gives them
to st.App) runs here in a thread on a free port over one copy of the demo; the same
commands run directly on another copy. Output, exit codes and files must be the
same. Once the server holds its copy, opening that file any other way fails the
test, so a command that answers did go through the server. The real dashboard
(`streamlit run`) is tests/browser/test_cli_server_browser.py.
"""

from __future__ import annotations

import contextlib
import getpass
import io
import json
import os
import re
import socket
import stat
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import uvicorn
from starlette.applications import Starlette

from dashboard import auth, cli, local_server, server
from dashboard.db import Database, DatabaseBusyError
from dashboard.i18n import Translator
from tests.conftest import copy_of_demo

STATUS = "tiltak_id;dato;status;fremdrift\nhis-t02;20.11.2026;gul;50\n"
BAD = STATUS + "his-t99;20.11.2026;lilla;150\n"
PASSWORD = "et-langt-testpassord"


def _options(port: int):
    values = {"server.address": "127.0.0.1", "server.port": port, "server.baseUrlPath": ""}
    return lambda name: values.get(name)


@contextlib.contextmanager
def serving(path: Path):
    """The dashboard's routes and start/stop over the database ``path``, in a thread."""
    db = Database.open(path)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    port = sock.getsockname()[1]
    app = Starlette(
        routes=server.routes(lambda: db),
        lifespan=server.lifespan(lambda: db, _options(port)),
    )
    runner = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=runner.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not runner.started:  # a condition, polled
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield db, port
    finally:
        runner.should_exit = True
        thread.join(timeout=30)
        sock.close()
        db.close()


@pytest.fixture
def pair(tmp_path, demo_template, monkeypatch):
    """Two copies of the demo: ``direct`` opened by each command, ``served`` held by a server."""
    monkeypatch.setenv("PLANPULS_TODAY", "2026-11-23")
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    direct = copy_of_demo(demo_template, tmp_path / "direct" / "planpuls.duckdb")
    served = copy_of_demo(demo_template, tmp_path / "served" / "planpuls.duckdb")
    with serving(served) as (db, _port):
        opened = Database.open

        def only_unheld(path, *args, **kwargs):  # the served copy is the server's alone
            if Path(path).resolve() == served.resolve():
                raise DatabaseBusyError(f"test: {path} is held by the server")
            return opened(path, *args, **kwargs)

        monkeypatch.setattr(Database, "open", only_unheld)
        yield direct, served, db


def run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """``python -m dashboard ARGS`` in this process: (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


#: Times of day a command prints for what it just did (differ between the two runs).
#: ISO, Norwegian (23.11.2026 19:50) and spelt-out (26 Nov 2026 19:50, 26. nov. 2026 19:50):
#: a run that crosses a minute must not read as a different answer.
_NOW = re.compile(
    r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?"
    r"|\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}"
    r"|\d{1,2}\.? [^\W\d_]{3,9}\.? \d{4},? \d{2}:\d{2}"
)


def both(capsys, monkeypatch, pair, *args: str, stdin: str = "", files=()) -> tuple:
    """Run a command directly and through the server; assert they say the same."""
    direct, served, _db = pair
    answers = []
    for path in (direct, served):
        folder = path.parent
        given = [a.replace("{dir}", str(folder)) for a in args]
        code, out, err = run(capsys, monkeypatch, *given, "--db", str(path), stdin=stdin)
        texts = [_NOW.sub("<time>", t.replace(str(folder), "{dir}")) for t in (out, err)]
        written = {name: (folder / name).read_bytes() for name in files}
        answers.append((code, *texts, written))
    assert answers[0][:3] == answers[1][:3], (
        f"{args}: direct {answers[0][:3]} served {answers[1][:3]}"
    )
    return answers[1]


def test_each_command_answers_the_same_through_the_server_as_directly(pair, capsys, monkeypatch):
    direct, served, db = pair
    for folder in (direct.parent, served.parent):
        (folder / "status.csv").write_text(STATUS, encoding="utf-8")
        (folder / "bad.csv").write_text(BAD, encoding="utf-8")

    code, out, err, _ = both(
        capsys, monkeypatch, pair, "import", "{dir}/bad.csv", "--plan", "his-2025"
    )
    assert code == 1 and "linje 3" in err and "lilla" in err
    code, out, _, _ = both(
        capsys, monkeypatch, pair, "import", "{dir}/status.csv", "--plan", "his-2025", "--json"
    )
    assert code == 0 and json.loads(out)["batch"] == 2 and json.loads(out)["added"] == 1
    code, out, _, _ = both(
        capsys, monkeypatch, pair, "import", "{dir}/status.csv", "--plan", "his-2025", "--dry-run"
    )
    assert code == 0 and "Uendret: 1" in out  # imported just before
    code, _, err, _ = both(capsys, monkeypatch, pair, "import", "{dir}/nope.csv")
    assert code == 2 and "{dir}/nope.csv" in err
    code, out, _, _ = both(capsys, monkeypatch, pair, "batches")
    assert code == 0 and "status.csv" in out
    code, out, _, _ = both(capsys, monkeypatch, pair, "batches", "--json")
    assert [b["file_name"] for b in json.loads(out)][:1] == ["status.csv"]
    code, out, _, _ = both(capsys, monkeypatch, pair, "undo", "2")
    assert code == 0 and "2" in out
    code, _, err, _ = both(capsys, monkeypatch, pair, "undo", "2")
    assert code == 1 and err.startswith("feil:")

    code, out, _, _ = both(
        capsys,
        monkeypatch,
        pair,
        "users",
        "add",
        "styret",
        "--role",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert (code, out) == (0, "Brukeren styret er lagt til med rollen Administrator.\n")
    code, _, err, _ = both(
        capsys, monkeypatch, pair, "users", "add", "kort", "--role", "viewer", stdin="kort\n"
    )
    assert code == 1 and err.startswith("feil:")
    code, out, _, _ = both(capsys, monkeypatch, pair, "users", "list", "--json")
    assert [(u["name"], u["role"], u["created_by"]) for u in json.loads(out)] == [
        ("styret", "admin", f"cli:{getpass.getuser()}")
    ]
    code, _, err, _ = both(capsys, monkeypatch, pair, "users", "set-role", "styret", "viewer")
    assert code == 1 and err.startswith("feil:")  # the last administrator stays one
    code, _, err, _ = both(capsys, monkeypatch, pair, "users", "remove", "ingen")
    assert code == 1
    code, out, _, _ = both(
        capsys, monkeypatch, pair, "users", "reset-password", "styret", stdin=PASSWORD + "!\n"
    )
    assert code == 0 and out.startswith("styret har fått nytt passord og er logget ut overalt")
    assert auth.sign_in(db, "styret", PASSWORD + "!", address=None).role == "admin"

    code, out, _, _ = both(capsys, monkeypatch, pair, "plans", "list")
    assert code == 0 and "his-2025" in out
    both(capsys, monkeypatch, pair, "plans", "add", "--id", "egen-2027", "--name", "Egen plan",
         "--start", "2027-01-01", "--end", "2027-12-31", "--org", "Egen organisasjon")  # fmt: skip
    code, out, _, _ = both(capsys, monkeypatch, pair, "plans", "archive", "egen-2027")
    assert code == 0
    code, out, _, _ = both(capsys, monkeypatch, pair, "plans", "list", "--json")
    assert "egen-2027" in out
    code, out, _, _ = both(capsys, monkeypatch, pair, "plans", "unarchive", "egen-2027")
    assert code == 0

    both(capsys, monkeypatch, pair, "meetings", "add", "--plan", "his-2025", "Styremøte 9/2026",
         "--date", "2026-11-20")  # fmt: skip
    code, out, _, _ = both(
        capsys, monkeypatch, pair, "meetings", "list", "--plan", "his-2025", "--lang", "en"
    )
    assert "Styremøte 9/2026" in out
    code, out, _, _ = both(
        capsys, monkeypatch, pair, "meetings", "remove", "--plan", "his-2025", "Styremøte 9/2026"
    )
    assert code == 0 and "Styremøte 9/2026" in out
    code, out, err, files = both(
        capsys, monkeypatch, pair, "report", "--plan", "his-2025", "--as-of", "2026-06-30",
        "-o", "{dir}/rapport.pdf", files=["rapport.pdf"],
    )  # fmt: skip
    assert code == 0 and out.startswith("{dir}/rapport.pdf: ")
    size = Translator("nb").file_size(len(files["rapport.pdf"]))  # the one size formatter
    assert files["rapport.pdf"].startswith(b"%PDF") and f"({size})" in out
    code, _, err, _ = both(capsys, monkeypatch, pair, "report", "--plan", "his-2025", "--as-of",
                           "2026-06-30", "-o", "{dir}/mangler/rapport.pdf")  # fmt: skip
    assert code == 2 and "{dir}/mangler" in err
    for folder in (direct.parent, served.parent):
        (folder / "mappe.pdf").mkdir()  # a folder where the report should go
    code, out, err, _ = both(capsys, monkeypatch, pair, "report", "--plan", "his-2025", "--as-of",
                             "2026-06-30", "-o", "{dir}/mappe.pdf")  # fmt: skip
    assert (code, out) == (2, "") and "{dir}/mappe.pdf" in err
    assert [p.name for p in served.parent.iterdir() if p.name.endswith(".part")] == []

    code, out, err, _ = both(capsys, monkeypatch, pair, "tokens", "list")
    code, out, _, _ = both(capsys, monkeypatch, pair, "init")
    assert out.startswith("Databasen {dir}/planpuls.duckdb har skjemaversjon")
    code, _, err, _ = both(capsys, monkeypatch, pair, "demo")
    assert code == 1 and "{dir}/planpuls.duckdb" in err
    monkeypatch.setenv("PLANPULS_LANG", "en")  # the command line's settings, not the server's
    code, out, _, _ = both(capsys, monkeypatch, pair, "batches")
    assert "Undone by Command line" in out


def test_the_server_file_is_its_owners_alone_while_it_runs_and_gone_after(tmp_path, db):
    path = Path(db.path)
    db.close()
    with serving(path) as (_db, port):
        file = local_server.server_file(path)
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        said = json.loads(file.read_text(encoding="utf-8"))
        assert said["url"] == f"http://127.0.0.1:{port}" and said["pid"] == os.getpid()
        assert said["database"] == str(path.resolve()) and len(said["token"]) >= 40
        assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []
    assert not file.exists()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize("stale", ["dead process", "nothing answers", "others may write it"])
def test_a_stale_or_foreign_server_file_is_passed_over(tmp_path, db, capsys, monkeypatch, stale):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        free = sock.getsockname()[1]
    pid = _dead_pid() if stale == "dead process" else os.getpid()
    announcement = local_server.Announcement(
        f"http://127.0.0.1:{free}", pid, "x" * 43, str(Path(db.path).resolve())
    )
    file = local_server.server_file(db.path)
    local_server.write_server_file(file, announcement)
    if stale == "others may write it":
        file.chmod(0o622)
    path = db.path
    found = local_server.read_server_file(path)
    assert (found is None) == (stale != "nothing answers")  # that one fails on connecting
    db.close()
    code, out, err = run(capsys, monkeypatch, "users", "list", "--db", path)
    assert (code, out) == (0, "Ingen brukere.\n")
    assert "ingen administrator" in err.lower()


def _post(port: int, head: dict, token: str, headers: dict | None = None) -> tuple[int, dict]:
    """The route asked directly: (HTTP status, the answer's first line as JSON)."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{local_server.CLI_PATH}",
        data=json.dumps(head).encode() + b"\n",
        headers={"Authorization": f"Bearer {token}", **(headers or {})},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, json.loads(answer.readline())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def _head(*argv: str, actor: str = "cli:test", stdin: str = "") -> dict:
    return {"argv": list(argv), "inputs": [], "outputs": [], "stdin": stdin, "actor": actor,
            "db": "", "settings": {}}  # fmt: skip


def test_the_route_wants_the_credential_and_a_caller_on_this_machine(tmp_path, db):
    path = Path(db.path)
    db.close()
    with serving(path) as (_db, port):
        token = json.loads(local_server.server_file(path).read_text())["token"]
        assert _post(port, _head("batches"), token)[0] == 200
        assert _post(port, _head("batches"), "")[0] == 401
        wrong = ("B" if token[0] == "A" else "A") + token[1:]
        assert _post(port, _head("batches"), wrong)[0] == 401
        assert _post(port, _head("batches"), token, {"X-Forwarded-For": "203.0.113.9"})[0] == 403
        assert (
            _post(port, _head("generate", "--scale", "tiny", "--db", "x"), token)[1]["code"] == 2
        )  # a command that never runs there
    with serving(path) as (_db, port):  # a new start, a new credential
        assert _post(port, _head("batches"), token)[0] == 401


def test_commands_at_once_each_get_their_own_output_and_the_senders_name(tmp_path, db):
    auth.add_user(db, "leder", "admin", PASSWORD, by="test")
    path = Path(db.path)
    db.close()
    with serving(path) as (served, port):
        token = json.loads(local_server.server_file(path).read_text())["token"]
        expected = {
            "users": _post(port, _head("users", "list", "--json"), token)[1]["stdout"],
            "plans": _post(port, _head("plans", "list", "--json"), token)[1]["stdout"],
        }
        answers: list[tuple[str, dict]] = []
        stop = threading.Event()

        def noise():  # the server's own printing stays out of every answer
            while not stop.is_set():
                print("støy fra serveren")
                time.sleep(0.001)

        def ask(kind: str, n: int) -> None:
            if kind == "add":
                head = _head("users", "add", f"person{n}", "--role", "viewer",
                             actor=f"cli:person{n}-sender", stdin=PASSWORD + "\n")  # fmt: skip
            else:
                head = _head(kind, "list", "--json")
            answers.append((kind if kind != "add" else f"person{n}", _post(port, head, token)[1]))

        workers = [threading.Thread(target=noise)]
        workers += [threading.Thread(target=ask, args=(k, n)) for n in range(4)
                    for k in ("users", "plans", "add")]  # fmt: skip
        for worker in workers:
            worker.start()
        for worker in workers[1:]:
            worker.join()
        stop.set()
        workers[0].join()
        assert len(answers) == 12
        for kind, answer in answers:
            assert answer["code"] == 0 and "støy" not in answer["stdout"] + answer["stderr"]
            if kind == "users":  # the adds run beside it: those done by then may be listed
                listed = json.loads(answer["stdout"])
                added = [u for u in listed if u["name"].startswith("person")]
                assert [u for u in listed if u not in added] == json.loads(expected["users"])
                assert all(u["created_by"] == f"cli:{u['name']}-sender" for u in added), added
            elif kind in expected:
                assert answer["stdout"] == expected[kind]
            else:
                assert answer["stdout"] == f"Brukeren {kind} er lagt til med rollen Leser.\n"
        made = served.sql("SELECT name, created_by FROM app_user WHERE name LIKE 'person%'")
        assert sorted(made.itertuples(index=False, name=None)) == [
            (f"person{n}", f"cli:person{n}-sender") for n in range(4)
        ]


def test_a_password_is_asked_for_here_and_sent_to_the_server(pair, capsys, monkeypatch):
    _direct, served, db = pair
    asked = iter(["et-nytt-langt-passord", "et-nytt-langt-passord"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(asked))

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(""))
    capsys.readouterr()
    code = cli.main(["users", "add", "styret", "--role", "admin", "--db", str(served)])
    assert (code, capsys.readouterr().out) == (
        0,
        "Brukeren styret er lagt til med rollen Administrator.\n",
    )
    assert auth.sign_in(db, "styret", "et-nytt-langt-passord", address=None).role == "admin"


def test_a_connection_broken_while_the_command_runs_says_to_check_and_exits_2(
    tmp_path, db, capsys, monkeypatch
):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def dies_midway():  # takes the command, starts its answer, then is gone
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{"code": 0')

    thread = threading.Thread(target=dies_midway, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    announcement = local_server.Announcement(
        url, os.getpid(), "t" * 43, str(Path(db.path).resolve())
    )
    local_server.write_server_file(local_server.server_file(db.path), announcement)
    code, out, err = run(capsys, monkeypatch, "batches", "--db", db.path)
    thread.join(timeout=30)
    listener.close()
    assert (code, out) == (2, "")
    assert err == (
        f"feil: Forbindelsen til dashbordet ({url}) brøt mens kommandoen kjørte. Se etter med "
        "`python -m dashboard batches` om den ble utført, og prøv igjen.\n"
    )


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="chown needs root")
def test_a_dashboard_of_another_account_is_named_when_the_file_is_busy(pair, capsys, monkeypatch):
    _direct, served, _db = pair
    os.chown(local_server.server_file(served), 65534, 65534)  # nobody's now
    code, out, err = run(capsys, monkeypatch, "batches", "--db", str(served))
    import pwd

    nobody = pwd.getpwuid(65534).pw_name
    assert (code, out) == (2, "")
    assert f"kjører som brukeren {nobody}" in err and f"sudo -u {nobody}" in err


def test_only_the_files_a_command_declares_are_put_in_its_arguments(tmp_path, db):
    path = Path(db.path)
    db.close()
    with serving(path) as (_db, port):
        token = json.loads(local_server.server_file(path).read_text())["token"]
        head = _head("batches")
        head["outputs"] = [{"dest": "db", "given": "/tmp/other.duckdb", "folder": True}]
        status, answer = _post(port, head, token)
        assert (status, answer["code"]) == (200, 2)
        assert answer["stderr"] == "feil: 'db' is not a file argument of batches\n"


@pytest.mark.parametrize(
    ("address", "base", "cert", "url"),
    [
        ("", "", None, "http://127.0.0.1:8501"),  # every interface: loopback is one
        ("0.0.0.0", "/planpuls/", None, "http://127.0.0.1:8501/planpuls"),
        ("::", "", None, "http://127.0.0.1:8501"),
        ("::1", "", None, "http://[::1]:8501"),
        ("10.0.0.5", "a/b", "/etc/ssl/c.pem", "https://10.0.0.5:8501/a/b"),
    ],
)
def test_the_server_file_names_the_address_streamlit_answers_on(address, base, cert, url):
    options = {"server.address": address, "server.port": 8501, "server.baseUrlPath": base,
               "server.sslCertFile": cert}  # fmt: skip
    assert local_server.url_from(options.get) == url


def test_a_server_file_it_cannot_write_leaves_the_dashboard_running(tmp_path, db, monkeypatch):
    def refused(path, announcement):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(local_server, "write_server_file", refused)
    path = Path(db.path)
    db.close()
    with serving(path) as (_db, port):
        assert not local_server.server_file(path).exists()
        assert _post(port, _head("batches"), "x")[0] == 401  # it answers, to no one
