"""Job approval PDFs: new on the server, downloaded, or still being made by Odyssee — and a preview.

- Three lists, read in the background (:class:`core.sync.pdfs.JobApprovalPdfs`): **new** (on the
  server, not downloaded yet), **downloaded** (from the store, with the path, marked when the file
  is no longer there) and **waiting** (exported final approvals whose PDF Odyssee has not made yet).
- "Download all new" and "Download selected" run in the background with progress and Cancel; the
  files land in the profile's download folder under the naming template. Afterwards the
  downloaded list is shown with the first new file selected.
- The preview is QtPdf: a :class:`QPdfDocument` parented to this page (never to the view:
  destroying a view that owns its document crashes the process) shown in a :class:`QPdfView`. The
  file's bytes are read in the background and loaded from memory, so a slow network share never
  freezes the window. "Open externally" and "Open folder" hand the file to the desktop.

Without a download folder the page says so in one sentence with a button to Settings.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from core.state import PDFS, LeaseBusy
from core.sync.pdfs import JobApprovalPdfs, PdfResult
from gui import ui_state
from gui.leases import BusyLine
from gui.models.list_table import Column, ListTableModel
from gui.pages.base import Page, TourStep
from gui.widgets.empty_state import empty_state
from gui.pages.recount import tell_overview
from gui.session import WINDOW_PROGRAM
from gui.tasks import Task, TaskFailure
from gui.widgets.fit import fit_to_view
from gui.widgets.tables import DataTable

NEW, DOWNLOADED, WAITING = "new", "downloaded", "waiting"
MAX_NEW_LISTED = 1000  # a first run on a years-old tenant: the list says "1,000+"
DOWNLOADS_LISTED = 500
MISSING = QColor("#9a5b00")
NO_FOLDER = "Job approval PDFs have nowhere to go yet: set a download folder in Settings."


def _size_text(size: object) -> str:
    if not isinstance(size, int):
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


NEW_COLUMNS = (
    Column("Job reference", lambda pdf: pdf.job_reference or "(none)"),
    Column("Job #", lambda pdf: pdf.job_number, numeric=True),
    Column("Date", lambda pdf: pdf.date),
    Column("File", lambda pdf: pdf.file_name, tooltip=lambda pdf: f"{pdf.file_name}\nSaved as {pdf.relative_path}"),
)


def _missing_colour(row: dict) -> QColor | None:
    return None if row.get("exists", True) else MISSING


def _file_text(row: dict) -> str:
    name = Path(row["path"]).name
    return name if row.get("exists", True) else f"{name} (missing: moved or deleted)"


DOWNLOADED_COLUMNS = (
    Column("Folder", lambda row: row.get("folder", ""), tooltip=lambda row: str(Path(row["path"]).parent)),
    Column("Downloaded", lambda row: row.get("downloaded_at"), kind="datetime"),
    Column("Size", lambda row: _size_text(row.get("size")), numeric=True),
    Column("File", _file_text, tooltip=lambda row: row["path"], foreground=_missing_colour),
)

WAITING_COLUMNS = (
    Column("Job reference", lambda pending: pending.job_reference or "(none)"),
    Column("Job #", lambda pending: pending.job_number, numeric=True),
    Column("Exported to the ERP", lambda pending: pending.exported_at, kind="datetime"),
    Column("Approval", lambda pending: pending.approval_id),
)


# ----------------------------------------------------------------------------------------------
# Background work


def _engine(ctx: Any, store: Any = None) -> JobApprovalPdfs:
    return JobApprovalPdfs.for_profile(ctx.client, store or ctx.store, ctx.profile)


@dataclass(frozen=True)
class PdfLists:
    """What the page shows, read in the background (the disk included)."""

    lists: dict[str, list]  # NEW, DOWNLOADED, WAITING
    folder: str
    folder_exists: bool


def pdf_lists(ctx: Any) -> PdfLists:
    """New, downloaded (with whether each file is still there) and waiting, for the three lists."""
    engine = _engine(ctx)
    new = engine.new_files(ctx.control, limit=MAX_NEW_LISTED + 1)
    root = engine.folder
    downloaded = []
    for row in engine.downloaded(DOWNLOADS_LISTED):
        path = Path(row["path"])
        try:
            folder = path.parent.relative_to(root).as_posix()
        except ValueError:
            folder = str(path.parent)
        downloaded.append({**row, "exists": path.is_file(), "folder": "" if folder == "." else folder})
    pending = engine.pending(ctx.control)
    return PdfLists({NEW: new, DOWNLOADED: downloaded, WAITING: pending}, str(root), root.is_dir())


def download_new(ctx: Any, *, program: str = WINDOW_PROGRAM) -> PdfResult:
    """Download the new PDFs while holding the profile's PDF lease (worker thread)."""
    with ctx.leased(PDFS, program=program) as store:
        return _engine(ctx, store).download(ctx.control)


def download_files(ctx: Any, file_ids: list[str]) -> PdfResult:
    with ctx.leased(PDFS) as store:
        return _engine(ctx, store).download_again(file_ids, ctx.control)


def read_pdf(path: str) -> bytes:
    return Path(path).read_bytes()


def new_pdf_counts(ctx: Any) -> tuple[int, str]:
    """For the Overview: PDFs on the server not downloaded yet."""
    if not ctx.profile.download_dir:
        raise UserError("No download folder is set for this profile.", field="download_dir")
    new = _engine(ctx).new_files(ctx.control)
    return len(new), ""  # the card's own hint says what they are


# ----------------------------------------------------------------------------------------------
# The page


class PdfsPage(Page):
    key = "pdfs"
    title = "Job approval PDFs"
    subtitle = "The reports Odyssee makes of final job approvals, filed by job reference in your download folder."

    def __init__(self, window) -> None:
        super().__init__(window)
        self._needs_load = True
        self._load_task: Task | None = None
        self._download_task: Task | None = None
        self._preview_task: Task | None = None
        self._select_after_load: set[str] = set()
        self._folder = ""
        self._folder_exists = False
        self._preview_path = ""
        self._buffer: QBuffer | None = None
        self._fitted: set[str] = set()

        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.header_row.addWidget(self.refresh_button)

        self.models = {
            NEW: ListTableModel(NEW_COLUMNS, self),
            DOWNLOADED: ListTableModel(DOWNLOADED_COLUMNS, self),
            WAITING: ListTableModel(WAITING_COLUMNS, self),
        }
        self.tables: dict[str, DataTable] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for kind, title in ((NEW, "New on the server"), (DOWNLOADED, "Downloaded"), (WAITING, "Waiting for Odyssee")):
            table = DataTable()
            table.setModel(self.models[kind])
            table.selectionModel().selectionChanged.connect(lambda _s, _d, kind=kind: self._selection_changed(kind))
            self.tables[kind] = table
            self.tabs.addTab(table, title)
        self.tabs.setTabToolTip(2, "Final approvals exported to the ERP whose PDF Odyssee has not made yet")
        self.tabs.currentChanged.connect(lambda _index: self._tab_changed())
        self.list_empty = empty_state("Reading the job approval PDFs…")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_empty)
        self.list_stack.addWidget(self.tabs)

        # The document belongs to the page, never to the view (see the module docstring).
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._document_status)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview_title = QLabel("Preview")
        self.preview_title.setObjectName("sectionTitle")
        self.preview_title.setWordWrap(True)
        self.preview_info = QLabel()
        self.preview_info.setObjectName("muted")
        self.preview_hint = empty_state("Select a downloaded PDF to preview it here.")
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.preview_hint)
        self.preview_stack.addWidget(self.view)
        self.open_button = QPushButton("Open externally")
        self.open_button.setToolTip("Open the PDF in the program your computer uses for PDFs")
        self.open_button.clicked.connect(self.open_externally)
        self.folder_button = QPushButton("Open folder")
        self.folder_button.clicked.connect(self.open_folder)
        preview_buttons = QHBoxLayout()
        preview_buttons.addWidget(self.preview_info, 1)
        preview_buttons.addWidget(self.open_button)
        preview_buttons.addWidget(self.folder_button)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(8, 0, 0, 0)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview_stack, 1)
        preview_layout.addLayout(preview_buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 440])
        self.splitter.setChildrenCollapsible(False)

        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.download_selected_button = QPushButton("Download selected")
        self.download_selected_button.clicked.connect(self.download_selected)
        self.download_all_button = QPushButton("Download all new")
        self.download_all_button.setDefault(True)
        self.download_all_button.clicked.connect(self.download_all_new)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.download_selected_button)
        bottom.addWidget(self.download_all_button)

        self.busy_line = BusyLine(PDFS, "You can download from here when it has ended; the PDFs it saves show up here.")
        self.body.addWidget(self.splitter, 1)
        self.body.addWidget(self.busy_line)
        self.body.addLayout(bottom)
        window.leases.changed.connect(self._update_controls)

        poller = getattr(window, "poller", None)
        if poller is not None:
            poller.polled.connect(self._polled)
        ui_state.restore_splitter(self.splitter, "pdfs/splitter")
        self._show_preview(None)
        self._update_controls()

    # --- page hooks ------------------------------------------------------------------------------

    def on_session(self, session) -> None:
        self._load_task = None
        self._download_task = None
        self._needs_load = True
        self._folder = ""
        self._folder_exists = False
        for model in self.models.values():
            model.set_items([])
        self._show_preview(None)
        self.list_empty.setText("Reading the job approval PDFs…" if session is not None else "Open a profile to see its job approval PDFs.")
        self.list_stack.setCurrentWidget(self.list_empty)
        if session is not None and self.isVisible():
            self.refresh()
        self._update_controls()

    def on_shown(self, first: bool) -> None:
        if self._needs_load:
            self.refresh()

    def tour_steps(self) -> list[TourStep]:
        return [
            ("new", [self.ensure_loaded, lambda: self.show_list(NEW), lambda: self.select_row(NEW, 0)]),
            ("preview", [self.download_one_for_the_tour, lambda: self.select_row(DOWNLOADED, 0)]),
        ]

    def task_owners(self) -> list:
        return [self]

    def is_busy(self) -> bool:
        """Background work, or the preview still loading into the document."""
        return super().is_busy() or self.document.status() == QPdfDocument.Status.Loading

    def save_layout(self) -> None:
        ui_state.save_splitter(self.splitter, "pdfs/splitter")

    # --- the lists -------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if self._needs_load and self._load_task is None:
            self.refresh()

    def refresh(self) -> None:
        session = self.session
        if session is None or self._download_task is not None:
            return
        self._needs_load = False
        if not session.profile.download_dir:
            for model in self.models.values():
                model.set_items([])
            self.list_empty.setText("Set a download folder in Settings to list and download job approval PDFs.")
            self.list_stack.setCurrentWidget(self.list_empty)
            self.banner.show_message(NO_FOLDER, kind="info", action=("Open Settings", lambda: self.main_window.go_to("settings")))
            self._update_controls()
            return
        if self._load_task is not None:
            self._load_task.cancel()
        task = self.run(
            pdf_lists,
            lambda lists: self._loaded(task, lists),
            on_error=lambda failure: self._load_failed(task, failure),
            label="Reading the job approval PDFs",
            progress="Looking for new job approval PDFs…",
        )
        self._load_task = task
        self._update_controls()

    def _loaded(self, task: Task | None, result: PdfLists) -> None:
        if task is not self._load_task:
            return
        self._load_task = None
        lists = result.lists
        self._folder = result.folder
        self._folder_exists = result.folder_exists
        kept = {kind: self._selected_keys(kind) for kind in self.models}
        for kind, model in self.models.items():
            model.set_items(lists[kind])
        self.list_stack.setCurrentWidget(self.tabs)
        self._update_tab_titles()
        for kind, table in self.tables.items():
            if kind not in self._fitted and self.models[kind].rowCount():
                self._fitted.add(kind)
                fit_to_view(table)
        wanted = self._select_after_load
        self._select_after_load = set()
        if wanted:
            self.show_list(DOWNLOADED)
            rows = [row for row, item in enumerate(self.models[DOWNLOADED].items) if item["file_id"] in wanted]
            if rows:
                self.select_row(DOWNLOADED, rows[0])
        else:
            for kind in self.models:
                rows = [row for row, item in enumerate(self.models[kind].items) if _item_key(kind, item) in kept[kind]]
                if rows:
                    self.select_row(kind, rows[0])
        self._update_controls()
        self.main_window.record_poll()
        if len(lists[NEW]) <= MAX_NEW_LISTED:
            tell_overview(self.main_window, "new_pdfs", len(lists[NEW]))

    def _load_failed(self, task: Task | None, failure: TaskFailure) -> None:
        if task is not self._load_task:
            return
        self._load_task = None
        self._update_controls()
        if failure.cancelled:
            self.list_empty.setText("Reading cancelled. Press Refresh to look again.")
            return
        if not any(model.rowCount() for model in self.models.values()):
            self.list_empty.setText("The job approval PDFs could not be read: see the message above.")
            self.list_stack.setCurrentWidget(self.list_empty)
        self.banner.show_failure(failure, action=("Try again", self.refresh))

    def _update_tab_titles(self) -> None:
        new = self.models[NEW].rowCount()
        new_text = f"{MAX_NEW_LISTED:,}+" if new > MAX_NEW_LISTED else f"{new:,}"
        self.tabs.setTabText(0, f"New on the server ({new_text})")
        self.tabs.setTabText(1, f"Downloaded ({self.models[DOWNLOADED].rowCount():,})")
        self.tabs.setTabText(2, f"Waiting for Odyssee ({self.models[WAITING].rowCount():,})")

    def show_list(self, kind: str) -> None:
        self.tabs.setCurrentIndex(list(self.models).index(kind))

    @property
    def current_kind(self) -> str:
        return list(self.models)[max(0, self.tabs.currentIndex())]

    def select_row(self, kind: str, row: int) -> None:
        if 0 <= row < self.models[kind].rowCount():
            self.show_list(kind)
            self.tables[kind].selectRow(row)
            self.tables[kind].scrollTo(self.models[kind].index(row, 0))

    def _selected_items(self, kind: str) -> list:
        model = self.models[kind]
        return [model.item(row) for row in self.tables[kind].selected_rows() if row < model.rowCount()]

    def _selected_keys(self, kind: str) -> set[str]:
        return {_item_key(kind, item) for item in self._selected_items(kind)}

    def _tab_changed(self) -> None:
        self._selection_changed(self.current_kind)

    def _selection_changed(self, kind: str) -> None:
        if kind != self.current_kind:
            return
        items = self._selected_items(kind)
        self._show_preview(items[0] if len(items) == 1 else None, kind, len(items))
        self._update_controls()

    def _update_controls(self) -> None:
        busy = self._download_task is not None
        configured = self.session is not None and bool(self.session.profile.download_dir)
        kind = self.current_kind
        selected = len(self._selected_items(kind)) if kind in (NEW, DOWNLOADED) else 0
        elsewhere = self.main_window.leases.held_elsewhere(PDFS)
        self.busy_line.show_lease(elsewhere if not busy else None)
        free = configured and not busy and elsewhere is None
        self.download_all_button.setEnabled(free and self.models[NEW].rowCount() > 0)
        self.download_selected_button.setText("Download again" if kind == DOWNLOADED else "Download selected")
        self.download_selected_button.setToolTip(
            "Download the selected files anew (the same path)" if kind == DOWNLOADED else "Download only the selected files"
        )
        self.download_selected_button.setEnabled(free and selected > 0)
        self.refresh_button.setEnabled(self.session is not None and not busy)
        if self.session is None or not configured:
            self.status.setText("")
        else:
            self.status.setText(f"Download folder: {self._folder or self.session.profile.download_dir}")

    # --- downloading -----------------------------------------------------------------------------

    def download_all_new(self) -> None:
        count = self.models[NEW].rowCount()
        if count:
            self._download(download_new, f"Downloading {count:,} new PDF{'s' if count != 1 else ''}…")

    def download_selected(self) -> None:
        kind = self.current_kind
        items = self._selected_items(kind) if kind in (NEW, DOWNLOADED) else []
        file_ids = [item.file_id if kind == NEW else item["file_id"] for item in items]
        if file_ids:
            self._download(
                lambda ctx: download_files(ctx, file_ids),
                f"Downloading {len(file_ids):,} PDF{'s' if len(file_ids) != 1 else ''}…",
            )

    def download_one_for_the_tour(self) -> None:
        """The tour shows a downloaded PDF: download the selected new one if none is downloaded yet."""
        if self.models[DOWNLOADED].rowCount() == 0 and self.models[NEW].rowCount():
            if not self._selected_items(NEW):
                self.select_row(NEW, 0)
            self.show_list(NEW)
            self.download_selected()

    def _download(self, work, text: str) -> None:
        if self.session is None or self._download_task is not None:
            return
        if self._load_task is not None:
            self._load_task.cancel()
            self._load_task = None
        self.banner.clear()
        task = self.run(
            work,
            lambda result: self._downloaded(task, result),
            on_error=lambda failure: self._download_failed(task, failure),
            label="Downloading job approval PDFs",
            progress=text,
        )
        self._download_task = task
        self._update_controls()

    def _downloaded(self, task: Task | None, result: PdfResult) -> None:
        if task is not self._download_task:
            return  # the profile changed meanwhile
        self._download_task = None
        count = len(result.downloaded)
        noun = f"{count:,} PDF{'s' if count != 1 else ''}"
        details = [f"{file_id}: {reason}" for file_id, reason in result.failed.items()] + result.problems
        if result.status == "cancelled":
            self.banner.show_message(f"Download cancelled after {noun}.", "\n".join(details), kind="warning")
        elif result.message:
            self.banner.show_message(f"Downloaded {noun}, then stopped: {result.message}", "\n".join(details), kind="error")
        elif result.failed:
            self.banner.show_message(
                f"Downloaded {noun}; {len(result.failed):,} failed and will be tried again at the next download.",
                "\n".join(details), kind="warning",
            )
        else:
            self.banner.show_message(f"Downloaded {noun} into {self._folder or 'the download folder'}.", "\n".join(details), kind="success")
        self._select_after_load = {saved.file_id for saved in result.downloaded}
        self._needs_load = True
        self.refresh()

    def _download_failed(self, task: Task | None, failure: TaskFailure) -> None:
        if task is not self._download_task:
            return
        if failure.result is not None:
            self._downloaded(task, failure.result)
            return
        self._download_task = None
        self._update_controls()
        if isinstance(failure.error, LeaseBusy):
            self.main_window.leases.refresh()
        self.banner.show_failure(failure)

    # --- the preview -----------------------------------------------------------------------------

    def _show_preview(self, item: Any, kind: str = "", selected: int = 0) -> None:
        if self._preview_task is not None:
            self._preview_task.cancel()
            self._preview_task = None
        if kind != DOWNLOADED or item is None:
            self._close_document()
            self._preview_path = ""
            self.preview_title.setText("Preview" if selected <= 1 else f"{selected} files selected")
            self.preview_info.setText("")
            if kind == NEW and item is not None:
                self.preview_hint.setText(f"{item.file_name}\n\nNot downloaded yet: download it to preview it here.")
            elif kind == WAITING and item is not None:
                self.preview_hint.setText(
                    "Odyssee has not made this PDF yet. It usually appears within minutes, sometimes hours; "
                    "it is then listed under “New on the server”."
                )
            else:
                self.preview_hint.setText("Select a downloaded PDF to preview it here.")
            self.preview_stack.setCurrentWidget(self.preview_hint)
            self.open_button.setEnabled(False)
            self.folder_button.setEnabled(self._folder_exists and kind != WAITING)
            return
        path = item["path"]
        self._preview_path = path
        self.preview_title.setText(Path(path).name)
        self.open_button.setEnabled(item.get("exists", True))
        self.folder_button.setEnabled(True)
        if not item.get("exists", True):
            self._close_document()
            self.preview_hint.setText(f"The file is no longer at\n{path}\n\nUse “Download again” to fetch it anew.")
            self.preview_stack.setCurrentWidget(self.preview_hint)
            self.preview_info.setText("")
            return
        self.preview_info.setText("Loading…")
        task = self.run(
            lambda _control: read_pdf(path),
            lambda data: self._pdf_read(task, path, data),
            on_error=lambda failure: self._pdf_failed(task, path, failure),
            label="Reading the PDF",
            with_session=False,
        )
        self._preview_task = task

    def _pdf_read(self, task: Task | None, path: str, data: bytes) -> None:
        if task is not self._preview_task or path != self._preview_path:
            return
        self._preview_task = None
        self._close_document()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.preview_stack.setCurrentWidget(self.view)

    def _pdf_failed(self, task: Task | None, path: str, failure: TaskFailure) -> None:
        if task is not self._preview_task:
            return
        self._preview_task = None
        if failure.cancelled:
            return
        self.preview_hint.setText(f"The PDF could not be read: {failure.message}")
        self.preview_stack.setCurrentWidget(self.preview_hint)
        self.preview_info.setText("")

    def _close_document(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _document_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            pages = self.document.pageCount()
            self.preview_info.setText(f"{pages} page{'s' if pages != 1 else ''}")
        elif status == QPdfDocument.Status.Error:
            self.preview_hint.setText(f"This file is not a PDF the preview can show ({self.document.error().name}). Try “Open externally”.")
            self.preview_stack.setCurrentWidget(self.preview_hint)
            self.preview_info.setText("")

    @property
    def preview_page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def open_externally(self) -> None:
        if self._preview_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._preview_path))

    def open_folder(self) -> None:
        folder = str(Path(self._preview_path).parent) if self._preview_path else self._folder
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    # --- background polls ------------------------------------------------------------------------

    def _polled(self, kind: str, outcome: Any) -> None:
        if kind == "pdfs" and getattr(outcome, "changed", False) and self._download_task is None:
            self._needs_load = True
            if self.isVisible():
                self.refresh()
            tell_overview(self.main_window, "new_pdfs")


def _item_key(kind: str, item: Any) -> str:
    if kind == NEW:
        return item.file_id
    if kind == DOWNLOADED:
        return item["file_id"]
    return item.approval_id


__all__ = ["PdfsPage", "download_files", "download_new", "new_pdf_counts", "pdf_lists", "read_pdf"]
