"""Open answers grouped by theme: shared significant words, Swedish and English stop words,
light stemming, largest first, other last, deterministic."""

from __future__ import annotations

from facilitator_app.domain.themes import group, rows, stem, words


def test_words_drop_case_punctuation_and_stop_words() -> None:
    assert [w for _s, w in words("The MEETINGS, and the meeting!")] == ["meetings"]  # one stem, once
    assert [w for _s, w in words("Det var bra att träffa kollegorna")] == ["träffa", "kollegorna"]
    assert words("ok, 42!") == []


def test_stemming_brings_forms_together_and_keeps_short_words() -> None:
    assert stem("meetings") == stem("meeting") == "meet"
    assert stem("kollegorna") == stem("kollegor") == stem("kollega")
    assert stem("kaffet") == stem("kaffe")
    assert stem("time") == "time" and stem("rum") == "rum"


def test_groups_largest_first_then_by_word_other_last() -> None:
    answers = [
        "Networking was great",
        "More networking, please",
        "network more",
        "Breakout rooms too short",
        "Short breakouts",
        "Mer tid för kaffe",
        "Kaffet var kallt",
        "Nothing",
        "   ",
    ]
    themes = group(answers)
    assert [(t.word, t.count) for t in themes] == [("networking", 3), ("breakout", 2), ("kaffe", 2), ("", 1)]
    assert themes[-1].answers == ("Nothing",)
    assert sum(t.count for t in themes) == 8  # every answer once, the empty one left out
    assert group(list(reversed(answers)))[0].word == "networking"  # the order of answers does not matter
    assert rows("Q?", answers, "other")[-1] == ["Q?", "other", 1, "Nothing"]


def test_no_shared_word_is_all_other_and_no_answers_no_groups() -> None:
    assert [(t.word, t.count) for t in group(["Apples", "Pears"])] == [("", 2)]
    assert group([]) == []
