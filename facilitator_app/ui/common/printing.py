"""The one printing helper: HTML (or painted pages) to PDF through Qt, used by every PDF
export (room lists, poll results, run sheets)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument


def _writer(path: Path, title: str, landscape: bool, page: QPageSize.PageSizeId) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(page))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    writer.setResolution(150)
    writer.setTitle(title)
    return writer


def write_html_pdf(
    path: Path,
    html: str,
    *,
    title: str = "",
    landscape: bool = False,
    page: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
) -> str:
    """Lay out the HTML on pages; '' when written, else the reason."""
    try:
        writer = _writer(path, title, landscape, page)
        doc = QTextDocument()
        # Laid out at the writer's resolution: a point is a point on paper (laid out for
        # the screen and scaled to the page, 11 pt came out as about 7 pt).
        doc.documentLayout().setPaintDevice(writer)
        font = QFont(doc.defaultFont())
        font.setPointSizeF(11)
        doc.setDefaultFont(font)
        doc.setHtml(html)
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
        doc.print_(writer)
    except OSError as exc:
        return str(exc)
    return "" if path.exists() else "the file could not be created"


def write_painted_pdf(
    path: Path,
    pages: list[Callable[[QPainter, QRectF], None]],
    *,
    title: str = "",
    landscape: bool = True,
    page: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
) -> str:
    """One page per painter function; '' when written, else the reason."""
    writer = _writer(path, title, landscape, page)
    painter = QPainter(writer)
    if not painter.isActive():
        return "the file could not be created"
    rect = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    rect.moveTo(0, 0)
    for i, paint in enumerate(pages):
        if i:
            writer.newPage()
        paint(painter, rect)
    painter.end()
    return "" if path.exists() else "the file could not be created"
