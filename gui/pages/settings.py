"""Settings: the connection profiles, edited in a form, tested in the background.

The password (or pasted Authorization value) goes to the system keyring only, never to the
settings file. When the machine has no usable keyring the page says so in one sentence and
offers to use the secret for this session only (kept in memory, forgotten at exit).

Values are checked by :meth:`core.settings.Profile.validated` as the user saves or tests; its
one-sentence message is shown below the form and beside the field it names, outlined in red.
Save tests the connection first: when the test fails nothing is written (a wrong password never
replaces the good one in the keyring) until the user chooses *Save anyway*. Reading and writing
the settings file and the keyring, the connection test and the schedule run in the background
like everything else.

Edits not saved yet are never dropped without asking: leaving the page, choosing another
profile or closing the window asks Save / Discard / Cancel first (:meth:`SettingsPage.can_leave`).
The form scrolls; its buttons stay below it, in sight at any window size.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import credentials
from core.errors import UserError
from core.odata import ConnectionCheck, check_profile_connection
from core.odata.errors import OdysseeError
from core.odyssee.metadata import MetadataError
from core.services import scheduling
from core.services.profiles import MISSING, SAVED, SESSION, remove_profile, secret_status
from core.settings import (
    AUTH_HEADER,
    AUTH_PASSWORD,
    DEFAULT_BASE_URL,
    DEFAULT_NAMING_TEMPLATE,
    MAX_CONCURRENCY_CEILING,
    Profile,
    Settings,
    SettingsError,
)
from core.state import Store
from core.sync.export import EXPORT_FORMATS
from core.sync.model_check import check_profile_model
from core.sync.targets import describe_destination, kind_of
from gui.i18n import LANGUAGES, save_language, saved_language
from gui.models.news import lease_sentence
from gui.models.sentences import core_text, error_text
from gui.models.words import run_kind_text, run_status_text
from gui.pages.base import LatestTask, Page, TourStep
from gui.widgets.build import STRETCH, add_parts, button, hbox, label, lay_out, panel, vbox
from gui.widgets.empty_state import EmptyStateStack
from gui.widgets.palette import readable

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("SettingsPage", "Profile name"),
    "base_url": QT_TRANSLATE_NOOP("SettingsPage", "Base URL"),
    "domain": QT_TRANSLATE_NOOP("SettingsPage", "Domain"),
    "username": QT_TRANSLATE_NOOP("SettingsPage", "User name"),
    "auth_mode": QT_TRANSLATE_NOOP("SettingsPage", "Sign in with"),
    "erp_url": QT_TRANSLATE_NOOP("SettingsPage", "ERP database"),
    "mapping_file": QT_TRANSLATE_NOOP("SettingsPage", "Mapping file"),
    "export_to": QT_TRANSLATE_NOOP("SettingsPage", "Export completed work to"),
    "download_dir": QT_TRANSLATE_NOOP("SettingsPage", "Download folder"),
    "naming_template": QT_TRANSLATE_NOOP("SettingsPage", "File names"),
    "poll_interval_pdf": QT_TRANSLATE_NOOP("SettingsPage", "New PDFs: check every"),
    "poll_interval_completed": QT_TRANSLATE_NOOP("SettingsPage", "Completed work: check every"),
    "ca_bundle": QT_TRANSLATE_NOOP("SettingsPage", "CA bundle"),
    "auto_export": QT_TRANSLATE_NOOP("SettingsPage", "Export completed work automatically when polling"),
    "auto_download": QT_TRANSLATE_NOOP("SettingsPage", "Download new PDFs automatically when polling"),
    "export_format": QT_TRANSLATE_NOOP("SettingsPage", "Outbox file format"),
    "state_url": QT_TRANSLATE_NOOP("SettingsPage", "State database"),
    "max_concurrency": QT_TRANSLATE_NOOP("SettingsPage", "Requests at once, at most"),
    "production": QT_TRANSLATE_NOOP("SettingsPage", "Production tenant"),
    "every_minutes": QT_TRANSLATE_NOOP("SettingsPage", "Run on its own"),
}
EXPORT_FORMAT_TITLES = {"json": "JSON", "csv": "CSV"}
# What a connection or state test says, coloured by how it went.
PASSED, DOUBTFUL, FAILED = "#2e8b57", "#9a5b00", "#c0392b"
CHECK_LABELS = {
    "credentials": QT_TRANSLATE_NOOP("SettingsPage", "Wrong user name or password"),
    "unreachable": QT_TRANSLATE_NOOP("SettingsPage", "Unreachable"),
    "tls": QT_TRANSLATE_NOOP("SettingsPage", "Secure connection failed"),
    "bad_url": QT_TRANSLATE_NOOP("SettingsPage", "Wrong address"),
    "unexpected": QT_TRANSLATE_NOOP("SettingsPage", "Unexpected answer"),
}
# The field a failed connection test is about ("secret": the password or header value), and what
# the line beside it says (the test's whole answer is below the form).
CHECK_FIELDS = {"credentials": "secret", "unreachable": "base_url", "tls": "ca_bundle", "bad_url": "base_url", "unexpected": "base_url"}
CHECK_HINTS = {
    "credentials": QT_TRANSLATE_NOOP("SettingsPage", "Odyssee refused this password: check it, the user name and the domain."),
    "unreachable": QT_TRANSLATE_NOOP("SettingsPage", "Nothing answered at this address: check it, and that this computer can reach it."),
    "tls": QT_TRANSLATE_NOOP("SettingsPage", "The secure connection failed: behind a company proxy, give its CA bundle here."),
    "bad_url": QT_TRANSLATE_NOOP("SettingsPage", "This is not the address of an Odyssee API: it usually ends in /api."),
    "unexpected": QT_TRANSLATE_NOOP("SettingsPage", "Something answered at this address, but not as Odyssee does."),
}
KEY_REFUSED = QT_TRANSLATE_NOOP("SettingsPage", "Odyssee refused this API key: check it, the user name and the domain.")
# Whole sentences for each kind of secret (a password, a pasted API key): the words differ in gender.
NO_PASSWORD = QT_TRANSLATE_NOOP("SettingsPage", "Type the password first: none is saved for this profile.")
NO_KEY = QT_TRANSLATE_NOOP("SettingsPage", "Type the API key first: none is saved for this profile.")
# Whether this version's profiles know the production flag (added beside this page, in core.settings).
HAS_PRODUCTION_FLAG = "production" in {spec.name for spec in dataclasses.fields(Profile)}
SHORTEST_POLL_SECONDS = 10
LONGEST_POLL_SECONDS = 7 * 24 * 3600


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


def field_label(name: str) -> str:
    """A field's title on the form, in the window's language (its name when it has none)."""
    return _tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def _no_secret(profile: Profile) -> str:
    return _tr(NO_KEY if profile.auth_mode == AUTH_HEADER else NO_PASSWORD)


def explain_settings_error(error: SettingsError) -> tuple[str, str | None]:
    """(sentence for the form, the field it is about) from a SettingsError about a profile."""
    problem = core_text(error.problem).strip()
    problem = problem[0].upper() + problem[1:] if problem else problem
    if error.field is None:
        return problem.rstrip(".") + ".", None
    return QCoreApplication.translate("SettingsPage", "{0}: {1}.").format(field_label(error.field), problem.rstrip(".")), error.field


def minutes_text(seconds: int) -> str:
    """An interval as an office user reads it: "5 min", "1 min 30 s", "45 s"."""
    minutes, rest = divmod(int(seconds), 60)
    if not rest:
        return f"{minutes} min"
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


def seconds_from_text(text: str) -> int | None:
    """The seconds in "5", "5 min", "2.5 min", "2 min 30 s" or "45 s" (a bare number: minutes)."""
    words = text.strip().lower()
    found = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes?)?(?:\s*(\d+)\s*(?:s|sec|seconds?))?", words)
    if found:
        return round(float(found.group(1).replace(",", ".")) * 60) + int(found.group(2) or 0)
    found = re.fullmatch(r"(\d+)\s*(?:s|sec|seconds?)", words)
    return int(found.group(1)) if found else None


class MinutesBox(QSpinBox):
    """An interval shown and typed in minutes ("5 min", "2 min 30 s"), kept in whole seconds, so
    a profile's 90 seconds stays 90. The arrows step by whole minutes."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(SHORTEST_POLL_SECONDS, LONGEST_POLL_SECONDS)
        self.setSingleStep(60)
        self.setToolTip(QCoreApplication.translate("SettingsPage", 'In minutes: type 5, or 2.5 or "2 min 30 s" for part of a minute.'))

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt's name)
        return minutes_text(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802
        seconds = seconds_from_text(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, position: int):
        seconds = seconds_from_text(text)
        if seconds is not None and self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Acceptable, text, position
        if re.fullmatch(r"[\d\s.,a-zA-Z]*", text):
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Invalid, text, position

    def stepBy(self, steps: int) -> None:  # noqa: N802
        minutes, rest = divmod(self.value(), 60)
        if rest and steps < 0:
            steps += 1  # from 2 min 30 s, down is 2 min
        self.setValue(max(self.minimum(), min(self.maximum(), (minutes + steps) * 60)))


class FormScroll(QScrollArea):
    """The form, scrolling up and down in the width it is given; ``on_width`` hears that width
    as it changes (the page lays the form out in one column or two)."""

    def __init__(self, content: QWidget, on_width: Callable[[int], None]) -> None:
        super().__init__()
        self._on_width = on_width
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # The width with the scroll bar in, shown or not: a layout that fits does with it too.
        self._on_width(event.size().width() - self.verticalScrollBar().sizeHint().width())


@dataclass(frozen=True)
class ScheduleState:
    """What the computer's scheduler has of a profile: its interval in minutes (None: nothing),
    and what the last change of it left to do (the Schedule's note)."""

    name: str
    every: int | None
    note: str = ""
    problem: str = ""  # why the last change failed, one sentence


@dataclass(frozen=True)
class SaveOutcome:
    profile: Profile
    secret_saved: bool
    keyring_problem: str | None  # the KeyringUnavailable sentence, when the keyring failed
    listing: "ProfileList"
    erp_password_note: str = ""  # where the ERP password went, when one was typed
    state_password_note: str = ""  # likewise for the shared state database's password
    schedule: ScheduleState | None = None  # the schedule after the save, when the form has one


@dataclass(frozen=True)
class DeleteOutcome:
    name: str
    keyring_note: str  # what happened to the saved passwords, one sentence
    listing: "ProfileList"


@dataclass(frozen=True)
class ProfileList:
    profiles: dict[str, Profile]
    current: str | None
    language: str | None = None  # the language chosen in Settings ("": the system's), when it was read


class SettingsPage(Page):
    key = "settings"
    title = "Settings"
    keeps_messages = True

    def __init__(self, window) -> None:
        super().__init__(window)
        self._profiles: dict[str, Profile] = {}
        self._current: str | None = None
        self._editing: Profile | None = None  # the saved profile behind the form, None for a new one
        self._pending_secret: tuple[str, str] | None = None  # (profile, secret) awaiting "session only"
        self._loaded = False
        self._shown_state: dict[str, object] = {}  # the form as last shown or saved: what "unsaved edits" differ from
        self._schedule: ScheduleState | None = None  # the shown profile's schedule, once read
        self._after_save: Callable[[], None] | None = None  # where the user was going when asked to save
        self._refused: str = ""  # why the last Save was refused (its connection test failed)
        self.leave_question: QMessageBox | None = None  # Save / Discard / Cancel, while it is open
        self._field_notes: dict[str, tuple[QFormLayout, QLabel]] = {}
        self._leave_then: Callable[[], None] | None = None
        self._new_chosen = False  # the user asked for a blank form: a list read leaves it blank
        self._shown_schedule: int | None = None
        self._saving = False
        self._schedule_read = LatestTask(self)
        self._schedule_notes: dict[str, ScheduleState] = {}  # by profile: what installing its schedule said
        self._changing_session = False
        self._progress_task = None  # the task the progress line follows, with its text
        self._progress_shown: tuple = ()

        # --- profile list ---
        self.profile_list = QListWidget()
        self.profile_list.setMaximumWidth(180)
        self.profile_stack = EmptyStateStack(
            self.profile_list, self.tr("No profile yet: “New profile” sets up the connection to Odyssee and your ERP."),
        )
        self.profile_stack.setMaximumWidth(180)
        self.new_button = button(self.tr("New profile"), self.new_profile)
        self.open_button = button(
            self.tr("Open this profile"), self.open_selected, tooltip=self.tr("Work with this profile in this window"),
        )
        self.delete_button = button(self.tr("Delete profile"), self.delete_selected)
        # The window's language is not a profile's: it is saved as soon as it is chosen.
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)  # each language in its own words
        self.language_box.setMaximumWidth(180)
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.currentIndexChanged.connect(lambda _index: self._language_chosen())
        language_note = label(self.tr("Applies the next time the window opens."), role="muted", wrap=True)
        language_note.setMaximumWidth(180)
        left = vbox(
            label(self.tr("Profiles"), role="sectionTitle"),
            (self.profile_stack, 1),
            self.new_button,
            self.open_button,
            self.delete_button,
            12,
            label(self.tr("Language"), role="sectionTitle"),
            self.language_box,
            language_note,
        )

        # --- the form ---
        self.fields: dict[str, QWidget] = {}
        self.name_edit = self._line("name", self.tr("e.g. Production"))
        self.base_url_edit = self._line("base_url", DEFAULT_BASE_URL)
        self.domain_edit = self._line("domain", self.tr("the domain you sign in to Odyssee with"))
        self.username_edit = self._line("username", self.tr("e.g. APIUser"))
        self.auth_box = QComboBox()
        self.auth_box.addItem(self.tr("Password"), AUTH_PASSWORD)
        self.auth_box.addItem(self.tr("Pasted Authorization header (API key)"), AUTH_HEADER)
        # As narrow as a short field: its longest choice must not widen the whole column.
        self.auth_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.auth_box.setMinimumContentsLength(12)
        self.fields["auth_mode"] = self.auth_box
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.textEdited.connect(lambda _text: self._clear_problem())
        self.secret_label = QLabel(self.tr("Password"))
        self.secret_note = label(role="muted", wrap=True)
        self.production_box: QCheckBox | None = None
        if HAS_PRODUCTION_FLAG:
            self.production_box = QCheckBox(self.tr("Production tenant (real customers and technicians)"))
            self.fields["production"] = self.production_box
        self.erp_edit = self._line("erp_url", self.tr("sqlite:///C:/ERP/erp.db  or  postgresql://user@host/erp"))
        self.erp_password_edit = QLineEdit()
        self.erp_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.erp_password_edit.setPlaceholderText(self.tr("only when the address names a user"))
        self.mapping_edit = self._line("mapping_file", self.tr("the built-in default mapping"))
        self.export_edit = self._line("export_to", self.tr("the ERP database's staging tables, a folder or https://…"))
        self.export_where = label(role="muted", wrap=True)
        self.download_edit = self._line("download_dir", self.tr("a folder for job approval PDFs"))
        self.template_edit = self._line("naming_template", DEFAULT_NAMING_TEMPLATE)
        self.concurrency_box = QSpinBox()
        self.concurrency_box.setRange(1, MAX_CONCURRENCY_CEILING)
        self.concurrency_box.setToolTip(self.tr(
            "The program finds how many requests Odyssee takes at once by itself, and never sends more "
            "than this. Lower it if your Odyssee or its proxy is shared with other programs."
        ))
        self.fields["max_concurrency"] = self.concurrency_box
        self.pdf_interval = self._minutes("poll_interval_pdf")
        self.completed_interval = self._minutes("poll_interval_completed")
        self.ca_edit = self._line("ca_bundle", self.tr("only for company proxies with their own certificates"))
        self.auto_export_box = QCheckBox(field_label("auto_export"))
        self.auto_export_box.setToolTip(self.tr(
            "Without it, the background check only counts the approvals ready for the ERP; "
            "you export them from the Work page."
        ))
        self.fields["auto_export"] = self.auto_export_box
        self.auto_download_box = QCheckBox(field_label("auto_download"))
        self.auto_download_box.setToolTip(self.tr(
            "While the window or its tray icon is open, new job approval PDFs are saved in the download folder "
            "without you pressing Download. Off until you turn it on."
        ))
        self.fields["auto_download"] = self.auto_download_box
        self.export_format_box = QComboBox()
        for export_format in EXPORT_FORMATS:
            self.export_format_box.addItem(EXPORT_FORMAT_TITLES.get(export_format, export_format.upper()), export_format)
        self.fields["export_format"] = self.export_format_box

        odyssee = QGroupBox("Odyssee")
        odyssee_form = self._form(odyssee)
        self._row(odyssee_form, field_label("name"), self.name_edit, "name")
        self._row(odyssee_form, field_label("base_url"), self.base_url_edit, "base_url")
        self._row(odyssee_form, field_label("domain"), self.domain_edit, "domain")
        self._row(odyssee_form, field_label("username"), self.username_edit, "username")
        self._row(odyssee_form, field_label("auth_mode"), self.auth_box, "auth_mode")
        self._row(odyssee_form, self.secret_label, self.secret_edit, "secret")
        odyssee_form.addRow("", self.secret_note)
        self._row(odyssee_form, field_label("ca_bundle"), self._with_browse(self.ca_edit, "file"), "ca_bundle")
        self._row(odyssee_form, field_label("max_concurrency"), self.concurrency_box, "max_concurrency")
        if self.production_box is not None:
            self._row(odyssee_form, None, self.production_box, "production")  # the whole row: a long sentence

        erp = QGroupBox("ERP")
        erp_form = self._form(erp)
        self._row(erp_form, field_label("erp_url"), self.erp_edit, "erp_url")
        erp_form.addRow(self.tr("ERP password"), self.erp_password_edit)
        self._row(erp_form, field_label("mapping_file"), self._with_browse(self.mapping_edit, "file"), "mapping_file")
        self._row(erp_form, field_label("export_to"), self.export_edit, "export_to")
        erp_form.addRow("", self.export_where)
        self._row(erp_form, field_label("export_format"), self.export_format_box, "export_format")
        format_hint = self.tr("Used only when completed work goes to a folder (the outbox), not to a database.")
        erp_form.addRow("", label(format_hint, role="muted", wrap=True))

        self.state_edit = self._line("state_url", self.tr("empty: this computer only"))
        self.state_edit.setToolTip(self.tr(
            "A database the whole office shares for what was pushed, exported and downloaded, and for "
            "who is at work: e.g. postgresql+psycopg://sync@erp-db/erp?schema=odyssee_sync. "
            "Every workstation of this tenant and ERP gives the same address."
        ))
        self.state_password_edit = QLineEdit()
        self.state_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.state_password_edit.setPlaceholderText(self.tr("only when the address names a user"))
        self.state_test_button = button(
            self.tr("Test"), self.test_state, tooltip=self.tr("Open the state database with these settings and say who is at work"),
        )
        self.state_test_result = label(wrap=True, selectable=True)
        self.state_test_result.hide()  # until a test has something to say
        team = QGroupBox(self.tr("Shared with the office"))
        team_layout = QVBoxLayout(team)
        team_fields = QFormLayout()
        state_row = panel((self.state_edit, 1), self.state_test_button, across=True)
        self._row(team_fields, field_label("state_url"), state_row, "state_url")
        team_fields.addRow(self.tr("State password"), self.state_password_edit)
        team_layout.addLayout(team_fields)
        team_hint = label(
            self.tr(
                "With a shared state, several workstations and a scheduled task work as one: each record is "
                "created once, each approval exported once, each PDF filed once, and everyone sees who is at work. "
                "To move this computer's history there, run odyssee-sync state migrate --to ADDRESS."
            ),
            role="muted",
            wrap=True,
        )
        # Word-wrapped labels go below the form: in a form row Qt leaves large gaps around them.
        add_parts(team_layout, [self.state_test_result, team_hint])

        pdfs = QGroupBox(self.tr("Job approval PDFs and polling"))
        pdf_form = self._form(pdfs)
        self._row(pdf_form, field_label("download_dir"), self._with_browse(self.download_edit, "folder"), "download_dir")
        self._row(pdf_form, field_label("naming_template"), self.template_edit, "naming_template")
        template_hint = self.tr("Placeholders such as {job_reference} and {file_name}; a / makes a sub-folder.")
        pdf_form.addRow("", label(template_hint, role="muted", wrap=True))
        self._row(pdf_form, field_label("poll_interval_pdf"), self.pdf_interval, "poll_interval_pdf")
        self._row(pdf_form, field_label("poll_interval_completed"), self.completed_interval, "poll_interval_completed")
        pdf_form.addRow(self.auto_download_box)  # the whole row: its sentence is longer than a field
        pdf_form.addRow(self.auto_export_box)

        # --- running on its own, with no one logged in (core.services.scheduling) ---
        self.schedule_box = QCheckBox(self.tr("Run on its own, every"))
        self.schedule_minutes = QSpinBox()
        self.schedule_minutes.setRange(1, scheduling.MAX_EVERY_MINUTES)
        self.schedule_minutes.setValue(scheduling.DEFAULT_EVERY_MINUTES)
        self.schedule_minutes.setSuffix(" min")
        self.fields["every_minutes"] = self.schedule_minutes
        self.schedule_status = label(role="muted", wrap=True, selectable=True)
        self.schedule_box.toggled.connect(self.schedule_minutes.setEnabled)
        self.schedule_minutes.setEnabled(False)
        schedule_hint = label(
            self.tr(
                "Each round exports completed work and downloads new PDFs. The operating system's scheduler "
                "starts it, also when this window is closed (and with no one logged in, where the computer allows it)."
            ),
            role="muted",
            wrap=True,
        )
        schedule = QGroupBox(self.tr("Run automatically"))
        lay_out(
            schedule,
            hbox(self.schedule_box, self.schedule_minutes, STRETCH),
            schedule_hint,
            self.schedule_status,
            STRETCH,
            margins=(9, 9, 9, 9),
        )
        if window.demo is not None:
            schedule.setEnabled(False)
            schedule.setToolTip(self.tr("Not in the demo: its Odyssee runs only while this window is open."))

        self.form_error = label(role="fieldError", wrap=True)
        self.form_error.hide()
        self.test_result = label(wrap=True, selectable=True)
        self.test_button = button(self.tr("Test connection"), self.test_connection)
        self.save_anyway_button = button(
            self.tr("Save anyway"), self.save_anyway, tooltip=self.tr("Save these settings although the connection test failed"),
        )
        self.save_anyway_button.hide()  # until a Save is refused
        self.save_button = button(
            self.tr("Save"), self.save, default=True, tooltip=self.tr("Test the connection, then save the profile"),
        )

        self._columns = QGridLayout()
        self._columns.setHorizontalSpacing(12)
        self._columns.setVerticalSpacing(12)
        self._groups = (odyssee, erp, pdfs, team, schedule)
        self._two_columns: bool | None = None
        self._arrange_groups(two_columns=True)
        self.form_scroll = FormScroll(panel(self._columns, STRETCH), self._fit_groups)
        # The buttons stay below the scrolling form: in sight however small the window.
        self.test_result.hide()  # until a test has something to say
        buttons = hbox(STRETCH, self.test_button, self.save_anyway_button, self.save_button)
        right = vbox((self.form_scroll, 1), self.form_error, self.test_result, buttons)
        self.body.addLayout(hbox(left, (right, 1), spacing=16), 1)

        self.profile_list.currentItemChanged.connect(self._profile_chosen)
        self.export_edit.textChanged.connect(self._export_target_changed)
        self.export_format_box.currentIndexChanged.connect(lambda _index: self._export_target_changed())
        self.auth_box.currentIndexChanged.connect(self._auth_mode_changed)
        self._show_profile(None)

    # --- building the form -----------------------------------------------------------------------

    def _arrange_groups(self, *, two_columns: bool) -> None:
        """The groups in two columns (Odyssee beside the ERP, the schedule beside the PDFs), or one
        below the other."""
        if two_columns == self._two_columns:
            return
        self._two_columns = two_columns
        odyssee, erp, pdfs, team, schedule = self._groups
        for group in self._groups:
            self._columns.removeWidget(group)
        if two_columns:
            places = [(odyssee, 0, 0, 1, 1), (erp, 0, 1, 1, 1), (schedule, 1, 0, 1, 1), (pdfs, 1, 1, 1, 1), (team, 2, 0, 1, 2)]
        else:
            places = [(group, row, 0, 1, 1) for row, group in enumerate(self._groups)]
        for group, *place in places:
            self._columns.addWidget(group, *place)
        self._columns.setColumnStretch(0, 1)
        self._columns.setColumnStretch(1, 1 if two_columns else 0)

    def _fit_groups(self, width: int) -> None:
        """Two columns when the form's ``width`` holds them side by side, else one."""
        odyssee, erp, pdfs = self._groups[:3]
        side_by_side = odyssee.minimumSizeHint().width() + self._columns.horizontalSpacing() + max(
            erp.minimumSizeHint().width(), pdfs.minimumSizeHint().width()
        )
        self._arrange_groups(two_columns=width >= side_by_side)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text: self._clear_problem())
        self.fields[name] = edit
        return edit

    def _minutes(self, name: str) -> MinutesBox:
        box = MinutesBox()
        self.fields[name] = box
        return box

    def _row(self, form: QFormLayout, title, widget: QWidget, field_name: str) -> None:
        """A row of the form (``title`` None: the widget across it), and below it a line (hidden
        until needed) for what is wrong with it."""
        if title is None:
            form.addRow(widget)
        else:
            form.addRow(title, widget)
        note = label(role="fieldError", wrap=True)
        form.addRow("", note)
        form.setRowVisible(note, False)
        self._field_notes[field_name] = (form, note)

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _with_browse(self, edit: QLineEdit, kind: str) -> QWidget:
        return panel((edit, 1), button(self.tr("Browse…"), lambda: self._browse(edit, kind)), across=True)

    def _browse(self, edit: QLineEdit, kind: str) -> None:
        if kind == "folder":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), edit.text())
        if chosen:
            edit.setText(chosen)
            self._clear_problem()

    # --- page hooks ------------------------------------------------------------------------------

    def set_session(self, session) -> None:
        # What this page runs (the list, the keyring, a test, a save) is not the open profile's
        # work: a profile opening meanwhile (the one just saved) lets it finish.
        self._changing_session = True
        try:
            super().set_session(session)
        finally:
            self._changing_session = False
        if self._progress_task is not None and self._progress_task.running:
            self.progress.track(*self._progress_shown)  # the line the session change hid

    def task_owners(self) -> list:
        return [] if self._changing_session else [self]

    def _run_shown(self, work, on_done, *, text: str, **options):
        """:meth:`run` with the progress line ``text``, kept in sight when a profile opens meanwhile."""
        task = self.run(work, on_done, progress=text, with_session=False, **options)
        if task is not None:
            self._progress_task, self._progress_shown = task, (task, text)
        return task

    def on_session(self, session) -> None:
        self._mark_open_profile()
        if not self._loaded or session is not None:
            # The list again (the profile may be new); the form stays on the profile it shows.
            self.reload_profiles()

    def on_shown(self, first: bool) -> None:
        if not self._loaded:
            self.reload_profiles()

    def open_with(self, new_profile: bool = False, welcome: bool = False, **options) -> None:
        if new_profile:
            self.new_profile()
        if welcome:
            self.banner.show_message(self.tr(
                "Welcome. Set up the connection to your Odyssee tenant: its address, your domain, "
                "user name and password (kept in the system keyring, never in a file)."
            ), kind="info")

    def tour_steps(self) -> list[TourStep]:
        # The smallest window the page is made for first, then the usual size again.
        return [
            ("1024x700", [self._tour_small_window, self.reload_profiles, self._test_shown_profile]),
            ("", [self._tour_window_back]),
        ]

    def _tour_small_window(self) -> None:
        self._tour_size = self.main_window.size()
        self.main_window.resize(1024, 700)

    def _tour_window_back(self) -> None:
        self.main_window.resize(getattr(self, "_tour_size", self.main_window.size()))

    def _test_shown_profile(self) -> None:
        if self._editing is not None:
            self.test_connection()

    # --- unsaved edits ---------------------------------------------------------------------------

    def has_unsaved_edits(self) -> bool:
        """Whether the form differs from the profile it shows (or, for a new one, from blank)."""
        return self._form_state() != self._shown_state or self._schedule_state() != self._shown_schedule

    def can_leave(self, then: Callable[[], None]) -> bool:
        """Whether the user may leave the form now (another page, another profile, closing).

        With unsaved edits, no: Save / Discard / Cancel is asked (a dialog that does not block)
        and ``then`` is called once the edits are saved or discarded; Cancel stays here."""
        if not self.has_unsaved_edits():
            return True
        self._ask_to_leave(then)
        return False

    def _ask_to_leave(self, then: Callable[[], None]) -> None:
        self._leave_then = then  # asked again meanwhile: the newest destination counts
        if self.leave_question is not None:
            return
        name = self.name_edit.text().strip()
        if self._editing is not None:
            question = self.tr('Save your changes to the profile "{0}"?').format(self._editing.name)
        else:
            question = self.tr('Save the new profile "{0}"?').format(name) if name else self.tr("Save the new profile?")
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved settings"), question, buttons.Save | buttons.Discard | buttons.Cancel, self)
        box.setInformativeText(self.tr(
            "Changed, not saved yet: {0}.\n\nSave tests the connection first, then saves; Discard forgets the changes."
        ).format(", ".join(self._changed_titles())))
        box.setDefaultButton(buttons.Save)
        box.finished.connect(lambda _result: self._leave_answered(box))
        self.leave_question = box
        box.open()

    def _leave_answered(self, box: QMessageBox) -> None:
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() else QMessageBox.StandardButton.Cancel
        self.leave_question = None
        box.deleteLater()
        then, self._leave_then = self._leave_then, None
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=then)
        elif answer == QMessageBox.StandardButton.Discard:
            self._show_profile(self._editing)  # the form as saved: nothing is left to ask about
            then()
        else:
            self._highlight(self._editing.name if self._editing else None)

    def _form_state(self) -> dict[str, object]:
        """What the form holds, by field ("secret" and the other passwords: whether one is typed)."""
        values: dict[str, object] = {}
        for name, widget in self.fields.items():
            if name == "every_minutes":
                continue  # the schedule's part: _schedule_state
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                values[name] = widget.value()
        typed = {"secret": self.secret_edit, "erp_password": self.erp_password_edit, "state_password": self.state_password_edit}
        values.update((name, bool(edit.text())) for name, edit in typed.items())
        return values

    def _changed_titles(self) -> list[str]:
        """The names of the fields the user changed, as the form shows them."""
        shown, now = self._shown_state, self._form_state()
        titles = {"secret": self.secret_label.text(), "erp_password": self.tr("ERP password"), "state_password": self.tr("State password")}
        changed = [titles.get(name) or field_label(name) for name in now if now[name] != shown.get(name)]
        if self._schedule_state() != self._shown_schedule:
            changed.append(field_label("every_minutes"))
        return [title.split(":")[0].strip() for title in changed]  # "New PDFs: check every": "New PDFs"

    def _schedule_state(self) -> int | None:
        """The schedule the form asks for: every so many minutes, or None (none)."""
        return self.schedule_minutes.value() if self.schedule_box.isChecked() else None

    def _remember_shown(self) -> None:
        self._shown_state = self._form_state()
        self._shown_schedule = self._schedule_state()

    # --- profiles --------------------------------------------------------------------------------

    def reload_profiles(self, select: str | None = None) -> None:
        def read(control) -> ProfileList:
            settings = Settings.load()
            return ProfileList(dict(settings.profiles), settings.current_name, saved_language())

        self.run(read, lambda listing: self._profiles_read(listing, select), label=self.tr("Reading the profiles"), with_session=False)

    def _profiles_read(self, listing: ProfileList, select: str | None) -> None:
        self._loaded = True
        if listing.language is not None:
            self._show_language(listing.language)
        self._profiles = listing.profiles
        self._current = listing.current
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for name in listing.profiles:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)
        if listing.profiles:
            self.profile_stack.show_content()
        else:
            self.profile_stack.show_empty()
        self._mark_open_profile()
        if self.has_unsaved_edits():  # the user's edits stay: only the list is new
            self._highlight(self._editing.name if self._editing else None)
            return
        wanted = select or (self._editing.name if self._editing else None)
        if wanted is None and not self._new_chosen:
            wanted = self.session.name if self.session else listing.current
        if wanted in listing.profiles:
            self._select_in_list(wanted)
        elif listing.profiles and not self._new_chosen:
            self._select_in_list(next(iter(listing.profiles)))
        self._update_list_buttons()

    def _select_in_list(self, name: str) -> None:
        """Show the saved profile ``name`` (its row chosen in the list)."""
        if name in self._profiles and self._highlight(name):
            self._show_profile(self._profiles[name])

    def _highlight(self, name: str | None) -> bool:
        """Choose the row of ``name`` (None: no row) without showing it; whether it is there."""
        found = None
        for row in range(self.profile_list.count()):
            item = self.profile_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                found = item
        self.profile_list.blockSignals(True)
        if found is None:
            self.profile_list.clearSelection()
        self.profile_list.setCurrentItem(found)
        self.profile_list.blockSignals(False)
        self._update_list_buttons()
        return found is not None

    def _mark_open_profile(self) -> None:
        open_name = self.session.name if self.session else None
        for row in range(self.profile_list.count()):
            item = self.profile_list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setText(self.tr("{0}  (open)").format(name) if name == open_name else name)
            font = item.font()
            font.setBold(name == open_name)
            item.setFont(font)
        self._update_list_buttons()

    # --- the window's language -------------------------------------------------------------------

    def _show_language(self, code: str) -> None:
        self.language_box.blockSignals(True)  # shown, not chosen: nothing to save
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(code if code in LANGUAGES else "")))
        self.language_box.blockSignals(False)

    def _language_chosen(self) -> None:
        code = self.language_box.currentData()
        self.run(lambda control: save_language(code), label=self.tr("Saving the language"), with_session=False)

    def _selected_name(self) -> str | None:
        item = self.profile_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_list_buttons(self) -> None:
        name = self._selected_name()
        open_name = self.session.name if self.session else None
        self.open_button.setEnabled(name is not None)
        self.delete_button.setEnabled(name is not None and name != open_name)
        if name is not None and name == open_name:
            self.delete_button.setToolTip(
                self.tr('"{0}" is open in this window: open another profile first, then delete this one.').format(name)
            )
        else:
            self.delete_button.setToolTip(self.tr("Delete the selected profile and its saved passwords"))

    def _profile_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            self._update_list_buttons()
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        if not self.can_leave(lambda: self._select_in_list(name)):
            self._highlight(self._editing.name if self._editing else None)  # the form still shows that one
            return
        self._update_list_buttons()
        if name in self._profiles:
            self._show_profile(self._profiles[name])

    def new_profile(self) -> None:
        """A blank form for a new profile (after asking, when the form has unsaved edits)."""
        if not self.can_leave(self.new_profile):
            return
        self._new_chosen = True
        self._highlight(None)
        self._show_profile(None)

    def _show_profile(self, profile: Profile | None) -> None:
        self._editing = profile
        if profile is not None:
            self._new_chosen = False
        shown = profile or Profile(name="")
        self.name_edit.setText(shown.name)
        self.name_edit.setReadOnly(profile is not None)
        self.name_edit.setToolTip(self.tr("The keyring keeps the password under this name.") if profile else "")
        self.base_url_edit.setText(shown.base_url if profile else "")
        self.domain_edit.setText(shown.domain)
        self.username_edit.setText(shown.username)
        self.auth_box.setCurrentIndex(max(0, self.auth_box.findData(shown.auth_mode)))
        self.secret_edit.clear()
        self.erp_edit.setText(shown.erp_url or "")
        self.erp_password_edit.clear()
        self.mapping_edit.setText(shown.mapping_file or "")
        self.export_edit.setText(shown.export_to or "")
        self.auto_export_box.setChecked(shown.auto_export)
        self.auto_download_box.setChecked(shown.auto_download is True)
        self.export_format_box.setCurrentIndex(max(0, self.export_format_box.findData(shown.export_format)))
        self.download_edit.setText(shown.download_dir or "")
        self.template_edit.setText(shown.naming_template if profile else "")
        self.concurrency_box.setValue(shown.max_concurrency)
        self.pdf_interval.setValue(shown.poll_interval_pdf)
        self.completed_interval.setValue(shown.poll_interval_completed)
        self.ca_edit.setText(shown.ca_bundle or "")
        self.state_edit.setText(shown.state_url or "")
        self.state_password_edit.clear()
        if self.production_box is not None:
            self.production_box.setChecked(bool(getattr(shown, "production", False)))
        _show_result(self.state_test_result, "")
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # long paths show their beginning
        _show_result(self.test_result, "")
        self._clear_problem()
        self._auth_mode_changed()
        self._export_target_changed()
        self._schedule_read.cancel()
        self.schedule_box.setChecked(False)
        self.schedule_minutes.setValue(scheduling.DEFAULT_EVERY_MINUTES)
        self._remember_shown()
        if self.main_window.demo is not None:
            self._show_schedule_sentence(self.tr("Not in the demo: its Odyssee runs only while this window is open."))
        elif profile is None:
            self._show_schedule_sentence(self.tr("Set up when the profile is saved."))
        else:
            self._show_schedule_sentence(self.tr("Looking for a schedule on this computer…"))
            self._schedule_read.run(
                lambda control: ScheduleState(profile.name, scheduling.installed_every(profile.name)),
                self._show_schedule,
                label=self.tr("Reading the schedule"),
                with_session=False,
            )
        if profile is None:
            self.secret_note.setText("")
            self.secret_edit.setPlaceholderText("")
        else:
            self.secret_note.setText(self.tr("Looking in the keyring…"))
            self.run(
                lambda control: _secret_state(profile), self._show_secret_state, label=self.tr("Reading the keyring"),
                with_session=False,
            )

    def _show_secret_state(self, state: tuple[str, str]) -> None:
        name, note, saved = state
        if self._editing is not None and self._editing.name == name:
            self.secret_note.setText(note)
            self.secret_edit.setPlaceholderText(self.tr("saved — type to replace") if saved else "")

    # --- running on its own ----------------------------------------------------------------------

    def _show_schedule(self, state: ScheduleState) -> None:
        """What the computer's scheduler has of the shown profile (the boxes too, unless edited)."""
        if self._editing is None or self._editing.name != state.name:
            return
        said = self._schedule_notes.get(state.name)
        if said is not None and said.every == state.every and not (state.note or state.problem):
            state = said  # what installing it said still holds (e.g. written, but not enabled)
        if self._schedule_state() == self._shown_schedule:
            self.schedule_box.setChecked(state.every is not None)
            self.schedule_minutes.setValue(state.every or scheduling.DEFAULT_EVERY_MINUTES)
            self._shown_schedule = self._schedule_state()
        if state.problem:
            self._show_schedule_sentence(self.tr("✖ The schedule is not changed: {0}").format(state.problem), FAILED)
            return
        if state.every is None:
            self._show_schedule_sentence(
                self.tr("Not set up on this computer: completed work and PDFs come in while this window is open.")
            )
        elif state.note:  # e.g. written, but not enabled: what is left to do
            self._show_schedule_sentence(self.tr("Every {0} min. {1}").format(state.every, state.note), DOUBTFUL)
        else:
            self._show_schedule_sentence(self.tr("Set up on this computer: a round every {0} min.").format(state.every), PASSED)

    def _show_schedule_sentence(self, text: str, colour: str = "") -> None:
        _show_result(self.schedule_status, text, colour)

    # --- the rest of the form --------------------------------------------------------------------

    def _export_target_changed(self, _text: str = "") -> None:
        text = self.export_edit.text()
        # A database target gets rows in its staging tables; the outbox format is for folders only.
        self.export_format_box.setEnabled(kind_of(text).uses_outbox_format)
        if text.strip():
            where = core_text(describe_destination(text, export_format=self.export_format_box.currentData()))
            self.export_where.setText(self.tr("Completed work goes to: {0}.").format(where))
        else:
            self.export_where.setText(self.tr("No export target yet: completed work is not written anywhere."))

    def _auth_mode_changed(self, _index: int = 0) -> None:
        header_mode = self.auth_box.currentData() == AUTH_HEADER
        self.secret_label.setText(self.tr("Header value") if header_mode else self.tr("Password"))
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)

    def open_selected(self) -> None:
        item = self.profile_list.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)

        def make_current(control) -> None:
            settings = Settings.load()
            settings.use(name)
            settings.save()

        self.run(make_current, lambda _result: self.main_window.open_profile(name), label=self.tr("Choosing the profile"), with_session=False)

    def delete_selected(self) -> None:
        """Delete the selected profile after asking: settings entry and keyring entries; the
        local state file stays (its history is still there if the profile is set up again)."""
        name = self._selected_name()
        if name is None or name not in self._profiles:
            return
        if self.session is not None and self.session.name == name:
            self.banner.show_message(
                self.tr('"{0}" is open in this window and cannot be deleted: open another profile first.').format(name),
                kind="warning",
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete profile"),
            self.tr(
                'Delete the profile "{0}"?\n\n'
                "Its saved passwords (Odyssee, ERP and state database) are deleted from the system keyring, "
                "and its schedule from this computer, if it has one. "
                "Its state is kept (journal, downloads, watermarks): on this computer, or in the database "
                "the office shares."
            ).format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        def delete(control) -> DeleteOutcome:
            removed = remove_profile(name)
            if removed.keyring_missing:
                note = " " + QCoreApplication.translate("SettingsPage", "No system keyring is available, so there were no saved passwords to delete.")
            elif removed.keyring_problem:  # the profile is gone either way: say so
                note = " " + QCoreApplication.translate("SettingsPage", "Its saved passwords may still be in the keyring: {0}").format(removed.keyring_problem)
            else:
                note = " " + QCoreApplication.translate("SettingsPage", "Its saved passwords are deleted from the keyring.") if removed.secrets_deleted else ""
            if removed.schedule_note:
                note += f" {removed.schedule_note}"
            settings = removed.settings
            return DeleteOutcome(name, note, ProfileList(dict(settings.profiles), settings.current_name))

        self._run_shown(delete, self._deleted, label=self.tr("Deleting the profile"), text=self.tr("Deleting…"))

    def _deleted(self, outcome: DeleteOutcome) -> None:
        self._profiles.pop(outcome.name, None)
        if self._editing is not None and self._editing.name == outcome.name:
            self._show_profile(None)  # its edits went with it
        self.banner.show_message(
            self.tr('Profile "{0}" is deleted.{1} Its local state file is kept.').format(outcome.name, outcome.keyring_note),
            kind="success",
        )
        self._profiles_read(outcome.listing, None)


    # --- reading the form ------------------------------------------------------------------------

    def form_profile(self) -> Profile | None:
        """The profile the form describes, checked; None (with the problem shown) when invalid."""
        base = self._editing or Profile(name="")
        flags = {"production": self.production_box.isChecked()} if self.production_box is not None else {}
        try:
            profile = dataclasses.replace(
                base,
                name=self.name_edit.text(),
                base_url=self.base_url_edit.text().strip() or DEFAULT_BASE_URL,
                domain=self.domain_edit.text(),
                username=self.username_edit.text(),
                auth_mode=self.auth_box.currentData(),
                erp_url=self.erp_edit.text().strip() or None,
                mapping_file=self.mapping_edit.text().strip() or None,
                export_to=self.export_edit.text().strip() or None,
                download_dir=self.download_edit.text().strip() or None,
                naming_template=self.template_edit.text().strip() or DEFAULT_NAMING_TEMPLATE,
                max_concurrency=self.concurrency_box.value(),
                poll_interval_pdf=self.pdf_interval.value(),
                poll_interval_completed=self.completed_interval.value(),
                ca_bundle=self.ca_edit.text().strip() or None,
                state_url=self.state_edit.text().strip() or None,
                auto_export=self.auto_export_box.isChecked(),
                # Unticked and never answered stays unanswered: the window asks when it opens the profile.
                auto_download=True if self.auto_download_box.isChecked() else (None if base.auto_download is None else False),
                export_format=self.export_format_box.currentData(),
                **flags,
            ).validated()
        except SettingsError as error:
            self._show_problem(*explain_settings_error(error))
            return None
        secret = self.secret_edit.text()
        if secret and profile.auth_mode == AUTH_HEADER:
            try:
                credentials.normalise_header_value(secret)
            except credentials.InvalidHeaderValue as error:
                self._show_problem(error_text(error), "secret")
                return None
        if self._editing is None and profile.name in self._profiles:
            self._show_problem(self.tr('A profile named "{0}" already exists: choose another name.').format(profile.name), "name")
            return None
        self._clear_problem()
        return profile

    def _field_title(self, field_name: str) -> str:
        return self.secret_label.text() if field_name == "secret" else field_label(field_name)

    def _show_problem(self, sentence: str, field_name: str | None, *, beside: str = "") -> None:
        """``sentence`` below the form, and beside the field it is about (``beside``, or the
        sentence without the field's name), outlined in red and scrolled into sight."""
        self._clear_problem()
        self.form_error.setText(sentence)
        self.form_error.show()
        widget = self.secret_edit if field_name == "secret" else self.fields.get(field_name or "")
        if field_name in self._field_notes:
            form, note = self._field_notes[field_name]
            # The field's title as explain_settings_error's sentence begins with it.
            prefix = self.tr("{0}: {1}.").format(self._field_title(field_name), "").removesuffix(".")
            note.setText(beside or (sentence[len(prefix):] if sentence.startswith(prefix) else sentence))
            form.setRowVisible(note, True)
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus()
            content = self.form_scroll.widget()
            content.layout().activate()  # the line beside the field has its place before scrolling to it
            self.form_scroll.ensureWidgetVisible(widget, 40, 60)

    def _clear_problem(self) -> None:
        self.form_error.hide()
        self.form_error.clear()
        self.save_anyway_button.hide()
        self._refused = ""
        for form, note in self._field_notes.values():
            if note.text():
                note.clear()
                form.setRowVisible(note, False)
        for widget in [*self.fields.values(), self.secret_edit]:
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    @property
    def problem(self) -> str:
        return "" if self.form_error.isHidden() else self.form_error.text()

    def field_problem(self, field_name: str) -> str:
        """What the line beside ``field_name`` says ("" when nothing is wrong with it)."""
        form, note = self._field_notes[field_name]
        return note.text() if form.isRowVisible(note) else ""

    # --- test and save ---------------------------------------------------------------------------

    def test_connection(self) -> None:
        profile = self.form_profile()
        if profile is None:
            return
        typed = self.secret_edit.text()
        _show_result(self.test_result, self.tr("Testing the connection…"))
        self._run_shown(
            lambda control: _connection_test(profile, typed),
            self._show_test_result,
            on_error=self._test_failed,
            label=self.tr("Testing the connection"),
            text=self.tr("Testing the connection…"),
        )

    def _show_test_result(self, result: tuple[ConnectionCheck, str, bool]) -> None:
        check, model, model_ok = result
        if check.ok:
            text = self.tr("✔ Connection OK. {0} {1}").format(core_text(check.message), core_text(model)).rstrip()
            _show_result(self.test_result, text, PASSED if model_ok else DOUBTFUL)
        else:
            _show_result(self.test_result, f"✖ {_check_sentence(check)}", FAILED)

    def _test_failed(self, failure) -> None:
        if failure.cancelled:
            _show_result(self.test_result, "")
            return
        _show_result(self.test_result, f"✖ {failure.message}", FAILED)

    def test_state(self) -> None:
        """Open the state database the form names (in the background) and say what is there."""
        profile = self.form_profile()
        if profile is None:
            return
        typed = self.state_password_edit.text()
        _show_result(self.state_test_result, self.tr("Opening the state database…"))

        def test(control) -> str:
            password = typed or None
            if password is None and profile.state_url:
                password = credentials.state_password_for(profile, profile.state_url)
            with Store.for_profile(profile, password=password) as store:
                busy = [lease_sentence(lease) for lease in store.leases() if lease.held]
                runs = store.recent_runs(limit=1)
                where = core_text(store.describe())
            if profile.state_url:
                text = QCoreApplication.translate("SettingsPage", "✔ State database OK ({0}, shared with the office).").format(where)
            else:
                text = QCoreApplication.translate("SettingsPage", "✔ State database OK ({0}, on this computer only).").format(where)
            if runs:
                last = QCoreApplication.translate("SettingsPage", "Last run: {0}, {1}.").format(run_kind_text(runs[0].kind), run_status_text(runs[0].status).lower())
            else:
                last = QCoreApplication.translate("SettingsPage", "Nothing has run there yet.")
            return " ".join([text, last, " ".join(busy) or QCoreApplication.translate("SettingsPage", "Nobody is at work now.")])

        self.run(
            test,
            lambda text: _show_result(self.state_test_result, text, PASSED),
            on_error=lambda failure: _show_result(self.state_test_result, f"✖ {failure.message}", FAILED),
            label=self.tr("Testing the state database"),
            with_session=False,
        )

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Test the connection, then save the form; ``then`` once it is saved.

        A failed test saves nothing: the reason goes beside the field it is about, and *Save
        anyway* appears for a user who means to save all the same (e.g. a server not reachable
        from here yet)."""
        if then is not None:
            self._after_save = then
        if self._saving:
            return  # the save under way goes on to ``then``
        profile = self.form_profile()
        if profile is None:
            self._after_save = None
            return
        typed = self.secret_edit.text()
        _show_result(self.test_result, self.tr("Testing the connection before saving…"))
        self._set_saving(True)
        task = self._run_shown(
            lambda control: _connection_test(profile, typed),
            lambda result: self._tested_for_save(profile, result),
            on_error=self._save_test_failed,
            label=self.tr("Testing the connection"),
            text=self.tr("Testing the connection before saving…"),
        )
        if task is None:
            self._set_saving(False)

    def save_anyway(self) -> None:
        """Save although the connection test failed (the user chose so)."""
        reason = self._refused
        profile = self.form_profile()
        if profile is not None:
            self._set_saving(True)
            self._write(profile, untested=reason or self.tr("it was not tested"))

    def _tested_for_save(self, profile: Profile, result: tuple[ConnectionCheck, str, bool]) -> None:
        self._show_test_result(result)
        check = result[0]
        if check.ok:
            self._write(profile)
            return
        if check.message == _no_secret(profile):
            hint = check.message
        elif check.kind == "credentials" and profile.auth_mode == AUTH_HEADER:
            hint = self.tr(KEY_REFUSED)
        else:
            hint = self.tr(CHECK_HINTS[check.kind]) if check.kind in CHECK_HINTS else ""
        self._refuse(_check_sentence(check), CHECK_FIELDS.get(check.kind), beside=hint)

    def _save_test_failed(self, failure) -> None:
        if failure.cancelled:
            _show_result(self.test_result, "")
            self._set_saving(False)
            self._after_save = None
            self._show_problem(self.tr("Not saved: the connection test was cancelled."), None)
            return
        _show_result(self.test_result, f"✖ {failure.message}", FAILED)
        field_name = failure.error.field if isinstance(failure.error, UserError) else None
        self._refuse(failure.message, field_name)

    def _refuse(self, reason: str, field_name: str | None, *, beside: str = "") -> None:
        """The connection test failed: nothing is written; say why, beside the field it is about
        (``beside``, else ``reason``)."""
        self._set_saving(False)
        self._after_save = None  # the user stays with the form, to correct it
        if field_name in self._field_notes:
            sentence = self.tr(
                "Not saved: the connection test failed ({0}). Correct it and save again, or choose Save anyway."
            ).format(self._field_title(field_name))
        else:
            sentence = self.tr("Not saved: the connection test failed. Correct it and save again, or choose Save anyway.")
        self._show_problem(sentence, field_name, beside=beside or reason)
        self._refused = reason
        self.save_anyway_button.show()

    def _set_saving(self, saving: bool) -> None:
        """While a save is under way the form waits: what it saves is what was tested."""
        self._saving = saving
        for widget in (self.form_scroll, self.save_button, self.save_anyway_button, self.test_button, self.profile_list, self.new_button):
            widget.setEnabled(not saving)

    def _write(self, profile: Profile, *, untested: str = "") -> None:
        """Write the profile, its typed passwords (keyring) and its schedule, in the background."""
        secret = self.secret_edit.text()
        erp_password = self.erp_password_edit.text()
        state_password = self.state_password_edit.text()
        every = self._schedule_state()
        scheduled_here = self.main_window.demo is None  # the demo's Odyssee is gone once the window closes

        def write(control) -> SaveOutcome:
            settings = Settings.load()
            settings.add(profile, replace=True)
            settings.save()
            problem = None
            saved = False
            if secret:
                try:
                    credentials.store_secret(profile, secret)
                    saved = True
                except credentials.KeyringUnavailable as error:
                    problem = error_text(error)
            erp_note = _keep_password(
                profile, erp_password, credentials.store_erp_password, credentials.erp_session_secrets,
                QCoreApplication.translate("SettingsPage", "The ERP password is in the system keyring."),
                QCoreApplication.translate("SettingsPage", "The ERP password is kept for this session only (no keyring)."),
            )
            state_note = _keep_password(
                profile, state_password, credentials.store_state_password, credentials.state_session_secrets,
                QCoreApplication.translate("SettingsPage", "The state database password is in the system keyring."),
                QCoreApplication.translate("SettingsPage", "The state database password is kept for this session only (no keyring)."),
            )
            listing = ProfileList(dict(settings.profiles), settings.current_name)
            scheduled = _apply_schedule(profile, every) if scheduled_here else None
            return SaveOutcome(profile, saved, problem, listing, erp_note, state_note, scheduled)

        def failed(failure) -> None:
            if isinstance(failure.result, SaveOutcome):  # cancelled once written: it is saved all the same
                self._saved(failure.result, secret, untested)
                return
            self._set_saving(False)
            self._after_save = None
            self.banner.show_failure(failure)

        task = self._run_shown(
            write, lambda outcome: self._saved(outcome, secret, untested), on_error=failed, label=self.tr("Saving the profile"), text=self.tr("Saving…"),
        )
        if task is None:
            self._set_saving(False)

    def _saved(self, outcome: SaveOutcome, secret: str, untested: str) -> None:
        name = outcome.profile.name
        self._set_saving(False)
        self.secret_edit.clear()
        self.erp_password_edit.clear()
        self.state_password_edit.clear()
        self._editing = outcome.profile
        self._profiles[name] = outcome.profile
        notes = " " + self.tr("The password is in the system keyring.") if outcome.secret_saved else ""
        notes += outcome.erp_password_note + outcome.state_password_note
        if outcome.keyring_problem:
            self._pending_secret = (name, secret)
            self.banner.show_message(
                self.tr('Profile "{0}" is saved, but its password is not: {1}').format(name, outcome.keyring_problem),
                kind="warning",
                action=(self.tr("Use for this session only"), self.use_secret_for_session),
            )
        elif untested:
            self._pending_secret = None
            self.banner.show_message(
                self.tr('Profile "{0}" is saved as you asked, but its connection test failed: {1}.').format(
                    name, untested.rstrip("."),
                ) + notes,
                kind="warning",
            )
        else:
            self._pending_secret = None
            self.banner.show_message(self.tr('Profile "{0}" is saved.').format(name) + notes, kind="success")
        self._remember_shown()  # saved: the list read next shows it again, from the file
        tested = self.test_result.text(), self.test_result.styleSheet()
        self._profiles_read(outcome.listing, name)
        self.test_result.setText(tested[0])  # showing the saved profile again keeps what its test said
        self.test_result.setStyleSheet(tested[1])
        self.test_result.setVisible(bool(tested[0]))
        if outcome.schedule is not None:
            if outcome.schedule.note:
                self._schedule_notes[name] = outcome.schedule
            self._schedule_read.cancel()  # what the save did is newer than any read
            self._show_schedule(outcome.schedule)
        open_name = self.session.name if self.session else None
        if open_name == name or open_name is None:
            self.main_window.open_profile(name)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def use_secret_for_session(self) -> None:
        """Keep the typed secret in memory for this run (no keyring available)."""
        if self._pending_secret is None:
            return
        name, secret = self._pending_secret
        self._pending_secret = None
        credentials.session_secrets.set(name, secret)
        self.banner.show_message(
            self.tr('The password of "{0}" is kept for this session only; you will be asked again next time.').format(name),
            kind="info",
        )
        open_name = self.session.name if self.session else None
        if open_name in (name, None):
            self.main_window.open_profile(name)


def _connection_test(profile: Profile, typed: str) -> tuple[ConnectionCheck, str, bool]:
    """(the connection check, what the server's model says, whether that is fine) — network and
    keyring: worker thread."""
    secret = typed or credentials.secret_for(profile)
    if not secret:
        return ConnectionCheck(False, "credentials", _no_secret(profile)), "", True
    header = credentials.authorization_header(profile, secret)
    check = check_profile_connection(profile, auth_header=header)
    return (check, *_model_sentence(profile, header)) if check.ok else (check, "", True)


def _check_sentence(check: ConnectionCheck) -> str:
    if check.kind in CHECK_LABELS:
        title = _tr(CHECK_LABELS[check.kind])
    else:
        title = QCoreApplication.translate("SettingsPage", "Failed")
    return QCoreApplication.translate("SettingsPage", "{0}: {1}").format(title, core_text(check.message))


def _apply_schedule(profile: Profile, every: int | None) -> ScheduleState:
    """Install, change or remove the profile's schedule as the form asks — worker thread."""
    installed = scheduling.installed_every(profile.name)
    try:
        if every is None:
            if installed is not None:
                scheduling.remove(profile.name)
            return ScheduleState(profile.name, scheduling.installed_every(profile.name))
        if installed == every:
            return ScheduleState(profile.name, installed)  # as it is: nothing to write
        done = scheduling.install(profile, every)
        return ScheduleState(profile.name, scheduling.installed_every(profile.name), core_text(done.note))
    except (UserError, OSError) as error:
        return ScheduleState(profile.name, scheduling.installed_every(profile.name), problem=error_text(error))


def _show_result(line: QLabel, text: str, colour: str = "") -> None:
    """A test's outcome, in the colour of how it went (PASSED, DOUBTFUL, FAILED; none while it
    runs), made readable on the palette's background (a dark desktop too)."""
    line.setText(text)
    background = line.palette().color(QPalette.ColorRole.Window)
    line.setStyleSheet(f"color: {readable(colour, background).name()};" if colour else "")
    line.setVisible(bool(text))


def _keep_password(profile: Profile, password: str, store, session_secrets, in_keyring: str, for_session: str) -> str:
    """Keep a typed database password: the keyring, else this session; the sentence saying where
    (``in_keyring`` or ``for_session``), after a space."""
    if not password:
        return ""
    try:
        store(profile, password)
        return " " + in_keyring
    except credentials.KeyringUnavailable:
        session_secrets.set(profile, password)
        return " " + for_session


def _model_sentence(profile: Profile, header: str) -> tuple[str, bool]:
    """What the server's model says of the profile's mapping, in one sentence, and whether that
    is fine (nothing the mapping sends is missing there)."""
    try:
        comparison = check_profile_model(profile, auth_header=header)
    except (OdysseeError, MetadataError) as error:
        return QCoreApplication.translate("SettingsPage", "Its model could not be read: {0}").format(error), False
    return comparison.sentence(), not comparison.problems


def _secret_state(profile: Profile) -> tuple[str, str, bool]:
    """(profile name, a note on its secret, whether it is saved) — reads the keyring, so: worker thread."""
    status = secret_status(profile)
    missing = (
        QCoreApplication.translate("SettingsPage", "No API key saved yet: type it and save.") if profile.auth_mode == AUTH_HEADER
        else QCoreApplication.translate("SettingsPage", "No password saved yet: type it and save.")
    )
    notes = {
        SESSION: QCoreApplication.translate("SettingsPage", "Kept for this session only (no keyring)."),
        SAVED: QCoreApplication.translate("SettingsPage", "Saved in the system keyring."),
        MISSING: missing,
    }
    return profile.name, notes.get(status.state, status.problem), status.state == SAVED


__all__ = ["SettingsPage", "explain_settings_error"]
