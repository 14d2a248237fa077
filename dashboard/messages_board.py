"""Words of the board-meeting features (meetings, staleness, presentation, report)."""

MESSAGES: dict[str, dict[str, str]] = {
    # Navigation
    "present.nav": {"nb": "Presentasjon", "en": "Presentation"},
    "report.nav": {"nb": "Rapport", "en": "Report"},
    # Status paragraphs written from the data (dashboard.board)
    "board.and": {"nb": "og", "en": "and"},
    "board.n_more": {"nb": "{n} til", "en": "{n} more"},
    "board.no_progress": {
        "nb": "Ingen tiltak teller med i fremdriften ennå.",
        "en": "No measures count towards progress yet.",
    },
    "board.progress": {"nb": "Fremdriften er {progress}.", "en": "Progress is {progress}."},
    "board.progress_since": {
        "nb": "Fremdriften er {progress} ({delta} siden {since}).",
        "en": "Progress is {progress} ({delta} since {since}).",
    },
    "board.plan_progress": {
        "nb": "Samlet fremdrift for planen er {progress}.",
        "en": "The plan's overall progress is {progress}.",
    },
    "board.plan_progress_since": {
        "nb": "Samlet fremdrift for planen er {progress} ({delta} siden {since}).",
        "en": "The plan's overall progress is {progress} ({delta} since {since}).",
    },
    "board.of_measures.one": {
        "nb": "Det ene tiltaket er {statuses}.",
        "en": "The one measure is {statuses}.",
    },
    "board.of_measures.other": {
        "nb": "Av {n} tiltak er {statuses}.",
        "en": "Of {n} measures, {statuses}.",
    },
    "board.done_since.one": {
        "nb": "Siden {since} er ett tiltak fullført: {titles}.",
        "en": "Since {since}, one measure has been completed: {titles}.",
    },
    "board.done_since.other": {
        "nb": "Siden {since} er {n} tiltak fullført: {titles}.",
        "en": "Since {since}, {n} measures have been completed: {titles}.",
    },
    "board.status_changed.one": {
        "nb": "Ett tiltak har fått en annen status: {moves}.",
        "en": "One measure has another status: {moves}.",
    },
    "board.status_changed.other": {
        "nb": "{n} tiltak har fått en annen status: {moves}.",
        "en": "{n} measures have another status: {moves}.",
    },
    "board.move": {
        "nb": "{title} fra {before} til {after}",
        "en": "{title} from {before} to {after}",
    },
    "board.no_changes_since": {
        "nb": "Ingen endringer siden {since}.",
        "en": "No changes since {since}.",
    },
    "board.overdue.one": {
        "nb": "Ett tiltak har passert fristen: {titles}.",
        "en": "One measure is past its due date: {titles}.",
    },
    "board.overdue.other": {
        "nb": "{n} tiltak har passert fristen: {titles}.",
        "en": "{n} measures are past their due date: {titles}.",
    },
    "board.attention.one": {
        "nb": "Ett tiltak er meldt med risiko eller forsinkelse: {titles}.",
        "en": "One measure is reported at risk or delayed: {titles}.",
    },
    "board.attention.other": {
        "nb": "{n} tiltak er meldt med risiko eller forsinkelse: {titles}.",
        "en": "{n} measures are reported at risk or delayed: {titles}.",
    },
    "board.stale.one": {
        "nb": "Ett tiltak er ikke oppdatert på over {days} dager.",
        "en": "One measure has not been updated for over {days} days.",
    },
    "board.stale.other": {
        "nb": "{n} tiltak er ikke oppdatert på over {days} dager.",
        "en": "{n} measures have not been updated for over {days} days.",
    },
    "board.changes_summary": {
        "nb": "Siden {since} er {changed} tiltak endret: {done} fullført, {late} har passert "
        "fristen, og det er kommet {comments} nye kommentarer.",
        "en": "Since {since}, {changed} measures changed: {done} done, {late} newly past "
        "their due date, and {comments} new comments.",
    },
    # The status report (dashboard.reports)
    "report.title": {
        "nb": "Orientering og status: {plan}",
        "en": "Briefing and status: {plan}",
    },
    "report.kicker_meeting": {"nb": "Saksframlegg {meeting}", "en": "Board paper {meeting}"},
    "report.kicker_date": {"nb": "Statusrapport per {date}", "en": "Status report as of {date}"},
    "report.subtitle_meeting": {"nb": "{meeting}, {date}", "en": "{meeting}, {date}"},
    "report.meta_kind": {"nb": "Type sak", "en": "Type of item"},
    "report.meta_kind_value": {"nb": "Orienteringssak", "en": "For information"},
    "report.meta_to": {"nb": "Til", "en": "To"},
    "report.meta_meeting": {"nb": "Møte", "en": "Meeting"},
    "report.meta_as_of": {"nb": "Statusdato", "en": "Status date"},
    "report.meta_since": {"nb": "Endringer siden", "en": "Changes since"},
    "report.meta_period": {"nb": "Planperiode", "en": "Plan period"},
    "report.meta_generated": {"nb": "Laget", "en": "Made"},
    "report.no_baseline": {
        "nb": "Ingen tidligere møte registrert",
        "en": "No earlier meeting recorded",
    },
    "report.no_description": {
        "nb": "Planen har ingen beskrivelse.",
        "en": "The plan has no description.",
    },
    "report.goals_intro": {
        "nb": "Planen har {n} prioriterte mål: {goals}.",
        "en": "The plan has {n} priority goals: {goals}.",
    },
    "report.background": {"nb": "Bakgrunn", "en": "Background"},
    "report.why": {"nb": "Hvorfor saken fremmes", "en": "Why this item is presented"},
    "report.why_text": {
        "nb": "Saken legges fram til orientering om status for handlingsplanen.",
        "en": "The item is presented for information on the status of the action plan.",
    },
    "report.main_points": {"nb": "Hovedpunkter", "en": "Main points"},
    "report.overall": {"nb": "Samlet status", "en": "Overall status"},
    "report.per_goal_chart": {"nb": "Fremdrift per mål", "en": "Progress per goal"},
    "report.status_chart": {"nb": "Tiltak etter status", "en": "Measures by status"},
    "report.measures": {"nb": "Tiltak", "en": "Measures"},
    "report.changes": {"nb": "Endringer siden", "en": "Changes since"},
    "report.attention": {"nb": "Trenger oppmerksomhet", "en": "Needs attention"},
    "report.no_changes": {"nb": "Ingen endringer.", "en": "No changes."},
    "report.no_attention": {
        "nb": "Ingen tiltak med risiko, forsinkelse, passert frist eller manglende oppdatering.",
        "en": "No measures at risk, delayed, past their due date or not updated.",
    },
    "report.decision": {"nb": "Forslag til vedtak", "en": "Proposed decision"},
    "report.decision_text": {"nb": "Tas til orientering.", "en": "Noted."},
    "report.legend": {"nb": "Status", "en": "Status"},
    "report.progress": {"nb": "Fremdrift", "en": "Progress"},
    "report.since": {"nb": "siden", "en": "since"},
    "report.goal": {"nb": "Mål", "en": "Goal"},
    "report.page": {"nb": "Side", "en": "Page"},
    "report.frozen_note": {
        "nb": "Tallene er øyeblikksbildet som ble lagret for {meeting} ({recorded}); senere "
        "opplastinger endrer dem ikke. Et tiltak regnes som ikke oppdatert etter {days} dager "
        "uten statusoppdatering.",
        "en": "The figures are the snapshot saved for {meeting} ({recorded}); later uploads "
        "do not change them. A measure counts as not updated after {days} days without a "
        "status update.",
    },
    "report.live_note": {
        "nb": "Tallene er beregnet fra statusoppdateringene slik de står nå. Et tiltak regnes "
        "som ikke oppdatert etter {days} dager uten statusoppdatering.",
        "en": "The figures are computed from the status updates as they stand now. A measure "
        "counts as not updated after {days} days without a status update.",
    },
    # Meetings and "since meeting X"
    "meeting.since_label": {"nb": "Endringer siden møte", "en": "Changes since meeting"},
    "meeting.other_date": {"nb": "Annen dato …", "en": "Another date …"},
    "meeting.since_title": {"nb": "Endringer siden {since}", "en": "Changes since {since}"},
    "meeting.snapshot_note": {
        "nb": "Sammenlignet med øyeblikksbildet som ble lagret for {meeting}: senere "
        "opplastinger endrer ikke hva møtet så.",
        "en": "Compared with the snapshot saved for {meeting}: later uploads do not change "
        "what the meeting saw.",
    },
    "meeting.kpi_progress": {"nb": "Fremdrift ±", "en": "Progress ±"},
    "meeting.kpi_progress_help": {
        "nb": "Samlet fremdrift nå minus da, i prosentpoeng (pp).",
        "en": "Overall progress now minus then, in percentage points (pp).",
    },
    "meeting.kpi_done": {"nb": "Ferdigstilt", "en": "Completed"},
    "meeting.kpi_late": {"nb": "Passert frist", "en": "Passed due date"},
    "meeting.kpi_late_help": {
        "nb": "Tiltak som har passert fristen siden da.",
        "en": "Measures that have passed their due date since then.",
    },
    "meeting.kpi_status": {"nb": "Ny status", "en": "New status"},
    "meeting.kpi_comments": {"nb": "Nye kommentarer", "en": "New comments"},
    "meeting.none": {
        "nb": "Ingen møter er registrert for denne planen ennå.",
        "en": "No meetings are recorded for this plan yet.",
    },
    "meeting.list_title": {"nb": "Registrerte møter", "en": "Recorded meetings"},
    "meeting.col_name": {"nb": "Møte", "en": "Meeting"},
    "meeting.col_date": {"nb": "Møtedato", "en": "Meeting date"},
    "meeting.col_recorded": {"nb": "Registrert", "en": "Recorded"},
    "meeting.col_by": {"nb": "Av", "en": "By"},
    "meeting.col_measures": {"nb": "Tiltak i øyeblikksbildet", "en": "Measures in snapshot"},
    "meeting.record_title": {"nb": "Registrer et møte", "en": "Record a meeting"},
    "meeting.record_help": {
        "nb": "Planens status per møtedatoen lagres som et øyeblikksbilde. Møtets rapport, "
        "presentasjon og «endringer siden» viser alltid dette bildet, uansett hva som lastes "
        "opp senere.",
        "en": "The plan's status on the meeting's date is saved as a snapshot. The meeting's "
        "report, presentation and “changes since” always show that snapshot, whatever is "
        "uploaded later.",
    },
    "meeting.name": {"nb": "Navn på møtet", "en": "Name of the meeting"},
    "meeting.name_placeholder": {"nb": "For eksempel Møte 6/2021", "en": "For example Møte 6/2021"},
    "meeting.date": {"nb": "Møtedato", "en": "Meeting date"},
    "meeting.record_button": {
        "nb": "Registrer møtet og lagre øyeblikksbildet",
        "en": "Record the meeting and save the snapshot",
    },
    "meeting.recorded": {
        "nb": "{name} ({date}) er registrert med øyeblikksbilde av {n} tiltak.",
        "en": "{name} ({date}) is recorded with a snapshot of {n} measures.",
    },
    "meeting.remove_title": {"nb": "Fjern et møte", "en": "Remove a meeting"},
    "meeting.remove_help": {
        "nb": "Et feilregistrert møte fjernes med øyeblikksbildet sitt; registrer det så på nytt.",
        "en": "A meeting recorded by mistake is removed with its snapshot; then record it again.",
    },
    "meeting.remove_confirm": {
        "nb": "Ja, fjern {name} og øyeblikksbildet",
        "en": "Yes, remove {name} and its snapshot",
    },
    "meeting.remove_button": {"nb": "Fjern møtet", "en": "Remove the meeting"},
    "meeting.removed": {"nb": "{name} er fjernet.", "en": "{name} is removed."},
    "meeting.error.name_missing": {
        "nb": "Skriv inn navnet på møtet, for eksempel «Møte 6/2021».",
        "en": "Enter the meeting's name, for example “Møte 6/2021”.",
    },
    "meeting.error.name_too_long": {
        "nb": "Navnet er for langt (høyst {max} tegn).",
        "en": "The name is too long (at most {max} characters).",
    },
    "meeting.error.name_taken": {
        "nb": "Planen har allerede et møte som heter «{name}». Velg et annet navn, eller fjern "
        "det gamle først.",
        "en": "The plan already has a meeting called “{name}”. Choose another name, or "
        "remove the old one first.",
    },
    "meeting.error.future_date": {
        "nb": "Møtedatoen {date} er fram i tid. Registrer møtet på møtedagen eller senere, så "
        "kommer alle statusoppdateringer fram til møtet med; lag en rapport per dato til "
        "forberedelsene.",
        "en": "The meeting date {date} is in the future. Record the meeting on the day or "
        "later, so every status update up to it is included; make a report as of a date to "
        "prepare.",
    },
    "meeting.error.no_such_plan": {
        "nb": "Ukjent plan «{plan}».",
        "en": "Unknown plan “{plan}”.",
    },
    "meeting.error.no_such_meeting": {
        "nb": "Planen har ikke noe møte som heter «{name}». Registrerte møter: {known}.",
        "en": "The plan has no meeting called “{name}”. Recorded meetings: {known}.",
    },
    # Staleness and reminders
    "stale.kpi": {"nb": "Ikke oppdatert", "en": "Not updated"},
    "stale.kpi_help": {
        "nb": "Åpne tiltak uten statusoppdatering på over {days} dager (fra siste oppdatering, "
        "eller fra start hvis den er senere). De telles som «Ikke oppdatert» overalt.",
        "en": "Open measures without a status update for over {days} days (from the latest "
        "update, or from the start when that is later). They count as “Not updated” "
        "everywhere.",
    },
    "stale.list_title": {"nb": "Tiltak som ikke er oppdatert", "en": "Measures not updated"},
    "stale.none": {
        "nb": "Alle åpne tiltak er oppdatert de siste {days} dagene.",
        "en": "Every open measure has been updated in the last {days} days.",
    },
    "stale.list_help": {
        "nb": "Vises som «Ikke oppdatert» uansett hva de sist meldte, fordi siste "
        "statusoppdatering er over {days} dager gammel.",
        "en": "Shown as “Not updated” whatever they last reported, because their latest "
        "status update is over {days} days old.",
    },
    "stale.owners_title": {
        "nb": "Ansvarlige som ikke har rapportert siden {since}",
        "en": "Owners who have not reported since {since}",
    },
    "stale.owners_none": {
        "nb": "Alle ansvarlige for pågående tiltak har rapportert siden {since}.",
        "en": "Every owner of a running measure has reported since {since}.",
    },
    "stale.col_measures": {"nb": "Tiltak uten oppdatering", "en": "Measures without update"},
    "stale.col_last": {"nb": "Siste oppdatering", "en": "Latest update"},
    "stale.col_email": {"nb": "E-post", "en": "E-mail"},
    "stale.remind_all": {
        "nb": "Send påminnelse til alle ({n})",
        "en": "Send a reminder to all ({n})",
    },
    "stale.no_email": {
        "nb": "Ansvarlige uten e-postadresse får ingen mottaker i e-posten; fyll inn "
        "adressen i e-postprogrammet, eller legg den inn under «Rediger ansvarlige».",
        "en": "Owners without an e-mail address get no recipient in the mail; fill it in "
        "in your mail program, or add it under “Edit owners”.",
    },
    "stale.mail_subject": {
        "nb": "Påminnelse: statusoppdatering for {plan}",
        "en": "Reminder: status update for {plan}",
    },
    "stale.mail_intro": {
        "nb": "Hei! Vi har ikke fått statusoppdatering siden {since} for disse tiltakene i {plan}:",
        "en": "Hello! We have had no status update since {since} for these measures in {plan}:",
    },
    "stale.mail_close": {
        # {statuses}: the statuses offered in reminders (board.reminder_statuses)
        "nb": "Send status ({statuses}), fremdrift i prosent og en kort kommentar. Takk!",
        "en": "Please send the status ({statuses}), progress in per cent and a short "
        "comment. Thank you!",
    },
    # Presentation mode
    "present.previous": {"nb": "Forrige", "en": "Previous"},
    "present.next": {"nb": "Neste", "en": "Next"},
    "present.home": {"nb": "Oversikt", "en": "Overview"},
    "present.home_help": {
        "nb": "Tittelsiden med plan, møte og alle mål",
        "en": "The title screen with plan, meeting and every goal",
    },
    "present.exit": {"nb": "Avslutt presentasjonen", "en": "Leave the presentation"},
    "present.choose": {"nb": "Velg plan og møte", "en": "Choose plan and meeting"},
    "present.meeting": {"nb": "Møte", "en": "Meeting"},
    "present.now": {"nb": "Nå (status per {date})", "en": "Now (status as of {date})"},
    "present.overall": {"nb": "Samlet fremdrift", "en": "Overall progress"},
    "present.goals": {"nb": "Mål", "en": "Goals"},
    "present.goal_of": {"nb": "Mål {n} av {total}", "en": "Goal {n} of {total}"},
    "present.delta": {"nb": "{delta} siden {since}", "en": "{delta} since {since}"},
    "present.measures": {"nb": "{n} tiltak", "en": "{n} measures"},
    "present.more": {"nb": "… og {n} til", "en": "… and {n} more"},
    "present.due": {"nb": "frist {date}", "en": "due {date}"},
    "present.no_attention": {
        "nb": "Ingen tiltak med risiko, forsinkelse, passert frist eller manglende oppdatering.",
        "en": "No measures at risk, delayed, past their due date or not updated.",
    },
    # The Rapport page
    "report.page_title": {"nb": "Rapport", "en": "Report"},
    "report.intro": {
        "nb": "Statusrapporten til styret eller rådet, bygget som saksframlegget «Orientering "
        "og status handlingsplan». Et registrert møte viser øyeblikksbildet fra møtet; en dato "
        "viser statusen slik den står nå.",
        "en": "The status report for the board or council, built like the paper “Orientering "
        "og status handlingsplan”. A recorded meeting shows the meeting's snapshot; a date "
        "shows the status as it stands now.",
    },
    "report.source": {"nb": "Rapport for", "en": "Report for"},
    "report.source_date": {"nb": "En dato (ikke møte) …", "en": "A date (no meeting) …"},
    "report.as_of": {"nb": "Statusdato", "en": "Status date"},
    "report.compare": {"nb": "Sammenlign med", "en": "Compare with"},
    "report.compare_default": {"nb": "Forrige møte", "en": "The previous meeting"},
    "report.field": {"nb": "Felt", "en": "Field"},
    "report.value": {"nb": "Verdi", "en": "Value"},
    "report.download": {"nb": "Last ned rapporten", "en": "Download the report"},
    "report.download_help": {
        "nb": "Filene lages når du trykker: Word for saksframlegget, PowerPoint med ett lysbilde "
        "per mål (diagrammene kan redigeres), PDF for utsending. Filnavn: {stem}.",
        "en": "The files are made when you press: Word for the board paper, PowerPoint with one "
        "slide per goal (the charts can be edited), PDF to send out. File name: {stem}.",
    },
    "report.yes": {"nb": "Ja", "en": "Yes"},
}
