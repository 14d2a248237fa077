"""Words of the import's progress (the Last opp page and the command line)."""

MESSAGES: dict[str, dict[str, str]] = {
    "importspeed.reading": {"nb": "Leser filen …", "en": "Reading the file …"},
    "importspeed.progress": {
        "nb": "{read} rader lest, {checked} kontrollert",
        "en": "{read} rows read, {checked} checked",
    },
    "importspeed.saving": {
        "nb": "{read} rader lest, {checked} kontrollert – lagrer …",
        "en": "{read} rows read, {checked} checked – saving …",
    },
}
