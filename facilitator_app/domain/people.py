"""Participant lists: map the columns of an exported sheet to people, validate with row
numbers, and merge a re-import into the people already in the session by e-mail (ids,
and with them the room history, stay)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .frozen import Frozen, record
from .model import Person

FIELDS = ("name", "first_name", "last_name", "email", "organisation", "department", "role", "host")

# Header words (lower case, English and Swedish, as Excel, Teams and Zoom write them).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "display name", "participant", "namn", "deltagare", "fullständigt namn"),
    "first_name": ("first name", "given name", "förnamn", "firstname"),
    "last_name": ("last name", "surname", "family name", "efternamn", "lastname"),
    "email": ("email", "e-mail", "email address", "user email", "e-post", "epost", "e-postadress", "mail"),
    "organisation": (
        "organisation",
        "organization",
        "org",
        "company",
        "former organisation",
        "former organization",
        "företag",
        "bolag",
        "tidigare organisation",
    ),
    "department": ("department", "dept", "avdelning", "enhet"),
    "role": ("role", "title", "job title", "roll", "befattning", "titel"),
    "host": ("host", "is host", "room host", "facilitator", "värd", "rumsvärd", "host flag"),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRUE = {"yes", "y", "ja", "j", "x", "1", "true", "sant", "host", "värd"}
_FALSE = {"", "no", "n", "nej", "0", "false", "falskt", "-"}


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field for the headers we recognise; other columns become attributes."""
    out: dict[int, str] = {}
    taken: set[str] = set()
    for i, header in enumerate(headers):
        key = " ".join(header.strip().lower().replace("_", " ").split())
        for fld, words in _SYNONYMS.items():
            if fld not in taken and key in words:
                out[i] = fld
                taken.add(fld)
                break
    return out


@record
class RowProblem(Frozen):
    """A row that was skipped or read with a doubt; the UI says it in the user's language."""

    code: str  # no_name_column | email (kept without the address) | empty | duplicate | host
    row: int = 0  # as the spreadsheet numbers it
    value: str = ""
    other_row: int = 0  # duplicate: the row that came first

    @property
    def skipped(self) -> bool:
        return self.code in ("empty", "duplicate")

    def text(self) -> str:
        texts = {
            "no_name_column": "no column is mapped to the name (or the e-mail)",
            "email": f"row {self.row}: {self.value!r} is not an e-mail address; the person is kept without it",
            "empty": f"row {self.row}: no name and no e-mail",
            "duplicate": f"row {self.row}: {self.value} is already on row {self.other_row}; row {self.row} skipped",
            "host": f"row {self.row}: host value {self.value!r} read as not a host",
        }
        return texts[self.code]


@record
class Imported(Frozen):
    """What reading a participant list gave: the people, and the rows skipped or read with a doubt."""

    people: tuple[Person, ...]
    problems: tuple[RowProblem, ...]  # one per skipped or doubtful row
    attributes: tuple[str, ...]  # free columns kept as attributes

    @property
    def errors(self) -> tuple[str, ...]:
        """The problems in English (the command line)."""
        return tuple(p.text() for p in self.problems)


def person_id(email: str, name: str) -> str:
    basis = email.strip().lower() or f"name:{name.strip().lower()}"
    return "p-" + hashlib.sha1(basis.encode()).hexdigest()[:10]


def read_people(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    mapping: Mapping[int, str],
    *,
    first_row: int = 2,
    attribute_columns: Sequence[int] | None = None,
) -> Imported:
    """People from rows of cells. ``mapping`` says which column holds which field; the
    columns in ``attribute_columns`` (default: every unmapped one with a header) become
    free attributes. Row numbers in messages are as the spreadsheet shows them."""
    mapped = set(mapping.values())
    if not {"name", "first_name", "last_name", "email"} & mapped:
        return Imported((), (RowProblem("no_name_column"),), ())
    extra = (
        list(attribute_columns)
        if attribute_columns is not None
        else [i for i, h in enumerate(headers) if i not in mapping and h.strip()]
    )
    people: list[Person] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    for offset, row in enumerate(rows):
        line = first_row + offset
        cells = {fld: _cell(row, i) for i, fld in mapping.items()}
        if not any(c.strip() for c in row):
            continue  # blank lines are common at the end of exports
        name = cells.get("name", "").strip() or " ".join(
            p for p in (cells.get("first_name", "").strip(), cells.get("last_name", "").strip()) if p
        )
        email = cells.get("email", "").strip().lower()
        if email and not _EMAIL.match(email):
            # The person still takes part: kept without the address, which is named.
            problems.append(RowProblem("email", line, cells.get("email", "").strip()))
            email = ""
        if not name:
            if not email:
                problems.append(RowProblem("empty", line))
                continue
            name = email.split("@")[0]
        key = email or f"name:{name.lower()}"
        if key in seen:
            problems.append(RowProblem("duplicate", line, email or name, seen[key]))
            continue
        seen[key] = line
        host_text = cells.get("host", "").strip().lower()
        if host_text not in _TRUE and host_text not in _FALSE:
            problems.append(RowProblem("host", line, cells.get("host", "")))
        people.append(
            Person(
                id=person_id(email, name),
                name=name,
                email=email,
                organisation=cells.get("organisation", "").strip(),
                department=cells.get("department", "").strip(),
                role=cells.get("role", "").strip(),
                host=host_text in _TRUE,
                attributes={headers[i].strip(): _cell(row, i).strip() for i in extra if i < len(headers)},
            )
        )
    return Imported(tuple(people), tuple(problems), tuple(headers[i].strip() for i in extra if i < len(headers)))


def _cell(row: Sequence[str], i: int) -> str:
    return str(row[i]) if i < len(row) and row[i] is not None else ""


@record
class Merge(Frozen):
    """What a re-import changes: people added, people updated (same id), people only in
    the session (kept: they may have been added by hand or have left)."""

    added: tuple[Person, ...] = ()
    updated: tuple[Person, ...] = ()
    unchanged: int = 0
    only_in_session: tuple[Person, ...] = ()

    @property
    def upserts(self) -> tuple[Person, ...]:
        """What the import writes: the updated people and the new ones."""
        return self.updated + self.added


def merge_people(existing: Sequence[Person], imported: Sequence[Person]) -> Merge:
    """Match by e-mail (or, without one, by a unique name); a match keeps its id."""
    by_email = {p.email.lower(): p for p in existing if p.email}
    names: dict[str, list[Person]] = {}
    for p in existing:
        names.setdefault(p.name.lower(), []).append(p)
    added, updated, matched = [], [], set()
    unchanged = 0
    for new in imported:
        old = by_email.get(new.email) if new.email else None
        if old is None and not new.email and len(names.get(new.name.lower(), [])) == 1:
            old = names[new.name.lower()][0]
        if old is None:
            added.append(new)
            continue
        matched.add(old.id)
        merged = Person(
            id=old.id,
            name=new.name or old.name,
            email=new.email or old.email,
            organisation=new.organisation or old.organisation,
            department=new.department or old.department,
            role=new.role or old.role,
            host=new.host,
            attributes={**old.attributes, **new.attributes},
        )
        if merged == old:
            unchanged += 1
        else:
            updated.append(merged)
    ids = {p.id for p in existing}
    for i, p in enumerate(added):  # a new id that collides (same name, no e-mail) gets a suffix
        if p.id in ids:
            added[i] = replace(p, id=f"{p.id}-{i}")
        ids.add(added[i].id)
    only = tuple(p for p in existing if p.id not in matched)
    return Merge(tuple(added), tuple(updated), unchanged, only)
