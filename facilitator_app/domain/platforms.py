"""What each meeting platform lets the console do over REST, and what the producer does in
the host client with the console preparing it. Checked against the platforms' published
API contracts (see ../shared/specs/README.md) and a strict loopback platform (docs/PLATFORMS.md
has the figures): no platform lets a REST client move people
between rooms live, open rooms, run room timers or launch a poll.
"""

from __future__ import annotations

from enum import StrEnum

from .frozen import Frozen, record


class How(StrEnum):
    AUTOMATIC = "automatic"  # the console does it through the API
    PREPARED = "prepared"  # the producer does it in the host client; the console prepares and prompts
    AFTER = "after"  # only after the meeting
    NONE = "none"  # not possible with this platform


@record
class Capability(Frozen):
    """Whether and how the console can do one task on a platform, in words for the producer."""

    task: str
    how: How
    detail: str
