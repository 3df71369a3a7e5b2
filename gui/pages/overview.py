"""Overview: the connection, a few counts from Odyssee, the last runs, and a way to every page.

Counts are data: each :class:`OverviewCount` says how to count (in the background, with the
profile's client or store), which page its button opens and which changes
(:class:`core.services.changes.Changes`) make it out of date. The list of pages at the bottom is
built from :data:`gui.pages.PAGES`, so a new page shows up by itself.

The page keeps itself up to date from the window's ``changed`` signal: a count another page or a
poll just made is shown as it is (the same number everywhere), a count that changes made out of
date is counted again, and the recent runs are read again after every run — at once while the
page is shown, else when it is shown next.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout

from core.odata.expr import field
from core.services.changes import NEW_PDFS, PENDING_PUSHES, READY_WORK, Changes, Count
from core.state import JOBS
from gui.models.counts import pending_count
from gui.models.formatting import number_text
from gui.models.list_table import Column, ListTableModel
from gui.models.words import run_counts_text, run_kind_text, run_status_text
from gui.pages import PAGES
from gui.pages.base import LatestTask, Page, TourStep
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
    # Runs in the background: a number, a Count, or Changes carrying the count as ``key`` (and
    # what else the counting made, such as the push plan, which the window hands on).
    count: Callable[[TaskContext], "int | Count | Changes"]
    page: str  # the page its button opens
    action: str  # the button's text
    options: tuple[tuple[str, Any], ...] = ()  # passed to that page's open_with
    hint: str = ""
    watches: tuple[str, ...] = ()  # the Changes flags that make the count out of date


OVERVIEW_COUNTS: list[OverviewCount] = [
    OverviewCount("companies", "Companies", lambda ctx: ctx.client.count("Company"), "browse", "Browse", (("entity", "Company"),), hint="customers and suppliers", watches=("odyssee",)),
    OverviewCount("projects", "Projects", lambda ctx: ctx.client.count("Project"), "browse", "Browse", (("entity", "Project"),), hint="sites and installations", watches=("odyssee",)),
    OverviewCount("jobs", "Jobs", lambda ctx: ctx.client.count("Jobs"), "browse", "Browse", (("entity", "Jobs"),), hint="work orders, open and done", watches=("odyssee", "completed")),
    OverviewCount(
        "approvals",
        "Job approvals",
        lambda ctx: ctx.client.count("JobApproval", field("is_daily_approval").eq(False)),
        "browse",
        "Browse",
        (("entity", "JobApproval"),),
        hint="final approvals, without the daily ones",
        watches=("completed",),
    ),
    OverviewCount(PENDING_PUSHES, "Pending pushes", pending_push_counts, "push", "Review pushes", hint="ERP changes waiting for your approval", watches=("pushed",)),
    OverviewCount(READY_WORK, "Completed work for the ERP", ready_approval_counts, "work", "Export work", hint="final approvals not in the ERP yet", watches=("exported", "completed")),
    OverviewCount(NEW_PDFS, "New job approval PDFs", new_pdf_counts, "pdfs", "Download PDFs", hint="on the server, not downloaded yet", watches=("pdfs",)),
]

RECENT_RUNS = 10


RUN_COLUMNS = (
    Column("Run", lambda run: run.id, numeric=True),
    Column("What", lambda run: run_kind_text(run.kind)),
    Column("Started", lambda run: run.started, kind="datetime"),
    Column("Finished", lambda run: run.finished, kind="datetime"),
    Column("Result", lambda run: run_status_text(run.status)),
    Column("Where", lambda run: f"{run.workstation} ({run.os_user})" if run.workstation else ""),
    Column("Counts", lambda run: run_counts_text(run.counts, run.kind)),
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

    def show_count(self, value: "int | Count") -> None:
        count = value if isinstance(value, Count) else Count(int(value))
        self.number.setText(number_text(count.number))
        self.number.setToolTip("")
        self.hint.setText(count.detail or self.spec.hint)

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
        self.counting: dict[str, LatestTask] = {spec.key: LatestTask(self) for spec in OVERVIEW_COUNTS}
        self.runs_reads = LatestTask(self)
        self._stale: set[str] = set()  # cards that changes made out of date while the page was hidden
        self._runs_stale = False
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
        for task in (*self.counting.values(), self.runs_reads):
            task.cancel()
        self._stale.clear()
        self._runs_stale = False
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
        for spec in OVERVIEW_COUNTS:
            self.refresh_count(spec.key)
        self._read_runs()

    def on_shown(self, first: bool) -> None:
        for key in sorted(self._stale):
            self.refresh_count(key)
        if self._runs_stale:
            self._read_runs()

    def on_changes(self, changes: Changes, own: bool) -> None:
        """Show the counts others just made; count again what the changes made out of date."""
        if self.session is None:
            return
        known = dict(changes.counts)
        if changes.plan is not None and PENDING_PUSHES not in known:
            known[PENDING_PUSHES] = pending_count(changes.plan)
        for key, count in known.items():
            if key in self.cards:
                self.counting[key].cancel()  # this one is newer than a count still running
                self._stale.discard(key)
                self.cards[key].show_count(count)
        if own:
            return
        stale = {spec.key for spec in OVERVIEW_COUNTS if spec.key not in known and changes.touches(*spec.watches)}
        self._stale |= stale
        self._runs_stale = self._runs_stale or changes.runs
        if self.isVisible():
            self.on_shown(False)

    def refresh_count(self, key: str) -> None:
        """Count one card again (in the background)."""
        card = self.cards.get(key)
        if card is None or self.session is None or self.session.client is None:
            return
        self._stale.discard(key)
        spec = card.spec
        card.clear()
        self.counting[key].run(
            spec.count, lambda value: self._count_arrived(card, value), on_error=card.show_failure,
            label=f"Counting {spec.title.lower()}",
        )

    def _count_arrived(self, card: CountCard, value: "int | Count | Changes") -> None:
        if isinstance(value, Changes):
            self.main_window.announce(value, self)  # what the count made (a plan) others can use
            value = value.count(card.spec.key) or Count(0)
        card.show_count(value)
        self.main_window.record_poll()

    def _read_runs(self) -> None:
        self._runs_stale = False
        self.runs_reads.run(lambda ctx: ctx.store.recent_runs(limit=RECENT_RUNS), self._show_runs, label="Reading the recent runs")

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


__all__ = ["OVERVIEW_COUNTS", "OverviewCount", "OverviewPage"]
