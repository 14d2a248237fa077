"""Words of the command line's own usage errors (found after parsing), in nb and en.

argparse's messages (a missing argument, an invalid choice) stay as argparse writes them.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.unknown_plan": {
        "nb": "ukjent plan «{plan}». Planene er: {plans}. Skriv en av dem etter --plan "
        "(se `python -m dashboard plans list`).",
        "en": "unknown plan “{plan}”. The plans are: {plans}. Write one of them after --plan "
        "(see `python -m dashboard plans list`).",
    },
    "cli.unknown_plan_none": {
        "nb": "ukjent plan «{plan}»: databasen har ingen planer. Lag en med "
        "`python -m dashboard plans add`, eller last inn demoen med `python -m dashboard demo`.",
        "en": "unknown plan “{plan}”: the database has no plans. Create one with "
        "`python -m dashboard plans add`, or load the demo with `python -m dashboard demo`.",
    },
    "cli.choose_plan": {
        "nb": "velg planen med --plan: {plans}.",
        "en": "choose the plan with --plan: {plans}.",
    },
    "cli.no_plans": {
        "nb": "databasen har ingen planer. Lag en med `python -m dashboard plans add`, "
        "eller last inn demoen med `python -m dashboard demo`.",
        "en": "the database has no plans. Create one with `python -m dashboard plans add`, "
        "or load the demo with `python -m dashboard demo`.",
    },
    "cli.choose_format": {
        "nb": "velg formatet med --format docx|pptx|pdf, eller gi filen endelsen "
        ".docx, .pptx eller .pdf.",
        "en": "choose the format with --format docx|pptx|pdf, or end the file name in "
        ".docx, .pptx or .pdf.",
    },
    "cli.no_folder": {
        "nb": "kan ikke skrive {path}: mappen {folder} finnes ikke. Opprett mappen, "
        "eller velg en annen fil med -o.",
        "en": "cannot write {path}: the folder {folder} does not exist. Create the folder, "
        "or choose another file with -o.",
    },
    "cli.since_not_before": {
        "nb": "--since {since} må være før rapportens dato {date}. Velg en tidligere dato "
        "etter --since.",
        "en": "--since {since} must be before the report's date {date}. Choose an earlier "
        "date after --since.",
    },
    "cli.cannot_write": {
        "nb": "kan ikke skrive {path} ({reason}). Sjekk at du kan skrive i mappen, "
        "eller velg en annen fil med -o.",
        "en": "cannot write {path} ({reason}). Check that you may write in the folder, "
        "or choose another file with -o.",
    },
    "cli.cannot_read": {
        "nb": "kan ikke lese {path} ({reason}). Sjekk filnavnet og at du har tilgang til filen.",
        "en": "cannot read {path} ({reason}). Check the file name and that you may read the file.",
    },
    "cli.scope_format": {
        "nb": "--scope «{item}»: skriv NAVN=intern eller NAVN=ekstern, "
        "f.eks. --scope Podkast=ekstern.",
        "en": "--scope “{item}”: write NAME=intern or NAME=ekstern, e.g. --scope Podkast=ekstern.",
    },
    "cli.tool_options_only": {
        "nb": "--goal og --owner gjelder bare eksporter fra Jira, Asana, monday.com og "
        "Planner. Ta dem bort for denne filen.",
        "en": "--goal and --owner are for Jira, Asana, monday.com and Planner exports. "
        "Leave them out for this file.",
    },
    "cli.unknown_goal": {
        "nb": "ukjent mål «{goal}» i planen {plan}. Målene er: {goals}. Skriv et av dem "
        "etter --goal.",
        "en": "unknown goal “{goal}” in plan {plan}. The goals are: {goals}. Write one of "
        "them after --goal.",
    },
    "cli.unknown_goal_none": {
        "nb": "ukjent mål «{goal}»: planen {plan} har ingen mål ennå. Last inn målene først, "
        "eller ta bort --goal.",
        "en": "unknown goal “{goal}”: plan {plan} has no goals yet. Import its goals first, "
        "or leave out --goal.",
    },
    "cli.owner_format": {
        "nb": '--owner «{value}»: skriv det som "NAVN=ROLLE", '
        'f.eks. --owner "FoU-leder=FoUI-leder".',
        "en": '--owner “{value}”: write it as "NAME=ROLE", e.g. --owner "FoU-leder=FoUI-leder".',
    },
    "cli.choose_organisation": {
        "nb": "oppgi organisasjonen med --org. Organisasjonene er: {names}.",
        "en": "name the organisation with --org. The organisations are: {names}.",
    },
    "cli.name_organisation": {
        "nb": "oppgi organisasjonen med --org (databasen har ingen ennå).",
        "en": "name the organisation with --org (the database has none yet).",
    },
    "cli.demo_beside_plans": {
        "nb": "demoen kan ikke lastes inn ved siden av planene i denne databasen: "
        "organisasjonene dens finnes der allerede ({organisations}). Last den inn i en "
        "annen fil med --db.",
        "en": "the demo cannot be loaded beside the plans in this database: its "
        "organisations are already there ({organisations}). Load it into another file "
        "with --db.",
    },
    # What the commands print when they succeed (nynorsk in messages_nn.py)
    "cli.init_done": {
        "nb": "Databasen {path} har skjemaversjon {version}.",
        "en": "Database {path} is at schema version {version}.",
    },
    "cli.no_admin": {
        "nb": "Det finnes ingen administrator ennå. Lag en med: "
        "`python -m dashboard users add NAVN --role admin`",
        "en": "There is no administrator yet. Create one with: "
        "`python -m dashboard users add NAME --role admin`",
    },
    "cli.users_none": {"nb": "Ingen brukere.", "en": "No accounts."},
    "cli.user_added": {
        "nb": "Brukeren {name} er lagt til med rollen {role}.",
        "en": "User {name} is added with the role {role}.",
    },
    "cli.plans_none": {"nb": "Ingen planer.", "en": "No plans."},
    "cli.plan_created": {
        "nb": "Planen {id} er laget (opplasting nr. {batch}).",
        "en": "Created the plan {id} (upload no. {batch}).",
    },
    "cli.demo_loaded": {
        "nb": "Demoen er lastet inn i {path} (opplasting nr. {batch}):",
        "en": "Loaded the demo into {path} (upload no. {batch}):",
    },
    "cli.demo_plan": {
        "nb": "{name}: {goals} mål, {measures} tiltak",
        "en": "{name}: {goals} goals, {measures} measures",
    },
    "cli.demo_there": {
        "nb": "Demoplanene er allerede i {path} (opplasting nr. {batch}). "
        "Bruk --replace for å laste dem inn på nytt.",
        "en": "The demo plans are already in {path} (upload no. {batch}). "
        "Use --replace to load them again.",
    },
    "cli.generate_duckdb_only": {
        "nb": "generate skriver bare DuckDB-filer: {db} er en PostgreSQL-database. Gi --db "
        "en filsti.",
        "en": "generate writes DuckDB files only: {db} is a PostgreSQL database. Give --db "
        "a file path.",
    },
    "cli.generated": {
        "nb": "Skala {scale} (frø {seed}) er generert i {db} på {seconds} s:",
        "en": "Generated scale {scale} (seed {seed}) into {db} in {seconds} s:",
    },
    "cli.error": {  # the prefix of every refusal the command line prints
        "nb": "feil",
        "nn": "feil",
        "en": "error",
    },
    "cli.db_unreachable": {
        "nb": "får ikke kontakt med PostgreSQL-databasen {target}. Sjekk --db eller "
        "PLANPULS_DB (vert, port, database, bruker) og at databasetjeneren kjører.",
        "en": "cannot reach the PostgreSQL database {target}. Check --db or PLANPULS_DB "
        "(host, port, database, user) and that the database server runs.",
    },
    "cli.db_busy": {
        "nb": "databasen {path} brukes av en annen prosess (en annen kommando, eller et "
        "dashbord som ikke tar imot kommandoer: en eldre Planpuls, eller en som ikke svarer). "
        "Vent til den er ferdig, eller bruk --db for å arbeide i en annen fil.",
        "en": "the database {path} is in use by another process (another command, or a "
        "dashboard that takes no commands: an older Planpuls, or one that does not answer). "
        "Wait until it is done, or use --db to work on another file.",
    },
}
