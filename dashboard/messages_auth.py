"""Words of sign-in, roles and user administration."""

MESSAGES: dict[str, dict[str, str]] = {}
