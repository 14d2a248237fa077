"""Words and number/date formats in Norwegian bokmål (default), nynorsk and English.

Every text a person reads comes from :data:`MESSAGES`; every number and date on
a page goes through :class:`Translator` so one switch changes them all
(``1 234,5`` and ``31.12.2025`` in bokmål, ``1,234.5`` and ``31 Dec 2025`` in English).
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass

from dashboard import formats

#: The UI languages, each named in itself: bokmål, nynorsk, English.
LANGUAGES: dict[str, str] = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}
#: Each language's BCP 47 tag, for documents' language property (Word, PDF, HTML).
LANGUAGE_TAGS: dict[str, str] = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
NBSP = "\u00a0"


MESSAGES: dict[str, dict[str, str]] = {
    # App frame and navigation
    "app.title": {"nb": "Planpuls", "en": "Planpuls"},
    "app.tagline": {
        "nb": "Følg kommunikasjonsplanen: mål, tiltak, ansvar og kanaler",
        "en": "Follow the communication plan: goals, measures, owners and channels",
    },
    "nav.overview": {"nb": "Oversikt", "en": "Overview"},
    "nav.goal": {"nb": "Mål", "en": "Goal"},
    "nav.owners": {"nb": "Ansvarlige", "en": "Owners"},
    "nav.channels": {"nb": "Kanaler", "en": "Channels"},
    "lang.label": {"nb": "Språk", "en": "Language"},
    # Filters
    "filter.heading": {"nb": "Utvalg", "en": "Filters"},
    "filter.plan": {"nb": "Plan", "en": "Plan"},
    "filter.period": {"nb": "Periode", "en": "Period"},
    "filter.period_help": {
        "nb": "Status vises per periodens siste dag; kanaltall for hele perioden.",
        "en": "Status is shown as of the period's last day; channel figures for the whole period.",
    },
    "filter.from": {"nb": "Fra", "en": "From"},
    "filter.to": {"nb": "Til (statusdato)", "en": "To (status date)"},
    "filter.goal": {"nb": "Mål", "en": "Goal"},
    "filter.owner": {"nb": "Ansvarlig", "en": "Owner"},
    "filter.channel": {"nb": "Kanal", "en": "Channel"},
    "filter.all": {"nb": "Alle", "en": "All"},
    "filter.since": {"nb": "Endringer siden", "en": "Changes since"},
    "filter.grain": {"nb": "Tidsoppløsning", "en": "Time resolution"},
    "filter.metric": {"nb": "Måltall", "en": "Metric"},
    "filter.reset": {"nb": "Nullstill utvalg", "en": "Reset filters"},
    "filter.invalid": {
        "nb": "Lenken inneholdt en ugyldig verdi for «{name}» ({value}); viser standardvalget.",
        "en": "The link held an invalid value for “{name}” ({value}); showing the default.",
    },
    "filter.bad_period": {
        "nb": "Periodens startdato må være før sluttdatoen; viser planperioden.",
        "en": "The period's start must come before its end; showing the plan period.",
    },
    "grain.month": {"nb": "Måned", "en": "Month"},
    "grain.quarter": {"nb": "Kvartal", "en": "Quarter"},
    "grain.year": {"nb": "År", "en": "Year"},
    # Common
    "common.as_of": {"nb": "Status per {date}", "en": "Status as of {date}"},
    "common.plan_period": {"nb": "Planperiode {start}–{end}", "en": "Plan period {start}–{end}"},
    "common.plan_closed": {
        "nb": "Planperioden er avsluttet; statusen vises per planperiodens slutt.",
        "en": "The plan period has ended; status is shown as of its end.",
    },
    "common.illustrative": {
        "nb": "Demodata: statushistorikk og kanaltall merket som illustrerende er generert, "
        "ikke hentet fra kildedokumentene.",
        "en": "Demo data: status history and channel figures marked illustrative are generated, "
        "not taken from the source documents.",
    },
    "common.no_plans": {
        "nb": "Sekretariatet har ikke satt opp en plan ennå. Kom tilbake når planen er på plass.",
        "en": "The secretariat has not set up a plan yet. Come back when the plan is in place.",
    },
    "common.db_busy": {
        "nb": "Databasen {path} brukes av en annen prosess (for eksempel en kommando "
        "i terminalen). Vent til den er ferdig, og last siden på nytt.",
        "en": "The database {path} is in use by another process (a command in a terminal, "
        "say). Wait until it has finished, then reload the page.",
    },
    "common.db_unreachable": {
        "nb": "Får ikke kontakt med PostgreSQL-databasen {target}. Sjekk PLANPULS_DB (vert, "
        "port, database, bruker) og at databasetjeneren kjører, og last siden på nytt.",
        "en": "Cannot reach the PostgreSQL database {target}. Check PLANPULS_DB (host, port, "
        "database, user) and that the database server runs, then reload the page.",
    },
    "common.no_measures": {
        "nb": "Ingen tiltak passer utvalget.",
        "en": "No measures match the filters.",
    },
    "common.none": {"nb": "Ingen", "en": "None"},
    "common.download_csv": {"nb": "Last ned CSV", "en": "Download CSV"},
    "common.no_progress": {"nb": "–", "en": "–"},
    # Column headers
    "col.goal": {"nb": "Mål", "en": "Goal"},
    "col.measure": {"nb": "Tiltak", "en": "Measure"},
    "col.owner": {"nb": "Ansvarlig", "en": "Owner"},
    "col.status": {"nb": "Status", "en": "Status"},
    "col.progress": {"nb": "Fremdrift", "en": "Progress"},
    "col.due": {"nb": "Frist", "en": "Due"},
    "col.start": {"nb": "Start", "en": "Start"},
    "col.weight": {"nb": "Vekt", "en": "Weight"},
    "col.channels": {"nb": "Kanaler", "en": "Channels"},
    "col.audiences": {"nb": "Målgrupper", "en": "Target groups"},
    "col.last_update": {"nb": "Sist oppdatert", "en": "Last update"},
    "col.comment": {"nb": "Siste kommentar", "en": "Latest comment"},
    "col.measures": {"nb": "Tiltak", "en": "Measures"},
    "col.overdue": {"nb": "Forfalt", "en": "Overdue"},
    "col.attention": {"nb": "Risiko/forsinket", "en": "At risk/delayed"},
    "col.before": {"nb": "Før", "en": "Before"},
    "col.after": {"nb": "Nå", "en": "Now"},
    "col.change": {"nb": "Endring", "en": "Change"},
    "col.new_comment": {"nb": "Ny kommentar", "en": "New comment"},
    "col.open": {"nb": "Åpne", "en": "Open"},
    "col.done": {"nb": "Fullført", "en": "Done"},
    "col.due_in": {"nb": "Frist innen {days} d", "en": "Due within {days} d"},
    "col.channel": {"nb": "Kanal", "en": "Channel"},
    "col.scope": {"nb": "Intern/ekstern", "en": "Internal/external"},
    "col.metric": {"nb": "Måltall", "en": "Metric"},
    "col.value": {"nb": "Verdi", "en": "Value"},
    "col.period": {"nb": "Periode", "en": "Period"},
    "col.audience": {"nb": "Målgruppe", "en": "Target group"},
    "col.target": {"nb": "Målverdi", "en": "Target"},
    "col.actual": {"nb": "Resultat", "en": "Actual"},
    "col.achieved": {"nb": "Oppnådd", "en": "Achieved"},
    "col.date": {"nb": "Dato", "en": "Date"},
    "col.reported_by": {"nb": "Rapportert av", "en": "Reported by"},
    "col.source": {"nb": "Kilde", "en": "Source"},
    "col.illustrative": {"nb": "Illustrerende", "en": "Illustrative"},
    # Overview
    "overview.title": {"nb": "Oversikt", "en": "Overview"},
    "overview.progress": {"nb": "Samlet fremdrift", "en": "Overall progress"},
    "overview.progress_help": {
        "nb": "Vektet etter tiltakenes vekt; fullførte tiltak teller 100 %, avbrutte teller ikke.",
        "en": "Weighted by the measures' weights; done measures count 100 %, "
        "cancelled ones not at all.",
    },
    "overview.measures": {"nb": "Tiltak", "en": "Measures"},
    "overview.done": {"nb": "Fullført", "en": "Done"},
    "overview.overdue": {"nb": "Forfalt", "en": "Overdue"},
    "overview.overdue_help": {
        "nb": "Fristen er passert, og tiltaket er verken fullført eller avbrutt.",
        "en": "The due date has passed and the measure is neither done nor cancelled.",
    },
    "overview.attention": {"nb": "Risiko eller forsinket", "en": "At risk or delayed"},
    "overview.per_goal": {"nb": "Fremdrift per mål", "en": "Progress per goal"},
    "overview.status_counts": {"nb": "Tiltak etter status", "en": "Measures by status"},
    "overview.overdue_list": {"nb": "Forfalte tiltak", "en": "Overdue measures"},
    "overview.attention_list": {
        "nb": "Tiltak med risiko eller forsinkelse",
        "en": "Measures at risk or delayed",
    },
    "overview.changes": {"nb": "Endringer siden {date}", "en": "Changes since {date}"},
    "overview.no_changes": {
        "nb": "Ingen endringer i perioden.",
        "en": "No changes in this period.",
    },
    "overview.none_overdue": {"nb": "Ingen forfalte tiltak.", "en": "No overdue measures."},
    "overview.none_attention": {
        "nb": "Ingen tiltak med risiko eller forsinkelse.",
        "en": "No measures at risk or delayed.",
    },
    "overview.changes_summary": {
        "nb": "{changed} tiltak endret, {done} fullført, {comments} nye kommentarer.",
        "en": "{changed} measures changed, {done} done, {comments} new comments.",
    },
    # Goal
    "goal.title": {"nb": "Mål", "en": "Goal"},
    "goal.progress": {"nb": "Fremdrift", "en": "Progress"},
    "goal.measures": {"nb": "Tiltak", "en": "Measures"},
    "goal.over_time": {"nb": "Fremdrift over tid", "en": "Progress over time"},
    "goal.timeline": {"nb": "Tidslinje med frister", "en": "Timeline of due dates"},
    "goal.today": {"nb": "Statusdato", "en": "Status date"},
    "goal.kpis": {"nb": "Resultatmål", "en": "Outcome targets"},
    "goal.no_goals": {"nb": "Planen har ingen mål.", "en": "The plan has no goals."},
    "goal.history": {"nb": "Statushistorikk", "en": "Status history"},
    # Owners
    "owners.title": {"nb": "Ansvarlige", "en": "Owners"},
    "owners.open_by_status": {
        "nb": "Åpne tiltak per ansvarlig etter status",
        "en": "Open measures per owner by status",
    },
    "owners.table": {"nb": "Arbeidsmengde", "en": "Workload"},
    "owners.list": {"nb": "Tiltakene til {owner}", "en": "Measures of {owner}"},
    "owners.pick": {
        "nb": "Velg en ansvarlig i utvalget for å se listen over tiltakene.",
        "en": "Choose an owner in the filters to see their measures.",
    },
    "owners.due_soon": {"nb": "Frist de neste {days} dagene", "en": "Due in the next {days} days"},
    # Channels
    "channels.title": {"nb": "Kanaler", "en": "Channels"},
    "channels.over_time": {
        "nb": "{metric} per kanal over tid",
        "en": "{metric} per channel over time",
    },
    "channels.scope": {"nb": "Intern mot ekstern", "en": "Internal against external"},
    "channels.by_audience": {"nb": "{metric} etter målgruppe", "en": "{metric} by target group"},
    "channels.no_audience": {
        "nb": "Ingen tall for dette måltallet er fordelt på målgrupper.",
        "en": "No figures for this metric are split by target group.",
    },
    "channels.no_data": {
        "nb": "Ingen kanaltall i perioden for dette utvalget.",
        "en": "No channel figures in this period for these filters.",
    },
    "channels.table": {"nb": "Tall per periode", "en": "Figures per period"},
    "channels.stock_note": {
        "nb": "{metric} er en beholdning: hver periode viser siste verdi, ikke summen.",
        "en": "{metric} is a stock: each period shows its latest value, not the sum.",
    },
    "channels.kpis": {
        "nb": "Resultatmål mot faktiske tall",
        "en": "Outcome targets against actuals",
    },
    # Uploads
    "nav.upload": {"nb": "Last opp", "en": "Upload"},
    "nav.history": {"nb": "Importhistorikk", "en": "Import history"},
    "upload.title": {"nb": "Last opp", "en": "Upload"},
    "upload.intro": {
        "nb": "Last opp filene dere allerede har: planen fra Excel, statusoppdateringer, "
        "eller eksporter fra Meta, LinkedIn, Google Analytics, Matomo, Mailchimp, YouTube, "
        "X, Teams, Jira, Asana, monday.com og Planner. Ingenting lagres før du bekrefter.",
        "en": "Upload the files you already have: the plan from Excel, status updates, or "
        "exports from Meta, LinkedIn, Google Analytics, Matomo, Mailchimp, YouTube, X, Teams, "
        "Jira, Asana, monday.com and Planner. Nothing is saved until you confirm.",
    },
    "upload.file": {
        "nb": "Fil (.csv, .tsv, .txt, .xlsx, .xls)",
        "en": "File (.csv, .tsv, .txt, .xlsx, .xls)",
    },
    "upload.kind": {"nb": "Innhold", "en": "Contents"},
    "upload.kind_auto": {"nb": "Gjenkjenn automatisk", "en": "Detect automatically"},
    "upload.by_user": {"nb": "Lastes opp av {name}", "en": "Uploaded by {name}"},
    "upload.channel": {"nb": "Kanal for tallene", "en": "Channel of the figures"},
    "upload.channel_help": {
        "nb": "Eksporten sier ikke selv hvilken kanal tallene gjelder. Bekreft eller rett navnet; "
        "en ny kanal opprettes hvis navnet ikke finnes.",
        "en": "The export does not say which channel its figures are for. Confirm or correct "
        "the name; a new channel is created if the name does not exist.",
    },
    "upload.templates": {"nb": "Maler", "en": "Templates"},
    "upload.templates_help": {
        "nb": "Maler med kolonnene Planpuls forstår, som CSV for norsk Excel og som .xlsx.",
        "en": "Templates with the columns Planpuls understands, as CSV for Norwegian Excel "
        "and .xlsx.",
    },
    "upload.read_as": {"nb": "Slik ble filen lest", "en": "How the file was read"},
    "upload.ignored": {
        "nb": "Disse kolonnene ble ikke lest: {columns}.",
        "en": "These columns were not read: {columns}.",
    },
    "upload.totals": {
        "nb": "Summeringsrader er hoppet over (linje {lines}).",
        "en": "Totals rows were left out (line {lines}).",
    },
    "upload.what": {"nb": "Hva opplastingen vil gjøre", "en": "What the upload will do"},
    "upload.added": {"nb": "Nye", "en": "New"},
    "upload.changed": {"nb": "Endret", "en": "Changed"},
    "upload.unchanged": {"nb": "Uendret", "en": "Unchanged"},
    "upload.rejected": {"nb": "Avvist", "en": "Rejected"},
    "upload.history_only": {
        "nb": "{n} statusoppdateringer er eldre enn tiltakets siste og lagres som historikk.",
        "en": "{n} status updates are older than the measure's latest and are kept as history.",
    },
    "upload.problems": {
        "nb": "{n} feil må rettes før filen kan lagres",
        "en": "{n} problems must be fixed before the file can be saved",
    },
    "upload.problems_capped": {
        "nb": "Viser de første {shown} av {n}.",
        "en": "Showing the first {shown} of {n}.",
    },
    "upload.fix_hint": {
        "nb": "Rett feilene i filen (linjenummer som i Excel) og last den opp på nytt. "
        "Ingenting er lagret.",
        "en": "Fix the problems in the file (line numbers as in Excel) and upload it again. "
        "Nothing has been saved.",
    },
    "upload.new_things": {
        "nb": "Opprettes ved lagring – {what}: {names}",
        "en": "Created on saving – {what}: {names}",
    },
    "upload.commit": {"nb": "Lagre opplastingen", "en": "Save the upload"},
    "upload.nothing": {
        "nb": "Uendret: alt i filen finnes allerede. Ingenting å lagre.",
        "en": "Unchanged: everything in the file is already there. Nothing to save.",
    },
    "upload.saved": {
        "nb": "Lagret som opplasting nr. {batch}: {added} nye, {changed} endret, "
        "{unchanged} uendret.",
        "en": "Saved as upload no. {batch}: {added} new, {changed} changed, {unchanged} unchanged.",
    },
    "upload.refused": {
        "nb": "Databasen er endret siden forhåndsvisningen, og filen har nå feil. "
        "Ingenting er lagret.",
        "en": "The database changed since the preview and the file now has problems. "
        "Nothing was saved.",
    },
    "upload.reading": {"nb": "Leser filen …", "en": "Reading the file …"},
    "upload.checking": {"nb": "Sjekker radene …", "en": "Checking the rows …"},
    "upload.done_reading": {"nb": "Ferdig", "en": "Done"},
    "upload.rows_tab": {"nb": "{label} ({n})", "en": "{label} ({n})"},
    "upload.no_plan": {
        "nb": "Velg en plan først; opplastingen gjelder planen som er valgt.",
        "en": "Choose a plan first; the upload is for the chosen plan.",
    },
    "read.file": {"nb": "Fil", "en": "File"},
    "read.format": {"nb": "Format", "en": "Format"},
    "read.kind": {"nb": "Innhold", "en": "Contents"},
    "read.encoding": {"nb": "Tegnsett", "en": "Encoding"},
    "read.separator": {"nb": "Skilletegn", "en": "Separator"},
    "read.header_line": {"nb": "Overskrift på linje", "en": "Header on line"},
    "read.sheet": {"nb": "Ark", "en": "Sheet"},
    "read.columns": {"nb": "Kolonner", "en": "Columns"},
    "read.rows": {"nb": "Rader", "en": "Rows"},
    "read.plan": {"nb": "Plan", "en": "Plan"},
    "read.canonical": {"nb": "Planpuls-mal", "en": "Planpuls template"},
    "sep.;": {"nb": "semikolon (;)", "en": "semicolon (;)"},
    "sep.,": {"nb": "komma (,)", "en": "comma (,)"},
    "sep.\t": {"nb": "tabulator", "en": "tab"},
    "sep.|": {"nb": "loddrett strek (|)", "en": "pipe (|)"},
    "kind.demo": {"nb": "Demoplaner", "en": "Demo plans"},
    "history.title": {"nb": "Importhistorikk", "en": "Import history"},
    "history.intro": {
        "nb": "Hver opplasting, hvem som gjorde den og hva den endret. En opplasting kan angres "
        "i sin helhet.",
        "en": "Every upload, who made it and what it changed. An upload can be undone whole.",
    },
    "history.none": {"nb": "Ingen opplastinger ennå.", "en": "No uploads yet."},
    "history.col_id": {"nb": "Nr.", "en": "No."},
    "history.col_when": {"nb": "Tidspunkt", "en": "When"},
    "history.col_by": {"nb": "Av", "en": "By"},
    "history.col_file": {"nb": "Fil", "en": "File"},
    "history.col_state": {"nb": "Tilstand", "en": "State"},
    "history.state_committed": {"nb": "Lagret", "en": "Saved"},
    "history.state_undone": {"nb": "Angret av {by} {when}", "en": "Undone by {by} {when}"},
    "history.undo": {"nb": "Angre en opplasting", "en": "Undo an upload"},
    "history.pick": {"nb": "Opplasting", "en": "Upload"},
    "history.option": {"nb": "Nr. {id} – {file} ({when})", "en": "No. {id} – {file} ({when})"},
    "history.undo_help": {
        "nb": "Alt opplastingen la til fjernes, og alt den endret settes tilbake.",
        "en": "Everything the upload added is removed and everything it changed is put back.",
    },
    "history.confirm": {
        "nb": "Ja, angre hele opplasting nr. {id}",
        "en": "Yes, undo the whole upload no. {id}",
    },
    "history.undo_button": {"nb": "Angre opplasting nr. {id}", "en": "Undo upload no. {id}"},
    "history.undone": {"nb": "Opplasting nr. {id} er angret.", "en": "Upload no. {id} is undone."},
    "undo.no_such_batch": {
        "nb": "Det finnes ingen opplasting nr. {batch}.",
        "en": "There is no upload no. {batch}.",
    },
    "undo.already_undone": {
        "nb": "Opplasting nr. {batch} er allerede angret.",
        "en": "Upload no. {batch} is already undone.",
    },
    "undo.undo_later_first": {
        "nb": "Senere opplastinger ({later}) endret rader fra nr. {batch}. Angre dem først.",
        "en": "Later uploads ({later}) changed rows of no. {batch}. Undo those first.",
    },
    "undo.still_referenced": {
        "nb": "Andre data viser til rader fra opplasting nr. {batch} (for eksempel {example}). "
        "Angre de senere opplastingene først.",
        "en": "Other data refers to rows of upload no. {batch} (for example {example}). "
        "Undo the later uploads first.",
    },
    "kind.goals": {"nb": "Mål", "en": "Goals"},
    "kind.measures": {"nb": "Tiltak", "en": "Measures"},
    "kind.status": {"nb": "Statusoppdateringer", "en": "Status updates"},
    "kind.metrics": {"nb": "Kanaltall", "en": "Channel figures"},
    "col.line": {"nb": "Linje", "en": "Line"},
    "col.title": {"nb": "Tittel", "en": "Title"},
    "col.description": {"nb": "Beskrivelse", "en": "Description"},
    "col.column": {"nb": "Kolonne", "en": "Column"},
    "col.problem": {"nb": "Hva er galt", "en": "What is wrong"},
    "new.owners": {"nb": "ansvarlige", "en": "owners"},
    "new.channels": {"nb": "kanaler", "en": "channels"},
    "new.audiences": {"nb": "målgrupper", "en": "target groups"},
    "problem.missing_value": {
        "nb": "Mangler verdi. Fyll inn cellen.",
        "en": "Missing value. Fill in the cell.",
    },
    "problem.unknown_measure": {
        "nb": "Ukjent tiltak-ID i denne planen. Bruk ID-en slik den står i planen.",
        "en": "Unknown measure id in this plan. Use the id as it stands in the plan.",
    },
    "problem.measure_archived": {
        "nb": "Tiltaket er fjernet fra planen (arkivert). Angre endringen som fjernet det i "
        "Importhistorikk for å hente det tilbake, eller gi raden en ny tiltak-ID.",
        "en": "The measure was removed from the plan (archived). Undo the edit that removed it "
        "in Importhistorikk to bring it back, or give the row a new measure id.",
    },
    "problem.measure_other_plan": {
        "nb": "Tiltaket hører til en annen plan. Velg den planen, eller rett ID-en.",
        "en": "The measure belongs to another plan. Choose that plan, or correct the id.",
    },
    "problem.unknown_goal": {
        "nb": "Ukjent mål i denne planen. Bruk mål-ID-en eller målets tittel.",
        "en": "Unknown goal in this plan. Use the goal's id or its title.",
    },
    "problem.goal_other_plan": {
        "nb": "Mål-ID-en brukes allerede i en annen plan. Velg en annen ID.",
        "en": "The goal id is already used in another plan. Choose another id.",
    },
    "problem.unknown_plan": {
        "nb": "Ukjent plan. Bruk planens ID eller navn, eller la cellen stå tom.",
        "en": "Unknown plan. Use the plan's id or name, or leave the cell empty.",
    },
    "problem.bad_date": {
        "nb": "Ikke en gyldig dato. Skriv den som 31.12.2025 eller 2025-12-31.",
        "en": "Not a valid date. Write it as 31.12.2025 or 2025-12-31.",
    },
    "problem.ambiguous_date": {
        "nb": "Kan leses både som dag/måned og måned/dag. Skriv datoen som 31.12.2025.",
        "en": "Can be read as day/month and as month/day. Write the date as 31.12.2025.",
    },
    "problem.future_date": {
        "nb": "Datoen er fram i tid. Rapporter bare det som har skjedd.",
        "en": "The date is in the future. Report only what has happened.",
    },
    "problem.bad_status": {
        # {statuses}: every stored status's word (labels.status_choices)
        "nb": "Ukjent status. Bruk {statuses} (eller grønn, gul, rød).",
        "en": "Unknown status. Use {statuses} (or green, yellow, red).",
    },
    "problem.bad_number": {
        "nb": "Ikke et tall. Skriv tall som 1 234,5.",
        "en": "Not a number. Write numbers as 1234.5 or 1 234,5.",
    },
    "problem.progress_range": {
        "nb": "Fremdrift må være mellom 0 og 100 %.",
        "en": "Progress must be between 0 and 100 %.",
    },
    "problem.negative_value": {"nb": "Kan ikke være negativt.", "en": "Cannot be negative."},
    "problem.comment_too_long": {
        "nb": "Kommentaren er lengre enn 2 000 tegn. Kort den ned.",
        "en": "The comment is longer than 2,000 characters. Shorten it.",
    },
    "problem.duplicate_row": {
        "nb": "Står allerede lenger opp i filen. Fjern den doble raden.",
        "en": "Already stands further up in the file. Remove the duplicate row.",
    },
    "problem.extra_fields": {
        "nb": "Raden har flere felt enn overskriften. Sjekk skilletegn og forskjøvne kolonner.",
        "en": "The row has more fields than the header. Check the separator and shifted columns.",
    },
    "problem.missing_channel": {
        "nb": "Mangler kanal. Skriv inn kanalen over, eller legg til kolonnen «kanal».",
        "en": "Missing channel. Enter the channel above, or add a column “channel”.",
    },
    "problem.unknown_metric": {
        "nb": "Ukjent måltall. Bruk for eksempel besøkende, sidevisninger, rekkevidde, "
        "visninger, følgere, abonnenter, åpninger, klikk, deltakere eller omtaler.",
        "en": "Unknown metric. Use for example visitors, page views, reach, impressions, "
        "followers, subscribers, opens, clicks, participants or mentions.",
    },
    "problem.end_before_start": {
        "nb": "Periodens slutt er før starten.",
        "en": "The period ends before it starts.",
    },
    "problem.due_before_start": {
        "nb": "Fristen er før startdatoen.",
        "en": "The due date is before the start date.",
    },
    "file.empty_file": {"nb": "Filen er tom.", "en": "The file is empty."},
    "file.not_a_table": {
        "nb": "Filen er ikke en tabell (CSV eller Excel). Lagre den som CSV eller .xlsx og "
        "prøv igjen.",
        "en": "The file is not a table (CSV or Excel). Save it as CSV or .xlsx and try again.",
    },
    "file.broken_workbook": {
        "nb": "Excel-filen kan ikke leses; den kan være skadet eller passordbeskyttet. Åpne "
        "den i Excel og lagre den på nytt som .xlsx.",
        "en": "The Excel file cannot be read; it may be damaged or password protected. Open "
        "it in Excel and save it again as .xlsx.",
    },
    "file.no_header": {
        "nb": "Fant ingen rad med kolonnenavn. Første rad med innhold må være overskriftene.",
        "en": "No row of column names found. The first row with content must be the headers.",
    },
    "file.no_rows": {
        "nb": "Filen har overskrifter, men ingen rader.",
        "en": "The file has headers but no rows.",
    },
    "file.unknown_format": {
        "nb": "Kjenner ikke igjen filen. Fant kolonnene: {found}. Forventet for eksempel "
        "{expected}. Velg innhold over, eller bruk en av malene.",
        "en": "The file is not recognised. Found the columns: {found}. Expected for example "
        "{expected}. Choose the contents above, or use one of the templates.",
    },
    "file.no_period": {
        "nb": "Eksporten sier ikke hvilken periode tallene gjelder. Eksporter med en "
        "dato- eller periodekolonne (for eksempel per dag eller per måned).",
        "en": "The export does not say which period its figures are for. Export it with a "
        "date or period column (per day or per month, say).",
    },
    "file.unknown_metric": {
        "nb": "Eksporten har et måltall Planpuls ikke kjenner: «{name}».",
        "en": "The export has a metric Planpuls does not know: “{name}”.",
    },
    "scope.internal": {"nb": "Intern", "en": "Internal"},
    "scope.external": {"nb": "Ekstern", "en": "External"},
    "scope.no_audience": {"nb": "Ikke fordelt", "en": "Not split"},
}


#: Areas whose words live in a module of their own, ``dashboard/messages_<area>.py``.
_AREAS = (
    "a11y",
    "api",
    "auth",
    "backup",
    "board",
    "channels",
    "cli",
    "coverage",
    "deps",
    "edit",
    "fixes",
    "forecast",
    "importspeed",
    "ingest",
    "limits",
    "local",
    "look14",
    "oneway",
    "outcome",
    "ownerdone",
    "ownerlink",
    "perf",
    "phone",
    "plans",
    "presets",
    "presfc",
    "programmes",
    "public",
    "remind",
    "reports",
    "sessions",
    "vocab",
    "words",
)


def _merge_area_messages() -> None:
    """Areas keep their words in modules of their own; all are looked up here."""
    for name in _AREAS:
        area = importlib.import_module(f"dashboard.messages_{name}").MESSAGES
        clashes = MESSAGES.keys() & area.keys()
        if clashes:
            raise KeyError(f"message keys defined twice: {sorted(clashes)}")
        MESSAGES.update(area)


def _merge_nynorsk() -> None:
    """Nynorsk lives in one module of its own (dashboard/messages_nn.py), keyed like the rest."""
    from dashboard.messages_nn import NN

    unknown = NN.keys() - MESSAGES.keys()
    if unknown:
        raise KeyError(f"nynorsk texts for keys no area defines: {sorted(unknown)}")
    for key, text in NN.items():
        MESSAGES[key]["nn"] = text


_merge_area_messages()
_merge_nynorsk()


def norwegian_tag(primary: str) -> str:
    """An Accept-Language primary subtag as a UI language: ``nn`` is nynorsk; ``no`` and
    ``nb`` are bokmål (``no`` names Norwegian without a written form: the majority's)."""
    return {"no": "nb", "nob": "nb", "nno": "nn"}.get(primary, primary)


def message(key: str, lang: str, **values: object) -> str:
    """The message for ``key`` in ``lang`` with ``values`` filled in."""
    text = MESSAGES[key].get(lang) or MESSAGES[key]["nb"]
    return text.format(**values) if values else text


@dataclass(frozen=True)
class Translator:
    """Messages, numbers and dates in one language."""

    lang: str = "nb"

    def __call__(self, key: str, **values: object) -> str:
        return message(key, self.lang, **values)

    # Numbers, dates and times: dashboard/formats.py (babel's CLDR data), one per thing.

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        """``1 234,5`` in bokmål (no-break space between thousands), ``1,234.5`` in English."""
        return formats.number(value, self.lang, decimals)

    def percent(self, value: float | None, decimals: int = 0) -> str:
        """``45 %`` in bokmål, ``45%`` in English; ``–`` when there is no value."""
        return formats.percent(value, self.lang, decimals)

    def points(self, delta: float | None) -> str:
        """A change in percentage points: ``+8 pp``, ``+0,4 pp``, ``±0 pp``, ``–``."""
        return formats.points_change(delta, self.lang)

    def date(self, value: dt.date | dt.datetime | str | None) -> str:
        """``31.12.2025`` in bokmål, ``31 Dec 2025`` in English."""
        return formats.date(value, self.lang)

    def datetime(self, value: dt.datetime | str | None) -> str:
        """A stored UTC time in Oslo time: ``25.11.2026 14:05``."""
        return formats.datetime(value, self.lang)

    def file_size(self, size: int | float | None) -> str:
        """``368 B``, ``1,5 MB``."""
        return formats.file_size(size, self.lang)

    def period(self, start: dt.date, grain: str) -> str:
        """A period bucket's label: ``mai 2025``, ``K1 2025`` / ``Q1 2025``, ``T2 2025``,
        ``1. halvår 2025`` / ``H1 2025``, ``2025``."""
        if grain in formats.NUMBERED_PERIODS:
            n, year = formats.period_number(start, grain)
            return self(f"period.{grain}", n=n, year=str(year))
        return formats.period(start, grain, self.lang)

    def plotly_separators(self) -> str:
        """Plotly's ``separators`` (decimal, then thousands) for this language."""
        return formats.plotly_separators(self.lang)
