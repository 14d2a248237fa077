"""How far an import has come, in words and as a bar: rows read, rows checked.

The pipeline calls ``update(fraction, read, checked)`` at each step (see
``dashboard.ingest.pipeline.Progress``). :class:`TerminalProgress` draws a bar on
standard error for the command line, only when that is a terminal and only once
the import has taken more than a second; the Last opp page draws its own with
``st.progress`` from the same words (dashboard/ui/upload.py).
"""

from __future__ import annotations

import threading
import time
from typing import TextIO

#: An import that has taken longer than this (seconds) shows its progress.
SHOW_AFTER = 1.0


def progress_text(t, fraction: float, read: int, checked: int) -> str:
    """``1 000 000 rader lest, 0 kontrollert`` (or the reading / saving words)."""
    if not read and fraction < 0.4:
        return t("importspeed.reading")
    key = "importspeed.saving" if fraction >= 0.8 and checked else "importspeed.progress"
    return t(key, read=t.number(read), checked=t.number(checked))


class TerminalProgress:
    """A one-line bar on a terminal, redrawn in place; nothing when it is not a terminal.

    A small thread redraws the line (with the seconds gone) so that the bar appears
    after ``SHOW_AFTER`` seconds even while DuckDB works through one long statement.
    """

    WIDTH = 24

    def __init__(self, t, stream: TextIO, *, enabled: bool) -> None:
        self._t = t
        self._stream = stream
        self._enabled = enabled and stream.isatty()
        self._state = (0.0, 0, 0)
        self._began = time.monotonic()
        self._drawn = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> TerminalProgress:
        if self._enabled:
            self._thread = threading.Thread(target=self._tick, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            if self._drawn:
                self._stream.write("\r\x1b[2K")
                self._stream.flush()
                self._drawn = False

    def update(self, fraction: float, read: int = 0, checked: int = 0) -> None:
        """The pipeline's progress callback."""
        self._state = (fraction, read, checked)
        self._draw()

    def _tick(self) -> None:
        while not self._stop.wait(0.25):
            self._draw()

    def _draw(self) -> None:
        if not self._enabled:
            return
        elapsed = time.monotonic() - self._began
        if elapsed < SHOW_AFTER:
            return
        fraction, read, checked = self._state
        filled = round(self.WIDTH * min(max(fraction, 0.0), 1.0))
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        text = progress_text(self._t, fraction, read, checked)
        share = self._t.percent(fraction * 100).rjust(5)  # "80 %" in bokmål, "80%" in English
        line = f"[{bar}] {share}  {text}  {self._t.number(elapsed)} s"
        with self._lock:
            if self._stop.is_set() and not self._drawn:
                return
            self._stream.write("\r\x1b[2K" + line)
            self._stream.flush()
            self._drawn = True
