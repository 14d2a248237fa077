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
from dashboard import queries, settings
from dashboard.board import Board
from dashboard.i18n import Translator
from dashboard.inert import html as escape
from dashboard.inert import md
from dashboard.labels import DISPLAY_STATUS_IDS, status
from dashboard.meetings import all_meetings, find
from dashboard.queries import plan_bounds
from dashboard.reports.model import shorten
from dashboard.ui import outcome, page_scripts
from dashboard.ui.state import database, follow_plan, shown_plan

#: How many changes and attention items fit on one screen.
MAX_CHANGES = 4
MAX_ATTENTION = 3
NOW = ""  # the "meeting" option that means the live state

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
.pp .kicker { font-size: calc(var(--u) * 0.85); color: #555; letter-spacing: 0.02em; }
.pp h1.title { font-size: calc(var(--u) * 2.3); line-height: 1.12; margin: 0.15em 0 0.35em 0;
  padding: 0; font-weight: 700; color: #1F3B57; }
.pp h1.cover { font-size: calc(var(--u) * 2.2); overflow-wrap: normal; word-break: normal; }
.pp .cover-big { font-size: calc(var(--u) * 4.2); }
.pp .chips.row { flex-direction: row; flex-wrap: wrap; column-gap: 1.1em; }
.pp .chips.row .chip b { min-width: 0; margin-left: 0.2em; }
.pp .big { font-size: calc(var(--u) * 5.2); font-weight: 800; line-height: 1; color: #1F3B57; }
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
.pp li { margin: 0 0 0.45em 0; }
.pp .what { font-weight: 600; }
.pp .how { color: #444; font-size: calc(var(--u) * 0.88); }
.pp .muted { color: #555; }
.pp table.goals { border-collapse: collapse; width: 100%; border: none !important; }
.pp table.goals tr, .pp table.goals td { border: none !important; background: none !important; }
.pp table.goals td { padding: 0.3em 0.4em; border-bottom: 1px solid #DDD !important; }
.pp table.goals td.n { width: 2em; color: #555; }
.pp table.goals td.p { width: 5em; text-align: right; font-weight: 700; }
.pp table.goals td.bar { width: 28%; }
.pp table.goals .track { margin: 0; height: calc(var(--u) * 0.6); }
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
  .pp .big { font-size: calc(var(--u) * 3.6); }
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
        comment = "" if pd.isna(row.last_comment) else shorten(row.last_comment, 130)
        if comment:
            when = "" if pd.isna(row.last_comment_date) else f" ({t.date(row.last_comment_date)})"
            details.append(f"“{comment}”{when}" if t.lang == "en" else f"«{comment}»{when}")
        items.append(
            f'<li><span style="color:{s.text_color}">{s.icon}</span> '
            f'<span class="what">{escape(shorten(row.title, 80))}</span> '
            f'<span class="muted">– {escape(s.word(t.lang))}</span><br>'
            f'<span class="how">{escape(" · ".join(details))}</span></li>'
        )
    if len(rows) > MAX_ATTENTION:
        items.append(
            f'<li class="muted">{escape(t("present.more", n=len(rows) - MAX_ATTENTION))}</li>'
        )
    return "".join(items)


def title_slide(board: Board, t: Translator) -> None:
    """The plan, the meeting, the overall progress and the goals with their progress."""
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
    rows = []
    for i, row in enumerate(board.summary.itertuples(), start=1):
        rows.append(
            f'<tr><td class="n">{i}</td><td>{escape(row.goal_title)}</td>'
            f'<td class="bar">{_progress_bar(row.progress)}</td>'
            f'<td class="p">{t.percent(row.progress)}</td></tr>'
        )
    left, right = st.columns([6, 6], gap="large")
    with left:
        st.markdown(
            f'<div class="pp"><div class="kicker">{escape(board.organisation)}</div>'
            f'<h1 class="title cover">{escape(board.plan_name)}</h1>'
            f'<div class="delta"><b>{escape(_where(board, t))}</b></div><br>'
            f'<div class="kicker">{escape(t("present.overall"))}</div>'
            f'<div class="big cover-big">{t.percent(progress)}</div>'
            f'<div class="delta">{escape(delta)}</div>{_progress_bar(progress)}'
            f"{_chips(counts, t, row=True)}</div>",
            unsafe_allow_html=True,
        )
    with right:
        st.markdown(
            f'<div class="pp"><h2>{escape(t("present.goals"))}</h2>'
            f'<table class="goals">{"".join(rows)}</table></div>',
            unsafe_allow_html=True,
        )
        if board.illustrative:
            st.caption(t("common.illustrative"))


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
        f'<h1 class="title">{escape(row["goal_title"])}</h1></div>',
        unsafe_allow_html=True,
    )
    left, right = st.columns([4, 8], gap="large")
    with left:
        st.markdown(
            f'<div class="pp"><div class="big">{t.percent(row["progress"])}</div>'
            f'<div class="delta">{escape(delta)}</div>{_progress_bar(row["progress"])}'
            f'{_chips(counts, t)}<div class="kicker" style="margin-top:0.6em">'
            f"{escape(t('present.measures', n=len(states)))}</div></div>",
            unsafe_allow_html=True,
        )
        outcome.slide_lines(row, t)
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
    plan_ids = queries.plans(db)["id"].tolist()
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
    plans = queries.plans(db)
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
    plan = queries.plans(database()).set_index("id").loc[plan_id]
    return plan_bounds(plan, settings.today())[2]


def build_board(plan_id: str, meeting_name: str) -> Board:
    """The board shown: a meeting's snapshot, or the live state against the last meeting."""
    db = database()
    if meeting_name:
        return boards.for_meeting(db, find(db, plan_id, meeting_name))
    return boards.for_date(db, plan_id, live_date(plan_id))


def render(t: Translator) -> None:
    """Presentation mode: the screen chosen in the URL, with its navigation."""
    hide_chrome()
    db = database()
    if queries.plans(db).empty:
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
