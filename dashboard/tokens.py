"""API tokens: a program's key to the HTTP API, bound to an account and a role.

An admin creates a token for an account (:func:`create`); the token is returned
once and only its SHA-256 is stored. A token acts as its account with the
token's role, never more than the account's own role at the time of use; it ends
when an admin revokes it or the account is removed. Creating, revoking and every
use are written to ``api_token_event`` (the tokens' audit log).
"""

from __future__ import annotations

import hashlib
import secrets

import pandas as pd

from dashboard import auth
from dashboard.auth import AuthError, User
from dashboard.db import Database, load_sql, one_row

#: Every token starts with this, so a leaked one is easy to recognise and search for.
TOKEN_PREFIX = "ppt_"
#: How many characters of a token lists show (the prefix and a few more).
SHOWN = 10
MAX_LABEL = 80


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create(db: Database, owner: str, role: str, label: str, *, by: str) -> tuple[int, str]:
    """Make a token for the account ``owner`` with ``role``; return its number and the token.

    The token is shown this once; refused (AuthError) for an unknown account, a
    role above the account's own, or an empty or overlong label.
    """
    label = " ".join(label.split())
    if not label or len(label) > MAX_LABEL:
        raise AuthError("token_label", maximum=MAX_LABEL)
    if role not in auth.ROLES:
        raise AuthError("bad_role", role=role, roles=", ".join(auth.ROLES))
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    at = auth.now()
    with db.write() as cur:
        row = cur.execute(load_sql("auth_account"), {"n": owner.strip()}).fetchone()
        if row is None:
            raise AuthError("no_such_user", name=owner)
        account_role, account = row
        if not auth.allows(account_role, role):
            raise AuthError("token_role_above", name=owner, role=account_role)
        (no,) = one_row(
            cur,
            load_sql("api_token_insert"),
            {
                "l": label,
                "h": _digest(token),
                "p": token[:SHOWN],
                "r": role,
                "a": account,
                "o": owner.strip(),
                "t": at,
                "by": by,
            },
        )
        _event(cur, at, no, by, "create", f"{label} ({role}, {owner.strip()})")
    return int(no), token


def revoke(db: Database, no: int, *, by: str) -> None:
    """End a token at once; AuthError('no_such_token') when there is no live token ``no``."""
    at = auth.now()
    with db.write() as cur:
        done = cur.execute(
            load_sql("api_token_revoke"),
            {"t": at, "by": by, "no": no},
        ).fetchone()
        if done is None:
            raise AuthError("no_such_token", no=no)
        _event(cur, at, no, by, "revoke", done[0])


def listing(db: Database) -> pd.DataFrame:
    """Every token, newest first: number, label, prefix, role, owner, dates (never the hash)."""
    return db.query("api_tokens")


def events(db: Database, limit: int = 50) -> pd.DataFrame:
    """The newest entries of the tokens' audit log."""
    return db.query("api_token_events", limit=limit)


def read(db: Database, token: str | None, *, use: str) -> User | None:
    """The account a token stands for (None: unknown, revoked, or its account removed).

    The role is the lower of the token's and the account's; the use (``use``, e.g.
    ``GET /api/v1/plans``) is written to the audit log.
    """
    if not token or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    found = db.sql(load_sql("api_token_read"), {"hash": _digest(token)})
    if found.empty:
        return None
    row = found.iloc[0]
    token_role, account_role = row["token_role"], row["account_role"]
    role = token_role if auth.allows(account_role, token_role) else account_role
    at = auth.now()
    with db.write() as cur:
        cur.execute(
            load_sql("api_token_used"),
            {"t": at, "no": int(row["no"])},
        )
        _event(cur, at, int(row["no"]), row["name"], "use", use[:300])
    return User(row["name"], role, via="token")


def _event(cur, at, no: int, actor: str, action: str, detail: str | None) -> None:
    cur.execute(
        load_sql("api_token_event_insert"),
        {"t": at, "no": no, "a": actor, "x": action, "d": detail},
    )
