"""Sessions that stay revoked, a cookie scripts cannot read, a secret outside the database.

Each test here failed on the token design it replaces (``name|version|expiry``,
signed with a secret kept in app_setting, set by a script in the page).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import stat
import warnings

import pytest
from starlette.applications import Starlette

with warnings.catch_warnings():  # "install httpx2": the installed httpx works
    warnings.simplefilter("ignore", DeprecationWarning)
    from starlette.testclient import TestClient
from streamlit.testing.v1 import AppTest

from dashboard import auth, server
from dashboard.auth import AuthError
from dashboard.db import Database, migrations
from dashboard.ui import state
from tests.helpers import ROOT, cli, run_page

PASSWORD = "et-langt-hemmelig-passord"


def open_sessions(db: Database, name: str) -> int:
    """How many sessions of ``name`` are open now (counted here, not by the code under test)."""
    return db.scalar(
        "SELECT count(*) FROM auth_session s JOIN app_user u ON u.account_id = s.account_id "
        "WHERE u.name = $n AND s.revoked_at IS NULL AND s.expires_at > $t",
        {"n": name, "t": auth.now()},
    )


@pytest.fixture
def users(db):
    auth.add_user(db, "sjef", "admin", PASSWORD, by="test")
    auth.add_user(db, "leser", "viewer", PASSWORD, by="test")
    return db


def client(db, base_url: str = "http://testserver") -> TestClient:
    """The server's own routes over ``db``, as app.py mounts them beside Streamlit's."""
    app = Starlette(routes=server.routes(lambda: db))
    return TestClient(app, base_url=base_url, follow_redirects=False)


# The account behind a session -------------------------------------------------------


def test_a_reader_removed_and_added_again_as_admin_gets_nothing_from_the_old_cookie(users):
    old = auth.start_session(users, "leser")
    assert auth.read_session(users, old).role == "viewer"
    auth.remove_user(users, "leser", by="sjef")
    auth.add_user(users, "leser", "admin", "et-annet-langt-passord", by="sjef")
    assert auth.read_session(users, old) is None
    fresh = auth.start_session(users, "leser")
    assert auth.read_session(users, fresh).role == "admin"


def test_the_old_cookie_does_not_open_the_users_page_after_the_name_returns_as_admin(demo_env):
    db = state.database()
    auth.add_user(db, "leser", "viewer", PASSWORD, by="test")
    old = auth.start_session(db, "leser")
    auth.remove_user(db, "leser", by="test")
    auth.add_user(db, "leser", "admin", PASSWORD, by="test")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["_planpuls_user"] = ("leser", "local", old)
    at.run()
    assert not at.exception
    assert any("Innloggingen din er avsluttet" in w.value for w in at.sidebar.warning)
    at.switch_page("pages/brukere.py").run()  # a known address, not in the menu
    assert [t.value for t in at.title] == ["Logg inn"]  # the sign-in form in its place
    assert any("krever innlogging" in i.value for i in at.info)
    assert not at.get("data_frame") and not at.text_input(key="sign_in_name").value
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["_planpuls_user"] = ("leser", "local", auth.start_session(db, "leser"))
    at.switch_page("pages/brukere.py").run()
    assert [t.value for t in at.title] == ["Brukere"]  # a new sign-in is the new admin


def test_every_account_gets_its_own_random_id_never_one_seen_before(users):
    ids = users.sql("SELECT account_id FROM app_user")["account_id"].tolist()
    assert len(set(ids)) == 2 and all(len(i) == 32 for i in ids)
    before = users.scalar("SELECT account_id FROM app_user WHERE name = 'leser'")
    auth.remove_user(users, "leser", by="sjef")
    auth.add_user(users, "leser", "viewer", PASSWORD, by="sjef")
    assert users.scalar("SELECT account_id FROM app_user WHERE name = 'leser'") != before


def test_accounts_from_before_the_migration_get_distinct_ids(tmp_path):
    older = tmp_path / "migrations"
    older.mkdir()
    for version, path in migrations():
        if version < 10:
            (older / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    db = Database.open(tmp_path / "old.duckdb", migrations_dir=older)
    with db.write() as cur:
        cur.execute(
            "INSERT INTO app_user (name, role, password_hash, created_by) VALUES "
            "('a1', 'admin', 'x', 't'), ('b2', 'viewer', 'x', 't')"
        )
    db.migrate()
    ids = db.sql("SELECT account_id FROM app_user")["account_id"].tolist()
    assert len(set(ids)) == 2 and all(ids)
    db.close()


# Ending sessions ----------------------------------------------------------------------


def test_signing_out_ends_the_session_so_a_copied_cookie_is_refused(users):
    token = auth.start_session(users, "sjef")
    copy = str(token)
    assert auth.end_session(users, token)
    assert auth.read_session(users, copy) is None


@pytest.mark.parametrize(
    "change",
    [
        lambda db: auth.reset_password(db, "leser", "et-nytt-langt-passord", by="sjef"),
        lambda db: auth.set_role(db, "leser", "secretariat", by="sjef"),
        lambda db: auth.remove_user(db, "leser", by="sjef"),
    ],
    ids=["reset-password", "set-role", "remove"],
)
def test_an_account_change_ends_every_session_of_that_account(users, change):
    mine = [auth.start_session(users, "leser") for _ in range(3)]
    other = auth.start_session(users, "sjef")
    assert open_sessions(users, "leser") == 3
    change(users)
    assert [auth.read_session(users, token) for token in mine] == [None] * 3
    assert auth.read_session(users, other).name == "sjef"  # nobody else's


def test_setting_the_same_role_again_keeps_the_sessions(users):
    token = auth.start_session(users, "leser")
    auth.set_role(users, "leser", "viewer", by="sjef")
    assert auth.read_session(users, token).role == "viewer"


def test_the_command_line_ends_the_sessions_of_the_account_it_changes(tmp_path):
    path = tmp_path / "p.duckdb"
    db = Database.open(path)
    auth.add_user(db, "sjef", "admin", PASSWORD, by="test")
    auth.add_user(db, "leser", "viewer", PASSWORD, by="test")
    tokens = {step: auth.start_session(db, "leser") for step in ("reset", "role", "remove")}
    db.close()
    steps = {
        "reset": ("reset-password", "leser"),
        "role": ("set-role", "leser", "secretariat"),
        "remove": ("remove", "leser"),
    }
    for step, args in steps.items():
        done = cli("users", *args, stdin="et-nytt-langt-passord\n", db_path=path)
        assert done.returncode == 0, done.stderr
        db = Database.open(path)
        assert auth.read_session(db, tokens[step]) is None, step
        db.close()


def test_the_users_page_ends_the_sessions_of_an_account_whose_role_it_changes(demo_env):
    db = state.database()
    auth.add_user(db, "leser", "viewer", PASSWORD, by="test")
    token = auth.start_session(db, "leser")
    at = run_page("pages/brukere.py", role="admin")
    at.selectbox(key="change_user").select("leser").run()
    at.selectbox(key="change_role_leser_viewer").select("secretariat").run()
    at.button(key="set_role").click().run()
    assert any("leser" in s.value for s in at.success)
    assert auth.read_session(db, token) is None
    assert open_sessions(db, "leser") == 0


def test_a_page_open_when_the_session_ends_signs_out_and_says_so(demo_env):
    at = run_page("pages/last_opp.py", role="secretariat")
    assert at.get("file_uploader")
    auth.set_role(state.database(), "test-secretariat", "viewer", by="test")
    at.run()
    assert not at.get("file_uploader")
    assert any("Innloggingen din er avsluttet" in w.value for w in at.sidebar.warning)


def test_expired_and_ended_sessions_are_cleaned_at_the_next_sign_in(users, monkeypatch):
    monkeypatch.setenv("PLANPULS_SESSION_HOURS", "2")
    start = dt.datetime(2026, 11, 23, 12, 0)
    auth.start_session(users, "leser", at=start)
    ended = auth.start_session(users, "sjef", at=start)
    auth.end_session(users, ended, at=start)
    assert users.scalar("SELECT count(*) FROM auth_session") == 2
    auth.start_session(users, "sjef", at=start + dt.timedelta(hours=3))
    assert users.scalar("SELECT count(*) FROM auth_session") == 1


def test_the_database_keeps_only_a_hash_of_the_session_id(users):
    token = auth.start_session(users, "sjef")
    session_id = token.split(".")[0]
    stored = users.scalar("SELECT id_hash FROM auth_session")
    assert stored == hashlib.sha256(session_id.encode()).hexdigest()
    assert not users.scalar(
        "SELECT count(*) FROM auth_session WHERE id_hash = $t OR id_hash = $i",
        {"t": token, "i": session_id},
    )


def test_a_session_of_an_unknown_user_cannot_start(users):
    with pytest.raises(AuthError):
        auth.start_session(users, "ingen")


# The secret -------------------------------------------------------------------------------


def test_the_secret_lives_in_an_owner_only_file_not_in_the_database(tmp_path, monkeypatch):
    monkeypatch.delenv("PLANPULS_SECRET", raising=False)
    path = tmp_path / "p.duckdb"
    db = Database.open(path)
    auth.add_user(db, "sjef", "admin", PASSWORD, by="test")
    auth.start_session(db, "sjef")
    secret_file = tmp_path / "p.duckdb.secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    value = secret_file.read_text(encoding="utf-8").strip()
    assert len(value) >= 40
    assert db.scalar("SELECT count(*) FROM app_setting") == 0
    with db.write() as cur:
        cur.execute("CHECKPOINT")
    db.close()
    assert value.encode() not in path.read_bytes()
    reopened = Database.open(path)
    assert reopened.scalar("SELECT count(*) FROM app_setting") == 0
    reopened.close()


def test_a_secret_kept_by_an_older_version_moves_to_the_file_once(tmp_path, monkeypatch):
    monkeypatch.delenv("PLANPULS_SECRET", raising=False)
    path = tmp_path / "old.duckdb"
    db = Database.open(path)
    with db.write() as cur:
        cur.execute(
            "INSERT INTO app_setting (key, value) VALUES ('session_secret', 'gammel-nokkel')"
        )
    assert auth.secret(db) == b"gammel-nokkel"
    assert (tmp_path / "old.duckdb.secret").read_text(encoding="utf-8").strip() == "gammel-nokkel"
    assert stat.S_IMODE((tmp_path / "old.duckdb.secret").stat().st_mode) == 0o600
    assert db.scalar("SELECT count(*) FROM app_setting WHERE key = 'session_secret'") == 0
    db.close()


def test_the_setting_overrides_the_file(users, monkeypatch):
    token = auth.start_session(users, "sjef")
    monkeypatch.setenv("PLANPULS_SECRET", "en-nokkel-fra-oppsettet")
    assert auth.secret(users) == b"en-nokkel-fra-oppsettet"
    assert auth.read_session(users, token) is None  # another key: every session ends


# The cookie route --------------------------------------------------------------------------


def test_the_server_sets_an_httponly_strict_cookie_for_a_one_time_ticket(users):
    token = auth.start_session(users, "sjef")
    ticket = auth.handoff(users, token)
    with client(users) as http:
        answer = http.post(server.HANDOFF_PATH, data={"ticket": ticket, "next": "/mal?plan=x"})
        again = http.post(server.HANDOFF_PATH, data={"ticket": ticket})
    assert answer.status_code == 303 and answer.headers["location"] == "/mal?plan=x"
    header = answer.headers["set-cookie"]
    assert header.startswith(f"{auth.COOKIE}=")
    assert "HttpOnly" in header and "SameSite=strict" in header and "Path=/" in header
    assert "Secure" not in header  # plain http on a laptop: the browser would drop it
    cookie = header.split(";")[0].split("=", 1)[1]
    assert auth.read_session(users, cookie).name == "sjef"
    assert auth.read_session(users, token) is None  # the page's copy stopped working
    assert "set-cookie" not in again.headers  # a ticket works once


def test_over_https_the_cookie_is_secure(users):
    ticket = auth.handoff(users, auth.start_session(users, "sjef"))
    with client(users, "https://planpuls.example") as http:
        answer = http.post(server.HANDOFF_PATH, data={"ticket": ticket})
    assert "Secure" in answer.headers["set-cookie"]


def test_a_stale_ticket_or_a_foreign_page_gets_no_cookie(users):
    token = auth.start_session(users, "sjef")
    later = auth.now() + dt.timedelta(seconds=auth.HANDOFF_SECONDS + 1)
    stale = auth.handoff(users, token)
    assert auth.collect(users, stale, at=later) is None
    ticket = auth.handoff(users, token)
    with client(users) as http:
        foreign = http.post(
            server.HANDOFF_PATH, data={"ticket": ticket}, headers={"origin": "https://evil.example"}
        )
        offsite = http.post(
            server.HANDOFF_PATH, data={"ticket": ticket, "next": "//evil.example/x"}
        )
    assert foreign.status_code == 403 and "set-cookie" not in foreign.headers
    assert offsite.headers["location"] == "/"  # never sent to another site
    assert "HttpOnly" in offsite.headers["set-cookie"]


def test_the_sign_out_route_ends_the_session_and_deletes_the_cookie(users):
    cookie = auth.collect(users, auth.handoff(users, auth.start_session(users, "sjef")))
    with client(users) as http:
        http.cookies.set(auth.COOKIE, cookie)
        answer = http.post(server.SIGN_OUT_PATH, data={"next": "/"})
    assert answer.status_code == 303
    header = answer.headers["set-cookie"]
    assert header.startswith(f'{auth.COOKIE}=""') and "Max-Age=0" in header
    assert auth.read_session(users, cookie) is None  # the copy is refused too


# Single sign-on ------------------------------------------------------------------------------


def test_a_single_sign_on_login_expires_and_a_sign_out_ends_older_logins(users, monkeypatch):
    monkeypatch.setenv("PLANPULS_SESSION_HOURS", "2")
    noon = dt.datetime(2026, 11, 23, 12, 0)
    issued = noon.replace(tzinfo=dt.UTC).timestamp()
    assert auth.sso_login_valid(users, "a@his.no", issued, at=noon + dt.timedelta(hours=1))
    assert not auth.sso_login_valid(users, "a@his.no", issued, at=noon + dt.timedelta(hours=2))
    auth.sso_sign_out(users, "A@his.no", at=noon + dt.timedelta(minutes=30))
    assert not auth.sso_login_valid(users, "a@his.no", issued, at=noon + dt.timedelta(hours=1))
    again = (noon + dt.timedelta(minutes=31)).replace(tzinfo=dt.UTC).timestamp()
    assert auth.sso_login_valid(users, "a@his.no", again, at=noon + dt.timedelta(hours=1))
    assert auth.sso_login_valid(users, "b@his.no", issued, at=noon + dt.timedelta(hours=1))


def test_every_hand_off_is_a_key_streamlit_takes():
    """A hand-off's component key never holds Streamlit's delimiter ``__``: with url-safe
    base64 ids about one sign-in in fifty ended on an error page instead of signed in."""
    from streamlit.components.v2.bidi_component.main import _make_trigger_id

    from dashboard.ui import page_scripts, session

    for _ in range(5_000):
        key = f"handoff_{session.handoff_id()}"
        _make_trigger_id(f"$$ID-0123-{key}", "events")  # raises on a key it refuses
    with pytest.raises(ValueError, match="must not contain"):
        page_scripts.mount("handoff", "handoff__x")
