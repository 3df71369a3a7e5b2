"""Overview: the connection, a few counts from Odyssee, the last runs, and a way to every page.

Counts are data: each :class:`OverviewCount` says how to count (in the background, with the
profile's client or store) and which page its button opens. The pending-push, ready-approval and
new-PDF counts join :data:`OVERVIEW_COUNTS` the same way when their pages arrive. The list of
pages at the bottom is built from :data:`gui.pages.PAGES`, so a new page shows up by itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout

from core.odata.expr import field
from core.state import JOBS
from gui.models.list_table import Column, ListTableModel
from gui.pages import PAGES
from gui.pages.base import Page, TourStep
from gui.pages.pdfs import new_pdf_counts
from gui.pages.push import pending_push_counts
from gui.pages.work import ready_approval_counts
from gui.session import TaskContext
from gui.tasks import TaskFailure
from gui.widgets.build import STRETCH, button, hbox, label, lay_out, panel, scroll_area, vbox
from gui.widgets.empty_state import EmptyStateStack
from gui.widgets.tables import DataTable


@dataclass(frozen=True)
class OverviewCount:
    key: str
    title: str
    count: Callable[[TaskContext], int]  # runs in the background
    page: str  # the page its button opens
    action: str  # the button's text
    options: tuple[tuple[str, Any], ...] = ()  # passed to that page's open_with
    hint: str = ""


@dataclass(frozen=True)
class CountValue:
    """A count with a line of detail that replaces the card's hint (``12 create · 3 update``)."""

    number: int
    detail: str = ""


OVERVIEW_COUNTS: list[OverviewCount] = [
    OverviewCount("companies", "Companies", lambda ctx: ctx.client.count("Company"), "browse", "Browse", (("entity", "Company"),), hint="customers and suppliers"),
    OverviewCount("projects", "Projects", lambda ctx: ctx.client.count("Project"), "browse", "Browse", (("entity", "Project"),), hint="sites and installations"),
    OverviewCount("jobs", "Jobs", lambda ctx: ctx.client.count("Jobs"), "browse", "Browse", (("entity", "Jobs"),), hint="work orders, open and done"),
    OverviewCount(
        "approvals",
        "Job approvals",
        lambda ctx: ctx.client.count("JobApproval", field("is_daily_approval").eq(False)),
        "browse",
        "Browse",
        (("entity", "JobApproval"),),
        hint="final approvals, without the daily ones",
    ),
    OverviewCount("pushes", "Pending pushes", lambda ctx: CountValue(*pending_push_counts(ctx)), "push", "Review pushes", hint="ERP changes waiting for your approval"),
    OverviewCount("ready_work", "Approvals ready for the ERP", lambda ctx: CountValue(*ready_approval_counts(ctx)), "work", "Export work", hint="completed work not exported yet"),
    OverviewCount("new_pdfs", "New job approval PDFs", lambda ctx: CountValue(*new_pdf_counts(ctx)), "pdfs", "Download PDFs", hint="on the server, not downloaded yet"),
]

RECENT_RUNS = 10


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {number}" for name, number in counts.items() if number) or "nothing to do"


RUN_COLUMNS = (
    Column("Run", lambda run: run.id, numeric=True),
    Column("Kind", lambda run: run.kind),
    Column("Started", lambda run: run.started, kind="datetime"),
    Column("Finished", lambda run: run.finished, kind="datetime"),
    Column("Result", lambda run: run.status or "running"),
    Column("Where", lambda run: f"{run.workstation} ({run.os_user})" if run.workstation else ""),
    Column("Counts", lambda run: _counts_text(run.counts)),
)


class CountCard(QFrame):
    def __init__(self, spec: OverviewCount, open_page: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("card")
        self.spec = spec
        self.number = label("…", role="cardNumber")
        self.hint = label(spec.hint, role="muted", wrap=True)
        self.button = button(spec.action, open_page)
        lay_out(
            self, label(spec.title, role="cardTitle"), self.number, self.hint, STRETCH, hbox(STRETCH, self.button),
            margins=(14, 12, 14, 12),
        )

    def show_count(self, value: "int | CountValue") -> None:
        detail = value.detail if isinstance(value, CountValue) else ""
        number = value.number if isinstance(value, CountValue) else value
        self.number.setText(f"{number:,}")
        self.number.setToolTip("")
        self.hint.setText(detail or self.spec.hint)

    def show_failure(self, failure: TaskFailure) -> None:
        if failure.cancelled:
            return
        self.number.setText("—")
        self.number.setToolTip(failure.message)

    def clear(self) -> None:
        self.number.setText("…")


class OverviewPage(Page):
    key = "overview"
    title = "Overview"

    def __init__(self, window) -> None:
        super().__init__(window)
        self.refresh_button = self.add_header_button("Refresh", self.refresh)

        self.connection_card = QFrame()
        self.connection_card.setObjectName("card")
        self.connection_title = label("No profile is open", role="cardTitle")
        self.connection_text = label("Set up a connection profile in Settings.", wrap=True, selectable=True)
        self.check_button = button("Check again", window.check_connection)
        connection_layout = QHBoxLayout(self.connection_card)
        connection_layout.setContentsMargins(14, 12, 14, 12)
        connection_layout.addLayout(vbox(self.connection_title, self.connection_text), 1)
        connection_layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)

        self.cards: dict[str, CountCard] = {}
        cards = QGridLayout()
        cards.setSpacing(12)
        for number, spec in enumerate(OVERVIEW_COUNTS):
            card = CountCard(spec, lambda spec=spec: self.main_window.go_to(spec.page, **dict(spec.options)))
            self.cards[spec.key] = card
            cards.addWidget(card, number // 4, number % 4)

        self.team_title = label("Who else is at work", role="sectionTitle")
        self.team_text = label(wrap=True, selectable=True)

        self.runs_model = ListTableModel(RUN_COLUMNS, self)
        self.runs_table = DataTable()
        self.runs_table.setModel(self.runs_model)
        self.runs_table.setMinimumHeight(120)
        self.runs_stack = EmptyStateStack(
            self.runs_table,
            "No push, export or download has run for this profile yet. Each run will be listed here with its result.",
        )

        pages = QGridLayout()
        pages.setHorizontalSpacing(12)
        pages.setColumnStretch(1, 1)
        position = 0
        for spec in PAGES:
            if spec.key == self.key:
                continue
            page_button = button(spec.title, lambda key=spec.key: self.main_window.go_to(key))
            page_button.setIcon(self.style().standardIcon(getattr(self.style().StandardPixmap, spec.icon)))
            page_button.setMinimumWidth(180)
            pages.addWidget(page_button, position, 0)
            pages.addWidget(label(spec.summary, role="muted"), position, 1)
            position += 1

        content = panel(
            self.connection_card,
            self.team_title,
            self.team_text,
            cards,
            label("Recent runs", role="sectionTitle"),
            self.runs_stack,
            label("Pages", role="sectionTitle"),
            pages,
            STRETCH,
            spacing=12,
        )
        self.body.addWidget(scroll_area(content))

        window.connection_checked.connect(self._show_connection)
        window.leases.changed.connect(self._show_team)

    # --- page hooks ------------------------------------------------------------------------------

    def on_session(self, session) -> None:
        for card in self.cards.values():
            card.clear()
        self.runs_model.set_items([])
        self.runs_stack.show_empty()
        if session is None:
            self.connection_title.setText("No profile is open")
            self.connection_text.setText("Set up a connection profile in Settings.")
            self.check_button.setEnabled(False)
            return
        self.check_button.setEnabled(True)
        self._show_team()
        self.connection_title.setText(f"Profile “{session.name}”" + (" — demo tenant" if session.demo else ""))
        self.connection_text.setText(f"Checking the connection to Odyssee at {session.profile.base_url}…")
        self.refresh()

    def tour_steps(self) -> list[TourStep]:
        return [("", [])]

    def refresh(self) -> None:
        if self.session is None:
            return
        self.banner.clear()
        if self.session.client is not None:
            for spec in OVERVIEW_COUNTS:
                card = self.cards[spec.key]
                card.clear()
                self.run(
                    spec.count,
                    lambda value, card=card: self._count_arrived(card, value),
                    on_error=card.show_failure,
                    label=f"Counting {spec.title.lower()}",
                )
        self.run(lambda ctx: ctx.store.recent_runs(limit=RECENT_RUNS), self._show_runs, label="Reading the recent runs")

    def refresh_count(self, key: str) -> None:
        """Count one card again (a page changed what it counts: a push, an export, a download)."""
        card = self.cards.get(key)
        if card is None or self.session is None or self.session.client is None:
            return
        spec = card.spec
        self.run(spec.count, lambda value: self._count_arrived(card, value), on_error=card.show_failure, label=f"Counting {spec.title.lower()}")

    def show_count(self, key: str, number: int, detail: str = "") -> None:
        """A page knows a count already (it just made the same list): no request needed."""
        card = self.cards.get(key)
        if card is not None:
            card.show_count(CountValue(number, detail))

    def _count_arrived(self, card: CountCard, value: int) -> None:
        card.show_count(value)
        self.main_window.record_poll()

    def _show_team(self) -> None:
        session = self.session
        if session is None:
            self.team_text.setText("")
            return
        busy = [lease for job in JOBS if (lease := self.main_window.leases.held_elsewhere(job)) is not None]
        where = session.store.describe()
        if session.store.location.local:
            state = f"The state of this profile is kept on this computer only ({session.store.path.name})."
        else:
            state = f"The state is shared with the office: {where}."
        lines = [lease.sentence() for lease in busy] or ["Nobody else is pushing, exporting or downloading for this tenant now."]
        self.team_text.setText("\n".join([*lines, state]))

    def _show_runs(self, runs: list) -> None:
        self.runs_model.set_items(runs)
        if runs:
            self.runs_stack.show_content()
        else:
            self.runs_stack.show_empty()
        if runs:
            self.runs_table.fit_columns()

    def _show_connection(self, check) -> None:
        session = self.session
        if session is None:
            return
        profile = session.profile
        if check.ok:
            text = f"<span style='color:#2e8b57'>●</span> {_escape(check.message)}"
            if profile.username:
                text += f" Signed in as <b>{_escape(profile.username)}</b> in domain <b>{_escape(profile.domain)}</b>."
        else:
            text = f"<span style='color:#c0392b'>●</span> <b>Not connected.</b> {_escape(check.message)}"
        self.connection_text.setText(text)
        if not check.ok:
            for card in self.cards.values():
                card.number.setText("—")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["OVERVIEW_COUNTS", "CountValue", "OverviewCount", "OverviewPage"]
