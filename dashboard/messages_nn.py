"""Every message in nynorsk ("nn"), keyed like :data:`dashboard.i18n.MESSAGES`.

Kept apart from the area modules so that nynorsk is one file to read and review
(Språkrådet's norms: "ikkje", "eit", "kva", "framdrift", "ansvarleg", "verksemd").
dashboard/i18n.py merges these into the table at import; tests/test_nynorsk.py checks
that every key has a text here with the same placeholders as bokmål.
"""

NN: dict[str, str] = {
    # core (dashboard/i18n.py)
    "app.title": "Planpuls",
    "app.tagline": "Følg kommunikasjonsplanen: mål, tiltak, ansvar og kanalar",
    "nav.overview": "Oversikt",
    "nav.goal": "Mål",
    "nav.owners": "Ansvarlege",
    "nav.channels": "Kanalar",
    "lang.label": "Språk",
    "filter.heading": "Utval",
    "filter.plan": "Plan",
    "filter.period": "Periode",
    "filter.period_help": "Status blir vist per siste dag i perioden; kanaltal for heile perioden.",
    "filter.from": "Frå",
    "filter.to": "Til (statusdato)",
    "filter.goal": "Mål",
    "filter.owner": "Ansvarleg",
    "filter.channel": "Kanal",
    "filter.all": "Alle",
    "filter.since": "Endringar sidan",
    "filter.grain": "Tidsoppløysing",
    "filter.metric": "Måltal",
    "filter.reset": "Nullstill utvalet",
    "filter.invalid": "Lenkja hadde ein ugyldig verdi for «{name}» ({value}); viser standardvalet.",
    "filter.bad_period": "Startdatoen for perioden må vere før sluttdatoen; viser planperioden.",
    "grain.month": "Månad",
    "grain.quarter": "Kvartal",
    "grain.year": "År",
    "common.as_of": "Status per {date}",
    "common.plan_period": "Planperiode {start}–{end}",
    "common.plan_closed": (
        "Planperioden er avslutta; statusen blir vist per slutten av planperioden."
    ),
    "common.illustrative": (
        "Demodata: statushistorikk og kanaltal merkte som illustrerande er genererte, ikkje "
        "henta frå kjeldedokumenta."
    ),
    "common.no_plans": (
        "Sekretariatet har ikkje sett opp ein plan enno. Kom tilbake når planen er på plass."
    ),
    "common.db_busy": (
        "Databasen {path} er i bruk av ein annan prosess (til dømes ein kommando i "
        "terminalen). Vent til han er ferdig, og last sida på nytt."
    ),
    "common.db_unreachable": (
        "Får ikkje kontakt med PostgreSQL-databasen {target}. Sjekk PLANPULS_DB (vert, port, "
        "database, brukar) og at databasetenaren køyrer, og last sida på nytt."
    ),
    "common.no_measures": "Ingen tiltak passar til utvalet.",
    "common.none": "Ingen",
    "common.download_csv": "Last ned CSV",
    "common.no_progress": "–",
    "col.goal": "Mål",
    "col.measure": "Tiltak",
    "col.owner": "Ansvarleg",
    "col.status": "Status",
    "col.progress": "Framdrift",
    "col.due": "Frist",
    "col.start": "Start",
    "col.weight": "Vekt",
    "col.channels": "Kanalar",
    "col.audiences": "Målgrupper",
    "col.last_update": "Sist oppdatert",
    "col.comment": "Siste kommentar",
    "col.measures": "Tiltak",
    "col.overdue": "Forfalle",
    "col.attention": "Risiko/forseinka",
    "col.before": "Før",
    "col.after": "No",
    "col.change": "Endring",
    "col.new_comment": "Ny kommentar",
    "col.open": "Opne",
    "col.done": "Fullført",
    "col.due_in": "Frist innan {days} d",
    "col.channel": "Kanal",
    "col.scope": "Intern/ekstern",
    "col.metric": "Måltal",
    "col.value": "Verdi",
    "col.period": "Periode",
    "col.audience": "Målgruppe",
    "col.target": "Målverdi",
    "col.actual": "Resultat",
    "col.achieved": "Oppnådd",
    "col.date": "Dato",
    "col.reported_by": "Rapportert av",
    "col.source": "Kjelde",
    "col.illustrative": "Illustrerande",
    "overview.title": "Oversikt",
    "overview.progress": "Samla framdrift",
    "overview.progress_help": (
        "Rekna ut etter vekta til tiltaka; fullførte tiltak tel 100 %, avbrotne tel ikkje."
    ),
    "overview.measures": "Tiltak",
    "overview.done": "Fullført",
    "overview.overdue": "Forfalle",
    "overview.overdue_help": "Fristen er passert, og tiltaket er verken fullført eller avbrote.",
    "overview.attention": "Risiko eller forseinka",
    "overview.per_goal": "Framdrift per mål",
    "overview.status_counts": "Tiltak etter status",
    "overview.overdue_list": "Forfalne tiltak",
    "overview.attention_list": "Tiltak med risiko eller forseinking",
    "overview.changes": "Endringar sidan {date}",
    "overview.no_changes": "Ingen endringar i perioden.",
    "overview.none_overdue": "Ingen forfalne tiltak.",
    "overview.none_attention": "Ingen tiltak med risiko eller forseinking.",
    "overview.changes_summary": (
        "{changed} tiltak endra, {done} fullførte, {comments} nye kommentarar."
    ),
    "goal.title": "Mål",
    "goal.progress": "Framdrift",
    "goal.measures": "Tiltak",
    "goal.over_time": "Framdrift over tid",
    "goal.timeline": "Tidslinje med fristar",
    "goal.today": "Statusdato",
    "goal.kpis": "Resultatmål",
    "goal.no_goals": "Planen har ingen mål.",
    "goal.history": "Statushistorikk",
    "owners.title": "Ansvarlege",
    "owners.open_by_status": "Opne tiltak per ansvarleg etter status",
    "owners.table": "Arbeidsmengd",
    "owners.list": "Tiltaka til {owner}",
    "owners.pick": "Vel ein ansvarleg i utvalet for å sjå lista over tiltaka.",
    "owners.due_soon": "Frist dei neste {days} dagane",
    "channels.title": "Kanalar",
    "channels.over_time": "{metric} per kanal over tid",
    "channels.scope": "Intern mot ekstern",
    "channels.by_audience": "{metric} etter målgruppe",
    "channels.no_audience": "Ingen tal for dette måltalet er fordelte på målgrupper.",
    "channels.no_data": "Ingen kanaltal i perioden for dette utvalet.",
    "channels.table": "Tal per periode",
    "channels.stock_note": (
        "{metric} er ei behaldning: kvar periode viser siste verdi, ikkje summen."
    ),
    "channels.kpis": "Resultatmål mot faktiske tal",
    "nav.upload": "Last opp",
    "nav.history": "Importhistorikk",
    "upload.title": "Last opp",
    "upload.intro": (
        "Last opp filene de allereie har: planen frå Excel, statusoppdateringar, eller "
        "eksportar frå Meta, LinkedIn, Google Analytics, Matomo, Mailchimp, YouTube, X, "
        "Teams, Jira, Asana, monday.com og Planner. Ingenting blir lagra før du stadfestar."
    ),
    "upload.file": "Fil (.csv, .tsv, .txt, .xlsx, .xls)",
    "upload.kind": "Innhald",
    "upload.kind_auto": "Kjenn att automatisk",
    "upload.by_user": "Blir lasta opp av {name}",
    "upload.channel": "Kanal for tala",
    "upload.channel_help": (
        "Eksporten seier ikkje sjølv kva kanal tala gjeld. Stadfest eller rett namnet; ein ny"
        " kanal blir oppretta viss namnet ikkje finst."
    ),
    "upload.templates": "Malar",
    "upload.templates_help": (
        "Malar med kolonnane Planpuls forstår, som CSV for norsk Excel og som .xlsx."
    ),
    "upload.read_as": "Slik vart fila lesen",
    "upload.ignored": "Desse kolonnane vart ikkje lesne: {columns}.",
    "upload.totals": "Summeringsrader er hoppa over (linje {lines}).",
    "upload.what": "Kva opplastinga vil gjere",
    "upload.added": "Nye",
    "upload.changed": "Endra",
    "upload.unchanged": "Uendra",
    "upload.rejected": "Avviste",
    "upload.history_only": (
        "{n} statusoppdateringar er eldre enn den siste for tiltaket og blir lagra som historikk."
    ),
    "upload.problems": "{n} feil må rettast før fila kan lagrast",
    "upload.problems_capped": "Viser dei første {shown} av {n}.",
    "upload.fix_hint": (
        "Rett feila i fila (linjenummer som i Excel) og last ho opp på nytt. Ingenting er lagra."
    ),
    "upload.new_things": "Blir oppretta ved lagring – {what}: {names}",
    "upload.commit": "Lagre opplastinga",
    "upload.nothing": "Uendra: alt i fila finst allereie. Ingenting å lagre.",
    "upload.saved": (
        "Lagra som opplasting nr. {batch}: {added} nye, {changed} endra, {unchanged} uendra."
    ),
    "upload.refused": (
        "Databasen er endra sidan førehandsvisinga, og fila har no feil. Ingenting er lagra."
    ),
    "upload.reading": "Les fila …",
    "upload.checking": "Sjekkar radene …",
    "upload.done_reading": "Ferdig",
    "upload.rows_tab": "{label} ({n})",
    "upload.no_plan": "Vel ein plan først; opplastinga gjeld planen som er vald.",
    "read.file": "Fil",
    "read.format": "Format",
    "read.kind": "Innhald",
    "read.encoding": "Teiknsett",
    "read.separator": "Skiljeteikn",
    "read.header_line": "Overskrift på linje",
    "read.sheet": "Ark",
    "read.columns": "Kolonnar",
    "read.rows": "Rader",
    "read.plan": "Plan",
    "read.canonical": "Planpuls-mal",
    "sep.;": "semikolon (;)",
    "sep.,": "komma (,)",
    "sep.\t": "tabulator",
    "sep.|": "loddrett strek (|)",
    "kind.demo": "Demoplanar",
    "history.title": "Importhistorikk",
    "history.intro": (
        "Kvar opplasting, kven som gjorde ho og kva ho endra. Ei opplasting kan angrast heilt."
    ),
    "history.none": "Ingen opplastingar enno.",
    "history.col_id": "Nr.",
    "history.col_when": "Tidspunkt",
    "history.col_by": "Av",
    "history.col_file": "Fil",
    "history.col_state": "Tilstand",
    "history.state_committed": "Lagra",
    "history.state_undone": "Angra av {by} {when}",
    "history.undo": "Angre ei opplasting",
    "history.pick": "Opplasting",
    "history.option": "Nr. {id} – {file} ({when})",
    "history.undo_help": "Alt opplastinga la til, blir fjerna, og alt ho endra, blir sett tilbake.",
    "history.confirm": "Ja, angre heile opplasting nr. {id}",
    "history.undo_button": "Angre opplasting nr. {id}",
    "history.undone": "Opplasting nr. {id} er angra.",
    "undo.no_such_batch": "Det finst inga opplasting nr. {batch}.",
    "undo.already_undone": "Opplasting nr. {batch} er allereie angra.",
    "undo.undo_later_first": (
        "Seinare opplastingar ({later}) endra rader frå nr. {batch}. Angre dei først."
    ),
    "undo.still_referenced": (
        "Andre data viser til rader frå opplasting nr. {batch} (til dømes {example}). Angre "
        "dei seinare opplastingane først."
    ),
    "kind.goals": "Mål",
    "kind.measures": "Tiltak",
    "kind.status": "Statusoppdateringar",
    "kind.metrics": "Kanaltal",
    "col.line": "Linje",
    "col.title": "Tittel",
    "col.description": "Skildring",
    "col.column": "Kolonne",
    "col.problem": "Kva er gale",
    "new.owners": "ansvarlege",
    "new.channels": "kanalar",
    "new.audiences": "målgrupper",
    "problem.missing_value": "Manglar verdi. Fyll inn cella.",
    "problem.unknown_measure": (
        "Ukjend tiltak-ID i denne planen. Bruk ID-en slik han står i planen."
    ),
    "problem.measure_archived": (
        "Tiltaket er fjerna frå planen (arkivert). Angre endringa som fjerna det, i "
        "Importhistorikk for å hente det tilbake, eller gi rada ein ny tiltak-ID."
    ),
    "problem.measure_other_plan": (
        "Tiltaket høyrer til ein annan plan. Vel den planen, eller rett ID-en."
    ),
    "problem.unknown_goal": "Ukjent mål i denne planen. Bruk mål-ID-en eller tittelen på målet.",
    "problem.goal_other_plan": "Mål-ID-en er allereie i bruk i ein annan plan. Vel ein annan ID.",
    "problem.unknown_plan": (
        "Ukjend plan. Bruk ID-en eller namnet på planen, eller la cella stå tom."
    ),
    "problem.bad_date": "Ikkje ein gyldig dato. Skriv han som 31.12.2025 eller 2025-12-31.",
    "problem.ambiguous_date": (
        "Kan lesast både som dag/månad og månad/dag. Skriv datoen som 31.12.2025."
    ),
    "problem.future_date": "Datoen er fram i tid. Rapporter berre det som har skjedd.",
    "problem.bad_status": ("Ukjend status. Bruk {statuses} (eller grøn, gul, raud)."),
    "problem.bad_number": "Ikkje eit tal. Skriv tal som 1 234,5.",
    "problem.progress_range": "Framdrift må vere mellom 0 og 100 %.",
    "problem.negative_value": "Kan ikkje vere negativt.",
    "problem.comment_too_long": "Kommentaren er lengre enn 2 000 teikn. Kort han ned.",
    "problem.duplicate_row": "Står allereie lenger oppe i fila. Fjern den doble rada.",
    "problem.extra_fields": (
        "Rada har fleire felt enn overskrifta. Sjekk skiljeteikn og forskuvne kolonnar."
    ),
    "problem.missing_channel": (
        "Manglar kanal. Skriv inn kanalen over, eller legg til kolonnen «kanal»."
    ),
    "problem.unknown_metric": (
        "Ukjent måltal. Bruk til dømes besøkjande, sidevisingar, rekkjevidd, visingar, "
        "følgjarar, abonnentar, opningar, klikk, deltakarar eller omtalar."
    ),
    "problem.end_before_start": "Slutten på perioden er før starten.",
    "problem.due_before_start": "Fristen er før startdatoen.",
    "file.empty_file": "Fila er tom.",
    "file.not_a_table": (
        "Fila er ikkje ein tabell (CSV eller Excel). Lagre ho som CSV eller .xlsx og prøv igjen."
    ),
    "file.broken_workbook": (
        "Excel-fila kan ikkje lesast; ho kan vere skadd eller passordverna. Opne ho i Excel "
        "og lagre ho på nytt som .xlsx."
    ),
    "file.no_header": (
        "Fann inga rad med kolonnenamn. Den første rada med innhald må vere overskriftene."
    ),
    "file.no_rows": "Fila har overskrifter, men ingen rader.",
    "file.unknown_format": (
        "Kjenner ikkje att fila. Fann kolonnane: {found}. Venta til dømes {expected}. Vel "
        "innhald over, eller bruk ein av malane."
    ),
    "file.no_period": (
        "Eksporten seier ikkje kva periode tala gjeld. Eksporter med ein dato- eller "
        "periodekolonne (til dømes per dag eller per månad)."
    ),
    "file.unknown_metric": "Eksporten har eit måltal Planpuls ikkje kjenner: «{name}».",
    "scope.internal": "Intern",
    "scope.external": "Ekstern",
    "scope.no_audience": "Ikkje fordelt",
    # api (dashboard/messages_api.py)
    "api.sign_in": (
        "Planpuls er lukka (PLANPULS_ACCESS=closed): logg inn, eller send ein API-nøkkel som "
        "«Authorization: Bearer <nøkkel>»."
    ),
    "api.bad_token": (
        "API-nøkkelen er ukjend eller trekt tilbake, eller kontoen han høyrer til, er fjerna."
        " Be ein administrator om ein ny."
    ),
    "api.bad_auth": "Send API-nøkkelen som «Authorization: Bearer <nøkkel>».",
    "api.forbidden": "Rolla di ({role}) kan ikkje dette; det krev {required}.",
    "api.not_found": "Adressa {path} finst ikkje i API-et. Sjå {spec} for kva som finst.",
    "api.unknown_plan": "Planen «{plan}» finst ikkje. Sjå /api/v1/plans for planane.",
    "api.unknown_choice": "Planen «{plan}» har ingen {what} «{value}».",
    "api.what.goal": "mål",
    "api.what.owner": "ansvarleg",
    "api.what.channel": "kanal",
    "api.bad_date": "{name}={value} er ikkje ein dato. Skriv ÅÅÅÅ-MM-DD, til dømes 2021-11-18.",
    "api.dates_order": "start ({start}) er etter end ({end}). Byt om datoane.",
    "api.bad_param": "Ukjend parameter «{name}». Tillate her: {allowed}.",
    "api.bad_value": "{name}={value} er ikkje tillate. Vel ein av: {allowed}.",
    "api.repeated": "Parameteren «{name}» er gitt meir enn éin gong.",
    "api.too_long": "Parameteren «{name}» er lengre enn {maximum} teikn.",
    "api.unexpected": (
        "Noko gjekk gale på tenaren ({error}). Feilen er logga; prøv igjen, eller meld frå "
        "til den som driftar Planpuls."
    ),
    "api.token_needed": (
        "Opplasting og angring gjennom API-et krev ein API-nøkkel for sekretariatet eller ein"
        " administrator, sendt som «Authorization: Bearer <nøkkel>»."
    ),
    "api.cross_site": "Ein førespurnad frå ei anna nettside er avvist.",
    "api.not_multipart": (
        "Send fila som eit skjema (Content-Type: multipart/form-data), til dømes med curl -F "
        "file=@tiltak.csv."
    ),
    "api.too_large": (
        "Førespurnaden er større enn grensa for opplastingar ({max} MB). Del fila i mindre "
        "filer (til dømes per år) og last dei opp kvar for seg."
    ),
    "api.bad_form": (
        "Skjemaet kan ikkje lesast. Send éi fil i feltet «file» og elles berre felta "
        "{fields}, kvart på høgst 4 KB."
    ),
    "api.no_file": (
        "Send fila i skjemafeltet «file» med eit filnamn, til dømes -F file=@tiltak.csv."
    ),
    "api.import_unknown_plan": "Planen «{plan}» finst ikkje. Planane er: {plans}.",
    "api.import_choose_plan": "Vel planen i feltet «plan»: {plans}.",
    "api.import_no_plans": (
        "Databasen har ingen planar enno. Lag ein plan på sida Kom i gang først."
    ),
    "api.goal_tool_only": (
        "Feltet «goal» gjeld berre eksportar frå Jira, Asana, monday.com og Planner. Ta det "
        "bort for denne fila. Ingenting er lagra."
    ),
    "api.dry_run": (
        "Prøvekøyring: fila ville gitt {added} nye, {changed} endra og {unchanged} uendra. "
        "Ingenting er lagra."
    ),
    "auth.token_label": "Gi nøkkelen eit namn (høgst {maximum} teikn), til dømes «GA4 kvar natt».",
    "auth.token_role_above": (
        "Ein nøkkel kan ikkje få høgare rolle enn kontoen {name} har ({role})."
    ),
    "auth.no_such_token": "Det finst ingen gyldig nøkkel nummer {no}.",
    "tokens.title": "API-nøklar",
    "tokens.intro": (
        "Ein API-nøkkel lèt eit program lese frå API-et til Planpuls (/api/v1) som ein konto,"
        " med ei rolle (sekretariatet og administratorar kan òg laste opp og angre). Nøkkelen"
        " blir vist berre éin gong; Planpuls lagrar han ikkje i klartekst."
    ),
    "tokens.none": "Ingen API-nøklar enno.",
    "tokens.create": "Lag nøkkel",
    "tokens.label": "Namn på nøkkelen",
    "tokens.owner": "Konto",
    "tokens.role": "Rolle",
    "tokens.created": "Nøkkel nummer {no} er laga. Kopier han no; han blir ikkje vist igjen:",
    "tokens.revoke": "Trekk tilbake",
    "tokens.which": "Nøkkel",
    "tokens.revoked": "Nøkkel nummer {no} er trekt tilbake.",
    "tokens.col_no": "Nr.",
    "tokens.col_prefix": "Byrjar med",
    "tokens.col_used": "Sist brukt",
    "tokens.col_revoked": "Trekt tilbake",
    "tokens.history": "Bruk av API-nøklar",
    "tokens.action.create": "laga",
    "tokens.action.revoke": "trekt tilbake",
    "tokens.action.use": "brukt",
    # auth (dashboard/messages_auth.py)
    "nav.sign_in": "Logg inn",
    "nav.users": "Brukarar",
    "role.viewer": "Lesar",
    "role.secretariat": "Sekretariat",
    "role.admin": "Administrator",
    "auth.title": "Logg inn",
    "auth.name": "Brukarnamn",
    "auth.password": "Passord",
    "auth.sign_in": "Logg inn",
    "auth.sign_out": "Logg ut",
    "auth.sso": "Logg inn med verksemdskonto",
    "auth.or_local": "… eller med ein lokal Planpuls-konto:",
    "auth.signed_in_as": "Innlogga som {name} ({role})",
    "auth.sign_in_here": "Denne sida krev innlogging. Logg inn her, så opnar sida seg.",
    "auth.not_allowed": (
        "Du har ikkje tilgang til denne sida. Spør ein administrator om ei anna rolle."
    ),
    "auth.no_admin": (
        "Det finst ingen administrator enno. Køyr `.venv/bin/python -m dashboard users add "
        "NAMN --role admin` i ein terminal (du blir spurd om passordet); det verkar òg medan "
        "dashbordet køyrer."
    ),
    "auth.bad_credentials": "Feil brukarnamn eller passord.",
    "auth.throttled": "For mange mislukka forsøk. Vent {seconds} sekund og prøv igjen.",
    "auth.bad_name": (
        "Brukarnamnet «{name}» kan ikkje brukast: 2–64 teikn, bokstavar, tal og . @ + -."
    ),
    "auth.bad_role": "Ukjend rolle «{role}». Bruk ei av: {roles}.",
    "auth.short_password": "Passordet må ha minst {minimum} teikn.",
    "auth.passwords_differ": "Passorda er ikkje like.",
    "auth.user_exists": "Brukaren {name} finst allereie.",
    "auth.no_such_user": "Brukaren {name} finst ikkje.",
    "auth.last_admin": "{name} er den siste administratoren og må behalde rolla.",
    "users.title": "Brukarar",
    "users.name": "Brukarnamn",
    "users.role": "Rolle",
    "users.created": "Oppretta",
    "users.created_by": "Oppretta av",
    "users.updated": "Endra",
    "users.add": "Legg til brukar",
    "users.repeat": "Gjenta passordet",
    "users.added": "Brukaren {name} er lagd til.",
    "users.change": "Endre ein brukar",
    "users.set_role": "Set rolle",
    "users.role_set": "{name} har no rolla {role}.",
    "users.new_password": "Nytt passord",
    "users.reset": "Set nytt passord",
    "users.reset_done": "{name} har fått nytt passord og er logga ut overalt.",
    "users.confirm_remove": "Ja, fjern {name}",
    "users.remove": "Fjern brukar",
    "users.removed": "Brukaren {name} er fjerna.",
    "users.history": "Endringar i brukarar",
    "users.action": "Handling",
    "users.detail": "Detalj",
    # backup (dashboard/messages_backup.py)
    "backup.done": "Tryggingskopi av {db} skriven til {path} ({size} MB, skjemaversjon {version}).",
    "backup.no_database": (
        "Det finst ingen database {path} å ta tryggingskopi av. Sjekk --db eller PLANPULS_DB."
    ),
    "backup.postgres": (
        "Databasen {db} er PostgreSQL: Planpuls tek ikkje tryggingskopi av han og "
        "gjenopprettar han ikkje sjølv. Bruk PostgreSQL sine eigne verktøy, pg_dump og "
        "pg_restore (sjå docs/scale-out.md)."
    ),
    "backup.exists": (
        "{path} finst allereie. Vel eit anna filnamn (eller ei mappe), eller legg til "
        "--overwrite for å erstatte fila."
    ),
    "backup.live": (
        "{path} er sjølve databasen (eller ei fil som høyrer til han). Skriv tryggingskopien "
        "til ei anna fil."
    ),
    "backup.not_found": "Finn ikkje fila {path}. Sjekk namnet og mappa.",
    "backup.same": "{path} er sjølve databasen; han kan ikkje gjenopprettast frå seg sjølv.",
    "backup.not_database": (
        "{path} er ikkje ei databasefil. Vel ei fil laga med «python -m dashboard backup» "
        "eller ein planlagd tryggingskopi (planpuls-….duckdb)."
    ),
    "backup.not_planpuls": (
        "{path} er ein database, men ikkje ein Planpuls-database (han manglar "
        "skjemaversjonen). Vel ei fil laga med «python -m dashboard backup»."
    ),
    "backup.too_new": (
        "{path} har skjemaversjon {found}, nyare enn denne Planpuls ({known}). Oppgrader "
        "Planpuls før du gjenopprettar han."
    ),
    "backup.busy": (
        "Databasen {path} er i bruk av ein annan prosess (truleg dashbordet som køyrer). "
        "Stopp dashbordet, gjenopprett, og start det igjen."
    ),
    "backup.confirm": (
        "Erstatte databasen {db} med {src}? Fila du har i dag, blir teken vare på ved sida "
        "av. [j/N] "
    ),
    "backup.need_yes": "Gjenoppretting erstattar databasen {db}. Legg til --yes for å stadfeste.",
    "backup.cancelled": "Avbrote; ingenting er endra.",
    "backup.restored": "Databasen {db} er gjenoppretta frå {src} (skjemaversjon {version}).",
    "backup.migrated": "Kopien hadde skjemaversjon {found} og er oppdatert til {version}.",
    "backup.kept": "Den førre fila er lagra som {kept}.",
    "backup.start_again": "Start dashbordet igjen.",
    "backup.page_title": "Tryggingskopi",
    "backup.page_intro": (
        "Last ned ein fersk kopi av heile databasen (alle planar, opplastingar og kontoar, "
        "med passord-hashar). Kopien blir laga når du klikkar, medan dashbordet er i bruk, og"
        " inneheld kvar opplasting heil. Ta vare på han på ein trygg stad. Gjenopprett med "
        "«python -m dashboard restore FIL» medan dashbordet er stoppa."
    ),
    "backup.download": "Last ned tryggingskopi",
    "backup.schedule_off": (
        "Planlagde tryggingskopiar er slått av. Set PLANPULS_BACKUP_DIR for ein dagleg kopi "
        "(sjå README, «Sikkerhetskopi / Backup»)."
    ),
    "backup.schedule_invalid": (
        "Planlagde tryggingskopiar er slått av fordi ei innstilling er feil: {error}"
    ),
    "backup.schedule_on": (
        "Tenaren tek ein tryggingskopi med {hours} timars mellomrom til {folder} og tek vare "
        "på dei {keep} nyaste."
    ),
    "backup.schedule_newest": "Nyaste: {when} ({count} i mappa).",
    "backup.schedule_none_yet": (
        "Ingen er tekne enno; den første kjem eit halvt minutt etter at dashbordet starta."
    ),
    "backup.schedule_late": (
        "Men den nyaste er frå {when}, eldre enn intervallet: dei siste forsøka har feila. "
        "Sjå loggen til tenaren."
    ),
    # board (dashboard/messages_board.py)
    "present.nav": "Presentasjon",
    "report.nav": "Rapport",
    "board.and": "og",
    "board.n_more": "{n} til",
    "board.no_progress": "Ingen tiltak tel med i framdrifta enno.",
    "board.progress": "Framdrifta er {progress}.",
    "board.progress_since": "Framdrifta er {progress} ({delta} sidan {since}).",
    "board.plan_progress": "Samla framdrift for planen er {progress}.",
    "board.plan_progress_since": (
        "Samla framdrift for planen er {progress} ({delta} sidan {since})."
    ),
    "board.of_measures.one": "Det eine tiltaket er {statuses}.",
    "board.of_measures.other": "Av {n} tiltak er {statuses}.",
    "board.done_since.one": "Sidan {since} er eitt tiltak fullført: {titles}.",
    "board.done_since.other": "Sidan {since} er {n} tiltak fullførte: {titles}.",
    "board.status_changed.one": "Eitt tiltak har fått ein annan status: {moves}.",
    "board.status_changed.other": "{n} tiltak har fått ein annan status: {moves}.",
    "board.move": "{title} frå {before} til {after}",
    "board.no_changes_since": "Ingen endringar sidan {since}.",
    "board.overdue.one": "Eitt tiltak har passert fristen: {titles}.",
    "board.overdue.other": "{n} tiltak har passert fristen: {titles}.",
    "board.attention.one": "Eitt tiltak er meldt med risiko eller forseinking: {titles}.",
    "board.attention.other": "{n} tiltak er melde med risiko eller forseinking: {titles}.",
    "board.stale.one": "Eitt tiltak er ikkje oppdatert på over {days} dagar.",
    "board.stale.other": "{n} tiltak er ikkje oppdaterte på over {days} dagar.",
    "board.changes_summary": (
        "Sidan {since} er {changed} tiltak endra: {done} fullførte, {late} har passert "
        "fristen, og det har kome {comments} nye kommentarar."
    ),
    "report.title": "Orientering og status: {plan}",
    "report.kicker_meeting": "Saksframlegg {meeting}",
    "report.kicker_date": "Statusrapport per {date}",
    "report.subtitle_meeting": "{meeting}, {date}",
    "report.meta_kind": "Type sak",
    "report.meta_kind_value": "Orienteringssak",
    "report.meta_to": "Til",
    "report.meta_meeting": "Møte",
    "report.meta_as_of": "Statusdato",
    "report.meta_since": "Endringar sidan",
    "report.meta_period": "Planperiode",
    "report.meta_generated": "Laga",
    "report.no_baseline": "Ingen tidlegare møte registrert",
    "report.no_description": "Planen har inga skildring.",
    "report.goals_intro": "Planen har {n} prioriterte mål: {goals}.",
    "report.background": "Bakgrunn",
    "report.why": "Kvifor saka blir lagd fram",
    "report.why_text": "Saka blir lagd fram til orientering om status for handlingsplanen.",
    "report.main_points": "Hovudpunkt",
    "report.overall": "Samla status",
    "report.per_goal_chart": "Framdrift per mål",
    "report.status_chart": "Tiltak etter status",
    "report.measures": "Tiltak",
    "report.changes": "Endringar sidan",
    "report.attention": "Treng merksemd",
    "report.no_changes": "Ingen endringar.",
    "report.no_attention": (
        "Ingen tiltak med risiko, forseinking, passert frist eller manglande oppdatering."
    ),
    "report.decision": "Forslag til vedtak",
    "report.decision_text": "Saka blir teken til orientering.",
    "report.legend": "Status",
    "report.progress": "Framdrift",
    "report.since": "sidan",
    "report.goal": "Mål",
    "report.page": "Side",
    "report.frozen_note": (
        "Tala er augneblinksbiletet som vart lagra for {meeting} ({recorded}); seinare "
        "opplastingar endrar dei ikkje. Eit tiltak blir rekna som ikkje oppdatert etter "
        "{days} dagar utan statusoppdatering."
    ),
    "report.live_note": (
        "Tala er rekna ut frå statusoppdateringane slik dei står no. Eit tiltak blir rekna "
        "som ikkje oppdatert etter {days} dagar utan statusoppdatering."
    ),
    "meeting.since_label": "Endringar sidan møte",
    "meeting.other_date": "Annan dato …",
    "meeting.since_title": "Endringar sidan {since}",
    "meeting.snapshot_note": (
        "Samanlikna med augneblinksbiletet som vart lagra for {meeting}: seinare opplastingar"
        " endrar ikkje kva møtet såg."
    ),
    "meeting.kpi_progress": "Framdrift ±",
    "meeting.kpi_progress_help": "Samla framdrift no minus då, i prosentpoeng (pp).",
    "meeting.kpi_done": "Ferdigstilte",
    "meeting.kpi_late": "Passert frist",
    "meeting.kpi_late_help": "Tiltak som har passert fristen sidan då.",
    "meeting.kpi_status": "Ny status",
    "meeting.kpi_comments": "Nye kommentarar",
    "meeting.none": "Ingen møte er registrerte for denne planen enno.",
    "meeting.list_title": "Registrerte møte",
    "meeting.col_name": "Møte",
    "meeting.col_date": "Møtedato",
    "meeting.col_recorded": "Registrert",
    "meeting.col_by": "Av",
    "meeting.col_measures": "Tiltak i augneblinksbiletet",
    "meeting.record_title": "Registrer eit møte",
    "meeting.record_help": (
        "Statusen til planen per møtedatoen blir lagra som eit augneblinksbilete. Rapporten, "
        "presentasjonen og «endringar sidan» for møtet viser alltid dette biletet, same kva "
        "som blir lasta opp seinare."
    ),
    "meeting.name": "Namn på møtet",
    "meeting.name_placeholder": "Til dømes Møte 6/2021",
    "meeting.date": "Møtedato",
    "meeting.record_button": "Registrer møtet og lagre augneblinksbiletet",
    "meeting.recorded": "{name} ({date}) er registrert med augneblinksbilete av {n} tiltak.",
    "meeting.remove_title": "Fjern eit møte",
    "meeting.remove_help": (
        "Eit feilregistrert møte blir fjerna saman med augneblinksbiletet sitt; registrer det"
        " så på nytt."
    ),
    "meeting.remove_confirm": "Ja, fjern {name} og augneblinksbiletet",
    "meeting.remove_button": "Fjern møtet",
    "meeting.removed": "{name} er fjerna.",
    "meeting.error.name_missing": "Skriv inn namnet på møtet, til dømes «Møte 6/2021».",
    "meeting.error.name_too_long": "Namnet er for langt (høgst {max} teikn).",
    "meeting.error.name_taken": (
        "Planen har allereie eit møte som heiter «{name}». Vel eit anna namn, eller fjern det"
        " gamle først."
    ),
    "meeting.error.future_date": (
        "Møtedatoen {date} er fram i tid. Registrer møtet på møtedagen eller seinare, så kjem"
        " alle statusoppdateringar fram til møtet med; lag ein rapport per dato til "
        "førebuingane."
    ),
    "meeting.error.no_such_plan": "Ukjend plan «{plan}».",
    "meeting.error.no_such_meeting": (
        "Planen har ikkje noko møte som heiter «{name}». Registrerte møte: {known}."
    ),
    "stale.kpi": "Ikkje oppdatert",
    "stale.kpi_help": (
        "Opne tiltak utan statusoppdatering på over {days} dagar (frå siste oppdatering, "
        "eller frå start viss han er seinare). Dei blir talde som «Ikkje oppdatert» overalt."
    ),
    "stale.list_title": "Tiltak som ikkje er oppdaterte",
    "stale.none": "Alle opne tiltak er oppdaterte dei siste {days} dagane.",
    "stale.list_help": (
        "Blir viste som «Ikkje oppdatert» same kva dei sist melde, fordi siste "
        "statusoppdatering er over {days} dagar gammal."
    ),
    "stale.owners_title": "Ansvarlege som ikkje har rapportert sidan {since}",
    "stale.owners_none": "Alle ansvarlege for pågåande tiltak har rapportert sidan {since}.",
    "stale.col_measures": "Tiltak utan oppdatering",
    "stale.col_last": "Siste oppdatering",
    "stale.col_email": "E-post",
    "stale.remind_all": "Send påminning til alle ({n})",
    "stale.no_email": (
        "Ansvarlege utan e-postadresse får ingen mottakar i e-posten; fyll inn adressa i "
        "e-postprogrammet, eller legg ho inn under «Rediger ansvarlege»."
    ),
    "stale.mail_subject": "Påminning: statusoppdatering for {plan}",
    "stale.mail_intro": (
        "Hei! Vi har ikkje fått statusoppdatering sidan {since} for desse tiltaka i {plan}:"
    ),
    "stale.mail_close": (
        "Send status ({statuses}), framdrift i prosent og ein kort kommentar. Takk!"
    ),
    "present.previous": "Førre",
    "present.next": "Neste",
    "present.home": "Oversikt",
    "present.home_help": "Tittelsida med plan, møte og alle mål",
    "present.exit": "Avslutt presentasjonen",
    "present.choose": "Vel plan og møte",
    "present.meeting": "Møte",
    "present.now": "No (status per {date})",
    "present.overall": "Samla framdrift",
    "present.goals": "Mål",
    "present.goal_of": "Mål {n} av {total}",
    "present.delta": "{delta} sidan {since}",
    "present.measures": "{n} tiltak",
    "present.more": "… og {n} til",
    "present.due": "frist {date}",
    "present.no_attention": (
        "Ingen tiltak med risiko, forseinking, passert frist eller manglande oppdatering."
    ),
    "report.page_title": "Rapport",
    "report.intro": (
        "Statusrapporten til styret eller rådet, bygd som saksframlegget «Orientering og "
        "status handlingsplan». Eit registrert møte viser augneblinksbiletet frå møtet; ein "
        "dato viser statusen slik han står no."
    ),
    "report.source": "Rapport for",
    "report.source_date": "Ein dato (ikkje møte) …",
    "report.as_of": "Statusdato",
    "report.compare": "Samanlikn med",
    "report.compare_default": "Førre møte",
    "report.field": "Felt",
    "report.value": "Verdi",
    "report.download": "Last ned rapporten",
    "report.download_help": (
        "Filene blir laga når du trykkjer: Word for saksframlegget, PowerPoint med eitt "
        "lysbilete per mål (diagramma kan redigerast), PDF for utsending. Filnamn: {stem}."
    ),
    "report.yes": "Ja",
    # cli (dashboard/messages_cli.py)
    "cli.unknown_plan": (
        "ukjend plan «{plan}». Planane er: {plans}. Skriv ein av dei etter --plan (sjå "
        "`python -m dashboard plans list`)."
    ),
    "cli.unknown_plan_none": (
        "ukjend plan «{plan}»: databasen har ingen planar. Lag ein med `python -m dashboard "
        "plans add`, eller last inn demoen med `python -m dashboard demo`."
    ),
    "cli.choose_plan": "vel planen med --plan: {plans}.",
    "cli.no_plans": (
        "databasen har ingen planar. Lag ein med `python -m dashboard plans add`, eller last "
        "inn demoen med `python -m dashboard demo`."
    ),
    "cli.choose_format": (
        "vel formatet med --format docx|pptx|pdf, eller gi fila endinga .docx, .pptx eller .pdf."
    ),
    "cli.no_folder": (
        "kan ikkje skrive {path}: mappa {folder} finst ikkje. Opprett mappa, eller vel ei "
        "anna fil med -o."
    ),
    "cli.since_not_before": (
        "--since {since} må vere før datoen for rapporten, {date}. Vel ein tidlegare dato "
        "etter --since."
    ),
    "cli.cannot_write": (
        "kan ikkje skrive {path} ({reason}). Sjekk at du kan skrive i mappa, eller vel ei "
        "anna fil med -o."
    ),
    "cli.cannot_read": (
        "kan ikkje lese {path} ({reason}). Sjekk filnamnet og at du har tilgang til fila."
    ),
    "cli.scope_format": (
        "--scope «{item}»: skriv NAMN=intern eller NAMN=ekstern, t.d. --scope Podkast=ekstern."
    ),
    "cli.tool_options_only": (
        "--goal og --owner gjeld berre eksportar frå Jira, Asana, monday.com og Planner. Ta "
        "dei bort for denne fila."
    ),
    "cli.unknown_goal": (
        "ukjent mål «{goal}» i planen {plan}. Måla er: {goals}. Skriv eitt av dei etter --goal."
    ),
    "cli.unknown_goal_none": (
        "ukjent mål «{goal}»: planen {plan} har ingen mål enno. Last inn måla først, eller ta"
        " bort --goal."
    ),
    "cli.owner_format": (
        '--owner «{value}»: skriv det som "NAMN=ROLLE", t.d. --owner "FoU-leiar=FoUI-leiar".'
    ),
    "cli.choose_organisation": "oppgi organisasjonen med --org. Organisasjonane er: {names}.",
    "cli.name_organisation": "oppgi organisasjonen med --org (databasen har ingen enno).",
    "cli.demo_beside_plans": (
        "demoen kan ikkje lastast inn ved sida av planane i denne databasen: organisasjonane "
        "hans finst der allereie ({organisations}). Last han inn i ei anna fil med --db."
    ),
    "cli.db_busy": (
        "databasen {path} blir brukt av ein annan prosess (ein annan kommando, eller eit "
        "dashbord som ikkje tek imot kommandoar: ein eldre Planpuls, eller ein som ikkje svarar). "
        "Vent til han er ferdig, eller bruk --db for å arbeida i ei anna fil."
    ),
    "cli.db_unreachable": (
        "får ikkje kontakt med PostgreSQL-databasen {target}. Sjekk --db eller PLANPULS_DB "
        "(vert, port, database, brukar) og at databasetenaren køyrer."
    ),
    "cli.init_done": "Databasen {path} har skjemaversjon {version}.",
    "cli.no_admin": (
        "Det finst ingen administrator enno. Lag ein med: "
        "`python -m dashboard users add NAMN --role admin`"
    ),
    "cli.users_none": "Ingen brukarar.",
    "cli.user_added": "Brukaren {name} er lagd til med rolla {role}.",
    "cli.plans_none": "Ingen planar.",
    "cli.plan_created": "Planen {id} er laga (opplasting nr. {batch}).",
    "cli.demo_loaded": "Demoen er lasta inn i {path} (opplasting nr. {batch}):",
    "cli.demo_plan": "{name}: {goals} mål, {measures} tiltak",
    "cli.demo_there": (
        "Demoplanane er allereie i {path} (opplasting nr. {batch}). "
        "Bruk --replace for å lasta dei inn på nytt."
    ),
    "cli.generate_duckdb_only": (
        "generate skriv berre DuckDB-filer: {db} er ein PostgreSQL-database. Gi --db ein filsti."
    ),
    "cli.generated": "Skala {scale} (frø {seed}) er generert i {db} på {seconds} s:",
    # edit (dashboard/messages_edit.py)
    "kind.edit_goals": "Redigering: mål",
    "kind.edit_measures": "Redigering: tiltak",
    "kind.edit_owners": "Redigering: ansvarlege",
    "kind.edit_channels": "Redigering: kanalar",
    "kind.edit_audiences": "Redigering: målgrupper",
    "kind.edit_targets": "Redigering: resultatmål",
    "edit.table.goals": "mål",
    "edit.table.measures": "tiltak",
    "edit.table.owners": "ansvarlege",
    "edit.table.channels": "kanalar",
    "edit.table.audiences": "målgrupper",
    "edit.table.targets": "resultatmål",
    "edit.batch_name": "Redigering: {what}",
    "edit.batch_name_in": "Redigering: {what} ({context})",
    "edit.context_goal": "Mål: {goal}",
    "edit.col.id": "ID",
    "edit.col.title": "Tittel",
    "edit.col.description": "Skildring",
    "edit.col.sort_order": "Rekkjefølgje",
    "edit.col.goal": "Mål",
    "edit.col.owner": "Ansvarleg",
    "edit.col.channels": "Kanalar",
    "edit.col.audiences": "Målgrupper",
    "edit.col.start_date": "Start",
    "edit.col.due_date": "Frist",
    "edit.col.weight": "Vekt",
    "edit.col.name": "Namn",
    "edit.col.email": "E-post",
    "edit.col.scope": "Intern/ekstern",
    "edit.col.channel": "Kanal",
    "edit.col.metric": "Måltal",
    "edit.col.period_start": "Frå",
    "edit.col.period_end": "Til",
    "edit.col.target": "Målverdi",
    "edit.col.direction": "Retning",
    "edit.problem.at_cell": "Rad {row}, {column}: {what}",
    "edit.problem.at_row": "Rad {row}: {what}",
    "edit.problem.empty": "manglar verdi. Fyll han inn.",
    "edit.problem.unknown_goal": "ukjent mål. Vel eitt av måla i planen i lista.",
    "edit.problem.unknown_channel": (
        "ukjend kanal. Vel ein kanal i lista, eller legg han til under Kanalar først."
    ),
    "edit.problem.due_before_start": (
        "fristen er før start. Set ein frist på eller etter startdatoen."
    ),
    "edit.problem.period_reversed": (
        "perioden sluttar før han byrjar. Set «Til» på eller etter «Frå»."
    ),
    "edit.problem.negative_weight": "vekta kan ikkje vere negativ. Bruk 0 eller meir.",
    "edit.problem.not_a_number": "er ikkje eit tal. Skriv eit tal, t.d. 40 eller 1,5.",
    "edit.problem.bad_date": "er ikkje ein dato. Skriv han som 31.12.2025.",
    "edit.problem.bad_email": (
        "er ikkje ei e-postadresse. Skriv ho som namn@døme.no, eller la feltet stå tomt."
    ),
    "edit.problem.bad_scope": "vel intern eller ekstern.",
    "edit.problem.bad_direction": "vel «høgare er betre» (opp) eller «lågare er betre» (ned).",
    "edit.problem.duplicate": (
        "finst allereie i rad {other}. Gi han eit anna namn, eller fjern ei av radene."
    ),
    "edit.problem.in_use_goals": (
        "målet har {n} tiltak eller kanaltal ({uses}) og kan ikkje fjernast. Flytt tiltaka "
        "til eit anna mål (eller fjern dei) på Mål-sida først."
    ),
    "edit.problem.in_use_owners": (
        "er ansvarleg for {n} tiltak ({uses}) og kan ikkje fjernast. Gi tiltaka ein annan "
        "ansvarleg på Mål-sida først."
    ),
    "edit.problem.in_use_channels": (
        "er i bruk i {n} tiltak, resultatmål eller kanaltal ({uses}) og kan ikkje fjernast. "
        "Ta kanalen ut av dei først."
    ),
    "edit.problem.in_use_audiences": (
        "er i bruk i {n} tiltak eller kanaltal ({uses}) og kan ikkje fjernast. Ta målgruppa "
        "ut av dei først."
    ),
    "edit.refused.problems": (
        "Endringa har {n} feil og vart ikkje lagra. Rett dei og førehandsvis på nytt."
    ),
    "edit.refused.nothing": "Ingen endringar å lagre.",
    "edit.refused.stale": (
        "Nokon har endra desse radene sidan tabellen vart vist. Ingenting vart lagra. Last "
        "sida på nytt og gjer endringa igjen."
    ),
    "edit.refused.conflict": (
        "Endringa ville gi to rader med same nøkkel (t.d. to resultatmål med same mål, kanal,"
        " måltal og startdato). Ingenting vart lagra. Endre ei av dei."
    ),
    "edit.refused.no_plan": "Planen {plan} finst ikkje lenger.",
    "edit.section": "Rediger {what}",
    "edit.help": (
        "Endre cellene, legg til rader nedst eller merk og slett rader. Ingenting blir lagra "
        "før du har førehandsvist og trykt «Lagre som éi endring»."
    ),
    "edit.help_measures": (
        "Endre cellene, legg til rader nedst eller merk og slett rader. Ingenting blir lagra "
        "før du har førehandsvist og trykt «Lagre som éi endring». Eit tiltak med "
        "statushistorikk blir arkivert i staden for å bli sletta: det forsvinn frå visingane,"
        " og historikken blir teken vare på."
    ),
    "edit.preview": "Førehandsvis endringar",
    "edit.save": "Lagre som éi endring",
    "edit.discard": "Forkast endringane",
    "edit.no_changes": "Ingen endringar enno. Endre ei celle i tabellen først.",
    "edit.summary": "{added} ny(e), {changed} endra, {removed} fjerna",
    "edit.added": "Nye rader",
    "edit.changed": "Endra rader",
    "edit.removed": "Fjerna rader",
    "edit.archived_note": "blir arkivert (har historikk)",
    "edit.deleted_note": "blir sletta",
    "edit.new_names": "Blir òg oppretta: {names}",
    "edit.new_kind.owner": "ansvarleg",
    "edit.new_kind.channel": "kanal",
    "edit.new_kind.audience": "målgruppe",
    "edit.problems": "{n} feil må rettast før endringa kan lagrast:",
    "edit.col_row": "Rad",
    "edit.col_what": "Rad (tittel)",
    "edit.col_field": "Felt",
    "edit.col_old": "Før",
    "edit.col_new": "Etter",
    "edit.saved": "Lagra som endring nr. {id} — kan angrast i Importhistorikk.",
    "edit.not_allowed": (
        "Berre sekretariatet og administratorar kan lagre endringar. Ingenting vart lagra."
    ),
    # fixes (dashboard/messages_fixes.py)
    "history.large_plan": (
        "Opplasting nr. {id} la til heile planen {plans}: å angre ho fjernar planen med alle "
        "mål, tiltak, statusoppdateringar og kanaltal, {rows} rader i alt."
    ),
    "history.large_plans": (
        "Opplasting nr. {id} la til heile planane {plans}: å angre ho fjernar planane med "
        "alle mål, tiltak, statusoppdateringar og kanaltal, {rows} rader i alt."
    ),
    "history.large_rows": (
        "Opplasting nr. {id} la til eller endra {rows} rader. Å angre ho endrar like mykje tilbake."
    ),
    "history.type_number": "Skriv nummeret på opplastinga ({id}) for å stadfeste",
    # importspeed (dashboard/messages_importspeed.py)
    "importspeed.reading": "Les fila …",
    "importspeed.progress": "{read} rader lesne, {checked} kontrollerte",
    "importspeed.saving": "{read} rader lesne, {checked} kontrollerte – lagrar …",
    # ingest (dashboard/messages_ingest.py)
    "kind.targets": "Resultatmål",
    "kind.owners": "Ansvarlege",
    "kind.channels": "Kanalar",
    "col.email": "E-post",
    "col.direction": "Retning",
    "col.met": "Nådd",
    "direction.up": "↑ høgare er betre",
    "direction.down": "↓ lågare er betre",
    "kpi.met": "✓ nådd",
    "kpi.not_met": "✗ ikkje nådd",
    "problem.target_goal_other_plan": (
        "Målet høyrer til ein annan plan. Vel den planen, eller bruk eit mål i denne planen."
    ),
    "problem.bad_direction": (
        "Ukjend retning. Skriv opp (høgare er betre) eller ned (lågare er betre)."
    ),
    "problem.bad_scope": "Ukjend kanaltype. Skriv intern eller ekstern.",
    "problem.bad_email": (
        "Ikkje ei e-postadresse. Skriv ho som namn@verksemd.no, eller la cella stå tom."
    ),
    "problem.email_without_owner": "E-post utan ansvarleg. Fyll inn ansvarleg på same rad.",
    "problem.extra_fields_at": (
        "Rada har fleire felt enn overskrifta: ein verdi står i ein kolonne utan overskrift. "
        "Sjekk skiljeteikn og forskuvne kolonnar."
    ),
    "col.no_header": "kolonne {letter} (utan overskrift)",
    "upload.scope_title": "Nye kanalar: interne eller eksterne?",
    "upload.scope_help": (
        "Opplastinga opprettar desse kanalane. Vel for kvar om han når folk i verksemda "
        "(intern) eller utanfor (ekstern)."
    ),
    "upload.scope_for": "«{name}»",
    # limits (dashboard/messages_limits.py)
    "file.file_too_large": (
        "Fila er {size} MB; høgst {max} MB kan lastast opp. Del ho i mindre filer (til dømes "
        "per år) og last dei opp kvar for seg."
    ),
    "file.too_many_rows": (
        "Fila har {rows} linjer; høgst {max} rader kan lesast frå éi fil. Del ho i mindre "
        "filer og last dei opp kvar for seg."
    ),
    "file.too_many_columns": (
        "Linje {line} har meir enn {max} kolonnar, og fleire kan ikkje lesast. Sjekk at "
        "skiljeteiknet er rett, og fjern kolonnar du ikkje treng."
    ),
    "file.sheet_too_wide": (
        "Arket er {columns} kolonnar breitt; høgst {max} kan lesast. Fjern kolonnar du ikkje "
        "treng, eller kopier tabellen til eit nytt ark."
    ),
    "file.cell_too_long": (
        "Linje {line}{column_text}: ei celle er lengre enn {max} teikn, og lengre kan ikkje "
        "lesast. Kort ned teksten (eller sjekk at det ikkje manglar eit hermeteikn) og prøv "
        "igjen."
    ),
    "file.cell_column": ", kolonne {column}",
    "file.workbook_too_large": (
        "Excel-fila blir pakka ut til {size} MB; høgst {max} MB kan lesast. Del ho i mindre "
        "filer, eller lagre arket som CSV."
    ),
    "file.zip_bomb": (
        "Excel-fila blir {ratio} gonger større når ho blir pakka ut (høgst {max}). Det gjer "
        "ikkje eit vanleg rekneark; fila blir ikkje lesen. Opne ho i Excel og lagre ho på "
        "nytt, eller lagre arket som CSV."
    ),
    "problem.text_too_long": "Teksten er lengre enn {max} teikn. Kort han ned.",
    "error.unexpected": (
        "Noko gjekk gale, og ingenting vart endra. Prøv igjen; skjer det igjen, send fila og "
        "tidspunktet ({when}) til den som driftar Planpuls."
    ),
    "error.unexpected_cli": (
        "Uventa feil ({error}); ingenting vart endra. Detaljar: {log} (eller køyr igjen med "
        "--debug)."
    ),
    # local (dashboard/messages_local.py)
    "local.lost": (
        "Sambandet med dashbordet ({url}) vart brote medan kommandoen køyrde. Sjekk med "
        "`python -m dashboard batches` om han vart utført, og prøv igjen."
    ),
    "local.other_account": (
        "Dashbordet som held databasen, køyrer som brukaren {owner}, og berre den brukaren "
        "kan lese {path} og sende kommandoar til det. Køyr kommandoen som {owner} (til dømes "
        "med `sudo -u {owner}`)."
    ),
    "local.not_here": (
        "Kommandoen «{command}» kan ikkje køyrast gjennom dashbordet. Stopp dashbordet først,"
        " eller bruk --db med ei anna fil."
    ),
    # perf (dashboard/messages_perf.py)
    "perf.history_latest": (
        "Viser dei {shown} nyaste av {total} statusoppdateringar. Nedlastingane har alle."
    ),
    "perf.batches_shown": "Viser dei {shown} nyaste av {total} importar.",
    "perf.show_more": "Vis fleire",
    # plans (dashboard/messages_plans.py)
    "plans.id_missing": "Planen treng ein id (små bokstavar, tal og bindestrek).",
    "plans.bad_id": (
        "«{id}» kan ikkje brukast som id: bruk berre små bokstavar a–z, tal og enkle "
        "bindestrekar, høgst {max} teikn (til dømes «hmn-2026-h1»)."
    ),
    "plans.name_missing": "Planen treng eit namn.",
    "plans.name_too_long": "Namnet er for langt (høgst {max} teikn).",
    "plans.organisation_missing": "Skriv kva organisasjon planen høyrer til.",
    "plans.period_missing": "Planen treng ein start- og ein sluttdato.",
    "plans.bad_period": "Startdatoen ({start}) er etter sluttdatoen ({end}). Byt om datoane.",
    "plans.bad_cadence": (
        "Rapporteringsintervallet må vere eit heilt tal dagar frå 1 til {max} (fekk {days})."
    ),
    "plans.parent_self": "Ein plan kan ikkje liggje under seg sjølv ({id}).",
    "plans.no_such_parent": "Det finst ingen plan med id «{parent}» å leggje planen under.",
    "plans.parent_archived": (
        "Planen «{parent}» er arkivert; hent han fram att først, eller vel ein annan."
    ),
    "plans.parent_cycle": "«{parent}» ligg sjølv under «{id}»; då ville planane gått i ring.",
    "plans.id_taken": (
        "Det finst allereie ein plan med id «{id}» (kanskje arkivert). Vel ein annan id."
    ),
    "plans.no_such_plan": "Det finst ingen plan med id «{id}».",
    "plans.already_archived": "Planen «{id}» er allereie arkivert.",
    "plans.not_archived": "Planen «{id}» er ikkje arkivert.",
    "plans.no_demo": "Det er ingen demoplanar i databasen.",
    "plans.demo_has_children": (
        "Planane {plans} ligg under ein demoplan. Flytt eller arkiver dei først; demoplanane "
        "er ikkje fjerna."
    ),
    "plans.demo_mixed_batches": (
        "Opplasting nr. {batches} endra både demoplanane og andre planar. Angre ho i "
        "Importhistorikk først; demoplanane er ikkje fjerna."
    ),
    "plans.demo_dangling": (
        "Demoplanane kan ikkje fjernast: {rows} rader ville vist til noko som ikkje finst "
        "(til dømes {example}). Ingenting er endra."
    ),
    "kind.plan": "Ny plan",
    "common.no_plans_staff": "Det finst ingen plan enno. Opprett den første på Kom i gang.",
    "start.nav": "Kom i gang",
    "start.title": "Kom i gang",
    "start.intro": (
        "Slik set de opp dykkar eigen plan: opprett planen, last ned malane, fyll inn mål og "
        "tiltak, last dei opp og gi kollegane tilgang. Sida kan brukast igjen seinare, til "
        "dømes til ein halvårsplan under ein regional strategi."
    ),
    "start.progress": "Kor langt de har kome",
    "start.done": "Ferdig",
    "start.todo": "Står att",
    "start.check.plan": "Ein plan er oppretta",
    "start.check.goals": "Planen har mål",
    "start.check.measures": "Planen har tiltak",
    "start.check.users": "Kollegar har fått brukarkonto",
    "start.step1": "1. Opprett planen",
    "start.create_another": "Opprett ein plan til (til dømes ein halvårsplan under ein strategi)",
    "start.step1_help": (
        "Planen får ein id som blir brukt i lenkjer og filer. Han blir føreslått ut frå namnet."
    ),
    "start.name": "Namnet på planen",
    "start.name_placeholder": "til dømes Kommunikasjonsplan 1. halvår 2026",
    "start.id": "Id (i lenkjer og filer)",
    "start.organisation": "Organisasjon",
    "start.new_organisation": "Ny organisasjon …",
    "start.organisation_name": "Namnet på den nye organisasjonen",
    "start.period_start": "Planperioden byrjar",
    "start.period_end": "Planperioden sluttar",
    "start.cadence": "Rapportering kvar … dag",
    "start.cadence_help": (
        "Eit tiltak som ikkje er oppdatert på så mange dagar, blir vist som «ikkje oppdatert»."
    ),
    "start.parent": "Ligg under plan (valfritt)",
    "start.no_parent": "Ingen (ein plan på øvste nivå)",
    "start.description": "Skildring (valfritt)",
    "start.create": "Opprett planen",
    "start.created": (
        "Planen «{name}» er oppretta (nr. {batch} i Importhistorikk). Neste steg: last ned "
        "malane og fyll inn mål og tiltak."
    ),
    "start.not_allowed": "Berre sekretariatet og administratorar kan opprette planar.",
    "start.step2": "2. Last ned malane",
    "start.step2_help": (
        "Malane har kolonnane opplastinga ventar, fylte med det planen allereie har. Opne dei"
        " i Excel, fyll inn og lagre som CSV eller Excel."
    ),
    "start.template_plan": "Plan",
    "start.step3": "3. Last opp mål og tiltak",
    "start.step3_help": (
        "Last opp måla først, så tiltaka. Du ser kva som blir lagt til før noko blir lagra, "
        "og kvar opplasting kan angrast."
    ),
    "start.to_upload": "Gå til Last opp",
    "start.step4": "4. Gi kollegane tilgang",
    "start.step4_admin": (
        "Opprett kontoar for sekretariatet (lastar opp) og lesarar (leiinga, styret)."
    ),
    "start.to_users": "Gå til Brukarar",
    "start.step4_secretariat": (
        "Be ein administrator opprette kontoar for kollegane på sida Brukarar."
    ),
    "start.plans": "Planane i databasen",
    "start.col_id": "Id",
    "start.col_name": "Namn",
    "start.col_cadence": "Rapportering (dagar)",
    "start.col_parent": "Under plan",
    "start.archived": "Arkivert",
    "start.active": "I bruk",
    "start.archive": "Arkiver ein plan",
    "start.archive_help": (
        "Ein arkivert plan forsvinn frå planvalet og frå sidene til lesarane; dataa blir "
        "liggjande, og planen kan hentast fram att."
    ),
    "start.archive_button": "Arkiver",
    "start.unarchive_button": "Hent fram att",
    "start.archived_done": "Planen «{id}» er arkivert.",
    "start.unarchived_done": "Planen «{id}» er henta fram att.",
    "start.demo": "Fjern demoplanane",
    "start.demo_help": (
        "Demoplanane er døme. Fjernar du dei, forsvinn dei med alle mål, tiltak, statusar, "
        "kanaltal og møte under dei. Dykkar eigne planar blir ikkje rørte."
    ),
    "start.demo_confirm": "Skriv {word} for å stadfeste",
    "start.demo_word": "FJERN",
    "start.demo_button": "Fjern demoplanane",
    "start.demo_removed": "Demoplanane er fjerna ({plans}).",
    "start.demo_removed_undone": (
        "Seinare opplastingar til demoplanane vart angra saman med dei: nr. {batches}."
    ),
    "start.demo_admin_only": "Berre ein administrator kan fjerne demoplanane.",
    # presets (dashboard/messages_presets.py)
    "file.kind_mismatch": (
        "Fila ser ut som ein eksport frå {preset}, som gir {kind_lower}, men du valde "
        "«{chosen}». Vel «{kind}» som innhald (eller «Kjenn att automatisk») og prøv igjen."
    ),
    "problem.unmapped_goal": (
        "Ingen mål er valt for denne verdien. Vel eit mål for han under «Mål for verdiane» "
        "over (eller eitt mål for heile fila); på kommandolinja: --goal MÅL_ID."
    ),
    "problem.unmapped_owner": (
        "Personen er ikkje knytt til ein ansvarleg. Vel ei rolle for namnet under «Ansvarlege"
        " for personane» over, eller skriv ei ny rolle; på kommandolinja: --owner "
        '"Namn=Rolle".'
    ),
    "map.empty": "(tom)",
    "map.group": "gruppe",
    "map.cli_goals": (
        "Ingen mål for desse verdiane i «{column}»: {values}. Bruk --goal MÅL_ID for eitt mål"
        " til heile fila, eller knyt verdiane til mål på sida Last opp (valet blir hugsa for "
        "planen)."
    ),
    "map.cli_owners": (
        "Ikkje knytt til ein ansvarleg: {names}. Gi kvar person ei rolle med --owner "
        '"{example}=ROLLE" (gjenta for kvar), eller på sida Last opp.'
    ),
    "map.goals_title": "Mål for verdiane",
    "map.goals_help": (
        "Eksporten seier ikkje kva for eitt av måla i planen kvart tiltak høyrer til. Vel "
        "eitt mål for heile fila, eller kva kolonne som seier det og eit mål for kvar verdi. "
        "Vala blir hugsa for planen til neste opplasting."
    ),
    "map.mode": "Mål",
    "map.mode_column": "Etter ein kolonne i fila",
    "map.mode_all": "Eitt mål for heile fila",
    "map.goal_all": "Målet for alle tiltaka",
    "map.column": "Kolonnen som seier målet",
    "map.choose_goal": "– vel mål –",
    "map.owners_title": "Ansvarlege for personane",
    "map.owners_help": (
        "Planpuls fører roller som ansvarlege, ikkje personar. Vel ein ansvarleg for kvart "
        "namn i «{column}», eller skriv ei ny rolle. Ingen blir ansvarleg under sitt eige "
        "namn utan at du vel det. Vala blir hugsa for planen."
    ),
    "map.choose_owner": "– vel ei rolle eller skriv ei ny –",
    "map.rows": "{n} rader, frå linje {line}",
    "map.how_remembered": "hugsa frå sist",
    "map.how_matched": "same namn i planen",
    "map.rows_col": "Rader",
    "upload.series": "Fila har {n} delar, kvar med sin kanal; dei blir kvar sin serie.",
    # public (dashboard/messages_public.py)
    "kind.publish": "Publisering av statusside",
    "kind.unpublish": "Avpublisering av statusside",
    "plans.already_published": "Planen {id} er allereie publisert.",
    "plans.not_published": "Planen {id} er ikkje publisert.",
    "plans.publish_archived": "Planen {id} er arkivert. Hent han tilbake før du publiserer han.",
    "public.cli_published": (
        "Planen {id} er publisert (importbatch {batch}). Statussida er {path} på adressa til "
        "dashbordet."
    ),
    "public.cli_unpublished": "Planen {id} er ikkje lenger publisert (importbatch {batch}).",
    "public.heading": "Offentleg statusside",
    "public.help": (
        "Offentlege verksemder publiserer gjerne framdrifta i planen sin. Ein publisert plan "
        "får ei eiga side som alle med lenkja kan opne, utan å logge inn."
    ),
    "public.plan": "Plan",
    "public.toggle": "Publisert",
    "public.toggle_help": (
        "Alle med lenkja kan sjå mål, framdrift og status, utan kommentarar og namn"
    ),
    "public.since": "Publisert sidan {date} av {by}.",
    "public.not_published": "Ikkje publisert: sida svarar «finst ikkje».",
    "public.link": "Lenkje til statussida",
    "public.link_help": "Kopier lenkja med knappen til høgre i feltet.",
    "public.done_published": (
        "{name} er publisert (importbatch {batch}; kan angrast i Importhistorikk)."
    ),
    "public.done_unpublished": "{name} er ikkje lenger publisert (importbatch {batch}).",
    "public.admin_only": "Berre ein administrator kan publisere ein plan.",
    "public.open_link": "Offentleg statusside",
    "public.page_title": "Status: {name}",
    "public.skip": "Hopp til innhaldet",
    "public.switch_language": "Språk",
    "public.organisation": "Verksemd",
    "public.period": "Planperiode",
    "public.as_of": "Status per",
    "public.updated": "Sist oppdatert",
    "public.never_updated": "ingen statusoppdateringar enno",
    "public.overall": "Framdrift i heile planen",
    "public.progress_of": "Framdrift: {what}",
    "public.no_progress": "ingen tiltak som tel enno",
    "public.goals": "Mål",
    "public.goals_caption": "Framdrift per mål",
    "public.col.goal": "Mål",
    "public.col.progress": "Framdrift",
    "public.no_goals": "Planen har ingen mål enno.",
    "public.statuses": "Tiltak etter status",
    "public.measures": "Tiltaka",
    "public.no_measures": "Ingen tiltak under dette målet.",
    "public.due": "frist {date}",
    "public.overdue": "forfalle",
    "public.outcomes": "Resultatmål",
    "public.outcomes_caption": "Resultatmål for {goal}: målverdi og faktisk tal",
    "public.col.figure": "Måltal",
    "public.col.target": "Målverdi",
    "public.col.actual": "Faktisk",
    "public.down_is_good": "lågare er betre",
    "public.met": "nådd",
    "public.not_met": "ikkje nådd",
    "public.no_figure": "ingen tal enno",
    "public.footer": (
        "Sida viser måla, framdrifta og statusen til planen. Kommentarar og namn blir ikkje "
        "viste. Laga med Planpuls."
    ),
    "public.not_found_title": "Finn ikkje sida",
    "public.not_found": (
        "Det finst inga offentleg statusside på denne adressa. Sjekk lenkja, eller spør den "
        "som delte ho."
    ),
    "public.index_title": "Offentlege statussider",
    "public.index_intro": "Planar som er publiserte, med mål, framdrift og status.",
    "public.index_none": "Ingen planar er publiserte.",
    "public.to_index": "Alle offentlege statussider",
    # reports (dashboard/messages_reports.py)
    "report.bands_chart": "Tiltak etter framdrift",
    "report.appendix": "Vedlegg: alle tiltak",
    "report.rows_of": "tiltak {first}–{last} av {n}",
    # sessions (dashboard/messages_sessions.py)
    "sessions.ended": (
        "Innlogginga di er avslutta (logga ut, gått ut på tid eller kontoen er endra). Logg "
        "inn på nytt."
    ),
    # Issue 12's phone cards, channel cards, words and chart text alternatives.
    "a11y.chart_says": "Diagrammet viser: {text}.",
    "a11y.chart_empty": "Diagrammet har ingen tal å vise.",
    "a11y.more": "og {n} til (sjå tabellen)",
    "a11y.category": "Gjeld",
    "a11y.value": "Verdi",
    "a11y.table": "Vis som tabell",
    "channels.head.title": "Alle kanalar, {start}–{end}",
    "channels.head.rule": (
        "Kvar kanal blir vist med sitt eige hovudtal: det første av besøkjande, abonnentar, "
        "rekkjevidd, deltakarar, omtalar, følgjarar … som kanalen har tal for i dei fleste "
        "periodane (interne kanalar: deltakarar først). Endringa samanliknar tala for perioden "
        "med tala for dei same månadene eitt år før, der begge åra har tal."
    ),
    "channels.head.external": "Eksterne kanalar",
    "channels.head.internal": "Interne kanalar",
    "channels.head.none_in_scope": "Organisasjonen har ingen kanalar av denne typen.",
    "channels.head.label": "{channel}: {metric}",
    "channels.head.flow": "{metric}, sum {start}–{end}",
    "channels.head.stock": "{metric}, siste tal ({end})",
    "channels.head.up": "opp frå i fjor",
    "channels.head.down": "ned frå i fjor",
    "channels.head.same": "som i fjor",
    "channels.head.compared": "{start}–{end}: {now} mot {before} dei same månadene året før",
    "channels.head.no_trend": "Ingen tal frå same periode i fjor å samanlikne med.",
    "channels.head.no_figures": "Ingen tal i perioden for: {channels}.",
    "channels.head.upload": "Last opp tal",
    "channels.head.ask_secretariat": "Sekretariatet kan laste opp tal under «Last opp».",
    "channels.head.detail": "Eitt måltal i detalj",
    "phone.open_goal": "Opne eit mål",
    "phone.open_goal_help": "Trykk på eit mål for å sjå tiltaka, fristane og kommentarane.",
    "phone.open_owner": "Opne ein ansvarleg",
    "phone.all_owners": "Alle ansvarlege",
    "phone.due": "Frist {date}",
    "phone.no_due": "Ingen frist",
    "phone.updated": "Sist oppdatert {date}",
    "phone.no_comment": "Ingen kommentar enno.",
    "phone.progress": "Framdrift {value}",
    "phone.due_soon_short": "Frist innan {days} d.",
    "actor.cli": "Kommandolinje",
    "actor.cli_user": "Kommandolinje ({user})",
    "actor.api": "{user} (API)",
    "actor.demo": "Demodata",
    "users.action.add": "Lagd til",
    "users.action.remove": "Fjerna",
    "users.action.set_role": "Ny rolle",
    "users.action.reset_password": "Nytt passord",
    "users.never": "–",
    "upload.drop_limit": (
        "Dra og slepp fila her, eller vel ho med knappen: {formats}, høgst {size} per fil."
    ),
    "upload.browse": "Vel fil",
    "file.template": "planpuls-mal-{kind}-{plan}",
    "read.canonical_wide": "{name} (brei)",
    "upload.chosen_size": "Fila er {size}.",
    # vocab (dashboard/messages_vocab.py)
    "vocab.or": "eller",
}
