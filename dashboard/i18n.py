"""Words and number/date formats in Norwegian bokmål (default) and English.

Every text a person reads comes from :data:`MESSAGES`; every number and date on
a page goes through :class:`Translator` so one switch changes them all
(``1 234,5`` and ``31.12.2025`` in bokmål, ``1,234.5`` and ``31 Dec 2025`` in English).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import pandas as pd

LANGUAGES: dict[str, str] = {"nb": "Norsk (bokmål)", "en": "English"}
NBSP = "\u00a0"

_MONTHS = {
    "nb": ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}

MESSAGES: dict[str, dict[str, str]] = {
    # App frame and navigation
    "app.title": {"nb": "Planpuls", "en": "Planpuls"},
    "app.tagline": {
        "nb": "Følg kommunikasjonsplanen: mål, tiltak, ansvar og kanaler",
        "en": "Follow the communication plan: goals, measures, owners and channels",
    },
    "nav.overview": {"nb": "Oversikt", "en": "Overview"},
    "nav.goal": {"nb": "Mål", "en": "Goal"},
    "nav.owners": {"nb": "Ansvarlige", "en": "Owners"},
    "nav.channels": {"nb": "Kanaler", "en": "Channels"},
    "lang.label": {"nb": "Språk", "en": "Language"},
    # Filters
    "filter.heading": {"nb": "Utvalg", "en": "Filters"},
    "filter.plan": {"nb": "Plan", "en": "Plan"},
    "filter.period": {"nb": "Periode", "en": "Period"},
    "filter.period_help": {
        "nb": "Status vises per periodens siste dag; kanaltall for hele perioden.",
        "en": "Status is shown as of the period's last day; channel figures for the whole period.",
    },
    "filter.from": {"nb": "Fra", "en": "From"},
    "filter.to": {"nb": "Til (statusdato)", "en": "To (status date)"},
    "filter.goal": {"nb": "Mål", "en": "Goal"},
    "filter.owner": {"nb": "Ansvarlig", "en": "Owner"},
    "filter.channel": {"nb": "Kanal", "en": "Channel"},
    "filter.all": {"nb": "Alle", "en": "All"},
    "filter.since": {"nb": "Endringer siden", "en": "Changes since"},
    "filter.grain": {"nb": "Tidsoppløsning", "en": "Time resolution"},
    "filter.metric": {"nb": "Måltall", "en": "Metric"},
    "filter.reset": {"nb": "Nullstill utvalg", "en": "Reset filters"},
    "filter.invalid": {
        "nb": "Lenken inneholdt en ugyldig verdi for «{name}» ({value}); viser standardvalget.",
        "en": "The link held an invalid value for “{name}” ({value}); showing the default.",
    },
    "filter.bad_period": {
        "nb": "Periodens startdato må være før sluttdatoen; viser planperioden.",
        "en": "The period's start must come before its end; showing the plan period.",
    },
    "grain.month": {"nb": "Måned", "en": "Month"},
    "grain.quarter": {"nb": "Kvartal", "en": "Quarter"},
    "grain.year": {"nb": "År", "en": "Year"},
    # Common
    "common.as_of": {"nb": "Status per {date}", "en": "Status as of {date}"},
    "common.plan_period": {"nb": "Planperiode {start}–{end}", "en": "Plan period {start}–{end}"},
    "common.plan_closed": {
        "nb": "Planperioden er avsluttet; statusen vises per planperiodens slutt.",
        "en": "The plan period has ended; status is shown as of its end.",
    },
    "common.illustrative": {
        "nb": "Demodata: statushistorikk og kanaltall merket som illustrerende er generert, "
        "ikke hentet fra kildedokumentene.",
        "en": "Demo data: status history and channel figures marked illustrative are generated, "
        "not taken from the source documents.",
    },
    "common.no_plans": {
        "nb": "Databasen har ingen planer ennå. Last inn demoplanene med "
        "`python -m dashboard demo`, eller start appen med PLANPULS_DEMO=1.",
        "en": "The database holds no plans yet. Load the demo plans with "
        "`python -m dashboard demo`, or start the app with PLANPULS_DEMO=1.",
    },
    "common.db_busy": {
        "nb": "Databasen {path} brukes av en annen prosess (for eksempel en kommando "
        "i terminalen). Vent til den er ferdig, og last siden på nytt.",
        "en": "The database {path} is in use by another process (a command in a terminal, "
        "say). Wait until it has finished, then reload the page.",
    },
    "common.no_measures": {
        "nb": "Ingen tiltak passer utvalget.",
        "en": "No measures match the filters.",
    },
    "common.none": {"nb": "Ingen", "en": "None"},
    "common.download_csv": {"nb": "Last ned CSV", "en": "Download CSV"},
    "common.no_progress": {"nb": "–", "en": "–"},
    # Column headers
    "col.goal": {"nb": "Mål", "en": "Goal"},
    "col.measure": {"nb": "Tiltak", "en": "Measure"},
    "col.owner": {"nb": "Ansvarlig", "en": "Owner"},
    "col.status": {"nb": "Status", "en": "Status"},
    "col.progress": {"nb": "Fremdrift", "en": "Progress"},
    "col.due": {"nb": "Frist", "en": "Due"},
    "col.start": {"nb": "Start", "en": "Start"},
    "col.weight": {"nb": "Vekt", "en": "Weight"},
    "col.channels": {"nb": "Kanaler", "en": "Channels"},
    "col.audiences": {"nb": "Målgrupper", "en": "Target groups"},
    "col.last_update": {"nb": "Sist oppdatert", "en": "Last update"},
    "col.comment": {"nb": "Siste kommentar", "en": "Latest comment"},
    "col.measures": {"nb": "Tiltak", "en": "Measures"},
    "col.overdue": {"nb": "Forfalt", "en": "Overdue"},
    "col.attention": {"nb": "Risiko/forsinket", "en": "At risk/delayed"},
    "col.before": {"nb": "Før", "en": "Before"},
    "col.after": {"nb": "Nå", "en": "Now"},
    "col.change": {"nb": "Endring", "en": "Change"},
    "col.new_comment": {"nb": "Ny kommentar", "en": "New comment"},
    "col.open": {"nb": "Åpne", "en": "Open"},
    "col.done": {"nb": "Fullført", "en": "Done"},
    "col.due_in": {"nb": "Frist innen {days} d", "en": "Due within {days} d"},
    "col.channel": {"nb": "Kanal", "en": "Channel"},
    "col.scope": {"nb": "Intern/ekstern", "en": "Internal/external"},
    "col.metric": {"nb": "Måltall", "en": "Metric"},
    "col.value": {"nb": "Verdi", "en": "Value"},
    "col.period": {"nb": "Periode", "en": "Period"},
    "col.audience": {"nb": "Målgruppe", "en": "Target group"},
    "col.target": {"nb": "Målverdi", "en": "Target"},
    "col.actual": {"nb": "Resultat", "en": "Actual"},
    "col.achieved": {"nb": "Oppnådd", "en": "Achieved"},
    "col.date": {"nb": "Dato", "en": "Date"},
    "col.reported_by": {"nb": "Rapportert av", "en": "Reported by"},
    "col.source": {"nb": "Kilde", "en": "Source"},
    "col.illustrative": {"nb": "Illustrerende", "en": "Illustrative"},
    # Overview
    "overview.title": {"nb": "Oversikt", "en": "Overview"},
    "overview.progress": {"nb": "Samlet fremdrift", "en": "Overall progress"},
    "overview.progress_help": {
        "nb": "Vektet etter tiltakenes vekt; fullførte tiltak teller 100 %, avbrutte teller ikke.",
        "en": "Weighted by the measures' weights; done measures count 100 %, "
        "cancelled ones not at all.",
    },
    "overview.measures": {"nb": "Tiltak", "en": "Measures"},
    "overview.done": {"nb": "Fullført", "en": "Done"},
    "overview.overdue": {"nb": "Forfalt", "en": "Overdue"},
    "overview.overdue_help": {
        "nb": "Fristen er passert, og tiltaket er verken fullført eller avbrutt.",
        "en": "The due date has passed and the measure is neither done nor cancelled.",
    },
    "overview.attention": {"nb": "Risiko eller forsinket", "en": "At risk or delayed"},
    "overview.per_goal": {"nb": "Fremdrift per mål", "en": "Progress per goal"},
    "overview.status_counts": {"nb": "Tiltak etter status", "en": "Measures by status"},
    "overview.overdue_list": {"nb": "Forfalte tiltak", "en": "Overdue measures"},
    "overview.attention_list": {
        "nb": "Tiltak med risiko eller forsinkelse",
        "en": "Measures at risk or delayed",
    },
    "overview.changes": {"nb": "Endringer siden {date}", "en": "Changes since {date}"},
    "overview.no_changes": {
        "nb": "Ingen endringer i perioden.",
        "en": "No changes in this period.",
    },
    "overview.none_overdue": {"nb": "Ingen forfalte tiltak.", "en": "No overdue measures."},
    "overview.none_attention": {
        "nb": "Ingen tiltak med risiko eller forsinkelse.",
        "en": "No measures at risk or delayed.",
    },
    "overview.changes_summary": {
        "nb": "{changed} tiltak endret, {done} fullført, {comments} nye kommentarer.",
        "en": "{changed} measures changed, {done} done, {comments} new comments.",
    },
    # Goal
    "goal.title": {"nb": "Mål", "en": "Goal"},
    "goal.progress": {"nb": "Fremdrift", "en": "Progress"},
    "goal.measures": {"nb": "Tiltak", "en": "Measures"},
    "goal.over_time": {"nb": "Fremdrift over tid", "en": "Progress over time"},
    "goal.timeline": {"nb": "Tidslinje med frister", "en": "Timeline of due dates"},
    "goal.today": {"nb": "Statusdato", "en": "Status date"},
    "goal.kpis": {"nb": "Resultatmål", "en": "Outcome targets"},
    "goal.no_goals": {"nb": "Planen har ingen mål.", "en": "The plan has no goals."},
    "goal.history": {"nb": "Statushistorikk", "en": "Status history"},
    # Owners
    "owners.title": {"nb": "Ansvarlige", "en": "Owners"},
    "owners.open_by_status": {
        "nb": "Åpne tiltak per ansvarlig etter status",
        "en": "Open measures per owner by status",
    },
    "owners.table": {"nb": "Arbeidsmengde", "en": "Workload"},
    "owners.list": {"nb": "Tiltakene til {owner}", "en": "Measures of {owner}"},
    "owners.pick": {
        "nb": "Velg en ansvarlig i utvalget for å se listen over tiltakene.",
        "en": "Choose an owner in the filters to see their measures.",
    },
    "owners.due_soon": {"nb": "Frist de neste {days} dagene", "en": "Due in the next {days} days"},
    # Channels
    "channels.title": {"nb": "Kanaler", "en": "Channels"},
    "channels.over_time": {
        "nb": "{metric} per kanal over tid",
        "en": "{metric} per channel over time",
    },
    "channels.scope": {"nb": "Intern mot ekstern", "en": "Internal against external"},
    "channels.by_audience": {"nb": "{metric} etter målgruppe", "en": "{metric} by target group"},
    "channels.no_audience": {
        "nb": "Ingen tall for dette måltallet er fordelt på målgrupper.",
        "en": "No figures for this metric are split by target group.",
    },
    "channels.no_data": {
        "nb": "Ingen kanaltall i perioden for dette utvalget.",
        "en": "No channel figures in this period for these filters.",
    },
    "channels.table": {"nb": "Tall per periode", "en": "Figures per period"},
    "channels.stock_note": {
        "nb": "{metric} er en beholdning: hver periode viser siste verdi, ikke summen.",
        "en": "{metric} is a stock: each period shows its latest value, not the sum.",
    },
    "channels.kpis": {
        "nb": "Resultatmål mot faktiske tall",
        "en": "Outcome targets against actuals",
    },
    "scope.internal": {"nb": "Intern", "en": "Internal"},
    "scope.external": {"nb": "Ekstern", "en": "External"},
    "scope.no_audience": {"nb": "Ikke fordelt", "en": "Not split"},
}


def message(key: str, lang: str, **values: object) -> str:
    """The message for ``key`` in ``lang`` with ``values`` filled in."""
    text = MESSAGES[key].get(lang) or MESSAGES[key]["nb"]
    return text.format(**values) if values else text


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


@dataclass(frozen=True)
class Translator:
    """Messages, numbers and dates in one language."""

    lang: str = "nb"

    def __call__(self, key: str, **values: object) -> str:
        return message(key, self.lang, **values)

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        """``1 234,5`` in bokmål (no-break space between thousands), ``1,234.5`` in English."""
        if _missing(value) or (isinstance(value, float) and math.isinf(value)):
            return "–"
        text = f"{float(value):,.{decimals}f}"
        if self.lang == "en":
            return text
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", NBSP)

    def percent(self, value: float | None, decimals: int = 0) -> str:
        """``45 %`` in bokmål, ``45%`` in English; ``–`` when there is no value."""
        if _missing(value):
            return "–"
        number = self.number(value, decimals)
        return f"{number}{NBSP}%" if self.lang == "nb" else f"{number}%"

    def date(self, value: dt.date | dt.datetime | str | None) -> str:
        """``31.12.2025`` in bokmål, ``31 Dec 2025`` in English."""
        if _missing(value) or value == "":
            return "–"
        day = pd.Timestamp(value).date()
        if self.lang == "en":
            return f"{day.day} {_MONTHS['en'][day.month - 1]} {day.year}"
        return day.strftime("%d.%m.%Y")

    def period(self, start: dt.date, grain: str) -> str:
        """A period bucket's label: ``jan 2025``, ``K1 2025`` / ``Q1 2025``, ``2025``."""
        day = pd.Timestamp(start).date()
        if grain == "month":
            return f"{_MONTHS[self.lang][day.month - 1]} {day.year}"
        if grain == "quarter":
            quarter = (day.month - 1) // 3 + 1
            return f"{'K' if self.lang == 'nb' else 'Q'}{quarter} {day.year}"
        return str(day.year)

    def plotly_separators(self) -> str:
        """Plotly's ``separators`` (decimal, then thousands) for this language."""
        return "," + NBSP if self.lang == "nb" else ".,"
