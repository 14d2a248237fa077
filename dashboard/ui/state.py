"""The shared database, the UI language and the filters that live in the URL.

Filters are read from the query string first (a bookmarked link reproduces the
view), then from what this session chose on another page, then the defaults; the
chosen values are written back to the query string so the address bar can be
copied and shared. Every filter but the plan, the language and the time resolution
belongs to one plan: switching plan starts them over at the new plan's defaults.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import auth, queries, settings
from dashboard.db import Database, DatabaseBusyError, DatabaseUnreachableError, open_database
from dashboard.demo import load_demo
from dashboard.i18n import LANGUAGES, Translator
from dashboard.ingest import batches
from dashboard.queries import GRAINS, Filters, plan_bounds

_REMEMBERED = "_planpuls_filters"
#: Filters that mean the same in every plan; every other filter belongs to one plan.
_ANY_PLAN = frozenset({"plan", "lang", "grain"})


@st.cache_resource(show_spinner=False)
def _open_database(path: str, demo: bool) -> Database:
    db = open_database(path)  # a file, or a postgresql:// URL (dashboard/pg/database.py)
    auth.prepare_secret(db)  # the signing secret lives beside the database, not in it
    with db.one_at_a_time():  # replicas starting together on PostgreSQL: one loads it
        if demo and db.is_empty() and not batches.any_batch(db):
            load_demo(db)  # only into a new database: removed demo plans stay removed
    return db


def shared_database() -> Database:
    """The process's one database (per file or URL), for pages and the server's own routes."""
    return _open_database(settings.db_target(), settings.load_demo_on_empty())


def database() -> Database:
    """The process's one database (per file), filled with the demo when empty and asked to.

    When another process holds the file, the page says so and stops.
    """
    try:
        return shared_database()
    except DatabaseBusyError:
        st.error(translator()("common.db_busy", path=settings.db_target()))
        st.stop()
    except DatabaseUnreachableError as exc:  # PostgreSQL does not answer (yet)
        st.error(translator()("common.db_unreachable", target=exc.target))
        st.stop()


@st.cache_data(show_spinner=False, max_entries=64)
def _vocabulary(_db: Database, path: str, version: int, name: str, plan_id: str) -> pd.DataFrame:
    if name == "plans":
        return queries.plans(_db)
    read = {"goals": queries.goals, "owners": queries.owners, "channels": queries.channels}
    return read[name](_db, plan_id)


def vocabulary(db: Database, name: str, plan_id: str = "") -> pd.DataFrame:
    """What the filters offer: the plans in use ("plans"), or a plan's "goals", "owners"
    or "channels" (dashboard/queries.py), cached across sessions on the database file
    and its data version, which every committed write raises: read once per change of
    the data, not on every run of every page before anything is drawn."""
    return _vocabulary(db, db.path, db.version, name, plan_id)


def _remember(name: str, value: str | None, *, default: str | None = None) -> None:
    """Keep a filter value for other pages and put it in the URL (defaults left out)."""
    st.session_state.setdefault(_REMEMBERED, {})[name] = value
    if value is None or value == "" or value == default:
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get(name) != value:
        st.query_params[name] = value


def _initial(name: str) -> str | None:
    raw = st.query_params.get(name)
    if raw not in (None, ""):
        return raw
    return st.session_state.get(_REMEMBERED, {}).get(name)


def _linked(name: str) -> str | None:
    """The value a link put in the URL for ``name``, when it differs from this session's own.

    A link inside the app (a goal on Oversikt, an owner on Ansvarlige) keeps the session
    and its widgets: without this the widget's earlier choice would win over the link.
    """
    raw = st.query_params.get(name)
    if raw in (None, "") or raw == st.session_state.get(_REMEMBERED, {}).get(name):
        return None
    return raw


def _forget_plan_choices(*, url_too: bool) -> None:
    """Drop what was chosen for another plan: period, since, goal, owner, channel, meeting,
    metric, from this session and (``url_too``) the URL.

    Without this a switch keeps the previous plan's period (the status date of a plan
    that has ended jumps to today) and its goal or meeting (a false "invalid link").
    """
    remembered = st.session_state.setdefault(_REMEMBERED, {})
    names = {n for n in remembered if n not in _ANY_PLAN}
    if url_too:
        names |= {n for n in st.query_params if n not in _ANY_PLAN}
    for name in names:
        remembered.pop(name, None)
        st.session_state.pop(f"filter_{name}", None)
        if url_too and name in st.query_params:
            del st.query_params[name]


def follow_plan(plan_id: str, *, url_plan: str | None, previous: str | None = None) -> None:
    """Note the plan this session shows; on a switch, forget the old plan's choices.

    ``previous`` is the plan shown before (default: the one remembered), ``url_plan`` the
    plan the address named before this run chose one: when it is the new plan, a link
    brought the switch and its values are the new plan's own (kept); otherwise the
    switch was made here and the old plan's values leave the URL too.
    """
    remembered = st.session_state.setdefault(_REMEMBERED, {})
    if previous is None:
        previous = remembered.get("plan")
    if previous is not None and previous != plan_id:
        _forget_plan_choices(url_too=url_plan != plan_id)
    remembered["plan"] = plan_id


def shown_plan() -> str | None:
    """The plan this session last showed (on any page), if any."""
    return st.session_state.get(_REMEMBERED, {}).get("plan")


def language() -> str:
    """The UI language of this session: from the URL, the session, or the setting."""
    value = _initial("lang")
    return value if value in LANGUAGES else settings.default_language()


def language_switch() -> Translator:
    """The language picker (sidebar); returns the translator for the chosen language."""
    key = "filter_lang"
    if key not in st.session_state:
        st.session_state[key] = language()
    chosen = st.sidebar.segmented_control(
        "Språk / Language",
        list(LANGUAGES),
        key=key,
        format_func=LANGUAGES.__getitem__,
        selection_mode="single",
    )
    chosen = chosen or language()
    _remember("lang", chosen, default=settings.default_language())
    return Translator(chosen)


class Later:
    """Stands in for ``st.sidebar`` while a page works out its filters' values before it
    draws their widgets: each call is kept, in order, and :meth:`draw` makes them on the
    sidebar later (Oversikt's first pass, dashboard/ui/paint.py).

    A widget with a key shows, and returns, what ``st.session_state`` holds for that key
    when it is drawn, and the filters set that value before drawing: so their values are
    known before their widgets exist, and drawn later the widgets are the same.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):  # (copy, pickle and the like ask for these: none here)
            raise AttributeError(name)

        def keep(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))

        return keep

    def draw(self, only: str | None = None) -> None:
        """Make the kept calls on the sidebar, in order (``only``: just that kind), once."""
        calls = [c for c in self.calls if only is None or c[0] == only]
        self.calls = [c for c in self.calls if c not in calls]
        for name, args, kwargs in calls:
            getattr(st.sidebar, name)(*args, **kwargs)


def _choice(
    name: str,
    label: str,
    options: Sequence[str],
    format_func: Callable[[str], str],
    t: Translator,
    *,
    default: str,
    always_in_url: bool = False,
    sidebar: Any = None,
) -> str:
    """A selectbox bound to query parameter ``name``; returns the chosen option."""
    sidebar = sidebar or st.sidebar
    key = f"filter_{name}"
    if _linked(name) in options:
        st.session_state[key] = st.query_params[name]
    if key not in st.session_state or st.session_state[key] not in options:
        initial = _initial(name)
        if initial not in (None, "") and initial not in options:
            sidebar.warning(t("filter.invalid", name=label, value=initial))
            initial = None
        st.session_state[key] = initial if initial not in (None, "") else default
    value = sidebar.selectbox(label, options, key=key, format_func=format_func)
    if isinstance(sidebar, Later):
        value = st.session_state[key]  # what the selectbox will show and return
    _remember(name, value, default=None if always_in_url else default)
    return value


def _date(
    name: str,
    label: str,
    t: Translator,
    *,
    default: dt.date,
    lo: dt.date,
    hi: dt.date,
    sidebar: Any = None,
) -> dt.date:
    sidebar = sidebar or st.sidebar
    key = f"filter_{name}"
    current = st.session_state.get(key)
    if _linked(name) is not None:
        current = None  # a link named another date: read it below
    if not isinstance(current, dt.date) or not lo <= current <= hi:
        initial = _initial(name)
        value = default
        if initial:
            try:
                parsed = dt.date.fromisoformat(initial)
            except ValueError:
                parsed = None
            if parsed is not None and lo <= parsed <= hi:
                value = parsed
            else:
                sidebar.warning(t("filter.invalid", name=label, value=initial))
        st.session_state[key] = value
    chosen = sidebar.date_input(label, key=key, min_value=lo, max_value=hi, format="DD.MM.YYYY")
    if isinstance(sidebar, Later):
        chosen = st.session_state[key]  # what the date picker will show and return
    _remember(name, chosen.isoformat(), default=default.isoformat())
    return chosen


@dataclass(frozen=True)
class View:
    """What a page needs: the database, the translator, the plan row and the filters."""

    db: Database
    t: Translator
    plan: pd.Series
    filters: Filters
    today: dt.date
    #: The filters' sidebar elements, kept to be drawn later (``sidebar_filters(later=True)``).
    later: Later | None = field(default=None, compare=False, repr=False)


def sidebar_filters(
    t: Translator,
    *,
    goal: str = "optional",
    owner: bool = True,
    channel: bool = True,
    period: bool = True,
    later: bool = False,
) -> View | None:
    """Render the filters a page uses (``goal``: 'optional', 'required' or 'none').

    ``later``: work out the filters' values (the same as their widgets give) but keep
    their sidebar elements in ``View.later``, for the page to draw (:meth:`Later.draw`)
    when it chooses; nothing is drawn here then.

    Returns None (after telling the user what to do) when there is no plan.
    """
    db = database()
    today = settings.today()
    plans = vocabulary(db, "plans")
    if plans.empty:
        from dashboard.ui.start import empty_state  # (start builds on this module)

        empty_state(t)
        return None
    sidebar: Any = Later() if later else st.sidebar
    sidebar.header(t("filter.heading"))
    plan_ids = plans["id"].tolist()
    names = dict(zip(plans["id"], plans["name"], strict=True))
    url_plan = st.query_params.get("plan")
    previous = st.session_state.get(_REMEMBERED, {}).get("plan")
    plan_id = _choice(
        "plan", t("filter.plan"), plan_ids, names.__getitem__, t,
        default=plan_ids[0], always_in_url=True, sidebar=sidebar,
    )  # fmt: skip
    follow_plan(plan_id, url_plan=url_plan, previous=previous)
    plan = plans.set_index("id").loc[plan_id]
    plan["id"] = plan_id
    lo, hi, default_end = plan_bounds(plan, today)
    start, end = lo, default_end
    if period:
        # one under the other: the sidebar is narrow (st.sidebar's widgets ignored the two
        # columns this once made, which stood empty above the dates)
        start = _date("from", t("filter.from"), t, default=lo, lo=lo, hi=hi, sidebar=sidebar)
        end = _date("to", t("filter.to"), t, default=default_end, lo=lo, hi=hi, sidebar=sidebar)
        sidebar.caption(t("filter.period_help"))
        if start > end:
            sidebar.warning(t("filter.bad_period"))
            start, end = lo, default_end

    def pick(name: str, labels: dict[str, str], default: str) -> str | None:
        """A plan's own filter (goal, owner, channel); None for "all" ("")."""
        options = list(labels)
        return _choice(
            name, t(f"filter.{name}"), options, labels.__getitem__, t,
            default=default, sidebar=sidebar,
        ) or None  # fmt: skip

    goal_id = owner_id = channel_id = None
    if goal != "none":
        goal_rows = vocabulary(db, "goals", plan_id)
        titles = dict(zip(goal_rows["id"], goal_rows["title"], strict=True))
        if goal == "optional":
            titles = {"": t("filter.all"), **titles}
        if titles:
            goal_id = pick("goal", titles, default=next(iter(titles)))
    if owner:
        owner_rows = vocabulary(db, "owners", plan_id)
        names = {
            "": t("filter.all"),
            **dict(zip(owner_rows["id"], owner_rows["name"], strict=True)),
        }
        owner_id = pick("owner", names, default="")
    if channel:
        channel_rows = vocabulary(db, "channels", plan_id)
        labels = {"": t("filter.all")}
        for cid, name, scope in channel_rows.itertuples(index=False):
            labels[cid] = f"{name} ({t('scope.' + scope).lower()})"
        channel_id = pick("channel", labels, default="")
    filters = Filters(plan_id, start, end, goal_id, owner_id, channel_id)
    kept = sidebar if isinstance(sidebar, Later) else None
    return View(db=db, t=t, plan=plan, filters=filters, today=today, later=kept)


def since_filter(view: View, default: dt.date) -> dt.date:
    """The 'changes since' date picker (sidebar), bound to ``since`` in the URL."""
    lo, _hi, _ = plan_bounds(view.plan, view.today)
    lo = min(lo, default)
    return _date(
        "since", view.t("filter.since"), view.t, default=default, lo=lo, hi=view.filters.end
    )


def option_filter(
    view: View,
    name: str,
    label: str,
    options: Sequence[str],
    format_func: Callable[[str], str],
    *,
    default: str,
) -> str:
    """A selectbox (sidebar) over ``options``, bound to ``name`` in the URL."""
    return _choice(name, label, options, format_func, view.t, default=default)


def preset(name: str, value: str) -> None:
    """Choose ``value`` for filter ``name`` before its widget is drawn in this run."""
    st.session_state[f"filter_{name}"] = value
    st.session_state.setdefault(_REMEMBERED, {})[name] = value


def forget(name: str, value: str) -> None:
    """Forget ``value`` chosen for filter ``name`` (it is gone): the default takes over."""
    remembered = st.session_state.get(_REMEMBERED, {})
    if remembered.get(name) == value:
        del remembered[name]
    if st.query_params.get(name) == value:
        del st.query_params[name]


def date_filter(
    view: View, name: str, label: str, *, default: dt.date, lo: dt.date, hi: dt.date
) -> dt.date:
    """A date picker (sidebar) between ``lo`` and ``hi``, bound to ``name`` in the URL."""
    return _date(name, label, view.t, default=default, lo=lo, hi=hi)


def grain_filter(view: View) -> str:
    """Month, quarter or year (sidebar), bound to ``grain`` in the URL."""
    t = view.t
    return _choice(
        "grain", t("filter.grain"), list(GRAINS), lambda g: t(f"grain.{g}"), t, default="month"
    )


def translator() -> Translator:
    """The translator for this run's language (the switch in app.py sets it)."""
    return Translator(language())
