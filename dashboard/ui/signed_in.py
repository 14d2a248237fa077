"""Who is signed in for this run: set once by the frame, read by any page's parts.

A module of its own so that the frame (which shows the sign-in form) and the
parts that ask who is in (accounts, upload …) import it, not each other.
"""

from __future__ import annotations

import streamlit as st

from dashboard.auth import User

_RUN_USER = "_planpuls_run_user"


def remember(user: User | None) -> None:
    """Keep the user this run found signed in (frame.start, before any page part runs)."""
    st.session_state[_RUN_USER] = user


def user() -> User | None:
    """The signed-in user of this run (None: anonymous)."""
    return st.session_state.get(_RUN_USER)


def signed_in() -> User:
    """The user of a part only signed-in visitors reach (``frame.page`` checked the role
    before it ran); a run without one stops here rather than act for nobody."""
    who = user()
    if who is None:
        st.stop()
    return who
