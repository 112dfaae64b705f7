"""The real clock. The domain only sees the :class:`Clock` protocol."""

from __future__ import annotations

import time
from datetime import UTC, datetime


class SystemClock:
    """This computer's clock, corrected to the session's reference time base.

    ``offset_s`` is what has to be added to this computer's clock to get the reference
    (the shared folder's clock, measured through the presence heartbeat; later the
    platform's). ``skew_s`` shifts this computer's clock on purpose, for clock-skew tests.
    """

    def __init__(self, skew_s: float = 0.0) -> None:
        self.offset_s = 0.0
        self.skew_s = skew_s

    def local(self) -> float:
        """This computer's wall clock (POSIX seconds), uncorrected."""
        return time.time() + self.skew_s

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.local() + self.offset_s, UTC)

    def monotonic(self) -> float:
        return time.monotonic()
