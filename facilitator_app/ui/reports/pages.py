"""Painted, paged documents (the run sheet and the event report): blocks of measured height
flowed onto pages in points, a header on every page (event, section, page n of N), and a
block never split across pages when it fits on the next one. Written by
ui/common/printing.write_painted_pdf, so a PDF has one path."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageSize, QPainter, QPen

from ..common.printing import write_painted_pdf

INK = QColor("#000000")
GREY = QColor("#555555")
RULE = QColor("#999999")
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
HEADER_H = 34.0  # points
MARGIN = 26.0  # points, inside the writer's paint rectangle (36 pt from the paper's edge)
WRITER_MARGIN = 10.0  # QPdfWriter's default margins, in points
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def font(size: int, bold: bool = False, italic: bool = False) -> QFont:
    """A font sized in points of the page (the page is painted in points)."""
    f = QFont()
    f.setPixelSize(size)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def text_height(text: str, f: QFont, width: float) -> float:
    if not text:
        return 0.0
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 100000), WRAP, text).height() + 1.0


def draw_text(painter: QPainter, x: float, y: float, width: float, text: str, f: QFont, colour: QColor = INK) -> float:
    """Draw wrapped text; the height it took."""
    if not text:
        return 0.0
    h = text_height(text, f, width)
    painter.setFont(f)
    painter.setPen(colour)
    painter.drawText(QRectF(x, y, width, h + 2), WRAP, text)
    return h


Painter = Callable[[QPainter, QRectF], object]


@dataclass
class Block:
    """A piece of a painted document of measured height, never split across pages when it fits on one."""

    height: float
    paint: Painter  # paints into the rectangle it is given (its full width, its height)
    section: str = ""  # shown in the header of the pages it is on
    new_page: bool = False  # starts a page
    header: Block | None = None  # a table's header row, repeated when a row starts a page
    keep_with_next: bool = False  # on the same page as the next block (a heading and its table)
    spacer: bool = False  # only space: dropped at the top or the foot of a page


@dataclass
class Page:
    """One page of a painted document: its section and the blocks on it, with their offsets."""

    section: str
    placed: list[tuple[Block, float]]


def _kept_height(blocks: Sequence[Block], i: int) -> float:
    """The height of block i and the blocks it keeps with (the next ones, while each keeps
    with its next), up to a page break or a spacer."""
    h = blocks[i].height
    while blocks[i].keep_with_next and i + 1 < len(blocks):
        i += 1
        if blocks[i].new_page or blocks[i].spacer:
            break
        h += blocks[i].height
    return h


def paginate(blocks: Sequence[Block], body_h: float) -> list[Page]:
    """Flow the blocks onto pages of body height ``body_h``: a block that does not fit starts
    a page (a table row with its header again); a heading keeps with what follows it (its
    note, header and first rows) when they fit on one page; a spacer never starts or ends a
    page, so no page holds only space."""
    pages: list[Page] = []
    y = 0.0
    for i, block in enumerate(blocks):
        if block.spacer:
            if pages and y > 0 and y + block.height <= body_h:
                pages[-1].placed.append((block, y))
                y += block.height
            continue
        need = _kept_height(blocks, i)
        if need > body_h:  # the group cannot share a page anyway: only the block must fit
            need = block.height
        if not pages or block.new_page or (y > 0 and y + need > body_h):
            pages.append(Page(block.section, []))
            y = 0.0
            if block.header is not None and not block.new_page:
                pages[-1].placed.append((block.header, 0.0))
                y = block.header.height
        pages[-1].placed.append((block, y))
        y += block.height
    for page in pages:  # a spacer that ended up last on a page is no content either
        while page.placed and page.placed[-1][0].spacer:
            page.placed.pop()
    return pages or [Page("", [])]


def page_size_pt(paper: str) -> tuple[float, float]:
    size = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)
    return size.width(), size.height()


def _document(
    title: str, blocks: Callable[[float], Sequence[Block]], paper: str, subtitle: str
) -> tuple[list[Page], Callable[[int], Callable[[QPainter, QRectF], None]], tuple[float, float]]:
    """The pages, a painter for page i (into the writer's paint rectangle), and the size of
    that rectangle in points."""
    pw, ph = page_size_pt(paper)
    w, h = pw - 2 * WRITER_MARGIN, ph - 2 * WRITER_MARGIN  # the writer's paint rectangle
    body_w, body_h = w - 2 * MARGIN, h - 2 * MARGIN - HEADER_H
    pages = paginate(blocks(body_w), body_h)

    def page_painter(index: int) -> Callable[[QPainter, QRectF], None]:
        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.save()
            painter.scale(rect.width() / w, rect.width() / w)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            page = pages[index]
            head = title + (f" · {page.section}" if page.section else "")
            number = QCoreApplication.translate("Report", "Page %1 of %2")
            number = number.replace("%1", str(index + 1)).replace("%2", str(len(pages)))
            painter.setFont(font(9))
            painter.setPen(GREY)
            right = QFontMetricsF(font(9)).horizontalAdvance(number) + 4
            painter.drawText(QRectF(MARGIN, MARGIN, body_w - right - 8, 14), int(Qt.AlignmentFlag.AlignLeft), head)
            painter.drawText(
                QRectF(MARGIN + body_w - right, MARGIN, right, 14), int(Qt.AlignmentFlag.AlignRight), number
            )
            if subtitle:
                painter.drawText(QRectF(MARGIN, MARGIN + 13, body_w, 14), int(Qt.AlignmentFlag.AlignLeft), subtitle)
            painter.setPen(QPen(INK, 0.8))
            painter.drawLine(QPointF(MARGIN, MARGIN + HEADER_H - 6), QPointF(w - MARGIN, MARGIN + HEADER_H - 6))
            top = MARGIN + HEADER_H
            for block, y in page.placed:
                painter.save()
                block.paint(painter, QRectF(MARGIN, top + y, body_w, block.height))
                painter.restore()
            painter.restore()

        return paint

    return pages, page_painter, (w, h)


def write_document(
    path: Path,
    title: str,
    blocks: Callable[[float], Sequence[Block]],
    *,
    paper: str = "a4",
    subtitle: str = "",
) -> tuple[str, int]:
    """Lay out the blocks (made for the body width in points) and write the PDF: ('', pages)
    when written, else (the reason, 0)."""
    if paper not in PAPERS:
        return f"paper must be a4 or letter, not {paper!r}", 0
    pages, page_painter, _size = _document(title, blocks, paper, subtitle)
    error = write_painted_pdf(
        path, [page_painter(i) for i in range(len(pages))], title=title, landscape=False, page=PAPERS[paper]
    )
    return error, 0 if error else len(pages)


def first_page_picture(
    path: Path, title: str, blocks: Callable[[float], Sequence[Block]], *, subtitle: str = "", width_px: int = 1240
) -> bool:
    """The first A4 page as a PNG on white (the ``--screenshot`` set): the same painting."""
    pages, page_painter, (w, h) = _document(title, blocks, "a4", subtitle)
    pw, ph = page_size_pt("a4")
    scale = width_px / pw
    image = QImage(width_px, round(ph * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.translate(WRITER_MARGIN * scale, WRITER_MARGIN * scale)
    if pages:
        page_painter(0)(painter, QRectF(0, 0, w * scale, h * scale))
    painter.end()
    return image.save(str(path))
