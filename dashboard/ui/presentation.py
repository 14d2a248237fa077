"""Presentation mode for the meeting room's shared screen.

No navigation, type sized to the screen (readable from three metres at 1920×1080,
still whole at 1280×720), one goal per screen: its progress, its measures by
status, what changed since the last meeting, and what needs attention with the
latest comment. A title screen names the plan and the meeting and lists the
goals. Previous/next buttons and a goal index move between screens; plan,
meeting and screen live in the URL (``plan``, ``meeting``, ``slide``), so a link
opens the same screen.

The figures come from :mod:`dashboard.board`, like the report's: a recorded
meeting shows its frozen snapshot, "now" shows the live state against the last
meeting before it.

Hiding the frame: until the navigation can leave a page out (the frame could run
``st.navigation(position="hidden")`` for this page), :func:`hide_chrome` hides the
sidebar, the header and the toolbar with CSS.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import board as boards
from dashboard import forecast as forecasts
from dashboard import settings
from dashboard.board import Board
from dashboard.db import Database
from dashboard.forecast import Forecast
from dashboard.i18n import Translator
from dashboard.inert import html as escape
from dashboard.inert import md
from dashboard.labels import DISPLAY_STATUS_IDS, status
from dashboard.meetings import all_meetings, find
from dashboard.queries import plan_bounds
from dashboard.reports.model import shorten
from dashboard.ui import cached, outcome, page_scripts
from dashboard.ui import forecast as forecast_ui
from dashboard.ui.state import database, follow_plan, shown_plan, vocabulary

#: How many changes and attention items fit on one screen.
MAX_CHANGES = 4
MAX_ATTENTION = 3
#: More goals than this: the title slide's rows get smaller type and one line each.
DENSE_GOALS = 7
#: A goal title longer than this (characters) is set smaller on its slide.
LONG_TITLE = 70
NOW = ""  # the "meeting" option that means the live state
#: Boards kept (one per plan, meeting and data version; old versions age out).
_ENTRIES = 16

_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], [data-testid="stSidebarNav"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"] { display: none !important; }
[data-testid="stMainBlockContainer"] {
  max-width: 100% !important; padding: 2.2vh 3.2vw 0 3.2vw !important;
}
.pp { --u: max(15px, min(1.55vw, 2.75vh)); font-size: var(--u); line-height: 1.3; color: #1F2A37; }
.pp * { font-size: inherit; }
.pp h1.title.long { font-size: calc(var(--u) * 1.85); }
.pp .kicker { font-size: calc(var(--u) * 0.85); color: #555; letter-spacing: 0.02em; }
.pp h1.title { font-size: calc(var(--u) * 2.3); line-height: 1.12; margin: 0.15em 0 0.35em 0;
  padding: 0; font-weight: 700; color: #1F3B57; }
.pp h1.cover { font-size: calc(var(--u) * 2.0); overflow-wrap: normal; word-break: normal;
  margin-bottom: 0.15em; }
.pp .cover-big { font-size: calc(var(--u) * 3.6); }
.pp .chips.row { flex-direction: row; flex-wrap: wrap; column-gap: 1.1em; }
.pp .chips.row .chip b { min-width: 0; margin-left: 0.2em; }
.pp .big { font-size: calc(var(--u) * 4.7); font-weight: 800; line-height: 1; color: #1F3B57; }
.pp .delta { font-size: calc(var(--u) * 1.15); color: #444; margin-top: 0.2em; }
.pp .track { background: #E6E6E6; height: calc(var(--u) * 0.9); border-radius: 0.45em;
  margin: 0.6em 0 0.8em 0; overflow: hidden; }
.pp .fill { background: #0072B2; height: 100%; }
.pp .chips { display: flex; flex-direction: column; gap: 0.25em; }
.pp .chip { font-size: calc(var(--u) * 1.05); }
.pp .chip .i { display: inline-block; width: 1.25em; text-align: center; }
.pp .chip b { display: inline-block; min-width: 1.3em; text-align: right; margin-right: 0.35em; }
.pp h2 { font-size: calc(var(--u) * 1.2); margin: 0 0 0.3em 0; padding: 0; color: #1F3B57;
  font-weight: 700; }
.pp ul { list-style: none; margin: 0 0 0.9em 0; padding: 0; }
.pp li { margin: 0 0 0.3em 0; }
.pp .what { font-weight: 600; }
.pp .how { color: #444; font-size: calc(var(--u) * 0.88); }
.pp .muted { color: #555; }
.pp .head { display: flex; gap: 2.2em; align-items: flex-end; margin-bottom: 0.5em; }
.pp .head .who { flex: 1 1 62%; min-width: 0; }
.pp .head .overall { flex: 0 0 34%; }
.pp .head .chips.row { margin-top: 0.35em; }
.pp table.goals { border-collapse: collapse; width: 100%; border: none !important;
  table-layout: fixed; margin: 0; }
.pp table.goals tr, .pp table.goals td, .pp table.goals th { border: none !important;
  background: none !important; }
.pp table.goals td, .pp table.goals th { padding: 0.22em 0.4em; vertical-align: middle;
  border-bottom: 1px solid #DDD !important; font-size: var(--u);
  line-height: 1.22; }
.pp table.goals th { font-size: calc(var(--u) * 0.78); font-weight: 400; color: #555;
  text-align: left; padding-bottom: 0.15em; }
.pp table.goals col.n { width: 2.4em; }
.pp table.goals col.bar { width: 15%; }
.pp table.goals col.p { width: 4.6em; }
.pp table.goals col.r { width: 5.6em; }
.pp table.goals .n { color: #555; }
.pp table.goals .p, .pp table.goals .r { text-align: right; font-weight: 700; }
.pp table.goals th.p, .pp table.goals th.r { font-weight: 400; }
.pp table.goals th.act { text-align: left; }
.pp table.goals .clamp { display: -webkit-box; -webkit-box-orient: vertical;
  -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.pp table.goals.dense td { font-size: calc(var(--u) * 0.8); }
.pp table.goals.dense .clamp { -webkit-line-clamp: 1; line-clamp: 1; }
.pp table.goals .track { margin: 0; height: calc(var(--u) * 0.55); }
.pp .note { font-size: calc(var(--u) * 0.78); color: #555; margin-top: 0.35em; }
.pp .forecast { margin-top: 0.6em; }
.pp .forecast .how { display: block; margin-top: 0.1em; }
.st-key-present_nav { position: fixed; bottom: 0; left: 0; right: 0; z-index: 50;
  background: rgba(255, 255, 255, 0.96); border-top: 1px solid #DDD;
  padding: 0.6vh 3.2vw 0.9vh 3.2vw; }
.st-key-present_nav button p { font-size: max(15px, min(1.15vw, 2.1vh)); }
.st-key-present_nav button { min-height: 2.75rem; }
/* No focus frame after a click (the keyboard's focus ring stays). */
[data-testid="stMain"] :focus:not(:focus-visible),
[data-testid="stMain"]:focus:not(:focus-visible) { outline: none !important; box-shadow: none; }
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding: 1.5vh 4vw 0 4vw !important; }
  .pp h1.title { font-size: calc(var(--u) * 1.8); }
  .pp h1.title.long { font-size: calc(var(--u) * 1.5); }
  .pp .big { font-size: calc(var(--u) * 3.6); }
  .pp .head { flex-direction: column; align-items: stretch; gap: 0.6em; }
  .pp .head .overall { flex: none; }
  .pp table.goals, .pp table.goals thead, .pp table.goals tbody { display: block; }
  .pp table.goals tr { display: grid; grid-template-columns: 1.6em 1fr 4.4em 5em;
    border-bottom: 1px solid #DDD; padding: 0.3em 0; align-items: center; }
  .pp table.goals td, .pp table.goals th { border: none !important; width: auto;
    padding: 0.1em 0.3em; }
  .pp table.goals td.t { grid-column: 2 / -1; font-weight: 600; }
  .pp table.goals td.bar { grid-column: 2; }
  .pp table.goals th.act { grid-column: 3; text-align: right; }
  .pp table.goals .clamp { display: block; -webkit-line-clamp: none; line-clamp: none; }
  .st-key-present_setup { max-width: 100%; }
  .st-key-present_slide { padding-bottom: 13rem; }  /* the buttons take three rows */
}
.st-key-present_slide { padding-bottom: 9vh; }
.st-key-present_setup { max-width: 60vw; }
</style>
"""


def hide_chrome() -> None:
    """Hide the sidebar, header and toolbar, and size type for a shared screen."""
    st.html(_CSS)


def keyboard() -> None:
    """Next and previous screen with the arrow keys or a presenter remote.

    The listener is :data:`dashboard.ui.page_scripts.KEYS_JS`, mounted under one key:
    a rerun (the next screen) keeps it, leaving the page removes it.
    """
    page_scripts.mount("keys", "present_keys")


def _slide_count(goals: pd.DataFrame) -> int:
    return len(goals) + 1  # the title screen, then one per goal


def _set_slide(value: int) -> None:
    st.session_state["present_slide"] = value


def _from_url(key: str, param: str, options: list[str], default: str) -> str:
    """Seed a widget's state from the URL once; keep the URL in step afterwards."""
    if key not in st.session_state or st.session_state[key] not in options:
        wanted = st.query_params.get(param)
        st.session_state[key] = wanted if wanted in options else default
    return st.session_state[key]


def _progress_bar(progress: float | None) -> str:
    width = 0 if progress is None or pd.isna(progress) else max(0.0, min(100.0, progress))
    return f'<div class="track"><div class="fill" style="width:{width:.1f}%"></div></div>'


def _chips(counts: dict[str, int], t: Translator, *, row: bool = False) -> str:
    items = []
    for status_id in DISPLAY_STATUS_IDS:
        n = counts.get(status_id, 0)
        if not n:
            continue
        s = status(status_id)
        items.append(
            f'<div class="chip"><span class="i" style="color:{s.text_color}">{s.icon}</span>'
            f"<b>{t.number(n)}</b>{escape(s.word(t.lang))}</div>"
        )
    return f'<div class="chips{" row" if row else ""}">{"".join(items)}</div>'


def _where(board: Board, t: Translator) -> str:
    if board.meeting is not None:
        return f"{board.meeting.name} · {t.date(board.meeting.date)}"
    return t("common.as_of", date=t.date(board.as_of))


def _change_items(changes: pd.DataFrame, t: Translator) -> str:
    items = []
    for row in changes.head(MAX_CHANGES).itertuples():
        new = status(row.status_after)
        how = []
        if row.status_before != row.status_after:
            how.append(f"{status(row.status_before).word(t.lang)} → {new.word(t.lang)}")
        how.append(t.points(row.delta))
        if row.comment:
            how.append(
                f"“{shorten(row.comment, 110)}”"
                if t.lang == "en"
                else f"«{shorten(row.comment, 110)}»"
            )
        items.append(
            f'<li><span style="color:{new.text_color}">{new.icon}</span> '
            f'<span class="what">{escape(shorten(row.title, 80))}</span><br>'
            f'<span class="how">{escape(" · ".join(how))}</span></li>'
        )
    if len(changes) > MAX_CHANGES:
        items.append(
            f'<li class="muted">{escape(t("present.more", n=len(changes) - MAX_CHANGES))}</li>'
        )
    return "".join(items)


def _attention_items(rows: pd.DataFrame, t: Translator) -> str:
    items = []
    for row in rows.head(MAX_ATTENTION).itertuples():
        s = status(row.status)
        details = [row.owner] if row.owner else []
        if row.overdue and not pd.isna(row.due_date):
            details.append(t("present.due", date=t.date(row.due_date)))
        waiting = getattr(row, "waiting_for", "")
        if isinstance(waiting, str) and waiting:
            details.append(t("deps.waiting_for", measures=shorten(waiting, 80)))
        comment = "" if pd.isna(row.last_comment) else shorten(row.last_comment, 100)
        if comment:
            when = "" if pd.isna(row.last_comment_date) else f" ({t.date(row.last_comment_date)})"
            details.append(f"“{comment}”{when}" if t.lang == "en" else f"«{comment}»{when}")
        items.append(
            f'<li><span style="color:{s.text_color}">{s.icon}</span> '
            f'<span class="what">{escape(shorten(row.title, 64))}</span> '
            f'<span class="muted">– {escape(s.word(t.lang))}</span><br>'
            f'<span class="how">{escape(" · ".join(details))}</span></li>'
        )
    if len(rows) > MAX_ATTENTION:
        items.append(
            f'<li class="muted">{escape(t("present.more", n=len(rows) - MAX_ATTENTION))}</li>'
        )
    return "".join(items)


def _goal_rows(board: Board, t: Translator) -> str:
    """The title slide's goals: one compact row each, activity beside outcome.

    Activity (the measures) and outcome (the targets) side by side, never one number;
    "–" where a goal has no outcome target or no figure for it yet. A long title is cut
    to two lines on the screen (one with many goals); the whole title stays in the page.
    """
    with_outcome = "outcome" in board.summary.columns
    columns = ["n", "t", "bar", "p", *(["r"] if with_outcome else [])]
    head = (
        "<colgroup>" + "".join(f'<col class="{c}">' for c in columns) + "</colgroup>"
        f'<thead><tr><th class="n" scope="col">{escape(t("presfc.col.number"))}</th>'
        f'<th class="t" scope="col">{escape(t("col.goal"))}</th>'
        f'<th class="act" scope="col" colspan="2">{escape(t("outcome.activity"))}</th>'
        + (f'<th class="r" scope="col">{escape(t("outcome.result"))}</th>' if with_outcome else "")
        + "</tr></thead>"
    )
    rows = []
    for i, row in enumerate(board.summary.itertuples(), start=1):
        result = ""
        if with_outcome:
            none = not row.result_targets or row.outcome is None or pd.isna(row.outcome)
            result = f'<td class="r">{"–" if none else t.percent(row.outcome)}</td>'
        title = escape(row.goal_title)
        rows.append(
            f'<tr><td class="n">{i}</td>'
            f'<td class="t"><span class="clamp" title="{title}">{title}</span></td>'
            f'<td class="bar">{_progress_bar(row.progress)}</td>'
            f'<td class="p">{t.percent(row.progress)}</td>{result}</tr>'
        )
    dense = " dense" if len(rows) > DENSE_GOALS else ""
    return f'<table class="goals{dense}">{head}<tbody>{"".join(rows)}</tbody></table>'


def title_slide(board: Board, t: Translator) -> None:
    """The plan, the meeting, the overall progress and one row per goal with its activity
    and outcome progress (fits one screen at 1280×720 and 1920×1080 for every demo plan)."""
    progress = board.progress()
    then = board.progress_before()
    delta = ""
    if board.baseline is not None and progress is not None and then is not None:
        delta = t(
            "present.delta",
            delta=t.points(progress - then),
            since=board.baseline.short(t),
        )
    counts = {s: int((board.states["status"] == s).sum()) for s in DISPLAY_STATUS_IDS}
    notes = []
    if "outcome" in board.summary.columns:
        notes.append(t("presfc.goals_caption"))
    if board.illustrative:
        notes.append(t("common.illustrative"))
    note = "".join(f'<div class="note">{escape(text)}</div>' for text in notes)
    st.markdown(
        f'<div class="pp"><div class="head"><div class="who">'
        f'<div class="kicker">{escape(board.organisation)}</div>'
        f'<h1 class="title cover">{escape(board.plan_name)}</h1>'
        f'<div class="delta"><b>{escape(_where(board, t))}</b></div>'
        f"{_chips(counts, t, row=True)}</div>"
        f'<div class="overall"><div class="kicker">{escape(t("present.overall"))}</div>'
        f'<div class="big cover-big">{t.percent(progress)}</div>'
        f'<div class="delta">{escape(delta)}</div>{_progress_bar(progress)}</div></div>'
        f"{_goal_rows(board, t)}{note}</div>",
        unsafe_allow_html=True,
    )


def _forecast_lines(forecast: Forecast, t: Translator) -> str:
    """The goal's pace forecast: its state (``↘ Vil trolig ikke nås``) and the sentence that
    explains it (dashboard.forecast, the same words as on Mål)."""
    return (
        f'<div class="pp forecast"><div class="delta">{escape(t("forecast.heading"))}: '
        f"<b>{escape(forecasts.badge(forecast, t))}</b></div>"
        f'<span class="how">{escape(forecasts.progress_sentence(forecast, t))}</span></div>'
    )


def goal_slide(board: Board, goal_id: str, number: int, t: Translator) -> None:
    """One goal: progress, status counts, changes since the last meeting, attention."""
    row = board.summary[board.summary["goal_id"] == goal_id].iloc[0]
    states = board.goal_states(goal_id)
    total = len(board.summary)
    delta = ""
    if board.baseline is not None:
        delta = t(
            "present.delta",
            delta=t.points(board.goal_delta(goal_id)),
            since=board.baseline.short(t),
        )
    counts = {s: int(row[s]) for s in DISPLAY_STATUS_IDS}
    st.markdown(
        f'<div class="pp"><div class="kicker">{escape(t("present.goal_of", n=number, total=total))}'
        f" · {escape(_where(board, t))}</div>"
        f'<h1 class="title{" long" if len(row["goal_title"]) > LONG_TITLE else ""}">'
        f"{escape(row['goal_title'])}</h1></div>",
        unsafe_allow_html=True,
    )
    left, right = st.columns([4, 8], gap="large")
    with left:
        st.markdown(
            f'<div class="pp"><div class="big">{t.percent(row["progress"])}</div>'
            f'<div class="delta">{escape(delta)}</div>{_progress_bar(row["progress"])}'
            f'{_chips(counts, t, row=True)}<div class="kicker" style="margin-top:0.6em">'
            f"{escape(t('present.measures', n=len(states)))}</div></div>",
            unsafe_allow_html=True,
        )
        outcome.slide_lines(row, t)
        if (forecast := board.goal_forecast(goal_id)) is not None:
            st.markdown(_forecast_lines(forecast, t), unsafe_allow_html=True)
    with right:
        parts = ['<div class="pp">']
        if board.baseline is not None:
            changes = board.goal_changes(goal_id)
            parts.append(
                f"<h2>{escape(t('meeting.since_title', since=board.baseline.short(t)))}</h2>"
            )
            if changes.empty:
                parts.append(f'<ul><li class="muted">{escape(t("report.no_changes"))}</li></ul>')
            else:
                parts.append(f"<ul>{_change_items(changes, t)}</ul>")
        attention = boards.needs_attention(states)
        parts.append(f"<h2>{escape(t('report.attention'))}</h2>")
        if attention.empty:
            parts.append(f'<ul><li class="muted">{escape(t("present.no_attention"))}</li></ul>')
        else:
            parts.append(f"<ul>{_attention_items(attention, t)}</ul>")
        parts.append("</div>")
        st.markdown("".join(parts), unsafe_allow_html=True)


def _navigation(board: Board, slide: int, t: Translator):
    """The bar at the bottom: previous, the title screen, each goal, next, leave."""
    count = _slide_count(board.goals)
    with st.container(key="present_nav"):
        row = st.container(horizontal=True, gap="small", vertical_alignment="center")
        row.button(
            t("present.previous"),
            key="present_prev",
            icon=":material/arrow_back:",
            disabled=slide == 0,
            on_click=_set_slide,
            args=(slide - 1,),
        )
        row.button(
            t("present.home"),
            key="present_go_0",
            type="primary" if slide == 0 else "secondary",
            on_click=_set_slide,
            args=(0,),
            help=t("present.home_help"),
        )
        for number, title in enumerate(board.goals["title"], start=1):
            row.button(
                str(number),
                key=f"present_go_{number}",
                help=md(title),
                type="primary" if slide == number else "secondary",
                on_click=_set_slide,
                args=(number,),
            )
        row.button(
            t("present.next"),
            key="present_next",
            icon=":material/arrow_forward:",
            icon_position="right",
            disabled=slide >= count - 1,
            on_click=_set_slide,
            args=(slide + 1,),
        )
        row.space("stretch")
        tools = row.container(horizontal=True, gap="small", width="content")
        row.page_link(
            str(settings.ROOT / "pages" / "oversikt.py"),  # absolute: any entry point
            label=t("present.exit"),
            icon=":material/close:",
            query_params={k: v for k, v in st.query_params.items() if k in ("plan", "lang")},
        )
    return tools


def _plan_changed() -> None:
    st.session_state["present_meeting"] = NOW
    st.session_state["present_slide"] = 0
    follow_plan(st.session_state["present_plan"], url_plan=st.query_params.get("plan"))


def _setup() -> tuple[str, str]:
    """The plan and meeting from this session or the URL: (plan id, meeting name or NOW).

    The plan is the one this session shows on the other pages: picked here, or (a switch
    made elsewhere, or a first visit) the URL's, the session's, the first. A screen
    number and a meeting belong to one plan and start over when the plan changes.
    """
    db = database()
    plan_ids = vocabulary(db, "plans")["id"].tolist()
    shown = shown_plan()
    picked = st.session_state.get("present_plan")
    if picked not in plan_ids or (shown is not None and picked != shown):
        wanted = st.query_params.get("plan")
        if wanted not in plan_ids and shown in plan_ids:
            wanted = shown
        st.session_state["present_plan"] = wanted if wanted in plan_ids else plan_ids[0]
    plan_id = st.session_state["present_plan"]
    follow_plan(plan_id, url_plan=st.query_params.get("plan"))
    if st.session_state.get("present_for", plan_id) != plan_id:
        st.session_state["present_meeting"] = NOW
        st.session_state["present_slide"] = 0
    st.session_state["present_for"] = plan_id
    meeting_names = [m.name for m in reversed(all_meetings(db, plan_id))]
    meeting = _from_url("present_meeting", "meeting", [NOW, *meeting_names], NOW)
    return plan_id, meeting if meeting in meeting_names else NOW


def _pickers(container, t: Translator, plan_id: str, today_label: str) -> None:
    db = database()
    plans = vocabulary(db, "plans")
    names = dict(zip(plans["id"], plans["name"], strict=True))
    meeting_names = [m.name for m in reversed(all_meetings(db, plan_id))]
    with container.popover(t("present.choose"), icon=":material/tune:"):
        st.selectbox(
            t("filter.plan"),
            list(names),
            key="present_plan",
            format_func=names.__getitem__,
            on_change=_plan_changed,
        )
        st.selectbox(
            t("present.meeting"),
            [NOW, *meeting_names],
            key="present_meeting",
            format_func=lambda n: n or today_label,
            on_change=_set_slide,
            args=(0,),
        )


def live_date(plan_id: str) -> dt.date:
    """The status date of the live view: today, or the plan's last day when it has ended."""
    plan = vocabulary(database(), "plans").set_index("id").loc[plan_id]
    return plan_bounds(plan, settings.today())[2]


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _board(
    _db: Database, key: tuple[str, int, int | None], plan_id: str, meeting_name: str,
    as_of: dt.date,
) -> Board:  # fmt: skip
    # the forecasts and the outcome targets' figures through the caches Oversikt and Mål use
    forecasts, kpis = forecast_ui.goal_forecasts, cached.goal_kpis
    if meeting_name:
        meeting = find(_db, plan_id, meeting_name)
        return boards.for_meeting(_db, meeting, read_forecasts=forecasts, read_kpis=kpis)
    return boards.for_date(_db, plan_id, as_of, read_forecasts=forecasts, read_kpis=kpis)


def build_board(plan_id: str, meeting_name: str) -> Board:
    """The board shown: a meeting's snapshot, or the live state against the last meeting.
    Built once per data version for every session (every key press reruns the page, and
    a board meeting's screens show the same board): an upload, undo or new meeting raises
    the version, and the next run builds it again."""
    db = database()
    return _board(db, cached.data_key(db), plan_id, meeting_name, live_date(plan_id))


def render(t: Translator) -> None:
    """Presentation mode: the screen chosen in the URL, with its navigation."""
    hide_chrome()
    db = database()
    if vocabulary(db, "plans").empty:
        from dashboard.ui.start import empty_state

        empty_state(t)
        return
    plan_id, meeting_name = _setup()
    board = build_board(plan_id, meeting_name)
    count = _slide_count(board.goals)
    if "present_slide" not in st.session_state:
        try:
            st.session_state["present_slide"] = int(st.query_params.get("slide", 0))
        except ValueError:
            st.session_state["present_slide"] = 0
    slide = min(max(int(st.session_state["present_slide"]), 0), count - 1)
    st.session_state["present_slide"] = slide
    st.query_params["plan"] = plan_id
    if meeting_name:
        st.query_params["meeting"] = meeting_name
    elif "meeting" in st.query_params:
        del st.query_params["meeting"]
    st.query_params["slide"] = str(slide)
    with st.container(key="present_slide"):
        if slide == 0:
            title_slide(board, t)
        else:
            goal = board.goals.iloc[slide - 1]
            goal_slide(board, goal["id"], slide, t)
    row = _navigation(board, slide, t)
    keyboard()
    _pickers(row, t, plan_id, t("present.now", date=t.date(live_date(plan_id))))
