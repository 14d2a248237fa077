"""The one refusal: something a person asked for was refused, and nothing changed.

Every part of the core that refuses input or an action raises a :class:`Refused` (or a
subclass that only names its message namespace). A refusal carries a ``code`` and its
``params``; :meth:`Refused.message` says it in the user's language from the message
tables (``<prefix><code>``). Pages, the command line (``dashboard.cli.errors``) and the
HTTP API (``dashboard.api``) handle the base once, so a new refusal needs a code and a
message, never a new ``except``.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from dashboard.i18n import Translator
from dashboard.inert import md


class Refused(Exception):
    """A refused input or action; ``code`` names the message ``prefix + code``."""

    #: The message namespace of this kind of refusal (``"plans."``, ``"auth."`` …).
    prefix: ClassVar[str] = "refused."

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def key(self) -> str:
        """The message key: the namespace and the code."""
        return self.prefix + self.code

    def values(self, t: Translator, *, markdown: bool = False) -> dict[str, object]:
        """The parameters as the message shows them: a list as ``a, b``, a date as the
        language writes it, and with ``markdown`` each text made inert for ``st.*``."""
        shown: dict[str, object] = {}
        for name, value in self.params.items():
            if isinstance(value, list | tuple):
                value = ", ".join(map(str, value))
            if markdown and isinstance(value, str):  # the user's text, never our dates
                value = md(value)
            if isinstance(value, dt.date):
                value = t.date(value)
            shown[name] = value
        return shown

    def message(self, t: Translator, *, markdown: bool = False) -> str:
        """The refusal in the language of ``t`` (``markdown``: for a page's ``st.error``)."""
        return t(self.key, **self.values(t, markdown=markdown))
