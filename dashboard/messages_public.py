"""Words of the public status page per plan (issue 11): publishing it, and the page itself."""

MESSAGES: dict[str, dict[str, str]] = {
    # Import history: the batch kinds
    "kind.publish": {"nb": "Publisering av statusside", "en": "Status page published"},
    "kind.unpublish": {"nb": "Avpublisering av statusside", "en": "Status page unpublished"},
    # Refusals (dashboard.publication raises plans.PlanRefused with these codes)
    "plans.already_published": {
        "nb": "Planen {id} er allerede publisert.",
        "en": "The plan {id} is already published.",
    },
    "plans.not_published": {
        "nb": "Planen {id} er ikke publisert.",
        "en": "The plan {id} is not published.",
    },
    "plans.publish_archived": {
        "nb": "Planen {id} er arkivert. Hent den tilbake før du publiserer den.",
        "en": "The plan {id} is archived. Bring it back before you publish it.",
    },
    # The command line
    "public.cli_published": {
        "nb": "Planen {id} er publisert (importbatch {batch}). Statussiden er {path} "
        "på dashbordets adresse.",
        "en": "The plan {id} is published (import batch {batch}). Its status page is {path} "
        "at the dashboard's address.",
    },
    "public.cli_unpublished": {
        "nb": "Planen {id} er ikke lenger publisert (importbatch {batch}).",
        "en": "The plan {id} is no longer published (import batch {batch}).",
    },
    # Kom i gang (admin) and Oversikt
    "public.heading": {"nb": "Offentlig statusside", "en": "Public status page"},
    "public.help": {
        "nb": "Offentlige virksomheter publiserer gjerne fremdriften i planen sin. "
        "En publisert plan får en egen side som alle med lenken kan åpne, uten å logge inn.",
        "en": "Public bodies often publish their plan's progress. A published plan gets a page "
        "of its own that anyone with the link can open, without signing in.",
    },
    "public.plan": {"nb": "Plan", "en": "Plan"},
    "public.toggle": {"nb": "Publisert", "en": "Published"},
    "public.toggle_help": {
        "nb": "Alle med lenken kan se mål, framdrift og status, uten kommentarer og navn",
        "en": "Anyone with the link can see goals, progress and status, without comments and names",
    },
    "public.since": {
        "nb": "Publisert siden {date} av {by}.",
        "en": "Published since {date} by {by}.",
    },
    "public.not_published": {
        "nb": "Ikke publisert: siden svarer «finnes ikke».",
        "en": "Not published: the page answers “not found”.",
    },
    "public.link": {"nb": "Lenke til statussiden", "en": "Link to the status page"},
    "public.link_help": {
        "nb": "Kopier lenken med knappen til høyre i feltet.",
        "en": "Copy the link with the button at the field's right.",
    },
    "public.done_published": {
        "nb": "{name} er publisert (importbatch {batch}; kan angres i Importhistorikk).",
        "en": "{name} is published (import batch {batch}; can be undone in Import history).",
    },
    "public.done_unpublished": {
        "nb": "{name} er ikke lenger publisert (importbatch {batch}).",
        "en": "{name} is no longer published (import batch {batch}).",
    },
    "public.admin_only": {
        "nb": "Bare en administrator kan publisere en plan.",
        "en": "Only an administrator can publish a plan.",
    },
    "public.open_link": {"nb": "Offentlig statusside", "en": "Public status page"},
    # The public page
    "public.page_title": {"nb": "Status: {name}", "en": "Status: {name}"},
    "public.skip": {"nb": "Hopp til innholdet", "en": "Skip to content"},
    "public.switch_language": {"nb": "Språk", "en": "Language"},
    "public.organisation": {"nb": "Virksomhet", "en": "Organisation"},
    "public.period": {"nb": "Planperiode", "en": "Plan period"},
    "public.as_of": {"nb": "Status per", "en": "Status as of"},
    "public.updated": {"nb": "Sist oppdatert", "en": "Last updated"},
    "public.never_updated": {"nb": "ingen statusoppdateringer ennå", "en": "no status updates yet"},
    "public.overall": {"nb": "Fremdrift i hele planen", "en": "Progress of the whole plan"},
    "public.progress_of": {"nb": "Fremdrift: {what}", "en": "Progress: {what}"},
    "public.no_progress": {
        "nb": "ingen tiltak som teller ennå",
        "en": "no measures that count yet",
    },
    "public.goals": {"nb": "Mål", "en": "Goals"},
    "public.goals_caption": {"nb": "Fremdrift per mål", "en": "Progress per goal"},
    "public.col.goal": {"nb": "Mål", "en": "Goal"},
    "public.col.progress": {"nb": "Fremdrift", "en": "Progress"},
    "public.no_goals": {"nb": "Planen har ingen mål ennå.", "en": "The plan has no goals yet."},
    "public.statuses": {"nb": "Tiltak etter status", "en": "Measures by status"},
    "public.measures": {"nb": "Tiltakene", "en": "The measures"},
    "public.no_measures": {"nb": "Ingen tiltak under dette målet.", "en": "No measures here."},
    "public.due": {"nb": "frist {date}", "en": "due {date}"},
    "public.overdue": {"nb": "forfalt", "en": "overdue"},
    "public.outcomes": {"nb": "Resultatmål", "en": "Outcome targets"},
    "public.outcomes_caption": {
        "nb": "Resultatmål for {goal}: målverdi og faktisk tall",
        "en": "Outcome targets of {goal}: target and actual figure",
    },
    "public.col.figure": {"nb": "Måltall", "en": "Figure"},
    "public.col.target": {"nb": "Målverdi", "en": "Target"},
    "public.col.actual": {"nb": "Faktisk", "en": "Actual"},
    "public.down_is_good": {"nb": "lavere er bedre", "en": "lower is better"},
    "public.met": {"nb": "nådd", "en": "met"},
    "public.not_met": {"nb": "ikke nådd", "en": "not met"},
    "public.no_figure": {"nb": "ingen tall ennå", "en": "no figure yet"},
    "public.footer": {
        "nb": "Siden viser planens mål, fremdrift og status. Kommentarer og navn vises ikke. "
        "Laget med Planpuls.",
        "en": "This page shows the plan's goals, progress and status. Comments and names are "
        "not shown. Made with Planpuls.",
    },
    "public.not_found_title": {"nb": "Finner ikke siden", "en": "Page not found"},
    "public.not_found": {
        "nb": "Det finnes ingen offentlig statusside på denne adressen. Sjekk lenken, "
        "eller spør den som delte den.",
        "en": "There is no public status page at this address. Check the link, or ask "
        "whoever shared it.",
    },
    "public.index_title": {"nb": "Offentlige statussider", "en": "Public status pages"},
    "public.index_intro": {
        "nb": "Planer som er publisert, med mål, fremdrift og status.",
        "en": "Published plans, with their goals, progress and status.",
    },
    "public.index_none": {
        "nb": "Ingen planer er publisert.",
        "en": "No plans are published.",
    },
    "public.to_index": {"nb": "Alle offentlige statussider", "en": "All public status pages"},
}
