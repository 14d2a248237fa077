"""The figures a proof test reports: printed (see them with -s) and kept in tests/artifacts/.

docs/reliability.md quotes them from a run of the committed tests.
"""

from __future__ import annotations

import json
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def report(name: str, figures: dict) -> Path:
    """Print ``figures`` and write them to tests/artifacts/reliability-<name>.json."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"reliability-{name}.json"
    text = json.dumps(figures, ensure_ascii=False, indent=2, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
    print(f"\n{name}: {json.dumps(figures, ensure_ascii=False, sort_keys=True)}")
    return path
