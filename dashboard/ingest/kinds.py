"""The canonical upload formats (DESIGN.md "Canonical files"): columns and their names.

Header names are matched after :func:`~dashboard.ingest.reader.normalise`, in
English and Norwegian, so ``Tiltak-ID``, ``tiltak_id`` and ``Measure ID`` are one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.ingest.reader import normalise
from dashboard.labels import METRICS

KIND_IDS: tuple[str, ...] = (
    "goals",
    "measures",
    "status",
    "metrics",
    "targets",
    "owners",
    "channels",
)


@dataclass(frozen=True)
class Column:
    """A canonical column: its key, accepted header names, and whether it must be there."""

    key: str
    names: tuple[str, ...]
    required: bool = False

    @property
    def normalised(self) -> frozenset[str]:
        """The accepted header names, normalised."""
        return frozenset(normalise(n) for n in (self.key, *self.names))


@dataclass(frozen=True)
class Kind:
    """One canonical upload format."""

    id: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        """The column with this key."""
        return next(c for c in self.columns if c.key == key)

    @property
    def required(self) -> tuple[str, ...]:
        """Keys of the columns a file must have."""
        return tuple(c.key for c in self.columns if c.required)


@dataclass
class CanonicalRow:
    """One row in canonical terms, remembering where it came from for error reports.

    ``values`` maps canonical keys to raw cell values; ``columns`` maps the same
    keys to the user's own column names; ``line`` is the row number Excel shows.
    """

    line: int
    values: dict[str, object]
    columns: dict[str, str] = field(default_factory=dict)


_PLAN = Column("plan", ("plan id", "plan_id", "handlingsplan", "planid"))
_GOAL_ID = Column("goal_id", ("goal id", "goal", "mål id", "mål_id", "målid", "mål nr", "mål-id"))
_MEASURE_ID = Column(
    "measure_id",
    ("measure id", "measure", "tiltak id", "tiltak_id", "tiltakid", "tiltak nr", "tiltak-id"),
)

#: A channel's scope (intern/ekstern) and an owner's e-mail, which a measures file may carry.
_SCOPE_NAMES = ("kanaltype", "intern/ekstern", "intern eller ekstern", "scope", "channel scope",
                "kanal type", "internal/external")  # fmt: skip
_EMAIL_NAMES = ("e-post", "epost", "email", "e-mail", "ansvarlig e-post", "ansvarligs e-post",
                "owner email", "owner e-mail", "mail")  # fmt: skip

KINDS: dict[str, Kind] = {
    "goals": Kind(
        "goals",
        (
            _PLAN,
            Column(_GOAL_ID.key, _GOAL_ID.names, required=True),
            Column("title", ("tittel", "navn", "name", "mål"), required=True),
            Column("description", ("beskrivelse", "skildring", "desc", "omtale")),
            Column("sort_order", ("order", "rekkefølge", "sortering", "nr")),
            # the parent plan's goal this goal serves ("den røde tråden", issue 14)
            Column(
                "parent_goal",
                (
                    "overordnet mål",
                    "overordnet mal",
                    "overordna mål",
                    "overordna mal",
                    "bidrar til",
                    "parent goal",
                    "parent goal id",
                ),
            ),
        ),
    ),
    "measures": Kind(
        "measures",
        (
            Column(_MEASURE_ID.key, _MEASURE_ID.names, required=True),
            Column(_GOAL_ID.key, _GOAL_ID.names, required=True),
            Column("title", ("tittel", "tiltak", "navn", "name"), required=True),
            Column("owner", ("ansvarlig", "ansvarleg", "ansvar", "eier", "eigar", "responsible")),
            Column("channels", ("kanaler", "kanalar", "kanal", "channel")),
            Column("audiences", ("målgrupper", "målgruppe", "audience", "target groups")),
            Column("start", ("start date", "startdato", "fra", "frå")),
            Column("due", ("frist", "due date", "deadline", "sluttdato", "til")),
            Column("weight", ("vekt", "vekting")),
            Column("status", ("status",)),
            Column(
                "progress",
                (
                    "fremdrift",
                    "progress %",
                    "framdrift",
                    "fremdrift %",
                    "fremdrift i %",
                    "framdrift %",
                    "framdrift i %",
                ),
            ),
            Column("updated", ("oppdatert", "status date", "statusdato")),
            Column("comment", ("kommentar", "comments")),
            Column("channel_scope", _SCOPE_NAMES),
            Column("owner_email", _EMAIL_NAMES),
            # The measures it waits on (issue 14): ids separated like the other lists.
            Column(
                "depends_on",
                (
                    "avhenger av",
                    "avheng av",
                    "depends on",
                    "venter på",
                    "ventar på",
                    "waits on",
                    "dependencies",
                    "avhengigheter",
                    "avhengnader",
                ),
            ),
        ),
    ),
    "status": Kind(
        "status",
        (
            Column(_MEASURE_ID.key, _MEASURE_ID.names, required=True),
            Column(
                "date", ("dato", "status date", "statusdato", "updated", "oppdatert"), required=True
            ),
            Column("status", ("tilstand",), required=True),
            Column(
                "progress",
                (
                    "fremdrift",
                    "framdrift",
                    "progress %",
                    "prosent",
                    "fremdrift %",
                    "fremdrift i %",
                    "framdrift %",
                    "framdrift i %",
                    "progress in %",
                    "fullført %",
                    "ferdig %",
                ),
            ),
            Column("comment", ("kommentar", "kommentarer", "comments", "merknad", "note")),
            Column("reported_by", ("rapportert av", "rapportert_av", "reported by", "av", "by")),
        ),
    ),
    "metrics": Kind(
        "metrics",
        (
            Column(
                "date",
                ("dato", "period start", "periode start", "fra dato", "month", "måned"),
                required=True,
            ),
            Column("channel", ("kanal",), required=True),
            Column(
                "metric", ("måltall", "måltal", "indikator", "kpi", "measure name"), required=True
            ),
            Column("value", ("verdi", "antall", "count"), required=True),
            Column("period_end", ("period end", "periode slutt", "til dato", "end date")),
            Column("audience", ("målgruppe", "target group")),
            Column(_GOAL_ID.key, _GOAL_ID.names),
            Column(_MEASURE_ID.key, _MEASURE_ID.names),
            Column("note", ("notat", "merknad", "kommentar", "comment")),
            # a survey's answers behind its figure (issue 14: outcome figures by upload)
            Column(
                "sample_size",
                (
                    "utvalg",
                    "utval",
                    "antall svar",
                    "tal svar",
                    "svar",
                    "respondenter",
                    "n",
                    "sample",
                    "sample size",
                    "respondents",
                    "answers",
                ),
            ),
        ),
    ),
    "targets": Kind(
        "targets",
        (
            Column(_GOAL_ID.key, _GOAL_ID.names, required=True),
            Column("channel", ("kanal", "kanaler", "kanalar", "channels"), required=True),
            Column(
                "metric", ("måltall", "måltal", "indikator", "kpi", "measure name"), required=True
            ),
            Column(
                "period_start",
                (
                    "period start",
                    "periode start",
                    "fra",
                    "frå",
                    "fra dato",
                    "frå dato",
                    "start",
                    "startdato",
                ),
                required=True,
            ),
            Column(
                "period_end",
                ("period end", "periode slutt", "til", "til dato", "slutt", "sluttdato"),
                required=True,
            ),
            Column("target", ("målverdi", "mål verdi", "target value", "måltall verdi"), True),
            Column("direction", ("retning", "what is better", "hva er bedre", "kva er betre")),
        ),
    ),
    # The organisation's owners (roles) with their e-mail, and its channels with their
    # scope: rows are matched to the existing ones by name, whatever the case.
    "owners": Kind(
        "owners",
        (
            Column(
                "name",
                ("ansvarlig", "ansvarleg", "navn", "namn", "rolle", "owner", "role"),
                required=True,
            ),
            Column("email", _EMAIL_NAMES, required=True),
        ),
    ),
    "channels": Kind(
        "channels",
        (
            Column("name", ("kanal", "navn", "channel"), required=True),
            Column("scope", (*_SCOPE_NAMES, "type"), required=True),
            # Tynset's richness scale (dashboard/coverage.py RICHNESS); empty keeps it.
            Column("richness", ("rikhet", "rikdom", "kanalrikhet", "richness")),
        ),
    ),
}

#: Comment cap: a status comment longer than this is refused (says so, with the length).
COMMENT_MAX = 2000

#: Most characters a cell of each canonical column may hold; a longer one is the
#: problem ``text_too_long`` on its line (a paste gone wrong, not a crash). Ids and
#: names are short, titles a line, descriptions and comments a paragraph or a few.
_TEXT_MAX_BY_KEY = {
    "plan": 100, "goal_id": 100, "measure_id": 100,
    "title": 500, "name": 200, "owner": 200, "channel": 200, "audience": 200,
    "metric": 200, "reported_by": 200, "email": 254, "owner_email": 254,
    "channels": 2000, "audiences": 2000, "depends_on": 2000,
    "description": 5000, "comment": COMMENT_MAX, "note": COMMENT_MAX,
}  # fmt: skip
#: Dates, numbers and words (status, scope, direction) are never longer than this.
_TEXT_MAX_OTHER = 100
TEXT_MAX: dict[str, int] = {
    column.key: _TEXT_MAX_BY_KEY.get(column.key, _TEXT_MAX_OTHER)
    for kind in KINDS.values()
    for column in kind.columns
}


def metric_for_header(name: str) -> str | None:
    """The metric id a wide file's column stands for (``Besøkende`` → ``visitors``)."""
    wanted = normalise(name)
    for metric in METRICS:
        if wanted in {normalise(w) for w in (metric.id, metric.nb, metric.nn, metric.en)}:
            return metric.id
    return METRIC_SYNONYMS.get(wanted)


METRIC_SYNONYMS: dict[str, str] = {
    normalise(k): v
    for k, v in {
        "users": "visitors", "brukere": "visitors", "visits": "visitors", "besøk": "visitors",
        "unique visitors": "visitors", "page views": "pageviews", "views": "pageviews",
        "visninger av sider": "pageviews", "sidevisninger": "pageviews",
        "impr": "impressions", "eksponeringer": "impressions", "inntrykk": "impressions",
        "abonnenter": "subscribers", "følgere": "followers", "deltakere": "participants",
        "deltagere": "participants", "omtaler": "mentions", "medieoppslag": "mentions",
        "oppslag": "mentions", "åpninger": "opens", "åpnet": "opens", "klikk": "clicks",
        "rekkevidde": "reach", "innlegg": "posts",
    }.items()
}  # fmt: skip


def known_header_names() -> frozenset[str]:
    """Every canonical header name in every kind (for finding the header row)."""
    names: set[str] = set()
    for kind in KINDS.values():
        for column in kind.columns:
            names |= column.normalised
    for metric in METRICS:
        names |= {normalise(w) for w in (metric.nb, metric.nn, metric.en, metric.id)}
    return frozenset(names)


#: Words for whether up or down is good in a targets file (lower case, trimmed).
DIRECTION_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("up", "opp", "↑", "+", "høyere er bedre", "høyere", "høy", "mer er bedre", "mer",
         "øke", "økning", "økende", "stigende", "higher is better", "higher", "more is better",
         "more", "increase", "increasing", "max", "maks"),
        "up",
    ),
    **dict.fromkeys(
        ("down", "ned", "↓", "-", "lavere er bedre", "lavere", "lav", "mindre er bedre",
         "mindre", "færre", "redusere", "reduksjon", "synkende", "lower is better", "lower",
         "less is better", "less", "fewer", "decrease", "decreasing", "reduce", "min"),
        "down",
    ),
}  # fmt: skip


#: Header endings of columns that are there for reading only (the status template's
#: goal and measure titles): they are left alone on upload, without a word.
VIEW_ONLY_MARKS: tuple[str, ...] = (
    "kun visning",
    "bare visning",
    "berre vising",
    "read only",
    "view only",
)


def view_only(header: str) -> bool:
    """True for a column that is there for reading only (``tiltak (kun visning)``)."""
    name = normalise(header)
    return any(name.endswith(mark) for mark in VIEW_ONLY_MARKS)


#: Words for a channel's scope in a file (lower case, trimmed).
SCOPE_WORDS: dict[str, str] = {
    **dict.fromkeys(("intern", "internal", "i", "internt", "innad"), "internal"),
    **dict.fromkeys(("ekstern", "external", "e", "eksternt", "utad"), "external"),
}
