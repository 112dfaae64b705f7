"""Open answers grouped by theme, for the event report: each group is named by a
significant word that its answers share, the largest group first, "other" last.

How: every answer becomes its significant words (case and punctuation dropped, Swedish and
English stop words left out, a light stemming so "meetings"/"meeting" and
"kollegorna"/"kollegor" meet). The word found in most answers not yet grouped names the
next group, which takes every such answer; a word must be in at least two answers. What
is left is "other". Deterministic: ties go to the alphabetically first word. Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .frozen import Frozen, record

MIN_GROUP = 2
MAX_GROUPS = 12  # more than this and the rest go to "other"

_STOP_TEXT = """
    a about after again all also am an and any are as at be because been before being but by can could did do
    does doing done don't down during each even ever every few for from get got had has have having he her
    here hers him his how i i'm if in into is it it's its just let like made make many me more most much my
    no nor not now of off on once one only or other our out over own really same she should so some still
    such than that the their them then there these they this those through to too under until up us very was
    we well were what when where which while who whom why will with would yes you your yours thing things lot
    lots get very much alla allt alltid andra annat att av bara blev bli blir de dem den denna dess det detta
    dig din ditt du där efter eftersom ej eller en ett fanns fick fler flera fram från får för före ha hade
    han har hela hon hos hur här i ibland inga inget innan inte jag ju kan kanske kunde man med mellan men
    mer mig min mina mitt mot mycket många ni nog när någon något några och också om oss på riktigt så sådan
    sådana sig sin sina sitt sjäv själv ska skulle som tack till tills under upp ut utan vad var vara varit
    vars vem vi vid vilka vilken vilket väl väldigt än är ännu över bra lite mer mest
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())  # English, then Swedish

# Longest first: Swedish definite/plural endings, English plural and verb endings.
_SUFFIXES = (
    "arnas", "ernas", "ornas", "arna", "erna", "orna", "heten", "heter", "ande", "ende", "ings",
    "ing", "ness", "ies", "ade", "are", "ast", "het", "ar", "er", "or", "en", "et", "na", "es",
    "ed", "ly", "a", "e", "s",
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def stem(word: str) -> str:
    """A light stem: the longest known ending cut off, keeping at least four letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[tuple[str, str]]:
    """(stem, word) of each significant word of an answer, in order, once each."""
    seen: dict[str, str] = {}
    for match in _WORD.finditer(text.casefold()):
        word = match.group().replace("’", "'")
        if len(word) < 3 or word in STOP_WORDS:
            continue
        seen.setdefault(stem(word), word)
    return list(seen.items())


@record
class Theme(Frozen):
    """Free-text answers grouped by a word they share."""

    word: str  # the shared word as people wrote it most often ("" : other)
    answers: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.answers)


def group(answers: Iterable[str], max_groups: int = MAX_GROUPS) -> list[Theme]:
    """Answers by theme, largest first, "other" (word "") last; empty answers left out."""
    texts = [a.strip() for a in answers if a and a.strip()]
    parsed = [words(t) for t in texts]
    forms: dict[str, Counter[str]] = {}
    for ws in parsed:
        for s, w in ws:
            forms.setdefault(s, Counter())[w] += 1
    left = set(range(len(texts)))
    themes: list[Theme] = []
    while left and len(themes) < max_groups:
        df: Counter[str] = Counter(s for i in left for s, _w in parsed[i])
        if not df:
            break
        best, n = min(df.items(), key=lambda kv: (-kv[1], kv[0]))
        if n < MIN_GROUP:
            break
        members = sorted(i for i in left if any(s == best for s, _w in parsed[i]))
        left -= set(members)
        label = min(forms[best].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        themes.append(Theme(label, tuple(texts[i] for i in members)))
    themes.sort(key=lambda t: (-t.count, t.word))
    if left:
        themes.append(Theme("", tuple(texts[i] for i in sorted(left))))
    return themes


def rows(question: str, answers: Sequence[str], other: str, examples: int = 3) -> list[list[object]]:
    """Table rows: question, theme, count, a few of its answers."""
    return [[question, t.word or other, t.count, " / ".join(t.answers[:examples])] for t in group(answers)]
