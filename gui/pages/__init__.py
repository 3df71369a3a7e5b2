"""The pages of the main window, in navigation order.

Adding a page is one line in :data:`PAGES`: a key, the navigation title, one sentence for the
Overview's list of pages, a standard icon and ``"module:Class"`` of a :class:`gui.pages.base.Page`
subclass. The title and the sentence are English, marked for translation: what the window shows
is ``display_title`` and ``display_summary``, in the user's language. The main window builds the navigation, the stack and the Overview's buttons from this
list, and the screenshot tour visits every entry.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    summary: str  # what the page is for, one sentence (Overview lists it next to its button)
    icon: str  # a QStyle.StandardPixmap name, e.g. "SP_DirIcon"
    factory: str  # "module:Class"

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("pages", self.title)

    @property
    def display_summary(self) -> str:
        return QCoreApplication.translate("pages", self.summary)

    def page_class(self) -> type:
        module_name, _, class_name = self.factory.partition(":")
        return getattr(importlib.import_module(module_name), class_name)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", QT_TRANSLATE_NOOP("pages", "Overview"),
        QT_TRANSLATE_NOOP("pages", "The state of the connection and of your Odyssee data at a glance."),
        "SP_DesktopIcon", "gui.pages.overview:OverviewPage"),
    PageSpec("browse", QT_TRANSLATE_NOOP("pages", "Browse Odyssee"),
        QT_TRANSLATE_NOOP("pages", "Any Odyssee list, filtered and sorted on the server, with related records."),
        "SP_FileDialogContentsView", "gui.pages.browse:BrowsePage"),
    PageSpec("push", QT_TRANSLATE_NOOP("pages", "Pending pushes"),
        QT_TRANSLATE_NOOP("pages", "ERP changes waiting for your approval, field by field, then pushed to Odyssee."),
        "SP_ArrowUp", "gui.pages.push:PushPage"),
    PageSpec("work", QT_TRANSLATE_NOOP("pages", "Completed work"),
        QT_TRANSLATE_NOOP("pages", "Final job approvals with their parts and hours, exported to the ERP."),
        "SP_DialogApplyButton", "gui.pages.work:WorkPage"),
    PageSpec("pdfs", QT_TRANSLATE_NOOP("pages", "Job approval PDFs"),
        QT_TRANSLATE_NOOP("pages", "The PDFs of job approvals: downloaded as Odyssee makes them, previewed here."),
        "SP_FileIcon", "gui.pages.pdfs:PdfsPage"),
    PageSpec("activity", QT_TRANSLATE_NOOP("pages", "Activity"),
        QT_TRANSLATE_NOOP("pages", "The journal of every record sent or written, and the requests made to Odyssee."),
        "SP_FileDialogDetailedView", "gui.pages.activity:ActivityPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("pages", "Settings"),
        QT_TRANSLATE_NOOP("pages", "Connection profiles: Odyssee address and sign-in, ERP, folders, polling."),
        "SP_FileDialogInfoView", "gui.pages.settings:SettingsPage"),
)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


__all__ = ["PAGES", "PageSpec", "page_spec"]
