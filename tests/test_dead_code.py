"""No dead code: vulture finds no unused function, class, variable or attribute in the app.

A name only a framework, a library, a template, a test or a benchmark reads goes into
``tests/vulture_whitelist.py`` with who reads it; anything else vulture finds is deleted.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: 60 % is vulture's lowest: unused functions, classes, variables and attributes.
CONFIDENCE = 60


def test_vulture_finds_no_dead_code_in_the_app():
    found = subprocess.run(
        [sys.executable, "-m", "vulture", "dashboard", "pages", "app.py",
         "tests/vulture_whitelist.py", f"--min-confidence={CONFIDENCE}"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert found.stderr == ""
    assert found.stdout.splitlines() == []
    assert found.returncode == 0


def test_the_check_would_catch_a_dead_function(tmp_path):
    dead = tmp_path / "dead.py"
    dead.write_text(
        "def used():\n    return 1\n\n\ndef never_called():\n    return 2\n\n\nused()\n"
    )
    found = subprocess.run(
        [sys.executable, "-m", "vulture", str(dead), f"--min-confidence={CONFIDENCE}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "never_called" in found.stdout and "'used'" not in found.stdout


_FROM_A_TEST_MODULE = ("from tests.test_", "from tests.browser.test_", "import tests.")


def test_no_test_module_imports_from_another_test_module():
    """Shared helpers live in tests/helpers.py (fixtures in conftest.py): importing a test
    module from another runs its module code twice and hides where a helper lives."""
    found = [
        f"{path.name}: {line.strip()}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(_FROM_A_TEST_MODULE)
    ]
    assert found == []
