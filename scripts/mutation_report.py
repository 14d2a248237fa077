"""Kill rates per module from mutmut's results, against the bar in docs/mutation.md.

Reads ``mutants/dashboard/<module>.py.meta`` (written by ``mutmut run``) and the
mutants judged equivalent, which docs/mutation.md lists in a table (one mutant name in
backticks per row, with why no test can tell it from the original). A module passes
when at least 90 % of its non-equivalent mutants are killed; a mutant no test reaches
("no tests") counts as not killed. For dashboard/i18n.py only the number and date
formatting is held to the bar (the Translator's formatters and the CLDR name lists);
the rest of the module (message lookup, merging the message tables) is shown apart.

Exit status 0 when every module reaches the bar, 1 when one does not, 2 when there are
no results to read (run ``scripts/mutation`` first).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAR = 90.0
MODULES = ("metrics", "exports", "formats", "i18n")
#: Functions of dashboard/i18n.py that format numbers and dates (mutmut's mangled names).
I18N_FORMATTING = re.compile(
    r"xǁTranslatorǁ(number|percent|points|date|datetime|file_size|period|plotly_separators)__"
)
KILLED = {1, 3, 36, 24, -24, 152, 255, 37}  # a failing test, a timeout or the type checker
NOT_RUN = {None, 2, 34}  # not checked, interrupted, skipped


def equivalent_mutants(doc: Path) -> set[str]:
    """Mutant names in the first column of docs/mutation.md's table of equivalent mutants."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    return set(re.findall(r"^\| `(dashboard\.[^`]+__mutmut_\d+)`", text, re.M))


def group_of(name: str) -> str | None:
    """The row a mutant counts in: ``metrics``, ``exports``, ``formats``, ``i18n`` or
    ``i18n (other)``; None for a module outside the run."""
    module = name.split(".")[1]
    if module not in MODULES:
        return None
    if module == "i18n" and not I18N_FORMATTING.search(name):
        return "i18n (other)"
    return module


def main() -> int:
    results: dict[str, int | None] = {}
    for module in MODULES:
        meta = ROOT / "mutants" / "dashboard" / f"{module}.py.meta"
        if meta.exists():
            results.update(json.loads(meta.read_text())["exit_code_by_key"])
    if not results:
        print("No mutmut results: run scripts/mutation first.", file=sys.stderr)
        return 2
    equivalent = equivalent_mutants(ROOT / "docs" / "mutation.md")
    rows: dict[str, dict[str, list[str]]] = {}
    for name, code in sorted(results.items()):
        group = group_of(name)
        if group is None:
            continue
        if name in equivalent:
            kind = "killed (listed as equivalent)" if code in KILLED else "equivalent"
        elif code in KILLED:
            kind = "killed"
        elif code in NOT_RUN:
            kind = "not run"
        else:
            kind = "survived"  # survived, no tests, suspicious, segfault
        rows.setdefault(group, {}).setdefault(kind, []).append(name)

    failed = False
    print(f"{'module':<14}{'mutants':>8}{'equiv.':>8}{'killed':>8}{'survived':>9}  kill rate")
    for group in (*MODULES, "i18n (other)"):
        kinds = rows.get(group, {})
        killed = len(kinds.get("killed", [])) + len(kinds.get("killed (listed as equivalent)", []))
        survived = len(kinds.get("survived", []))
        equiv = len(kinds.get("equivalent", []))
        total = killed + survived + equiv + len(kinds.get("not run", []))
        counted = killed + survived
        rate = 100.0 * killed / counted if counted else 100.0
        held = group != "i18n (other)"
        verdict = "" if not held else ("  ok" if rate >= BAR else f"  below {BAR:.0f} %")
        failed |= held and rate < BAR
        print(f"{group:<14}{total:>8}{equiv:>8}{killed:>8}{survived:>9}  {rate:5.1f} %{verdict}")
    for group, kinds in rows.items():
        for name in kinds.get("survived", []):
            print(f"survived ({group}): {name}   (mutmut show {name})")
        for name in kinds.get("not run", []):
            print(f"not run ({group}): {name}")
        for name in kinds.get("killed (listed as equivalent)", []):
            print(f"killed, so not equivalent: remove {name} from docs/mutation.md")
    stale = equivalent - results.keys()
    for name in sorted(stale):
        print(f"listed as equivalent but no longer generated (the code changed): {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
