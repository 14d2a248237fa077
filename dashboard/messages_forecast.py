"""Words of the pace forecast (dashboard/forecast.py, dashboard/ui/forecast.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "forecast.heading": {"nb": "Prognose", "nn": "Prognose", "en": "Forecast"},
    # States, worst first (forecast.STATES)
    "forecast.state.miss": {
        "nb": "Vil trolig ikke nås",
        "nn": "Vil truleg ikkje bli nådd",
        "en": "Likely to miss",
    },
    "forecast.state.tight": {"nb": "Kan bli knapp", "nn": "Kan bli knapp", "en": "Could be tight"},
    "forecast.state.ended": {"nb": "Ikke nådd", "nn": "Ikkje nådd", "en": "Not reached"},
    "forecast.state.too_little": {
        "nb": "For lite data",
        "nn": "For lite data",
        "en": "Too little data",
    },
    "forecast.state.on_track": {"nb": "På vei", "nn": "På veg", "en": "On track"},
    "forecast.state.reached": {"nb": "Nådd", "nn": "Nådd", "en": "Reached"},
    # The goal's progress
    "forecast.progress.pace": {
        "nb": "Med farten de siste {days} dagene ({pace} per måned) vil fremdriften være på "
        "{value}{range} {end}; målet er {target}.",
        "nn": "Med farten dei siste {days} dagane ({pace} per månad) vil framdrifta vere på "
        "{value}{range} {end}; målet er {target}.",
        "en": "At the pace of the last {days} days ({pace} a month) progress will be "
        "{value}{range} on {end}; the target is {target}.",
    },
    "forecast.progress.reached": {
        "nb": "Fremdriften er {current}: målet er nådd.",
        "nn": "Framdrifta er {current}: målet er nådd.",
        "en": "Progress is {current}: the goal is reached.",
    },
    "forecast.progress.ended": {
        "nb": "Planperioden endte {end} med fremdrift {current}; målet var {target}.",
        "nn": "Planperioden enda {end} med framdrift {current}; målet var {target}.",
        "en": "The plan period ended on {end} with progress at {current}; the target was {target}.",
    },
    "forecast.too_little": {
        "nb": "For lite data til en prognose: den trenger rapporter på minst {min_points} "
        "datoer over minst {min_days} dager (har {points} over {days} dager).",
        "nn": "For lite data til ein prognose: han treng rapportar på minst {min_points} "
        "datoar over minst {min_days} dagar (har {points} over {days} dagar).",
        "en": "Too little data for a forecast: it needs reports on at least {min_points} "
        "dates over at least {min_days} days (has {points} over {days} days).",
    },
    # A target (goal_kpi) whose period holds the status date
    "forecast.target.what": {
        "nb": "{metric}, {channel}",
        "nn": "{metric}, {channel}",
        "en": "{metric}, {channel}",
    },
    "forecast.target.pace": {
        "nb": "{what}: med farten de siste {days} dagene fram til {as_of} ({pace} per måned) "
        "blir det {value}{range} {end}; {goal}.",
        "nn": "{what}: med farten dei siste {days} dagane fram til {as_of} ({pace} per månad) "
        "blir det {value}{range} {end}; {goal}.",
        "en": "{what}: at the pace of the {days} days up to {as_of} ({pace} a month) it will be "
        "{value}{range} on {end}; {goal}.",
    },
    "forecast.target.reached": {
        "nb": "{what}: {current}; {goal}, og det er nådd.",
        "nn": "{what}: {current}; {goal}, og det er nådd.",
        "en": "{what}: {current}; {goal}, and it is reached.",
    },
    "forecast.goal.up": {
        "nb": "målet er {target}",
        "nn": "målet er {target}",
        "en": "the target is {target}",
    },
    "forecast.goal.down": {
        "nb": "målet er høyst {target}",
        "nn": "målet er høgst {target}",
        "en": "the target is at most {target}",
    },
    # How it is computed, under the sentences
    "forecast.method": {
        "nb": "Prognosen forlenger farten de siste {days} dagene (minst {min_points} "
        "rapporter) fram til sluttdatoen. Spennet er der målet havner med farten i den "
        "tregeste og den raskeste halvdelen av perioden.",
        "nn": "Prognosen forlengjer farten dei siste {days} dagane (minst {min_points} "
        "rapportar) fram til sluttdatoen. Spennet er der målet hamnar med farten i den "
        "tregaste og den raskaste halvdelen av perioden.",
        "en": "The forecast extends the pace of the last {days} days (at least {min_points} "
        "reports) to the end date. The range is where the goal lands at the pace of the "
        "slower and of the faster half of that period.",
    },
    # The chart
    "forecast.chart.actual": {"nb": "Fremdrift", "nn": "Framdrift", "en": "Progress"},
    "forecast.chart.projection": {"nb": "Prognose", "nn": "Prognose", "en": "Forecast"},
    "forecast.chart.range": {"nb": "Spenn", "nn": "Spenn", "en": "Range"},
    # Oversikt
    "forecast.overview.heading": {
        "nb": "Prognose per mål",
        "nn": "Prognose per mål",
        "en": "Forecast per goal",
    },
    "forecast.overview.flagged": {
        "nb": "Vil trolig ikke nås innen {end}: {goals}.",
        "nn": "Vil truleg ikkje bli nådd innan {end}: {goals}.",
        "en": "Likely to miss by {end}: {goals}.",
    },
    "forecast.col.now": {"nb": "Nå", "nn": "No", "en": "Now"},
    "forecast.col.projected": {
        "nb": "Prognose {end}",
        "nn": "Prognose {end}",
        "en": "Forecast {end}",
    },
    "forecast.col.range": {"nb": "Spenn", "nn": "Spenn", "en": "Range"},
    "forecast.col.pace": {"nb": "Fart per måned", "nn": "Fart per månad", "en": "Pace a month"},
    "forecast.col.window": {
        "nb": "Dager farten er målt over",
        "nn": "Dagar farten er målt over",
        "en": "Days the pace is read over",
    },
    "forecast.col.state": {"nb": "Vurdering", "nn": "Vurdering", "en": "Assessment"},
}
