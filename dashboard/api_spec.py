"""The OpenAPI 3.1 description of the HTTP API (served at /api/v1/openapi.json).

Built from the same field lists the routes answer with (dashboard/api.py), so a
field added there shows here; tests/test_api.py checks answers against it.
"""

from __future__ import annotations

from dashboard import __version__, api
from dashboard.ingest.kinds import KIND_IDS
from dashboard.labels import STALE, STATUS_IDS
from dashboard.queries import GRAINS

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
    "status": {"type": "string", "enum": [*STATUS_IDS, STALE.id]},
    "reported_status": {"type": "string", "enum": list(STATUS_IDS)},
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


_LANG = _param(
    "lang", "Language of error messages (else Accept-Language).", {"enum": ["nb", "nn", "en"]}
)
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
_ERROR = {"$ref": "#/components/responses/Error"}
_WRITE_SECURITY: list[dict[str, list[str]]] = [{"bearer": []}]


def _json_answer(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _imports() -> dict:
    """``GET /imports`` (the batches) and ``POST /imports`` (an upload)."""
    form = {
        "type": "object",
        "required": ["file"],
        "properties": {
            "file": {
                "type": "string",
                "contentMediaType": "application/octet-stream",
                "description": "The CSV or Excel file, with its file name.",
            },
            "kind": {
                "type": "string",
                "enum": list(KIND_IDS),
                "description": "What the file holds (default: recognised from its columns).",
            },
            "plan": {
                "type": "string",
                "maxLength": api.MAX_PARAM,
                "description": "The plan's id (may be left out when there is one plan).",
            },
            "channel": {
                "type": "string",
                "maxLength": api.MAX_PARAM,
                "description": "Channel name for an export that does not name one.",
            },
            "goal": {
                "type": "string",
                "maxLength": api.MAX_PARAM,
                "description": "Jira, Asana, monday.com or Planner export: every task under "
                "this goal id.",
            },
            "dry_run": {
                "type": "string",
                "enum": ["true", "false", "1", "0", "yes", "no"],
                "description": "true: check and answer, write nothing.",
            },
        },
    }
    refused = {"anyOf": [_ref("ImportOutcome"), _ref("FileRefused")]}
    return {
        "get": {
            "summary": "Every import batch, newest first (secretariat and admin), as "
            "`batches --json` prints them.",
            "parameters": [_LANG],
            "security": [{"bearer": []}, {"session": []}],
            "responses": {
                "200": _json_answer(
                    "The batches.",
                    {
                        "type": "object",
                        "required": ["batches"],
                        "properties": {"batches": {"type": "array", "items": _ref("Batch")}},
                    },
                ),
                "401": _ERROR,
                "403": _ERROR,
            },
        },
        "post": {
            "summary": "Upload a file through the upload pipeline (as the page Last opp and "
            "`python -m dashboard import`): saved as one batch unless a dry run; answers "
            "what `import --json` prints.",
            "parameters": [_LANG],
            "security": _WRITE_SECURITY,
            "requestBody": {
                "required": True,
                "content": {"multipart/form-data": {"schema": form}},
            },
            "responses": {
                "200": _json_answer(
                    "Saved (batch), a dry run, or nothing to save (batch null).",
                    _ref("ImportOutcome"),
                ),
                "400": _ERROR,
                "401": _ERROR,
                "403": _ERROR,
                "413": _json_answer(
                    "The body or the file is over PLANPULS_MAX_UPLOAD_MB; nothing written.",
                    {"anyOf": [_ref("Error"), _ref("FileRefused")]},
                ),
                "415": _ERROR,
                "422": _json_answer(
                    "Refused: rows with errors (each with its line and column), or the "
                    "whole file; nothing written.",
                    refused,
                ),
            },
        },
    }


def _undo() -> dict:
    return {
        "post": {
            "summary": "Undo an import batch whole (as Importhistorikk and "
            "`python -m dashboard undo`).",
            "parameters": [
                _param("batch", "The batch's number.", {"type": "integer"}, where="path"),
                _LANG,
            ],
            "security": _WRITE_SECURITY,
            "responses": {
                "200": _json_answer(
                    "Undone: the batch as it now is, and a message.",
                    {
                        "allOf": [
                            _ref("Batch"),
                            {
                                "type": "object",
                                "required": ["message"],
                                "properties": {"message": {"type": "string"}},
                            },
                        ]
                    },
                ),
                "401": _ERROR,
                "403": _ERROR,
                "404": _ERROR,
                "409": _ERROR,
            },
        }
    }


_STR = {"type": "string"}
_COUNT = {"type": "integer"}
_NAMES = {"type": "array", "items": _STR}
_SCHEMAS: dict[str, dict] = {
    "ImportOutcome": {
        "type": "object",
        "required": [
            "file",
            "kind",
            "source_format",
            "encoding",
            "separator",
            "header_line",
            "added",
            "changed",
            "unchanged",
            "rejected",
            "history_only",
            "new",
            "batch",
            "dry_run",
            "message",
            "errors",
            "error_count",
        ],
        "properties": {
            "file": _STR,
            "kind": {"type": ["string", "null"], "enum": [*KIND_IDS, None]},
            "source_format": _TEXT,
            "encoding": _TEXT,
            "separator": _TEXT,
            "header_line": _INT,
            "added": _COUNT,
            "changed": _COUNT,
            "unchanged": _COUNT,
            "rejected": _COUNT,
            "history_only": _COUNT,
            "new": {"type": "object", "additionalProperties": _NAMES},
            "batch": _INT,
            "dry_run": _BOOL,
            "message": _STR,
            "errors": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["line", "column", "value", "code", "message", "measure"],
                    "properties": {
                        "line": _COUNT,
                        "column": _STR,
                        "value": _STR,
                        "code": _STR,
                        "message": _STR,
                        "measure": _STR,
                    },
                },
            },
            "error_count": _COUNT,
            "unmapped_goals": _NAMES,
            "unmapped_owners": _NAMES,
        },
    },
    "FileRefused": {
        "type": "object",
        "required": ["file", "error", "message"],
        "properties": {"file": _STR, "error": _STR, "message": _STR},
    },
    "Batch": {
        "type": "object",
        "required": ["id", "created_at", "created_by", "state"],
        "properties": {
            "id": _COUNT,
            "created_at": _STR,
            "created_by": _STR,
            "file_name": _TEXT,
            "kind": _TEXT,
            "source_format": _TEXT,
            "rows_added": _INT,
            "rows_changed": _INT,
            "rows_unchanged": _INT,
            "state": {"type": "string", "enum": ["committed", "undone"]},
            "undone_at": _TEXT,
            "undone_by": _TEXT,
            "checksum": _TEXT,
        },
    },
}


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
            "figures; upload files and undo uploads. With PLANPULS_ACCESS=closed, reading needs "
            "an API token (Authorization: Bearer ppt_…) or a signed-in session's cookie; "
            "uploading and undoing always need a token of the secretariat or an admin.",
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
                    _param("grain", "Period length.", {"enum": list(GRAINS)}),
                    _param("channel", "Only this channel (a channel id)."),
                ],
            ),
            "/imports": _imports(),
            "/imports/{batch}/undo": _undo(),
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
                **_SCHEMAS,
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
