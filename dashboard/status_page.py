"""The public status page of a published plan: ``/status/{plan}``, and ``/status``.

Open to anyone, also with ``PLANPULS_ACCESS=closed`` (access is the pages' business;
these routes never read a session), plain server-rendered HTML that needs no
JavaScript: the plan's name, organisation and period, each goal's progress (the
same figures as Oversikt for the same date: :func:`dashboard.queries.goal_summary`
over :func:`dashboard.queries.measure_states`), its measures' titles and statuses
with counts per status, its outcome targets against the actual figures, and the
date of the latest status update.

What it never shows is decided here, by what it hands the template: comments,
owners, who reported what, channels' and target groups' lists of measures,
accounts and tokens are not read into the page's model at all. A plan that is
unknown, unpublished or archived answers the same 404, so the page does not tell
which plans exist. Every text from the database is escaped (jinja2 autoescape).

Language: ``?lang=nb|en``, else the browser's Accept-Language, else PLANPULS_LANG.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import pandas as pd
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from dashboard import formats, metrics, publication, queries, settings
from dashboard.db import Database, load_sql
from dashboard.i18n import LANGUAGES, Translator, norwegian_tag
from dashboard.labels import DISPLAY_STATUS_IDS, metric_word, status

TEMPLATES = Path(__file__).parent / "templates"
_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # every value is escaped: a goal titled <script> stays text
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)
#: No scripts, no images, no frames, no forms: the page is text and its own styles.
_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-cache",
}


@dataclass(frozen=True)
class Bar:
    """A progress figure: its words and its 0–100 value for the bar (None: nothing counts)."""

    text: str
    value: int | None


@dataclass(frozen=True)
class MeasureRow:
    title: str
    status: str  # icon and word
    status_id: str
    progress: Bar
    due: str | None
    overdue: bool


@dataclass(frozen=True)
class OutcomeRow:
    figure: str  # metric in channel
    period: str
    target: str
    actual: str
    verdict: str  # met / not met / no figure yet, with the share reached
    down: bool


@dataclass
class GoalView:
    anchor: str
    title: str
    progress: Bar
    counts: list[tuple[str, str, int]] = field(default_factory=list)  # (id, badge, n)
    measures: list[MeasureRow] = field(default_factory=list)
    outcomes: list[OutcomeRow] = field(default_factory=list)


@dataclass
class StatusView:
    """Everything the public page shows, and nothing else."""

    plan_id: str
    name: str
    organisation: str
    period: str
    as_of: str
    updated: str | None
    overall: Bar
    goals: list[GoalView]
    illustrative: bool = False  # generated demo history among the figures (as Oversikt says)


def language(request: Request) -> str:
    """The page's language: ``?lang=``, then Accept-Language, then the setting."""
    asked = request.query_params.get("lang", "")
    if asked in LANGUAGES:
        return asked
    weighted: list[tuple[float, int, str]] = []
    for n, part in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, rest = part.strip().partition(";")
        quality = 1.0
        if rest.strip().startswith("q="):
            try:
                quality = float(rest.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        lang = norwegian_tag(primary)
        if lang in LANGUAGES and quality > 0:
            weighted.append((-quality, n, lang))
    if weighted:
        return min(weighted)[2]
    return settings.default_language()


def _bar(t: Translator, value: float | None) -> Bar:
    if value is None or pd.isna(value):
        return Bar(t("public.no_progress"), None)
    return Bar(t.percent(value), int(formats.rounded(min(max(float(value), 0.0), 100.0))))


def _date(value: object) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _outcome(t: Translator, row: pd.Series) -> OutcomeRow:
    direction = row["direction"] if not pd.isna(row["direction"]) else "up"
    met = metrics.target_met(row["actual"], row["target"], direction)
    achieved = metrics.target_achieved(row["actual"], row["target"], direction)
    if met is None:
        verdict = t("public.no_figure")
    else:
        verdict = t("public.met" if met else "public.not_met")
        if achieved is not None:
            verdict += f" ({t.percent(achieved)})"
    return OutcomeRow(
        figure=f"{metric_word(row['metric'], t.lang)}, {row['channel']}",
        period=f"{t.date(row['period_start'])}–{t.date(row['period_end'])}",
        target=t.number(row["target"]),
        actual=t.number(row["actual"]),
        verdict=verdict,
        down=direction == "down",
    )


def build(db: Database, plan_id: str, t: Translator, today: dt.date) -> StatusView | None:
    """The public page's model for a published plan as of Oversikt's default date; else None."""
    plan = publication.public_plan(db, plan_id)
    if plan is None:
        return None
    lo, _hi, as_of = queries.plan_bounds(plan, today)
    filters = queries.Filters(plan_id, lo, as_of)
    states = queries.measure_states(db, filters)
    summary = queries.goal_summary(db, filters, states)
    kpis = queries.goal_kpis(db, filters)
    updated = db.scalar(load_sql("status_history_last_date"), filters.params())
    goals: list[GoalView] = []
    for n, goal in enumerate(summary.itertuples(index=False), start=1):
        row = goal._asdict()
        view = GoalView(
            anchor=f"goal-{n}",
            title=row["goal_title"],
            progress=_bar(t, row["progress"]),
        )
        for status_id in DISPLAY_STATUS_IDS:
            if row[status_id]:
                view.counts.append((status_id, status(status_id).badge(t.lang), row[status_id]))
        for m in states[states["goal_id"] == row["goal_id"]].itertuples(index=False):
            due = _date(m.due_date)
            view.measures.append(
                MeasureRow(
                    title=m.title,
                    status=status(m.status).badge(t.lang),
                    status_id=m.status,
                    progress=_bar(t, metrics.effective_progress(m.status, m.progress)),
                    due=t.date(due) if due else None,
                    overdue=bool(m.overdue),
                )
            )
        for k in kpis[kpis["goal_id"] == row["goal_id"]].itertuples(index=False):
            view.outcomes.append(_outcome(t, pd.Series(k._asdict())))
        goals.append(view)
    return StatusView(
        plan_id=plan_id,
        name=plan["name"],
        organisation=plan["organisation"] if not pd.isna(plan["organisation"]) else "",
        period=f"{t.date(plan['period_start'])}–{t.date(plan['period_end'])}",
        as_of=t.date(as_of),
        updated=None if updated is None or pd.isna(updated) else t.date(updated),
        overall=_bar(t, queries.plan_progress(states) if not states.empty else None),
        goals=goals,
        illustrative=bool(states["illustrative"].any()) if not states.empty else False,
    )


def _page(template: str, status_code: int = 200, **values: object) -> HTMLResponse:
    html = _ENV.get_template(template).render(**values)
    return HTMLResponse(html, status_code=status_code, headers=_HEADERS)


def _languages(request: Request, lang: str) -> list[dict[str, str]]:
    """Links to the page in the other languages (each named in its own language)."""
    return [
        {"lang": code, "name": name, "href": f"{request.url.path}?lang={code}"}
        for code, name in LANGUAGES.items()
        if code != lang
    ]


def not_found(request: Request, base: str) -> HTMLResponse:
    """The one answer for an unknown, unpublished or archived plan (and a bad address)."""
    lang = language(request)
    return _page(
        "status_not_found.html",
        404,
        t=Translator(lang),
        lang=lang,
        others=_languages(request, lang),
        index=f"{base}{publication.STATUS_PATH}?lang={lang}",
    )


def routes(database: Callable[[], Database], base: str = "") -> list[BaseRoute]:
    """``/status`` (the published plans) and ``/status/{plan}`` under ``base``."""

    async def plan_page(request: Request) -> Response:
        lang = language(request)
        t = Translator(lang)
        plan_id = request.path_params["plan"]
        view = await run_in_threadpool(lambda: build(database(), plan_id, t, settings.today()))
        if view is None:
            return not_found(request, base)
        return _page(
            "status.html",
            t=t,
            lang=lang,
            view=view,
            others=_languages(request, lang),
            index=f"{base}{publication.STATUS_PATH}?lang={lang}",
        )

    async def index(request: Request) -> Response:
        lang = language(request)
        t = Translator(lang)
        rows = await run_in_threadpool(lambda: publication.public_plans(database()))
        plans = [
            {
                "href": publication.status_url(base, row["id"]) + f"?lang={lang}",
                "name": row["name"],
                "organisation": row["organisation"] if not pd.isna(row["organisation"]) else "",
                "period": f"{t.date(row['period_start'])}–{t.date(row['period_end'])}",
            }
            for _, row in rows.iterrows()
        ]
        return _page("status_index.html", t=t, lang=lang, plans=plans,
                     others=_languages(request, lang))  # fmt: skip

    path = base + publication.STATUS_PATH
    return [
        Route(path, index, methods=["GET"]),
        Route(path + "/", index, methods=["GET"]),
        Route(path + "/{plan}", plan_page, methods=["GET"]),
    ]
