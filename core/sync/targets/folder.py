"""An outbox folder: one file per approval, ``<job reference>_<approval id>.json`` (or ``.csv``
when the profile's ``export_format`` is ``"csv"``: one line per part or time line, the work
order's fields repeated), written atomically (temporary file, fsync, rename). A new export of an
approval replaces its file, so a line deleted in Odyssee is simply no longer in it.

Exactly once into the folder, across crashes: the file is first written complete under a hidden
temporary name (``.<name>.<random>.tmp``, fsynced), then the engine writes down the delivery
(final and temporary name, SHA-256), then the file is renamed into place, and only then are the
journal entry written and the delivery cleared, in one transaction. An export that starts settles
what a killed one left, telling apart "written but not recorded" (the file is there with that
SHA-256: recorded), "never written" (the temporary file is still there: removed, exported anew)
and "written and already taken by the ERP's importer" (neither is there: recorded). None of the
three delivers an approval twice.
"""
from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import sentence
from core.files import move_into_place, sha256_of, write_staged
from core.odyssee.values import encode_json
from core.sync.batched_reads import NO_REFERENCE
from core.sync.filenames import safe_component
from core.sync.targets.base import ExportTargetError, PreparedExport, TargetKind

if TYPE_CHECKING:
    from core.sync.export import ReadyApproval

from core.settings import DEFAULT_EXPORT_FORMAT, EXPORT_FORMATS


class FolderTarget:
    """An outbox folder: one file per approval, written atomically."""

    def __init__(self, folder: Path, *, export_format: str = DEFAULT_EXPORT_FORMAT):
        if export_format not in EXPORT_FORMATS:
            raise ValueError(f"export_format must be one of {', '.join(EXPORT_FORMATS)}, not {export_format!r}")
        self.folder = Path(folder)
        self.export_format = export_format

    def describe(self) -> str:
        return str(self.folder)

    def file_name(self, item: ReadyApproval) -> str:
        reference = safe_component(item.job_reference, fallback=NO_REFERENCE)
        return f"{reference}_{item.id}.{self.export_format}"

    def prepare(self, item: ReadyApproval, exported_at: str) -> PreparedExport:
        """The file, complete and fsynced, under a hidden temporary name in the folder."""
        name = self.file_name(item)
        content = json_document(item, exported_at) if self.export_format == "json" else _csv_document(item, exported_at)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            staged = write_staged(self.folder / name, content)
        except OSError as error:
            raise ExportTargetError(
                sentence("Cannot write {path}: {why}", path=str(self.folder / name), why=error.strerror or str(error)), fatal=True,
            ) from None
        digest = hashlib.sha256(content).hexdigest()
        return PreparedExport(item, exported_at, (name, staged.name, digest, len(content)))

    def deliver(self, prepared: PreparedExport) -> None:
        name, staged, _digest, _size = prepared.staged
        try:
            move_into_place(self.folder / staged, self.folder / name, replace=True)
            # The same approval under an older job reference: one file per approval.
            for old in self.folder.glob(f"*_{prepared.item.id}.{self.export_format}"):
                if old.name != name:
                    old.unlink(missing_ok=True)
        except OSError as error:
            raise ExportTargetError(
                sentence("Cannot write {path}: {why}", path=str(self.folder / name), why=error.strerror or str(error)), fatal=True,
            ) from None

    def settle(self, delivery) -> bool:
        """Whether a delivery written down before a crash reached the ERP's importer."""
        final, staged = self.folder / Path(delivery.path).name, self.folder / Path(delivery.staged_path).name
        if staged.exists():  # the rename never happened: nothing was delivered
            staged.unlink(missing_ok=True)
            return False
        if not final.exists():
            return True  # renamed into place, and already taken by the importer
        return sha256_of(final) == delivery.sha256  # there and ours: delivered, not yet recorded

    def write(self, item: ReadyApproval, exported_at: str) -> None:
        self.deliver(self.prepare(item, exported_at))

    def close(self) -> None:
        pass


def json_document(item: ReadyApproval, exported_at: str) -> bytes:
    """The approval as the folder's JSON file (and the body the web service target posts)."""
    return encode_json({
        "work_order": {**item.work_order, "exported_at": exported_at},
        "parts": list(item.parts),
        "time_lines": list(item.time_lines),
    }) + b"\n"


# One CSV line per part or time line (a work order without lines gets one line of its own).
CSV_COLUMNS = (
    "record", "line_id", "job_approval_id", "jobs_id", "job_reference", "job_number", "job_name", "site_code",
    "customer_code", "date_generated", "contact_name", "customer_remarks", "odyssee_modified", "exported_at",
    "article_code", "type_code", "line_code", "name", "description", "memo", "quantity", "price",
    "is_under_warranty", "working_date", "time_from", "time_to", "technician_code",
)


def _csv_document(item: ReadyApproval, exported_at: str) -> bytes:
    header = {**item.work_order, "exported_at": exported_at}
    lines: list[dict[str, Any]] = []
    for part in item.parts:
        lines.append({**header, **part, "record": "part", "memo": part["remark"]})
    for line in item.time_lines:
        lines.append({**header, **line, "record": "time", "memo": line["line_memo"], "quantity": line["hours"]})
    if not lines:
        lines.append({**header, "record": "work_order"})
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for line in lines:
        writer.writerow({name: "" if line.get(name) is None else line.get(name) for name in CSV_COLUMNS})
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def _open(text: str, *, export_format: str = DEFAULT_EXPORT_FORMAT, secret: str | None = None) -> FolderTarget:
    return FolderTarget(Path(text).expanduser(), export_format=export_format)


def _describe(text: str, export_format: str) -> str:
    return sentence("folder {path} ({format} files)", path=str(Path(text).expanduser()), format=export_format.upper())


def _absolute(text: str) -> str:
    # A relative folder would depend on the folder a later run starts in.
    return str(Path(text).expanduser().resolve())


# Anything that no other kind recognises is a folder: it comes last in the registry.
KIND = TargetKind(
    name="folder", recognises=lambda _text: True, open=_open, describe=_describe, uses_outbox_format=True,
    normalise=_absolute,
)
