"""Job approval PDFs against the simulator: the three lists, downloading a selection, the QtPdf
preview, a file gone from disk, opening externally, and a profile without a download folder."""
from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdfWidgets import QPdfView

from core.odyssee.model import ENTITY_SETS
from core.simulator.storage import default_row
from gui.pages.pdfs import DOWNLOADED, NEW, WAITING
from tests.helpers.gui import SYNC_PROFILE, approval_pdfs, open_profile, save_profile, wait_idle


@pytest.fixture
def pdfs(qtbot, sync_window):
    page = sync_window.go_to("pdfs")
    wait_idle(qtbot, page, timeout=20_000)
    return page


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def test_download_selected_fetches_only_that_file_and_previews_it(qtbot, qtmodeltester, pdfs, sync_simulator, download_dir):
    files = approval_pdfs(sync_simulator)
    assert pdfs.models[NEW].rowCount() == len(files) > 2
    assert pdfs.tabs.tabText(0) == f"New on the server ({len(files)})"
    assert pdfs.models[DOWNLOADED].rowCount() == 0
    pdfs.select_row(NEW, 1)
    wanted = pdfs.models[NEW].item(1)
    assert "Not downloaded yet" in pdfs.preview_hint.text() and not pdfs.open_button.isEnabled()

    qtbot.mouseClick(pdfs.download_selected_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pdfs, timeout=20_000)
    on_disk = [path for path in Path(download_dir).rglob("*") if path.is_file()]
    assert [path.name for path in on_disk] == [Path(wanted.relative_path).name]
    assert on_disk[0].parent.name == wanted.job_reference
    assert pdfs.models[NEW].rowCount() == len(files) - 1
    assert pdfs.current_kind == DOWNLOADED
    qtbot.waitUntil(lambda: pdfs.preview_page_count > 0, timeout=10_000)
    assert pdfs.preview_stack.currentWidget() is pdfs.view
    assert pdfs.document.parent() is pdfs  # never the view: destroying it must not take the document along
    row = pdfs.models[DOWNLOADED].item(0)
    assert row["file_id"] == wanted.file_id and row["exists"]
    for model in pdfs.models.values():
        qtmodeltester.check(model)


def test_open_externally_and_open_folder_hand_the_file_to_the_desktop(qtbot, pdfs, opened_urls):
    pdfs.select_row(NEW, 0)
    qtbot.mouseClick(pdfs.download_selected_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pdfs, timeout=20_000)
    path = Path(pdfs.models[DOWNLOADED].item(0)["path"])
    qtbot.mouseClick(pdfs.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pdfs.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened_urls] == [str(path), str(path.parent)]


def test_a_file_gone_from_disk_is_marked_and_can_be_downloaded_again(qtbot, pdfs):
    pdfs.select_row(NEW, 0)
    qtbot.mouseClick(pdfs.download_selected_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pdfs, timeout=20_000)
    path = Path(pdfs.models[DOWNLOADED].item(0)["path"])
    content = path.read_bytes()
    path.unlink()
    qtbot.mouseClick(pdfs.refresh_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pdfs, timeout=20_000)
    pdfs.select_row(DOWNLOADED, 0)
    assert "missing" in pdfs.models[DOWNLOADED].index(0, 3).data()
    assert "no longer at" in pdfs.preview_hint.text()
    assert pdfs.download_selected_button.text() == "Download again"
    qtbot.mouseClick(pdfs.download_selected_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pdfs, timeout=20_000)
    assert path.read_bytes() == content
    qtbot.waitUntil(lambda: pdfs.preview_page_count > 0, timeout=10_000)


def test_exported_approvals_without_a_pdf_wait_for_odyssee(qtbot, sync_window, sync_simulator):
    storage = sync_simulator.storage
    job = next(row for row in storage.rows("Jobs") if row["reference_back_office"])
    waiting = {**default_row(ENTITY_SETS["JobApproval"]), "id": uuid.uuid4(), "jobs_id": job["id"],
               "is_daily_approval": False, "modified_dateutc": storage.next_modified()}
    storage.bulk_insert("JobApproval", [waiting])  # straight into storage: the PDF queue never hears of it
    work = sync_window.go_to("work")
    wait_idle(qtbot, work, timeout=20_000)
    qtbot.mouseClick(work.export_all_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, work, timeout=20_000)

    page = sync_window.go_to("pdfs")
    wait_idle(qtbot, page, timeout=20_000)
    assert [item.approval_id for item in page.models[WAITING].items] == [str(waiting["id"])]
    assert page.models[WAITING].index(0, 0).data() == job["reference_back_office"]
    page.select_row(WAITING, 0)
    assert "has not made this PDF yet" in page.preview_hint.text()
    assert not page.download_selected_button.isEnabled()


def test_without_a_download_folder_the_page_says_so(qtbot, window, sync_simulator, erp_path):
    save_profile(sync_simulator, erp_path, None)
    window.poller.set_paused(True)
    open_profile(qtbot, window, SYNC_PROFILE)
    page = window.go_to("pdfs")
    wait_idle(qtbot, page)
    assert page.banner.kind == "info" and "set a download folder in Settings" in page.banner.text
    assert not page.download_all_button.isEnabled()
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.current_page.key == "settings"


@pytest.fixture
def previewed(qtbot, pdfs):
    """The page with one PDF downloaded and shown in the preview."""
    pdfs.select_row(NEW, 0)
    qtbot.mouseClick(pdfs.download_selected_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pdfs, timeout=20_000)
    qtbot.waitUntil(lambda: pdfs.preview_page_count > 0, timeout=10_000)
    return pdfs


def test_a_pdf_shows_that_it_is_opening_until_it_is_ready(qtbot, previewed):
    page = previewed
    page.tables[DOWNLOADED].clearSelection()
    assert page.preview_stack.currentWidget() is page.preview_hint
    page.select_row(DOWNLOADED, 0)
    assert page.preview_stack.is_busy and page.preview_stack.busy_bar.isVisible()
    assert page.preview_stack.busy_text.text().startswith("Opening ")
    qtbot.waitUntil(lambda: page.preview_stack.currentWidget() is page.view, timeout=10_000)
    assert page.preview_info.text() == "1 page"


def test_the_zoom_buttons_fit_the_width_and_zoom_in_and_out(qtbot, previewed):
    page = previewed
    view = page.view
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth and page.fit_width_button.isChecked()
    fitted = page.shown_zoom()
    assert page.zoom_label.text() == f"{fitted:.0%}"
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom and not page.fit_width_button.isChecked()
    assert view.zoomFactor() == pytest.approx(fitted * 1.25)  # from what was shown, not from 100 %
    qtbot.mouseClick(page.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.zoomFactor() == pytest.approx(fitted / 1.25)
    assert page.zoom_label.text() == f"{fitted / 1.25:.0%}"
    qtbot.mouseClick(page.fit_page_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.FitInView and page.fit_page_button.isChecked()
    assert page.shown_zoom() <= fitted
    qtbot.mouseClick(page.fit_width_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth and page.shown_zoom() == pytest.approx(fitted)
    assert page.zoom_in_button.accessibleName() == "Zoom in" and "(" in page.zoom_in_button.toolTip()
    page.tables[DOWNLOADED].clearSelection()
    assert not page.zoom_in_button.isEnabled() and page.zoom_label.text() == ""


def test_open_externally_says_so_when_no_program_opens_the_pdf(qtbot, previewed, monkeypatch, opened_urls):
    page = previewed
    path = Path(page.models[DOWNLOADED].item(0)["path"])
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # a computer without a PDF viewer
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == "warning" and "No program opened the PDF" in page.banner.text
    assert str(path) in page.banner.details.toPlainText()
    assert page.banner.action_button.text() == "Open folder"
    monkeypatch.undo()
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened_urls] == [str(path.parent)]
