"""Coverage: which target group each channel reaches, and how rich each channel is.

Channel richness is Tynset kommune's scale (seed 004, "Kommunikasjonskanaler kan
sorteres etter hvor rike de er som informasjonsformidlere"): from high richness,
face to face, through video conference, telephone, e-mail and intranet, to low
richness, written reports. A channel is placed on the step it is most like; the
levels keep the document's own words. :data:`RICHNESS` is the one declaration: the
upload's words, the editor's choices and the matrix's headers come from it.

The coverage matrix (:func:`coverage`, one query: ``sql/coverage_matrix.sql``) puts
the plan's target groups against its organisation's channels for a period: in each
cell the measures aiming at the group through the channel and the reach figure
where there is one. A group with neither in any cell is "not reached".
:func:`matrix_html` draws it as an HTML table (pure text, every value escaped).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import pandas as pd

from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.inert import html as escape
from dashboard.labels import STOCK_METRICS, UNCOUNTED_STATUSES, metric_word
from dashboard.queries import Filters


@dataclass(frozen=True)
class Richness:
    """One step of the richness scale: stored id, words, and other words a file may use."""

    id: str
    nb: str
    nn: str
    en: str
    aliases: tuple[str, ...] = ()

    def word(self, lang: str) -> str:
        """The step's name in the language."""
        return {"en": self.en, "nn": self.nn}.get(lang) or self.nb


#: Tynset's scale, richest first (the document's "Høy rikdom" … "Lav rikdom").
RICHNESS: tuple[Richness, ...] = (
    Richness(
        "face_to_face", "Ansikt til ansikt", "Andlet til andlet", "Face to face",
        ("ansikt-til-ansikt", "face-to-face", "møte", "fysisk møte"),
    ),
    Richness(
        "video", "Videokonferanse", "Videokonferanse", "Video conference",
        ("video", "videomøte", "videokonferanser"),
    ),
    Richness("phone", "Telefon", "Telefon", "Telephone", ("phone", "tlf")),
    Richness("email", "E-post", "E-post", "E-mail", ("epost", "email", "e post")),
    Richness("intranet", "Intranett", "Intranett", "Intranet", ("intranett/nett",)),
    Richness(
        "written", "Skrevne rapporter", "Skrivne rapportar", "Written reports",
        ("skriftlig", "rapporter", "written", "skrevne"),
    ),
)  # fmt: skip
RICHNESS_IDS: tuple[str, ...] = tuple(r.id for r in RICHNESS)
RICHNESS_BY_ID: dict[str, Richness] = {r.id: r for r in RICHNESS}

#: The reach figure of a channel: the first of these it reports in the period
#: (people reached, in the order that counts them most directly).
REACH_METRICS: tuple[str, ...] = (
    "reach", "participants", "visitors", "opens", "subscribers", "followers",
)  # fmt: skip


def richness_words() -> dict[str, str]:
    """Every word a file may use for a step (lower case) → its id."""
    words: dict[str, str] = {}
    for level in RICHNESS:
        for word in (level.id, level.id.replace("_", " "), level.nb, level.nn, level.en):
            words[word.lower()] = level.id
        for word in level.aliases:
            words[word.lower()] = level.id
    return words


def richness_word(richness: object, lang: str) -> str | None:
    """A stored richness in words; None when the channel is not placed on the scale."""
    if not isinstance(richness, str) or richness not in RICHNESS_BY_ID:
        return None
    return RICHNESS_BY_ID[richness].word(lang)


def richness_dots(richness: object) -> str:
    """The step as filled and empty dots, richest ●●●●●●, leanest ●○○○○○ (not placed: '')."""
    if not isinstance(richness, str) or richness not in RICHNESS_BY_ID:
        return ""
    filled = len(RICHNESS) - RICHNESS_IDS.index(richness)
    return "●" * filled + "○" * (len(RICHNESS) - filled)


@dataclass(frozen=True)
class Coverage:
    """The matrix for one plan and period: its cells, and the groups nothing reaches."""

    cells: pd.DataFrame  # one row per group × channel, as sql/coverage_matrix.sql returns
    start: dt.date
    end: dt.date

    @property
    def channels(self) -> pd.DataFrame:
        """The matrix's columns in order: channel_id, channel, scope, richness, figure."""
        columns = ["channel_id", "channel", "channel_scope", "richness", "metric"]
        columns += ["channel_value", "illustrative"]
        return self.cells[columns].drop_duplicates("channel_id").reset_index(drop=True)

    @property
    def audiences(self) -> pd.DataFrame:
        """The matrix's rows in order (audience_id, audience, scope, reached)."""
        cells = self.cells.assign(
            _reached=(self.cells["measure_count"] > 0) | self.cells["audience_value"].notna()
        )
        grouped = cells.groupby("audience_id", sort=False).agg(
            audience=("audience", "first"),
            audience_scope=("audience_scope", "first"),
            reached=("_reached", "any"),
        )
        return grouped.reset_index()

    @property
    def unreached(self) -> list[str]:
        """Names of the groups that no measure aims at and no figure counts, in order."""
        rows = self.audiences
        return rows.loc[~rows["reached"], "audience"].tolist()


def coverage(db: Database, filters: Filters) -> Coverage:
    """The coverage matrix of the filter's plan (and channel) for its period, one query."""
    cells = db.query(
        "coverage_matrix",
        plan_id=filters.plan_id,
        channel_id=filters.channel_id,
        start=filters.start,
        end=filters.end,
        richness=list(RICHNESS_IDS),
        reach_metrics=list(REACH_METRICS),
        stocks=sorted(STOCK_METRICS),
        uncounted=sorted(UNCOUNTED_STATUSES),
    )
    cells["measures"] = [list(m) for m in cells["measures"]]
    return Coverage(cells, filters.start, filters.end)


# Drawing ------------------------------------------------------------------------

#: The matrix's own style: it scrolls sideways inside its box, never the page; the
#: group column stays put while it does. Not-reached rows: a warm tint AND words.
CSS = """
.pp-cover { overflow-x: auto; max-width: 100%; margin: 0 0 0.75rem 0;
  border: 1px solid #D5D9DE; border-radius: 0.5rem; }
.pp-cover table { border-collapse: separate; border-spacing: 0; font-size: 0.95rem;
  min-width: 100%; }
.pp-cover th, .pp-cover td { padding: 0.45rem 0.6rem; border-bottom: 1px solid #E6E6E6;
  border-right: 1px solid #E6E6E6; vertical-align: top; text-align: left; }
.pp-cover thead th { background: #F4F6F8; font-weight: 700; min-width: 8.5rem; }
.pp-cover th[scope=row] { position: sticky; left: 0; background: #FFF; z-index: 1;
  min-width: 9rem; max-width: 13rem; overflow-wrap: break-word; }
.pp-cover summary { cursor: pointer; font-weight: 600; min-height: 1.5rem; }
@media (max-width: 640px) {
  .pp-cover table { font-size: 0.85rem; }
  .pp-cover thead th { min-width: 7rem; }
  .pp-cover th[scope=row] { min-width: 6.5rem; max-width: 9rem; hyphens: auto; } }
.pp-cover thead th:first-child { position: sticky; left: 0; z-index: 2; }
.pp-cover .rich { display: block; font-weight: 400; font-size: 0.85rem; color: #333; }
.pp-cover .dots { letter-spacing: 0.05rem; color: #0072B2; }
.pp-cover .total { display: block; font-weight: 400; font-size: 0.85rem; color: #555; }
.pp-cover .fig { font-weight: 700; }
.pp-cover .whole { color: #555; font-size: 0.85rem; }
.pp-cover ul { margin: 0.15rem 0 0 1rem; padding: 0; font-size: 0.85rem; }
.pp-cover .none { color: #767676; }
.pp-cover tr.gap th[scope=row], .pp-cover tr.gap td { background: #FBE3D6; }
.pp-cover .gapword { display: block; color: #8A3B00; font-weight: 700; font-size: 0.85rem; }
"""


class _Words:
    """Each figure and fixed word the matrix shows, worked out once (a cell repeats them)."""

    def __init__(self, t: Translator) -> None:
        self.t = t
        self._numbers: dict[float, str] = {}

    def figure(self, key: str, value: float, metric: str) -> str:
        """``key``'s sentence with the figure and the metric's word (numbers formatted once)."""
        if value not in self._numbers:
            whole = math.isclose(value, round(value))
            self._numbers[value] = self.t.number(value, 0 if whole else 1)
        word = metric_word(metric, self.t.lang).lower()
        return escape(self.t(key, value=self._numbers[value], metric=word))


def _header(words: _Words, row: dict) -> str:
    t = words.t
    word = richness_word(row["richness"], t.lang)
    if word is None:
        rich = escape(t("coverage.richness_none"))
    else:
        rich = (
            f'<span class="dots" aria-hidden="true">{richness_dots(row["richness"])}</span> '
            f"{escape(t('coverage.richness_is', level=word))}"
        )
    total = ""
    if isinstance(row["metric"], str) and not pd.isna(row["channel_value"]):
        text = words.figure("coverage.channel_total", float(row["channel_value"]), row["metric"])
        total = f'<span class="total">{text}</span>'
    return f'<th scope="col">{escape(row["channel"])}<span class="rich">{rich}</span>{total}</th>'


def _cell(words: _Words, cell: dict, empty: str) -> str:
    parts = []
    if not pd.isna(cell["audience_value"]):
        value = float(cell["audience_value"])
        figure = words.figure("coverage.group_figure", value, cell["metric"])
        parts.append(f'<span class="fig">{figure}</span>')
    elif cell["measure_count"] > 0 and not pd.isna(cell["channel_value"]):
        value = float(cell["channel_value"])
        figure = words.figure("coverage.whole_channel", value, cell["metric"])
        parts.append(f'<span class="whole">{figure}</span>')
    count = int(cell["measure_count"])
    if count:
        # The count always shows; the titles open under it (a cell stays one line high).
        titles = "".join(f"<li>{escape(title)}</li>" for title in cell["measures"])
        summary = escape(words.t("coverage.measures", n=count))
        parts.append(f"<details><summary>{summary}</summary><ul>{titles}</ul></details>")
    if not parts:
        return empty
    return f"<td>{''.join(parts)}</td>"


def matrix_html(cover: Coverage, t: Translator) -> str:
    """The matrix as an HTML table in its own scrolling box (groups down, channels across)."""
    words = _Words(t)
    head = f'<th scope="col">{escape(t("coverage.group_column"))}</th>'
    head += "".join(_header(words, row) for row in cover.channels.to_dict("records"))
    empty = f'<td><span class="none">{escape(t("coverage.empty_cell"))}</span></td>'
    not_reached = (
        f'<span class="gapword"><span aria-hidden="true">⚠ </span>'
        f"{escape(t('coverage.not_reached_mark'))}</span>"
    )
    by_group: dict[str, list[dict]] = {}
    for cell in cover.cells.to_dict("records"):
        by_group.setdefault(cell["audience_id"], []).append(cell)
    body = []
    for group in cover.audiences.to_dict("records"):
        gap = "" if group["reached"] else ' class="gap"'
        label = escape(group["audience"])
        scope = escape(t("scope." + group["audience_scope"]))
        label += f'<span class="total">{scope}</span>'
        if not group["reached"]:
            label += not_reached
        tds = "".join(_cell(words, cell, empty) for cell in by_group[group["audience_id"]])
        body.append(f'<tr{gap}><th scope="row">{label}</th>{tds}</tr>')
    caption = escape(t("coverage.table_caption", start=t.date(cover.start), end=t.date(cover.end)))
    return (
        f"<style>{CSS}</style>"
        f'<div class="pp-cover" role="region" tabindex="0" aria-label="{caption}">'
        f'<table><caption class="sr-only" style="position:absolute;left:-9999px">{caption}'
        f"</caption><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )
