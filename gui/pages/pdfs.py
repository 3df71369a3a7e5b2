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
  freezes the window; until the document is ready the preview says it is opening the file, over
  a moving bar. Zoom: fit the width, the whole page, or − and + (Ctrl+- and Ctrl++) from what is
  shown. "Open externally" and "Open folder" hand the file to the desktop; when the desktop has
  no program for it, the page says so (and where the file is) instead of doing nothing.

Without a download folder the page says so in one sentence with a button to Settings.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QLocale,
    QObject,
    Qt,
    QUrl,
)
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QTabWidget

from core.errors import UserError
from core.services.changes import NEW_PDFS, Changes, Count, changes_of
from core.state import PDFS
from core.sync.pdfs import JobApprovalPdfs, PdfResult
from gui.models.counts import new_pdf_count
from gui.models.formatting import number_text
from gui.models.list_table import Column, ListTableModel
from gui.models.sentences import core_text
from gui.pages.base import LatestTask, TourStep
from gui.pages.list_detail import ListDetailPage
from gui.session import WINDOW_PROGRAM
from gui.tasks import TaskFailure
from gui.widgets.build import STRETCH, button, hbox, label, panel, tool_button
from gui.widgets.empty_state import EmptyStateStack
from gui.widgets.fit import fit_to_view
from gui.widgets.tables import DataTable

NEW, DOWNLOADED, WAITING = "new", "downloaded", "waiting"
MAX_NEW_LISTED = 1000  # a first run on a years-old tenant: the list says "1,000+"
DOWNLOADS_LISTED = 500
MISSING = QColor("#9a5b00")
# The page's sentences kept here are English, translated when shown (context "PdfsPage").
NO_FOLDER = QT_TRANSLATE_NOOP("PdfsPage", "Job approval PDFs have nowhere to go yet: set a download folder in Settings.")
EMPTY_LISTS = {
    NEW: QT_TRANSLATE_NOOP("PdfsPage", "No new job approval PDF on the server: every one Odyssee has made is downloaded."),
    DOWNLOADED: QT_TRANSLATE_NOOP(
        "PdfsPage", "Nothing downloaded yet. Download the new PDFs (“Download all new”) and they are listed here."
    ),
    WAITING: QT_TRANSLATE_NOOP("PdfsPage", "No exported approval is waiting for its PDF."),
}
LIST_TITLES = {
    NEW: QT_TRANSLATE_NOOP("PdfsPage", "New on the server ({0})"),
    DOWNLOADED: QT_TRANSLATE_NOOP("PdfsPage", "Downloaded ({0})"),
    WAITING: QT_TRANSLATE_NOOP("PdfsPage", "Waiting for Odyssee ({0})"),
}
ZOOM_STEP = 1.25  # − and + zoom out and in by this factor
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
NO_VIEWER = QT_TRANSLATE_NOOP(
    "PdfsPage",
    "No program opened the PDF: this computer may have no PDF viewer. Install one (your IT "
    "department can), or open the file from its folder.",
)
NO_FILE_MANAGER = QT_TRANSLATE_NOOP(
    "PdfsPage", "The folder could not be opened: this computer has no program set to show folders."
)


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("PdfsPage", "literal") calls


def _size_text(size: object) -> str:
    if not isinstance(size, int):
        return ""
    if size < 1024:
        return translate("PdfsPage", "{0} B").format(size)
    if size < 1024 * 1024:
        return translate("PdfsPage", "{0} KB").format(QLocale().toString(size / 1024, "f", 0))
    return translate("PdfsPage", "{0} MB").format(QLocale().toString(size / 1024 / 1024, "f", 1))


def _job_reference(item: Any) -> str:
    return item.job_reference or translate("PdfsPage", "(none)")


def new_columns() -> tuple[Column, ...]:
    """The columns of the three lists, titled in the user's language (built with the page)."""
    return (
        Column(translate("PdfsPage", "Job reference"), _job_reference),
        Column(translate("PdfsPage", "Job #"), lambda pdf: pdf.job_number, numeric=True),
        Column(translate("PdfsPage", "Date"), lambda pdf: pdf.date),
        Column(
            translate("PdfsPage", "File"), lambda pdf: pdf.file_name,
            tooltip=lambda pdf: translate("PdfsPage", "{0}\nSaved as {1}").format(pdf.file_name, pdf.relative_path),
        ),
    )


def _missing_colour(row: dict) -> QColor | None:
    return None if row.get("exists", True) else MISSING


def _file_text(row: dict) -> str:
    name = Path(row["path"]).name
    return name if row.get("exists", True) else translate("PdfsPage", "{0} (missing: moved or deleted)").format(name)


def downloaded_columns() -> tuple[Column, ...]:
    return (
        Column(
            translate("PdfsPage", "Folder"), lambda row: row.get("folder", ""),
            tooltip=lambda row: str(Path(row["path"]).parent),
        ),
        Column(translate("PdfsPage", "Downloaded"), lambda row: row.get("downloaded_at"), kind="datetime"),
        Column(translate("PdfsPage", "Size"), lambda row: _size_text(row.get("size")), numeric=True),
        Column(translate("PdfsPage", "File"), _file_text, tooltip=lambda row: row["path"], foreground=_missing_colour),
    )


def waiting_columns() -> tuple[Column, ...]:
    return (
        Column(translate("PdfsPage", "Job reference"), _job_reference),
        Column(translate("PdfsPage", "Job #"), lambda pending: pending.job_number, numeric=True),
        Column(translate("PdfsPage", "Exported to the ERP"), lambda pending: pending.exported_at, kind="datetime"),
        Column(translate("PdfsPage", "Approval"), lambda pending: pending.approval_id),
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


def new_pdf_counts(ctx: Any) -> Count:
    """For the Overview: PDFs on the server not downloaded yet."""
    if not ctx.profile.download_dir:
        raise UserError(translate("PdfsPage", "No download folder is set for this profile."), field="download_dir")
    return new_pdf_count(_engine(ctx).new_files(ctx.control))


# ----------------------------------------------------------------------------------------------
# The page


class PdfsPage(ListDetailPage):
    key = "pdfs"
    title = QT_TRANSLATE_NOOP("PdfsPage", "Job approval PDFs")
    subtitle = QT_TRANSLATE_NOOP(
        "PdfsPage", "The reports Odyssee makes of final job approvals, filed by job reference in your download folder."
    )
    job = PDFS
    busy_then = QT_TRANSLATE_NOOP("PdfsPage", "You can download from here when it has ended; the PDFs it saves show up here.")
    watches = ("pdfs",)
    cancelled_text = QT_TRANSLATE_NOOP("PdfsPage", "Reading cancelled. Press Refresh to look again.")
    unreadable_text = QT_TRANSLATE_NOOP("PdfsPage", "The job approval PDFs could not be read: see the message above.")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.previewing = LatestTask(self)
        self._select_after_load: set[str] = set()
        self._folder = ""
        self._folder_exists = False
        self._preview_path = ""
        self._buffer: QBuffer | None = None
        self._fitted: set[str] = set()

        self.refresh_button = self.add_header_button(self.tr("Refresh"), self.refresh)

        self.models = {
            NEW: ListTableModel(new_columns(), self),
            DOWNLOADED: ListTableModel(downloaded_columns(), self),
            WAITING: ListTableModel(waiting_columns(), self),
        }
        self.tables: dict[str, DataTable] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Job approval PDF lists"))
        for kind in (NEW, DOWNLOADED, WAITING):
            table = DataTable()
            table.setModel(self.models[kind])
            table.set_empty_text(self.tr(EMPTY_LISTS[kind]))
            table.selectionModel().selectionChanged.connect(lambda _s, _d, kind=kind: self._selection_changed(kind))
            self.tables[kind] = table
            self.tabs.addTab(table, self.tr(LIST_TITLES[kind]).removesuffix(" ({0})"))
        self.tabs.setTabToolTip(2, self.tr("Final approvals exported to the ERP whose PDF Odyssee has not made yet"))
        self.tabs.currentChanged.connect(lambda _index: self._tab_changed())
        self.list_stack = EmptyStateStack(self.tabs, self.tr("Reading the job approval PDFs…"))

        # The document belongs to the page, never to the view (see the module docstring).
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._document_status)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("PDF preview"))
        self.view.zoomFactorChanged.connect(lambda _factor: self._show_zoom())
        self.view.zoomModeChanged.connect(lambda _mode: self._show_zoom())
        self.view.viewport().installEventFilter(self)  # a fitted zoom changes with the preview's size
        self.preview_title = label(self.tr("Preview"), role="sectionTitle", wrap=True)
        self.preview_info = label(role="muted")
        self.preview_stack = EmptyStateStack(self.view, self.tr("Select a downloaded PDF to preview it here."))
        self.preview_hint = self.preview_stack.empty
        self.zoom_out_button = tool_button(
            "−", self.zoom_out, tooltip=self.tr("Zoom out"), shortcut=QKeySequence.StandardKey.ZoomOut, name=self.tr("Zoom out"),
        )
        self.zoom_in_button = tool_button(
            "+", self.zoom_in, tooltip=self.tr("Zoom in"), shortcut=QKeySequence.StandardKey.ZoomIn, name=self.tr("Zoom in"),
        )
        self.zoom_label = label(role="muted")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400%") + 6)
        self.fit_width_button = tool_button(
            self.tr("Fit width"), lambda: self.fit(QPdfView.ZoomMode.FitToWidth), tooltip=self.tr("As wide as the preview"),
            checkable=True,
        )
        self.fit_page_button = tool_button(
            self.tr("Whole page"), lambda: self.fit(QPdfView.ZoomMode.FitInView), tooltip=self.tr("A whole page at a time"),
            checkable=True,
        )
        self.open_button = button(
            self.tr("Open externally"), self.open_externally,
            tooltip=self.tr("Open the PDF in the program your computer uses for PDFs"),
        )
        self.folder_button = button(self.tr("Open folder"), self.open_folder, tooltip=self.tr("Show the file in its folder"))
        zoom = hbox(
            self.zoom_out_button, self.zoom_label, self.zoom_in_button, 8, self.fit_width_button, self.fit_page_button,
            STRETCH, self.preview_info, margins=(0, 0, 0, 0),
        )
        preview = panel(
            self.preview_title,
            zoom,
            (self.preview_stack, 1),
            hbox(STRETCH, self.open_button, self.folder_button),
            margins=(8, 0, 0, 0),
        )

        self.status = label(role="muted", wrap=True, selectable=True)
        self.download_selected_button = button(self.tr("Download selected"), self.download_selected)
        self.download_all_button = button(self.tr("Download all new"), self.download_all_new, default=True)
        self.lay_out_lists(
            self.list_stack, preview, orientation=Qt.Orientation.Horizontal, sizes=(600, 440),
            status=self.status, buttons=(self.download_selected_button, self.download_all_button),
        )
        self._show_preview(None)
        self._show_zoom()
        self._update_controls()

    # --- page hooks ------------------------------------------------------------------------------

    def clear_lists(self, session) -> None:
        self._folder = ""
        self._folder_exists = False
        for model in self.models.values():
            model.set_items([])
        self._show_preview(None)
        self.list_stack.show_empty(
            self.tr("Reading the job approval PDFs…") if session is not None
            else self.tr("Open a profile to see its job approval PDFs.")
        )

    def tour_steps(self) -> list[TourStep]:
        return [
            ("new", [self.ensure_loaded, lambda: self.show_list(NEW), lambda: self.select_row(NEW, 0)]),
            ("preview", [self.download_one_for_the_tour, lambda: self.select_row(DOWNLOADED, 0)]),
        ]

    def is_busy(self) -> bool:
        """Background work, or the preview still loading into the document."""
        return super().is_busy() or self.document.status() == QPdfDocument.Status.Loading

    # --- the lists -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._start_reading():
            return
        if not self.session.profile.download_dir:
            for model in self.models.values():
                model.set_items([])
            self.list_stack.show_empty(self.tr("Set a download folder in Settings to list and download job approval PDFs."))
            self.point_to_settings(self.tr(NO_FOLDER))
            self._update_controls()
            return
        self._read_list(pdf_lists, self.tr("Reading the job approval PDFs"), self.tr("Looking for new job approval PDFs…"))
        self._update_controls()

    def _loaded(self, result: PdfLists) -> None:
        lists = result.lists
        self._folder = result.folder
        self._folder_exists = result.folder_exists
        kept = {kind: self._selected_keys(kind) for kind in self.models}
        for kind, model in self.models.items():
            model.set_items(lists[kind])
        self.list_stack.show_content()
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
            self.main_window.announce(Changes().with_count(NEW_PDFS, new_pdf_count(lists[NEW])), self)

    def _has_rows(self) -> bool:
        return any(model.rowCount() for model in self.models.values())

    def _update_tab_titles(self) -> None:
        new = self.models[NEW].rowCount()
        new_text = number_text(MAX_NEW_LISTED) + "+" if new > MAX_NEW_LISTED else number_text(new)
        self.tabs.setTabText(0, self.tr(LIST_TITLES[NEW]).format(new_text))
        self.tabs.setTabText(1, self.tr(LIST_TITLES[DOWNLOADED]).format(number_text(self.models[DOWNLOADED].rowCount())))
        self.tabs.setTabText(2, self.tr(LIST_TITLES[WAITING]).format(number_text(self.models[WAITING].rowCount())))

    def show_list(self, kind: str) -> None:
        self.tabs.setCurrentIndex(list(self.models).index(kind))

    @property
    def current_kind(self) -> str:
        return list(self.models)[max(0, self.tabs.currentIndex())]

    def select_row(self, kind: str, row: int) -> None:
        if 0 <= row < self.models[kind].rowCount():
            self.show_list(kind)
            self.tables[kind].select_row(row)

    def _selected_items(self, kind: str) -> list:
        return self.models[kind].items_at(self.tables[kind].selected_rows())

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
        busy = self.working.busy
        configured = self.session is not None and bool(self.session.profile.download_dir)
        kind = self.current_kind
        selected = len(self._selected_items(kind)) if kind in (NEW, DOWNLOADED) else 0
        elsewhere = self.main_window.leases.held_elsewhere(PDFS)
        self.busy_line.show_lease(elsewhere if not busy else None)
        free = configured and not busy and elsewhere is None
        self.download_all_button.setEnabled(free and self.models[NEW].rowCount() > 0)
        again = kind == DOWNLOADED
        self.download_selected_button.setText(self.tr("Download again") if again else self.tr("Download selected"))
        self.download_selected_button.setToolTip(
            self.tr("Download the selected files anew (the same path)") if again else self.tr("Download only the selected files")
        )
        self.download_selected_button.setEnabled(free and selected > 0)
        self.refresh_button.setEnabled(self.session is not None and not busy)
        if self.session is None or not configured:
            self.status.setText("")
        else:
            self.status.setText(self.tr("Download folder: {0}").format(self._folder or self.session.profile.download_dir))

    # --- downloading -----------------------------------------------------------------------------

    def download_all_new(self) -> None:
        count = self.models[NEW].rowCount()
        if count:
            self._download(download_new, self.tr("Downloading %Ln new PDF(s)…", "", count))

    def download_selected(self) -> None:
        kind = self.current_kind
        items = self._selected_items(kind) if kind in (NEW, DOWNLOADED) else []
        file_ids = [item.file_id if kind == NEW else item["file_id"] for item in items]
        if file_ids:
            self._download(
                lambda ctx: download_files(ctx, file_ids),
                self.tr("Downloading %Ln PDF(s)…", "", len(file_ids)),
            )

    def download_one_for_the_tour(self) -> None:
        """The tour shows a downloaded PDF: download the selected new one if none is downloaded yet."""
        if self.models[DOWNLOADED].rowCount() == 0 and self.models[NEW].rowCount():
            if not self._selected_items(NEW):
                self.select_row(NEW, 0)
            self.show_list(NEW)
            self.download_selected()

    def _download(self, work, text: str) -> None:
        if self.session is None or self.working.busy:
            return
        self._start_job(work, self._downloaded, label=self.tr("Downloading job approval PDFs"), progress=text)

    def _downloaded(self, result: PdfResult) -> None:
        count = len(result.downloaded)
        details = "\n".join([f"{file_id}: {reason}" for file_id, reason in result.failed.items()] + result.problems)
        if result.status == "cancelled":
            self.banner.show_message(self.tr("Download cancelled after %Ln PDF(s).", "", count), details, kind="warning")
        elif result.message:
            stopped = self.tr("Downloaded %Ln PDF(s), then stopped: {0}", "", count).format(core_text(result.message))
            self.banner.show_message(stopped, details, kind="error")
        elif result.failed:
            failed = self.tr("%Ln failed and will be tried again at the next download.", "", len(result.failed))
            self.banner.show_message(self.tr("Downloaded %Ln PDF(s); {0}", "", count).format(failed), details, kind="warning")
        else:
            folder = self._folder or self.tr("the download folder")
            self.banner.show_message(self.tr("Downloaded %Ln PDF(s) into {0}.", "", count).format(folder), details, kind="success")
        self._select_after_load = {saved.file_id for saved in result.downloaded}
        self._needs_load = True
        self.refresh()
        self.main_window.announce(changes_of(result), self)

    # --- the preview -----------------------------------------------------------------------------

    def _show_preview(self, item: Any, kind: str = "", selected: int = 0) -> None:
        self.previewing.cancel()
        if kind != DOWNLOADED or item is None:
            self._close_document()
            self._preview_path = ""
            self.preview_title.setText(self.tr("Preview") if selected <= 1 else self.tr("%Ln file(s) selected", "", selected))
            self.preview_info.setText("")
            if kind == NEW and item is not None:
                hint = self.tr("{0}\n\nNot downloaded yet: download it to preview it here.").format(item.file_name)
            elif kind == WAITING and item is not None:
                hint = self.tr(
                    "Odyssee has not made this PDF yet. It usually appears within minutes, sometimes hours; "
                    "it is then listed under “New on the server”."
                )
            else:
                hint = self.tr("Select a downloaded PDF to preview it here.")
            self.preview_stack.show_empty(hint)
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
            self.preview_stack.show_empty(
                self.tr("The file is no longer at\n{0}\n\nUse “Download again” to fetch it anew.").format(path)
            )
            self.preview_info.setText("")
            return
        self.preview_info.setText("")
        self.preview_stack.show_busy(self.tr("Opening {0}…").format(Path(path).name))
        self._show_zoom()
        self.previewing.run(
            lambda _control: read_pdf(path),
            self._pdf_read,
            on_error=self._pdf_failed,
            label=self.tr("Reading the PDF"),
            with_session=False,
        )

    def _pdf_read(self, data: bytes) -> None:
        self._close_document()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)  # the preview shows once the document is ready
        if self.document.status() == QPdfDocument.Status.Ready:
            self._document_status(QPdfDocument.Status.Ready)

    def _pdf_failed(self, failure: TaskFailure) -> None:
        if failure.cancelled:
            return
        self._close_document()
        self.preview_stack.show_empty(self.tr("The PDF could not be read: {0}").format(failure.message))
        self.preview_info.setText("")

    def _close_document(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._show_zoom()

    def _document_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            pages = self.document.pageCount()
            self.preview_info.setText(self.tr("%n page(s)", "", pages))
            self.preview_stack.show_content()
            self._show_zoom()
        elif status == QPdfDocument.Status.Error:
            self.preview_stack.show_empty(
                self.tr("This file is not a PDF the preview can show ({0}). Try “Open externally”.").format(
                    self.document.error().name
                )
            )
            self.preview_info.setText("")

    @property
    def preview_page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def open_externally(self) -> None:
        path = self._preview_path
        if path and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.banner.show_message(
                self.tr(NO_VIEWER), self.tr("The file: {0}").format(path), kind="warning",
                action=(self.tr("Open folder"), self.open_folder),
            )

    def open_folder(self) -> None:
        folder = str(Path(self._preview_path).parent) if self._preview_path else self._folder
        if folder and not QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
            self.banner.show_message(self.tr(NO_FILE_MANAGER), self.tr("The folder: {0}").format(folder), kind="warning")

    # --- zoom ------------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom_to(self.shown_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.shown_zoom() / ZOOM_STEP)

    def fit(self, mode: QPdfView.ZoomMode) -> None:
        """Fit the page's width (FitToWidth) or the whole page (FitInView) to the preview."""
        self.view.setZoomMode(mode)
        self._show_zoom()

    def _zoom_to(self, factor: float) -> None:
        self.view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, factor)))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._show_zoom()

    def shown_zoom(self) -> float:
        """The zoom the preview shows now (1.0: the page's real size), in the fitting modes too."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.preview_page_count == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(0) * (self.view.logicalDpiX() / 72)
        margins = self.view.documentMargins()
        room = self.view.viewport().size()
        width = (room.width() - margins.left() - margins.right()) / max(page.width(), 1)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return width
        return min(width, (room.height() - margins.top() - margins.bottom()) / max(page.height(), 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._show_zoom()
        return False

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        ready = self.preview_page_count > 0
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        factor = self.shown_zoom()
        self.zoom_label.setText(f"{factor:.0%}" if ready else "")
        self.zoom_out_button.setEnabled(ready and factor > MIN_ZOOM + 1e-6)
        self.zoom_in_button.setEnabled(ready and factor < MAX_ZOOM - 1e-6)
        for fit_button in (self.fit_width_button, self.fit_page_button):
            fit_button.setEnabled(ready)


def _item_key(kind: str, item: Any) -> str:
    if kind == NEW:
        return item.file_id
    if kind == DOWNLOADED:
        return item["file_id"]
    return item.approval_id


__all__ = ["PdfsPage", "download_files", "download_new", "new_pdf_counts", "pdf_lists", "read_pdf"]
