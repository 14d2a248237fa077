"""Words of backup and restore (issue 11): the command line's answers and refusals."""

MESSAGES: dict[str, dict[str, str]] = {
    "backup.done": {
        "nb": "Sikkerhetskopi av {db} skrevet til {path} ({size} MB, skjemaversjon {version}).",
        "en": "Backup of {db} written to {path} ({size} MB, schema version {version}).",
    },
    "backup.postgres": {
        "nb": "Databasen {db} er PostgreSQL: Planpuls tar ikke sikkerhetskopi av den og "
        "gjenoppretter den ikke selv. Bruk PostgreSQLs egne verktøy, pg_dump og pg_restore "
        "(se docs/scale-out.md).",
        "en": "The database {db} is PostgreSQL: Planpuls neither backs it up nor restores it "
        "itself. Use PostgreSQL's own tools, pg_dump and pg_restore (see docs/scale-out.md).",
    },
    "backup.no_database": {
        "nb": "Det finnes ingen database {path} å ta sikkerhetskopi av. Sjekk --db eller "
        "PLANPULS_DB.",
        "en": "There is no database {path} to back up. Check --db or PLANPULS_DB.",
    },
    "backup.exists": {
        "nb": "{path} finnes allerede. Velg et annet filnavn (eller en mappe), eller legg til "
        "--overwrite for å erstatte filen.",
        "en": "{path} exists already. Choose another file name (or a folder), or add "
        "--overwrite to replace it.",
    },
    "backup.live": {
        "nb": "{path} er selve databasen (eller en fil som hører til den). Skriv "
        "sikkerhetskopien til en annen fil.",
        "en": "{path} is the database itself (or a file that belongs to it). Write the "
        "backup to another file.",
    },
    "backup.not_found": {
        "nb": "Finner ikke filen {path}. Sjekk navnet og mappen.",
        "en": "There is no file {path}. Check the name and the folder.",
    },
    "backup.same": {
        "nb": "{path} er selve databasen; den kan ikke gjenopprettes fra seg selv.",
        "en": "{path} is the database itself; it cannot be restored from itself.",
    },
    "backup.not_database": {
        "nb": "{path} er ikke en databasefil. Velg en fil laget med «python -m dashboard "
        "backup» eller en planlagt sikkerhetskopi (planpuls-….duckdb).",
        "en": "{path} is not a database file. Choose a file made by 'python -m dashboard "
        "backup' or a scheduled backup (planpuls-….duckdb).",
    },
    "backup.not_planpuls": {
        "nb": "{path} er en database, men ikke en Planpuls-database (den mangler "
        "skjemaversjonen). Velg en fil laget med «python -m dashboard backup».",
        "en": "{path} is a database, but not a Planpuls database (it has no schema version). "
        "Choose a file made by 'python -m dashboard backup'.",
    },
    "backup.too_new": {
        "nb": "{path} har skjemaversjon {found}, nyere enn denne Planpuls ({known}). "
        "Oppgrader Planpuls før du gjenoppretter den.",
        "en": "{path} has schema version {found}, newer than this Planpuls ({known}). "
        "Upgrade Planpuls before restoring it.",
    },
    "backup.busy": {
        "nb": "Databasen {path} er i bruk av en annen prosess (trolig dashbordet som kjører). "
        "Stopp dashbordet, gjenopprett, og start det igjen.",
        "en": "The database {path} is in use by another process (probably the running "
        "dashboard). Stop the dashboard, restore, then start it again.",
    },
    "backup.confirm": {
        "nb": "Erstatte databasen {db} med {src}? Dagens fil beholdes ved siden av. [j/N] ",
        "en": "Replace the database {db} with {src}? Today's file is kept beside it. [y/N] ",
    },
    "backup.need_yes": {
        "nb": "Gjenoppretting erstatter databasen {db}. Legg til --yes for å bekrefte.",
        "en": "Restoring replaces the database {db}. Add --yes to confirm.",
    },
    "backup.cancelled": {
        "nb": "Avbrutt; ingenting er endret.",
        "en": "Cancelled; nothing has changed.",
    },
    "backup.restored": {
        "nb": "Databasen {db} er gjenopprettet fra {src} (skjemaversjon {version}).",
        "en": "The database {db} is restored from {src} (schema version {version}).",
    },
    "backup.migrated": {
        "nb": "Kopien hadde skjemaversjon {found} og er oppdatert til {version}.",
        "en": "The copy had schema version {found} and has been brought up to {version}.",
    },
    "backup.kept": {
        "nb": "Den forrige filen er lagret som {kept}.",
        "en": "The previous file is kept as {kept}.",
    },
    "backup.start_again": {
        "nb": "Start dashbordet igjen.",
        "en": "Start the dashboard again.",
    },
    # The Brukere page (administrators)
    "backup.page_title": {"nb": "Sikkerhetskopi", "en": "Backup"},
    "backup.page_intro": {
        "nb": "Last ned en fersk kopi av hele databasen (alle planer, opplastinger og "
        "kontoer, med passord-hasher). Kopien lages når du klikker, mens dashbordet er i "
        "bruk, og inneholder hver opplasting hel. Oppbevar den trygt. Gjenopprett med "
        "«python -m dashboard restore FIL» mens dashbordet er stoppet.",
        "en": "Download a fresh copy of the whole database (every plan, upload and account, "
        "with password hashes). It is made when you click, while the dashboard is in use, "
        "and holds every upload whole. Keep it safe. Restore it with "
        "'python -m dashboard restore FILE' while the dashboard is stopped.",
    },
    "backup.download": {"nb": "Last ned sikkerhetskopi", "en": "Download a backup"},
    "backup.schedule_off": {
        "nb": "Planlagte sikkerhetskopier er slått av. Sett PLANPULS_BACKUP_DIR for en daglig "
        "kopi (se README, «Sikkerhetskopi / Backup»).",
        "en": "Scheduled backups are off. Set PLANPULS_BACKUP_DIR for a daily copy (see the "
        "README, 'Sikkerhetskopi / Backup').",
    },
    "backup.schedule_invalid": {
        "nb": "Planlagte sikkerhetskopier er slått av fordi en innstilling er feil: {error}",
        "en": "Scheduled backups are off because a setting is wrong: {error}",
    },
    "backup.schedule_on": {
        "nb": "Serveren tar en sikkerhetskopi med {hours} timers mellomrom til {folder} og "
        "beholder de {keep} nyeste.",
        "en": "The server takes a backup every {hours} hours into {folder} and keeps the "
        "newest {keep}.",
    },
    "backup.schedule_newest": {
        "nb": "Nyeste: {when} ({count} i mappen).",
        "en": "Newest: {when} ({count} in the folder).",
    },
    "backup.schedule_none_yet": {
        "nb": "Ingen er tatt ennå; den første kommer et halvt minutt etter at dashbordet startet.",
        "en": "None has been taken yet; the first comes half a minute after the dashboard started.",
    },
    "backup.schedule_late": {
        "nb": "Men den nyeste er fra {when}, eldre enn intervallet: de siste forsøkene har "
        "feilet. Se serverens logg.",
        "en": "But the newest is from {when}, older than the interval: the last tries have "
        "failed. See the server's log.",
    },
}
