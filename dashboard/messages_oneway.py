"""Words of refusals that had none in the tables (issue 13: one refusal type)."""

MESSAGES: dict[str, dict[str, str]] = {
    "generate.not_empty": {
        "nb": "Databasen {path} er ikke tom. Lag demodata i en ny fil (--db).",
        "nn": "Databasen {path} er ikkje tom. Lag demodata i ei ny fil (--db).",
        "en": "The database {path} is not empty. Generate into a new file (--db).",
    },
}
