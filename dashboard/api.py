"""The HTTP API (``/api/v1``): the plans, goals, measures and channel figures as JSON or CSV;
uploads (``POST /imports``) and undoing them (``POST /imports/{batch}/undo``).

Served beside the pages by the same process (dashboard/server.py adds
:func:`routes`), from the same queries the pages use (dashboard/queries.py), so
a measure's state on a date is the one the Mål page shows for that date.

Access follows PLANPULS_ACCESS like the pages: open, anyone reads; closed, a
request needs the session cookie of a signed-in user or an API token
(``Authorization: Bearer ppt_…``, see dashboard/tokens.py). A token that is
sent must be valid even when access is open. ``/health`` and ``/openapi.json``
are open to anyone.

Writes need an API token whose role may upload (secretariat, admin), never a
session cookie, so a form another site makes a browser post carries no right to
write. An upload runs the upload pipeline (``check_and_commit``) and answers what
``python -m dashboard import --json`` prints (dashboard/ingest/outcome.py builds
both); its body is counted while it streams in and refused past the upload limit.

Errors are JSON ``{"error": {"status", "code", "message"}}`` with the message in
the caller's language (``?lang=nb|en``, else Accept-Language, else PLANPULS_LANG).
Lists come as CSV (as the pages' downloads: UTF-8 with BOM, ``;``, decimal comma)
with ``?format=csv`` or ``Accept: text/csv``.

This module does not import Streamlit.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import pandas as pd
from python_multipart.multipart import parse_options_header
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from dashboard import __version__, auth, exports, queries, settings, tokens
from dashboard.auth import User
from dashboard.db import Database
from dashboard.i18n import LANGUAGES, Translator, message, norwegian_tag
from dashboard.ingest import outcome, report
from dashboard.ingest.batches import history, undo
from dashboard.ingest.kinds import KIND_IDS
from dashboard.ingest.pipeline import Upload, check_and_commit
from dashboard.queries import Filters
from dashboard.refusal import Refused

log = logging.getLogger("planpuls.api")

PREFIX = "/api/v1"
#: The longest value a query parameter may have.
MAX_PARAM = 100
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Columns that hold a date (not a time): written as YYYY-MM-DD.
_DATE_COLUMNS = frozenset(
    {
        "period_start",
        "period_end",
        "start_date",
        "due_date",
        "last_update",
        "last_comment_date",
        "bucket",
    }
)
#: The fields each list answers with, in order (the CSV's columns too).
PLAN_FIELDS = (
    "id",
    "name",
    "organisation_id",
    "organisation",
    "period_start",
    "period_end",
    "cadence_days",
    "parent_id",
    "description",
    "archived_at",
    "goals",
    "measures",
)
GOAL_FIELDS = (
    "id",
    "title",
    "description",
    "sort_order",
    "measures",
    "progress",
    "overdue",
    "attention",
)
MEASURE_FIELDS = (
    "id",
    "title",
    "goal_id",
    "goal_title",
    "owner_id",
    "owner",
    "start_date",
    "due_date",
    "weight",
    "status",
    "reported_status",
    "stale",
    "progress",
    "last_update",
    "overdue",
    "attention",
    "reported_by",
    "illustrative",
    "last_comment",
    "last_comment_date",
    "channels",
    "audiences",
)
METRIC_FIELDS = (
    "bucket",
    "channel_id",
    "channel",
    "scope",
    "metric",
    "audience",
    "value",
    "illustrative",
    "rows",
)
_COMMON = ("lang",)
_LISTS = ("lang", "format")


class ApiError(Refused):
    """A refused request: its HTTP status and a whole message key (``api.<reason>``)."""

    prefix = ""

    def __init__(self, status: int, code: str, **params: object) -> None:
        super().__init__(code, **params)
        self.status = status


#: The HTTP status of a refusal from the core, by its code (others: 409 Conflict).
_REFUSAL_STATUS = {"no_such_batch": 404}


@dataclass(frozen=True)
class Call:
    """One request as a handler sees it: the database, who asks, language, parameters."""

    db: Database
    user: User | None
    lang: str
    params: dict[str, str]
    path: dict[str, str]

    def t(self, key: str, **values: object) -> str:
        return message(key, self.lang, **values)


# Answers --------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A list answer: its rows (``frame``, in ``fields`` order) under ``key``, with extras."""

    key: str
    frame: pd.DataFrame
    name: str
    extra: dict[str, object]


def _value(column: str, value: object) -> object:
    """One cell as JSON: dates as YYYY-MM-DD, times as ISO, missing as null."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, pd.Timestamp | dt.datetime):
        stamp = pd.Timestamp(value)
        return stamp.date().isoformat() if column in _DATE_COLUMNS else stamp.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """The rows of a frame as JSON-ready dicts."""
    columns = list(frame.columns)
    return [
        {c: _value(c, v) for c, v in zip(columns, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]


def _json(data: object, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json; charset=utf-8")


def _csv(table: Table) -> Response:
    return Response(
        exports.to_csv(table.frame),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{table.name}.csv"'},
    )


def wants_csv(request: Request) -> bool:
    """``?format=csv``, or no format and an Accept header that asks for text/csv."""
    chosen = request.query_params.get("format")
    if chosen is not None:
        return chosen == "csv"
    return "text/csv" in request.headers.get("accept", "").lower()


# Language, parameters, access ----------------------------------------------------


def language(request: Request) -> str:
    """``?lang=``, else the first of nb/nn/en in Accept-Language, else PLANPULS_LANG."""
    chosen = request.query_params.get("lang")
    if chosen in LANGUAGES:
        return chosen
    ranked = []
    for number, part in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, weight = part.strip().partition(";q=")
        try:
            quality = float(weight) if weight else 1.0
        except ValueError:
            quality = 0.0
        base = tag.strip().lower().split("-")[0]
        base = norwegian_tag(base)
        if base in LANGUAGES and quality > 0:
            ranked.append((-quality, number, base))
    return min(ranked)[2] if ranked else settings.default_language()


def _params(request: Request, allowed: tuple[str, ...]) -> dict[str, str]:
    """The query parameters, each known here, given once, and not too long."""
    params: dict[str, str] = {}
    for name, value in request.query_params.multi_items():
        if name not in allowed:
            raise ApiError(400, "api.bad_param", name=name[:MAX_PARAM], allowed=", ".join(allowed))
        if name in params:
            raise ApiError(400, "api.repeated", name=name)
        if len(value) > MAX_PARAM:
            raise ApiError(400, "api.too_long", name=name, maximum=MAX_PARAM)
        params[name] = value
    if "lang" in params and params["lang"] not in LANGUAGES:
        raise ApiError(
            400, "api.bad_value", name="lang", value=params["lang"], allowed=", ".join(LANGUAGES)
        )
    if "format" in params and params["format"] not in ("json", "csv"):
        raise ApiError(
            400, "api.bad_value", name="format", value=params["format"], allowed="json, csv"
        )
    return params


def who(db: Database, request: Request) -> User | None:
    """The caller: a token's or a session's account, or None (anonymous, access open).

    A token that is sent must be valid; with PLANPULS_ACCESS=closed a caller
    without a valid token or session is refused.
    """
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, value = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise ApiError(401, "api.bad_auth")
        user = tokens.read(db, value.strip(), use=f"{request.method} {request.url.path}")
        if user is None:
            raise ApiError(401, "api.bad_token")
        return user
    cookie = request.cookies.get(auth.COOKIE)
    user = auth.read_session(db, cookie) if cookie else None
    if user is None and settings.access_closed():
        raise ApiError(401, "api.sign_in")
    return user


def _require(call: Call, role: str) -> None:
    if call.user is None and (settings.access_closed() or role != "viewer"):
        raise ApiError(401, "api.sign_in")
    if call.user is not None and not call.user.may(role):
        raise ApiError(
            403,
            "api.forbidden",
            role=call.t(f"role.{call.user.role}"),
            required=call.t(f"role.{role}"),
        )


def _date(call: Call, name: str, default: dt.date) -> dt.date:
    text = call.params.get(name)
    if text is None:
        return default
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ApiError(400, "api.bad_date", name=name, value=text) from None


def _plan(call: Call) -> pd.Series:
    """The plan the path names; archived plans only for the secretariat and admins."""
    plan_id = call.path["plan"]
    every = call.db.query("plans", include_archived=True)
    found = every[every["id"] == plan_id]
    if found.empty:
        raise ApiError(404, "api.unknown_plan", plan=plan_id)
    plan = found.iloc[0]
    archived = not pd.isna(plan["archived_at"])
    if archived and not (call.user is not None and call.user.may("secretariat")):
        raise ApiError(404, "api.unknown_plan", plan=plan_id)
    return plan


def _choice(call: Call, plan_id: str, name: str, known: pd.Series) -> str | None:
    value = call.params.get(name)
    if value is not None and value not in set(known):
        what = call.t(f"api.what.{name}")
        raise ApiError(400, "api.unknown_choice", plan=plan_id, what=what, value=value)
    return value


def _bound(plan: pd.Series, column: str, fallback: dt.date) -> dt.date:
    value = plan[column]
    return fallback if pd.isna(value) else pd.Timestamp(value).date()


def _as_of_filters(call: Call, plan: pd.Series) -> Filters:
    today = settings.today()
    as_of = _date(call, "date", today)
    start = min(_bound(plan, "period_start", dt.date(as_of.year, 1, 1)), as_of)
    goal = _choice(call, plan["id"], "goal", queries.goals(call.db, plan["id"])["id"])
    owner = _choice(call, plan["id"], "owner", queries.owners(call.db, plan["id"])["id"])
    channel = _choice(call, plan["id"], "channel", queries.channels(call.db, plan["id"])["id"])
    return Filters(plan["id"], start, as_of, goal, owner, channel)


# Routes -------------------------------------------------------------------------------


def health(call: Call) -> dict[str, object]:
    """Planpuls' version, the database's name (a DuckDB file's name, a PostgreSQL
    database's name) and schema, when the data last changed."""
    row = call.db.query("api_last_change").iloc[0]
    return {
        "planpuls": __version__,
        "database": call.db.name,
        "schema_version": call.db.schema_version(),
        "access": "closed" if settings.access_closed() else "open",
        "last_change": _value("last_change", row["last_change"]),
        "last_batch": _value("last_batch", row["last_batch"]),
    }


def list_plans(call: Call) -> Table:
    """The plans in use; with ``archived=true`` (secretariat, admin) archived ones too."""
    archived = call.params.get("archived", "false")
    if archived not in ("true", "false"):
        raise ApiError(400, "api.bad_value", name="archived", value=archived, allowed="true, false")
    if archived == "true":
        _require(call, "secretariat")
    frame = call.db.query("plans", include_archived=archived == "true")
    return Table("plans", frame[list(PLAN_FIELDS)], "planer", {})


def list_goals(call: Call) -> Table:
    """The plan's goals in order, each with its progress and counts on ``date``."""
    plan = _plan(call)
    filters = _as_of_filters(call, plan)
    states = queries.measure_states(call.db, filters)
    summary = queries.goal_summary(call.db, filters, states)
    frame = summary.rename(columns={"goal_id": "id", "goal_title": "title"})
    return Table(
        "goals",
        frame[list(GOAL_FIELDS)],
        "maal",
        {"plan": plan["id"], "date": filters.end.isoformat()},
    )


def list_measures(call: Call) -> Table:
    """Each measure's state on ``date`` (default today): the Mål page's own query."""
    plan = _plan(call)
    filters = _as_of_filters(call, plan)
    states = queries.measure_states(call.db, filters)
    progress = queries.plan_progress(states) if not states.empty else None
    return Table(
        "measures",
        states[list(MEASURE_FIELDS)],
        "tiltak",
        {"plan": plan["id"], "date": filters.end.isoformat(), "progress": progress},
    )


def list_metrics(call: Call) -> Table:
    """Channel figures per month, quarter, tertial, half-year or year between ``start`` and
    ``end``."""
    plan = _plan(call)
    today = settings.today()
    start = _date(call, "start", _bound(plan, "period_start", dt.date(today.year, 1, 1)))
    end = _date(call, "end", _bound(plan, "period_end", today))
    if start > end:
        raise ApiError(400, "api.dates_order", start=start.isoformat(), end=end.isoformat())
    grain = call.params.get("grain", "month")
    if grain not in queries.GRAINS:
        allowed = ", ".join(queries.GRAINS)
        raise ApiError(400, "api.bad_value", name="grain", value=grain, allowed=allowed)
    channel = _choice(call, plan["id"], "channel", queries.channels(call.db, plan["id"])["id"])
    filters = Filters(plan["id"], start, end, channel_id=channel)
    frame = queries.channel_series(call.db, filters, grain)
    extra = {"plan": plan["id"], "start": start.isoformat(), "end": end.isoformat()}
    return Table("metrics", frame[list(METRIC_FIELDS)], "kanaltall", {**extra, "grain": grain})


def list_imports(call: Call) -> dict[str, object]:
    """Every import batch, newest first, as ``batches --json`` prints them (secretariat)."""
    _require(call, "secretariat")
    return {"batches": outcome.batches(history(call.db))}


# Writes: an upload, and undoing one ---------------------------------------------------

#: Room in a request's body beyond the file itself: the form's other fields, boundaries.
BODY_ALLOWANCE = 64 * 1024
#: The largest a form field other than the file may be (bytes).
FIELD_BYTES = 4096
#: The fields of ``POST /imports``; ``file`` is the file itself.
IMPORT_FIELDS = ("file", "kind", "plan", "channel", "goal", "dry_run")
_FLAGS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


class _TooLarge(Exception):
    """The request's body grew past the upload limit while it came in."""


def upload_limit() -> int:
    """The largest file an upload may be, in bytes (PLANPULS_MAX_UPLOAD_MB, as the page)."""
    return settings.limit("PLANPULS_MAX_UPLOAD_MB") * 1_000_000


def _cross_site(request: Request) -> None:
    """Refuse a POST another site's page sent (its Origin is not this server), as the
    sign-in routes do (dashboard/server.py). A program (curl, a script) sends no Origin."""
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
        log.warning("refused a cross-site %s from %s", request.url.path, origin[:MAX_PARAM])
        raise ApiError(403, "api.cross_site")


def writer(db: Database, request: Request) -> User:
    """The caller of a write: an API token (never a session cookie) whose role may upload.

    A browser attaches cookies to a form another site makes it post, but never an
    Authorization header: asking for the token is what makes a forged post harmless.
    """
    if request.headers.get("authorization") is None:
        raise ApiError(401, "api.token_needed")
    user = who(db, request)
    assert user is not None  # who() raises for a header that names no live token
    if not user.may("secretariat"):
        raise ApiError(
            403,
            "api.forbidden",
            role=message(f"role.{user.role}", language(request)),
            required=message("role.secretariat", language(request)),
        )
    return user


async def read_form(request: Request) -> FormData:
    """The multipart form of an upload, refused as soon as its body passes the limit.

    A declared Content-Length over the limit is refused before a byte is read; the
    body is counted as it streams in (the file spooled to disk by Starlette, never
    held whole in memory before the count says it fits).
    """
    kind, _ = parse_options_header(request.headers.get("content-type", ""))
    if kind != b"multipart/form-data":
        raise ApiError(415, "api.not_multipart")
    most = upload_limit() + BODY_ALLOWANCE
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > most:
        raise ApiError(413, "api.too_large", max=settings.limit("PLANPULS_MAX_UPLOAD_MB"))

    async def counted():
        seen = 0
        async for chunk in request.stream():
            seen += len(chunk)
            if seen > most:
                raise _TooLarge
            yield chunk

    parser = MultiPartParser(
        request.headers,
        counted(),
        max_files=1,
        max_fields=len(IMPORT_FIELDS),
        max_part_size=FIELD_BYTES,
    )
    try:
        return await parser.parse()
    except _TooLarge:
        raise ApiError(413, "api.too_large", max=settings.limit("PLANPULS_MAX_UPLOAD_MB")) from None
    except MultiPartException:
        raise ApiError(400, "api.bad_form", fields=", ".join(IMPORT_FIELDS)) from None


@dataclass(frozen=True)
class ImportForm:
    """The checked fields of an upload."""

    data: bytes
    file_name: str
    kind: str | None
    plan: str | None
    channel: str | None
    goal: str | None
    dry_run: bool


async def import_form(form: FormData) -> ImportForm:
    """The form's fields, each known, given once and not too long; the file's bytes."""
    fields: dict[str, str] = {}
    file: UploadFile | None = None
    seen: set[str] = set()
    for name, value in form.multi_items():
        if name not in IMPORT_FIELDS:
            allowed = ", ".join(IMPORT_FIELDS)
            raise ApiError(400, "api.bad_param", name=name[:MAX_PARAM], allowed=allowed)
        if name in seen:
            raise ApiError(400, "api.repeated", name=name)
        seen.add(name)
        if isinstance(value, UploadFile):
            if name != "file":
                raise ApiError(400, "api.no_file")
            file = value
            continue
        if name == "file":
            raise ApiError(400, "api.no_file")
        if len(value) > MAX_PARAM:
            raise ApiError(400, "api.too_long", name=name, maximum=MAX_PARAM)
        fields[name] = value.strip()
    file_name = PurePosixPath((file.filename or "").replace("\\", "/")).name if file else ""
    if file is None or not file_name:
        raise ApiError(400, "api.no_file")
    kind = fields.get("kind") or None
    if kind is not None and kind not in KIND_IDS:
        raise ApiError(400, "api.bad_value", name="kind", value=kind, allowed=", ".join(KIND_IDS))
    flag = fields.get("dry_run", "false").lower()
    if flag not in _FLAGS:
        raise ApiError(400, "api.bad_value", name="dry_run", value=flag, allowed="true, false")
    data = await file.read()
    return ImportForm(
        data,
        file_name[:200],
        kind,
        fields.get("plan") or None,
        fields.get("channel") or None,
        fields.get("goal") or None,
        _FLAGS[flag],
    )


def _import_plan(call: Call, wanted: str | None) -> str:
    """The plan an upload goes to: the one named, or the only one (as the command line)."""
    plans = call.db.query("plans", include_archived=True)["id"].tolist()
    if wanted is not None:
        if wanted not in plans:
            raise ApiError(400, "api.import_unknown_plan", plan=wanted, plans=", ".join(plans))
        return wanted
    if len(plans) != 1:
        key = "api.import_no_plans" if not plans else "api.import_choose_plan"
        raise ApiError(400, key, plans=", ".join(plans))
    return plans[0]


def by(user: User) -> str:
    """Who a write through the API is recorded as: its token's account, marked api:."""
    return f"api:{user.name}"


def run_import(call: Call, form: ImportForm) -> tuple[dict, int]:
    """Check the file once and save it when it passes (unless a dry run): the upload
    pipeline the page and ``python -m dashboard import`` run; the answer and its status."""
    assert call.user is not None
    plan = _import_plan(call, form.plan)
    upload = Upload(form.data, form.file_name, plan, form.kind, form.channel, settings.today())
    if form.goal is not None:
        if form.goal not in set(call.db.query("goals", plan_id=plan)["id"]):
            what = call.t("api.what.goal")
            raise ApiError(400, "api.unknown_choice", plan=plan, what=what, value=form.goal)
        upload.goal_id = form.goal

    def tool_only(result) -> None:  # before anything is written
        if form.goal is not None and result.tool_map is None:
            raise ApiError(400, "api.goal_tool_only")

    done = check_and_commit(
        call.db, upload, by=by(call.user), write=not form.dry_run, before_write=tool_only
    )
    t = Translator(call.lang)
    result = done.preview
    if result.file_error is not None:
        text = report.file_error(result.file_error, t)
        code = result.file_error.code
        status = 413 if code == "file_too_large" else 422
        return outcome.file_refused(form.file_name, code, text), status
    answer = outcome.imported(result, t, done.batch_id, dry_run=form.dry_run)
    return answer, 200 if result.ok else 422


def undo_import(call: Call) -> tuple[dict, int]:
    """Undo a batch whole, as Importhistorikk and ``python -m dashboard undo`` do."""
    assert call.user is not None
    number = int(call.path["batch"])
    if number > 2**62:  # beyond any batch number (and DuckDB's BIGINT)
        raise ApiError(404, "undo.no_such_batch", batch=number)
    undo(call.db, number, by=by(call.user))  # a refusal: answered by _error
    frame = history(call.db)
    record = outcome.batches(frame[frame["id"] == number])[0]
    return {**record, "message": call.t("history.undone", id=number)}, 200


#: (path, handler, query parameters it takes, whether it needs a reader's access)
ENDPOINTS: tuple[tuple[str, Callable[[Call], object], tuple[str, ...], bool], ...] = (
    ("/health", health, _COMMON, False),
    ("/plans", list_plans, (*_LISTS, "archived"), True),
    ("/plans/{plan}/goals", list_goals, (*_LISTS, "date"), True),
    ("/plans/{plan}/measures", list_measures, (*_LISTS, "date", "goal", "owner", "channel"), True),
    ("/plans/{plan}/metrics", list_metrics, (*_LISTS, "start", "end", "grain", "channel"), True),
    ("/imports", list_imports, _COMMON, True),
)
#: The writes: (path, method, query parameters). Each needs a token whose role may upload.
WRITES = (("/imports", "POST", _COMMON), ("/imports/{batch}/undo", "POST", _COMMON))


def _error(lang: str, error: Refused) -> Response:
    """Any refusal as the API's JSON error: its status, its reason and its message."""
    status, reason = _REFUSAL_STATUS.get(error.code, 409), error.code
    if isinstance(error, ApiError):  # its code is a whole key: api.<reason>
        status, reason = error.status, error.code.split(".", 1)[-1]
    text = error.message(Translator(lang))
    body = {"error": {"status": status, "code": reason, "message": text}}
    response = _json(body, status)
    if status == 401:
        response.headers["www-authenticate"] = 'Bearer realm="planpuls"'
    return response


def _answer(call: Call, request: Request, answer: object) -> Response:
    if isinstance(answer, Table):
        if wants_csv(request):
            return _csv(answer)
        return _json({**answer.extra, answer.key: records(answer.frame)})
    return _json(answer)


def routes(database: Callable[[], Database], base: str = "") -> list[BaseRoute]:
    """The API's routes under ``base`` + /api/v1; ``database`` returns the shared database."""

    def endpoint(handler, allowed: tuple[str, ...], reader: bool):
        def run(request: Request) -> Response:
            lang = language(request)
            try:
                params = _params(request, allowed)
                db = database()
                user = who(db, request) if reader else None
                call = Call(db, user, lang, params, dict(request.path_params))
                if reader:
                    _require(call, "viewer")
                return _answer(call, request, handler(call))
            except Refused as error:
                return _error(lang, error)
            except Exception as exc:  # a defect: a short JSON answer, the traceback in the log
                log.exception("API %s %s failed", request.method, request.url.path)
                return _error(lang, ApiError(500, "api.unexpected", error=type(exc).__name__))

        async def serve(request: Request) -> Response:
            return await run_in_threadpool(run, request)

        return serve

    def write(handler):
        async def serve(request: Request) -> Response:
            lang = language(request)
            try:
                _params(request, _COMMON)
                _cross_site(request)
                db = database()
                user = await run_in_threadpool(writer, db, request)
                call = Call(db, user, lang, {}, dict(request.path_params))
                answer, status = await handler(call, request)
                return _json(answer, status)
            except Refused as error:
                return _error(lang, error)
            except ClientDisconnect:
                return Response(status_code=400)
            except Exception as exc:  # a defect: a short JSON answer, the traceback in the log
                log.exception("API %s %s failed", request.method, request.url.path)
                return _error(lang, ApiError(500, "api.unexpected", error=type(exc).__name__))

        return serve

    async def post_import(call: Call, request: Request) -> tuple[dict, int]:
        form = await read_form(request)
        try:
            fields = await import_form(form)
        finally:
            await form.close()
        return await run_in_threadpool(run_import, call, fields)

    async def post_undo(call: Call, request: Request) -> tuple[dict, int]:
        return await run_in_threadpool(undo_import, call)

    async def openapi(request: Request) -> Response:
        from dashboard.api_spec import spec

        return _json(spec(base))

    async def not_found(request: Request) -> Response:
        path = request.url.path[:MAX_PARAM]
        error = ApiError(404, "api.not_found", path=path, spec=f"{base}{PREFIX}/openapi.json")
        return _error(language(request), error)

    found: list[BaseRoute] = [
        Route(f"{base}{PREFIX}{path}", endpoint(handler, allowed, reader), methods=["GET"])
        for path, handler, allowed, reader in ENDPOINTS
    ]
    found.append(Route(f"{base}{PREFIX}/imports", write(post_import), methods=["POST"]))
    undo_path = f"{base}{PREFIX}/imports/{{batch:int}}/undo"
    found.append(Route(undo_path, write(post_undo), methods=["POST"]))
    found.append(Route(f"{base}{PREFIX}/openapi.json", openapi, methods=["GET"]))
    found.append(Route(f"{base}{PREFIX}/{{rest:path}}", not_found))
    return found
