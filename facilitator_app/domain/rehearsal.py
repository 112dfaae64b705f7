"""A simulated meeting for rehearsals: who joins when, who leaves and comes back, who sits
in which breakout room, and how people answer polls. Deterministic for a seed.

Some join late (10 to 40 minutes in) and some leave early for good, so a rehearsed show
has real attendance to report.

Pure: every question takes ``now`` (seconds since the meeting started) and the answer
depends only on the seed, the roster and the host actions recorded so far.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .frozen import Frozen, record

JOIN_WINDOW_S = 300.0  # people join over the first five minutes
NO_SHOW_SHARE = 0.06
LEAVER_SHARE = 0.10
LATE_SHARE = 0.06  # join 10 to 40 minutes after the start
EARLY_LEAVER_SHARE = 0.06  # leave for good 45 minutes to 4 hours after joining
WRONG_ROOM_SHARE = 0.05
ANSWER_SHARE = 0.85


@record
class Attendee(Frozen):
    """A simulated participant of the rehearsal meeting: when they join, and when they leave and come back."""

    person_id: str
    name: str
    email: str
    join_s: float | None  # None: never joins
    leave_s: float | None = None
    back_s: float | None = None

    def present(self, t: float) -> bool:
        if self.join_s is None or t < self.join_s:
            return False
        return not (self.leave_s is not None and self.leave_s <= t < (self.back_s or float("inf")))


@dataclass(slots=True)
class Breakout:
    """A breakout the rehearsal meeting opened, with the room each person actually landed in."""

    opened_s: float
    closed_s: float | None
    rooms: dict[str, str]  # email -> room name, as placed (a few in the wrong room)


@dataclass(slots=True)
class Poll:
    """A poll launched in the rehearsal meeting."""

    poll_id: str
    title: str
    options: list[str]
    launched_s: float
    closed_s: float | None = None


@dataclass(slots=True)
class MeetingSimulation:
    """The rehearsal platform's meeting: the roster joining and leaving on a seeded schedule,
    its breakouts and its polls."""

    attendees: list[Attendee]
    seed: int
    assignments: dict[str, str] = field(default_factory=dict)  # email -> planned room
    breakouts: list[Breakout] = field(default_factory=list)
    polls: list[Poll] = field(default_factory=list)
    ended_s: float | None = None

    @classmethod
    def from_roster(cls, people: list[tuple[str, str, str]], seed: int) -> MeetingSimulation:
        """People as (id, name, e-mail)."""
        rng = random.Random(seed)
        late_rng = random.Random(f"{seed}/attendance")  # its own stream: the others' draws stay as they were
        attendees = []
        for person_id, name, email in people:
            kind, late, stay = late_rng.random(), late_rng.uniform(600, 2400), late_rng.uniform(2700, 14400)
            if rng.random() < NO_SHOW_SHARE:
                attendees.append(Attendee(person_id, name, email, None))
                continue
            join = rng.uniform(0, JOIN_WINDOW_S)
            leave = back = None
            if rng.random() < LEAVER_SHARE:
                leave = join + rng.uniform(600, 3000)
                back = leave + rng.uniform(60, 600)
            elif kind < LATE_SHARE:
                join = late
            elif kind < LATE_SHARE + EARLY_LEAVER_SHARE:
                leave = join + stay  # and never back
            attendees.append(Attendee(person_id, name, email, join, leave, back))
        return cls(attendees, seed)

    def present(self, t: float) -> list[Attendee]:
        if self.ended_s is not None and t >= self.ended_s:
            return []
        return [a for a in self.attendees if a.present(t)]

    def breakout_at(self, t: float) -> Breakout | None:
        for b in reversed(self.breakouts):
            if b.opened_s <= t and (b.closed_s is None or t < b.closed_s):
                return b
        return None

    def open_breakout(self, t: float) -> Breakout:
        """The host opens the rooms: people go to their assigned room, a few to another."""
        rng = random.Random(f"{self.seed}/breakout/{len(self.breakouts)}")
        names = sorted(set(self.assignments.values())) or ["Room 1", "Room 2", "Room 3"]
        placed: dict[str, str] = {}
        for i, a in enumerate(sorted(self.attendees, key=lambda a: a.email)):
            room = self.assignments.get(a.email) or names[i % len(names)]
            if len(names) > 1 and rng.random() < WRONG_ROOM_SHARE:
                room = rng.choice([n for n in names if n != room])
            placed[a.email] = room
        breakout = Breakout(t, None, placed)
        self.breakouts.append(breakout)
        return breakout

    def follow_assignments(self, t: float) -> int:
        """Assignments sent while the rooms are open: the host moves everyone assigned to a
        room into it (Zoom's host client: Breakout Rooms → Move to; Webex and Teams alike),
        so the rooms now match the plan. Returns how many people moved."""
        current = self.breakout_at(t)
        if current is None:
            return 0
        moved = 0
        for email, room in self.assignments.items():
            if current.rooms.get(email) != room:
                current.rooms[email] = room
                moved += 1
        return moved

    def close_breakout(self, t: float) -> None:
        current = self.breakout_at(t)
        if current is not None:
            current.closed_s = t

    def room_of(self, attendee: Attendee, t: float) -> str:
        current = self.breakout_at(t)
        return current.rooms.get(attendee.email, "") if current else ""

    def launch_poll(self, poll_id: str, title: str, options: list[str], t: float) -> Poll:
        poll = Poll(poll_id, title, list(options), t)
        self.polls.append(poll)
        return poll

    def answers(self, poll: Poll, t: float) -> dict[str, int]:
        """Counts per option: about 85 % of those present answer within a minute of the
        launch or of joining (whichever is later), with a spread that leans to the upper
        middle of the scale, as real audiences do."""
        rng = random.Random(f"{self.seed}/poll/{poll.poll_id}")
        until = min(t, poll.closed_s) if poll.closed_s is not None else t
        counts = dict.fromkeys(poll.options, 0)
        n = len(poll.options)
        weights = [1.0 + 3.0 * (1 - abs((i + 0.5) / n - 0.65) * 1.6) for i in range(n)]
        for a in sorted(self.attendees, key=lambda a: a.email):
            delay = rng.uniform(5, 60)
            choice = rng.choices(poll.options, weights=weights)[0] if poll.options else ""
            answers = rng.random() < ANSWER_SHARE
            if a.join_s is None or not answers or not choice:
                continue
            at = max(poll.launched_s, a.join_s) + delay
            ended = self.ended_s is not None and at >= self.ended_s
            if at <= until and a.present(at) and not ended:
                counts[choice] += 1
        return counts
