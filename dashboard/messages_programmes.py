"""Words of programmes (a parent plan rolling up its child plans), "den røde tråden"
(a child goal naming the parent goal it serves) and the reporting periods of
Norwegian public bodies (tertial, half-year), issue 14."""

MESSAGES: dict[str, dict[str, str]] = {
    # Reporting periods beside month, quarter and year
    "grain.tertial": {"nb": "Tertial", "nn": "Tertial", "en": "Four-month period"},
    "grain.half": {"nb": "Halvår", "nn": "Halvår", "en": "Half-year"},
    "period.tertial": {"nb": "T{n} {year}", "nn": "T{n} {year}", "en": "T{n} {year}"},
    "period.half": {"nb": "{n}. halvår {year}", "nn": "{n}. halvår {year}", "en": "H{n} {year}"},
    "programmes.since_period": {
        "nb": "Starten av {period}",
        "nn": "Starten av {period}",
        "en": "The start of {period}",
    },
    "programmes.report_periods": {
        "nb": "Rapporteringsperiode",
        "nn": "Rapporteringsperiode",
        "en": "Reporting period",
    },
    # The goals file and the goals editor: the parent goal
    "programmes.col.parent_goal": {
        "nb": "Overordnet mål",
        "nn": "Overordna mål",
        "en": "Parent goal",
    },
    "problem.parent_goal_no_parent_plan": {
        "nb": "Planen ligger ikke under en annen plan, så målet kan ikke bidra til et "
        "overordnet mål. Legg planen under strategien først (Kom i gang), eller la cellen "
        "stå tom.",
        "nn": "Planen ligg ikkje under ein annan plan, så målet kan ikkje bidra til eit "
        "overordna mål. Legg planen under strategien først (Kom i gang), eller la cella "
        "stå tom.",
        "en": "The plan is not under another plan, so the goal cannot serve a parent goal. "
        "Put the plan under its strategy first (Get started), or leave the cell empty.",
    },
    "problem.parent_goal_not_in_parent": {
        "nb": "Dette målet finnes ikke i den overordnede planen. Bruk ID-en eller tittelen "
        "til et mål i den overordnede planen, eller la cellen stå tom.",
        "nn": "Dette målet finst ikkje i den overordna planen. Bruk ID-en eller tittelen "
        "til eit mål i den overordna planen, eller la cella stå tom.",
        "en": "This goal is not in the parent plan. Use the id or the title of a goal of "
        "the parent plan, or leave the cell empty.",
    },
    "edit.col.parent_goal": {"nb": "Bidrar til", "nn": "Bidreg til", "en": "Serves"},
    "edit.problem.parent_goal_not_in_parent": {
        "nb": "ikke et mål i den overordnede planen. Velg et av målene der, eller la cellen "
        "stå tom.",
        "nn": "ikkje eit mål i den overordna planen. Vel eitt av måla der, eller la cella stå tom.",
        "en": "not a goal of the parent plan. Choose one of its goals, or leave the cell empty.",
    },
    # Oversikt: the programme view
    "programmes.heading": {"nb": "Programmer", "nn": "Program", "en": "Programmes"},
    "programmes.caption": {
        "nb": "Planene under denne planen, hver lest på sin egen statusdato.",
        "nn": "Planane under denne planen, kvar lesen på sin eigen statusdato.",
        "en": "The plans under this plan, each read on its own status date.",
    },
    "programmes.rule": {
        "nb": "Slik regnes det: En plans fremdrift er det vektede snittet av tiltakenes "
        "fremdrift (fullført teller 100 %, avbrutt teller ikke). «Samlet» tar med alle "
        "tiltakene i planene under, hvert med sin egen vekt, så en plan med flere eller "
        "tyngre tiltak teller mer. Statusdatoen er denne planens, eller planens siste dag "
        "når den er over.",
        "nn": "Slik blir det rekna: Framdrifta til ein plan er det vekta snittet av "
        "framdrifta til tiltaka (fullført tel 100 %, avbrote tel ikkje). «Samla» tek med "
        "alle tiltaka i planane under, kvart med si eiga vekt, så ein plan med fleire eller "
        "tyngre tiltak tel meir. Statusdatoen er denne planen sin, eller den siste dagen "
        "til planen når han er over.",
        "en": "How it is computed: a plan's progress is the weighted mean of its measures' "
        "progress (done counts 100 %, cancelled does not count). “Overall” takes every "
        "measure of the plans below, each with its own weight, so a plan with more or "
        "heavier measures counts more. The status date is this plan's, or the plan's last "
        "day when it has ended.",
    },
    "programmes.overall": {
        "nb": "Samlet (vektet etter tiltak)",
        "nn": "Samla (vekta etter tiltak)",
        "en": "Overall (weighted by measures)",
    },
    "programmes.col.plan": {"nb": "Plan", "nn": "Plan", "en": "Plan"},
    "programmes.col.status_date": {"nb": "Statusdato", "nn": "Statusdato", "en": "Status date"},
    "programmes.kpi.overall": {
        "nb": "Programmene samlet",
        "nn": "Programma samla",
        "en": "Programmes overall",
    },
    "programmes.overdue_mark": {"nb": "⚠ Forfalt", "nn": "⚠ Forfalle", "en": "⚠ Overdue"},
    "programmes.kpi.plans": {"nb": "Planer under", "nn": "Planar under", "en": "Plans below"},
    "programmes.kpi.measures": {
        "nb": "Tiltak i planene under",
        "nn": "Tiltak i planane under",
        "en": "Measures in the plans below",
    },
    "programmes.kpi.overdue": {
        "nb": "Forfalt i planene under",
        "nn": "Forfalle i planane under",
        "en": "Overdue in the plans below",
    },
    "programmes.open": {
        "nb": "Åpne {plan}",
        "nn": "Opne {plan}",
        "en": "Open {plan}",
    },
    # The red thread
    "programmes.thread.heading": {
        "nb": "Den røde tråden",
        "nn": "Den raude tråden",
        "en": "The red thread",
    },
    "programmes.thread.caption": {
        "nb": "Fra strategiens mål til målene i planene under som bidrar til det, og "
        "tiltakene deres med status.",
        "nn": "Frå måla i strategien til måla i planane under som bidreg til det, og "
        "tiltaka deira med status.",
        "en": "From the strategy's goal to the goals of the plans below that serve it, and "
        "their measures with status.",
    },
    "programmes.thread.pick": {"nb": "Følg målet", "nn": "Følg målet", "en": "Follow the goal"},
    "programmes.thread.none": {
        "nb": "Ingen mål i planene under bidrar til dette målet ennå.",
        "nn": "Ingen mål i planane under bidreg til dette målet enno.",
        "en": "No goal of the plans below serves this goal yet.",
    },
    "programmes.thread.summary": {
        "nb": "{goals} mål i planene under bidrar · {measures} tiltak · fremdrift {progress} "
        "· {overdue} forfalt",
        "nn": "{goals} mål i planane under bidreg · {measures} tiltak · framdrift {progress} "
        "· {overdue} forfalne",
        "en": "{goals} goals of the plans below serve it · {measures} measures · progress "
        "{progress} · {overdue} overdue",
    },
    "programmes.thread.child": {
        "nb": "{goal} — {plan} · fremdrift {progress}",
        "nn": "{goal} — {plan} · framdrift {progress}",
        "en": "{goal} — {plan} · progress {progress}",
    },
    "programmes.thread.no_measures": {
        "nb": "Ingen tiltak under dette målet ennå.",
        "nn": "Ingen tiltak under dette målet enno.",
        "en": "No measures under this goal yet.",
    },
    "programmes.contributes_to": {
        "nb": "Bidrar til: {goal} ({plan})",
        "nn": "Bidreg til: {goal} ({plan})",
        "en": "Serves: {goal} ({plan})",
    },
}
