"""Event templates: the embedded sample event and user template files."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from .. import assets
from ..domain.model import ModelError, Show
from .session_folder import SessionError

SAMPLE = "samples/sample_event.json"


def load_template(path: Path | None = None) -> dict[str, Any]:
    """A template's JSON: a file of the user's, or the sample event when ``path`` is None."""
    source = assets.path(SAMPLE) if path is None else path
    try:
        data = json.loads(Path(source).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SessionError(f"template {source} does not exist") from exc
    except (OSError, ValueError) as exc:
        raise SessionError(f"template {source} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("show"), dict):
        raise SessionError(f"template {source} has no 'show' object")
    return data


def instantiate(template: dict[str, Any], today: date) -> Show:
    """A new show from a template: a fresh id, and with relative dates the first day is today."""
    raw = json.loads(json.dumps(template["show"]))
    raw["id"] = os.urandom(16).hex()  # 32 hex digits, as uuid4().hex, without importing `platform` or `hashlib`
    days = raw.get("days", [])
    if template.get("relative_dates") and days:
        try:
            first = date.fromisoformat(days[0]["date"])
            for day in days:
                day["date"] = (today + (date.fromisoformat(day["date"]) - first)).isoformat()
        except (KeyError, TypeError, ValueError) as exc:
            raise SessionError(f"template has a bad day date: {exc}") from exc
    try:
        return Show.from_dict(raw)
    except ModelError as exc:
        raise SessionError(f"template is not a valid run-of-show: {exc}") from exc


def template_polls(template: dict[str, Any]) -> list[dict[str, Any]]:
    """The poll library a template brings (checked), as poll definitions."""
    from ..domain.polls import PollDef, PollError

    out = []
    for raw in template.get("polls", []) or []:
        try:
            out.append(PollDef.from_dict(raw).to_dict())
        except (PollError, AttributeError, TypeError) as exc:
            raise SessionError(f"template has a bad poll: {exc}") from exc
    return out
