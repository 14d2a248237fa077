"""Who may do what: roles, local accounts, sign-in with throttling, server-side sessions.

Roles are ordered: a viewer reads; the secretariat also uploads, undoes and
makes meetings and reports; an admin also manages users and settings.
Passwords are hashed with argon2id and never printed, logged or shown.

Every account has a random id that is never reused. A sign-in is a row in
``auth_session`` naming that id; the browser's cookie carries the session's own
random id, signed with HMAC, and the database keeps only its SHA-256. Every
request looks the row up, so signing out, a password reset, a role change and
removing the account end sessions at once, and a name removed and added again
is a new account that no old cookie opens. The signing key lives in a file
beside the database (``<db>.secret``, owner-only) or in PLANPULS_SECRET, never
in the database.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import logging
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from dashboard import settings
from dashboard.db import Database, load_sql
from dashboard.refusal import Refused

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


class AuthError(Refused):
    """A refused sign-in or account change; the message is ``auth.<code>``."""

    prefix = "auth."


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
    return bool(db.scalar(load_sql("auth_admin_count")))


def list_users(db: Database) -> pd.DataFrame:
    """Every account (never the password hash)."""
    return db.query("users")


def user_events(db: Database) -> pd.DataFrame:
    """The account log, newest first: who added, removed or changed which account."""
    return db.query("user_events")


def add_user(db: Database, name: str, role: str, password: str, *, by: str) -> None:
    """Create an account."""
    name, role = _check_name(name), _check_role(role)
    hashed = _hasher.hash(_check_password(password))
    with db.write() as cur:
        if cur.execute(load_sql("auth_account"), {"n": name}).fetchone():
            raise AuthError("user_exists", name=name)
        account = _new_account_id(cur)
        cur.execute(
            load_sql("auth_account_insert"),
            {"n": name, "r": role, "h": hashed, "by": by, "id": account},
        )
        _event(cur, by, "add", name, role)


def _new_account_id(cur) -> str:
    """128 random bits, never one an account (or a session of one) has had."""
    while True:
        account = secrets.token_hex(16)
        taken = cur.execute(
            load_sql("auth_account_id_taken"),
            {"id": account},
        ).fetchone()[0]
        if not taken:
            return account


def _existing(cur, name: str) -> tuple[str, str]:
    """An account's role and id; AuthError('no_such_user') when there is none."""
    row = cur.execute(load_sql("auth_account"), {"n": name}).fetchone()
    if row is None:
        raise AuthError("no_such_user", name=name)
    return row


def _last_admin(cur, name: str) -> bool:
    admins = cur.execute(load_sql("auth_admins")).fetchall()
    return [a for (a,) in admins] == [name]


def remove_user(db: Database, name: str, *, by: str) -> None:
    """Delete an account; the last admin cannot be removed."""
    with db.write() as cur:
        role, account = _existing(cur, name)
        if role == "admin" and _last_admin(cur, name):
            raise AuthError("last_admin", name=name)
        cur.execute(load_sql("auth_account_delete"), {"n": name})
        _end_sessions(cur, account)
        _event(cur, by, "remove", name, role)


def set_role(db: Database, name: str, role: str, *, by: str) -> None:
    """Change an account's role (its sessions end); the last admin keeps theirs."""
    role = _check_role(role)
    with db.write() as cur:
        old, account = _existing(cur, name)
        if old == "admin" and role != "admin" and _last_admin(cur, name):
            raise AuthError("last_admin", name=name)
        cur.execute(
            load_sql("auth_account_set_role"),
            {"r": role, "n": name, "t": now()},
        )
        if old != role:
            _end_sessions(cur, account)
        _event(cur, by, "set_role", name, f"{old} -> {role}")


def reset_password(db: Database, name: str, password: str, *, by: str) -> None:
    """Set a new password; every session of the account ends."""
    hashed = _hasher.hash(_check_password(password))
    with db.write() as cur:
        _role, account = _existing(cur, name)
        cur.execute(
            load_sql("auth_account_set_password"),
            {"h": hashed, "n": name, "t": now()},
        )
        _end_sessions(cur, account)
        _event(cur, by, "reset_password", name, None)


def _event(cur, actor: str, action: str, target: str, detail: str | None) -> None:
    cur.execute(
        load_sql("auth_event_insert"),
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
    row = db.sql(load_sql("auth_sign_in_check"), {"n": name})
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
            load_sql("auth_login_attempt_insert"),
            {"t": at, "n": name, "a": address, "ok": ok},
        )
    if not ok:
        log.warning("failed sign-in for user %r from %s", name, address)
        raise AuthError("bad_credentials")
    return User(name, row.iloc[0]["role"])


# Sessions ------------------------------------------------------------------------

#: The cookie that carries a signed session id.
COOKIE = "planpuls_session"
#: How long the one-time ticket that fetches the HttpOnly cookie lasts.
HANDOFF_SECONDS = 60
#: A session's last_seen_at is written at most this often (not on every click).
SEEN_EVERY = dt.timedelta(minutes=5)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _signed(db: Database, session_id: str) -> str:
    return f"{session_id}.{_sign(secret(db), session_id)}"


def _unsigned(db: Database, token: str | None) -> str | None:
    """The session id inside a signed token, or None when the signature is wrong."""
    if not token or token.count(".") != 1:
        return None
    session_id, signature = token.split(".")
    if not session_id or not hmac.compare_digest(_sign(secret(db), session_id), signature):
        return None
    return session_id


def start_session(
    db: Database,
    name: str,
    *,
    user_agent: str | None = None,
    address: str | None = None,
    at: dt.datetime | None = None,
) -> str:
    """Record a sign-in of ``name``; return its signed token (valid PLANPULS_SESSION_HOURS)."""
    at = at or now()
    session_id = secrets.token_urlsafe(32)
    with db.write() as cur:
        clean_sessions(cur, at)
        _role, account = _existing(cur, name)
        cur.execute(
            load_sql("auth_session_insert"),
            {
                "h": _digest(session_id),
                "a": account,
                "t": at,
                "e": at + dt.timedelta(hours=session_hours()),
                "ua": (user_agent or "")[:300] or None,
                "ip": address,
            },
        )
    return _signed(db, session_id)


def read_session(db: Database, token: str | None, *, at: dt.datetime | None = None) -> User | None:
    """The user a session token stands for, or None: forged, expired, revoked or removed.

    The role is read fresh; the name is the account's own (a token names no user).
    """
    session_id = _unsigned(db, token)
    if session_id is None:
        return None
    at = at or now()
    row = db.sql(
        load_sql("auth_session_read"),
        {"h": _digest(session_id), "t": at},
    )
    if row.empty:
        return None
    first = row.iloc[0]
    if at - pd.Timestamp(first["last_seen_at"]).to_pydatetime() >= SEEN_EVERY:
        with db.write() as cur:
            cur.execute(
                load_sql("auth_session_seen"),
                {"t": at, "no": int(first["no"])},
            )
    return User(first["name"], first["role"])


def end_session(db: Database, token: str | None, *, at: dt.datetime | None = None) -> bool:
    """Sign one session out (a copy of its cookie stops working); True when one ended."""
    session_id = _unsigned(db, token)
    if session_id is None:
        return False
    with db.write() as cur:
        ended = cur.execute(
            load_sql("auth_session_end"),
            {"t": at or now(), "h": _digest(session_id)},
        ).fetchall()
    return bool(ended)


def _end_sessions(cur, account: str, at: dt.datetime | None = None) -> None:
    """End every session of an account, inside the caller's transaction."""
    cur.execute(
        load_sql("auth_sessions_end"),
        {"t": at or now(), "a": account},
    )


def clean_sessions(cur, at: dt.datetime) -> None:
    """Forget sessions that have expired or were ended (run at every sign-in)."""
    cur.execute(load_sql("auth_sessions_clean"), {"t": at})


def handoff(db: Database, token: str, *, at: dt.datetime | None = None) -> str | None:
    """A one-time ticket with which the browser fetches this session's HttpOnly cookie.

    The Streamlit page cannot set an HttpOnly cookie; it sends the browser to the
    server's route with this ticket, which :func:`collect` trades for the cookie.
    """
    session_id = _unsigned(db, token)
    if session_id is None:
        return None
    at = at or now()
    ticket = secrets.token_urlsafe(32)
    with db.write() as cur:
        done = cur.execute(
            load_sql("auth_session_handoff"),
            {
                "k": _digest(ticket),
                "u": at + dt.timedelta(seconds=HANDOFF_SECONDS),
                "h": _digest(session_id),
                "t": at,
            },
        ).fetchall()
    return ticket if done else None


def collect(db: Database, ticket: str | None, *, at: dt.datetime | None = None) -> str | None:
    """Trade a hand-off ticket (once, within a minute) for the session's cookie token.

    The session gets a new id here: the token the page held before stops working,
    and the only copy of the new one goes to the browser in an HttpOnly cookie.
    """
    if not ticket:
        return None
    at = at or now()
    session_id = secrets.token_urlsafe(32)
    with db.write() as cur:
        done = cur.execute(
            load_sql("auth_session_collect"),
            {"new": _digest(session_id), "k": _digest(ticket), "t": at},
        ).fetchall()
    return _signed(db, session_id) if done else None


# The signing secret ----------------------------------------------------------------

_MEMORY_SECRETS: dict[int, bytes] = {}
#: The secrets read from PostgreSQL stores, by the store's URL (without its password).
_STORED_SECRETS: dict[str, bytes] = {}
#: Database files whose secret this process has already moved out (or found outside).
_PREPARED: set[str] = set()


def secret_path(db: Database) -> Path | None:
    """The file that keeps the signing secret: ``<db>.secret`` (None for a memory database)."""
    if db.path == ":memory:":
        return None
    return Path(f"{db.path}.secret")


def secret(db: Database) -> bytes:
    """The signing secret: PLANPULS_SECRET, or the file beside the database (made on first use).

    A secret that an older Planpuls kept in the database moves to the file, once.
    """
    configured = settings.get("PLANPULS_SECRET")
    if db.dialect != "duckdb":  # every replica signs with the same one: the database's
        return configured.encode() if configured else _stored_secret(db)
    path = secret_path(db)
    if path is None:
        return (
            configured.encode()
            if configured
            else _MEMORY_SECRETS.setdefault(id(db), secrets.token_bytes(32))
        )
    if db.path not in _PREPARED:
        prepare_secret(db)
        _PREPARED.add(db.path)
    if configured:
        return configured.encode()
    if not path.exists():  # deleted while running: a new one (every session ends)
        prepare_secret(db)
    return path.read_text(encoding="utf-8").strip().encode()


def _stored_secret(db: Database) -> bytes:
    """The signing secret kept in a PostgreSQL store (made once, by the first process that
    asks; read once per process), shared by every dashboard process on the database."""
    found = _STORED_SECRETS.get(db.path)
    if found is None:
        stored = db.scalar(load_sql("auth_secret_stored"))
        if stored is None:
            with db.write() as cur:
                cur.execute(load_sql("auth_secret_keep"), {"value": secrets.token_urlsafe(48)})
            stored = db.scalar(load_sql("auth_secret_stored"))
        found = _STORED_SECRETS[db.path] = str(stored).encode()
    return found


def prepare_secret(db: Database) -> Path | None:
    """Make sure the secret lives outside the database; return its file (None: the setting).

    Moves a secret kept in ``app_setting`` to ``<db>.secret`` (mode 0600) and deletes
    it from the database; without one, writes a new random secret there. With
    PLANPULS_SECRET set, no file is written, but a stored secret still leaves the database.
    """
    if db.dialect != "duckdb":  # no file beside a PostgreSQL database: it keeps the secret
        return None
    path = secret_path(db)
    stored = db.scalar(load_sql("auth_secret_stored"))
    if path is not None and not settings.get("PLANPULS_SECRET") and not path.exists():
        value = stored or secrets.token_urlsafe(48)
        try:
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # written meanwhile: keep that one
            pass
        else:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(value + "\n")
            log.info("signing secret written to %s", path)
    if stored is not None:
        with db.write() as cur:
            cur.execute(load_sql("auth_secret_delete"))
        log.info("signing secret removed from the database")
    if path is not None and path.exists() and path.stat().st_mode & 0o077:
        log.warning("%s can be read by others: chmod 600 it", path)
    return None if settings.get("PLANPULS_SECRET") else path


def _sign(key: bytes, payload: str) -> str:
    digest = hmac.new(key, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def session_hours() -> float:
    """How long a sign-in lasts (PLANPULS_SESSION_HOURS)."""
    try:
        return max(0.001, float(settings.get("PLANPULS_SESSION_HOURS")))
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


def sso_login_valid(
    db: Database,
    email: str,
    issued_at: float | None,
    *,
    at: dt.datetime | None = None,
) -> bool:
    """Whether a single sign-on login issued at ``issued_at`` (epoch seconds) still counts.

    It ends PLANPULS_SESSION_HOURS after the identity provider issued it, and when
    the same address signed out of Planpuls after that. A login without an issue
    time (an identity provider that sends none) counts until it signs out.
    """
    at = at or now()
    issued = (
        None
        if issued_at is None
        else dt.datetime.fromtimestamp(float(issued_at), dt.UTC).replace(tzinfo=None)
    )
    if issued is not None and at >= issued + dt.timedelta(hours=session_hours()):
        return False
    signed_out = db.scalar(
        load_sql("auth_sso_signed_out"),
        {"i": email.strip().lower()},
    )
    if signed_out is None:
        return True
    return issued is not None and issued > signed_out


def sso_sign_out(db: Database, email: str, *, at: dt.datetime | None = None) -> None:
    """Record that ``email`` signed out: every login of it issued until now stops counting."""
    with db.write() as cur:
        cur.execute(
            load_sql("auth_sso_sign_out"),
            {"i": email.strip().lower(), "t": at or now()},
        )
