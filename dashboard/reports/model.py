"""The status report's content, once, for every format: texts, tables and chart data.

Shaped like the council's paper (seed 003, Sak 51/6/2021 "Orientering og status
handlingsplan"): a header naming the plan, meeting and dates; background; the
overall status; then for each goal a short paragraph written from the data, its
measures, what changed since the last meeting and what needs attention; and the
proposed decision, "Tas til orientering". Every figure is formatted here, so the
Word, PowerPoint and PDF files (and the tests that read them) agree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd

from dashboard import board as boards
from dashboard import forecast as forecasts
from dashboard import formats, outcomes, periods
from dashboard.board import Board
from dashboard.i18n import Translator
from dashboard.labels import DISPLAY_STATUS_IDS, status
from dashboard.tables import outcome_text

#: Characters XML (and so .docx, .pptx) cannot hold; user text is cleaned of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: At most this many characters of a comment in a table cell.
COMMENT_LIMIT = 280
#: The progress bands of a goal's chart: (lowest, highest) whole percent, both included.
#: A goal's chart has a bar per band, however many measures the goal has.
PROGRESS_BANDS: tuple[tuple[int, int], ...] = (
    (0, 0), (1, 24), (25, 49), (50, 74), (75, 99), (100, 100),
)  # fmt: skip


def clean(text: object) -> str:
    """Text safe for any document format (no control characters; None becomes '')."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return _CONTROL.sub("", str(text)).strip()


def band_of(progress: float | None) -> int:
    """The index in PROGRESS_BANDS of a measure's progress as the tables show it (0 dp)."""
    if progress is None or pd.isna(progress):
        return 0
    shown = float(formats.rounded(float(progress)))  # as t.percent writes it: 24.5 is 25
    return next(i for i, (_lo, hi) in enumerate(PROGRESS_BANDS) if shown <= hi)


def band_label(index: int, t: Translator) -> str:
    """``0 %``, ``1–24 %``, …, ``100 %`` (no break before %, as t.percent)."""
    lo, hi = PROGRESS_BANDS[index]
    if lo == hi:
        return t.percent(lo)
    return t.percent(hi).replace(t.number(hi), f"{t.number(lo)}–{t.number(hi)}", 1)


def shorten(text: object, limit: int) -> str:
    """Cut text at a word boundary with an ellipsis when it is longer than ``limit``."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:–-") + "…"


@dataclass(frozen=True)
class Table:
    """A table as text: header and rows; ``status_columns`` hold status ids for colour."""

    columns: list[str]
    rows: list[list[str]]
    status_ids: list[list[str | None]] = field(default_factory=list)  # per row, per column

    @property
    def empty(self) -> bool:
        """True when the table has no rows."""
        return not self.rows


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: label, value (0–100 or a count), colour and status id."""

    label: str
    value: float
    text: str
    status_id: str | None = None


@dataclass(frozen=True)
class GoalSection:
    """One goal of the report."""

    goal_id: str
    number: str  # "1", "2", … (the order in the plan)
    title: str
    description: str
    paragraph: str
    progress: float | None
    progress_text: str
    delta_text: str | None
    counts: dict[str, int]
    measures: Table
    changes: Table
    attention: Table
    attention_items: list[tuple[str, str, str, str]]  # (status id, title, owner, comment)
    change_items: list[tuple[str, str, str, str]]  # (title, status before, after, change)
    bands: list[tuple[str, dict[str, int]]]  # (band label, measures per status) per band
    #: activity and outcome progress in words, never blended (dashboard.outcomes)
    outcome_text: str = ""
    result_text: str = ""  # the outcome progress alone, e.g. "75 %" or "ingen resultatmål"
    #: the pace forecast (dashboard.forecast): "↘ Vil trolig ikke nås", the sentence that
    #: explains it, and both in one line ("Prognose: ↘ …. Med farten …")
    forecast_badge: str = ""
    forecast_text: str = ""
    forecast_line: str = ""


@dataclass(frozen=True)
class Report:
    """Everything a status report shows, formatted in one language."""

    lang: str
    plan_id: str
    kicker: str  # "Saksframlegg Møte 6/2021" / "Status per 31.12.2021"
    title: str
    subtitle: str
    meta: list[tuple[str, str]]
    background: str
    goals_intro: str
    summary: str
    progress_text: str  # the plan's overall progress
    delta_text: str | None  # its change since the baseline
    overview: Table
    progress_bars: list[Bar]
    status_counts: list[tuple[str, dict[str, int]]]  # (goal title, counts per status)
    goals: list[GoalSection]
    #: across the plan: goals likely to miss (or tight) and measures waiting on a late one
    attention: Table
    attention_items: list[tuple[str, str]]  # (about, why), in the table's order
    decision: str
    notes: list[str]
    labels: dict[str, str]  # headings and captions the formats share
    file_stem: str
    as_of: dt.date
    meeting_name: str | None
    baseline_label: str | None  # "Møte 5/2021 (01.09.2021)"
    baseline_short: str | None  # "Møte 5/2021"

    def status_legend(self) -> list[tuple[str, str]]:
        """(status id, badge) of every status that occurs in the report, in order."""
        used = {s for _, counts in self.status_counts for s, n in counts.items() if n}
        return [(s, status(s).badge(self.lang)) for s in DISPLAY_STATUS_IDS if s in used]


def overview_shares(columns: int) -> list[float]:
    """Column shares of the overview: the goal wide, figures narrow, status icons narrower."""
    statuses = len(DISPLAY_STATUS_IDS)
    figures = columns - statuses - 1  # progress, (change), measures, overdue
    return [3.8] + [1.9] * (figures - 1) + [0.66] * statuses + [1.9]


def _roman(n: int) -> str:
    numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


_SPELL_OUT = str.maketrans({"æ": "ae", "ø": "o", "å": "aa"})


def _slug(text: str) -> str:
    text = text.lower().translate(_SPELL_OUT)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _date(value: dt.date | str | None, t: Translator) -> str:
    return "–" if value is None or pd.isna(value) else t.date(value)


def _records(frame: pd.DataFrame, *columns: str) -> list[tuple]:
    """The rows of some columns as plain tuples (itertuples is slow on Arrow-backed text)."""
    return list(zip(*(frame[c].tolist() for c in columns), strict=True)) if len(frame) else []


def _dated_comment(comment: object, date: dt.date | str | None, t: Translator) -> str:
    """A comment cut to COMMENT_LIMIT with its date: ``Text … (12.10.2026)``."""
    text = shorten(comment, COMMENT_LIMIT)
    if text and date is not None and not pd.isna(date):
        text = f"{text} ({t.date(date)})"
    return text


def _measure_table(states: pd.DataFrame, t: Translator) -> Table:
    columns = [
        t("col.measure"),
        t("col.owner"),
        t("col.status"),
        t("col.progress"),
        t("col.due"),
        t("col.comment"),
    ]
    badges = {s: status(s).badge(t.lang) for s in DISPLAY_STATUS_IDS}
    rows, ids = [], []
    fields = ("title", "owner", "status", "progress", "due_date")
    records = _records(states, *fields, "last_comment", "last_comment_date")
    for title, owner, status_id, progress, due, comment, comment_date in records:
        rows.append(
            [
                clean(title),
                clean(owner),
                badges[status_id],
                t.percent(progress),
                _date(due, t),
                _dated_comment(comment, comment_date, t),
            ]
        )
        ids.append([None, None, status_id, None, None, None])
    return Table(columns, rows, ids)


def _bands(states: pd.DataFrame, t: Translator) -> list[tuple[str, dict[str, int]]]:
    counts = [dict.fromkeys(DISPLAY_STATUS_IDS, 0) for _ in PROGRESS_BANDS]
    for progress, status_id in zip(states["progress"], states["status"], strict=True):
        counts[band_of(progress)][status_id] += 1
    return [(band_label(i, t), c) for i, c in enumerate(counts)]


def _changes_table(changes: pd.DataFrame, t: Translator) -> Table:
    columns = [
        t("col.measure"),
        t("col.before"),
        t("col.after"),
        t("col.change"),
        t("col.new_comment"),
    ]
    rows, ids = [], []
    records = _records(changes, "title", "status_before", "status_after", "delta", "comment")
    for title, before, after, delta, comment in records:
        rows.append(
            [
                clean(title),
                status(before).badge(t.lang),
                status(after).badge(t.lang),
                t.points(delta),
                shorten(comment, COMMENT_LIMIT),
            ]
        )
        ids.append([None, before, after, None, None])
    return Table(columns, rows, ids)


def _attention_table(rows_in: pd.DataFrame, t: Translator) -> Table:
    columns = [
        t("col.measure"),
        t("col.owner"),
        t("col.status"),
        t("col.due"),
        t("col.comment"),
    ]
    rows, ids = [], []
    records = _records(
        rows_in, "title", "owner", "status", "due_date", "last_comment", "last_comment_date"
    )
    waits = _waiting(rows_in)
    for (title, owner, status_id, due, comment, comment_date), waiting in zip(
        records, waits, strict=True
    ):
        note = _dated_comment(comment, comment_date, t)
        if waiting:  # what the measure waits for, before its latest comment
            note = " ".join(filter(None, [t("presfc.waiting_late", measures=waiting), note]))
        rows.append(
            [clean(title), clean(owner), status(status_id).badge(t.lang), _date(due, t), note]
        )
        ids.append([None, None, status_id, None, None])
    return Table(columns, rows, ids)


def _waiting(states: pd.DataFrame) -> list[str]:
    """Each measure's ``waiting_for`` (the late measures it waits on), cleaned; '' if none."""
    if "waiting_for" not in states:
        return [""] * len(states)
    return [clean(w) if isinstance(w, str) else "" for w in states["waiting_for"]]


def _forecast_fields(board: Board, goal_id: str, t: Translator) -> tuple[str, str]:
    """A goal's forecast: (badge, sentence); ("", "") when the plan has no end date."""
    found = board.goal_forecast(goal_id)
    if found is None:
        return "", ""
    return forecasts.badge(found, t), forecasts.progress_sentence(found, t)


def _attention(board: Board, t: Translator) -> tuple[Table, list[tuple[str, str]]]:
    """Across the plan, what needs the board's attention beyond each goal's own list:
    the goals whose forecast says likely to miss or could be tight (worst first), each
    with the sentence that explains it, then the measures waiting on a late measure, each
    naming what it waits for."""
    items: list[tuple[str, str]] = []
    for number, _goal_id, title, found in board.likely_to_miss():
        about = t("presfc.goal_item", n=number, title=clean(title))
        why = f"{forecasts.badge(found, t)}: {forecasts.progress_sentence(found, t)}"
        items.append((about, why))
    numbers = {goal_id: i for i, goal_id in enumerate(board.goals["id"], start=1)}
    waiting = board.waiting()
    for title, goal_id, waits in zip(
        waiting["title"], waiting["goal_id"], _waiting(waiting), strict=True
    ):
        quoted = f"“{clean(title)}”" if t.lang == "en" else f"«{clean(title)}»"
        about = t("presfc.measure_item", title=quoted, n=numbers.get(goal_id, "–"))
        items.append((about, t("presfc.waiting_late", measures=waits)))
    columns = [t("presfc.col.about"), t("presfc.col.why")]
    return Table(columns, [list(item) for item in items], []), items


def _goal_section(board: Board, goal: pd.Series, number: int, t: Translator) -> GoalSection:
    goal_id = goal["id"]
    row = board.summary[board.summary["goal_id"] == goal_id].iloc[0]
    states = board.goal_states(goal_id)
    attention = boards.needs_attention(states)
    delta = board.goal_delta(goal_id)
    changes = board.goal_changes(goal_id)
    badge, sentence = _forecast_fields(board, goal_id, t)
    return GoalSection(
        goal_id=goal_id,
        number=str(number),
        title=clean(goal["title"]),
        description=clean(goal.get("description")),
        paragraph=clean(boards.goal_paragraph(board, goal_id, t))
        + (" " + outcomes.sentence(row, t) if "outcome" in row else ""),
        outcome_text=outcomes.sentence(row, t) if "outcome" in row else "",
        result_text=_result(row, t),
        progress=None if row["progress"] is None or pd.isna(row["progress"]) else row["progress"],
        progress_text=t.percent(row["progress"]),
        delta_text=None if board.baseline is None else t.points(delta),
        counts={s: int(row[s]) for s in DISPLAY_STATUS_IDS},
        measures=_measure_table(states, t),
        changes=_changes_table(changes, t),
        attention=_attention_table(attention, t),
        attention_items=[
            (status_id, clean(title), clean(owner), shorten(comment, 200))
            for status_id, title, owner, comment in _records(
                attention, "status", "title", "owner", "last_comment"
            )
        ],
        change_items=[
            (clean(title), before, after, t.points(delta))
            for title, before, after, delta in _records(
                changes, "title", "status_before", "status_after", "delta"
            )
        ],
        bands=_bands(states, t),
        forecast_badge=badge,
        forecast_text=sentence,
        forecast_line=t("presfc.forecast_line", state=badge, sentence=sentence) if badge else "",
    )


def _result(row: pd.Series, t: Translator) -> str:
    """A goal's outcome progress as a short figure ("" for a summary without outcomes)."""
    if "outcome" not in row:
        return ""
    return outcome_text(row["outcome"], row["result_targets"], t)


def _overview(board: Board, t: Translator) -> Table:
    columns = [t("col.goal"), t("col.progress")]
    if board.baseline is not None:
        columns.append(t("col.change"))
    with_result = "outcome" in board.summary
    if with_result:  # outcome beside activity, never blended
        columns.append(t("outcome.col_result"))
    columns.append(t("col.measures"))
    columns += [status(s).icon for s in DISPLAY_STATUS_IDS]
    columns.append(t("col.overdue"))
    rows, ids = [], []
    for row in board.summary.itertuples():
        cells = [clean(row.goal_title), t.percent(row.progress)]
        if board.baseline is not None:
            cells.append(t.points(board.goal_delta(row.goal_id)))
        if with_result:
            cells.append(outcome_text(row.outcome, row.result_targets, t))
        cells.append(t.number(row.measures))
        cells += [t.number(getattr(row, s)) for s in DISPLAY_STATUS_IDS]
        cells.append(t.number(row.overdue))
        rows.append(cells)
        offset = len(columns) - len(DISPLAY_STATUS_IDS) - 1
        ids.append([None] * offset + list(DISPLAY_STATUS_IDS) + [None])
    return Table(columns, rows, ids)


def _plan_delta(board: Board, t: Translator) -> str | None:
    if board.baseline is None:
        return None
    now, then = board.progress(), board.progress_before()
    return t.points(None if now is None or then is None else now - then)


def build(board: Board, t: Translator, *, generated: dt.date) -> Report:
    """The report of a board (a meeting's snapshot, or the live state on a date)."""
    meeting = board.meeting
    if meeting is not None:
        kicker = t("report.kicker_meeting", meeting=meeting.name)
        subtitle = t("report.subtitle_meeting", meeting=meeting.name, date=t.date(meeting.date))
        stem = f"statusrapport-{_slug(board.plan_id)}-{_slug(meeting.name)}"
    else:
        kicker = t("report.kicker_date", date=t.date(board.as_of))
        subtitle = t("common.as_of", date=t.date(board.as_of))
        stem = f"statusrapport-{_slug(board.plan_id)}-{board.as_of.isoformat()}"
    meta = [(t("report.meta_kind"), t("report.meta_kind_value"))]
    meta.append((t("report.meta_to"), clean(board.organisation)))
    if meeting is not None:
        meta.append((t("report.meta_meeting"), f"{meeting.name}, {t.date(meeting.date)}"))
    meta.append((t("report.meta_as_of"), t.date(board.as_of)))
    meta.append((t("programmes.report_periods"), periods.reporting_periods(board.as_of, t)))
    baseline_label = board.baseline.label(t) if board.baseline else None
    meta.append((t("report.meta_since"), baseline_label or t("report.no_baseline")))
    if board.period_start and board.period_end:
        meta.append(
            (
                t("report.meta_period"),
                f"{t.date(board.period_start)}–{t.date(board.period_end)}",
            )
        )
    meta.append((t("report.meta_generated"), t.date(generated)))

    goal_titles = [clean(x) for x in board.goals["title"]]
    listed = "; ".join(f"{_roman(i)}) {title}" for i, title in enumerate(goal_titles, 1))
    notes = []
    if meeting is not None:
        notes.append(
            t(
                "report.frozen_note",
                meeting=meeting.name,
                recorded=t.date(meeting.recorded_at),
                days=meeting.cadence_days,
            )
        )
    else:
        notes.append(t("report.live_note", days=board.cadence_days))
    if board.illustrative:
        notes.append(t("common.illustrative"))
    sections = [
        _goal_section(board, goal, i, t)
        for i, (_, goal) in enumerate(board.goals.iterrows(), start=1)
    ]
    attention, attention_items = _attention(board, t)
    return Report(
        lang=t.lang,
        plan_id=board.plan_id,
        kicker=kicker,
        title=t("report.title", plan=clean(board.plan_name)),
        subtitle=subtitle,
        meta=meta,
        background=clean(board.description) or t("report.no_description"),
        goals_intro=t("report.goals_intro", n=len(goal_titles), goals=listed)
        if goal_titles
        else t("goal.no_goals"),
        summary=clean(boards.plan_paragraph(board, t)),
        progress_text=t.percent(board.progress()),
        delta_text=_plan_delta(board, t),
        overview=_overview(board, t),
        progress_bars=[
            Bar(
                clean(r.goal_title),
                0.0 if r.progress is None or pd.isna(r.progress) else float(r.progress),
                t.percent(r.progress),
            )
            for r in board.summary.itertuples()
        ],
        status_counts=[
            (clean(r.goal_title), {s: int(getattr(r, s)) for s in DISPLAY_STATUS_IDS})
            for r in board.summary.itertuples()
        ],
        goals=sections,
        attention=attention,
        attention_items=attention_items,
        decision=t("report.decision_text"),
        notes=notes,
        labels={
            key: t(f"report.{key}")
            for key in (
                "background",
                "why",
                "why_text",
                "main_points",
                "overall",
                "per_goal_chart",
                "status_chart",
                "bands_chart",
                "appendix",
                "measures",
                "changes",
                "attention",
                "no_changes",
                "no_attention",
                "no_baseline",
                "decision",
                "legend",
                "progress",
                "since",
                "goal",
                "page",
            )
        }
        | {"rows_of": t("report.rows_of", first="{first}", last="{last}", n="{n}")}
        | {"activity": t("outcome.activity"), "result": t("outcome.result")}
        | {
            "plan_attention": t("presfc.attention"),
            "plan_attention_intro": t("presfc.attention_intro"),
            "plan_attention_none": t("presfc.attention_none"),
            "forecast": t("forecast.heading"),
        },
        file_stem=stem,
        as_of=board.as_of,
        meeting_name=meeting.name if meeting else None,
        baseline_label=baseline_label,
        baseline_short=board.baseline.short(t) if board.baseline else None,
    )
