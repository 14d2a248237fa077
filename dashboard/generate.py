"""A deterministic generator of large plans, for benchmarks and smoke tests.

``python -m dashboard generate --scale L --db PATH`` fills an empty database with
a fictional health region: organisations (a regional health authority and its
hospital trusts), plans (some under a regional parent plan), goals with outcome
targets, owners (roles, never people), channels, target groups, measures, years of
status history, daily channel figures and recorded board meetings with their
snapshots. Everything goes through the product's own schema, every reference
points at a row that exists, and the same seed gives the same database contents.

The small tables are built with numpy (seeded) and registered as frames; the big
ones (status updates, channel figures) are generated inside DuckDB with
hash-based pseudo-random numbers (``dashboard/sql/generate_*.sql``), never with a
Python loop over rows.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard import meetings
from dashboard.db import Database, DatabaseError, identifier, load_sql, open_database, run_script
from dashboard.demo import load_demo
from dashboard.refusal import Refused

#: The last day of generated history; views of it should use a 'today' just after.
HISTORY_END = dt.date(2026, 11, 16)
#: A 'today' to look at generated data from (PLANPULS_TODAY), as the tests do for the demo.
TODAY = dt.date(2026, 11, 23)
#: The first day of the plans' periods.
PLANS_START = dt.date(2019, 1, 1)
GENERATED_BY = "generator"


@dataclass(frozen=True)
class Scale:
    """How much to generate: plans, measures (largest plan's share), updates, figures."""

    name: str
    plans: int
    measures: int
    largest: int
    updates: int
    metrics: int
    #: Meetings recorded for the largest plan, and for every fourth of the others.
    meetings_largest: int = 3
    meetings_other: int = 1


SCALES: dict[str, Scale] = {
    s.name: s
    for s in (
        # For the default test run: every page and report must open in seconds on it.
        Scale("tiny", 3, 45, 24, 500, 3_000, 2),
        Scale("S", 4, 400, 160, 20_000, 80_000),
        Scale("M", 10, 2_500, 400, 125_000, 500_000),
        Scale("L", 20, 10_000, 800, 500_000, 2_000_000),
        Scale("XL", 20, 10_000, 800, 2_000_000, 8_000_000),
    )
}
#: What ``--scale`` accepts: the generated scales and the product's own demo.
SCALE_NAMES: tuple[str, ...] = ("demo", *SCALES)


class GenerateRefused(Refused):
    """The database cannot be filled (it is not empty); ``generate.<code>`` says what to do."""

    prefix = "generate."


# --- Words (Norwegian, fictional organisations, roles never people) ----------

ORGANISATIONS = (
    ("hvf", "Helse Vestfjord RHF"),
    ("fjs", "Fjordbyen sykehus HF"),
    ("nls", "Nordlandet sykehus HF"),
    ("dls", "Dalen sykehus HF"),
    ("kys", "Kystsykehuset HF"),
)
ROLES = (
    "Kommunikasjonsdirektør", "Kommunikasjonssjef", "Kommunikasjonsrådgiver",
    "Seniorrådgiver kommunikasjon", "Webredaktør", "Redaktør for intranett",
    "Pressevakt", "Fagdirektør", "Samhandlingssjef", "HR-direktør",
    "Klinikksjef medisin", "Klinikksjef kirurgi", "Klinikksjef psykisk helsevern",
    "Forskningssjef", "Innovasjonsleder", "Brukerrådgiver", "Pasientsikkerhetsrådgiver",
    "Beredskapsleder", "Digitaliseringsleder", "Prosjektleder nytt sykehus",
    "Sekretariatet", "Styresekretær", "Ungdomsrådets koordinator", "Rekrutteringsansvarlig",
)  # fmt: skip
#: (name, scope, family); the family decides which metrics a channel has.
CHANNELS = (
    ("Nettside", "external", "web"), ("Intranett", "internal", "web"),
    ("Nyhetsbrev", "external", "newsletter"), ("Internt nyhetsbrev", "internal", "newsletter"),
    ("LinkedIn", "external", "social"), ("Facebook", "external", "social"),
    ("Instagram", "external", "social"), ("Media", "external", "media"),
    ("Arrangement", "external", "event"), ("Allmøter", "internal", "event"),
    ("Podkast", "external", "podcast"), ("Teams", "internal", "social"),
)  # fmt: skip
FAMILY_METRICS = {
    "web": ("visitors", "pageviews"),
    "newsletter": ("subscribers", "opens", "clicks"),
    "social": ("reach", "impressions", "followers", "posts"),
    "media": ("mentions", "reach"),
    "event": ("participants",),
    "podcast": ("reach", "followers"),
}
STOCK = frozenset({"subscribers", "followers"})
#: A typical daily value per metric (flows) or starting level (stocks).
METRIC_BASE = {
    "visitors": 2500, "pageviews": 7000, "subscribers": 4000, "opens": 600, "clicks": 90,
    "reach": 5000, "impressions": 12000, "followers": 3000, "posts": 2, "mentions": 4,
    "participants": 40,
}  # fmt: skip
AUDIENCES = (
    ("Innbyggere", "external"), ("Pasienter og pårørende", "external"),
    ("Helsetjenesten", "external"), ("Fastleger", "external"), ("Kommunene", "external"),
    ("Media", "external"), ("Brukerutvalget", "external"), ("Ansatte", "internal"),
    ("Ledere", "internal"), ("Styret", "internal"), ("Eiere", "internal"),
)  # fmt: skip
GOALS = (
    ("Tydeligere profil", "Regionen skal være kjent for hva den gjør og hvorfor."),
    ("Tillit i befolkningen", "Innbyggerne skal ha tillit til helsetjenestene i regionen."),
    ("Gode pasientforløp forklart", "Pasienter og pårørende skal forstå forløpet sitt."),
    ("Stolte medarbeidere", "Ansatte skal kjenne målene og være stolte av arbeidsplassen."),
    ("Rekruttering og kompetanse", "Vi skal nå kandidatene vi trenger i årene som kommer."),
    ("Samhandling med kommunene", "Kommunene og fastlegene skal få vite det de trenger, når de "
                                  "trenger det."),
    ("Nytt sykehus i rute", "Byggeprosjektet skal være åpent om framdrift og valg."),
    ("Beredskap og krisekommunikasjon", "Vi skal kommunisere raskt og riktig i en krise."),
    ("Digitale tjenester i bruk", "Flere skal bruke de digitale innbyggertjenestene."),
    ("Forskning og innovasjon synlig", "Resultater fra forskning skal nå fram til fagfolk og "
                                       "allmennheten."),
    ("Åpenhet om prioriteringer", "Beslutninger om prioritering skal forklares åpent."),
    ("Brukermedvirkning", "Brukerne skal være med når tjenestene endres."),
)  # fmt: skip
VERBS = (
    "Lage", "Gjennomføre", "Utvikle", "Revidere", "Lansere", "Følge opp", "Planlegge",
    "Evaluere", "Oppdatere", "Etablere", "Forankre", "Publisere",
)  # fmt: skip
OBJECTS = (
    "filmserie om pakkeforløp", "kampanje for organdonasjon", "nyhetsbrev til fastlegene",
    "informasjon om ventetider", "artikkelserie om forskning", "ny struktur på nettsiden",
    "lederforum for kommunikasjon", "opplæring i klarspråk", "beredskapsplan for kommunikasjon",
    "medieplan for nytt sykehus", "podkast om psykisk helse", "innbyggerundersøkelse",
    "rekrutteringskampanje for sykepleiere", "intranettside for nyansatte",
    "informasjonsmøter i kommunene", "pasientreiser forklart på nett",
    "arrangement for brukerutvalget", "kanalstrategi for sosiale medier",
    "budskapsplattform", "visuell profil", "årsrapport på nett", "allmøter i klinikkene",
    "maler for pasientbrev", "kommunikasjon om digital innbyggertjeneste",
)  # fmt: skip
PLAN_KINDS = (
    ("Kommunikasjonsplan {year}", "year"),
    ("Kommunikasjonsplan {half}. halvår {year}", "half"),
    ("Programplan for kommunikasjon {start_year}–{year}", "programme"),
)
#: Comments by the status they come with (Norwegian, as owners write them).
COMMENTS = {
    "not_started": (
        "Oppstart når budsjettet er vedtatt.", "Venter på avklaring med ledelsen.",
        "Planlagt oppstart neste kvartal.",
    ),
    "on_track": (
        "Arbeidet går etter planen.", "Første utkast er sendt på høring internt.",
        "Innholdet er klart, publisering neste uke.", "Godt oppmøte på møtene så langt.",
        "Samarbeidet med klinikkene fungerer godt.", "Tallene for siste måned er lagt inn.",
        "Referansegruppen har gitt innspill, vi justerer.", "Leverandøren er valgt.",
    ),
    "at_risk": (
        "Knapp kapasitet i kommunikasjonsavdelingen.", "Avhenger av svar fra kommunene.",
        "Budsjettet er ikke avklart for neste år.", "Sykefravær i teamet forsinker arbeidet.",
    ),
    "delayed": (
        "Utsatt til etter sommeren.", "Venter på godkjenning fra direktøren.",
        "Leverandøren er forsinket.", "Omprioritert på grunn av beredskapssituasjonen.",
    ),
    "done": (
        "Gjennomført som planlagt.", "Levert og evaluert.", "Ferdig, erfaringene deles i "
        "neste ledermøte.",
    ),
    "cancelled": (
        "Avbrutt etter ny prioritering i ledergruppen.", "Erstattet av et felles regionalt "
        "tiltak.",
    ),
}  # fmt: skip


_SPELL_OUT = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "–": "-"})


def slug(text: str) -> str:
    """A lowercase id part from a Norwegian name (æøå folded)."""
    folded = text.lower().translate(_SPELL_OUT)
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


# --- The small tables --------------------------------------------------------


def _plans(scale: Scale, rng: np.random.Generator) -> pd.DataFrame:
    """Plan rows with their organisation, period, cadence, size and number of goals."""
    n = scale.plans
    orgs = [ORGANISATIONS[i % len(ORGANISATIONS)][0] for i in range(n)]
    rows = []
    for i in range(n):
        if i == 0:  # the regional strategy above the others: the largest plan
            name, start, end, parent = (
                f"Regional kommunikasjonsstrategi {PLANS_START.year}–2026",
                PLANS_START,
                dt.date(2026, 12, 31),
                None,
            )
        else:  # a yearly, a half-yearly (under the regional plan) or a programme plan
            template, kind = PLAN_KINDS[i % len(PLAN_KINDS)]
            year = 2026 - (i // len(PLAN_KINDS)) % 6
            half = 1 + (i // 2) % 2
            if kind == "year":
                start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            elif kind == "half":
                start = dt.date(year, 1 if half == 1 else 7, 1)
                end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
            else:
                start, end = dt.date(year - 3, 1, 1), dt.date(year, 12, 31)
            name = template.format(year=year, half=half, start_year=start.year)
            name = f"{name} – {dict(ORGANISATIONS)[orgs[i]]}"
            parent = "p00" if i % 3 == 1 else None
        rows.append((i, f"p{i:02d}", orgs[i], name, start, end, parent))
    plans = pd.DataFrame(
        rows, columns=["plan_index", "short", "organisation_id", "name", "start", "end", "parent"]
    )
    plans["id"] = plans["organisation_id"] + "-" + plans["short"]
    parent_ids = dict(zip(plans["short"], plans["id"], strict=True))
    plans["parent_id"] = plans["parent"].map(parent_ids)
    plans["measures"] = _split(scale.measures, scale.largest, n, rng)
    plans["goals"] = np.clip(plans["measures"] // 60 + 3, 3, 8).astype(int)
    plans["cadence_days"] = np.where(plans["plan_index"] % 4 == 0, 90, 60)
    return plans


def _split(total: int, largest: int, parts: int, rng: np.random.Generator) -> list[int]:
    """``parts`` sizes summing to ``total``, the first exactly ``largest``, the others smaller."""
    if parts == 1:
        return [total]
    rest = total - largest
    weights = rng.uniform(0.5, 1.5, parts - 1)
    cuts = np.floor(np.cumsum(weights) / weights.sum() * rest + 1e-9).astype(int)
    sizes = np.diff(np.concatenate([[0], cuts]))
    sizes[-1] += rest - sizes.sum()
    if sizes.max() >= largest or sizes.min() < 1:
        sizes = np.full(parts - 1, rest // (parts - 1))
        sizes[: rest - sizes.sum()] += 1
    return [largest, *sizes.tolist()]


def _dimension(orgs: list[str], names: tuple, scopes: list[str] | None = None) -> pd.DataFrame:
    rows = []
    for org in orgs:
        for index, name in enumerate(names):
            rows.append((f"{org}-{slug(name)}", org, name, index))
    frame = pd.DataFrame(rows, columns=["id", "organisation_id", "name", "idx"])
    if scopes is not None:
        frame["scope"] = scopes * len(orgs)
    return frame


def _measures(plans: pd.DataFrame, owners: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Measures of every plan: goal, owner, dates, weight and a title (vectorised)."""
    plan_of = np.repeat(plans.index.to_numpy(), plans["measures"].to_numpy())
    p = plans.iloc[plan_of].reset_index(drop=True)
    k = np.concatenate([np.arange(n) for n in plans["measures"]])
    n = len(k)
    start = pd.to_datetime(p["start"])
    end = pd.to_datetime(p["end"])
    last = np.minimum(end, pd.Timestamp(HISTORY_END))
    room = (last - start).dt.days.to_numpy() - 14
    start_offset = np.floor(rng.uniform(0, 0.8, n) * room).astype(int)
    m_start = start + pd.to_timedelta(start_offset, unit="D")
    due_room = (end - m_start).dt.days.to_numpy() - 14
    due_offset = 14 + np.floor(rng.uniform(0.05, 1.0, n) * due_room).astype(int)
    m_due = m_start + pd.to_timedelta(due_offset, unit="D")
    owners_per_org = owners.groupby("organisation_id").size()
    owner_idx = rng.integers(0, 1 << 30, n) % p["organisation_id"].map(owners_per_org).to_numpy()
    owner_ids = owners.set_index(["organisation_id", "idx"])["id"]
    goal_no = (k * p["goals"].to_numpy()) // p["measures"].to_numpy() + 1
    verbs = np.array(VERBS, dtype=object)[rng.integers(0, len(VERBS), n)]
    objects = np.array(OBJECTS, dtype=object)[rng.integers(0, len(OBJECTS), n)]
    return pd.DataFrame(
        {
            "id": p["id"] + "-t" + pd.Series(k + 1).astype(str).str.zfill(4),
            "plan_id": p["id"],
            "organisation_id": p["organisation_id"],
            "goal_id": p["id"] + "-g" + pd.Series(goal_no).astype(str),
            "title": pd.Series(verbs)
            + " "
            + pd.Series(objects)
            + " ("
            + pd.Series(k + 1).astype(str)
            + ")",
            "owner_id": owner_ids.reindex(
                pd.MultiIndex.from_arrays([p["organisation_id"], owner_idx])
            ).to_numpy(),
            "start_date": m_start.dt.date,
            "due_date": m_due.dt.date,
            "weight": rng.choice([1.0, 1.0, 1.0, 2.0, 3.0], n),
            "sort_order": k,
        }
    )


def _links(
    measures: pd.DataFrame, things: pd.DataFrame, column: str, rng: np.random.Generator
) -> pd.DataFrame:
    """One to three distinct channels (or audiences) of the measure's organisation each."""
    per_org = things.groupby("organisation_id").size()
    size = measures["organisation_id"].map(per_org).to_numpy()
    first = rng.integers(0, 1 << 30, len(measures)) % size
    count = rng.integers(1, 4, len(measures))
    rows = []
    for step in range(3):  # three vectorised passes, not a loop over rows
        chosen = count > step
        rows.append(
            pd.DataFrame(
                {
                    "measure_id": measures["id"].to_numpy()[chosen],
                    "organisation_id": measures["organisation_id"].to_numpy()[chosen],
                    "idx": ((first + step * 5) % size)[chosen],
                }
            )
        )
    links = pd.concat(rows).merge(things, on=["organisation_id", "idx"])
    return (
        links[["measure_id", "id"]]
        .rename(columns={"id": column})
        .drop_duplicates()
        .sort_values(["measure_id", column])
    )


def _goals(plans: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    rows = []
    for plan in plans.itertuples():  # a few dozen plans
        picks = rng.permutation(len(GOALS))[: plan.goals]
        for order, pick in enumerate(picks, start=1):
            title, description = GOALS[pick]
            rows.append((f"{plan.id}-g{order}", plan.id, title, description, order))
    return pd.DataFrame(rows, columns=["id", "plan_id", "title", "description", "sort_order"])


def _series(
    scale: Scale,
    channels: pd.DataFrame,
    audiences: pd.DataFrame,
    measures: pd.DataFrame,
    days: int,
) -> pd.DataFrame:
    """The daily figure series: (channel, metric, audience, campaign measure), balanced
    over the organisations, as many as needed for ``scale.metrics`` rows over ``days``
    (at least one per organisation)."""
    wanted = max(channels["organisation_id"].nunique(), math.ceil(scale.metrics / days))
    base: list[tuple[str, str, str, str | None]] = []
    family = {name: fam for name, _scope, fam in CHANNELS}
    for channel in channels.itertuples():
        for metric in FAMILY_METRICS[family[channel.name]]:
            org_audiences = (
                [None]
                if metric in STOCK
                else [
                    None,
                    *audiences.loc[audiences["organisation_id"] == channel.organisation_id, "id"],
                ]
            )
            base.extend(
                (channel.organisation_id, channel.id, metric, audience)
                for audience in org_audiences
            )
    pool = pd.DataFrame(base, columns=["organisation_id", "channel_id", "metric", "audience_id"])
    flows = pool[~pool["metric"].isin(STOCK)]
    campaigns = max(0, math.ceil((wanted - len(pool)) / max(len(flows), 1)))
    parts = [pool.assign(measure_id=None)]
    for c in range(campaigns):  # campaign figures: a flow series per measure
        org_measures = measures.groupby("organisation_id")["id"].apply(list)
        part = flows.copy()
        part["measure_id"] = [
            org_measures[org][(i * 7 + c * 13) % len(org_measures[org])]
            for i, org in enumerate(part["organisation_id"])
        ]
        parts.append(part)
    pool = pd.concat(parts, ignore_index=True)
    pool["rank"] = pool.groupby("organisation_id").cumcount()
    pool = pool.sort_values(["rank", "organisation_id"], kind="stable").head(wanted)
    pool = pool.reset_index(drop=True)
    pool["s"] = np.arange(len(pool))
    pool["stock"] = pool["metric"].isin(STOCK)
    spread = (1 + (pool["s"] * 37 % 100) / 50.0) / np.where(pool["audience_id"].isna(), 1, 6)
    pool["base"] = pool["metric"].map(METRIC_BASE) * spread
    pool["growth"] = (pool["s"] * 13 % 20) / 100.0
    goal_of = measures.set_index("id")["goal_id"]
    pool["goal_id"] = pool["measure_id"].map(goal_of)
    orgs = sorted(pool["organisation_id"].unique())
    pool["org_index"] = pool["organisation_id"].map({o: i for i, o in enumerate(orgs)})
    return pool


def _kpis(
    goals: pd.DataFrame, plans: pd.DataFrame, series: pd.DataFrame, rng: np.random.Generator
) -> pd.DataFrame:
    """One outcome target a year per goal, on a series its organisation has figures for."""
    by_id = {p.id: p for p in plans.itertuples()}
    top = series[series["audience_id"].isna() & series["measure_id"].isna()]
    options = {org: rows.to_dict("records") for org, rows in top.groupby("organisation_id")}
    rows = []
    for goal in goals.itertuples():  # a few hundred goals
        plan = by_id[goal.plan_id]
        choices = options.get(plan.organisation_id)
        if not choices:
            continue
        pick = choices[int(rng.integers(0, len(choices)))]
        for year in range(plan.start.year, plan.end.year + 1):
            start = max(plan.start, dt.date(year, 1, 1))
            end = min(plan.end, dt.date(year, 12, 31))
            days = (end - start).days + 1
            level = pick["base"] * (1 + pick["growth"] * (year - 2019))
            target = level * 1.1 if pick["stock"] else level * days * 1.05
            rows.append(
                (goal.id, pick["channel_id"], pick["metric"], round(target, -1), start, end, "up")
            )
    return pd.DataFrame(
        rows,
        columns=[
            "goal_id",
            "channel_id",
            "metric",
            "target",
            "period_start",
            "period_end",
            "direction",
        ],
    )


def _comments() -> pd.DataFrame:
    rows = [
        (status, idx, text, len(texts))
        for status, texts in COMMENTS.items()
        for idx, text in enumerate(texts)
    ]
    return pd.DataFrame(rows, columns=["status", "idx", "text", "count"])


# --- Writing -----------------------------------------------------------------


def _insert(cur, table: str, frame: pd.DataFrame) -> None:
    """Insert a frame whose columns are named as the table's (names from this module)."""
    ((known,),) = cur.execute(load_sql("table_columns"), {"table": table}).fetchall()
    names = {
        "table": identifier(table, TABLES),
        "columns": identifier(list(frame.columns), known or ()),
    }
    cur.register("gen_rows", frame)
    try:
        cur.execute(load_sql("generate_copy_rows", **names))
    finally:
        cur.unregister("gen_rows")


def _advance(cur, sequence: str, table: str) -> None:
    """Move a sequence past the explicit ids written, so later inserts do not collide."""
    top = cur.execute(load_sql("table_max_id", table=identifier(table, TABLES))).fetchone()[0]
    if top:
        cur.execute(load_sql("sequence_advance"), {"sequence": sequence, "n": int(top)})


def is_empty(db: Database) -> bool:
    """True when the database holds no plan, no batch and no account."""
    return not db.scalar(load_sql("database_used"))


def generate(db: Database, scale: str | Scale, seed: int = 1) -> dict[str, int]:
    """Fill an empty database with a scale (by name, or a Scale); return rows per table."""
    if not isinstance(scale, Scale) and scale not in SCALE_NAMES:
        raise ValueError(f"scale must be one of {SCALE_NAMES}, got {scale!r}")
    if not is_empty(db):
        raise GenerateRefused("not_empty", path=str(db.path))
    if scale == "demo":
        load_demo(db, created_by=GENERATED_BY)
        return counts(db)
    spec = scale if isinstance(scale, Scale) else SCALES[scale]
    rng = np.random.default_rng(seed)
    plans = _plans(spec, rng)
    orgs = sorted(plans["organisation_id"].unique())
    org_names = dict(ORGANISATIONS)
    owners = _dimension(orgs, ROLES)
    channels = _dimension(orgs, tuple(c[0] for c in CHANNELS), [c[1] for c in CHANNELS])
    audiences = _dimension(orgs, tuple(a[0] for a in AUDIENCES), [a[1] for a in AUDIENCES])
    goals = _goals(plans, rng)
    measures = _measures(plans, owners, rng)
    measure_channels = _links(measures, channels, "channel_id", rng)
    measure_audiences = _links(measures, audiences, "audience_id", rng)
    metrics_start = PLANS_START
    days = (HISTORY_END - metrics_start).days + 1
    series = _series(spec, channels, audiences, measures, days)
    metric_days = math.ceil(spec.metrics / len(series))
    metrics_start = HISTORY_END - dt.timedelta(days=metric_days - 1)
    kpis = _kpis(goals, plans, series, rng)
    params = {
        "seed": seed,
        "history_end": HISTORY_END,
        "updates": spec.updates,
        "metrics": spec.metrics,
        "series": len(series),
        "metrics_start": metrics_start,
    }

    with db.write() as cur:
        run_script(cur, load_sql("generate_setup"), params)
        structure = [
            (
                "channels",
                f"kanaler-og-ansvarlige-{org}.xlsx",
                org,
                metrics_start - dt.timedelta(days=30),
            )
            for org in orgs
        ] + [
            (
                "measures",
                f"tiltaksplan-{p.id}.xlsx",
                p.id,
                min(p.start, metrics_start) - dt.timedelta(days=14),
            )
            for p in plans.itertuples()
        ]
        cur.register(
            "gen_structure",
            pd.DataFrame(structure, columns=["kind", "file_name", "key", "created_on"]),
        )
        cur.register(
            "gen_measures",
            measures.merge(
                plans[["id", "plan_index"]].rename(columns={"id": "plan_id"}), on="plan_id"
            ).merge(
                owners[["id", "name"]].rename(columns={"id": "owner_id", "name": "owner_name"}),
                on="owner_id",
            ),
        )
        cur.register("gen_plans", plans.drop(columns=["start", "end"]))
        cur.register("gen_series", series)
        cur.register("gen_comments", _comments())
        run_script(cur, load_sql("generate_history"), params)
        batch_of = dict(cur.execute(load_sql("generate_batch_ids")).fetchall())

        def batched(frame: pd.DataFrame, key: pd.Series) -> pd.DataFrame:
            return frame.assign(import_batch_id=key.map(batch_of), source="generert")

        orgs_frame = pd.DataFrame({"id": orgs, "name": [org_names[o] for o in orgs]})
        plan_rows = plans.rename(columns={"start": "period_start", "end": "period_end"}).assign(
            description="Generert plan for ytelsesmåling.",
            note="Alt innhold er generert og illustrerende.",
        )[["id", "organisation_id", "name", "period_start", "period_end", "description", "note",
           "cadence_days", "parent_id"]]  # fmt: skip
        plan_of_goal = goals.set_index("id")["plan_id"]
        for table, frame in (
            ("organisation", batched(orgs_frame, orgs_frame["id"])),
            ("owner", batched(owners.drop(columns="idx"), owners["organisation_id"])),
            ("channel", batched(channels.drop(columns="idx"), channels["organisation_id"])),
            ("audience", batched(audiences.drop(columns="idx"), audiences["organisation_id"])),
            ("plan", batched(plan_rows, plan_rows["id"])),
            ("goal", batched(goals, goals["plan_id"])),
            ("goal_kpi", batched(kpis, kpis["goal_id"].map(plan_of_goal))),
            ("measure", batched(measures.drop(columns=["plan_id", "organisation_id"]),
                                measures["plan_id"])),
            ("measure_channel", measure_channels),
            ("measure_audience", measure_audiences),
        ):  # fmt: skip
            _insert(cur, table, frame)
        run_script(cur, load_sql("generate_insert"), params)
        _advance(cur, "import_batch_id", "import_batch")
        _advance(cur, "status_update_id", "status_update")
        _advance(cur, "channel_metric_id", "channel_metric")
        problems = cur.execute(load_sql("dangling_references"), {"batch": None}).fetchall()
        if problems:
            raise DatabaseError(f"generated rows refer to missing rows: {problems[:5]}")
    _record_meetings(db, plans, spec)
    return counts(db)


def _record_meetings(db: Database, plans: pd.DataFrame, spec: Scale) -> None:
    """Board meetings every 92 days back from a plan's last day of history.

    Recording takes the plan's state on the day (one measure-state query each), so
    only the largest plan and every fourth other plan get meetings.
    """
    for plan in plans.itertuples():  # a handful of meetings, through dashboard.meetings
        last = min(plan.end, HISTORY_END)
        if plan.plan_index == 0:
            wanted = spec.meetings_largest
        else:
            wanted = spec.meetings_other if plan.plan_index % 4 == 0 else 0
        for j in range(wanted):
            day = last - dt.timedelta(days=92 * j)
            if day < plan.start:
                break
            quarter = (day.month - 1) // 3 + 1
            meetings.record(
                db,
                plan.id,
                f"Møte {quarter}/{day.year}",
                day,
                by=GENERATED_BY,
                today=dt.date.max,
                illustrative=True,
                note="Generert møte.",
            )
    with db.write() as cur:  # fixed times, so the same seed gives the same contents
        cur.execute(load_sql("generate_meeting_times"))


TABLES = (
    "organisation",
    "plan",
    "owner",
    "channel",
    "audience",
    "goal",
    "goal_kpi",
    "measure",
    "measure_channel",
    "measure_audience",
    "status_update",
    "channel_metric",
    "import_batch",
    "meeting",
    "meeting_goal",
    "meeting_measure",
)


def counts(db: Database) -> dict[str, int]:
    """Rows per table of the plan data."""
    return {t: int(db.scalar(load_sql("table_count", table=identifier(t, TABLES)))) for t in TABLES}


def largest_plan(db: Database) -> str:
    """The plan with the most measures (ties: by id)."""
    return db.scalar(load_sql("largest_plan"))


def generate_file(path: Path, scale: str | Scale, seed: int = 1) -> dict[str, int]:
    """Create (or fill an empty) database file; a file this call created goes on failure."""
    existed = path.exists()
    db = open_database(path)
    try:
        made = generate(db, scale, seed)
    except BaseException:
        db.close()
        if not existed:
            for leftover in (path, path.with_name(path.name + ".wal")):
                leftover.unlink(missing_ok=True)
        raise
    db.close()
    return made
