"""Words of the forecast and the waiting measures in the presentation and the board
report (issue 14): the goal's forecast line, the report's list of goals likely to miss
and measures waiting on a late one."""

MESSAGES: dict[str, dict[str, str]] = {
    # A goal's forecast in one line: "Prognose: ↘ Vil trolig ikke nås. Med farten …"
    "presfc.forecast_line": {
        "nb": "Prognose: {state}. {sentence}",
        "nn": "Prognose: {state}. {sentence}",
        "en": "Forecast: {state}. {sentence}",
    },
    # The report's list of what needs attention across the plan
    "presfc.attention": {
        "nb": "Mål og tiltak som trenger oppmerksomhet",
        "nn": "Mål og tiltak som treng merksemd",
        "en": "Goals and measures that need attention",
    },
    "presfc.attention_intro": {
        "nb": "Mål som med farten hittil trolig ikke nås eller kan bli knappe innen "
        "planperioden er over, og tiltak som venter på et tiltak som er forfalt.",
        "nn": "Mål som med farten hittil truleg ikkje blir nådde eller kan bli knappe før "
        "planperioden er over, og tiltak som ventar på eit tiltak som er forfalle.",
        "en": "Goals that at their pace so far will likely miss or could be tight by the end "
        "of the plan period, and measures waiting for a measure that is overdue.",
    },
    "presfc.attention_none": {
        "nb": "Ingen mål ligger an til å ikke nås, og ingen tiltak venter på forfalte tiltak.",
        "nn": "Ingen mål ligg an til å ikkje bli nådde, og ingen tiltak ventar på forfalne tiltak.",
        "en": "No goal is likely to miss, and no measure waits for an overdue measure.",
    },
    "presfc.col.about": {"nb": "Gjelder", "nn": "Gjeld", "en": "About"},
    "presfc.col.why": {"nb": "Hvorfor", "nn": "Kvifor", "en": "Why"},
    "presfc.goal_item": {
        "nb": "Mål {n}: {title}",
        "nn": "Mål {n}: {title}",
        "en": "Goal {n}: {title}",
    },
    "presfc.measure_item": {
        "nb": "Tiltak {title} (mål {n})",
        "nn": "Tiltak {title} (mål {n})",
        "en": "Measure {title} (goal {n})",
    },
    "presfc.waiting_late": {
        "nb": "Venter på forfalt tiltak: {measures}.",
        "nn": "Ventar på forfalle tiltak: {measures}.",
        "en": "Waiting for an overdue measure: {measures}.",
    },
    # The presentation's title slide: the goals' table
    "presfc.goals_caption": {
        "nb": "Aktivitet: tiltakenes fremdrift. Resultat: resultatmålene "
        "(– betyr ingen resultatmål eller ingen tall ennå).",
        "nn": "Aktivitet: framdrifta til tiltaka. Resultat: resultatmåla "
        "(– tyder ingen resultatmål eller ingen tal enno).",
        "en": "Activity: the measures' progress. Outcome: the outcome targets "
        "(– means no outcome target or no figure yet).",
    },
    "presfc.col.number": {"nb": "Nr.", "nn": "Nr.", "en": "No."},
}
