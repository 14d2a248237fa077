"""Words of outcome beside activity: metric levels, outcome progress, survey uploads (issue 14)."""

MESSAGES: dict[str, dict[str, str]] = {
    # The levels (AMEC): stored ids output, outtake, outcome, impact
    "level.output": {
        "nb": "Produksjon (output)",
        "nn": "Produksjon (output)",
        "en": "Output",
    },
    "level.outtake": {
        "nb": "Oppmerksomhet (out-take)",
        "nn": "Merksemd (out-take)",
        "en": "Out-take",
    },
    "level.outcome": {"nb": "Effekt (outcome)", "nn": "Effekt (outcome)", "en": "Outcome"},
    "level.impact": {
        "nb": "Samfunnseffekt (impact)",
        "nn": "Samfunnseffekt (impact)",
        "en": "Impact",
    },
    # A goal's two kinds of progress, side by side
    "outcome.activity": {"nb": "Aktivitet", "nn": "Aktivitet", "en": "Activity"},
    "outcome.result": {"nb": "Resultat", "nn": "Resultat", "en": "Outcome"},
    "outcome.activity_help": {
        "nb": "Vektet fremdrift for målets tiltak: hva sekretariatet har gjort.",
        "nn": "Vekta framdrift for tiltaka til målet: kva sekretariatet har gjort.",
        "en": "Weighted progress of the goal's measures: what the secretariat has done.",
    },
    "outcome.result_help": {
        "nb": "Snitt av hvor langt målets resultatmål (oppmerksomhet, effekt, "
        "samfunnseffekt) er nådd, hvert høyst 100 %. Regnes aldri sammen med aktivitet.",
        "nn": "Snitt av kor langt resultatmåla til målet (merksemd, effekt, "
        "samfunnseffekt) er nådde, kvart høgst 100 %. Vert aldri rekna saman med aktivitet.",
        "en": "Mean of how far the goal's outcome targets (out-take, outcome, impact) are "
        "reached, each at most 100 %. Never blended with activity.",
    },
    "outcome.met_of": {
        "nb": "{met} av {n} resultatmål nådd",
        "nn": "{met} av {n} resultatmål nådde",
        "en": "{met} of {n} outcome targets met",
    },
    "outcome.no_figure": {
        "nb": "ingen tall ennå",
        "nn": "ingen tal enno",
        "en": "no figures yet",
    },
    "outcome.none": {"nb": "ingen resultatmål", "nn": "ingen resultatmål", "en": "no targets"},
    "outcome.levels": {
        "nb": "Måles på nivåene: {levels}",
        "nn": "Vert målt på nivåa: {levels}",
        "en": "Measured at the levels: {levels}",
    },
    "outcome.activity_only": {
        "nb": "Målet måles bare med aktivitet – ingen resultatmål.",
        "nn": "Målet vert berre målt med aktivitet – ingen resultatmål.",
        "en": "This goal is measured by activity alone – no outcome targets.",
    },
    "outcome.output_only": {
        "nb": "Målet måles bare med aktivitet og produksjonstall – ingen resultatmål for "
        "oppmerksomhet, effekt eller samfunnseffekt.",
        "nn": "Målet vert berre målt med aktivitet og produksjonstal – ingen resultatmål for "
        "merksemd, effekt eller samfunnseffekt.",
        "en": "This goal is measured by activity and output figures alone – no out-take, "
        "outcome or impact targets.",
    },
    "outcome.activity_only_goals": {
        "nb": "Måles bare med aktivitet – ingen resultatmål ({n} mål): {goals}.",
        "nn": "Vert berre målt med aktivitet – ingen resultatmål ({n} mål): {goals}.",
        "en": "Measured by activity alone – no outcome targets ({n} goals): {goals}.",
    },
    "outcome.col_activity": {
        "nb": "Aktivitet (tiltak)",
        "nn": "Aktivitet (tiltak)",
        "en": "Activity (measures)",
    },
    "outcome.col_result": {
        "nb": "Resultat (resultatmål)",
        "nn": "Resultat (resultatmål)",
        "en": "Outcome (targets)",
    },
    "outcome.col_levels": {"nb": "Nivåer", "nn": "Nivå", "en": "Levels"},
    "outcome.col_level": {"nb": "Nivå", "nn": "Nivå", "en": "Level"},
    "outcome.col_sample": {"nb": "Utvalg", "nn": "Utval", "en": "Sample"},
    "outcome.board_sentence": {
        "nb": "Aktivitet: {activity}. Resultat: {result}.",
        "nn": "Aktivitet: {activity}. Resultat: {result}.",
        "en": "Activity: {activity}. Outcome: {result}.",
    },
    # Survey figures by upload (a metrics file with a sample size column)
    "problem.bad_sample_size": {
        "nb": "Utvalget må være et helt antall svar, 1 eller flere (for eksempel 1 000).",
        "nn": "Utvalet må vere eit heilt tal svar, 1 eller fleire (til dømes 1 000).",
        "en": "The sample must be a whole number of answers, 1 or more (for example 1,000).",
    },
    "kind.survey": {
        "nb": "Spørreundersøkelse (kjennskap, tillit, tilfredshet)",
        "nn": "Spørjeundersøking (kjennskap, tillit, tilfredsheit)",
        "en": "Survey results (awareness, trust, satisfaction)",
    },
    # The level editor (Kanaler)
    "edit.table.levels": {"nb": "måltallsnivåer", "nn": "måltalsnivå", "en": "metric levels"},
    "kind.edit_levels": {
        "nb": "Redigering: måltallsnivåer",
        "nn": "Redigering: måltalsnivå",
        "en": "Edit: metric levels",
    },
    "edit.col.level": {"nb": "Nivå", "nn": "Nivå", "en": "Level"},
    "edit.help_levels": {
        "nb": "Velg nivået for hvert måltall i organisasjonen. Mål på produksjon (output) "
        "teller ikke som resultat. Lagring er én import som kan angres i Importhistorikk.",
        "nn": "Vel nivået for kvart måltal i organisasjonen. Mål på produksjon (output) "
        "tel ikkje som resultat. Lagring er éin import som kan angrast i Importhistorikk.",
        "en": "Choose each metric's level for the organisation. Targets on outputs do not "
        "count as outcomes. Saving is one import that can be undone in Import history.",
    },
    "edit.problem.bad_level": {
        "nb": "ukjent nivå. Velg produksjon, oppmerksomhet, effekt eller samfunnseffekt.",
        "nn": "ukjent nivå. Vel produksjon, merksemd, effekt eller samfunnseffekt.",
        "en": "unknown level. Choose output, out-take, outcome or impact.",
    },
    "edit.problem.fixed_rows": {
        "nb": "måltall kan ikke legges til eller fjernes her; endre bare nivået.",
        "nn": "måltal kan ikkje leggjast til eller fjernast her; endra berre nivået.",
        "en": "metrics cannot be added or removed here; change the level only.",
    },
}
