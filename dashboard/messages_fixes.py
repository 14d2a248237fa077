"""Words of the guards that keep a view or an action from going wrong (issue 8, item 6)."""

MESSAGES: dict[str, dict[str, str]] = {
    "history.large_plan": {
        "nb": "Opplasting nr. {id} la til hele planen {plans}: å angre den fjerner planen med "
        "alle mål, tiltak, statusoppdateringer og kanaltall, {rows} rader i alt.",
        "en": "Upload no. {id} added the whole plan {plans}: undoing it removes the plan with "
        "all its goals, measures, status updates and channel figures, {rows} rows in all.",
    },
    "history.large_plans": {
        "nb": "Opplasting nr. {id} la til hele planene {plans}: å angre den fjerner planene med "
        "alle mål, tiltak, statusoppdateringer og kanaltall, {rows} rader i alt.",
        "en": "Upload no. {id} added the whole plans {plans}: undoing it removes the plans with "
        "all their goals, measures, status updates and channel figures, {rows} rows in all.",
    },
    "history.large_rows": {
        "nb": "Opplasting nr. {id} la til eller endret {rows} rader. Å angre den endrer like "
        "mye tilbake.",
        "en": "Upload no. {id} added or changed {rows} rows. Undoing it changes as much back.",
    },
    "history.type_number": {
        "nb": "Skriv nummeret på opplastingen ({id}) for å bekrefte",
        "en": "Type the number of the upload ({id}) to confirm",
    },
}
