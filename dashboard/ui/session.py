"""Who is signed in: this session, a signed cookie from an earlier one, or single sign-on.

Streamlit cannot set a cookie from the server, so after a sign-in the page sets
it in the browser with a tiny component script; the next session (a refresh, a
new tab) reads it from ``st.context.cookies`` and checks its signature and expiry.
"""

from __future__ import annotations

import json
import logging

import streamlit as st
import streamlit.components.v1 as components

from dashboard import auth, settings
from dashboard.auth import AuthError, User
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.inert import md_values

log = logging.getLogger("planpuls.session")

COOKIE = "planpuls_session"
_USER = "_planpuls_user"
_SIGNED_OUT = "_planpuls_signed_out"
_COOKIE_TODO = "_planpuls_cookie"


def sso_configured() -> bool:
    """True when ``[auth]`` is configured in .streamlit/secrets.toml (OIDC, e.g. Entra ID)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def _address() -> str | None:
    """The visitor's address, for throttling (None where Streamlit cannot tell)."""
    try:
        address = st.context.ip_address
    except Exception:
        return None
    return address if isinstance(address, str) else None


def current_user(db: Database) -> User | None:
    """The signed-in user of this run, or None (anonymous)."""
    remembered = st.session_state.get(_USER)
    if remembered is not None:
        name, via = remembered
        if via == "sso":
            return User(name, auth.sso_role(name), "sso")
        role = db.scalar("SELECT role FROM app_user WHERE name = $n", {"n": name})
        if role is None:  # removed meanwhile
            st.session_state.pop(_USER, None)
            return None
        return User(name, role)
    if sso_configured() and st.user.get("is_logged_in"):
        email = str(st.user.get("email") or st.user.get("preferred_username") or "")
        if email:
            st.session_state[_USER] = (email, "sso")
            return User(email, auth.sso_role(email), "sso")
    if st.session_state.get(_SIGNED_OUT):
        return None
    user = auth.read_token(db, st.context.cookies.get(COOKIE))
    if user is not None:
        st.session_state[_USER] = (user.name, "local")
    return user


def effective_role(user: User | None) -> str | None:
    """The role a visitor reads with: theirs, or viewer when reading is open."""
    if user is not None:
        return user.role
    return None if settings.access_closed() else "viewer"


def sign_in(db: Database, name: str, password: str) -> User:
    """Check the password (throttled) and remember the user in this session and a cookie."""
    user = auth.sign_in(db, name, password, address=_address())
    st.session_state[_USER] = (user.name, "local")
    st.session_state.pop(_SIGNED_OUT, None)
    st.session_state[_COOKIE_TODO] = (auth.make_token(db, user.name), auth.session_hours())
    log.info("user %r signed in", user.name)
    return user


def sign_out(user: User | None) -> None:
    """Forget the user in this session and in the browser (and at the identity provider)."""
    st.session_state.pop(_USER, None)
    st.session_state[_SIGNED_OUT] = True
    st.session_state[_COOKIE_TODO] = ("", 0)
    if user is not None and user.via == "sso":
        st.logout()


def write_cookie() -> None:
    """Set or delete the session cookie in the browser, once, after a sign-in or out."""
    todo = st.session_state.pop(_COOKIE_TODO, None)
    if todo is None:
        return
    token, hours = todo
    max_age = int(hours * 3600)
    # The token is ours (base64 and a signature), never user text; json quotes it.
    script = (
        "<script>const secure = window.parent.location.protocol === 'https:' ? '; Secure' : '';"
        f"window.parent.document.cookie = '{COOKIE}=' + {json.dumps(token)} + "
        f"'; Path=/; Max-Age={max_age}; SameSite=Strict' + secure;</script>"
    )
    components.html(script, height=0)


def refusal(t: Translator, error: AuthError) -> str:
    """The message for a refused sign-in or account change."""
    return t(f"auth.{error.code}", **md_values(error.params))
