"""Words of editing the plan where it is shown (dashboard.edits, dashboard.ui.editors)."""

MESSAGES: dict[str, dict[str, str]] = {
    # Import history: the kinds of batch an edit writes
    "kind.edit_goals": {"nb": "Redigering: mål", "en": "Edit: goals"},
    "kind.edit_measures": {"nb": "Redigering: tiltak", "en": "Edit: measures"},
    "kind.edit_owners": {"nb": "Redigering: ansvarlige", "en": "Edit: owners"},
    "kind.edit_channels": {"nb": "Redigering: kanaler", "en": "Edit: channels"},
    "kind.edit_audiences": {"nb": "Redigering: målgrupper", "en": "Edit: target groups"},
    "kind.edit_targets": {"nb": "Redigering: resultatmål", "en": "Edit: goal targets"},
    # The tables and the batch's description
    "edit.table.goals": {"nb": "mål", "en": "goals"},
    "edit.table.measures": {"nb": "tiltak", "en": "measures"},
    "edit.table.owners": {"nb": "ansvarlige", "en": "owners"},
    "edit.table.channels": {"nb": "kanaler", "en": "channels"},
    "edit.table.audiences": {"nb": "målgrupper", "en": "target groups"},
    "edit.table.targets": {"nb": "resultatmål", "en": "goal targets"},
    "edit.batch_name": {"nb": "Redigering: {what}", "en": "Edit: {what}"},
    "edit.batch_name_in": {
        "nb": "Redigering: {what} ({context})",
        "en": "Edit: {what} ({context})",
    },
    "edit.context_goal": {"nb": "Mål: {goal}", "en": "Goal: {goal}"},
    # Column labels
    "edit.col.id": {"nb": "ID", "en": "ID"},
    "edit.col.title": {"nb": "Tittel", "en": "Title"},
    "edit.col.description": {"nb": "Beskrivelse", "en": "Description"},
    "edit.col.sort_order": {"nb": "Rekkefølge", "en": "Order"},
    "edit.col.goal": {"nb": "Mål", "en": "Goal"},
    "edit.col.owner": {"nb": "Ansvarlig", "en": "Owner"},
    "edit.col.channels": {"nb": "Kanaler", "en": "Channels"},
    "edit.col.audiences": {"nb": "Målgrupper", "en": "Target groups"},
    "edit.col.start_date": {"nb": "Start", "en": "Start"},
    "edit.col.due_date": {"nb": "Frist", "en": "Due"},
    "edit.col.weight": {"nb": "Vekt", "en": "Weight"},
    "edit.col.name": {"nb": "Navn", "en": "Name"},
    "edit.col.email": {"nb": "E-post", "en": "E-mail"},
    "edit.col.scope": {"nb": "Intern/ekstern", "en": "Internal/external"},
    "edit.col.channel": {"nb": "Kanal", "en": "Channel"},
    "edit.col.metric": {"nb": "Måltall", "en": "Metric"},
    "edit.col.period_start": {"nb": "Fra", "en": "From"},
    "edit.col.period_end": {"nb": "Til", "en": "To"},
    "edit.col.target": {"nb": "Målverdi", "en": "Target"},
    "edit.col.direction": {"nb": "Retning", "en": "Direction"},
    # Problems (each shown with its row and column)
    "edit.problem.at_cell": {
        "nb": "Rad {row}, {column}: {what}",
        "en": "Row {row}, {column}: {what}",
    },
    "edit.problem.at_row": {"nb": "Rad {row}: {what}", "en": "Row {row}: {what}"},
    "edit.problem.empty": {
        "nb": "mangler verdi. Fyll den inn.",
        "en": "is empty. Fill it in.",
    },
    "edit.problem.unknown_goal": {
        "nb": "ukjent mål. Velg et av planens mål i listen.",
        "en": "unknown goal. Choose one of the plan's goals from the list.",
    },
    "edit.problem.unknown_channel": {
        "nb": "ukjent kanal. Velg en kanal i listen, eller legg den til under Kanaler først.",
        "en": "unknown channel. Choose a channel from the list, or add it under Channels first.",
    },
    "edit.problem.due_before_start": {
        "nb": "fristen er før start. Sett en frist på eller etter startdatoen.",
        "en": "the due date is before the start. Set a due date on or after the start.",
    },
    "edit.problem.period_reversed": {
        "nb": "perioden slutter før den starter. Sett «Til» på eller etter «Fra».",
        "en": "the period ends before it starts. Set «To» on or after «From».",
    },
    "edit.problem.negative_weight": {
        "nb": "vekten kan ikke være negativ. Bruk 0 eller mer.",
        "en": "the weight cannot be negative. Use 0 or more.",
    },
    "edit.problem.not_a_number": {
        "nb": "er ikke et tall. Skriv et tall, f.eks. 40 eller 1,5.",
        "en": "is not a number. Type a number such as 40 or 1.5.",
    },
    "edit.problem.bad_date": {
        "nb": "er ikke en dato. Skriv den som 31.12.2025.",
        "en": "is not a date. Type it as 31.12.2025.",
    },
    "edit.problem.bad_email": {
        "nb": "er ikke en e-postadresse. Skriv den som navn@eksempel.no, eller la feltet stå tomt.",
        "en": "is not an e-mail address. Type it as name@example.org, or leave it empty.",
    },
    "edit.problem.bad_scope": {
        "nb": "velg intern eller ekstern.",
        "en": "choose internal or external.",
    },
    "edit.problem.bad_direction": {
        "nb": "velg «høyere er bedre» (opp) eller «lavere er bedre» (ned).",
        "en": "choose “higher is better” (up) or “lower is better” (down).",
    },
    "edit.problem.duplicate": {
        "nb": "finnes allerede i rad {other}. Gi den et annet navn, eller fjern en av radene.",
        "en": "already in row {other}. Give it another name, or remove one of the rows.",
    },
    "edit.problem.in_use_goals": {
        "nb": "målet har {n} tiltak eller kanaltall ({uses}) og kan ikke fjernes. "
        "Flytt tiltakene til et annet mål (eller fjern dem) på Mål-siden først.",
        "en": "the goal has {n} measures or channel figures ({uses}) and cannot be removed. "
        "Move its measures to another goal (or remove them) on the Goal page first.",
    },
    "edit.problem.in_use_owners": {
        "nb": "er ansvarlig for {n} tiltak ({uses}) og kan ikke fjernes. "
        "Gi tiltakene en annen ansvarlig på Mål-siden først.",
        "en": "is responsible for {n} measures ({uses}) and cannot be removed. "
        "Give those measures another owner on the Goal page first.",
    },
    "edit.problem.in_use_channels": {
        "nb": "brukes av {n} tiltak, resultatmål eller kanaltall ({uses}) og kan ikke fjernes. "
        "Ta kanalen ut av dem først.",
        "en": "is used by {n} measures, goal targets or channel figures ({uses}) and cannot be "
        "removed. Take the channel out of them first.",
    },
    "edit.problem.in_use_audiences": {
        "nb": "brukes av {n} tiltak eller kanaltall ({uses}) og kan ikke fjernes. "
        "Ta målgruppen ut av dem først.",
        "en": "is used by {n} measures or channel figures ({uses}) and cannot be removed. "
        "Take the target group out of them first.",
    },
    # Refusals at saving
    "edit.refused.problems": {
        "nb": "Endringen har {n} feil og ble ikke lagret. Rett dem og forhåndsvis på nytt.",
        "en": "The edit has {n} problems and was not saved. Fix them and preview again.",
    },
    "edit.refused.nothing": {
        "nb": "Ingen endringer å lagre.",
        "en": "No changes to save.",
    },
    "edit.refused.stale": {
        "nb": "Noen har endret disse radene siden tabellen ble vist. Ingenting ble lagret. "
        "Last siden på nytt og gjør endringen igjen.",
        "en": "Someone changed these rows since the table was shown. Nothing was saved. "
        "Reload the page and make the edit again.",
    },
    "edit.refused.conflict": {
        "nb": "Endringen ville gi to rader med samme nøkkel (f.eks. to resultatmål med samme "
        "mål, kanal, måltall og startdato). Ingenting ble lagret. Endre en av dem.",
        "en": "The edit would make two rows with one key (e.g. two targets with the same goal, "
        "channel, metric and start). Nothing was saved. Change one of them.",
    },
    "edit.refused.no_plan": {
        "nb": "Planen {plan} finnes ikke lenger.",
        "en": "The plan {plan} no longer exists.",
    },
    # The editor section
    "edit.section": {"nb": "Rediger {what}", "en": "Edit {what}"},
    "edit.help": {
        "nb": "Endre cellene, legg til rader nederst eller merk og slett rader. "
        "Ingenting lagres før du har forhåndsvist og trykket «Lagre som én endring».",
        "en": "Change cells, add rows at the bottom or select and delete rows. "
        "Nothing is saved until you have previewed and pressed «Save as one change».",
    },
    "edit.help_measures": {
        "nb": "Endre cellene, legg til rader nederst eller merk og slett rader. "
        "Ingenting lagres før du har forhåndsvist og trykket «Lagre som én endring». "
        "Et tiltak med statushistorikk arkiveres i stedet for å slettes: det forsvinner "
        "fra visningene, og historikken beholdes.",
        "en": "Change cells, add rows at the bottom or select and delete rows. "
        "Nothing is saved until you have previewed and pressed «Save as one change». "
        "A measure with status history is archived instead of deleted: it leaves the "
        "views, and its history is kept.",
    },
    "edit.preview": {"nb": "Forhåndsvis endringer", "en": "Preview changes"},
    "edit.save": {"nb": "Lagre som én endring", "en": "Save as one change"},
    "edit.discard": {"nb": "Forkast endringene", "en": "Discard the changes"},
    "edit.no_changes": {
        "nb": "Ingen endringer ennå. Endre en celle i tabellen først.",
        "en": "No changes yet. Change a cell in the table first.",
    },
    "edit.summary": {
        "nb": "{added} ny(e), {changed} endret, {removed} fjernet",
        "en": "{added} added, {changed} changed, {removed} removed",
    },
    "edit.added": {"nb": "Nye rader", "en": "Added rows"},
    "edit.changed": {"nb": "Endrede rader", "en": "Changed rows"},
    "edit.removed": {"nb": "Fjernede rader", "en": "Removed rows"},
    "edit.archived_note": {"nb": "arkiveres (har historikk)", "en": "archived (has history)"},
    "edit.deleted_note": {"nb": "slettes", "en": "deleted"},
    "edit.new_names": {
        "nb": "Opprettes også: {names}",
        "en": "Also created: {names}",
    },
    "edit.new_kind.owner": {"nb": "ansvarlig", "en": "owner"},
    "edit.new_kind.channel": {"nb": "kanal", "en": "channel"},
    "edit.new_kind.audience": {"nb": "målgruppe", "en": "target group"},
    "edit.problems": {
        "nb": "{n} feil må rettes før endringen kan lagres:",
        "en": "{n} problems must be fixed before the edit can be saved:",
    },
    "edit.col_row": {"nb": "Rad", "en": "Row"},
    "edit.col_what": {"nb": "Rad (tittel)", "en": "Row (title)"},
    "edit.col_field": {"nb": "Felt", "en": "Field"},
    "edit.col_old": {"nb": "Før", "en": "Before"},
    "edit.col_new": {"nb": "Etter", "en": "After"},
    "edit.saved": {
        "nb": "Lagret som endring nr. {id} — kan angres i Importhistorikk.",
        "en": "Saved as change no. {id} — can be undone in Import history.",
    },
    "edit.not_allowed": {
        "nb": "Bare sekretariatet og administratorer kan lagre endringer. Ingenting ble lagret.",
        "en": "Only the secretariat and administrators can save changes. Nothing was saved.",
    },
}
