"""Stable ids stored, words shown: status, metric and scope vocabularies in one place.

Colour is never the only signal: every status has an icon and a word too, so the
dashboard reads on a projector and for people who do not see colours apart.
Colours follow the Okabe–Ito palette, which stays distinct for colour-blind eyes.
Each status has two: ``color`` for marks (bars, dots) and ``text_color``, a darker
shade of the same hue, wherever the colour is drawn as text (WCAG 2.1 AA, 4.5:1).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Status:
    """One status: stored id, colour, icon and its words per language."""

    id: str
    color: str  # for marks (bars, dots, fills): the colour-blind-safe palette
    markdown_color: str  # the nearest of Streamlit's named markdown colours
    icon: str
    nb: str
    en: str
    aliases: tuple[str, ...] = ()
    nn: str = ""  # nynorsk; set for every status (tests/test_nynorsk.py checks)
    #: for text and icons drawn as text: a darker shade of the same hue, at least
    #: 4.5:1 against white (WCAG 2.1 AA, 1.4.3; tests/test_a11y.py computes it)
    text_color: str = "#1F2A37"

    def word(self, lang: str) -> str:
        """The status's word in the given language."""
        return {"en": self.en, "nn": self.nn}.get(lang) or self.nb

    def badge(self, lang: str) -> str:
        """Icon and word together, as shown in tables and lists."""
        return f"{self.icon} {self.word(lang)}"


STATUSES: tuple[Status, ...] = (
    # id, mark colour (Okabe–Ito), markdown colour, icon, words, aliases, text colour
    Status("not_started", "#8C8C8C", "gray", "○", "Ikke startet", "Not started",
           ("ikke påbegynt", "ikke startet", "ny", "not started", "todo", "to do",
            "ikkje påbyrja", "ikkje starta"), nn="Ikkje starta", text_color="#636363"),
    Status("on_track", "#009E73", "green", "▶", "På sporet", "On track",
           ("grønn", "green", "i rute", "på sporet", "on track", "pågår", "in progress"),
           nn="På sporet", text_color="#007555"),
    Status("at_risk", "#E69F00", "orange", "▲", "Risiko", "At risk",
           ("gul", "yellow", "amber", "risiko", "at risk"), nn="Risiko", text_color="#8F5F00"),
    Status("delayed", "#D55E00", "red", "◆", "Forsinket", "Delayed",
           ("rød", "red", "forsinket", "delayed", "late", "forseinka"), nn="Forseinka",
           text_color="#A84A00"),
    Status("done", "#0072B2", "blue", "✔", "Fullført", "Done",
           ("fullført", "ferdig", "gjennomført", "completed", "complete", "done"),
           nn="Fullført", text_color="#006A9E"),
    Status("cancelled", "#555555", "gray", "✖", "Avbrutt", "Cancelled",
           ("avbrutt", "utgått", "kansellert", "cancelled", "canceled", "avbrote", "avbroten"),
           nn="Avbrote", text_color="#555555"),
)  # fmt: skip

#: A derived status, never stored: an open measure whose latest update is older
#: than the plan's reporting cadence shows as this, whatever it last reported, and
#: counts as this in every roll-up (see metrics.is_stale).
STALE = Status(
    "stale",
    "#CC79A7",
    "violet",
    "◷",
    "Ikke oppdatert",
    "Not updated",
    nn="Ikkje oppdatert",
    text_color="#A8457F",
)

#: Statuses as shown and counted: the stored ones with "stale" among the open ones.
DISPLAY_STATUSES: tuple[Status, ...] = (*STATUSES[:4], STALE, *STATUSES[4:])
STATUS_BY_ID: dict[str, Status] = {s.id: s for s in DISPLAY_STATUSES}
#: The stored status ids (the database's CHECK, the upload vocabulary).
STATUS_IDS: tuple[str, ...] = tuple(s.id for s in STATUSES)
#: Every status a measure can be shown with, in display order.
DISPLAY_STATUS_IDS: tuple[str, ...] = tuple(s.id for s in DISPLAY_STATUSES)
#: Statuses that end a measure: never overdue, never open, never stale.
CLOSED_STATUSES = frozenset({"done", "cancelled"})
#: The statuses of open measures, in display order.
OPEN_STATUS_IDS: tuple[str, ...] = tuple(s for s in DISPLAY_STATUS_IDS if s not in CLOSED_STATUSES)
#: Statuses that need the board's attention.
ATTENTION_STATUSES = frozenset({"at_risk", "delayed"})


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).strip().lower().replace("_", " ").split())


_STATUS_LOOKUP: dict[str, str] = {}
for _s in STATUSES:
    for _word in (_s.id, _s.nb, _s.nn, _s.en, *_s.aliases):
        _STATUS_LOOKUP[_fold(_word)] = _s.id


def parse_status(text: str) -> str | None:
    """The stored status id for a word in either language, any case; None if unknown."""
    return _STATUS_LOOKUP.get(_fold(text))


def status(status_id: str) -> Status:
    """The status with this stored id."""
    return STATUS_BY_ID[status_id]


@dataclass(frozen=True)
class Metric:
    """A channel metric's stored id and its words."""

    id: str
    nb: str
    en: str
    nn: str

    def word(self, lang: str) -> str:
        """The metric's name in the given language."""
        return {"en": self.en, "nn": self.nn}.get(lang) or self.nb


METRICS: tuple[Metric, ...] = (
    Metric("reach", "Rekkevidde", "Reach", "Rekkjevidd"),
    Metric("impressions", "Visninger", "Impressions", "Visingar"),
    Metric("visitors", "Besøkende", "Visitors", "Besøkjande"),
    Metric("pageviews", "Sidevisninger", "Page views", "Sidevisingar"),
    Metric("subscribers", "Abonnenter", "Subscribers", "Abonnentar"),
    Metric("opens", "Åpninger", "Opens", "Opningar"),
    Metric("clicks", "Klikk", "Clicks", "Klikk"),
    Metric("followers", "Følgere", "Followers", "Følgjarar"),
    Metric("new_followers", "Nye følgere", "New followers", "Nye følgjarar"),
    Metric("participants", "Deltakere", "Participants", "Deltakarar"),
    Metric("mentions", "Omtaler", "Mentions", "Omtalar"),
    Metric("posts", "Innlegg", "Posts", "Innlegg"),
)
METRIC_BY_ID: dict[str, Metric] = {m.id: m for m in METRICS}

#: Metrics that count a stock at a moment (summing months would double count).
#: Exports that give followers or subscribers gained per day map to new_followers.
STOCK_METRICS = frozenset({"subscribers", "followers"})


def metric_word(metric_id: str, lang: str) -> str:
    """The metric's name in the language; unknown ids are shown as they are."""
    metric = METRIC_BY_ID.get(metric_id)
    return metric.word(lang) if metric else metric_id
