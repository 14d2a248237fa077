"""Who may do what: roles × pages, passwords, throttling, session tokens, single sign-on."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from dashboard import auth
from dashboard.auth import AuthError
from dashboard.db import Database
from dashboard.inert import plain
from dashboard.ui import frame, state
from tests.helpers import PAGE_TITLES, ROOT, cli, refused, run_page, sign_in_as

PASSWORD = "et-langt-hemmelig-passord"
RANK = {None: -1, "viewer": 0, "secretariat": 1, "admin": 2}


def cases():
    for spec in frame.PAGES:
        for role in (None, "viewer", "secretariat", "admin"):
            for access in ("open", "closed"):
                reader = role or ("viewer" if access == "open" else None)
                allowed = spec.role in (None, frame.LINK) or RANK[reader] >= RANK[spec.role]
                yield pytest.param(
                    spec.path,
                    role,
                    access,
                    allowed,
                    id=f"{spec.path[6:-3]}-{role or 'anonymous'}-{access}",
                )


@pytest.mark.parametrize(("page", "role", "access", "allowed"), list(cases()))
def test_every_role_on_every_page(module_demo_env, monkeypatch, page, role, access, allowed):
    monkeypatch.setenv("PLANPULS_ACCESS", access)
    at = run_page(page, role=role)
    titles = [t.value for t in at.title]
    if page == "pages/presentasjon.py":  # a full-screen page of its own, no st.title
        shown = not refused(at) and not titles
    else:
        shown = any(title.startswith(PAGE_TITLES[page]) for title in titles)
    assert shown is allowed, titles
    if allowed:
        assert not refused(at)
    else:
        # Refused in place, or (not in this visitor's navigation) another page instead.
        assert refused(at) or titles
        if page in ("pages/last_opp.py", "pages/importhistorikk.py", "pages/brukere.py"):
            assert not at.get("file_uploader") and not at.checkbox
        if page == "pages/kom_i_gang.py":
            assert "start_create" not in [b.key for b in at.button]


@pytest.mark.parametrize(
    ("spec_role", "who", "access", "listed"),
    [
        ("viewer", None, "open", True),
        ("viewer", None, "closed", False),
        ("secretariat", None, "open", False),
        ("secretariat", "viewer", "open", False),
        ("secretariat", "secretariat", "closed", True),
        ("admin", "secretariat", "open", False),
        ("admin", "admin", "closed", True),
        (None, None, "closed", True),  # the sign-in page, for the signed out
        (None, "viewer", "open", False),
    ],
)
def test_the_navigation_lists_only_what_a_role_may_open(
    monkeypatch, spec_role, who, access, listed
):
    monkeypatch.setenv("PLANPULS_ACCESS", access)
    spec = frame.PageSpec("pages/x.py", "nav.overview", "", spec_role)
    user = auth.User("x", who) if who else None
    assert frame.visible(spec, user) is listed


def test_a_viewer_typing_the_upload_address_sees_no_uploader(module_demo_env):
    at = run_page("pages/last_opp.py", role="viewer")
    assert any("ikke tilgang" in w.value for w in at.warning)
    assert not at.get("file_uploader")


def test_a_secretary_cannot_open_the_users_page(module_demo_env):
    at = run_page("pages/brukere.py", role="secretariat")
    assert refused(at)


def test_admin_adds_a_user_on_the_users_page(demo_env):
    at = run_page("pages/brukere.py", role="admin")
    at.text_input(key="add_name").input("kommunikasjon")
    at.selectbox(key="add_role").select("secretariat")
    at.text_input(key="add_password").input(PASSWORD)
    at.text_input(key="add_password2").input(PASSWORD)
    at.button[0].click().run()  # the form's submit button comes first
    assert any("kommunikasjon er lagt til" in s.value for s in at.success)
    db = state.database()
    assert db.scalar("SELECT role FROM app_user WHERE name = 'kommunikasjon'") == "secretariat"
    assert db.scalar("SELECT actor FROM user_event WHERE target = 'kommunikasjon'") == "test-admin"
    shown = " ".join(str(df.value.values.tolist()) for df in at.dataframe)
    assert "argon2" not in shown and PASSWORD not in shown


def test_sign_in_form_accepts_the_right_password_and_refuses_a_wrong_one(demo_env):
    db = state.database()
    auth.add_user(db, "sekretariatet", "secretariat", PASSWORD, by="test")
    at = run_page("pages/logg_inn.py")
    at.text_input(key="sign_in_name").input("sekretariatet")
    at.text_input(key="sign_in_password").input("feil-passord-her")
    at.button[0].click().run()
    assert any("Feil brukernavn eller passord" in e.value for e in at.error)
    at.text_input(key="sign_in_password").input(PASSWORD)
    at.button[0].click().run()
    name, via, token = at.session_state["_planpuls_user"]
    assert (name, via) == ("sekretariatet", "local")
    assert auth.read_session(db, token).name == "sekretariatet"
    at.switch_page("pages/last_opp.py").run()
    assert not refused(at) and at.get("file_uploader")


def test_the_sign_in_page_says_how_to_create_the_first_admin(demo_env):
    at = run_page("pages/logg_inn.py")
    assert any(
        "users add NAVN --role admin" in i.value and "mens dashbordet kjører" in i.value
        for i in at.info
    )


def test_sso_user_gets_the_role_of_their_domain(demo_env, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("PLANPULS_SSO_ROLES", "admin=it@his.no;secretariat=@his.no")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "x",
        "client_id": "x",
        "client_secret": "x",
        "server_metadata_url": "https://login.example/.well-known",
    }
    at.user = {"is_logged_in": True, "email": "radgiver@his.no"}
    at.switch_page("pages/last_opp.py").run()
    assert not at.exception
    assert not refused(at) and at.get("file_uploader")
    at.user = {"is_logged_in": True, "email": "ekstern@example.com"}
    at.session_state["_planpuls_user"] = ("ekstern@example.com", "sso")
    at.switch_page("pages/last_opp.py").run()
    assert refused(at)


@pytest.mark.parametrize(
    ("email", "mapping", "role"),
    [
        ("it@his.no", "admin=it@his.no;secretariat=@his.no", "admin"),
        ("radgiver@his.no", "admin=it@his.no;secretariat=@his.no", "secretariat"),
        ("RADGIVER@HIS.NO", "secretariat=@his.no", "secretariat"),
        ("x@sub.his.no", "viewer=@his.no;secretariat=@sub.his.no", "secretariat"),
        ("x@example.com", "secretariat=@his.no", "viewer"),
        ("", "secretariat=@his.no", "viewer"),
        ("x@his.no", "boss=@his.no", "viewer"),
    ],
)
def test_sso_roles_mapping(email, mapping, role):
    assert auth.sso_role(email, mapping) == role


# Passwords, throttling and tokens -----------------------------------------------


@pytest.fixture
def users(db):
    auth.add_user(db, "sjef", "admin", PASSWORD, by="test")
    auth.add_user(db, "sekretariatet", "secretariat", PASSWORD, by="test")
    return db


@pytest.mark.production_hashing
def test_passwords_are_hashed_with_argon2_and_never_kept_plain(users):
    stored = users.scalar("SELECT password_hash FROM app_user WHERE name = 'sjef'")
    # argon2id with the production parameters (64 MiB, 3 passes, 4 lanes): the other
    # tests hash cheaply (tests/conftest.py), this one proves what the app stores.
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$") and PASSWORD not in stored
    assert auth.sign_in(users, "sjef", PASSWORD, address="10.0.0.9").role == "admin"
    assert "password_hash" not in auth.list_users(users).columns


def test_wrong_password_is_refused_and_logged_without_the_password(users, caplog):
    with caplog.at_level(logging.WARNING), pytest.raises(AuthError) as error:
        auth.sign_in(users, "sjef", "feil-passord-123", address="10.0.0.9")
    assert error.value.code == "bad_credentials"
    assert "sjef" in caplog.text and "feil-passord-123" not in caplog.text
    with pytest.raises(AuthError):
        auth.sign_in(users, "ukjent", PASSWORD, address="10.0.0.9")


@pytest.mark.parametrize(
    ("failures", "seconds_later", "wait"),
    [(4, 0, 0), (5, 0, 30), (5, 29, 1), (5, 30, 0), (6, 0, 60), (7, 0, 120), (20, 0, 900)],
)
def test_throttling_after_five_failures_waits_longer_each_time(
    users, failures, seconds_later, wait
):
    start = dt.datetime(2026, 11, 23, 12, 0)
    for _ in range(failures):
        with users.write() as cur:
            cur.execute(
                "INSERT INTO login_attempt (attempted_at, user_name, address, succeeded) "
                "VALUES ($t, 'sjef', '10.0.0.9', false)",
                {"t": start},
            )
    later = start + dt.timedelta(seconds=seconds_later)
    assert auth.wait_seconds(users, "sjef", None, later) == wait
    assert auth.wait_seconds(users, "andre", "10.0.0.9", later) == wait  # the same address


def test_a_throttled_sign_in_is_refused_even_with_the_right_password(users):
    at = auth.now()
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.sign_in(users, "sjef", "feil-passord-123", address="10.0.0.9", at=at)
    with pytest.raises(AuthError) as error:
        auth.sign_in(users, "sjef", PASSWORD, address="10.0.0.9", at=at)
    assert error.value.code == "throttled" and error.value.params["seconds"] == 30
    later = at + dt.timedelta(seconds=31)
    assert auth.sign_in(users, "sjef", PASSWORD, address="10.0.0.9", at=later).role == "admin"


def test_sessions_expire_and_forged_ones_are_refused(users, monkeypatch):
    monkeypatch.setenv("PLANPULS_SESSION_HOURS", "2")
    at = dt.datetime(2026, 11, 23, 12, 0)
    token = auth.start_session(users, "sekretariatet", at=at)
    assert auth.read_session(users, token, at=at + dt.timedelta(hours=1)).role == "secretariat"
    assert auth.read_session(users, token, at=at + dt.timedelta(hours=2, seconds=1)) is None
    session_id, signature = token.split(".")
    other = session_id[:-2] + ("AA" if session_id[-2:] != "AA" else "BB")
    assert auth.read_session(users, f"{other}.{signature}", at=at) is None  # tampered
    assert auth.read_session(users, f"{session_id}.{signature[::-1]}", at=at) is None
    assert auth.read_session(users, "garbage", at=at) is None
    assert auth.read_session(users, None, at=at) is None


def test_a_session_signed_with_another_secret_is_refused(users, monkeypatch):
    token = auth.start_session(users, "sjef")
    assert auth.read_session(users, token).name == "sjef"
    monkeypatch.setenv("PLANPULS_SECRET", "en-annen-nokkel")
    assert auth.read_session(users, token) is None


def test_the_last_admin_cannot_be_removed_or_demoted(users):
    for change in (
        lambda: auth.remove_user(users, "sjef", by="t"),
        lambda: auth.set_role(users, "sjef", "viewer", by="t"),
    ):
        with pytest.raises(AuthError) as error:
            change()
        assert error.value.code == "last_admin"


@pytest.mark.parametrize(
    ("name", "role", "password", "code"),
    [
        ("a", "viewer", PASSWORD, "bad_name"),
        ("ok-navn", "boss", PASSWORD, "bad_role"),
        ("ok-navn", "viewer", "kort", "short_password"),
        ("sjef", "viewer", PASSWORD, "user_exists"),
    ],
)
def test_account_rules(users, name, role, password, code):
    with pytest.raises(AuthError) as error:
        auth.add_user(users, name, role, password, by="test")
    assert error.value.code == code


# The command line ---------------------------------------------------------------


def test_users_on_the_command_line_never_show_a_password_or_hash(tmp_path):
    path = tmp_path / "p.duckdb"
    listed = cli("users", "list", db_path=path)
    assert "users add NAVN --role admin" in listed.stderr
    added = cli("users", "add", "sjef", "--role", "admin", stdin=PASSWORD + "\n", db_path=path)
    assert added.returncode == 0, added.stderr
    short = cli("users", "add", "x2", "--role", "viewer", stdin="kort\n", db_path=path)
    assert short.returncode == 1 and "minst 10 tegn" in short.stderr
    assert cli("users", "set-role", "sjef", "viewer", db_path=path).returncode == 1
    listing = cli("users", "list", "--json", db_path=path)
    for output in (added, short, listing):
        assert PASSWORD not in output.stdout + output.stderr
        assert "argon2" not in output.stdout + output.stderr
    assert '"role":"admin"' in listing.stdout
    db = Database.open(path)
    assert auth.sign_in(db, "sjef", PASSWORD, address=None).role == "admin"
    db.close()
    assert cli("users", "add", "x", "--role", "boss", db_path=path).returncode == 2


def test_sign_in_then_who_did_what_is_recorded(demo_env):
    at = run_page("pages/last_opp.py", role="secretariat")
    name = sign_in_as(at, "secretariat")
    assert name == "test-secretariat"
    assert any("Lastes opp av test-secretariat" in plain(c.value) for c in at.caption)
