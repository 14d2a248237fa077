"""Words that join the status vocabulary's own words (dashboard/labels.py) into lists."""

MESSAGES: dict[str, dict[str, str]] = {
    # "Ikke startet, På sporet … eller Avbrutt": the word before a list's last choice
    "vocab.or": {"nb": "eller", "en": "or"},
}
