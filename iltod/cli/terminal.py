"""Progress shown on standard error while a long command runs: a bar (images) and a counter
(measures read by an import). Both stay silent unless standard error is a terminal or asked."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """``images ███████░░░░░░░  12/40  30%  3.1 s`` redrawn in place; silent when disabled.

    Enabled by default only when the stream is a terminal, so logs and CI output stay clean.
    """

    def __init__(
        self, label: str = "images", stream: TextIO | None = None, enabled: bool | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.label = label
        self.started = time.perf_counter()
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        width = 24
        filled = width * done // total
        bar = "█" * filled + "░" * (width - filled)
        elapsed = time.perf_counter() - self.started
        self.stream.write(
            f"\r{self.label} {bar} {done:>{len(str(total))}}/{total} {100 * done // total:3d}% "
            f"{elapsed:5.1f} s"
        )
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


class Counter:
    """Measures read so far, on stderr, only on a terminal or when asked (``--progress``)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def __call__(self, count: int) -> None:
        if self.enabled:
            print(f"\r… {count} measures / арга хэмжээ", end="", file=sys.stderr, flush=True)
            self.shown = True

    def done(self) -> None:
        if self.shown:
            print(file=sys.stderr)
