"""Stable ids stored, words shown: status, metric and scope vocabularies in one place.

Colour is never the only signal: every status has an icon and a word too, so the
dashboard reads on a projector and for people who do not see colours apart.
Colours follow the Okabe–Ito palette, which stays distinct for colour-blind eyes.
Each status has two: ``color`` for marks (bars, dots) and ``text_color``, a darker
shade of the same hue, wherever the colour is drawn as text (WCAG 2.1 AA, 4.5:1).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Status:
    """One status, declared once: its stored id, its flags, its look and its words.

    Everything else derives from these declarations: the upload's word list and its
    default progress (via the ``status_words`` and ``status_vocabulary`` temp tables),
    the roll-ups' rules (closed, attention, counted, complete), the board's phrases,
    the legend, the messages that list statuses, the tools' words in the presets and
    the API's enum. The database's CHECK on ``status_update.status`` is the one copy
    that cannot derive: tests/test_vocabulary.py checks it equals :data:`STATUS_IDS`.
    """

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
    #: the status in running prose (``3 med risiko``), per language: nb, nn, en
    phrase_nb: str = ""
    phrase_nn: str = ""
    phrase_en: str = ""
    #: ends a measure: never overdue, never open, never stale, needs no report
    closed: bool = False
    #: needs the board's attention (listed, counted under "at risk or delayed")
    attention: bool = False
    #: place in the board's attention list (lowest first); None: not listed for it
    urgency: int | None = None
    #: counts towards (weighted) progress; False leaves the measure out entirely
    counts_progress: bool = True
    #: counts as 100 % whatever progress it last reported (and is "done" in counts)
    complete: bool = False
    #: the progress an upload assumes when a row gives this status and no progress
    default_progress: float | None = None
    #: what a measure shows before its first update (exactly one status)
    initial: bool = False
    #: offered in the reminder mail to owners who have not reported
    in_reminder: bool = False
    #: the words each tool's export uses for it (dashboard/ingest/presets.py)
    tool_words: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def word(self, lang: str) -> str:
        """The status's word in the given language."""
        return {"en": self.en, "nn": self.nn}.get(lang) or self.nb

    def badge(self, lang: str) -> str:
        """Icon and word together, as shown in tables and lists."""
        return f"{self.icon} {self.word(lang)}"

    def phrase(self, lang: str) -> str:
        """The status in running prose (``med risiko``) in the given language."""
        return {"en": self.phrase_en, "nn": self.phrase_nn}.get(lang) or self.phrase_nb


STATUSES: tuple[Status, ...] = (
    Status(
        "not_started", "#8C8C8C", "gray", "○", "Ikke startet", "Not started",
        ("ikke påbegynt", "ikke startet", "ny", "not started", "todo", "to do",
         "ikkje påbyrja", "ikkje starta"), nn="Ikkje starta", text_color="#636363",
        phrase_nb="ikke startet", phrase_nn="ikkje starta", phrase_en="not started",
        default_progress=0.0, initial=True,
        tool_words={
            "jira": ("To Do", "Backlog", "Open", "Selected for Development", "Å gjøre", "Åpen"),
            "jira_category": ("To Do", "Å gjøre"),
            "planner": ("Not started", "Ikke startet"),
        },
    ),
    Status(
        "on_track", "#009E73", "green", "▶", "På sporet", "On track",
        ("grønn", "green", "i rute", "på sporet", "on track", "pågår", "in progress"),
        nn="På sporet", text_color="#007555",
        phrase_nb="på sporet", phrase_nn="på sporet", phrase_en="on track", in_reminder=True,
        tool_words={
            "jira": ("In Progress", "In Review", "Under arbeid", "Pågår", "Til gjennomgang"),
            "jira_category": ("In Progress", "Pågår"),
            "asana": ("On track", "I rute"),
            "monday": ("Working on it", "Jobber med det"),
            "planner": ("In progress", "Pågår"),
        },
    ),
    Status(
        "at_risk", "#E69F00", "orange", "▲", "Risiko", "At risk",
        ("gul", "yellow", "amber", "risiko", "at risk"), nn="Risiko", text_color="#8F5F00",
        phrase_nb="med risiko", phrase_nn="med risiko", phrase_en="at risk",
        attention=True, urgency=1, in_reminder=True,
        tool_words={
            "jira": ("Blocked", "On Hold", "Blokkert", "På vent"),
            "asana": ("At risk", "Risiko"),
            "monday": ("Stuck", "Står fast"),
        },
    ),
    Status(
        "delayed", "#D55E00", "red", "◆", "Forsinket", "Delayed",
        ("rød", "red", "forsinket", "delayed", "late", "forseinka"), nn="Forseinka",
        text_color="#A84A00",
        phrase_nb="forsinket", phrase_nn="forseinka", phrase_en="delayed",
        attention=True, urgency=0, in_reminder=True,
        tool_words={"asana": ("Off track", "Ute av kurs")},
    ),
    Status(
        "done", "#0072B2", "blue", "✔", "Fullført", "Done",
        ("fullført", "ferdig", "gjennomført", "completed", "complete", "done"),
        nn="Fullført", text_color="#006A9E",
        phrase_nb="fullført", phrase_nn="fullført", phrase_en="done",
        closed=True, complete=True, default_progress=100.0, in_reminder=True,
        tool_words={
            "jira": ("Done", "Closed", "Resolved", "Ferdig", "Lukket", "Løst"),
            "jira_category": ("Done", "Ferdig"),
            "asana": ("Complete", "Completed"),
            "monday": ("Done", "Ferdig"),
            "planner": ("Completed", "Fullført"),
        },
    ),
    Status(
        "cancelled", "#555555", "gray", "✖", "Avbrutt", "Cancelled",
        ("avbrutt", "utgått", "kansellert", "cancelled", "canceled", "avbrote", "avbroten"),
        nn="Avbrote", text_color="#555555",
        phrase_nb="avbrutt", phrase_nn="avbrote", phrase_en="cancelled",
        closed=True, counts_progress=False,
        tool_words={"jira": ("Won't Do", "Cancelled", "Canceled", "Avbrutt")},
    ),
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
    phrase_nb="ikke oppdatert",
    phrase_nn="ikkje oppdatert",
    phrase_en="not updated",
    urgency=2,
)


def _display(stored: tuple[Status, ...]) -> tuple[Status, ...]:
    """The stored statuses with "stale" last among the open ones (before the closed)."""
    open_ = tuple(s for s in stored if not s.closed)
    return (*open_, STALE, *(s for s in stored if s.closed))


#: Statuses as shown and counted: the stored ones with "stale" among the open ones.
DISPLAY_STATUSES: tuple[Status, ...] = _display(STATUSES)
STATUS_BY_ID: dict[str, Status] = {s.id: s for s in DISPLAY_STATUSES}
#: The stored status ids (the database's CHECK, the upload vocabulary).
STATUS_IDS: tuple[str, ...] = tuple(s.id for s in STATUSES)
#: Every status a measure can be shown with, in display order.
DISPLAY_STATUS_IDS: tuple[str, ...] = tuple(s.id for s in DISPLAY_STATUSES)
#: Statuses that end a measure: never overdue, never open, never stale.
CLOSED_STATUSES = frozenset(s.id for s in STATUSES if s.closed)
#: The statuses of open measures, in display order.
OPEN_STATUS_IDS: tuple[str, ...] = tuple(s for s in DISPLAY_STATUS_IDS if s not in CLOSED_STATUSES)
#: Statuses that need the board's attention.
ATTENTION_STATUSES = frozenset(s.id for s in STATUSES if s.attention)
#: Statuses that count as 100 % and as "done" in counts and changes.
COMPLETE_STATUSES = frozenset(s.id for s in STATUSES if s.complete)
#: Statuses left out of progress altogether (neither weight nor value).
UNCOUNTED_STATUSES = frozenset(s.id for s in STATUSES if not s.counts_progress)
#: What a measure shows before its first status update.
INITIAL_STATUS: str = next(s.id for s in STATUSES if s.initial)
#: Statuses the reminder mail asks owners to choose from, in display order.
REMINDER_STATUS_IDS: tuple[str, ...] = tuple(s.id for s in STATUSES if s.in_reminder)


def attention_rank(status_id: str) -> int | None:
    """The status's place in the board's attention list (lowest first), or None."""
    found = STATUS_BY_ID.get(status_id)
    return None if found is None else found.urgency


def tool_status_words(tool: str) -> dict[str, tuple[str, ...]]:
    """The words a tool's export uses for each status id (statuses it has no word for left out)."""
    return {s.id: s.tool_words[tool] for s in STATUSES if tool in s.tool_words}


def listed(words: list[str], conjunction: str) -> str:
    """``A, B og C``: words joined with commas and the conjunction before the last."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def status_choices(lang: str, conjunction: str, ids: tuple[str, ...] = STATUS_IDS) -> str:
    """The statuses' words as a list to choose from: ``Ikke startet, … eller Avbrutt``."""
    return listed([status(i).word(lang) for i in ids], conjunction)


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
    #: AMEC level by default (an organisation may change it: dashboard.outcomes)
    level: str = "output"

    def word(self, lang: str) -> str:
        """The metric's name in the given language."""
        return {"en": self.en, "nn": self.nn}.get(lang) or self.nb


#: The measurement levels of AMEC's integrated framework, in order: what was published
#: (output), who noticed and engaged (out-take), what changed (outcome), and the effect
#: on the organisation's aims (impact). See docs/outcomes.md.
LEVELS: tuple[str, ...] = ("output", "outtake", "outcome", "impact")

METRICS: tuple[Metric, ...] = (
    Metric("reach", "Rekkevidde", "Reach", "Rekkjevidd", "outtake"),
    Metric("impressions", "Visninger", "Impressions", "Visingar", "output"),
    Metric("visitors", "Besøkende", "Visitors", "Besøkjande", "outtake"),
    Metric("pageviews", "Sidevisninger", "Page views", "Sidevisingar", "output"),
    Metric("subscribers", "Abonnenter", "Subscribers", "Abonnentar", "outtake"),
    Metric("opens", "Åpninger", "Opens", "Opningar", "outtake"),
    Metric("clicks", "Klikk", "Clicks", "Klikk", "outtake"),
    Metric("followers", "Følgere", "Followers", "Følgjarar", "outtake"),
    Metric("new_followers", "Nye følgere", "New followers", "Nye følgjarar", "outtake"),
    Metric("participants", "Deltakere", "Participants", "Deltakarar", "outtake"),
    Metric("mentions", "Omtaler", "Mentions", "Omtalar", "outtake"),
    Metric("posts", "Innlegg", "Posts", "Innlegg", "output"),
    # Outcome figures, from surveys and media analyses (values at a moment, in per cent
    # or a score): uploaded as survey results with their sample size.
    Metric("awareness", "Kjennskap", "Awareness", "Kjennskap", "outcome"),
    Metric("trust", "Tillit", "Trust", "Tillit", "outcome"),
    Metric("positive_coverage", "Positiv omtale", "Positive coverage", "Positiv omtale", "outcome"),
    Metric(
        "satisfaction", "Brukertilfredshet", "User satisfaction", "Brukartilfredsheit", "outcome"
    ),
)
METRIC_BY_ID: dict[str, Metric] = {m.id: m for m in METRICS}

#: Metrics that are a share or a score at a moment (a survey's awareness, trust, a media
#: analysis' positive share): never summed; a period's figure is the mean of the rows at
#: its latest date (several target groups of one survey), see docs/outcomes.md.
MOMENT_METRICS = frozenset({"awareness", "trust", "positive_coverage", "satisfaction"})

#: Metrics that count a stock at a moment (summing months would double count), and the
#: moment metrics: a period shows their latest figure.
#: Exports that give followers or subscribers gained per day map to new_followers.
STOCK_METRICS = frozenset({"subscribers", "followers"}) | MOMENT_METRICS


def metric_word(metric_id: str, lang: str) -> str:
    """The metric's name in the language; unknown ids are shown as they are."""
    metric = METRIC_BY_ID.get(metric_id)
    return metric.word(lang) if metric else metric_id


def measure_label(measure_id: str, title: object) -> str:
    """``his-t05 «Title»``: a measure named by id and title (the id alone when the title is
    missing: None, NaN or empty), as uploads' problems and the dependency chain name it."""
    if title is None or (isinstance(title, float) and title != title) or not str(title):
        return measure_id
    return f"{measure_id} «{title}»"
