"""Words of the board-meeting features (meetings, staleness, presentation, report)."""

MESSAGES: dict[str, dict[str, str]] = {}
