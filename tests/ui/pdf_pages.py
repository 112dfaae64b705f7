"""Just enough of a PDF reader for tests: the pages of a PDF that Qt wrote, and the font
sizes (in points) of the text on each."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass


@dataclass
class Page:
    content: bytes

    def sizes(self) -> Counter[float]:
        """How many text runs are set at each size in points (the size times the scale of
        the page's coordinate system, which Qt sets once with ``cm``)."""
        scale = 1.0
        found = re.search(rb"([\d.]+) 0 0 -?([\d.]+) [-\d.]+ [-\d.]+ cm", self.content)
        if found:
            scale = float(found.group(1))
        return Counter(round(float(s) * scale, 1) for s in re.findall(rb"/F\d+ ([\d.]+) Tf", self.content))

    @property
    def runs(self) -> int:
        return sum(self.sizes().values())


def pages(data: bytes) -> list[Page]:
    objects = {int(n): body for n, body in re.findall(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}
    root = next(body for body in objects.values() if re.search(rb"/Type\s*/Pages\b", body))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", root, re.S).group(1))]
    out = []
    for kid in kids:
        ref = int(re.search(rb"/Contents\s+(\d+) 0 R", objects[kid]).group(1))
        stream = objects[ref]
        raw = re.search(rb"stream\r?\n(.*?)\r?\nendstream", stream, re.S).group(1)
        out.append(Page(zlib.decompress(raw) if b"FlateDecode" in stream else raw))
    return out
