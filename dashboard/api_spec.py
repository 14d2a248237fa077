"""The OpenAPI 3.1 description of the HTTP API (served at /api/v1/openapi.json).

Built from the same field lists the routes answer with (dashboard/api.py), so a
field added there shows here; tests/test_api.py checks answers against it.
"""

from __future__ import annotations

from dashboard import __version__, api

_TEXT = {"type": ["string", "null"]}
_DATE = {"type": ["string", "null"], "format": "date"}
_TIME = {"type": ["string", "null"], "format": "date-time"}
_INT = {"type": ["integer", "null"]}
_NUMBER = {"type": ["number", "null"]}
_BOOL = {"type": "boolean"}

_FIELD_TYPES: dict[str, dict] = {
    "period_start": _DATE,
    "period_end": _DATE,
    "start_date": _DATE,
    "due_date": _DATE,
    "last_update": _DATE,
    "last_comment_date": _DATE,
    "bucket": _DATE,
    "archived_at": _TIME,
    "cadence_days": _INT,
    "goals": {"type": "integer"},
    "measures": {"type": "integer"},
    "sort_order": {"type": "integer"},
    "overdue": {"type": ["integer", "boolean"]},
    "attention": {"type": ["integer", "boolean"]},
    "rows": {"type": "integer"},
    "weight": {"type": "number"},
    "value": {"type": "number"},
    "progress": _NUMBER,
    "stale": _BOOL,
    "illustrative": _BOOL,
    "id": {"type": "string"},
    "status": {
        "type": "string",
        "enum": ["not_started", "on_track", "at_risk", "delayed", "done", "cancelled", "stale"],
    },
    "reported_status": {
        "type": "string",
        "enum": ["not_started", "on_track", "at_risk", "delayed", "done", "cancelled"],
    },
    "scope": {"type": "string", "enum": ["internal", "external"]},
}


def _row(fields: tuple[str, ...]) -> dict:
    return {
        "type": "object",
        "required": list(fields),
        "properties": {name: _FIELD_TYPES.get(name, _TEXT) for name in fields},
    }


def _param(name: str, description: str, schema: dict | None = None, where: str = "query") -> dict:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "description": description,
        "schema": schema or {"type": "string", "maxLength": api.MAX_PARAM},
    }


_LANG = _param("lang", "Language of error messages (else Accept-Language).", {"enum": ["nb", "en"]})
_FORMAT = _param(
    "format",
    "json (default) or csv (UTF-8 with BOM, ';', decimal comma); Accept: text/csv also works.",
    {"enum": ["json", "csv"]},
)
_PLAN = _param("plan", "The plan's id (see /plans).", where="path")
_DATE_PARAM = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_AS_OF = _param("date", "The state as of this date, YYYY-MM-DD (default: today).", _DATE_PARAM)


def _list(key: str, fields: tuple[str, ...], extra: dict[str, dict], summary: str, params) -> dict:
    body = {
        "type": "object",
        "required": [*extra, key],
        "properties": {**extra, key: {"type": "array", "items": _row(fields)}},
    }
    return {
        "get": {
            "summary": summary,
            "parameters": params,
            "security": [{}, {"bearer": []}, {"session": []}],
            "responses": {
                "200": {
                    "description": summary,
                    "content": {
                        "application/json": {"schema": body},
                        "text/csv": {"schema": {"type": "string"}},
                    },
                },
                "400": {"$ref": "#/components/responses/Error"},
                "401": {"$ref": "#/components/responses/Error"},
                "403": {"$ref": "#/components/responses/Error"},
                "404": {"$ref": "#/components/responses/Error"},
            },
        }
    }


_HEALTH = "#/components/schemas/Health"


def spec(base: str = "") -> dict:
    """The OpenAPI 3.1 document; ``base`` is the server's base URL path."""
    plan_text = {"type": "string"}
    as_of = {"type": "string", "format": "date"}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Planpuls API",
            "version": __version__,
            "description": "Read a communication action plan's goals, measures and channel "
            "figures. With PLANPULS_ACCESS=closed, send an API token "
            "(Authorization: Bearer ppt_…) or a signed-in session's cookie.",
        },
        "servers": [{"url": f"{base}{api.PREFIX}"}],
        "paths": {
            "/health": {
                "get": {
                    "summary": "Version, database and when the data last changed (open to all).",
                    "parameters": [_LANG],
                    "responses": {
                        "200": {
                            "description": "Planpuls is up.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Health"}
                                }
                            },
                        }
                    },
                }
            },
            "/plans": _list(
                "plans",
                api.PLAN_FIELDS,
                {},
                "The plans in use.",
                [
                    _LANG,
                    _FORMAT,
                    _param(
                        "archived",
                        "true: archived plans too (secretariat and admin only).",
                        {"enum": ["true", "false"]},
                    ),
                ],
            ),
            "/plans/{plan}/goals": _list(
                "goals",
                api.GOAL_FIELDS,
                {"plan": plan_text, "date": as_of},
                "The plan's goals with progress and counts on the date.",
                [_PLAN, _LANG, _FORMAT, _AS_OF],
            ),
            "/plans/{plan}/measures": _list(
                "measures",
                api.MEASURE_FIELDS,
                {"plan": plan_text, "date": as_of, "progress": _NUMBER},
                "Each measure's state on the date, as the Mål page shows it.",
                [
                    _PLAN,
                    _LANG,
                    _FORMAT,
                    _AS_OF,
                    _param("goal", "Only this goal's measures (a goal id)."),
                    _param("owner", "Only this owner's measures (an owner id)."),
                    _param("channel", "Only measures in this channel (a channel id)."),
                ],
            ),
            "/plans/{plan}/metrics": _list(
                "metrics",
                api.METRIC_FIELDS,
                {"plan": plan_text, "start": as_of, "end": as_of, "grain": {"type": "string"}},
                "Channel figures per period between start and end.",
                [
                    _PLAN,
                    _LANG,
                    _FORMAT,
                    _param("start", "First day (default: the plan's start).", _DATE_PARAM),
                    _param("end", "Last day (default: the plan's end).", _DATE_PARAM),
                    _param("grain", "Period length.", {"enum": ["month", "quarter", "year"]}),
                    _param("channel", "Only this channel (a channel id)."),
                ],
            ),
        },
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "An API token an administrator made (tokens add).",
                },
                "session": {"type": "apiKey", "in": "cookie", "name": "planpuls_session"},
            },
            "schemas": {
                "Health": {
                    "type": "object",
                    "required": [
                        "planpuls",
                        "database",
                        "schema_version",
                        "access",
                        "last_change",
                        "last_batch",
                    ],
                    "properties": {
                        "planpuls": {"type": "string"},
                        "database": {"type": "string"},
                        "schema_version": {"type": "integer"},
                        "access": {"type": "string", "enum": ["open", "closed"]},
                        "last_change": _TIME,
                        "last_batch": _INT,
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["status", "code", "message"],
                            "properties": {
                                "status": {"type": "integer"},
                                "code": {"type": "string"},
                                "message": {"type": "string"},
                            },
                        }
                    },
                },
            },
            "responses": {
                "Error": {
                    "description": "Refused: the message says why, in nb or en.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                }
            },
        },
    }
