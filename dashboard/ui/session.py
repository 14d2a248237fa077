"""Who is signed in: a server-side session (local accounts) or single sign-on.

A local sign-in is a row in ``auth_session`` (see dashboard/auth.py). This
Streamlit session keeps the session's signed token in ``st.session_state`` (on
the server) and checks the row on every run, so signing out elsewhere, a password
reset, a role change or removal ends it at once. The browser gets the session in
an HttpOnly cookie that the server sets (dashboard/server.py): after a sign-in the
page sends the browser a one-time ticket to trade for it; the next session (a
refresh, a new tab) reads the cookie from ``st.context.cookies``. Scripts in the
page never see the cookie.

Single sign-on (``[auth]`` in .streamlit/secrets.toml) is Streamlit's own login;
Planpuls bounds it by PLANPULS_SESSION_HOURS from when the identity provider
issued it, and a sign-out ends every login of that address issued before it.
"""

from __future__ import annotations

import logging
import secrets

import streamlit as st

from dashboard import auth, server, settings
from dashboard.auth import User
from dashboard.db import Database
from dashboard.ui import page_scripts

log = logging.getLogger("planpuls.session")

COOKIE = auth.COOKIE
_USER = "_planpuls_user"  # (name, "local", token) or (email, "sso", None)
_COOKIE_TODO = "_planpuls_cookie"  # ("in", ticket) or ("out", None): for the browser
_ENDED = "_planpuls_session_ended"
_SSO_ENDED = "_planpuls_sso_ended"


def sso_configured() -> bool:
    """True when ``[auth]`` is configured in .streamlit/secrets.toml (OIDC, e.g. Entra ID)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def client_address() -> str | None:
    """The visitor's address, for throttling sign-ins and owners' links alike (one rule):
    the connection's peer as the server hands it to Streamlit, None on this machine.

    Behind a reverse proxy that is the proxy's address, unless the server trusts the proxy
    to pass the visitor's in ``X-Forwarded-For`` (uvicorn's FORWARDED_ALLOW_IPS, default
    ``127.0.0.1,::1``); README "Behind a reverse proxy".
    """
    try:
        address = st.context.ip_address
    except Exception:
        return None
    return address if isinstance(address, str) else None


def _user_agent() -> str | None:
    try:
        agent = st.context.headers.get("user-agent")
    except Exception:
        return None
    return agent if isinstance(agent, str) else None


def _sso_user(db: Database) -> User | None:
    """The single sign-on user, while their login counts (not expired, not signed out)."""
    if not sso_configured() or not st.user.get("is_logged_in"):
        st.session_state.pop(_SSO_ENDED, None)
        return None
    email = str(st.user.get("email") or st.user.get("preferred_username") or "")
    if not email:
        return None
    issued = st.user.get("iat")
    try:  # a number of seconds (a proxy of nested claims is no time)
        issued_at = float(issued) if isinstance(issued, int | float | str) else None
    except ValueError:
        issued_at = None
    if not auth.sso_login_valid(db, email, issued_at):
        st.session_state[_SSO_ENDED] = True  # the provider's login is there, ours has ended
        return None
    st.session_state.pop(_SSO_ENDED, None)
    return User(email, auth.sso_role(email), "sso")


def current_user(db: Database) -> User | None:
    """The signed-in user of this run, or None (anonymous); the session is checked every run."""
    sso = _sso_user(db)
    if sso is not None:
        st.session_state[_USER] = (sso.name, "sso", None)
        return sso
    remembered = st.session_state.get(_USER)
    if remembered is not None:
        token = remembered[2] if len(remembered) == 3 else None
        user = auth.read_session(db, token) if remembered[1] == "local" else None
        if user is not None:
            return user
        st.session_state.pop(_USER, None)  # signed out, expired, or the account changed
        st.session_state[_ENDED] = True
        return None
    cookie = st.context.cookies.get(COOKIE)
    user = auth.read_session(db, cookie)
    if user is not None:
        st.session_state[_USER] = (user.name, "local", cookie)
    return user


def ended() -> bool:
    """True when a sign-in ended under this session (once), or a sign-on login has expired."""
    return bool(st.session_state.pop(_ENDED, False) or st.session_state.get(_SSO_ENDED))


def effective_role(user: User | None) -> str | None:
    """The role a visitor reads with: theirs, or viewer when reading is open."""
    if user is not None:
        return user.role
    return None if settings.access_closed() else "viewer"


def sign_in(db: Database, name: str, password: str) -> User:
    """Check the password (throttled), start a session, and have the browser fetch its cookie."""
    user = auth.sign_in(db, name, password, address=client_address())
    token = auth.start_session(db, user.name, user_agent=_user_agent(), address=client_address())
    st.session_state[_USER] = (user.name, "local", token)
    st.session_state.pop(_ENDED, None)
    st.session_state[_COOKIE_TODO] = ("in", auth.handoff(db, token))
    log.info("user %r signed in", user.name)
    return user


def sign_out(db: Database, user: User | None) -> None:
    """End the session on the server (a copied cookie stops working) and in the browser."""
    remembered = st.session_state.pop(_USER, None)
    if user is not None and user.via == "sso":
        auth.sso_sign_out(db, user.name)
        log.info("single sign-on user %r signed out", user.name)
        st.logout()
        return
    if remembered is not None and len(remembered) == 3:
        auth.end_session(db, remembered[2])
    st.session_state[_COOKIE_TODO] = ("out", None)
    if user is not None:
        log.info("user %r signed out", user.name)


def write_cookie() -> None:
    """Send the browser to the server's cookie route, once, after a sign-in or out.

    A script in the page (:data:`dashboard.ui.page_scripts.HANDOFF_JS`, a custom
    component v2 that runs in the page, not in an iframe) posts a small form: a
    same-origin POST whose body holds the one-time ticket. The server answers with
    Set-Cookie (HttpOnly) and a redirect back to the dashboard. The hand-off is
    taken from the session state as it is mounted, so it goes out in one run only.
    """
    todo = st.session_state.pop(_COOKIE_TODO, None)
    if todo is None:
        return
    kind, ticket = todo
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    prefix = f"/{base}" if base else ""
    action = prefix + (server.HANDOFF_PATH if kind == "in" else server.SIGN_OUT_PATH)
    fields = {"ticket": ticket} if kind == "in" and ticket else {}
    # Our own path and ticket (url-safe base64), never user text; they go as data.
    once = handoff_id()  # names this hand-off (the script posts each once)
    data = {"id": once, "action": action, "fields": fields, "home": prefix + "/",
            "stay": kind == "in"}  # fmt: skip
    page_scripts.mount("handoff", f"handoff_{once}", data)


def handoff_id() -> str:
    """A fresh name for one hand-off, in hex: a component's key must not hold ``__``
    (url-safe base64 did now and then, and that sign-in ended on an error page)."""
    return secrets.token_hex(8)
