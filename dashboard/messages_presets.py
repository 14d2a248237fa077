"""Words of tool exports landing in the plan (kinds, goal and owner mappings, sections)."""

MESSAGES: dict[str, dict[str, str]] = {
    "file.kind_mismatch": {
        "nb": "Filen ser ut som en eksport fra {preset}, som gir {kind_lower}, men du valgte "
        "«{chosen}». Velg «{kind}» som innhold (eller «Gjenkjenn automatisk») og prøv igjen.",
        "en": "The file looks like an export from {preset}, which holds {kind_lower}, but you "
        "chose “{chosen}”. Choose “{kind}” as the contents (or “Detect automatically”) and "
        "try again.",
    },
    "problem.unmapped_goal": {
        "nb": "Ingen mål er valgt for denne verdien. Velg et mål for den under «Mål for "
        "verdiene» over (eller ett mål for hele filen); på kommandolinjen: --goal MÅL_ID.",
        "en": "No goal is chosen for this value. Choose a goal for it under “Goals for the "
        "values” above (or one goal for the whole file); on the command line: --goal GOAL_ID.",
    },
    "problem.unmapped_owner": {
        "nb": "Personen er ikke knyttet til en ansvarlig. Velg en rolle for navnet under "
        "«Ansvarlige for personene» over, eller skriv en ny rolle; på kommandolinjen: "
        '--owner "Navn=Rolle".',
        "en": "This person is not mapped to an owner. Choose a role for the name under "
        "“Owners for the people” above, or type a new role; on the command line: "
        '--owner "Name=Role".',
    },
    "map.empty": {"nb": "(tom)", "en": "(empty)"},
    "map.group": {"nb": "gruppe", "en": "group"},
    "map.cli_goals": {
        "nb": "Ingen mål for disse verdiene i «{column}»: {values}. Bruk --goal MÅL_ID for "
        "ett mål til hele filen, eller knytt verdiene til mål på siden Last opp (valget "
        "huskes for planen).",
        "en": "No goal for these values of “{column}”: {values}. Use --goal GOAL_ID for one "
        "goal for the whole file, or map the values to goals on the Upload page (the "
        "choice is remembered for the plan).",
    },
    "map.cli_owners": {
        "nb": "Ikke knyttet til en ansvarlig: {names}. Gi hver person en rolle med --owner "
        '"{example}=ROLLE" (gjenta for hver), eller på siden Last opp.',
        "en": "Not mapped to an owner: {names}. Give each person a role with --owner "
        '"{example}=ROLE" (repeat for each), or on the Upload page.',
    },
    "map.goals_title": {"nb": "Mål for verdiene", "en": "Goals for the values"},
    "map.goals_help": {
        "nb": "Eksporten sier ikke hvilket av planens mål hvert tiltak hører til. Velg ett "
        "mål for hele filen, eller hvilken kolonne som sier det og et mål for hver verdi. "
        "Valgene huskes for planen til neste opplasting.",
        "en": "The export does not say which of the plan's goals each measure belongs to. "
        "Choose one goal for the whole file, or the column that says it and a goal for each "
        "value. The choices are remembered for the plan until the next upload.",
    },
    "map.mode": {"nb": "Mål", "en": "Goal"},
    "map.mode_column": {"nb": "Etter en kolonne i filen", "en": "By a column of the file"},
    "map.mode_all": {"nb": "Ett mål for hele filen", "en": "One goal for the whole file"},
    "map.goal_all": {"nb": "Målet for alle tiltakene", "en": "The goal of every measure"},
    "map.column": {"nb": "Kolonnen som sier målet", "en": "The column that says the goal"},
    "map.choose_goal": {"nb": "– velg mål –", "en": "– choose a goal –"},
    "map.owners_title": {"nb": "Ansvarlige for personene", "en": "Owners for the people"},
    "map.owners_help": {
        "nb": "Planpuls fører roller som ansvarlige, ikke personer. Velg en ansvarlig for hvert "
        "navn i «{column}», eller skriv en ny rolle. Ingen blir ansvarlig under sitt eget "
        "navn uten at du velger det. Valgene huskes for planen.",
        "en": "Planpuls keeps roles as owners, not people. Choose an owner for each name in "
        "“{column}”, or type a new role. Nobody becomes an owner under their own name unless "
        "you choose so. The choices are remembered for the plan.",
    },
    "map.choose_owner": {
        "nb": "– velg en rolle eller skriv en ny –",
        "en": "– choose a role or type a new one –",
    },
    "map.rows": {"nb": "{n} rader, fra linje {line}", "en": "{n} rows, from line {line}"},
    "map.how_remembered": {"nb": "husket fra sist", "en": "remembered from last time"},
    "map.how_matched": {"nb": "samme navn i planen", "en": "same name in the plan"},
    "map.rows_col": {"nb": "Rader", "en": "Rows"},
    "upload.series": {
        "nb": "Filen har {n} deler, hver med sin kanal; de blir hver sin serie.",
        "en": "The file has {n} sections, each with its channel; each becomes a series.",
    },
}
