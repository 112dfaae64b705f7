import pytest

from facilitator_app.domain.model import ModelError, Show, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"), [("25", 1500), ("7:30", 450), ("1:05:00", 3900), ("2,5", 150), (" 0 ", 0)]
)
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "abc", "1:75", "-3", "1:2:3:4"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ModelError):
        parse_duration(text)


def test_show_from_bad_data_names_the_problem() -> None:
    with pytest.raises(ModelError, match="missing the field"):
        Show.from_dict({"title": "x"})
    with pytest.raises(ModelError, match="share an id"):
        seg = {"id": "a", "title": "A"}
        Show.from_dict({"id": "s", "days": [{"id": "d", "date": "2026-12-01", "segments": [seg, seg]}]})
    with pytest.raises(ModelError, match="clock time"):
        Show.from_dict({"id": "s", "days": [{"id": "d", "date": "2026-12-01", "start": "9.30"}]})
