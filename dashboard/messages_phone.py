"""Words of the phone and projector views (links from goals and owners, measure cards)."""

MESSAGES: dict[str, dict[str, str]] = {
    "phone.open_goal": {"nb": "Åpne et mål", "en": "Open a goal"},
    "phone.open_goal_help": {
        "nb": "Trykk på et mål for å se tiltakene, fristene og kommentarene.",
        "en": "Tap a goal to see its measures, due dates and comments.",
    },
    "phone.open_owner": {"nb": "Åpne en ansvarlig", "en": "Open an owner"},
    "phone.all_owners": {"nb": "Alle ansvarlige", "en": "All owners"},
    "phone.due": {"nb": "Frist {date}", "en": "Due {date}"},
    "phone.no_due": {"nb": "Ingen frist", "en": "No due date"},
    "phone.updated": {"nb": "Sist oppdatert {date}", "en": "Last update {date}"},
    "phone.no_comment": {"nb": "Ingen kommentar ennå.", "en": "No comment yet."},
    "phone.progress": {"nb": "Fremdrift {value}", "en": "Progress {value}"},
    "phone.due_soon_short": {"nb": "Frist innen {days} d.", "en": "Due within {days} d."},
}
