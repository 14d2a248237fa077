"""Fail the test run on Streamlit's deprecation warnings (issue 12: supported APIs only).

Streamlit 1.67 does not raise Python warnings for its deprecations:
``streamlit.deprecation_util.show_deprecation_warning`` logs them on the
``streamlit.deprecation_util`` logger (and shows them with st.warning only when
``client.showErrorDetails`` is "full"). Every test (AppTest runs our scripts in this
process) is watched on that logger; any Python ``DeprecationWarning`` raised from
Streamlit's own modules is an error too (``filterwarnings`` in pyproject.toml).
Loaded from tests/conftest.py (``pytest_plugins``); only a test marked
``streamlit_deprecation`` (the check of this check) may cause one.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import pytest

LOGGER = "streamlit.deprecation_util"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def deprecations() -> Iterator[list[str]]:
    """The deprecation messages Streamlit logs while the block runs."""
    handler = _Collect()
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


@pytest.fixture(autouse=True)
def _no_streamlit_deprecations(request: pytest.FixtureRequest) -> Iterator[None]:
    with deprecations() as messages:
        yield
    if messages and not request.node.get_closest_marker("streamlit_deprecation"):
        pytest.fail("Streamlit deprecation warning: " + " | ".join(messages), pytrace=False)
