"""`facilitator-console plan-rooms`: the engine headless, the files other tools read."""

from __future__ import annotations

import csv
import itertools
import json
from collections import Counter
from pathlib import Path

from facilitator_app.app import main


def test_names_only_csv_to_plan_csv(tmp_path: Path, capsys):
    people = tmp_path / "people.csv"
    people.write_text("name\n" + "\n".join(f"Person {i}" for i in range(15)) + "\n", encoding="utf-8")
    out = tmp_path / "plan.csv"
    assert main(["plan-rooms", "--people", str(people), "--room-size", "3", "--rounds", "7", "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert list(rows[0]) == ["round", "room", "name", "email"]
    rooms: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        rooms.setdefault((row["round"], row["room"]), []).append(row["name"])
    pairs = Counter(p for members in rooms.values() for p in itertools.combinations(sorted(members), 2))
    assert len(rooms) == 35 and max(pairs.values()) == 1, "Kirkman: 7 rounds, no pair twice"
    assert "repeated meetings    0" in capsys.readouterr().out


def test_balance_hosts_and_json(tmp_path: Path):
    people = tmp_path / "people.csv"
    lines = ["Namn;E-post;Bolag;Värd"]
    for i in range(30):
        lines.append(f"P{i};p{i}@x.se;{'ABC'[i % 3]};{'ja' if i < 6 else ''}")
    people.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
    out = tmp_path / "plan.json"
    code = main(
        [
            "plan-rooms",
            "--people",
            str(people),
            "--room-size",
            "5",
            "--rounds",
            "3",
            "--balance",
            "Bolag",
            "--host-column",
            "Värd",
            "--seed",
            "4",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    for rnd in doc["rounds"]:
        for room in rnd["rooms"]:
            assert room["host"] and len(room["people"]) == 5
            assert len({p["email"][1:].split("@")[0] for p in room["people"]}) == 5
    assert doc["quality"]["repeats"] == 0


def test_bad_input_is_named(tmp_path: Path, capsys):
    def plan(people: Path, size: int, *extra: str) -> int:
        args = ["--people", str(people), "--room-size", str(size), "--rounds", "1", *extra]
        return main(["plan-rooms", *args, "--out", str(tmp_path / "o.csv")])

    assert plan(tmp_path / "nope.csv", 4) == 2
    assert "nope.csv: cannot be read" in capsys.readouterr().err
    people = tmp_path / "p.csv"
    people.write_text("name\nA\nB\nC\n", encoding="utf-8")
    assert plan(people, 2, "--balance", "Org") == 2
    assert "has no column 'Org'" in capsys.readouterr().err
    assert plan(people, 4) == 2
    assert "3 people cannot be split into rooms of 4 to 4: rooms of 3 to 3 work" in capsys.readouterr().err


def test_a_bad_address_keeps_the_person_and_a_bad_size_suggests_one(tmp_path: Path, capsys):
    """Issue 12, item 15: row 5's bad e-mail silently dropped the person; "23 people cannot
    be split into rooms of 4 to 4" said nothing of what would work."""
    people = tmp_path / "people.csv"
    rows = [f"Person {i},p{i}@x.se" for i in range(23)]
    rows[3] = "Person 3,p3 at x.se"  # row 5 of the sheet
    people.write_text("name,email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "plan.csv"
    args = ["plan-rooms", "--people", str(people), "--rounds", "1", "--out", str(out)]
    assert main([*args, "--room-size", "4"]) == 2
    err = capsys.readouterr().err
    assert "warning: row 5: 'p3 at x.se' is not an e-mail address; the person is kept without it" in err
    assert "23 people cannot be split into rooms of 4 to 4: rooms of 4 to 5 work, and so do rooms of 3 to 4" in err
    assert main([*args, "--room-size", "4", "--max-size", "5"]) == 0
    planned = {row["name"]: row["email"] for row in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert len(planned) == 23 and planned["Person 3"] == "", "kept, without the address"
