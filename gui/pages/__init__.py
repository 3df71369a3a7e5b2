"""The pages of the main window, in navigation order.

Adding a page is one line in :data:`PAGES`: a key, the navigation title, one sentence for the
Overview's list of pages, a standard icon and ``"module:Class"`` of a :class:`gui.pages.base.Page`
subclass. The main window builds the navigation, the stack and the Overview's buttons from this
list, and the screenshot tour visits every entry.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    summary: str  # what the page is for, one sentence (Overview lists it next to its button)
    icon: str  # a QStyle.StandardPixmap name, e.g. "SP_DirIcon"
    factory: str  # "module:Class"

    def page_class(self) -> type:
        module_name, _, class_name = self.factory.partition(":")
        return getattr(importlib.import_module(module_name), class_name)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "Overview", "The state of the connection and of your Odyssee data at a glance.", "SP_DesktopIcon", "gui.pages.overview:OverviewPage"),
    PageSpec("browse", "Browse Odyssee", "Any Odyssee list, filtered and sorted on the server, with related records.", "SP_FileDialogContentsView", "gui.pages.browse:BrowsePage"),
    PageSpec("push", "Pending pushes", "ERP changes waiting for your approval, field by field, then pushed to Odyssee.", "SP_ArrowUp", "gui.pages.push:PushPage"),
    PageSpec("work", "Completed work", "Final job approvals with their parts and hours, exported to the ERP.", "SP_DialogApplyButton", "gui.pages.work:WorkPage"),
    PageSpec("pdfs", "Job approval PDFs", "The PDFs of job approvals: downloaded as Odyssee makes them, previewed here.", "SP_FileIcon", "gui.pages.pdfs:PdfsPage"),
    PageSpec("activity", "Activity", "The journal of every record sent or written, and the requests made to Odyssee.", "SP_FileDialogDetailedView", "gui.pages.activity:ActivityPage"),
    PageSpec("settings", "Settings", "Connection profiles: Odyssee address and sign-in, ERP, folders, polling.", "SP_FileDialogInfoView", "gui.pages.settings:SettingsPage"),
)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


__all__ = ["PAGES", "PageSpec", "page_spec"]
