"""Every strategy in ../shared/seeds/ is a demo plan, checked against its document's goal
titles: each title below is read in the document (as the document writes it, line breaks
aside) and is a goal of the plan, in the document's order.

Seed 002 (Helsedirektoratet) becomes the plan ``hdir-2026`` in another branch of issue
14: its row is skipped only while the demo has no such plan, and checked as soon as it has.
"""

from __future__ import annotations

import re

import pytest

from dashboard import queries
from tests.helpers import SEEDS

#: seed file, its plan, and the goals the document names, as it names them.
STRATEGIES = [
    (
        "000_568ecda0c27f1657.txt",  # §7: "Mål: …" closes each block
        "his-2025",
        [
            "Tydeligere profil",
            "Vise konkret samfunnsverdi",
            "Innbyggerdialog",
            "Nærhet til behovene",
            "Faglig gjennomføringskraft",
            "Nasjonal oppmerksomhet",
        ],
    ),
    (
        "001_3aacd9be7fdf98da.txt",  # "Mål for kommunikasjonsarbeidet", seven bullets
        "hmn-2026",
        [
            "gjøre egen organisasjon, samarbeidspartnere og befolkningen kjent med prosesser "
            "og beslutninger i rett tid",
            "bidra til at arbeidet med Pasientsikkerhet, effektivisering og "
            "virksomhetsutvikling og innføring av eHelse forankres på alle nivåer internt og "
            "kommuniseres godt eksternt",
            "innfri krav om kvalitet, god tilgjengelighet og bidra til åpenhet i tråd med "
            "føringene i den statlige kommunikasjonspolitikken",
            "planlegge og gjennomføre kommunikasjonstiltak på tvers i regionen for å innfri "
            "strategimål og felles prosjekter/program",
            "bidra til trygghet og mestring hos pasienter, pårørende og ansatte",
            "bidra til ledelse som engasjerer de ansatte for å jobbe sammen mot felles mål",
            "bidra til å gjøre Helse Midt-Norge til en attraktiv arbeidsplass",
        ],
    ),
    (
        "002_93ec1ba505dccddd.txt",  # "Satsingsområder" of the 2012–2014 strategy
        "hdir-2026",
        [
            "Elektronisk kommunikasjon er den primære kanalen",
            "Mer dialog og brukermedvirkning",
            "Enhetlig og tydelig informasjon",
            "Kompetanseutvikling",
            "Mediearbeid",
            "Bedre kunnskap om effekt av kommunikasjonstiltak",
            "Bedre internkommunikasjon",
        ],
    ),
    (
        "003_301d21e1e0c46b01.txt",  # Sak 51/6/2021: the action plan's five areas
        "ho21-2020",
        [
            "Hjemmemarked, næringsutvikling og innovative anskaffelser",
            "Bærekraft i helsetjenesten",
            "Teknologi og digitalisering",
            "Et kunnskapsløft for kommunene",
            "Kliniske studier som en integrert del av helsetjenesten",
        ],
    ),
    (
        "004_1853e7a840adb70a.txt",  # the grid's goals
        "tynset-2025",
        [
            "Vi skal opptre som gode ambassadører for Tynset kommune",
            "Informasjon om Tynset kommune skal være lett tilgjengelig, brukervennlig og relevant",
            "Alle ansatte skal ta medansvar for gode kommunikasjonsprosesser",
        ],
    ),
]


def _plain(text: str) -> str:
    """Case and line breaks aside (the seeds are text taken out of PDFs)."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def test_the_table_covers_every_seed_document():
    if SEEDS is None:
        pytest.skip("seed documents not available")
    files = sorted(p.name for p in SEEDS.glob("[0-9][0-9][0-9]_*.txt"))
    assert files == [row[0] for row in STRATEGIES]


@pytest.mark.parametrize(("seed", "plan_id", "titles"), STRATEGIES, ids=[s[1] for s in STRATEGIES])
def test_each_strategy_is_a_demo_plan_with_its_documents_goals(demo_db, seed, plan_id, titles):
    plans = queries.plans(demo_db)
    assert plan_id in set(plans["id"]), f"{seed} is not a demo plan"
    source = plans.set_index("id").loc[plan_id, "source_document"]
    assert source == seed
    if SEEDS is not None:
        document = _plain((SEEDS / seed).read_text(encoding="utf-8"))
        for title in titles:
            assert _plain(title) in document, f"not in {seed}: {title}"
    goals = [_plain(g) for g in queries.goals(demo_db, plan_id)["title"]]
    found = []
    for title in titles:
        wanted = _plain(title)
        hits = [i for i, goal in enumerate(goals) if goal == wanted]
        assert hits, f"{plan_id} has no goal «{title}»"
        found.append(hits[0])
    assert found == sorted(found), f"{plan_id}: goals not in the document's order"
