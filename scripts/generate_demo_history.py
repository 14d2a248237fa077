"""Generate the illustrative demo history for Planpuls.

Reads the hand-authored demo files in ``data/demo`` (organisations, plans, goals,
measures, owners, channels, audiences, goal KPIs and the status updates that the
source documents actually state) and writes two derived files:

* ``status_updates.csv`` – a status history for every measure: the recorded
  updates (``illustrative=false``) plus illustrative updates leading up to them
  or, for measures without recorded updates, a complete illustrative history.
* ``channel_metrics.csv`` – one illustrative figure per channel, month and
  metric.

The output depends only on the input files and the fixed seed below, never on
the clock, so running the script twice gives byte-identical files.

Usage (from the repository root)::

    python scripts/generate_demo_history.py [--demo DIR] [--out DIR]

Only the standard library is used.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import itertools
import math
import random
from datetime import date, timedelta
from pathlib import Path

SEED = 2025

STATUSES = ("not_started", "on_track", "at_risk", "delayed", "done", "cancelled")
ACTIVE = ("on_track", "at_risk", "delayed")
FINAL = ("done", "cancelled")
METRICS = (
    "reach",
    "impressions",
    "visitors",
    "pageviews",
    "subscribers",
    "opens",
    "clicks",
    "followers",
    "participants",
    "mentions",
    "posts",
)

# Last day a status update may carry, per organisation.
CUTOFF = {
    "his": date(2026, 11, 16),
    "tynset": date(2026, 11, 16),
    "ho21": date(2021, 11, 18),
    "hdir": date(2026, 11, 16),
    "hmn": date(2026, 11, 16),
}
# First and last month with channel figures, per organisation.
METRIC_MONTHS = {
    "his": ((2025, 1), (2026, 10)),
    "tynset": ((2025, 1), (2026, 10)),
    "ho21": ((2020, 1), (2021, 11)),
    "hdir": ((2026, 1), (2026, 10)),
    "hmn": ((2026, 1), (2026, 10)),
}
# Who sometimes reports on behalf of the owner.
COORDINATOR = {
    "his": "Kommunikasjonsansvarlig",
    "tynset": "Rådmannen/personalavdelingen",
    "ho21": "HO21-sekretariatet",
    "hdir": "Kommunikasjonsdirektør",
    "hmn": "Kommunikasjonsavdelingen",
}

STATUS_HEADER = [
    "measure_id",
    "date",
    "status",
    "progress",
    "comment",
    "reported_by",
    "illustrative",
]
RECORDED_HEADER = STATUS_HEADER[:-1]
METRIC_HEADER = [
    "channel_id",
    "period_start",
    "period_end",
    "metric",
    "value",
    "audience_id",
    "goal_id",
    "illustrative",
]

# ---------------------------------------------------------------------------
# Status history scenarios.
#
# Each measure gets a list of milestones (when, status, progress, comment).
# ``when`` is either an exact ISO date or a month ("2025-03"), in which case a
# working day in that month is drawn.  Between milestones that are more than
# about eight weeks apart, the generator adds short follow-up updates that keep
# the previous status and interpolate the progress.  For measures with recorded
# updates, the milestones describe only the time before the first recorded one.
# ---------------------------------------------------------------------------
SCENARIOS: dict[str, list[tuple[str, str, int, str | None]]] = {
    # --- Helseinnovasjonssenteret --------------------------------------
    "his-t01": [
        ("2025-01", "not_started", 0, "Oppstart når tiltaksplanen er vedtatt."),
        (
            "2025-02",
            "on_track",
            15,
            "Innsiktsarbeid startet: korte intervjuer med samarbeidspartnere om "
            "hvordan de oppfatter HIS.",
        ),
        ("2025-04", "on_track", 40, "Utkast til ny «Om oss»-tekst og kjernebudskap."),
        (
            "2025-06",
            "on_track",
            65,
            "Kjernebudskapet testet på ansattsamling, justeres etter innspill.",
        ),
        (
            "2025-09",
            "on_track",
            90,
            "Ny «Om oss»-side og kort presentasjon til foredrag er klar.",
        ),
        (
            "2025-10",
            "done",
            100,
            "Publisert på nettsiden og tatt i bruk i foredrag og møter.",
        ),
    ],
    "his-t02": [
        (
            "2025-03",
            "on_track",
            10,
            "Tre prosjekter valgt ut som eksempler på samhandlingsmodellen.",
        ),
        (
            "2025-06",
            "on_track",
            30,
            "Første eksempel publisert som nettsak og presentert på seminar.",
        ),
        (
            "2025-10",
            "at_risk",
            40,
            "Eksempel nummer to venter på godkjenning fra prosjektpartner.",
        ),
        (
            "2026-01",
            "on_track",
            55,
            "Godkjenning mottatt. Illustrasjon av modellen er under arbeid.",
        ),
        (
            "2026-05",
            "on_track",
            70,
            "Illustrasjonen av samhandlingsmodellen brukes i søknader og foredrag.",
        ),
        ("2026-10", "on_track", 80, "Siste eksempel planlegges publisert i desember."),
    ],
    "his-t03": [
        ("2025-02", "not_started", 0, "Oppstart etter styremøtet i mars."),
        (
            "2025-03",
            "on_track",
            10,
            "Arbeidsgruppe etablert. Kartlegger hvordan vi jobber med bærekraft i dag.",
        ),
        (
            "2025-05",
            "on_track",
            35,
            "Workshop med alle ansatte om bærekraft i prosjektarbeidet.",
        ),
        (
            "2025-08",
            "at_risk",
            50,
            "Svakere fremdrift enn planlagt etter sommeren på grunn av søknadsfrister.",
        ),
        ("2025-10", "on_track", 75, "Utkast til bærekraftstrategi sendt på høring internt."),
        (
            "2025-12-03",
            "on_track",
            90,
            "Høringsinnspillene er innarbeidet. Legges frem for styret i desember.",
        ),
        ("2025-12-17", "done", 100, "Bærekraftstrategien er vedtatt av styret."),
    ],
    "his-t04": [
        (
            "2025-01",
            "on_track",
            5,
            "Mal for resultatsaker laget. Første sak om gevinster i et kommuneprosjekt "
            "er under arbeid.",
        ),
        ("2025-04", "on_track", 20, "Fire resultatsaker publisert på nettsiden og i nyhetsbrevet."),
        ("2025-08", "on_track", 35, "Egen resultatspalte i nyhetsbrevet fra august."),
        (
            "2025-12",
            "on_track",
            50,
            "Årsoppsummering av resultater sendt eiere og samarbeidspartnere.",
        ),
        ("2026-04", "on_track", 65, "Resultatsakene er blant de mest leste sakene på nettsiden."),
        ("2026-09", "on_track", 80, "Plan for resultatkommunikasjon i 2027 er under arbeid."),
    ],
    "his-t05": [
        (
            "2025-03",
            "on_track",
            10,
            "Oversikt over aktuelle arenaer laget sammen med eierkommunene.",
        ),
        (
            "2025-05",
            "on_track",
            30,
            "Stand på folkehelsedag med god dialog med innbyggerne om velferdsteknologi.",
        ),
        (
            "2025-10",
            "on_track",
            45,
            "Deltatt på to seniortreff om velferdsteknologi og digital hjemmeoppfølging.",
        ),
        ("2026-02", "on_track", 55, None),
        (
            "2026-05",
            "at_risk",
            60,
            "Færre arenaer enn planlagt. Få ansatte har hatt anledning til å delta.",
        ),
        (
            "2026-09",
            "at_risk",
            65,
            "Tre planlagte innbyggermøter gjenstår. Prosjektfristene i høst gjør det "
            "krevende å stille med folk.",
        ),
        (
            "2026-11",
            "at_risk",
            70,
            "Fristen er passert. Gjenstående møter foreslås flyttet til våren 2027.",
        ),
    ],
    "his-t06": [
        (
            "2025-02",
            "on_track",
            5,
            "Redaksjonsplan for sosiale kanaler satt opp med faste temaer.",
        ),
        (
            "2025-05",
            "on_track",
            25,
            "Serie om helseinnovasjon i kommunene publisert i sosiale kanaler.",
        ),
        ("2025-09", "on_track", 40, None),
        (
            "2025-12",
            "at_risk",
            45,
            "Redusert publisering i november og desember på grunn av sykefravær i "
            "kommunikasjonsteamet.",
        ),
        ("2026-03", "on_track", 60, "Tilbake på planlagt publiseringstakt."),
        ("2026-08", "on_track", 75, None),
        (
            "2026-11",
            "on_track",
            85,
            "Flere følgere og høyere engasjement enn på samme tid i fjor.",
        ),
    ],
    "his-t07": [
        ("2025-04", "on_track", 10, "Tilbud om nyhetssaker sendt til alle eierne."),
        ("2025-06", "on_track", 25, "To eierkommuner har publisert saker fra HIS."),
        ("2025-09", "at_risk", 30, "Lite respons fra de øvrige eierne."),
        (
            "2025-11",
            "cancelled",
            30,
            "Avsluttet etter dialog med eierne, som heller deler saker fra "
            "nyhetsbrevet. Innsatsen flyttes dit.",
        ),
    ],
    "his-t08": [
        (
            "2025-01",
            "on_track",
            5,
            "Faste dialogmøter avtalt med helseforetaket og fire kommuner.",
        ),
        ("2025-05", "on_track", 25, "Behovskartlegging gjennomført i to kommuner."),
        (
            "2025-09",
            "on_track",
            45,
            "Dialogmøtene går som planlagt. Innspillene er tatt inn i prosjektporteføljen.",
        ),
        ("2026-01", "on_track", 60, None),
        (
            "2026-06",
            "on_track",
            75,
            "Nettverksmøte for helsetjenesten gjennomført med god deltakelse.",
        ),
        ("2026-10", "on_track", 85, None),
    ],
    "his-t09": [
        ("2025-02", "on_track", 10, "Kartlegging av miljøene HIS kobler i dag er startet."),
        (
            "2025-06",
            "on_track",
            25,
            "Oversikt over koblinger laget. Matchemøte med næringsaktører planlegges.",
        ),
        ("2025-10", "at_risk", 30, "Matchemøtet er utsatt til våren på grunn av lav påmelding."),
        (
            "2026-03",
            "delayed",
            35,
            "Matchemøtet ble avlyst. Nytt format vurderes sammen med klyngene.",
        ),
        ("2026-06", "delayed", 40, "Venter på avklaring med eierne om rollefordeling."),
        ("2026-10", "delayed", 45, "Forsinket. Ny plan legges frem for styret i desember."),
    ],
    "his-t10": [
        ("2025-06", "not_started", 0, "Venter på ny FoUI-strategi før arbeidet starter."),
        (
            "2026-01",
            "not_started",
            0,
            "Utsatt. FoUI-strategien behandles i styret i februar.",
        ),
        (
            "2026-06",
            "not_started",
            0,
            "Fortsatt ikke startet. Ressursene er prioritert til pågående prosjekter.",
        ),
    ],
    "his-t11": [
        ("2025-02", "on_track", 15, "Styreseminar om nasjonal posisjon planlagt i april."),
        (
            "2025-04",
            "on_track",
            40,
            "Styreseminar gjennomført. Tre alternative posisjoner er beskrevet.",
        ),
        ("2025-06", "at_risk", 60, "Behov for mer dialog med eierne før valg av posisjon."),
        ("2025-08", "delayed", 70, "Forsinket. Eiermøtet er flyttet til september."),
        ("2025-10", "done", 100, "Styret har vedtatt ønsket nasjonal posisjon."),
    ],
    "his-t12": [
        (
            "2025-11",
            "on_track",
            5,
            "Plan for posisjonering utarbeides på bakgrunn av styrets vedtak.",
        ),
        ("2026-02", "on_track", 20, "Innspill levert til to nasjonale høringer."),
        (
            "2026-05",
            "on_track",
            35,
            "Møter med nasjonale helsemyndigheter om HIS sin rolle.",
        ),
        (
            "2026-09",
            "on_track",
            50,
            "Innlegg på nasjonal konferanse om helseinnovasjon i kommunene.",
        ),
        ("2026-11", "on_track", 55, None),
    ],
    "his-t13": [
        ("2025-03", "on_track", 10, "Liste over aktuelle eksempler fra prosjektene laget."),
        (
            "2025-06",
            "on_track",
            30,
            "Fagartikkel om digital hjemmeoppfølging sendt til tidsskrift.",
        ),
        (
            "2025-11",
            "on_track",
            45,
            "Artikkelen er antatt. Abstract sendt til nasjonal konferanse.",
        ),
        ("2026-03", "at_risk", 50, "Abstractet ble ikke antatt. Ny arena må finnes."),
        ("2026-06", "at_risk", 55, "Andre artikkel er forsinket fordi dataene ikke er klare."),
        ("2026-10", "at_risk", 60, "Fristen er passert. Andre artikkel ventes ferdig i desember."),
    ],
    "his-t14": [
        ("2025-01", "on_track", 5, "Årshjul for planlagte medieoppslag satt opp."),
        ("2025-04", "on_track", 20, "To saker i regionale medier og én i fagpressen."),
        (
            "2025-08",
            "on_track",
            35,
            "Medietrening for ledere og prosjektledere gjennomført.",
        ),
        ("2025-12", "at_risk", 45, "Færre medieoppslag enn målet for 2025."),
        (
            "2026-04",
            "on_track",
            60,
            "Flere saker solgt inn til nasjonale medier, med god uttelling i mars.",
        ),
        ("2026-09", "on_track", 75, None),
        ("2026-11", "on_track", 80, "På god vei mot målet om medieoppslag for 2026."),
    ],
    "his-t15": [
        ("2025-01", "on_track", 20, "Strategien presentert på internmøte."),
        (
            "2025-02",
            "on_track",
            60,
            "Gjennomgang i alle team. Spørsmål samlet i Teams.",
        ),
        ("2025-03", "done", 100, "Alle ansatte har gått gjennom strategien."),
    ],
    "his-t16": [
        (
            "2025-02",
            "on_track",
            10,
            "Strategien er lagt inn i introduksjonsprogrammet for nyansatte.",
        ),
        (
            "2025-09",
            "on_track",
            40,
            "Tre nyansatte har fått gjennomgang i introduksjonsprogrammet.",
        ),
        ("2026-03", "on_track", 60, None),
        ("2026-09", "on_track", 80, "To nyansatte i høst har fått gjennomgang."),
    ],
    "his-t17": [
        (
            "2025-01",
            "on_track",
            20,
            "Utkast til tiltaksplan 2025–2026 med ansvar og frister.",
        ),
        ("2025-03", "on_track", 70, "Tiltaksplanen drøftet med ledergruppen."),
        (
            "2025-04",
            "done",
            100,
            "Tiltaksplanen er godkjent av administrerende direktør og lagt ut i "
            "fildelingssystemet.",
        ),
    ],
    "his-t18": [
        ("2025-03", "on_track", 10, "Mal for kommunikasjonsplan i prosjekt laget."),
        (
            "2025-06",
            "on_track",
            30,
            "Kommunikasjonsplaner på plass for tre av åtte prosjekter.",
        ),
        ("2025-10", "on_track", 45, None),
        ("2026-02", "at_risk", 50, "Flere prosjektledere mangler tid til å lage planer."),
        (
            "2026-05",
            "delayed",
            55,
            "Forsinket. Bare halvparten av prosjektene har kommunikasjonsplan.",
        ),
        (
            "2026-09",
            "delayed",
            60,
            "Foreslås gjort obligatorisk ved oppstart av nye prosjekter.",
        ),
    ],
    "his-t20": [
        (
            "2025-03",
            "on_track",
            50,
            "Universelt utformet versjon av strategien er under arbeid.",
        ),
        ("2025-04", "done", 100, "Strategien er publisert på hjemmesiden."),
    ],
    # --- HelseOmsorg21-rådet (illustrative lead-up to recorded updates) ---
    "ho21-t01": [
        (
            "2020-09",
            "on_track",
            5,
            "Arbeidet med prosjektplan for hjemmemarkedet er startet.",
        ),
        (
            "2020-12",
            "on_track",
            20,
            "Innledende aktiviteter og kartlegging av utfordringer pågår.",
        ),
        (
            "2021-03",
            "on_track",
            35,
            "Prosjektplanen er forankret i Rådet. To dialogmøter planlegges.",
        ),
        ("2021-06-21", "on_track", 50, "Første dialogmøte gjennomført med gode innspill."),
        (
            "2021-10-22",
            "on_track",
            65,
            "Andre dialogmøte gjennomført. Innspillene oppsummeres.",
        ),
    ],
    "ho21-t02": [
        ("2021-03", "on_track", 15, "Program og invitasjonsliste er under arbeid."),
        ("2021-05", "on_track", 60, "Invitasjoner sendt og innledere bekreftet."),
    ],
    "ho21-t03": [
        (
            "2021-06",
            "on_track",
            5,
            "Planleggingen av dialogmøtet om kommunehelsetjenesten er startet.",
        ),
        ("2021-08", "on_track", 25, "Tema og målgruppe er avklart."),
    ],
    "ho21-t04": [
        (
            "2021-10",
            "on_track",
            5,
            "Innspillene fra begge dialogmøtene samles og systematiseres.",
        ),
    ],
    "ho21-t06": [
        (
            "2021-10",
            "on_track",
            5,
            "Sekretariatet utarbeider forslag til plan for aktivitetene.",
        ),
    ],
    "ho21-t09": [
        (
            "2021-03",
            "on_track",
            10,
            "Direktoratet for e-helse har orientert Rådet om oppdraget fra HOD.",
        ),
        ("2021-06", "on_track", 35, "Rådet har gitt innspill til direktoratets arbeid."),
    ],
    "ho21-t11": [
        ("2021-06", "on_track", 10, "Tema og hovedbudskap for kronikken er drøftet."),
        ("2021-08", "on_track", 40, "Utkast sendt rådsmedlemmene for innspill."),
        ("2021-10", "on_track", 80, "Kronikken er vedtatt og sendt til redaksjoner."),
    ],
    "ho21-t13": [
        ("2021-09", "on_track", 5, "Første kontakt med KS om et felles kunnskapsgrunnlag."),
        ("2021-10", "at_risk", 10, "Avklaring av roller og ressurser tar tid."),
        (
            "2021-11",
            "at_risk",
            10,
            "Avhenger av det tverrsektorielle dialogmøtet, som ikke er avholdt ennå.",
        ),
    ],
    "ho21-t14": [
        ("2021-06", "on_track", 10, "Referansegruppen har startet arbeidet med kronikken."),
        ("2021-09", "on_track", 50, "Utkast drøftet i Rådet."),
        (
            "2021-10",
            "on_track",
            75,
            "Kronikken er vedtatt. Publisering avtalt med Dagens Medisin.",
        ),
    ],
    "ho21-t15": [
        ("2021-01", "on_track", 10, "Arbeidet med å definere feltet er startet."),
        (
            "2021-03",
            "on_track",
            30,
            "Arbeidsmøter om definisjoner og kategorier av brukermedvirkning.",
        ),
        ("2021-05", "on_track", 55, None),
        (
            "2021-06",
            "on_track",
            80,
            "Forslag til dimensjoner for kartleggingen er sendt finansiørene.",
        ),
    ],
    "ho21-t17": [
        (
            "2021-03",
            "on_track",
            10,
            "SSB har fått oppdrag om å videreføre statistikken for helsenæringen.",
        ),
        ("2021-06", "on_track", 40, None),
        ("2021-09", "on_track", 75, "Data fra SSB er mottatt. Figurene oppdateres."),
    ],
    "ho21-t18": [
        ("2021-09", "on_track", 10, "Behovet for nye figurer er kartlagt."),
    ],
    "ho21-t19": [
        (
            "2021-06",
            "on_track",
            5,
            "Sekretariatet arbeider med en tidlig skisse til kommunikasjonsplan.",
        ),
    ],
    "ho21-t20": [
        (
            "2021-09",
            "on_track",
            10,
            "Lederens rolle beskrives i utkastet til kommunikasjonsplan.",
        ),
        (
            "2021-11",
            "delayed",
            30,
            "Rollen til Rådets leder ferdigstilles når ny leder er på plass.",
        ),
    ],
    "ho21-t21": [
        (
            "2021-02",
            "on_track",
            10,
            "Rådsmedlemmene oppfordres til å dele Rådets saker i egne kanaler.",
        ),
        ("2021-05", "on_track", 20, None),
        (
            "2021-09",
            "at_risk",
            25,
            "Rådet mener selv det bør bli tydeligere og mer aktivt i kommunikasjonen. "
            "Få medlemmer deler saker i egne kanaler.",
        ),
        (
            "2021-11-16",
            "at_risk",
            30,
            "Kronikken om helsedata er delt av flere medlemmer, men aktiviteten i "
            "sosiale medier er fortsatt lav.",
        ),
    ],
    # --- Tynset kommune ------------------------------------------------
    "tynset-t01": [
        ("2025-02", "on_track", 10, "Programmet for vårens introduksjonsdag er klart."),
        (
            "2025-04",
            "on_track",
            25,
            "Introduksjonsdag gjennomført med 24 nyansatte. Gode tilbakemeldinger.",
        ),
        ("2025-10", "on_track", 50, "Høstens introduksjonsdag er gjennomført."),
        (
            "2026-04",
            "on_track",
            75,
            "Vårens introduksjonsdag gjennomført. Programmet ligger nå fast i årshjulet.",
        ),
        ("2026-10", "on_track", 90, "Høstens introduksjonsdag er gjennomført."),
    ],
    "tynset-t02": [
        ("2025-03", "on_track", 10, "Stafettpinnen startet i helse og omsorg."),
        ("2025-06", "on_track", 30, "Fem arbeidsplasser har delt sin fortelling."),
        ("2025-09", "at_risk", 35, "Stafetten stoppet opp over sommeren."),
        ("2025-11", "on_track", 50, "I gang igjen. Oppvekst har tatt over stafettpinnen."),
        ("2026-03", "on_track", 75, None),
        ("2026-06", "done", 100, "Alle tjenesteområder har deltatt i stafetten."),
    ],
    "tynset-t03": [
        (
            "2025-02",
            "not_started",
            0,
            "Opplegg for etisk refleksjon utarbeides sammen med tillitsvalgte.",
        ),
        (
            "2025-04",
            "on_track",
            15,
            "Refleksjonskort om verdiene trygghet, optimisme, puls og inkludering er tatt i bruk.",
        ),
        (
            "2025-09",
            "on_track",
            35,
            "Etisk refleksjon på personalmøtene i de fleste avdelinger.",
        ),
        ("2026-02", "on_track", 55, None),
        (
            "2026-08",
            "on_track",
            70,
            "Evaluering blant avdelingslederne viser god nytte.",
        ),
        ("2026-11", "on_track", 80, None),
    ],
    "tynset-t04": [
        ("2025-02", "on_track", 15, "Behov kartlagt. Innhenter tilbud på bildebase."),
        (
            "2025-04",
            "on_track",
            40,
            "Fotografering på ti arbeidsplasser gjennomført, samtykke innhentet.",
        ),
        (
            "2025-06",
            "on_track",
            70,
            "Bildebasen testes i servicetorget og personalavdelingen.",
        ),
        ("2025-09", "done", 100, "Bildebasen er tatt i bruk av alle tjenesteområder."),
    ],
    "tynset-t05": [
        ("2025-04", "on_track", 10, "Første stafettfortelling publisert i sosiale medier."),
        (
            "2025-08",
            "on_track",
            30,
            "Åtte fortellinger publisert, med god respons fra innbyggerne.",
        ),
        ("2025-12", "on_track", 50, None),
        ("2026-04", "on_track", 65, "Fortellingene er også samlet på hjemmesiden."),
        ("2026-10", "on_track", 80, None),
    ],
    "tynset-t06": [
        ("2025-02", "on_track", 5, "Første glad-historie publisert i sosiale medier."),
        (
            "2025-05",
            "on_track",
            20,
            "Glad-historie hver måned så langt. Lokalavisen har plukket opp to.",
        ),
        ("2025-09", "on_track", 35, None),
        (
            "2026-01",
            "at_risk",
            40,
            "Ingen glad-historier i desember og januar. Vanskelig å finne tid.",
        ),
        (
            "2026-05",
            "delayed",
            45,
            "Bare fire av ti planlagte historier er publisert hittil i år.",
        ),
        (
            "2026-09",
            "delayed",
            50,
            "Forsinket. Foreslår en fast ansvarlig i hvert tjenesteområde.",
        ),
    ],
    "tynset-t07": [
        (
            "2025-02",
            "on_track",
            10,
            "Maler for brev, presentasjoner og plakater oppdatert i grafisk profil.",
        ),
        (
            "2025-06",
            "on_track",
            35,
            "Informasjonsbladet har fått ny layout i tråd med grafisk profil.",
        ),
        ("2025-11", "on_track", 55, "Ny hjemmeside lansert i grafisk profil."),
        (
            "2026-04",
            "on_track",
            70,
            "Skilting og bilmerking gjennomgått. Utskifting er planlagt.",
        ),
        ("2026-10", "on_track", 85, None),
    ],
    "tynset-t08": [
        (
            "2025-01",
            "on_track",
            5,
            "Arbeidsgruppe med representanter fra alle tjenesteområder etablert.",
        ),
        ("2025-03", "on_track", 20, "Brukerundersøkelse om hjemmesiden gjennomført."),
        (
            "2025-06",
            "on_track",
            45,
            "Ny struktur og språkvask av de mest besøkte sidene.",
        ),
        (
            "2025-09",
            "at_risk",
            65,
            "Leverandøren er forsinket med ny publiseringsløsning.",
        ),
        ("2025-10", "on_track", 85, "Testversjon klar og universell utforming testet."),
        ("2025-11", "done", 100, "Ny hjemmeside er lansert."),
    ],
    "tynset-t09": [
        (
            "2025-02",
            "on_track",
            10,
            "Kommunikasjon satt opp som fast punkt på ledermøtene.",
        ),
        (
            "2025-06",
            "on_track",
            30,
            "Tjenesteområdene har tatt temaet inn i personalmøtene.",
        ),
        ("2025-11", "on_track", 50, None),
        (
            "2026-04",
            "on_track",
            65,
            "Kommunikasjonsstrategien gjennomgått på alle personalmøter i vår.",
        ),
        ("2026-10", "on_track", 80, None),
    ],
    "tynset-t10": [
        (
            "2025-03",
            "on_track",
            10,
            "Behovsvurdering startet. Innhenter erfaringer fra nabokommuner.",
        ),
        (
            "2025-06",
            "on_track",
            40,
            "Stillingsbeskrivelse og kostnadsoverslag er utarbeidet.",
        ),
        (
            "2025-10",
            "at_risk",
            50,
            "Stillingen er ikke prioritert i rådmannens forslag til budsjett 2026.",
        ),
        (
            "2025-12",
            "cancelled",
            50,
            "Avsluttet etter budsjettvedtaket. Oppgavene fordeles mellom servicetorget "
            "og personalavdelingen.",
        ),
    ],
    "tynset-t11": [
        ("2025-03", "on_track", 5, "Årshjul for planlagte medieoppslag satt opp."),
        ("2025-08", "on_track", 25, "Resultater fra brukerundersøkelsene publisert."),
        ("2025-12", "on_track", 40, None),
        (
            "2026-04",
            "at_risk",
            45,
            "Flere tjenesteområder har ikke meldt inn saker til årshjulet.",
        ),
        (
            "2026-09",
            "at_risk",
            50,
            "Lite innhold fra tjenesteområdene. Tas opp på ledermøtet i november.",
        ),
    ],
    "tynset-t12": [
        (
            "2025-05",
            "on_track",
            10,
            "Kartlegging av dagens meldekanaler (telefon, e-post og skjema) startet.",
        ),
        (
            "2025-09",
            "on_track",
            25,
            "Krav til meldesystem beskrevet. Dialog med leverandører.",
        ),
        ("2026-01", "on_track", 40, "Anskaffelsen er gjennomført."),
        (
            "2026-04",
            "at_risk",
            50,
            "Integrasjonen mot sak- og arkivsystemet tar lengre tid enn planlagt.",
        ),
        (
            "2026-08",
            "at_risk",
            55,
            "Fristen er passert. Pilot i teknisk drift starter i høst.",
        ),
        (
            "2026-10",
            "at_risk",
            60,
            "Pilot i gang. Full utrulling avhenger av integrasjonen.",
        ),
    ],
    "tynset-t13": [
        (
            "2026-01",
            "not_started",
            0,
            "Planlagt oppstart i samarbeid med de unges råd.",
        ),
        (
            "2026-05",
            "not_started",
            0,
            "Ikke startet. Møtet med de unges råd er utsatt til høsten.",
        ),
        ("2026-10", "not_started", 0, None),
    ],
    "tynset-t14": [
        ("2025-02", "on_track", 20, "Utstyr og løsning for strømming er valgt."),
        ("2025-04", "on_track", 60, "Testsending fra kommunestyresalen gjennomført."),
        (
            "2025-05-22",
            "done",
            100,
            "Første kommunestyremøte sendt direkte. Opptaket er publisert på hjemmesiden.",
        ),
    ],
    "tynset-t15": [
        (
            "2025-02",
            "on_track",
            10,
            "Verdiene er tatt inn i medarbeidersamtalene.",
        ),
        ("2025-08", "on_track", 35, None),
        (
            "2026-01",
            "on_track",
            55,
            "Verdiene brukes aktivt i oppfølgingen av medarbeiderundersøkelsen.",
        ),
        ("2026-06", "on_track", 70, None),
        ("2026-11", "on_track", 80, None),
    ],
    "tynset-t17": [
        (
            "2025-06",
            "on_track",
            10,
            "Framtidssamtalen tas inn i lederutviklingsprogrammet.",
        ),
        ("2025-10", "on_track", 25, "Samtalemal utarbeidet sammen med tillitsvalgte."),
        (
            "2026-02",
            "at_risk",
            35,
            "Modulen i lederutviklingsprogrammet er utsatt til våren.",
        ),
        ("2026-05", "delayed", 40, "Forsinket på grunn av sykefravær i personalavdelingen."),
        (
            "2026-09",
            "delayed",
            45,
            "Fristen er passert. Opplæring av ledere er planlagt i januar.",
        ),
    ],
    "tynset-t18": [
        (
            "2025-03",
            "on_track",
            10,
            "Brukermøter gjennomført tidlig i omleggingen av dagtilbudet.",
        ),
        (
            "2025-09",
            "on_track",
            35,
            "Sjekkliste for brukerinvolvering i endringsprosesser er tatt i bruk.",
        ),
        (
            "2026-02",
            "on_track",
            55,
            "Møter med brukere og pårørende før endringer i tjenestetilbudet.",
        ),
        ("2026-08", "on_track", 70, None),
    ],
    # --- Helse Midt-Norge: the regional plan and its three programme plans --------
    "hmn-t01": [
        ("2026-01", "on_track", 10, "Medieovervåkningen er satt opp for hele foretaksgruppen."),
        ("2026-03", "on_track", 30, "Første medieplan for programmene er lagt fram."),
        ("2026-06", "on_track", 50, "Halvårsanalyse av medieomtalen er ferdig."),
        ("2026-10", "on_track", 80, None),
    ],
    "hmn-t02": [
        ("2026-02", "on_track", 20, "Utstyr for strømming er på plass i to helseforetak."),
        ("2026-05", "at_risk", 45, "Opptakene mangler teksting; det må løses før publisering."),
        ("2026-09", "on_track", 75, "Teksting er innkjøpt som tjeneste."),
    ],
    "hmn-t03": [
        ("2026-01", "on_track", 20, "Arbeidsgruppe med kommunikasjonsrådgivere fra programmene."),
        ("2026-04", "on_track", 70, "Felles budskapsplattform er på høring i programmene."),
        ("2026-06", "done", 100, "Budskapsplattformen er vedtatt."),
    ],
    "hmn-t04": [
        ("2026-01", "on_track", 50, "Postjournalen publiseres ukentlig."),
        ("2026-09", "on_track", 75, None),
    ],
    "hmn-t05": [
        ("2026-03", "not_started", 0, None),
        ("2026-06", "on_track", 30, "Personalmagasinet går over til nett fra høsten."),
        ("2026-10", "on_track", 60, None),
    ],
    "hmn-t06": [
        ("2026-01", "on_track", 20, "Mal for målgruppe- og interessentanalyse er laget."),
        ("2026-03", "on_track", 60, "Analysene for kvalitet og e-Helse er ferdige."),
        ("2026-05", "done", 100, "Alle tre programmene har sin analyse."),
    ],
    "hmn-t07": [
        ("2026-02", "on_track", 15, "Gjennomgang av tekstene om behandlingstilbud er startet."),
        ("2026-06", "on_track", 55, None),
        ("2026-10", "at_risk", 70, "Flere helseforetak har ikke levert oppdaterte tekster."),
    ],
    "hmn-t08": [
        ("2026-01", "on_track", 20, "Veilederen brukes i lederprogrammet."),
        ("2026-05", "on_track", 50, "Nytt kapittel om sosiale medier er under arbeid."),
        ("2026-10", "on_track", 85, None),
    ],
    "hmn-t09": [
        ("2026-04", "on_track", 20, "Første samling for ledere er holdt."),
        ("2026-08", "delayed", 40, "Samlingene etter sommeren er utsatt på grunn av kapasitet."),
    ],
    "hmn-t10": [
        ("2026-03", "on_track", 20, "Avtale med to utdanningsinstitusjoner om praksisdager."),
        ("2026-06", "on_track", 45, "Rekrutteringsfilm er spilt inn."),
        ("2026-10", "on_track", 70, None),
    ],
    "hmn-t11": [
        ("2026-01", "on_track", 10, "Forprosjektets anbefalinger er lagt fram."),
        ("2026-04", "at_risk", 20, "Ressursbehov og eierskap er ikke avklart."),
        ("2026-08", "on_track", 45, "Hovedprosjektet er vedtatt med eierskap i styringslinjen."),
    ],
    "hmn-t12": [
        ("2026-08-03", "on_track", 20, "Planen avstemmes mot nasjonale tiltak."),
        ("2026-08-28", "done", 100, "Kommunikasjonsplanen er godkjent av programstyret."),
    ],
    "hmn-t13": [
        ("2026-08", "on_track", 20, None),
        ("2026-09", "on_track", 35, "Informasjonen er gitt i tre av fem helseforetak."),
        ("2026-10", "delayed", 50, "To helseforetak har ikke satt av tid i ledermøtene ennå."),
    ],
    "hmn-t14": [
        ("2026-08", "on_track", 20, "Første læringsnotat er publisert."),
        ("2026-09", "on_track", 40, None),
        ("2026-10", "on_track", 60, None),
    ],
    "hmn-t15": [
        ("2026-08", "on_track", 25, "Program og innledere er klare."),
        ("2026-11-05", "done", 100, "Fagdagen er holdt; opptaket ligger på nett."),
    ],
    "hmn-t16": [
        ("2026-08", "on_track", 20, "Lederne har fått et felles informasjonsopplegg."),
        ("2026-08", "on_track", 30, None),
        ("2026-09", "at_risk", 45, "Flere enheter venter på avklaringer før de informerer."),
    ],
    "hmn-t17": [
        ("2026-08", "on_track", 30, "Planene for omstillingen er publisert."),
        ("2026-09", "on_track", 45, None),
        ("2026-10", "on_track", 60, None),
    ],
    "hmn-t18": [
        ("2026-08", "on_track", 20, None),
        ("2026-09", "on_track", 45, "To av fire dialogmøter er holdt."),
        ("2026-10", "on_track", 70, "Tre av fire dialogmøter er holdt."),
    ],
    "hmn-t19": [
        ("2026-09", "not_started", 0, "Venter på at de standardiserte forløpene er vedtatt."),
    ],
    "hmn-t20": [
        ("2026-08", "on_track", 30, "Fasene i journalprosjektet er beskrevet."),
        ("2026-09", "done", 100, "Kommunikasjonsplanen for første fase er vedtatt."),
    ],
    "hmn-t21": [
        ("2026-09", "on_track", 20, "Første informasjonsmøte er holdt med to kommuner."),
        ("2026-10", "on_track", 35, None),
        ("2026-11", "on_track", 45, None),
    ],
    "hmn-t22": [
        ("2026-08", "on_track", 40, "Nettsidene er testet med brukere."),
        ("2026-10", "done", 100, "De nye nettsidene er lansert på helsenorge.no."),
    ],
    "hmn-t23": [
        ("2026-09", "not_started", 0, None),
        ("2026-11", "on_track", 20, "Tekst og film om innsyn i journal er under arbeid."),
    ],
}

# Helsedirektoratet's 2026 plan (issue 14): the strategy's focus areas as goals; the
# history is illustrative, like the others'.
SCENARIOS |= {
    "hdir-t01": [
        ("2026-01", "on_track", 10, "Innholdsplan for helsenorge.no for 2026 er lagt."),
        ("2026-03", "on_track", 30, None),
        ("2026-06", "on_track", 50, "Nye temasider om levevaner er publisert."),
        ("2026-09", "on_track", 65, None),
        ("2026-11", "on_track", 75, None),
    ],
    "hdir-t02": [
        ("2026-02", "on_track", 15, None),
        ("2026-05", "on_track", 45, None),
        ("2026-08", "at_risk", 55, "Oppdateringen av innholdet henger etter i to divisjoner."),
        ("2026-10", "at_risk", 60, None),
    ],
    "hdir-t03": [
        ("2026-02", "on_track", 20, None),
        ("2026-04", "on_track", 60, None),
        ("2026-06", "done", 100, "Tre trykte produkter er avviklet og erstattet av nettsider."),
    ],
    "hdir-t04": [
        ("2026-03", "on_track", 20, None),
        ("2026-06", "at_risk", 40, "Løsningen for elektroniske retningslinjer er forsinket."),
        ("2026-09", "delayed", 50, "Ny frist avklares med divisjonen."),
        ("2026-11", "delayed", 55, None),
    ],
    "hdir-t05": [
        ("2026-01", "on_track", 10, None),
        ("2026-04", "on_track", 35, None),
        ("2026-08", "on_track", 55, None),
        ("2026-10", "on_track", 70, "Svartiden på telefon er innenfor målet."),
    ],
    "hdir-t06": [
        ("2026-02", "on_track", 10, None),
        ("2026-05", "on_track", 40, "Første elektroniske undersøkelse er sendt ut."),
        ("2026-09", "on_track", 60, None),
        ("2026-11", "on_track", 70, None),
    ],
    "hdir-t07": [
        ("2026-03", "on_track", 10, None),
        ("2026-06", "on_track", 40, "To fokusgrupper med helsepersonell er gjennomført."),
        ("2026-09", "on_track", 60, None),
        ("2026-11", "on_track", 80, None),
    ],
    "hdir-t09": [
        ("2026-01", "on_track", 10, None),
        ("2026-04", "on_track", 30, "Felles budskapsplattform er vedtatt i ledergruppen."),
        ("2026-08", "on_track", 50, None),
        ("2026-10", "on_track", 65, None),
    ],
    "hdir-t10": [
        ("2026-02", "on_track", 10, None),
        ("2026-05", "on_track", 50, None),
        ("2026-08", "on_track", 80, None),
        ("2026-10", "done", 100, "Språkgjennomgangen av de mest besøkte sidene er ferdig."),
    ],
    "hdir-t11": [
        ("2026-02", "on_track", 25, None),
        ("2026-04", "on_track", 60, None),
        ("2026-06", "done", 100, "Nytt opplegg for kommunikasjonstrening er tatt i bruk."),
    ],
    "hdir-t12": [
        ("2026-04", "on_track", 10, None),
        ("2026-08", "on_track", 30, None),
        ("2026-10", "on_track", 55, "Tre divisjoner har fått trening i høst."),
    ],
    "hdir-t13": [
        ("2026-01", "on_track", 30, None),
        ("2026-03", "on_track", 70, None),
        ("2026-04", "done", 100, "Medieretningslinjene er oppdatert; talspersonene er medietrent."),
    ],
    "hdir-t14": [
        ("2026-01", "on_track", 10, None),
        ("2026-04", "on_track", 35, None),
        ("2026-08", "on_track", 55, None),
        ("2026-10", "on_track", 75, None),
    ],
    "hdir-t15": [
        ("2026-02", "on_track", 15, None),
        ("2026-05", "on_track", 35, None),
        ("2026-08", "at_risk", 45, "Metoden for effektmåling er ikke ferdig."),
        ("2026-10", "at_risk", 50, None),
    ],
    "hdir-t17": [
        ("2026-02", "on_track", 10, None),
        ("2026-05", "on_track", 35, None),
        ("2026-08", "on_track", 55, None),
        ("2026-11", "on_track", 70, None),
    ],
    "hdir-t18": [
        ("2026-02", "on_track", 10, None),
        ("2026-04", "on_track", 20, None),
        (
            "2026-06",
            "cancelled",
            20,
            "Avbrutt: spørsmålene besvares i telefontjenesten; en egen chat ga lite nytt.",
        ),
    ],
}

# Measures that deliberately have no status updates at all (never started).
NO_UPDATES = {"his-t19", "tynset-t16", "ho21-t07", "ho21-t08", "hdir-t08", "hdir-t16"}

FILLER_COMMENTS = {
    "on_track": (
        "Arbeidet går som planlagt.",
        "Ingen avvik siden forrige rapportering.",
        "God fremdrift i perioden.",
        "Følger planen.",
    ),
    "at_risk": (
        "Fremdriften er fortsatt svakere enn planlagt.",
        "Kapasitet er en utfordring i perioden.",
        "Følges tett opp.",
    ),
    "delayed": (
        "Fortsatt forsinket.",
        "Arbeidet pågår, men etter opprinnelig frist.",
    ),
}

# ---------------------------------------------------------------------------
# Channel figures.
# ---------------------------------------------------------------------------
SEASON = {
    1: 0.95,
    2: 1.0,
    3: 1.05,
    4: 0.95,
    5: 1.0,
    6: 0.9,
    7: 0.55,
    8: 0.9,
    9: 1.1,
    10: 1.1,
    11: 1.05,
    12: 0.75,
}


def soft_season(month: int) -> float:
    return 1.0 - 0.5 * (1.0 - SEASON[month])


# ---------------------------------------------------------------------------
# Helpers.
# ---------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])


def is_quiet(d: date) -> bool:
    """Weekends, the July holidays and Christmas: nobody reports status then."""
    return (
        d.weekday() >= 5
        or d.month == 7
        or (d.month == 12 and d.day >= 21)
        or (d.month == 1 and d.day <= 2)
    )


def working_day(d: date, lo: date, hi: date) -> date | None:
    """The working day nearest to d within [lo, hi], or None."""
    for offset in range(45):
        for c in (d + timedelta(days=offset), d - timedelta(days=offset)):
            if lo <= c <= hi and not is_quiet(c):
                return c
    return None


def resolve_date(when: str, rng: random.Random, lo: date, hi: date) -> date:
    if len(when) == 10:
        d = date.fromisoformat(when)
        if not lo <= d <= hi:
            raise ValueError(f"milestone date {when} outside {lo}..{hi}")
        return d
    year, month = (int(x) for x in when.split("-"))
    first = max(date(year, month, 2), lo)
    last = min(date(year, month, 27), hi)
    if first > last:
        raise ValueError(f"milestone month {when} outside {lo}..{hi}")
    d = working_day(first + timedelta(days=rng.randint(0, (last - first).days)), first, last)
    if d is None:
        raise ValueError(f"milestone month {when} has no working day in range")
    return d


def round5(value: float) -> int:
    return int(5 * math.floor(value / 5 + 0.5))


class Update:
    __slots__ = ("comment", "day", "illustrative", "progress", "reported_by", "status")

    def __init__(self, day, status, progress, comment, reported_by, illustrative):
        self.day = day
        self.status = status
        self.progress = progress
        self.comment = comment
        self.reported_by = reported_by
        self.illustrative = illustrative

    def row(self, measure_id: str) -> list[object]:
        return [
            measure_id,
            self.day.isoformat(),
            self.status,
            self.progress,
            self.comment,
            self.reported_by,
            "true" if self.illustrative else "false",
        ]


def check_update(mid: str, status: str, progress: int) -> None:
    if status not in STATUSES:
        raise ValueError(f"{mid}: unknown status {status}")
    if not 0 <= progress <= 100:
        raise ValueError(f"{mid}: progress {progress} outside 0..100")
    if status == "done" and progress != 100:
        raise ValueError(f"{mid}: done needs progress 100")
    if status == "not_started" and progress != 0:
        raise ValueError(f"{mid}: not_started needs progress 0")
    if status in ACTIVE and progress == 100:
        raise ValueError(f"{mid}: {status} with progress 100")


# Collective roles own measures but do not file status reports themselves.
REPORTS_FOR = {
    "Styret": "Administrerende direktør",
    "Alle ansatte": None,  # None: the organisation's coordinator
    "Alle ledernivå og tillitsvalgte": None,
    "Rådsmedlemmene": None,
    "Arbeidsgruppe i Rådet": None,
}


def reporter(org: str, owner_name: str, rng: random.Random) -> str:
    if owner_name in REPORTS_FOR:
        if rng.random() < 0.3:
            return COORDINATOR[org]
        return REPORTS_FOR[owner_name] or COORDINATOR[org]
    if org == "ho21":
        if owner_name == COORDINATOR[org] or rng.random() < 0.5:
            return COORDINATOR[org]
        return owner_name
    return owner_name if rng.random() < 0.8 else COORDINATOR[org]


def fillers(
    a: Update, b: Update, rng: random.Random, org: str, owner: str, used: set[str]
) -> list[Update]:
    """Short follow-up updates between two milestones more than 60 days apart."""
    if a.status not in ACTIVE:
        return []
    gap = (b.day - a.day).days
    count = math.ceil(gap / 60) - 1 if gap > 60 else 0
    out: list[Update] = []
    last_day, last_progress = a.day, a.progress
    for i in range(1, count + 1):
        target = a.day + timedelta(days=round(gap * i / (count + 1)) + rng.randint(-4, 4))
        lo = last_day + timedelta(days=14)
        hi = b.day - timedelta(days=14)
        if lo > hi:
            break
        day = working_day(min(max(target, lo), hi), lo, hi)
        if day is None:
            continue
        frac = (day - a.day).days / gap
        progress = round5(a.progress + frac * (b.progress - a.progress))
        progress = max(last_progress, min(progress, b.progress, 95))
        comment = None
        if rng.random() < 0.25:
            fresh = [c for c in FILLER_COMMENTS[a.status] if c not in used]
            if fresh:
                comment = rng.choice(fresh)
                used.add(comment)
        out.append(Update(day, a.status, progress, comment, reporter(org, owner, rng), True))
        last_day, last_progress = day, progress
    return out


def build_history(
    measure: dict[str, str],
    org: str,
    owner_name: str,
    recorded: list[dict[str, str]],
) -> list[Update]:
    mid = measure["measure_id"]
    rng = random.Random(f"{SEED}:status:{mid}")
    start = date.fromisoformat(measure["start"])
    cutoff = CUTOFF[org]

    rec = [
        Update(
            date.fromisoformat(r["date"]),
            r["status"],
            int(r["progress"]),
            r["comment"] or None,
            r["reported_by"],
            False,
        )
        for r in recorded
    ]
    limit = rec[0].day - timedelta(days=1) if rec else cutoff

    milestones: list[Update] = []
    lo = start
    for when, status, progress, comment in SCENARIOS.get(mid, []):
        check_update(mid, status, progress)
        day = resolve_date(when, rng, lo, limit)
        milestones.append(
            Update(day, status, progress, comment, reporter(org, owner_name, rng), True)
        )
        lo = day + timedelta(days=1)

    chain = milestones + rec[:1]
    history: list[Update] = []
    used_comments: set[str] = set()
    for a, b in itertools.pairwise(chain):
        history.append(a)
        history.extend(fillers(a, b, rng, org, owner_name, used_comments))
    if milestones and not rec:
        history.append(milestones[-1])
    history.extend(rec)

    # Consistency checks: the history must read as one believable story.
    previous: Update | None = None
    for u in history:
        check_update(mid, u.status, u.progress)
        if u.day < start or u.day > cutoff:
            raise ValueError(f"{mid}: update {u.day} outside {start}..{cutoff}")
        if previous is not None:
            if u.day <= previous.day:
                raise ValueError(f"{mid}: dates not increasing at {u.day}")
            if previous.status in FINAL:
                raise ValueError(f"{mid}: update after {previous.status}")
            if u.progress < previous.progress:
                raise ValueError(f"{mid}: progress decreases at {u.day}")
            if u.status == "cancelled" and u.progress != previous.progress:
                raise ValueError(f"{mid}: cancelled must keep the last progress")
        previous = u
    return history


def month_starts(first: tuple[int, int], last: tuple[int, int]) -> list[date]:
    out = []
    year, month = first
    while (year, month) <= last:
        out.append(date(year, month, 1))
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return out


def month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def poisson(rng: random.Random, lam: float) -> int:
    threshold = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= threshold:
            return k
        k += 1


def key(d: date) -> str:
    return d.strftime("%Y-%m")


class MetricSink:
    def __init__(self) -> None:
        self.rows: list[tuple] = []

    def add(self, channel, d, metric, value, audience=None, goal=None) -> None:
        if metric not in METRICS:
            raise ValueError(f"unknown metric {metric}")
        value = round(value)
        if value < 0:
            raise ValueError(f"negative value for {channel} {metric}")
        self.rows.append((channel, d, metric, value, audience or "", goal or ""))


def traffic(
    sink, rng, channel, months, base, growth, ratio, goal=None, boost=None, seasonal=SEASON.get
):
    boost = boost or {}
    for i, d in enumerate(months):
        level = base * (1 + growth) ** i * seasonal(d.month)
        level *= boost.get(key(d), 1.0) * rng.uniform(0.93, 1.07)
        visitors = round(level)
        sink.add(channel, d, "visitors", visitors, goal=goal)
        sink.add(channel, d, "pageviews", visitors * rng.uniform(*ratio))


def social(
    sink,
    rng,
    channel,
    months,
    followers,
    follower_step,
    impressions,
    growth,
    reach_share,
    posts=None,
    goal_metric=None,
    goal=None,
    dip=None,
):
    dip = dip or {}
    for i, d in enumerate(months):
        factor = dip.get(key(d), 1.0)
        followers += rng.randint(*follower_step)
        sink.add(channel, d, "followers", followers)
        imp = impressions * (1 + growth) ** i * soft_season(d.month) * factor
        imp *= rng.uniform(0.85, 1.15)
        sink.add(
            channel, d, "impressions", imp, goal=goal if goal_metric == "impressions" else None
        )
        sink.add(
            channel,
            d,
            "reach",
            imp * rng.uniform(*reach_share),
            goal=goal if goal_metric == "reach" else None,
        )
        if posts:
            n = rng.randint(*posts) * soft_season(d.month) * factor
            sink.add(channel, d, "posts", max(1, n))


def newsletter(sink, rng, channel, months, subscribers, step):
    for d in months:
        subscribers += rng.randint(*step)
        sink.add(channel, d, "subscribers", subscribers)
        if d.month == 7:
            continue  # no newsletter in July
        opens = subscribers * rng.uniform(0.42, 0.50)
        sink.add(channel, d, "opens", opens)
        sink.add(channel, d, "clicks", opens * rng.uniform(0.11, 0.17))


def mentions(
    sink, rng, channel, months, lam_by_year, goal=None, boost=None, minimum=None, cap=None
):
    boost = boost or {}
    minimum = minimum or {}
    for d in months:
        lam = lam_by_year[d.year] * (0.5 if d.month == 7 else 1.0)
        lam *= boost.get(key(d), 1.0)
        n = max(poisson(rng, lam), minimum.get(key(d), 0))
        if cap is not None:
            n = min(n, cap)
        sink.add(channel, d, "mentions", n, goal=goal)


def events(sink, rng, channel, months, plan, goals=None):
    goals = goals or {}
    wanted = {key(d): d for d in months}
    for month, split in plan.items():
        if month not in wanted:
            continue
        for audience, mean in split.items():
            value = mean * rng.uniform(0.85, 1.15)
            sink.add(channel, wanted[month], "participants", value, audience, goals.get(audience))


def meetings(sink, rng, channel, months, audience, mean, per_month=None, skip=(), goal=None):
    per_month = per_month or {}
    for d in months:
        if d.month in skip:
            continue
        level = per_month.get(d.month, mean)
        sink.add(channel, d, "participants", level * rng.uniform(0.9, 1.1), audience, goal)


def build_metrics(channels: dict[str, dict[str, str]]) -> list[tuple]:
    sink = MetricSink()

    def ctx(channel_id):
        if channel_id not in channels:
            raise ValueError(f"unknown channel {channel_id}")
        org = channels[channel_id]["organisation_id"]
        months = month_starts(*METRIC_MONTHS[org])
        return random.Random(f"{SEED}:metrics:{channel_id}"), months

    # --- Helseinnovasjonssenteret ---
    rng, ms = ctx("his-nettside")
    traffic(
        sink,
        rng,
        "his-nettside",
        ms,
        4100,
        0.010,
        (2.2, 2.7),
        goal="his-g1",
        boost={"2025-10": 1.06},
    )
    rng, ms = ctx("his-sosiale-kanaler")
    social(
        sink,
        rng,
        "his-sosiale-kanaler",
        ms,
        1650,
        (18, 40),
        14000,
        0.012,
        (0.42, 0.55),
        posts=(8, 14),
        goal_metric="impressions",
        goal="his-g2",
        dip={"2025-11": 0.8, "2025-12": 0.65},
    )
    rng, ms = ctx("his-nyhetsbrev")
    newsletter(sink, rng, "his-nyhetsbrev", ms, 430, (12, 24))
    rng, ms = ctx("his-media")
    mentions(sink, rng, "his-media", ms, {2025: 3.1, 2026: 3.9}, goal="his-g6", cap=8)
    rng, ms = ctx("his-arrangement-og-konferanser")
    events(
        sink,
        rng,
        "his-arrangement-og-konferanser",
        ms,
        {
            "2025-03": {"his-helsetjenesten": 55, "his-innbyggerne": 30},
            "2025-05": {"his-helsetjenesten": 20, "his-innbyggerne": 140},
            "2025-06": {"his-helsetjenesten": 45, "his-innbyggerne": 35},
            "2025-09": {"his-helsetjenesten": 120, "his-innbyggerne": 60},
            "2025-10": {"his-helsetjenesten": 15, "his-innbyggerne": 85},
            "2025-11": {"his-helsetjenesten": 65, "his-innbyggerne": 40},
            "2026-02": {"his-helsetjenesten": 50, "his-innbyggerne": 20},
            "2026-04": {"his-helsetjenesten": 25, "his-innbyggerne": 55},
            "2026-06": {"his-helsetjenesten": 70, "his-innbyggerne": 30},
            "2026-09": {"his-helsetjenesten": 130, "his-innbyggerne": 35},
        },
        goals={"his-innbyggerne": "his-g3", "his-helsetjenesten": "his-g4"},
    )
    rng, ms = ctx("his-foredrag")
    events(
        sink,
        rng,
        "his-foredrag",
        ms,
        {
            "2025-02": {
                "his-helsetjenesten": 40,
                "his-forsknings-og-utdanningsinstitusjoner": 25,
            },
            "2025-04": {"his-helsetjenesten": 60},
            "2025-10": {
                "his-helsetjenesten": 30,
                "his-forsknings-og-utdanningsinstitusjoner": 80,
            },
            "2025-11": {"his-helsetjenesten": 45},
            "2026-01": {"his-politisk-administrativ-ledelse": 35},
            "2026-03": {
                "his-helsetjenesten": 70,
                "his-forsknings-og-utdanningsinstitusjoner": 20,
            },
            "2026-06": {"his-helsetjenesten": 50},
            "2026-09": {
                "his-helsetjenesten": 90,
                "his-politisk-administrativ-ledelse": 25,
            },
            "2026-10": {"his-forsknings-og-utdanningsinstitusjoner": 60},
        },
    )
    rng, ms = ctx("his-internmoter")
    meetings(sink, rng, "his-internmoter", ms, "his-ansatte", 52, per_month={7: 12, 12: 34})
    rng, ms = ctx("his-teams-intern")
    meetings(sink, rng, "his-teams-intern", ms, "his-ansatte", 14, skip=(7,))
    rng, ms = ctx("his-faglige-tidsskrift")
    for d in ms:
        n = rng.choices((0, 1, 2), weights=(55, 35, 10))[0]
        sink.add("his-faglige-tidsskrift", d, "posts", n)

    # --- HelseOmsorg21-rådet ---
    rng, ms = ctx("ho21-nettside")
    traffic(
        sink,
        rng,
        "ho21-nettside",
        ms,
        2300,
        0.012,
        (1.8, 2.3),
        goal="ho21-g7",
        boost={"2021-06": 1.2, "2021-10": 1.2, "2021-11": 1.15},
    )
    rng, ms = ctx("ho21-monitoren-facebook")
    social(
        sink,
        rng,
        "ho21-monitoren-facebook",
        ms,
        1150,
        (8, 20),
        5200,
        0.010,
        (0.45, 0.60),
        goal_metric="reach",
        goal="ho21-g6",
    )
    rng, ms = ctx("ho21-linkedin")
    social(sink, rng, "ho21-linkedin", ms, 420, (10, 25), 2500, 0.020, (0.40, 0.55))
    rng, ms = ctx("ho21-twitter")
    social(sink, rng, "ho21-twitter", ms, 860, (2, 9), 3000, 0.0, (0.35, 0.50))
    rng, ms = ctx("ho21-media")
    mentions(
        sink,
        rng,
        "ho21-media",
        ms,
        {2020: 0.9, 2021: 1.1},
        goal="ho21-g7",
        boost={"2021-06": 2.0, "2021-10": 2.0, "2021-11": 2.5},
        minimum={"2021-11": 1},
    )
    rng, ms = ctx("ho21-dialogmoter-og-seminarer")
    events(
        sink,
        rng,
        "ho21-dialogmoter-og-seminarer",
        ms,
        {
            "2021-06": {"ho21-helse-og-omsorgstjenestene": 28, "ho21-naeringslivet": 14},
            "2021-10": {"ho21-kommunal-sektor": 26, "ho21-naeringslivet": 15},
        },
        goals={
            "ho21-helse-og-omsorgstjenestene": "ho21-g1",
            "ho21-kommunal-sektor": "ho21-g1",
            "ho21-naeringslivet": "ho21-g1",
        },
    )
    rng, ms = ctx("ho21-radsmoter")
    council = {(2020, m) for m in (2, 4, 6, 9, 11)} | {(2021, m) for m in (2, 3, 4, 6, 9, 11)}
    for d in ms:
        if (d.year, d.month) not in council:
            continue
        value = 7 if (d.year, d.month) == (2021, 9) else rng.randint(9, 15)
        sink.add("ho21-radsmoter", d, "participants", value, "ho21-radets-medlemmer")

    # --- Tynset kommune ---
    rng, ms = ctx("tynset-hjemmeside")
    new_site = {key(d): 1.12 for d in ms if d >= date(2025, 11, 1)}
    traffic(
        sink,
        rng,
        "tynset-hjemmeside",
        ms,
        16500,
        0.004,
        (2.7, 3.2),
        goal="tynset-g2",
        boost=new_site,
        seasonal=soft_season,
    )
    rng, ms = ctx("tynset-sosiale-medier")
    social(
        sink,
        rng,
        "tynset-sosiale-medier",
        ms,
        5200,
        (20, 55),
        62000,
        0.008,
        (0.48, 0.60),
        posts=(12, 22),
        goal_metric="reach",
        goal="tynset-g1",
    )
    rng, ms = ctx("tynset-tradisjonell-media")
    mentions(sink, rng, "tynset-tradisjonell-media", ms, {2025: 18, 2026: 19})
    rng, ms = ctx("tynset-informasjonsblad")
    for d in ms:
        if d.month in (3, 6, 9, 12):
            sink.add(
                "tynset-informasjonsblad", d, "reach", rng.randint(2950, 3010), goal="tynset-g2"
            )
    rng, ms = ctx("tynset-direktesending-kommunestyre")
    for d in ms:
        if d < date(2025, 5, 1) or d.month not in (2, 3, 5, 6, 9, 10, 11, 12):
            continue
        viewers = rng.randint(180, 420) * (1.5 if d.month == 12 else 1.0)
        sink.add("tynset-direktesending-kommunestyre", d, "reach", viewers, goal="tynset-g2")
    rng, ms = ctx("tynset-personalmoter")
    meetings(
        sink,
        rng,
        "tynset-personalmoter",
        ms,
        "tynset-ansatte",
        380,
        per_month={7: 60, 8: 300, 12: 220},
    )
    rng, ms = ctx("tynset-ledermoter")
    meetings(sink, rng, "tynset-ledermoter", ms, "tynset-ledere", 32, per_month={12: 20}, skip=(7,))
    rng, ms = ctx("tynset-ansikt-til-ansikt")
    events(
        sink,
        rng,
        "tynset-ansikt-til-ansikt",
        ms,
        {
            m: {"tynset-brukere-av-tjenestene": mean}
            for m, mean in (
                ("2025-03", 35),
                ("2025-06", 25),
                ("2025-09", 50),
                ("2025-11", 30),
                ("2026-02", 45),
                ("2026-05", 20),
                ("2026-08", 40),
                ("2026-10", 30),
            )
        },
        goals={"tynset-brukere-av-tjenestene": "tynset-g3"},
    )

    # --- Helsedirektoratet (survey results: data/demo/survey_results.csv) ---
    rng, ms = ctx("hdir-helsedirektoratet-no")
    traffic(sink, rng, "hdir-helsedirektoratet-no", ms, 118000, 0.012, (2.4, 3.0), goal="hdir-g1")
    rng, ms = ctx("hdir-helsenorge")
    traffic(sink, rng, "hdir-helsenorge", ms, 950000, 0.008, (1.8, 2.3), goal="hdir-g1")
    rng, ms = ctx("hdir-media")
    mentions(sink, rng, "hdir-media", ms, {2026: 105}, goal="hdir-g5")
    rng, ms = ctx("hdir-intranettet")
    traffic(sink, rng, "hdir-intranettet", ms, 980, 0.004, (3.0, 4.0), goal="hdir-g7")
    # --- Helse Midt-Norge ---
    rng, ms = ctx("hmn-nettsider")
    traffic(
        sink,
        rng,
        "hmn-nettsider",
        ms,
        52000,
        0.012,
        (1.8, 2.3),
        goal="hmn-g3",
        boost={"2026-10": 1.25},
    )
    rng, ms = ctx("hmn-virksomhetsportalen")
    traffic(sink, rng, "hmn-virksomhetsportalen", ms, 21000, 0.004, (3.0, 3.8), goal="hmn-g7")
    rng, ms = ctx("hmn-media")
    mentions(sink, rng, "hmn-media", ms, {2026: 60}, goal="hmn-g1")

    return sorted(sink.rows, key=lambda r: (r[0], r[1], r[2], r[4]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--demo",
        type=Path,
        default=Path("data/demo"),
        help="folder with the hand-authored demo CSVs",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="folder for the generated CSVs (default: --demo)"
    )
    args = parser.parse_args(argv)
    demo: Path = args.demo
    out: Path = args.out if args.out is not None else demo

    plans = {r["plan_id"]: r for r in read_csv(demo / "plans.csv")}
    goals = {r["goal_id"]: r for r in read_csv(demo / "goals.csv")}
    owners = {r["owner_id"]: r for r in read_csv(demo / "owners.csv")}
    channels = {r["channel_id"]: r for r in read_csv(demo / "channels.csv")}
    measures = read_csv(demo / "measures.csv")
    recorded_rows = read_csv(demo / "status_updates_recorded.csv")

    measure_ids = {m["measure_id"] for m in measures}
    unknown = (set(SCENARIOS) | NO_UPDATES) - measure_ids
    unknown |= {r["measure_id"] for r in recorded_rows} - measure_ids
    if unknown:
        raise ValueError(f"unknown measures: {sorted(unknown)}")

    recorded: dict[str, list[dict[str, str]]] = {}
    for r in recorded_rows:
        recorded.setdefault(r["measure_id"], []).append(r)
    for rows in recorded.values():
        rows.sort(key=lambda r: r["date"])

    status_rows: list[list[object]] = []
    for m in sorted(measures, key=lambda m: m["measure_id"]):
        mid = m["measure_id"]
        covered = mid in SCENARIOS or mid in recorded or mid in NO_UPDATES
        if not covered:
            raise ValueError(f"{mid}: no scenario, no recorded updates, not in NO_UPDATES")
        org = plans[goals[m["goal_id"]]["plan_id"]]["organisation_id"]
        owner_name = owners[m["owner_id"]]["name"]
        status_rows.extend(
            u.row(mid) for u in build_history(m, org, owner_name, recorded.get(mid, []))
        )

    metric_rows = [
        [ch, d.isoformat(), month_end(d).isoformat(), metric, value, aud, goal, "true"]
        for ch, d, metric, value, aud, goal in build_metrics(channels)
    ]

    write_csv(out / "status_updates.csv", STATUS_HEADER, status_rows)
    write_csv(out / "channel_metrics.csv", METRIC_HEADER, metric_rows)
    print(
        f"wrote {len(status_rows)} status updates and {len(metric_rows)} channel figures to {out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
