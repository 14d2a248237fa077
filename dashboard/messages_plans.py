"""Words of plans an organisation makes itself: Kom i gang, archiving, removing the demo."""

MESSAGES: dict[str, dict[str, str]] = {
    # Refusals (dashboard.plans.PlanRefused codes)
    "plans.id_missing": {
        "nb": "Planen trenger en id (små bokstaver, tall og bindestrek).",
        "en": "The plan needs an id (lowercase letters, digits and dashes).",
    },
    "plans.bad_id": {
        "nb": "«{id}» kan ikke brukes som id: bruk bare små bokstaver a–z, tall og enkle "
        "bindestreker, høyst {max} tegn (for eksempel «hmn-2026-h1»).",
        "en": "“{id}” cannot be an id: use only lowercase letters a–z, digits and single "
        "dashes, at most {max} characters (for example “hmn-2026-h1”).",
    },
    "plans.name_missing": {"nb": "Planen trenger et navn.", "en": "The plan needs a name."},
    "plans.name_too_long": {
        "nb": "Navnet er for langt (høyst {max} tegn).",
        "en": "The name is too long (at most {max} characters).",
    },
    "plans.organisation_missing": {
        "nb": "Skriv hvilken organisasjon planen hører til.",
        "en": "Enter the organisation the plan belongs to.",
    },
    "plans.period_missing": {
        "nb": "Planen trenger en start- og en sluttdato.",
        "en": "The plan needs a start and an end date.",
    },
    "plans.bad_period": {
        "nb": "Startdatoen ({start}) er etter sluttdatoen ({end}). Bytt om datoene.",
        "en": "The start date ({start}) is after the end date ({end}). Swap the dates.",
    },
    "plans.bad_cadence": {
        "nb": "Rapporteringsintervallet må være et helt antall dager fra 1 til {max} "
        "(fikk {days}).",
        "en": "The reporting cadence must be a whole number of days from 1 to {max} (got {days}).",
    },
    "plans.parent_self": {
        "nb": "En plan kan ikke ligge under seg selv ({id}).",
        "en": "A plan cannot sit under itself ({id}).",
    },
    "plans.no_such_parent": {
        "nb": "Det finnes ingen plan med id «{parent}» å legge planen under.",
        "en": "There is no plan with id “{parent}” to put the plan under.",
    },
    "plans.parent_archived": {
        "nb": "Planen «{parent}» er arkivert; hent den fram igjen først, eller velg en annen.",
        "en": "The plan “{parent}” is archived; bring it back first, or choose another.",
    },
    "plans.parent_cycle": {
        "nb": "«{parent}» ligger selv under «{id}»; da ville planene gått i ring.",
        "en": "“{parent}” itself sits under “{id}”; the plans would go round in a circle.",
    },
    "plans.id_taken": {
        "nb": "Det finnes allerede en plan med id «{id}» (kanskje arkivert). Velg en annen id.",
        "en": "There already is a plan with id “{id}” (archived, perhaps). Choose another id.",
    },
    "plans.no_such_plan": {
        "nb": "Det finnes ingen plan med id «{id}».",
        "en": "There is no plan with id “{id}”.",
    },
    "plans.already_archived": {
        "nb": "Planen «{id}» er allerede arkivert.",
        "en": "The plan “{id}” is already archived.",
    },
    "plans.not_archived": {
        "nb": "Planen «{id}» er ikke arkivert.",
        "en": "The plan “{id}” is not archived.",
    },
    "plans.no_demo": {
        "nb": "Det er ingen demoplaner i databasen.",
        "en": "There are no demo plans in the database.",
    },
    "plans.demo_has_children": {
        "nb": "Planene {plans} ligger under en demoplan. Flytt eller arkiver dem først; "
        "demoplanene er ikke fjernet.",
        "en": "The plans {plans} sit under a demo plan. Move or archive them first; "
        "the demo plans have not been removed.",
    },
    "plans.demo_mixed_batches": {
        "nb": "Opplasting nr. {batches} endret både demoplanene og andre planer. Angre den "
        "i Importhistorikk først; demoplanene er ikke fjernet.",
        "en": "Upload no. {batches} changed both the demo plans and other plans. Undo it in "
        "Import history first; the demo plans have not been removed.",
    },
    "plans.demo_dangling": {
        "nb": "Demoplanene kan ikke fjernes: {rows} rader ville vist til noe som ikke finnes "
        "(for eksempel {example}). Ingenting er endret.",
        "en": "The demo plans cannot be removed: {rows} rows would point to nothing "
        "(for example {example}). Nothing has changed.",
    },
    "kind.plan": {"nb": "Ny plan", "en": "New plan"},
    # The readers' and the secretariat's empty state
    "common.no_plans_staff": {
        "nb": "Det finnes ingen plan ennå. Opprett den første på Kom i gang.",
        "en": "There is no plan yet. Create the first one on Get started.",
    },
    # Kom i gang
    "start.nav": {"nb": "Kom i gang", "en": "Get started"},
    "start.title": {"nb": "Kom i gang", "en": "Get started"},
    "start.intro": {
        "nb": "Slik setter dere opp deres egen plan: opprett planen, last ned malene, fyll "
        "inn mål og tiltak, last dem opp og gi kollegene tilgang. Siden kan brukes igjen "
        "senere, for eksempel til en halvårsplan under en regional strategi.",
        "en": "This is how you set up your own plan: create the plan, download the templates, "
        "fill in goals and measures, upload them and give your colleagues access. The page "
        "can be used again later, for a half-yearly plan under a regional strategy, say.",
    },
    "start.progress": {"nb": "Hvor langt dere er kommet", "en": "How far you have come"},
    "start.done": {"nb": "Ferdig", "en": "Done"},
    "start.todo": {"nb": "Gjenstår", "en": "To do"},
    "start.check.plan": {"nb": "En plan er opprettet", "en": "A plan exists"},
    "start.check.goals": {"nb": "Planen har mål", "en": "The plan has goals"},
    "start.check.measures": {"nb": "Planen har tiltak", "en": "The plan has measures"},
    "start.check.users": {
        "nb": "Kolleger har fått brukerkonto",
        "en": "Colleagues have accounts",
    },
    "start.step1": {"nb": "1. Opprett planen", "en": "1. Create the plan"},
    "start.create_another": {
        "nb": "Opprett en plan til (for eksempel en halvårsplan under en strategi)",
        "en": "Create another plan (a half-yearly plan under a strategy, say)",
    },
    "start.step1_help": {
        "nb": "Planen får en id som brukes i lenker og filer. Den foreslås ut fra navnet.",
        "en": "The plan gets an id used in links and files. It is suggested from the name.",
    },
    "start.name": {"nb": "Planens navn", "en": "Name of the plan"},
    "start.name_placeholder": {
        "nb": "for eksempel Kommunikasjonsplan 1. halvår 2026",
        "en": "for example Communication plan first half of 2026",
    },
    "start.id": {"nb": "Id (i lenker og filer)", "en": "Id (in links and files)"},
    "start.organisation": {"nb": "Organisasjon", "en": "Organisation"},
    "start.new_organisation": {"nb": "Ny organisasjon …", "en": "New organisation …"},
    "start.organisation_name": {
        "nb": "Navnet på den nye organisasjonen",
        "en": "Name of the new organisation",
    },
    "start.period_start": {"nb": "Planperioden starter", "en": "The plan period starts"},
    "start.period_end": {"nb": "Planperioden slutter", "en": "The plan period ends"},
    "start.cadence": {
        "nb": "Rapportering hver … dag",
        "en": "Reporting every … days",
    },
    "start.cadence_help": {
        "nb": "Et tiltak som ikke er oppdatert på så mange dager, vises som «ikke oppdatert».",
        "en": "A measure not updated for this many days is shown as “not updated”.",
    },
    "start.parent": {"nb": "Ligger under plan (valgfritt)", "en": "Sits under plan (optional)"},
    "start.no_parent": {"nb": "Ingen (en plan på øverste nivå)", "en": "None (a top-level plan)"},
    "start.description": {"nb": "Beskrivelse (valgfritt)", "en": "Description (optional)"},
    "start.create": {"nb": "Opprett planen", "en": "Create the plan"},
    "start.created": {
        "nb": "Planen «{name}» er opprettet (nr. {batch} i Importhistorikk). Neste steg: "
        "last ned malene og fyll inn mål og tiltak.",
        "en": "The plan “{name}” has been created (no. {batch} in Import history). Next: "
        "download the templates and fill in goals and measures.",
    },
    "start.not_allowed": {
        "nb": "Bare sekretariatet og administratorer kan opprette planer.",
        "en": "Only the secretariat and administrators can create plans.",
    },
    "start.step2": {"nb": "2. Last ned malene", "en": "2. Download the templates"},
    "start.step2_help": {
        "nb": "Malene har kolonnene opplastingen venter, fylt med det planen allerede har. "
        "Åpne dem i Excel, fyll inn og lagre som CSV eller Excel.",
        "en": "The templates have the columns the upload expects, filled with what the plan "
        "already has. Open them in Excel, fill them in and save as CSV or Excel.",
    },
    "start.template_plan": {"nb": "Plan", "en": "Plan"},
    "start.step3": {"nb": "3. Last opp mål og tiltak", "en": "3. Upload goals and measures"},
    "start.step3_help": {
        "nb": "Last opp målene først, så tiltakene. Du ser hva som blir lagt til før noe lagres, "
        "og hver opplasting kan angres.",
        "en": "Upload the goals first, then the measures. You see what will be added before "
        "anything is saved, and every upload can be undone.",
    },
    "start.to_upload": {"nb": "Gå til Last opp", "en": "Go to Upload"},
    "start.step4": {"nb": "4. Gi kollegene tilgang", "en": "4. Give your colleagues access"},
    "start.step4_admin": {
        "nb": "Opprett kontoer for sekretariatet (laster opp) og lesere (ledelse, styre).",
        "en": "Create accounts for the secretariat (uploads) and viewers (leaders, board).",
    },
    "start.to_users": {"nb": "Gå til Brukere", "en": "Go to Users"},
    "start.step4_secretariat": {
        "nb": "Be en administrator opprette kontoer for kollegene på siden Brukere.",
        "en": "Ask an administrator to create your colleagues' accounts on the Users page.",
    },
    "start.plans": {"nb": "Planene i databasen", "en": "The plans in the database"},
    "start.col_id": {"nb": "Id", "en": "Id"},
    "start.col_name": {"nb": "Navn", "en": "Name"},
    "start.col_cadence": {"nb": "Rapportering (dager)", "en": "Reporting (days)"},
    "start.col_parent": {"nb": "Under plan", "en": "Under plan"},
    "start.archived": {"nb": "Arkivert", "en": "Archived"},
    "start.active": {"nb": "I bruk", "en": "In use"},
    "start.archive": {"nb": "Arkiver en plan", "en": "Archive a plan"},
    "start.archive_help": {
        "nb": "En arkivert plan forsvinner fra planvalget og lesernes sider; dataene blir "
        "liggende, og planen kan hentes fram igjen.",
        "en": "An archived plan leaves the plan picker and the readers' pages; its data "
        "stays, and the plan can be brought back.",
    },
    "start.archive_button": {"nb": "Arkiver", "en": "Archive"},
    "start.unarchive_button": {"nb": "Hent fram igjen", "en": "Bring back"},
    "start.archived_done": {
        "nb": "Planen «{id}» er arkivert.",
        "en": "The plan “{id}” is archived.",
    },
    "start.unarchived_done": {
        "nb": "Planen «{id}» er hentet fram igjen.",
        "en": "The plan “{id}” is back.",
    },
    # Removing the demo
    "start.demo": {"nb": "Fjern demoplanene", "en": "Remove the demo plans"},
    "start.demo_help": {
        "nb": "Demoplanene er eksempler. Fjerner du dem, forsvinner de med alle mål, tiltak, "
        "statuser, kanaltall og møter under dem. Deres egne planer berøres ikke.",
        "en": "The demo plans are examples. Removing them takes them away with every goal, "
        "measure, status, channel figure and meeting under them. Your own plans are not "
        "touched.",
    },
    "start.demo_confirm": {
        "nb": "Skriv {word} for å bekrefte",
        "en": "Type {word} to confirm",
    },
    "start.demo_word": {"nb": "FJERN", "en": "REMOVE"},
    "start.demo_button": {"nb": "Fjern demoplanene", "en": "Remove the demo plans"},
    "start.demo_removed": {
        "nb": "Demoplanene er fjernet ({plans}).",
        "en": "The demo plans have been removed ({plans}).",
    },
    "start.demo_removed_undone": {
        "nb": "Senere opplastinger til demoplanene ble angret med dem: nr. {batches}.",
        "en": "Later uploads to the demo plans were undone with them: no. {batches}.",
    },
    "start.demo_admin_only": {
        "nb": "Bare en administrator kan fjerne demoplanene.",
        "en": "Only an administrator can remove the demo plans.",
    },
}
