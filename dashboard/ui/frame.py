"""The frame around every page: page config, language, who is signed in, navigation.

app.py calls :func:`start` and :func:`navigation`; each page calls :func:`page`
first, naming the role it needs. A page a visitor's role lacks is not in the menu,
but its address stays known (a hidden page), so a shared link never meets Streamlit's
"Page not found": the page itself stops before showing anything, with the sign-in
form in its place for a visitor who is not signed in (signed in, the browser comes
back to the same link), or "not allowed" for a role that lacks it.
"""

from __future__ import annotations

from typing import NamedTuple

import streamlit as st
from streamlit.navigation.page import Page
from streamlit.runtime.pages_manager import PagesManager

from dashboard import auth
from dashboard.auth import User
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.ui import accounts, layout, session, signed_in
from dashboard.ui.state import database, language_switch, translator, vocabulary

#: The page an empty database opens on for the secretariat and the administrator.
START_PAGE = "pages/kom_i_gang.py"


#: The "role" of a page that a personal link opens (Rapporter status, issue 15): never in
#: the menu, no account needed; the link in its address is what lets a visitor in.
LINK = "link"


class PageSpec(NamedTuple):
    """A page: its file (url_path = file name, see STYLE.md), title key, icon, role."""

    path: str
    title: str
    icon: str
    role: str | None  # None: for visitors who are not signed in (the sign-in page); LINK


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/oversikt.py", "nav.overview", ":material/dashboard:", "viewer"),
    PageSpec("pages/mal.py", "nav.goal", ":material/flag:", "viewer"),
    PageSpec("pages/ansvarlige.py", "nav.owners", ":material/group:", "viewer"),
    PageSpec("pages/kanaler.py", "nav.channels", ":material/campaign:", "viewer"),
    PageSpec("pages/presentasjon.py", "present.nav", ":material/co_present:", "viewer"),
    PageSpec("pages/rapport.py", "report.nav", ":material/description:", "viewer"),
    PageSpec("pages/last_opp.py", "nav.upload", ":material/upload_file:", "secretariat"),
    PageSpec("pages/importhistorikk.py", "nav.history", ":material/history:", "secretariat"),
    PageSpec("pages/kom_i_gang.py", "start.nav", ":material/rocket_launch:", "secretariat"),
    PageSpec("pages/brukere.py", "nav.users", ":material/manage_accounts:", "admin"),
    PageSpec("pages/logg_inn.py", "nav.sign_in", ":material/login:", None),
    PageSpec("pages/rapporter_status.py", "ownerlink.nav", ":material/edit_note:", LINK),
)


def start() -> Translator:
    """Page config, the language switch and the account box; returns the translator."""
    st.set_page_config(page_title="Planpuls", page_icon="📈", layout="wide")
    layout.css()
    t = language_switch()
    user = session.current_user(database())
    signed_in.remember(user)
    session.write_cookie()
    _account_box(t, user)
    return t


def _account_box(t: Translator, user: User | None) -> None:
    if user is None:
        if session.ended():
            st.sidebar.warning(t("sessions.ended"))
        return
    st.sidebar.caption(t("auth.signed_in_as", name=md(user.name), role=t(f"role.{user.role}")))
    if st.sidebar.button(t("auth.sign_out"), key="sign_out", icon=":material/logout:"):
        session.sign_out(database(), user)
        st.rerun()


#: The signed-in user of this run (None: anonymous); kept in ui/signed_in.py.
user = signed_in.user


def visible(spec: PageSpec, who: User | None) -> bool:
    """Whether a visitor sees a page: by role; the sign-in page only when signed out; a
    page a personal link opens never (it is reached by its link only)."""
    if spec.role == LINK:
        return False
    if spec.role is None:
        return who is None
    return auth.allows(session.effective_role(who), spec.role)


def navigation(t: Translator) -> Page:
    """The navigation over the pages this visitor may see, titled in the language."""
    who = user()
    shown = {spec.path for spec in PAGES if visible(spec, who)}
    default = next(spec.path for spec in PAGES if spec.path in shown)
    # An empty database opens on Kom i gang for those who can set a plan up.
    if START_PAGE in shown and vocabulary(database(), "plans").empty:
        default = START_PAGE
    pages = [
        st.Page(
            spec.path,
            title=t(spec.title),
            icon=spec.icon,
            default=spec.path == default,
            visibility="visible" if spec.path in shown else "hidden",
        )
        for spec in PAGES
    ]
    # A personal link (?link=…) shows its page and nothing else: no menu of other pages.
    return st.navigation(pages, position="hidden" if "link" in st.query_params else "sidebar")


def page(role: str | None = "viewer") -> Translator:
    """Start a page that needs ``role`` and return the translator for this run.

    Until some session has run ``st.navigation``, Streamlit treats a ``pages/``
    folder beside the entry point the old way: a deep link such as ``/kanaler``
    to a freshly started server runs that page file alone, without app.py.
    Streamlit has no setting for this, so the page switches the old mode off. On a
    session's first run it starts over through app.py (nothing is lost, and widgets
    keep one identity from then on); otherwise (AppTest resets the mode on every
    run) it puts the frame up itself, so that a click in that run is not dropped.
    Either way the role is checked here too, since the old mode runs any page file.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        if not st.session_state:
            st.rerun()
        t = start()
        # (no second st.navigation here: it would give this run's widgets other ids)
    else:
        t = translator()
    who = user()
    if role is not None and role != LINK and not auth.allows(session.effective_role(who), role):
        if who is None:
            st.info(t("auth.sign_in_here"))
            accounts.sign_in_page(t)
        else:
            st.warning(t("auth.not_allowed"))
        st.stop()
    return t
