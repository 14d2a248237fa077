"""Survey results: awareness, trust, media tone shares and user-survey scores (issue 14).

A survey is not a tool's export but a small table the secretariat writes down from a
survey report (Kantar, Opinion, Ipsos, an own Questback survey): one row per survey
and figure, with the number of answers behind it. Its columns are Planpuls' own
names for a channel figures file plus a sample size (``utvalg``, ``antall svar``);
the channel is optional (a survey is its own source: «Spørreundersøkelse»), the
target group too. The template is ``dashboard.ingest.templates.survey_template``.

    dato;periode_slutt;måltall;verdi;utvalg;målgruppe
    01.03.2026;31.03.2026;kjennskap;41 %;1 012;Innbyggere
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.ingest.kinds import KINDS, CanonicalRow
from dashboard.ingest.presets.base import Preset, _blank, _cell, _Header, _is_total, _names
from dashboard.ingest.reader import RawTable

#: The channel a survey's figures go to when the file names none.
SURVEY_CHANNEL = "Spørreundersøkelse"


def _names_of(key: str) -> tuple[str, ...]:
    column = next(c for c in KINDS["metrics"].columns if c.key == key)
    return (column.key, *column.names)


@dataclass(frozen=True)
class SurveyResults(Preset):
    """Survey figures with their sample size, in Planpuls' own column names."""

    def matches(self, table: RawTable) -> bool:
        """A date, a metric, a value and a sample size column: a survey's figures."""
        header = _Header(table.header)
        # "n" alone is too loose a word to recognise a file by: it must be spelled out
        sample = [n for n in _names_of("sample_size") if n != "n"]
        return all(
            header.has(*names)
            for names in (_names_of("date"), _names_of("metric"), _names_of("value"), sample)
        )

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One canonical figure per row; totals rows and blank lines left out."""
        header = _Header(table.header)
        keys = ("date", "period_end", "channel", "metric", "value", "sample_size", "audience",
                "goal_id", "note")  # fmt: skip
        found = {k: i for k in keys if (i := header.find(*_names_of(k))) is not None}
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            if all(_blank(c) for c in cells) or _is_total(_cell(cells, 0)):
                continue
            values = {k: _cell(cells, i) for k, i in found.items()}
            columns = {k: header.cells[i] for k, i in found.items()}
            out.append(CanonicalRow(line, values, columns))
        return out


SURVEY_RESULTS = SurveyResults(
    id="survey",
    name_nb="Spørreundersøkelse (resultater med utvalg)",
    name_en="Survey results (with sample size)",
    name_nn="Spørjeundersøking (resultat med utval)",
    kind="metrics",
    default_channel=SURVEY_CHANNEL,
    channel_scope="external",
    header_tokens=_names("utvalg", "antall svar", "respondenter", "sample size"),
)
