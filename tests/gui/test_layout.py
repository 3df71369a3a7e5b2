"""The window keeps its width: long names are cut with "…" (the whole name in the tooltip) instead
of pushing the window wider than the screen, and every page is usable at 1024×700."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSize

from gui.widgets.build import label
from gui.widgets.elided import ElidedLabel
from tests.helpers.gui import wait_idle
from tests.helpers.erp import erp_execute

LONG_NAME = (
    "Entreprise Générale de Construction, Rénovation et Maintenance des Bâtiments Industriels "
    "et Tertiaires de la Région Wallonne et de Bruxelles-Capitale SPRL"
)
SMALL = QSize(1024, 700)


def rows(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from rows(model, index)


@pytest.fixture
def long_names(sync_simulator, erp_path):
    """A customer of the ERP, a company and a job of Odyssee with a very long name."""
    erp_execute(erp_path, "UPDATE customer SET name = ? WHERE code = 'CUST-1001'", LONG_NAME)
    storage = sync_simulator.storage
    company = storage.rows("Company")[0]
    storage.change("Company", company["id"], {"name": LONG_NAME[:64]})  # Odyssee's longest
    for job in storage.rows("Jobs"):
        storage.change("Jobs", job["id"], {"name": LONG_NAME})
    return company


def test_selecting_a_long_name_keeps_the_window_width(qtbot, long_names, sync_window):
    window = sync_window
    window.resize(1280, 800)
    width = window.width()

    push = window.go_to("push")
    wait_idle(qtbot, push, timeout=20_000)
    customer = next(index for index in rows(push.model) if push.model.change(index) is not None
                    and push.model.change(index).erp_key == "CUST-1001")
    push.tree.selectionModel().select(customer, push.tree.selectionModel().SelectionFlag.ClearAndSelect
                                      | push.tree.selectionModel().SelectionFlag.Rows)
    assert LONG_NAME in push.diff_title.text()
    qtbot.waitUntil(lambda: push.diff_title.toolTip().startswith(f"Company CUST-1001 · {LONG_NAME} — "))
    assert window.width() == width and window.minimumSizeHint().width() <= SMALL.width()

    work = window.go_to("work")
    wait_idle(qtbot, work, timeout=20_000)
    work.select_row(0)
    assert LONG_NAME in work.details_title.text()
    qtbot.waitUntil(lambda: LONG_NAME in work.details_title.toolTip())
    assert window.width() == width and window.minimumSizeHint().width() <= SMALL.width()

    browse = window.go_to("browse")
    browse.open_with(entity="Company")
    wait_idle(qtbot, browse)
    browse.table.selectRow(0)
    wait_idle(qtbot, browse)
    assert browse.details_model.rowCount() > 0
    assert window.width() == width and window.minimumSizeHint().width() <= SMALL.width()


def test_every_page_fits_a_small_screen(qtbot, sync_window):
    window = sync_window
    window.resize(SMALL)
    for key, page in window.pages.items():
        window.go_to(key)
        wait_idle(qtbot, page, timeout=20_000)
        assert window.size() == SMALL, key
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), (key, hint)


def test_a_label_cut_short_shows_its_whole_text_in_the_tooltip(qtbot):
    title = label("Short", role="sectionTitle")
    assert isinstance(title, ElidedLabel)
    qtbot.addWidget(title)
    title.resize(200, 30)
    title.show()
    assert not title.elided and title.toolTip() == ""
    title.setText(f"Company <b>C1</b> · {LONG_NAME}")
    assert title.elided and title.toolTip() == f"Company C1 · {LONG_NAME}"
    assert title.minimumSizeHint().width() < 200 < title.sizeHint().width()
    title.resize(title.sizeHint().width(), 30)
    assert not title.elided and title.toolTip() == ""
    title.setToolTip("The page's own")
    title.resize(200, 30)
    assert title.toolTip() == "The page's own"  # never replaced
    assert label("Wrapped", wrap=True).__class__ is not ElidedLabel
