"""Words of dependencies between measures (issue 14, item 5): the upload's and the
editor's refusals, "venter på …" and the chain on Mål."""

MESSAGES: dict[str, dict[str, str]] = {
    # Upload problems (line and column stand beside them in the preview)
    "problem.unknown_dependency": {
        "nb": "Ukjent tiltak-ID. Bruk ID-en til et tiltak i denne planen eller i filen.",
        "nn": "Ukjend tiltak-ID. Bruk ID-en til eit tiltak i denne planen eller i fila.",
        "en": "Unknown measure id. Use the id of a measure in this plan or in the file.",
    },
    "problem.dependency_self": {
        "nb": "Et tiltak kan ikke vente på seg selv. Fjern ID-en fra cellen.",
        "nn": "Eit tiltak kan ikkje vente på seg sjølv. Fjern ID-en frå cella.",
        "en": "A measure cannot wait on itself. Remove the id from the cell.",
    },
    "problem.dependency_other_plan": {
        "nb": "Tiltaket hører til en annen plan. Et tiltak kan bare vente på tiltak i samme plan.",
        "nn": "Tiltaket høyrer til ein annan plan. Eit tiltak kan berre vente på tiltak i "
        "same plan.",
        "en": "That measure belongs to another plan. A measure can only wait on measures "
        "of the same plan.",
    },
    "problem.dependency_cycle": {
        "nb": "Tiltakene venter på hverandre i ring: {cycle}. Fjern én av avhengighetene.",
        "nn": "Tiltaka ventar på kvarandre i ring: {cycle}. Fjern ei av avhengnadene.",
        "en": "The measures wait on each other in a ring: {cycle}. Remove one of the dependencies.",
    },
    # The measures editor on Mål
    "edit.col.depends_on": {"nb": "Avhenger av", "nn": "Avheng av", "en": "Depends on"},
    "edit.problem.unknown_dependency": {
        "nb": "ukjent tiltak-ID {id}. Bruk ID-en til et tiltak i planen.",
        "nn": "ukjend tiltak-ID {id}. Bruk ID-en til eit tiltak i planen.",
        "en": "unknown measure id {id}. Use the id of a measure in the plan.",
    },
    "edit.problem.dependency_self": {
        "nb": "et tiltak kan ikke vente på seg selv. Fjern {id}.",
        "nn": "eit tiltak kan ikkje vente på seg sjølv. Fjern {id}.",
        "en": "a measure cannot wait on itself. Remove {id}.",
    },
    "edit.problem.dependency_other_plan": {
        "nb": "{id} hører til en annen plan. Et tiltak kan bare vente på tiltak i samme plan.",
        "nn": "{id} høyrer til ein annan plan. Eit tiltak kan berre vente på tiltak i same plan.",
        "en": "{id} belongs to another plan. A measure can only wait on measures of the same plan.",
    },
    "edit.problem.dependency_cycle": {
        "nb": "tiltakene venter på hverandre i ring: {cycle}. Fjern én av avhengighetene.",
        "nn": "tiltaka ventar på kvarandre i ring: {cycle}. Fjern ei av avhengnadene.",
        "en": "the measures wait on each other in a ring: {cycle}. Remove one of the dependencies.",
    },
    "edit.problem.in_use_dependency": {
        "nb": "andre tiltak venter på dette ({uses}). Fjern avhengigheten der først.",
        "nn": "andre tiltak ventar på dette ({uses}). Fjern avhengnaden der først.",
        "en": "other measures wait on this one ({uses}). Remove the dependency there first.",
    },
    # Mål: waiting measures and the chain
    "deps.waiting_for": {
        "nb": "Venter på {measures}",
        "nn": "Ventar på {measures}",
        "en": "Waiting for {measures}",
    },
    "deps.col.waiting_for": {"nb": "Venter på", "nn": "Ventar på", "en": "Waiting for"},
    "deps.chain": {"nb": "Avhengigheter", "nn": "Avhengnader", "en": "Dependencies"},
    "deps.chain_help": {
        "nb": "Pilen går fra tiltaket som må komme først til tiltaket som venter på det. "
        "Forfalte tiltak (fristen er passert, ikke fullført) har tykk rød ramme og ⚠; "
        "stiplet ramme er et tiltak under et annet mål.",
        "nn": "Pila går frå tiltaket som må kome først til tiltaket som ventar på det. "
        "Forfalne tiltak (fristen er passert, ikkje fullført) har tjukk raud ramme og ⚠; "
        "stipla ramme er eit tiltak under eit anna mål.",
        "en": "The arrow runs from the measure that must come first to the measure waiting "
        "on it. Overdue measures (past their due date, not done) have a thick red border "
        "and ⚠; a dashed border is a measure of another goal.",
    },
    "deps.edge": {
        "nb": "{measure} venter på {depends_on}",
        "nn": "{measure} ventar på {depends_on}",
        "en": "{measure} waits on {depends_on}",
    },
    "deps.as_text": {"nb": "Som tekst", "nn": "Som tekst", "en": "As text"},
    "deps.waiting_count": {
        "nb": "Venter på forfalt tiltak",
        "nn": "Ventar på forfalle tiltak",
        "en": "Waiting for an overdue measure",
    },
}
