"""The job approval PDF the simulator's file queue produces (``db_file`` of type ``JOB_APPROVAL``).

Rows come in typed, as the storage keeps them (UUID, Decimal, aware datetime). The layout is what a
field-service company mails its customer after the work: who, where, what was used, how long it
took, and whether the customer signed.

Fonts: text that fits the PDF core fonts' WinAnsi (cp1252) encoding — every Belgian, Dutch,
French and German name — is set in Helvetica, which needs no embedding: a report takes a few
milliseconds. Anything else ("Łódź") is set in a Unicode TrueType font found on the machine
(DejaVu Sans, Liberation, Noto or Arial), embedded as a subset, which costs some 60 ms more.
Without such a font the text is transliterated ("Lódz") rather than refused.
"""
from __future__ import annotations

import functools
import importlib.util
import logging
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Callable

from fpdf import FPDF
from fpdf.errors import FPDFUnicodeEncodingException

from core.odyssee.model import DB_FILE, EMPTY_DATE, SYSTEM_JOB_STATUSES

_LOG = logging.getLogger(__name__)

FILE_NAME_MAX_LENGTH = DB_FILE["name"].max_length or 100
_PDF_SUFFIX = ".pdf"
_ELLIPSIS = "…"

_STATUS_NAMES = {status_id: name for name, status_id in SYSTEM_JOB_STATUSES.items()}
_TIME_TYPE_LABELS = {"WorkingTime": "Working time", "TravelTime": "Travel time"}
_CENT = Decimal("0.01")

_PAGE_MARGIN = 15.0
_CONTENT_WIDTH = 210.0 - 2 * _PAGE_MARGIN
_ROW_HEIGHT = 6.0
_ACCENT = (31, 78, 121)
_MUTED = (110, 110, 110)
_RULE = (200, 200, 200)
_SIGNED_GREEN = (30, 120, 60)

# (header, width in mm, right-aligned)
_PART_COLUMNS = (("Code", 30.0, False), ("Article", 80.0, False), ("Qty", 18.0, True),
                 ("Unit price", 26.0, True), ("Total", 26.0, True))
_TIME_COLUMNS = (("Date", 24.0, False), ("Type", 28.0, False), ("Description", 98.0, False),
                 ("Hours", 30.0, True))


def job_approval_file_name(job: dict, approval: dict) -> str:
    """``Job #<id2> <job name> <yyyy-mm-dd hh.mm.ss>.pdf``, at most 100 characters.

    The date is the approval's ``date_generated`` as stored (the vendor keeps local time there), so
    the guide's approval of ``2015-07-14T15:19:37Z`` gives ``… 2015-07-14 15.19.37.pdf``. The name
    is taken as it is (clients sanitise file names); when too long, the job name is shortened so
    that the number, the date and the suffix survive.
    """
    number = f"Job #{job.get('id2', 0)}"
    generated = approval.get("date_generated")
    stamp = generated.strftime("%Y-%m-%d %H.%M.%S") if isinstance(generated, datetime) else ""
    name = str(job.get("name") or "").strip()
    fixed = [part for part in (number, stamp) if part]
    full = " ".join([number, name, stamp] if name else fixed) + _PDF_SUFFIX
    if len(full) <= FILE_NAME_MAX_LENGTH:
        return full
    room = FILE_NAME_MAX_LENGTH - len(" ".join(fixed) + _PDF_SUFFIX) - 1  # the name adds one more space
    shortened = name[: max(room - len(_ELLIPSIS), 0)].rstrip() + _ELLIPSIS
    return " ".join([number, shortened, stamp] if stamp else [number, shortened]) + _PDF_SUFFIX


def render_job_approval_pdf(
    approval: dict,
    job: dict,
    company: dict | None,
    project: dict | None,
    technician: dict | None,
    parts: list[dict],
    time_lines: list[dict],
) -> bytes:
    """An A4 job approval report as PDF bytes; the same input always gives the same bytes."""
    content = _ApprovalContent(approval, job, company or {}, project or {}, technician or {},
                               list(parts), list(time_lines))
    try:
        return _render(content, _CORE_FONT)
    except FPDFUnicodeEncodingException:
        pass  # a character outside cp1252: needs a Unicode font
    unicode_font = _unicode_font()
    if unicode_font is not None:
        try:
            return _render(content, unicode_font)
        except _FontUnusable as error:
            _LOG.warning("Unicode font %s unusable, transliterating instead: %s", error.path, error)
            _mark_unusable(unicode_font)
    return _render(content, _TRANSLITERATED_CORE_FONT)


# --- fonts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _FontChoice:
    family: str
    convert: Callable[[str], str]
    regular: Path | None = None
    bold: Path | None = None


class _FontUnusable(Exception):
    def __init__(self, path: Path | None, cause: BaseException) -> None:
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.path = path


# Letters that have no decomposition to an ASCII base but an obvious Latin reading.
_TRANSLITERATIONS = str.maketrans({
    "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i", "Ŀ": "L", "ŀ": "l",
    "Ŧ": "T", "ŧ": "t", "Ə": "E", "ə": "e", "ĸ": "k", "Ŋ": "N", "ŋ": "n",
})


def _fits_cp1252(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


@functools.lru_cache(maxsize=4096)
def _transliterate_char(char: str) -> str:
    if _fits_cp1252(char):
        return char
    char = char.translate(_TRANSLITERATIONS)
    if _fits_cp1252(char):
        return char
    base = "".join(part for part in unicodedata.normalize("NFKD", char)
                   if not unicodedata.combining(part) and _fits_cp1252(part))
    return base or "?"


def _transliterate(text: str) -> str:
    return "".join(_transliterate_char(char) for char in text)


def _unchanged(text: str) -> str:
    return text


_CORE_FONT = _FontChoice("Helvetica", _unchanged)
_TRANSLITERATED_CORE_FONT = _FontChoice("Helvetica", _transliterate)


def _font_candidates() -> list[tuple[Path, Path]]:
    """(regular, bold) pairs to try, most pleasant first."""
    pairs: list[tuple[Path, Path]] = []
    spec = importlib.util.find_spec("matplotlib")  # finds, does not import
    if spec is not None and spec.origin:
        mpl_fonts = Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf"
        pairs.append((mpl_fonts / "DejaVuSans.ttf", mpl_fonts / "DejaVuSans-Bold.ttf"))
    if sys.platform == "win32":
        windows_fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        pairs.append((windows_fonts / "DejaVuSans.ttf", windows_fonts / "DejaVuSans-Bold.ttf"))
        pairs.append((windows_fonts / "arial.ttf", windows_fonts / "arialbd.ttf"))
        return pairs
    if sys.platform == "darwin":
        pairs.append((Path("/Library/Fonts/DejaVuSans.ttf"), Path("/Library/Fonts/DejaVuSans-Bold.ttf")))
        supplemental = Path("/System/Library/Fonts/Supplemental")
        pairs.append((supplemental / "Arial.ttf", supplemental / "Arial Bold.ttf"))
        pairs.append((Path("/Library/Fonts/Arial Unicode.ttf"), Path("/Library/Fonts/Arial Unicode.ttf")))
        return pairs
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
                   "/usr/share/fonts/dejavu-sans-fonts", "/usr/local/share/fonts"):
        pairs.append((Path(folder) / "DejaVuSans.ttf", Path(folder) / "DejaVuSans-Bold.ttf"))
    for folder in ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/liberation-sans"):
        pairs.append((Path(folder) / "LiberationSans-Regular.ttf", Path(folder) / "LiberationSans-Bold.ttf"))
    pairs.append((Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
                   Path("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")))
    return pairs


_unusable_fonts: set[Path] = set()


def _mark_unusable(font: _FontChoice) -> None:
    if font.regular is not None:
        _unusable_fonts.add(font.regular)
    _unicode_font.cache_clear()


@functools.lru_cache(maxsize=1)
def _unicode_font() -> _FontChoice | None:
    for regular, bold in _font_candidates():
        if regular in _unusable_fonts or not regular.is_file():
            continue
        return _FontChoice("UnicodeSans", _unchanged, regular, bold if bold.is_file() else regular)
    return None


# --- formatting --------------------------------------------------------------------------------

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_CONTROL_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]+")


def _one_line(value: object) -> str:
    return _CONTROL_CHARACTERS.sub(" ", "" if value is None else str(value)).strip()


def _joined(*values: object) -> str:
    return " ".join(text for text in map(_one_line, values) if text)


def _paragraph(value: object) -> str:
    text = ("" if value is None else str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_BUT_NEWLINE.sub(" ", text).strip()


def _decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        return value if value.is_finite() else Decimal(0)
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Decimal(0)
    return number if number.is_finite() else Decimal(0)


def _money(value: Decimal) -> str:
    return f"{value.quantize(_CENT, rounding=ROUND_HALF_UP):,.2f}".replace(",", " ")


def _quantity(value: Decimal) -> str:
    text = f"{value.quantize(_CENT, rounding=ROUND_HALF_UP):.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _is_set(value: object) -> bool:
    return isinstance(value, datetime) and value != EMPTY_DATE


def _date(value: object) -> str:
    return value.strftime("%Y-%m-%d") if _is_set(value) else ""


def _date_time(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if _is_set(value) else ""


def _full_name(user: dict) -> str:
    return _joined(user.get("firstname"), user.get("lastname"))


# --- document ----------------------------------------------------------------------------------


@dataclass
class _ApprovalContent:
    approval: dict
    job: dict
    company: dict
    project: dict
    technician: dict
    parts: list[dict]
    time_lines: list[dict]

    @property
    def job_number(self) -> str:
        return f"Job #{self.job.get('id2', 0)}"


class _ApprovalPdf(FPDF):
    def __init__(self, content: _ApprovalContent, font: _FontChoice) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.content = content
        self.font_choice = font
        self.core_fonts_encoding = "cp1252"  # the core fonts are written with /WinAnsiEncoding
        self.set_margins(_PAGE_MARGIN, _PAGE_MARGIN, _PAGE_MARGIN)
        self.set_auto_page_break(True, margin=18)

    def text_of(self, value: str) -> str:
        return self.font_choice.convert(value)

    def use_font(self, size: float, bold: bool = False, color: tuple[int, int, int] = (0, 0, 0)) -> None:
        self.set_font(self.font_choice.family, "B" if bold else "", size)
        self.set_text_color(*color)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.use_font(8, color=_MUTED)
        title = f"Job approval · {self.content.job_number} {_one_line(self.content.job.get('name'))} (continued)"
        self.cell(_CONTENT_WIDTH, 5, self.fitted(title, _CONTENT_WIDTH), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-13)
        self.use_font(8, color=_MUTED)
        generated = _date_time(self.content.approval.get("date_generated"))
        self.cell(_CONTENT_WIDTH / 2, 5, self.text_of(f"Generated {generated}" if generated else ""))
        self.cell(_CONTENT_WIDTH / 2, 5, f"Page {self.page_no()}/{{nb}}", align="R")

    def fitted(self, text: str, width: float) -> str:
        """The text, cut with an ellipsis so that it fits in ``width`` mm (cells do not clip)."""
        text = self.text_of(text)
        room = width - 2 * self.c_margin
        if self.get_string_width(text) <= room:
            return text
        ellipsis = self.text_of(_ELLIPSIS)
        low, high = 0, len(text)
        while low < high:  # longest prefix that fits, by bisection
            middle = (low + high + 1) // 2
            if self.get_string_width(text[:middle] + ellipsis) <= room:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + ellipsis


def _render(content: _ApprovalContent, font: _FontChoice) -> bytes:
    pdf = _ApprovalPdf(content, font)
    if font.regular is not None:
        try:
            pdf.add_font(font.family, "", font.regular)
            pdf.add_font(font.family, "B", font.bold or font.regular)
        except Exception as error:  # noqa: BLE001 - any damage in a system font file must not stop the PDF
            raise _FontUnusable(font.regular, error) from error
    generated = content.approval.get("date_generated")
    pdf.set_creation_date(generated if _is_set(generated) and generated.tzinfo else EMPTY_DATE)
    pdf.set_title(f"Job approval {content.job_number} {_one_line(content.job.get('name'))}".strip())
    pdf.set_subject(f"Work order {_one_line(content.job.get('reference_back_office'))}".strip())
    pdf.set_author(_one_line(content.company.get("name")) or "Odyssee")
    pdf.set_creator("Odyssee simulator")
    pdf.add_page()
    _draw_title(pdf, content)
    _draw_parties(pdf, content)
    _draw_description(pdf, content)
    parts_total = _draw_parts(pdf, content.parts)
    hours, labour_total = _draw_time_lines(pdf, content.time_lines)
    _draw_totals(pdf, parts_total, labour_total, hours)
    _draw_sign_off(pdf, content.approval)
    return bytes(pdf.output())


def _draw_title(pdf: _ApprovalPdf, content: _ApprovalContent) -> None:
    daily = bool(content.approval.get("is_daily_approval"))
    pdf.use_font(20, bold=True, color=_ACCENT)
    pdf.cell(_CONTENT_WIDTH * 0.6, 10, "Daily job approval" if daily else "Job approval")
    pdf.cell(_CONTENT_WIDTH * 0.4, 10, pdf.text_of(content.job_number), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.use_font(12, bold=True)
    pdf.cell(_CONTENT_WIDTH, 7, pdf.fitted(_one_line(content.job.get("name")), _CONTENT_WIDTH),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*_ACCENT)
    pdf.set_line_width(0.6)
    pdf.line(_PAGE_MARGIN, pdf.get_y() + 1, _PAGE_MARGIN + _CONTENT_WIDTH, pdf.get_y() + 1)
    pdf.ln(4)


def _draw_parties(pdf: _ApprovalPdf, content: _ApprovalContent) -> None:
    company, project, job, approval = content.company, content.project, content.job, content.approval
    street = _joined(company.get("street"), company.get("street_number"))
    town = _joined(company.get("zip"), company.get("city"))
    country = _one_line(company.get("db_country_code"))
    vat = _one_line(company.get("vat_reg_code"))
    customer_lines = [
        (True, _one_line(company.get("name"))),
        (False, street),
        (False, _one_line(company.get("street2"))),
        (False, f"{town}, {country}" if town and country else town or country),
        (False, f"VAT {vat}" if vat else ""),
    ]
    status_name = _STATUS_NAMES.get(approval.get("job_status_id"), "")
    installation = _one_line(project.get("name"))
    installation_ref = _one_line(project.get("reference_back_office"))
    facts = [
        ("Work order", _one_line(job.get("reference_back_office"))),
        ("Installation", f"{installation} ({installation_ref})" if installation and installation_ref
         else installation or installation_ref),
        ("Serial number", _one_line(project.get("serial_number"))),
        ("Technician", _full_name(content.technician)),
        ("Date generated", _date_time(approval.get("date_generated"))),
        ("Job status", status_name),
    ]
    left_width, label_width = 80.0, 30.0
    value_width = _CONTENT_WIDTH - left_width - label_width
    top = pdf.get_y()
    pdf.use_font(8, color=_MUTED)
    pdf.cell(left_width, 5, "Customer", new_x="LMARGIN", new_y="NEXT")
    for bold, text in customer_lines:
        if text:
            pdf.use_font(10, bold=bold)
            pdf.cell(left_width, 5, pdf.fitted(text, left_width), new_x="LMARGIN", new_y="NEXT")
    customer_bottom = pdf.get_y()
    pdf.set_y(top)
    for label, value in facts:
        if not value:
            continue
        pdf.set_x(_PAGE_MARGIN + left_width)
        pdf.use_font(8, color=_MUTED)
        pdf.cell(label_width, 5, label)
        pdf.use_font(10)
        pdf.cell(value_width, 5, pdf.fitted(value, value_width), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(customer_bottom, pdf.get_y()) + 4)


def _draw_description(pdf: _ApprovalPdf, content: _ApprovalContent) -> None:
    description = _paragraph(content.job.get("description"))
    if description:
        _section_title(pdf, "Work description")
        pdf.use_font(10)
        pdf.multi_cell(_CONTENT_WIDTH, 5, pdf.text_of(description), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)


def _section_title(pdf: _ApprovalPdf, title: str) -> None:
    if pdf.will_page_break(2 * _ROW_HEIGHT + 8):
        pdf.add_page()
    pdf.use_font(11, bold=True, color=_ACCENT)
    pdf.cell(_CONTENT_WIDTH, 7, title, new_x="LMARGIN", new_y="NEXT")


def _table_header(pdf: _ApprovalPdf, columns: tuple[tuple[str, float, bool], ...]) -> None:
    pdf.use_font(9, bold=True)
    pdf.set_fill_color(232, 238, 245)
    for title, width, right in columns:
        pdf.cell(width, _ROW_HEIGHT, title, align="R" if right else "L", fill=True)
    pdf.ln(_ROW_HEIGHT)


def _table_row(pdf: _ApprovalPdf, columns: tuple[tuple[str, float, bool], ...], values: list[str]) -> None:
    if pdf.will_page_break(_ROW_HEIGHT):
        pdf.add_page()
        _table_header(pdf, columns)
    pdf.use_font(9)
    for (_, width, right), value in zip(columns, values):
        pdf.cell(width, _ROW_HEIGHT, pdf.fitted(value, width), align="R" if right else "L")
    pdf.ln(_ROW_HEIGHT)
    pdf.set_draw_color(*_RULE)
    pdf.set_line_width(0.2)
    pdf.line(_PAGE_MARGIN, pdf.get_y(), _PAGE_MARGIN + _CONTENT_WIDTH, pdf.get_y())


def _empty_table_note(pdf: _ApprovalPdf, text: str) -> None:
    pdf.use_font(9, color=_MUTED)
    pdf.cell(_CONTENT_WIDTH, _ROW_HEIGHT, text, new_x="LMARGIN", new_y="NEXT")


def _draw_parts(pdf: _ApprovalPdf, parts: list[dict]) -> Decimal:
    _section_title(pdf, "Parts used")
    _table_header(pdf, _PART_COLUMNS)
    total = Decimal(0)
    for part in parts:
        quantity, price = _decimal(part.get("quantity")), _decimal(part.get("price"))
        warranty = bool(part.get("is_under_warranty"))
        line_total = Decimal(0) if warranty else (quantity * price).quantize(_CENT, rounding=ROUND_HALF_UP)
        total += line_total
        name = _one_line(part.get("name")) or _one_line(part.get("description"))
        _table_row(pdf, _PART_COLUMNS, [
            _one_line(part.get("code")),
            f"{name} (warranty)" if warranty else name,
            _quantity(quantity),
            _money(price),
            _money(line_total),
        ])
    if not parts:
        _empty_table_note(pdf, "No parts used.")
    pdf.ln(4)
    return total


def _draw_time_lines(pdf: _ApprovalPdf, time_lines: list[dict]) -> tuple[dict[str, Decimal], Decimal]:
    _section_title(pdf, "Time")
    _table_header(pdf, _TIME_COLUMNS)
    hours = {code: Decimal(0) for code in _TIME_TYPE_LABELS}
    amount = Decimal(0)
    for line in time_lines:
        quantity, price = _decimal(line.get("quantity")), _decimal(line.get("price"))
        type_code = _one_line(line.get("type_code"))
        hours[type_code] = hours.get(type_code, Decimal(0)) + quantity
        if not line.get("is_under_warranty"):
            amount += (quantity * price).quantize(_CENT, rounding=ROUND_HALF_UP)
        description = _one_line(line.get("description"))
        memo = _one_line(line.get("line_memo"))
        _table_row(pdf, _TIME_COLUMNS, [
            _date(line.get("working_date")),
            _TIME_TYPE_LABELS.get(type_code, type_code),
            f"{description} – {memo}" if description and memo else description or memo,
            _money(quantity),
        ])
    if not time_lines:
        _empty_table_note(pdf, "No time registered.")
    pdf.ln(4)
    return hours, amount


def _draw_totals(pdf: _ApprovalPdf, parts_total: Decimal, labour_total: Decimal, hours: dict[str, Decimal]) -> None:
    rows = [(f"{_TIME_TYPE_LABELS.get(code, code)} (h)", _money(value), False)
            for code, value in hours.items() if value or code in _TIME_TYPE_LABELS]
    rows += [
        ("Parts (EUR)", _money(parts_total), False),
        ("Labour and travel (EUR)", _money(labour_total), False),
        ("Total excl. VAT (EUR)", _money(parts_total + labour_total), True),
    ]
    if pdf.will_page_break(len(rows) * _ROW_HEIGHT + 4):
        pdf.add_page()
    label_width, value_width = 55.0, 30.0
    for label, value, bold in rows:
        pdf.set_x(_PAGE_MARGIN + _CONTENT_WIDTH - label_width - value_width)
        pdf.use_font(10, bold=bold)
        pdf.cell(label_width, _ROW_HEIGHT, pdf.text_of(label))
        pdf.cell(value_width, _ROW_HEIGHT, value, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def _draw_sign_off(pdf: _ApprovalPdf, approval: dict) -> None:
    remarks = _paragraph(approval.get("customer_remarks"))
    contact = _one_line(approval.get("contact_name"))
    signed = bool(approval.get("is_signed"))
    rating = approval.get("rating")
    if pdf.will_page_break(40):
        pdf.add_page()
    _section_title(pdf, "Customer sign-off")
    pdf.use_font(8, color=_MUTED)
    pdf.cell(_CONTENT_WIDTH, 5, "Customer remarks", new_x="LMARGIN", new_y="NEXT")
    pdf.use_font(10)
    pdf.multi_cell(_CONTENT_WIDTH, 5, pdf.text_of(remarks or "None."), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.use_font(8, color=_MUTED)
    pdf.cell(30, 6, "Contact")
    pdf.use_font(10)
    pdf.cell(80, 6, pdf.fitted(contact or "-", 80))
    if isinstance(rating, int) and not isinstance(rating, bool) and 0 < rating <= 5:
        pdf.use_font(8, color=_MUTED)
        pdf.cell(20, 6, "Rating")
        pdf.use_font(10)
        pdf.cell(20, 6, f"{rating}/5")
    pdf.ln(8)
    box_width = 60.0
    if signed:
        pdf.set_draw_color(*_SIGNED_GREEN)
        pdf.set_line_width(0.8)
        pdf.use_font(14, bold=True, color=_SIGNED_GREEN)
        pdf.cell(box_width, 12, "Signed", border=1, align="C")
    else:
        pdf.use_font(10, color=_MUTED)
        pdf.cell(box_width, 12, "Not signed by the customer", align="L")
    pdf.ln(12)


__all__ = ["job_approval_file_name", "render_job_approval_pdf", "FILE_NAME_MAX_LENGTH"]
