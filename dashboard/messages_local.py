"""Words of the command line run through the running dashboard (dashboard/local_server.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "local.lost": {
        "nb": "Forbindelsen til dashbordet ({url}) brøt mens kommandoen kjørte. Se etter med "
        "`python -m dashboard batches` om den ble utført, og prøv igjen.",
        "en": "The connection to the dashboard ({url}) broke while the command ran. Check "
        "with `python -m dashboard batches` whether it was done, and try again.",
    },
    "local.other_account": {
        "nb": "Dashbordet som holder databasen, kjører som brukeren {owner}, og bare den "
        "brukeren kan lese {path} og sende kommandoer til det. Kjør kommandoen som {owner} "
        "(for eksempel med `sudo -u {owner}`).",
        "en": "The dashboard that holds the database runs as the account {owner}, and only "
        "that account can read {path} and send it commands. Run the command as {owner} "
        "(with `sudo -u {owner}`, say).",
    },
    "local.not_here": {
        "nb": "Kommandoen «{command}» kan ikke kjøres gjennom dashbordet. Stopp dashbordet "
        "først, eller bruk --db med en annen fil.",
        "en": "The command “{command}” cannot run through the dashboard. Stop the dashboard "
        "first, or use --db with another file.",
    },
}
