"""Who may do what: roles, local accounts, sign-in with throttling, signed session tokens.

Roles are ordered: a viewer reads; the secretariat also uploads, undoes and
makes meetings and reports; an admin also manages users and settings.
Passwords are hashed with argon2id and never printed, logged or shown; a session
token names the user, its token version and when it expires, signed with HMAC.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass

import pandas as pd
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from dashboard import settings
from dashboard.db import Database

log = logging.getLogger("planpuls.auth")

ROLES: tuple[str, ...] = ("viewer", "secretariat", "admin")
_RANK = {role: rank for rank, role in enumerate(ROLES)}
#: After this many failed sign-ins for a user or an address, each attempt waits.
MAX_FAILURES = 5
#: Failures older than this are forgotten.
FAILURE_WINDOW = dt.timedelta(minutes=15)
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 15 * 60
MIN_PASSWORD = 10
_NAME = re.compile(r"[\w.@+-]{2,64}")
_hasher = PasswordHasher()


class AuthError(Exception):
    """A refused sign-in or account change; ``code`` and ``params`` say why."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class User:
    """Who is using the app: a name, a role, and how they signed in."""

    name: str
    role: str
    via: str = "local"  # local, sso

    def may(self, required: str) -> bool:
        """True when this user's role is at least ``required``."""
        return allows(self.role, required)


def allows(role: str | None, required: str) -> bool:
    """True when ``role`` (None: not signed in) is at least ``required``."""
    return role is not None and _RANK[role] >= _RANK[required]


def now() -> dt.datetime:
    """The current time in UTC, without a zone (as stored in DuckDB)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# Accounts -----------------------------------------------------------------------


def _check_name(name: str) -> str:
    name = name.strip()
    if not _NAME.fullmatch(name):
        raise AuthError("bad_name", name=name)
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise AuthError("bad_role", role=role, roles=", ".join(ROLES))
    return role


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AuthError("short_password", minimum=MIN_PASSWORD)
    return password


def has_admin(db: Database) -> bool:
    """True when at least one admin account exists."""
    return bool(db.scalar("SELECT count(*) FROM app_user WHERE role = 'admin'"))


def list_users(db: Database) -> pd.DataFrame:
    """Every account (never the password hash)."""
    return db.query("users")


def add_user(db: Database, name: str, role: str, password: str, *, by: str) -> None:
    """Create an account."""
    name, role = _check_name(name), _check_role(role)
    hashed = _hasher.hash(_check_password(password))
    with db.write() as cur:
        if cur.execute("SELECT 1 FROM app_user WHERE name = $n", {"n": name}).fetchone():
            raise AuthError("user_exists", name=name)
        cur.execute(
            "INSERT INTO app_user (name, role, password_hash, created_by) VALUES ($n, $r, $h, $by)",
            {"n": name, "r": role, "h": hashed, "by": by},
        )
        _event(cur, by, "add", name, role)


def _existing(cur, name: str) -> tuple[str, int]:
    row = cur.execute(
        "SELECT role, token_version FROM app_user WHERE name = $n", {"n": name}
    ).fetchone()
    if row is None:
        raise AuthError("no_such_user", name=name)
    return row


def _last_admin(cur, name: str) -> bool:
    admins = cur.execute("SELECT name FROM app_user WHERE role = 'admin'").fetchall()
    return [a for (a,) in admins] == [name]


def remove_user(db: Database, name: str, *, by: str) -> None:
    """Delete an account; the last admin cannot be removed."""
    with db.write() as cur:
        role, _version = _existing(cur, name)
        if role == "admin" and _last_admin(cur, name):
            raise AuthError("last_admin", name=name)
        cur.execute("DELETE FROM app_user WHERE name = $n", {"n": name})
        _event(cur, by, "remove", name, role)


def set_role(db: Database, name: str, role: str, *, by: str) -> None:
    """Change an account's role; the last admin keeps theirs."""
    role = _check_role(role)
    with db.write() as cur:
        old, _version = _existing(cur, name)
        if old == "admin" and role != "admin" and _last_admin(cur, name):
            raise AuthError("last_admin", name=name)
        cur.execute(
            "UPDATE app_user SET role = $r, updated_at = $t WHERE name = $n",
            {"r": role, "n": name, "t": now()},
        )
        _event(cur, by, "set_role", name, f"{old} -> {role}")


def reset_password(db: Database, name: str, password: str, *, by: str) -> None:
    """Set a new password; sessions signed in with the old one end."""
    hashed = _hasher.hash(_check_password(password))
    with db.write() as cur:
        _existing(cur, name)
        cur.execute(
            "UPDATE app_user SET password_hash = $h, token_version = token_version + 1, "
            "updated_at = $t WHERE name = $n",
            {"h": hashed, "n": name, "t": now()},
        )
        _event(cur, by, "reset_password", name, None)


def _event(cur, actor: str, action: str, target: str, detail: str | None) -> None:
    cur.execute(
        "INSERT INTO user_event (actor, action, target, detail) VALUES ($a, $x, $t, $d)",
        {"a": actor, "x": action, "t": target, "d": detail},
    )


# Signing in -------------------------------------------------------------------


def wait_seconds(db: Database, name: str, address: str | None, at: dt.datetime) -> int:
    """How long a sign-in for this user or from this address must wait (0: none).

    Failures since the last success, within the window, count for the user and
    for the address; from the 5th on each further attempt waits twice as long.
    """
    failures, last = db.query("login_failures", n=name, a=address, since=at - FAILURE_WINDOW).iloc[
        0
    ]
    if failures < MAX_FAILURES or pd.isna(last):
        return 0
    wait = min(FIRST_WAIT_SECONDS * 2 ** (int(failures) - MAX_FAILURES), MAX_WAIT_SECONDS)
    remaining = wait - (at - pd.Timestamp(last).to_pydatetime()).total_seconds()
    return max(0, int(remaining + 0.999))


def sign_in(
    db: Database, name: str, password: str, *, address: str | None, at: dt.datetime | None = None
) -> User:
    """Check a name and password; raises AuthError('throttled' or 'bad_credentials')."""
    at = at or now()
    name = name.strip()
    waiting = wait_seconds(db, name, address, at)
    if waiting:
        log.warning("sign-in throttled for user %r from %s (%ds)", name, address, waiting)
        raise AuthError("throttled", seconds=waiting)
    row = db.sql("SELECT role, password_hash FROM app_user WHERE name = $n", {"n": name})
    ok = False
    if not row.empty:
        try:
            ok = _hasher.verify(row.iloc[0]["password_hash"], password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
    else:
        _hasher.hash(password)  # the same work for unknown names: no timing hint
    with db.write() as cur:
        cur.execute(
            "INSERT INTO login_attempt (attempted_at, user_name, address, succeeded) "
            "VALUES ($t, $n, $a, $ok)",
            {"t": at, "n": name, "a": address, "ok": ok},
        )
    if not ok:
        log.warning("failed sign-in for user %r from %s", name, address)
        raise AuthError("bad_credentials")
    return User(name, row.iloc[0]["role"])


# Session tokens ---------------------------------------------------------------


def secret(db: Database) -> bytes:
    """The signing secret: PLANPULS_SECRET, or one generated once and kept in the database."""
    configured = settings.get("PLANPULS_SECRET")
    if configured:
        return configured.encode()
    stored = db.scalar("SELECT value FROM app_setting WHERE key = 'session_secret'")
    if stored:
        return stored.encode()
    with db.write() as cur:
        cur.execute(
            "INSERT INTO app_setting (key, value) VALUES ('session_secret', $v) "
            "ON CONFLICT DO NOTHING",
            {"v": secrets.token_urlsafe(48)},
        )
        stored = cur.execute(
            "SELECT value FROM app_setting WHERE key = 'session_secret'"
        ).fetchone()[0]
    return stored.encode()


def _sign(key: bytes, payload: str) -> str:
    digest = hmac.new(key, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def make_token(db: Database, name: str, *, at: dt.datetime | None = None) -> str:
    """A signed token for a signed-in user, valid for PLANPULS_SESSION_HOURS."""
    at = at or now()
    version = db.scalar("SELECT token_version FROM app_user WHERE name = $n", {"n": name})
    if version is None:
        raise AuthError("no_such_user", name=name)
    expires = int((at + dt.timedelta(hours=session_hours())).timestamp())
    body = base64.urlsafe_b64encode(f"{name}|{version}|{expires}".encode()).decode()
    return f"{body}.{_sign(secret(db), body)}"


def read_token(db: Database, token: str | None, *, at: dt.datetime | None = None) -> User | None:
    """The user a token stands for, or None when it is forged, expired or outdated."""
    if not token or token.count(".") != 1:
        return None
    body, signature = token.split(".")
    if not hmac.compare_digest(_sign(secret(db), body), signature):
        return None
    try:
        name, version, expires = base64.urlsafe_b64decode(body.encode()).decode().split("|")
        version_number, expires_at = int(version), int(expires)
    except (ValueError, UnicodeDecodeError):
        return None
    if (at or now()).timestamp() >= expires_at:
        return None
    row = db.sql("SELECT role, token_version FROM app_user WHERE name = $n", {"n": name})
    if row.empty or int(row.iloc[0]["token_version"]) != version_number:
        return None
    return User(name, row.iloc[0]["role"])


def session_hours() -> float:
    """How long a sign-in lasts (PLANPULS_SESSION_HOURS)."""
    try:
        return max(0.1, float(settings.get("PLANPULS_SESSION_HOURS")))
    except ValueError:
        return 12.0


# Single sign-on ------------------------------------------------------------------


def sso_role(email: str | None, mapping: str | None = None) -> str:
    """The role for an e-mail address signed in through SSO (PLANPULS_SSO_ROLES).

    The setting reads ``admin=it@org.no;secretariat=@org.no,kommunikasjon@org.no``:
    an exact address wins over a domain, a longer domain over a shorter one;
    anyone else signed in through the organisation's identity provider is a viewer.
    """
    email = (email or "").strip().lower()
    mapping = settings.get("PLANPULS_SSO_ROLES") if mapping is None else mapping
    best, best_score = "viewer", -1
    for part in (mapping or "").split(";"):
        if "=" not in part:
            continue
        role, patterns = (x.strip() for x in part.split("=", 1))
        if role not in ROLES:
            continue
        for pattern in (p.strip().lower() for p in patterns.split(",")):
            if not pattern:
                continue
            if pattern == email:
                score = 10_000
            elif pattern.startswith("@") and email.endswith(pattern):
                score = len(pattern)
            else:
                continue
            if score > best_score or (score == best_score and _RANK[role] > _RANK[best]):
                best, best_score = role, score
    return best
