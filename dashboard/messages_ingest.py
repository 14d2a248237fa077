"""Words of uploads added in issue 8: goal targets by upload, channel scope, names beside ids."""

MESSAGES: dict[str, dict[str, str]] = {
    "kind.targets": {"nb": "Resultatmål", "en": "Targets"},
    "kind.owners": {"nb": "Ansvarlige", "en": "Owners"},
    "kind.channels": {"nb": "Kanaler", "en": "Channels"},
    "col.email": {"nb": "E-post", "en": "E-mail"},
    "col.direction": {"nb": "Retning", "en": "Direction"},
    "col.met": {"nb": "Nådd", "en": "Met"},
    "direction.up": {"nb": "↑ høyere er bedre", "en": "↑ higher is better"},
    "direction.down": {"nb": "↓ lavere er bedre", "en": "↓ lower is better"},
    "kpi.met": {"nb": "✓ nådd", "en": "✓ met"},
    "kpi.not_met": {"nb": "✗ ikke nådd", "en": "✗ not met"},
    "problem.target_goal_other_plan": {
        "nb": "Målet hører til en annen plan. Velg den planen, eller bruk et mål i denne planen.",
        "en": "The goal belongs to another plan. Choose that plan, or use a goal of this plan.",
    },
    "problem.bad_direction": {
        "nb": "Ukjent retning. Skriv opp (høyere er bedre) eller ned (lavere er bedre).",
        "en": "Unknown direction. Write up (higher is better) or down (lower is better).",
    },
    "problem.bad_scope": {
        "nb": "Ukjent kanaltype. Skriv intern eller ekstern.",
        "en": "Unknown channel scope. Write internal or external.",
    },
    "problem.bad_email": {
        "nb": "Ikke en e-postadresse. Skriv den som navn@virksomhet.no, eller la cellen stå tom.",
        "en": "Not an e-mail address. Write it as name@organisation.org, or leave the cell empty.",
    },
    "problem.email_without_owner": {
        "nb": "E-post uten ansvarlig. Fyll inn ansvarlig på samme rad.",
        "en": "An e-mail without an owner. Fill in the owner on the same row.",
    },
    "problem.extra_fields_at": {
        "nb": "Raden har flere felt enn overskriften: en verdi står i en kolonne uten "
        "overskrift. Sjekk skilletegn og forskjøvne kolonner.",
        "en": "The row has more fields than the header: a value stands in a column without "
        "a header. Check the separator and shifted columns.",
    },
    "col.no_header": {
        "nb": "kolonne {letter} (uten overskrift)",
        "en": "column {letter} (no header)",
    },
    "upload.scope_title": {
        "nb": "Nye kanaler: interne eller eksterne?",
        "en": "New channels: internal or external?",
    },
    "upload.scope_help": {
        "nb": "Opplastingen oppretter disse kanalene. Velg for hver om den når folk i "
        "virksomheten (intern) eller utenfor (ekstern).",
        "en": "The upload creates these channels. Choose for each whether it reaches people "
        "inside the organisation (internal) or outside it (external).",
    },
    "upload.scope_for": {"nb": "«{name}»", "en": "“{name}”"},
}
