"""Every setting is documented in the README with its default, and read as documented."""

from pathlib import Path

import pytest

from dashboard import settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_in_the_readme_table(setting):
    rows = [line for line in README.splitlines() if line.startswith(f"| `{setting.name}` |")]
    assert rows, f"{setting.name} is missing from the README's settings table"
    if setting.default:
        assert f"`{setting.default}`" in rows[0]


def test_relative_database_paths_are_taken_from_the_project(monkeypatch):
    monkeypatch.setenv("PLANPULS_DB", "data/x.duckdb")
    assert settings.db_path() == settings.ROOT / "data" / "x.duckdb"
    monkeypatch.delenv("PLANPULS_DB")
    assert settings.db_path() == settings.ROOT / "data" / "planpuls.duckdb"


def test_language_and_today(monkeypatch):
    monkeypatch.setenv("PLANPULS_LANG", "EN")
    assert settings.default_language() == "en"
    monkeypatch.setenv("PLANPULS_LANG", "de")
    assert settings.default_language() == "nb"
    monkeypatch.setenv("PLANPULS_TODAY", "2025-06-30")
    assert settings.today().isoformat() == "2025-06-30"
    monkeypatch.setenv("PLANPULS_TODAY", "30.06.2025")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        settings.today()
