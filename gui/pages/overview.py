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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout

from core.odata.expr import field
from core.services.changes import NEW_PDFS, PENDING_PUSHES, READY_WORK, Changes, Count
from core.state import JOBS
from gui.models.counts import pending_count
from gui.models.formatting import number_text
from gui.models.list_table import Column, ListTableModel
from gui.models.news import lease_sentence
from gui.models.sentences import core_text
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

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "literal") calls
BROWSE = QT_TRANSLATE_NOOP("OverviewCount", "Browse")


@dataclass(frozen=True)
class OverviewCount:
    """A card of the Overview. Its texts (``title``, ``action``, ``hint``) are English, translated
    when shown (context "OverviewCount")."""

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
    OverviewCount(
        "companies", QT_TRANSLATE_NOOP("OverviewCount", "Companies"), lambda ctx: ctx.client.count("Company"), "browse",
        BROWSE, (("entity", "Company"),), hint=QT_TRANSLATE_NOOP("OverviewCount", "customers and suppliers"),
        watches=("odyssee",),
    ),
    OverviewCount(
        "projects", QT_TRANSLATE_NOOP("OverviewCount", "Projects"), lambda ctx: ctx.client.count("Project"), "browse",
        BROWSE, (("entity", "Project"),), hint=QT_TRANSLATE_NOOP("OverviewCount", "sites and installations"),
        watches=("odyssee",),
    ),
    OverviewCount(
        "jobs", QT_TRANSLATE_NOOP("OverviewCount", "Jobs"), lambda ctx: ctx.client.count("Jobs"), "browse",
        BROWSE, (("entity", "Jobs"),), hint=QT_TRANSLATE_NOOP("OverviewCount", "work orders, open and done"),
        watches=("odyssee", "completed"),
    ),
    OverviewCount(
        "approvals",
        QT_TRANSLATE_NOOP("OverviewCount", "Job approvals"),
        lambda ctx: ctx.client.count("JobApproval", field("is_daily_approval").eq(False)),
        "browse",
        BROWSE,
        (("entity", "JobApproval"),),
        hint=QT_TRANSLATE_NOOP("OverviewCount", "final approvals, without the daily ones"),
        watches=("completed",),
    ),
    OverviewCount(
        PENDING_PUSHES, QT_TRANSLATE_NOOP("OverviewCount", "Pending pushes"), pending_push_counts, "push",
        QT_TRANSLATE_NOOP("OverviewCount", "Review pushes"),
        hint=QT_TRANSLATE_NOOP("OverviewCount", "ERP changes waiting for your approval"), watches=("pushed",),
    ),
    OverviewCount(
        READY_WORK, QT_TRANSLATE_NOOP("OverviewCount", "Completed work for the ERP"), ready_approval_counts, "work",
        QT_TRANSLATE_NOOP("OverviewCount", "Export work"),
        hint=QT_TRANSLATE_NOOP("OverviewCount", "final approvals not in the ERP yet"), watches=("exported", "completed"),
    ),
    OverviewCount(
        NEW_PDFS, QT_TRANSLATE_NOOP("OverviewCount", "New job approval PDFs"), new_pdf_counts, "pdfs",
        QT_TRANSLATE_NOOP("OverviewCount", "Download PDFs"),
        hint=QT_TRANSLATE_NOOP("OverviewCount", "on the server, not downloaded yet"), watches=("pdfs",),
    ),
]

RECENT_RUNS = 10


def run_columns() -> tuple[Column, ...]:
    """The recent runs' columns, titled in the user's language."""
    return (
        Column(translate("OverviewPage", "Run"), lambda run: run.id, numeric=True),
        Column(translate("OverviewPage", "What"), lambda run: run_kind_text(run.kind)),
        Column(translate("OverviewPage", "Started"), lambda run: run.started, kind="datetime"),
        Column(translate("OverviewPage", "Finished"), lambda run: run.finished, kind="datetime"),
        Column(translate("OverviewPage", "Result"), lambda run: run_status_text(run.status)),
        Column(translate("OverviewPage", "Where"), _where),
        Column(translate("OverviewPage", "Counts"), lambda run: run_counts_text(run.counts, run.kind)),
    )


def _where(run) -> str:
    """The workstation and the operating-system user a run came from."""
    if not run.workstation:
        return ""
    return translate("OverviewPage", "{0} ({1})").format(run.workstation, run.os_user)


def card_text(text: str) -> str:
    """A card's title, hint or button in the user's language."""
    return translate("OverviewCount", text)


class CountCard(QFrame):
    def __init__(self, spec: OverviewCount, open_page: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("card")
        self.spec = spec
        self.number = label("…", role="cardNumber")
        self.hint = label(card_text(spec.hint), role="muted", wrap=True)
        self.button = button(card_text(spec.action), open_page)
        lay_out(
            self, label(card_text(spec.title), role="cardTitle"), self.number, self.hint, STRETCH, hbox(STRETCH, self.button),
            margins=(14, 12, 14, 12),
        )

    def show_count(self, value: "int | Count") -> None:
        count = value if isinstance(value, Count) else Count(int(value))
        self.number.setText(number_text(count.number))
        self.number.setToolTip("")
        self.hint.setText(count.detail or card_text(self.spec.hint))

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
        self.refresh_button = self.add_header_button(self.tr("Refresh"), self.refresh)

        self.connection_card = QFrame()
        self.connection_card.setObjectName("card")
        self.connection_title = label(self.tr("No profile is open"), role="cardTitle")
        self.connection_text = label(self.tr("Set up a connection profile in Settings."), wrap=True, selectable=True)
        self.check_button = button(self.tr("Check again"), window.check_connection)
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

        self.team_title = label(self.tr("Who else is at work"), role="sectionTitle")
        self.team_text = label(wrap=True, selectable=True)

        self.runs_model = ListTableModel(run_columns(), self)
        self.runs_table = DataTable()
        self.runs_table.setModel(self.runs_model)
        self.runs_table.setMinimumHeight(120)
        self.runs_stack = EmptyStateStack(
            self.runs_table,
            self.tr("No push, export or download has run for this profile yet. Each run will be listed here with its result."),
        )

        pages = QGridLayout()
        pages.setHorizontalSpacing(12)
        pages.setColumnStretch(1, 1)
        position = 0
        for spec in PAGES:
            if spec.key == self.key:
                continue
            page_button = button(spec.display_title, lambda key=spec.key: self.main_window.go_to(key))
            page_button.setIcon(self.style().standardIcon(getattr(self.style().StandardPixmap, spec.icon)))
            page_button.setMinimumWidth(180)
            pages.addWidget(page_button, position, 0)
            pages.addWidget(label(spec.display_summary, role="muted"), position, 1)
            position += 1

        content = panel(
            self.connection_card,
            self.team_title,
            self.team_text,
            cards,
            label(self.tr("Recent runs"), role="sectionTitle"),
            self.runs_stack,
            label(self.tr("Pages"), role="sectionTitle"),
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
            self.connection_title.setText(self.tr("No profile is open"))
            self.connection_text.setText(self.tr("Set up a connection profile in Settings."))
            self.check_button.setEnabled(False)
            return
        self.check_button.setEnabled(True)
        self._show_team()
        self.connection_title.setText(
            (self.tr("Profile “{0}” — demo tenant") if session.demo else self.tr("Profile “{0}”")).format(session.name)
        )
        self.connection_text.setText(self.tr("Checking the connection to Odyssee at {0}…").format(session.profile.base_url))
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
            label=self.tr("Counting {0}").format(card_text(spec.title).lower()),
        )

    def _count_arrived(self, card: CountCard, value: "int | Count | Changes") -> None:
        if isinstance(value, Changes):
            self.main_window.announce(value, self)  # what the count made (a plan) others can use
            value = value.count(card.spec.key) or Count(0)
        card.show_count(value)
        self.main_window.record_poll()

    def _read_runs(self) -> None:
        self._runs_stale = False
        self.runs_reads.run(lambda ctx: ctx.store.recent_runs(limit=RECENT_RUNS), self._show_runs, label=self.tr("Reading the recent runs"))

    def _show_team(self) -> None:
        session = self.session
        if session is None:
            self.team_text.setText("")
            return
        busy = [lease for job in JOBS if (lease := self.main_window.leases.held_elsewhere(job)) is not None]
        where = core_text(session.store.describe())
        if session.store.location.local:
            state = self.tr("The state of this profile is kept on this computer only ({0}).").format(session.store.path.name)
        else:
            state = self.tr("The state is shared with the office: {0}.").format(where)
        lines = [lease_sentence(lease) for lease in busy] or [
            self.tr("Nobody else is pushing, exporting or downloading for this tenant now.")
        ]
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
            # The window's own sentence (the engine's stays English), naming the address the client uses.
            where = session.client.base_url if session.client is not None else profile.base_url
            connected = self.tr("Connected to Odyssee at {0}.").format(_escape(where))
            text = f"<span style='color:#2e8b57'>●</span> {connected}"
            if profile.username:
                text += " " + self.tr("Signed in as <b>{0}</b> in domain <b>{1}</b>.").format(
                    _escape(profile.username), _escape(profile.domain)
                )
        else:
            not_connected = self.tr("Not connected.")
            text = f"<span style='color:#c0392b'>●</span> <b>{not_connected}</b> {_escape(core_text(check.message))}"
        self.connection_text.setText(text)
        if not check.ok:
            for card in self.cards.values():
                card.number.setText("—")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["OVERVIEW_COUNTS", "OverviewCount", "OverviewPage"]
