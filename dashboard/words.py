"""Stored codes as words: who did something, what was done to an account, which role.

Admin tables (Brukere, API tokens, Importhistorikk) keep ids in the database
(``cli:root``, ``add``, ``secretariat``, UTC times) and show them here as a person
reads them (``Kommandolinje (root)``, ``Lagt til``, ``Sekretariat``,
``25.11.2026 14:05``). No streamlit: pages, exports and the CLI can use it alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from dashboard.formats import missing
from dashboard.i18n import MESSAGES, Translator

ROLE_IDS = ("viewer", "secretariat", "admin")
_TOKEN_DETAIL = re.compile(r"^(?P<label>.*) \((?P<role>[a-z_]+), (?P<owner>.*)\)$", re.S)


_SPELL_OUT = str.maketrans({"æ": "ae", "ø": "o", "å": "aa"})


def file_stem(text: str) -> str:
    """A file name's stem from words: ``Planpuls mal Statusoppdateringer`` →
    ``planpuls-mal-statusoppdateringer`` (æ ø å written out, nothing but a–z, 0–9, -)."""
    text = text.lower().translate(_SPELL_OUT)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def actor(value: object, t: Translator) -> str:
    """Who did it: a user's name as it is; ``cli:root`` → ``Kommandolinje (root)``;
    ``api:Anna`` → ``Anna (API)``; ``demo`` → ``Demodata``; missing → ``–``."""
    if missing(value):
        return "–"
    text = str(value)
    if text == "cli":
        return t("actor.cli")
    if text.startswith("cli:"):
        return t("actor.cli_user", user=text[4:])
    if text.startswith("api:"):
        return t("actor.api", user=text[4:])
    if text == "demo":
        return t("actor.demo")
    return text


def role(value: object, t: Translator) -> str:
    """``secretariat`` → ``Sekretariat``; an unknown code as it is; missing → ``–``."""
    if missing(value):
        return "–"
    key = f"role.{value}"
    return t(key) if key in MESSAGES else str(value)


def user_action(value: object, t: Translator) -> str:
    """An account change: ``add`` → ``Lagt til``."""
    key = f"users.action.{value}"
    return t(key) if key in MESSAGES else ("–" if missing(value) else str(value))


def user_detail(action: object, detail: object, t: Translator) -> str:
    """The detail of an account change: a role as its word, ``viewer -> admin`` as
    ``Leser → Administrator``, nothing as an empty cell."""
    if missing(detail):
        return ""
    text = str(detail)
    if " -> " in text:
        before, after = text.split(" -> ", 1)
        return f"{role(before, t)} → {role(after, t)}"
    return role(text, t) if text in ROLE_IDS else text


def token_detail(detail: object, t: Translator) -> str:
    """A token event's detail with the role as a word: ``Rapport (Leser, Anna)``."""
    if missing(detail):
        return ""
    text = str(detail)
    match = _TOKEN_DETAIL.match(text)
    if match and match["role"] in ROLE_IDS:
        return f"{match['label']} ({role(match['role'], t)}, {match['owner']})"
    return text


def shown(
    frame: pd.DataFrame,
    t: Translator,
    *,
    times: Iterable[str] = (),
    actors: Iterable[str] = (),
    roles: Iterable[str] = (),
) -> pd.DataFrame:
    """A copy of ``frame`` with time, actor and role columns in words and every other
    missing cell empty (never ``None``, ``NaN`` or ``NaT`` on the screen)."""
    out = frame.copy()
    for column in times:
        out[column] = [t.datetime(v) for v in frame[column]]
    for column in actors:
        out[column] = [actor(v, t) for v in frame[column]]
    for column in roles:
        out[column] = [role(v, t) for v in frame[column]]
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = [("" if missing(v) else v) for v in out[column]]
    return out
