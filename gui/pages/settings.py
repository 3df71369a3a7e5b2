"""Settings: the connection profiles, edited in a form, tested in the background.

The password (or pasted Authorization value) goes to the system keyring only, never to the
settings file. When the machine has no usable keyring the page says so in one sentence and
offers to use the secret for this session only (kept in memory, forgotten at exit).

Values are checked by :meth:`core.settings.Profile.validated` as the user saves or tests; its
one-sentence message is shown next to the form and the field it names is outlined in red.
Reading and writing the settings file and the keyring, and the connection test, run in the
background like everything else.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import credentials
from core.odata import ConnectionCheck, check_profile_connection
from core.odata.errors import OdysseeError
from core.odyssee.metadata import MetadataError
from core.services.profiles import MISSING, SAVED, SESSION, remove_profile, secret_kind, secret_status
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
from core.sync.targets import kind_of
from gui.pages.base import Page, TourStep
from gui.widgets.build import STRETCH, add_parts, button, hbox, label, panel, scroll_area, vbox

FIELD_LABELS = {
    "name": "Profile name",
    "base_url": "Base URL",
    "domain": "Domain",
    "username": "User name",
    "auth_mode": "Sign in with",
    "erp_url": "ERP database",
    "mapping_file": "Mapping file",
    "export_to": "Export completed work to",
    "download_dir": "Download folder",
    "naming_template": "File names",
    "poll_interval_pdf": "New PDFs: check every",
    "poll_interval_completed": "Completed work: check every",
    "ca_bundle": "CA bundle",
    "auto_export": "Export completed work automatically when polling",
    "export_format": "Outbox file format",
    "state_url": "State database",
    "max_concurrency": "Requests at once, at most",
}
EXPORT_FORMAT_TITLES = {"json": "JSON", "csv": "CSV"}
# What a connection or state test says, coloured by how it went.
PASSED, DOUBTFUL, FAILED = "#2e8b57", "#9a5b00", "#c0392b"


def explain_settings_error(error: SettingsError) -> tuple[str, str | None]:
    """(sentence for the form, the field it is about) from a SettingsError about a profile."""
    problem = error.problem.strip()
    problem = problem[0].upper() + problem[1:] if problem else problem
    if error.field is None:
        return problem.rstrip(".") + ".", None
    return f"{FIELD_LABELS.get(error.field, error.field)}: {problem.rstrip('.')}.", error.field


@dataclass(frozen=True)
class SaveOutcome:
    profile: Profile
    secret_saved: bool
    keyring_problem: str | None  # the KeyringUnavailable sentence, when the keyring failed
    profiles: list[str]
    current: str | None
    erp_password_note: str = ""  # where the ERP password went, when one was typed
    state_password_note: str = ""  # likewise for the shared state database's password


@dataclass(frozen=True)
class DeleteOutcome:
    name: str
    keyring_note: str  # what happened to the saved passwords, one sentence
    listing: "ProfileList"


@dataclass(frozen=True)
class ProfileList:
    profiles: dict[str, Profile]
    current: str | None


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

        # --- profile list ---
        self.profile_list = QListWidget()
        self.profile_list.setMaximumWidth(180)
        self.new_button = button("New profile", self.new_profile)
        self.open_button = button(
            "Open this profile", self.open_selected, tooltip="Work with this profile in this window",
        )
        self.delete_button = button("Delete profile", self.delete_selected)
        left = vbox(
            label("Profiles", role="sectionTitle"),
            (self.profile_list, 1),
            self.new_button,
            self.open_button,
            self.delete_button,
        )

        # --- the form ---
        self.fields: dict[str, QWidget] = {}
        self.name_edit = self._line("name", "e.g. Production")
        self.base_url_edit = self._line("base_url", DEFAULT_BASE_URL)
        self.domain_edit = self._line("domain", "the domain you sign in to Odyssee with")
        self.username_edit = self._line("username", "e.g. APIUser")
        self.auth_box = QComboBox()
        self.auth_box.addItem("Password", AUTH_PASSWORD)
        self.auth_box.addItem("Pasted Authorization header (API key)", AUTH_HEADER)
        self.fields["auth_mode"] = self.auth_box
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel("Password")
        self.secret_note = label(role="muted", wrap=True)
        self.erp_edit = self._line("erp_url", "sqlite:///C:/ERP/erp.db  or  postgresql://user@host/erp")
        self.erp_password_edit = QLineEdit()
        self.erp_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.erp_password_edit.setPlaceholderText("only when the address names a user")
        self.mapping_edit = self._line("mapping_file", "the built-in default mapping")
        self.export_edit = self._line("export_to", "the ERP database above, or a folder")
        self.download_edit = self._line("download_dir", "a folder for job approval PDFs")
        self.template_edit = self._line("naming_template", DEFAULT_NAMING_TEMPLATE)
        self.concurrency_box = QSpinBox()
        self.concurrency_box.setRange(1, MAX_CONCURRENCY_CEILING)
        self.concurrency_box.setToolTip(
            "The program finds how many requests Odyssee takes at once by itself, and never sends more "
            "than this. Lower it if your Odyssee or its proxy is shared with other programs."
        )
        self.fields["max_concurrency"] = self.concurrency_box
        self.pdf_interval = self._seconds("poll_interval_pdf")
        self.completed_interval = self._seconds("poll_interval_completed")
        self.ca_edit = self._line("ca_bundle", "only for company proxies with their own certificates")
        self.auto_export_box = QCheckBox(FIELD_LABELS["auto_export"])
        self.auto_export_box.setToolTip(
            "Without it, the background check only counts the approvals ready for the ERP; "
            "you export them from the Work page."
        )
        self.fields["auto_export"] = self.auto_export_box
        self.export_format_box = QComboBox()
        for export_format in EXPORT_FORMATS:
            self.export_format_box.addItem(EXPORT_FORMAT_TITLES.get(export_format, export_format.upper()), export_format)
        self.fields["export_format"] = self.export_format_box

        odyssee = QGroupBox("Odyssee")
        odyssee_form = self._form(odyssee)
        odyssee_form.addRow(FIELD_LABELS["name"], self.name_edit)
        odyssee_form.addRow(FIELD_LABELS["base_url"], self.base_url_edit)
        odyssee_form.addRow(FIELD_LABELS["domain"], self.domain_edit)
        odyssee_form.addRow(FIELD_LABELS["username"], self.username_edit)
        odyssee_form.addRow(FIELD_LABELS["auth_mode"], self.auth_box)
        odyssee_form.addRow(self.secret_label, self.secret_edit)
        odyssee_form.addRow("", self.secret_note)
        odyssee_form.addRow(FIELD_LABELS["ca_bundle"], self._with_browse(self.ca_edit, "file"))
        odyssee_form.addRow(FIELD_LABELS["max_concurrency"], self.concurrency_box)

        erp = QGroupBox("ERP")
        erp_form = self._form(erp)
        erp_form.addRow(FIELD_LABELS["erp_url"], self.erp_edit)
        erp_form.addRow("ERP password", self.erp_password_edit)
        erp_form.addRow(FIELD_LABELS["mapping_file"], self._with_browse(self.mapping_edit, "file"))
        erp_form.addRow(FIELD_LABELS["export_to"], self.export_edit)
        erp_form.addRow(FIELD_LABELS["export_format"], self.export_format_box)
        format_hint = "Used only when completed work goes to a folder (the outbox), not to a database."
        erp_form.addRow("", label(format_hint, role="muted", wrap=True))

        self.state_edit = self._line("state_url", "empty: this computer only")
        self.state_edit.setToolTip(
            "A database the whole office shares for what was pushed, exported and downloaded, and for "
            "who is at work: e.g. postgresql+psycopg://sync@erp-db/erp?schema=odyssee_sync. "
            "Every workstation of this tenant and ERP gives the same address."
        )
        self.state_password_edit = QLineEdit()
        self.state_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.state_password_edit.setPlaceholderText("only when the address names a user")
        self.state_test_button = button(
            "Test", self.test_state, tooltip="Open the state database with these settings and say who is at work",
        )
        self.state_test_result = label(wrap=True, selectable=True)
        self.state_test_result.hide()  # until a test has something to say
        team = QGroupBox("Shared with the office")
        team_layout = QVBoxLayout(team)
        team_fields = QFormLayout()
        team_fields.addRow(FIELD_LABELS["state_url"], panel((self.state_edit, 1), self.state_test_button, across=True))
        team_fields.addRow("State password", self.state_password_edit)
        team_layout.addLayout(team_fields)
        team_hint = label(
            "With a shared state, several workstations and a scheduled task work as one: each record is "
            "created once, each approval exported once, each PDF filed once, and everyone sees who is at work. "
            "To move this computer's history there, run odyssee-sync state migrate --to ADDRESS.",
            role="muted",
            wrap=True,
        )
        # Word-wrapped labels go below the form: in a form row Qt leaves large gaps around them.
        add_parts(team_layout, [self.state_test_result, team_hint])

        pdfs = QGroupBox("Job approval PDFs and polling")
        pdf_form = self._form(pdfs)
        pdf_form.addRow(FIELD_LABELS["download_dir"], self._with_browse(self.download_edit, "folder"))
        pdf_form.addRow(FIELD_LABELS["naming_template"], self.template_edit)
        template_hint = "Placeholders such as {job_reference} and {file_name}; a / makes a sub-folder."
        pdf_form.addRow("", label(template_hint, role="muted", wrap=True))
        pdf_form.addRow(FIELD_LABELS["poll_interval_pdf"], self.pdf_interval)
        pdf_form.addRow(FIELD_LABELS["poll_interval_completed"], self.completed_interval)
        pdf_form.addRow(self.auto_export_box)  # the whole row: its sentence is longer than a field

        self.form_error = label(role="fieldError", wrap=True)
        self.form_error.hide()
        self.test_result = label(wrap=True, selectable=True)
        self.test_button = button("Test connection", self.test_connection)
        self.save_button = button("Save", self.save, default=True)

        columns = QGridLayout()
        columns.setHorizontalSpacing(12)
        columns.setVerticalSpacing(12)
        columns.addWidget(odyssee, 0, 0, 2, 1)
        columns.addWidget(erp, 0, 1)
        columns.addWidget(pdfs, 1, 1)
        columns.addWidget(team, 2, 0, 1, 2)
        columns.setColumnStretch(0, 2)
        columns.setColumnStretch(1, 3)
        form_box = panel(
            columns, self.form_error, hbox((self.test_result, 1), self.test_button, self.save_button), STRETCH,
        )
        self.body.addLayout(hbox(left, (scroll_area(form_box, sideways=False), 1), spacing=16), 1)

        self.profile_list.currentItemChanged.connect(self._profile_chosen)
        self.export_edit.textChanged.connect(self._export_target_changed)
        self.auth_box.currentIndexChanged.connect(self._auth_mode_changed)
        self.new_profile()

    # --- building the form -----------------------------------------------------------------------

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text: self._clear_problem())
        self.fields[name] = edit
        return edit

    def _seconds(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(10, 7 * 24 * 3600)
        box.setSingleStep(60)
        box.setSuffix(" seconds")
        self.fields[name] = box
        return box

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _with_browse(self, edit: QLineEdit, kind: str) -> QWidget:
        return panel((edit, 1), button("Browse…", lambda: self._browse(edit, kind)), across=True)

    def _browse(self, edit: QLineEdit, kind: str) -> None:
        if kind == "folder":
            chosen = QFileDialog.getExistingDirectory(self, "Choose a folder", edit.text())
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, "Choose a file", edit.text())
        if chosen:
            edit.setText(chosen)
            self._clear_problem()

    # --- page hooks ------------------------------------------------------------------------------

    def on_session(self, session) -> None:
        self._mark_open_profile()
        if not self._loaded or session is not None:
            self.reload_profiles(select=session.name if session else None)

    def on_shown(self, first: bool) -> None:
        if not self._loaded:
            self.reload_profiles()

    def open_with(self, new_profile: bool = False, welcome: bool = False, **options) -> None:
        if new_profile:
            self.new_profile()
        if welcome:
            self.banner.show_message(
                "Welcome. Set up the connection to your Odyssee tenant: its address, your domain, "
                "user name and password (kept in the system keyring, never in a file).",
                kind="info",
            )

    def tour_steps(self) -> list[TourStep]:
        return [("", [self.reload_profiles, self._test_shown_profile])]

    def _test_shown_profile(self) -> None:
        if self._editing is not None:
            self.test_connection()

    # --- profiles --------------------------------------------------------------------------------

    def reload_profiles(self, select: str | None = None) -> None:
        def read(control) -> ProfileList:
            settings = Settings.load()
            return ProfileList(dict(settings.profiles), settings.current_name)

        self.run(read, lambda listing: self._profiles_read(listing, select), label="Reading the profiles", with_session=False)

    def _profiles_read(self, listing: ProfileList, select: str | None) -> None:
        self._loaded = True
        self._profiles = listing.profiles
        self._current = listing.current
        wanted = select or (self._editing.name if self._editing else None) or (
            self.session.name if self.session else listing.current
        )
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for name in listing.profiles:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)
        self._mark_open_profile()
        if wanted in listing.profiles:
            self._select_in_list(wanted)
        elif listing.profiles and self._editing is None and not self.name_edit.text():
            self._select_in_list(next(iter(listing.profiles)))
        self._update_list_buttons()

    def _select_in_list(self, name: str) -> None:
        for row in range(self.profile_list.count()):
            item = self.profile_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.profile_list.setCurrentItem(item)
                self._show_profile(self._profiles[name])
                return

    def _mark_open_profile(self) -> None:
        open_name = self.session.name if self.session else None
        for row in range(self.profile_list.count()):
            item = self.profile_list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{name}  (open)" if name == open_name else name)
            font = item.font()
            font.setBold(name == open_name)
            item.setFont(font)
        self._update_list_buttons()

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
                f'"{name}" is open in this window: open another profile first, then delete this one.'
            )
        else:
            self.delete_button.setToolTip("Delete the selected profile and its saved passwords")

    def _profile_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self._update_list_buttons()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        if name in self._profiles:
            self._show_profile(self._profiles[name])

    def new_profile(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clearSelection()
        self.profile_list.setCurrentItem(None)
        self.profile_list.blockSignals(False)
        self._update_list_buttons()
        self._show_profile(None)

    def _show_profile(self, profile: Profile | None) -> None:
        self._editing = profile
        shown = profile or Profile(name="")
        self.name_edit.setText(shown.name)
        self.name_edit.setReadOnly(profile is not None)
        self.name_edit.setToolTip("The keyring keeps the password under this name." if profile else "")
        self.base_url_edit.setText(shown.base_url if profile else "")
        self.domain_edit.setText(shown.domain)
        self.username_edit.setText(shown.username)
        self.auth_box.setCurrentIndex(max(0, self.auth_box.findData(shown.auth_mode)))
        self.secret_edit.clear()
        self.erp_edit.setText(shown.erp_url or "")
        self.mapping_edit.setText(shown.mapping_file or "")
        self.export_edit.setText(shown.export_to or "")
        self.auto_export_box.setChecked(shown.auto_export)
        self.export_format_box.setCurrentIndex(max(0, self.export_format_box.findData(shown.export_format)))
        self.download_edit.setText(shown.download_dir or "")
        self.template_edit.setText(shown.naming_template if profile else "")
        self.concurrency_box.setValue(shown.max_concurrency)
        self.pdf_interval.setValue(shown.poll_interval_pdf)
        self.completed_interval.setValue(shown.poll_interval_completed)
        self.ca_edit.setText(shown.ca_bundle or "")
        self.state_edit.setText(shown.state_url or "")
        self.state_password_edit.clear()
        self._show_state_result("")
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # long paths show their beginning
        self.test_result.clear()
        self._clear_problem()
        self._auth_mode_changed()
        if profile is None:
            self.secret_note.setText("")
            self.secret_edit.setPlaceholderText("")
        else:
            self.secret_note.setText("Looking in the keyring…")
            self.run(lambda control: _secret_state(profile), self._show_secret_state, label="Reading the keyring", with_session=False)

    def _show_secret_state(self, state: tuple[str, str]) -> None:
        name, note = state
        if self._editing is not None and self._editing.name == name:
            self.secret_note.setText(note)
            self.secret_edit.setPlaceholderText("saved — type to replace" if note.startswith("Saved") else "")

    def _export_target_changed(self, text: str) -> None:
        # A database target gets rows in its staging tables; the outbox format is for folders only.
        self.export_format_box.setEnabled(kind_of(text).uses_outbox_format)

    def _auth_mode_changed(self, _index: int = 0) -> None:
        header_mode = self.auth_box.currentData() == AUTH_HEADER
        self.secret_label.setText("Header value" if header_mode else "Password")
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

        self.run(make_current, lambda _result: self.main_window.open_profile(name), label="Choosing the profile", with_session=False)

    def delete_selected(self) -> None:
        """Delete the selected profile after asking: settings entry and keyring entries; the
        local state file stays (its history is still there if the profile is set up again)."""
        name = self._selected_name()
        if name is None or name not in self._profiles:
            return
        if self.session is not None and self.session.name == name:
            self.banner.show_message(
                f'"{name}" is open in this window and cannot be deleted: open another profile first.',
                kind="warning",
            )
            return
        answer = QMessageBox.question(
            self,
            "Delete profile",
            f'Delete the profile "{name}"?\n\n'
            "Its saved passwords (Odyssee, ERP and state database) are deleted from the system keyring. "
            "Its state is kept (journal, downloads, watermarks): on this computer, or in the database "
            "the office shares.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        def delete(control) -> DeleteOutcome:
            removed = remove_profile(name)
            if removed.keyring_missing:
                note = " No system keyring is available, so there were no saved passwords to delete."
            elif removed.keyring_problem:  # the profile is gone either way: say so
                note = f" Its saved passwords may still be in the keyring: {removed.keyring_problem}"
            else:
                note = " Its saved passwords are deleted from the keyring." if removed.secrets_deleted else ""
            settings = removed.settings
            return DeleteOutcome(name, note, ProfileList(dict(settings.profiles), settings.current_name))

        self.run(delete, self._deleted, label="Deleting the profile", progress="Deleting…", with_session=False)

    def _deleted(self, outcome: DeleteOutcome) -> None:
        self._profiles.pop(outcome.name, None)
        if self._editing is not None and self._editing.name == outcome.name:
            self.new_profile()
        self.banner.show_message(
            f'Profile "{outcome.name}" is deleted.{outcome.keyring_note} Its local state file is kept.',
            kind="success",
        )
        self._profiles_read(outcome.listing, None)

    # --- reading the form ------------------------------------------------------------------------

    def form_profile(self) -> Profile | None:
        """The profile the form describes, checked; None (with the problem shown) when invalid."""
        base = self._editing or Profile(name="")
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
                export_format=self.export_format_box.currentData(),
            ).validated()
        except SettingsError as error:
            self._show_problem(*explain_settings_error(error))
            return None
        secret = self.secret_edit.text()
        if secret and profile.auth_mode == AUTH_HEADER:
            try:
                credentials.normalise_header_value(secret)
            except credentials.InvalidHeaderValue as error:
                self._show_problem(str(error), "secret")
                return None
        if self._editing is None and profile.name in self._profiles:
            self._show_problem(f'A profile named "{profile.name}" already exists: choose another name.', "name")
            return None
        self._clear_problem()
        return profile

    def _show_problem(self, sentence: str, field_name: str | None) -> None:
        self._clear_problem()
        self.form_error.setText(sentence)
        self.form_error.show()
        widget = self.secret_edit if field_name == "secret" else self.fields.get(field_name or "")
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus()

    def _clear_problem(self) -> None:
        self.form_error.hide()
        self.form_error.clear()
        for widget in [*self.fields.values(), self.secret_edit]:
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    @property
    def problem(self) -> str:
        return "" if self.form_error.isHidden() else self.form_error.text()

    # --- test and save ---------------------------------------------------------------------------

    def test_connection(self) -> None:
        profile = self.form_profile()
        if profile is None:
            return
        typed = self.secret_edit.text()
        _show_result(self.test_result, "Testing the connection…")

        def test(control) -> tuple[ConnectionCheck, str, bool]:
            secret = typed or credentials.secret_for(profile)
            if not secret:
                return ConnectionCheck(False, "credentials", "Type the password first: none is saved for this profile."), "", True
            header = credentials.authorization_header(profile, secret)
            check = check_profile_connection(profile, auth_header=header)
            return (check, *_model_sentence(profile, header)) if check.ok else (check, "", True)

        self.run(
            test,
            self._show_test_result,
            on_error=self._test_failed,
            label="Testing the connection",
            progress="Testing the connection…",
            with_session=False,
        )

    def _show_test_result(self, result: tuple[ConnectionCheck, str, bool]) -> None:
        check, model, model_ok = result
        if check.ok:
            text = f"✔ Connection OK. {check.message} {model}".rstrip()
            _show_result(self.test_result, text, PASSED if model_ok else DOUBTFUL)
        else:
            labels = {
                "credentials": "Wrong user name or password",
                "unreachable": "Unreachable",
                "tls": "Secure connection failed",
                "bad_url": "Wrong address",
                "unexpected": "Unexpected answer",
            }
            _show_result(self.test_result, f"✖ {labels.get(check.kind, 'Failed')}: {check.message}", FAILED)

    def _test_failed(self, failure) -> None:
        if failure.cancelled:
            self.test_result.clear()
            return
        _show_result(self.test_result, f"✖ {failure.message}", FAILED)

    def test_state(self) -> None:
        """Open the state database the form names (in the background) and say what is there."""
        profile = self.form_profile()
        if profile is None:
            return
        typed = self.state_password_edit.text()
        self._show_state_result("Opening the state database…")

        def test(control) -> str:
            password = typed or None
            if password is None and profile.state_url:
                password = credentials.state_password_for(profile, profile.state_url)
            with Store.for_profile(profile, password=password) as store:
                busy = [lease.sentence() for lease in store.leases() if lease.held]
                runs = store.recent_runs(limit=1)
                where = store.describe()
            shared = "shared with the office" if profile.state_url else "on this computer only"
            last = f" Last run: {runs[0].kind}, {runs[0].status or 'running'}." if runs else " Nothing has run there yet."
            return f"✔ State database OK ({where}, {shared}).{last} " + (" ".join(busy) or "Nobody is at work now.")

        self.run(
            test,
            lambda text: self._show_state_result(text, PASSED),
            on_error=lambda failure: self._show_state_result(f"✖ {failure.message}", FAILED),
            label="Testing the state database",
            with_session=False,
        )

    def _show_state_result(self, text: str, colour: str = "") -> None:
        _show_result(self.state_test_result, text, colour)
        self.state_test_result.setVisible(bool(text))

    def save(self) -> None:
        profile = self.form_profile()
        if profile is None:
            return
        secret = self.secret_edit.text()
        erp_password = self.erp_password_edit.text()
        state_password = self.state_password_edit.text()

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
                    problem = str(error)
            erp_note = _keep_password(profile, erp_password, "ERP", credentials.store_erp_password, credentials.erp_session_secrets)
            state_note = _keep_password(
                profile, state_password, "state database", credentials.store_state_password, credentials.state_session_secrets,
            )
            return SaveOutcome(
                profile, saved, problem, list(settings.profiles), settings.current_name, erp_note, state_note
            )

        self.run(write, lambda outcome: self._saved(outcome, secret), label="Saving the profile", progress="Saving…", with_session=False)

    def _saved(self, outcome: SaveOutcome, secret: str) -> None:
        name = outcome.profile.name
        self.secret_edit.clear()
        self.erp_password_edit.clear()
        self.state_password_edit.clear()
        self._editing = outcome.profile
        self._profiles[name] = outcome.profile
        if outcome.keyring_problem:
            self._pending_secret = (name, secret)
            self.banner.show_message(
                f'Profile "{name}" is saved, but its password is not: {outcome.keyring_problem}',
                kind="warning",
                action=("Use for this session only", self.use_secret_for_session),
            )
        else:
            self._pending_secret = None
            note = " The password is in the system keyring." if outcome.secret_saved else ""
            note += outcome.erp_password_note + outcome.state_password_note
            self.banner.show_message(f'Profile "{name}" is saved.{note}', kind="success")
        self.reload_profiles(select=name)
        open_name = self.session.name if self.session else None
        if open_name == name or open_name is None:
            self.main_window.open_profile(name)

    def use_secret_for_session(self) -> None:
        """Keep the typed secret in memory for this run (no keyring available)."""
        if self._pending_secret is None:
            return
        name, secret = self._pending_secret
        self._pending_secret = None
        credentials.session_secrets.set(name, secret)
        self.banner.show_message(
            f'The password of "{name}" is kept for this session only; you will be asked again next time.',
            kind="info",
        )
        open_name = self.session.name if self.session else None
        if open_name in (name, None):
            self.main_window.open_profile(name)


def _show_result(line: QLabel, text: str, colour: str = "") -> None:
    """A test's outcome, in the colour of how it went (PASSED, DOUBTFUL, FAILED; none while it runs)."""
    line.setText(text)
    line.setStyleSheet(f"color: {colour};" if colour else "")


def _keep_password(profile: Profile, password: str, what: str, store, session_secrets) -> str:
    """Keep a typed database password: the keyring, else this session; the sentence saying where."""
    if not password:
        return ""
    try:
        store(profile, password)
        return f" The {what} password is in the system keyring."
    except credentials.KeyringUnavailable:
        session_secrets.set(profile, password)
        return f" The {what} password is kept for this session only (no keyring)."


def _model_sentence(profile: Profile, header: str) -> tuple[str, bool]:
    """What the server's model says of the profile's mapping, in one sentence, and whether that
    is fine (nothing the mapping sends is missing there)."""
    try:
        comparison = check_profile_model(profile, auth_header=header)
    except (OdysseeError, MetadataError) as error:
        return f"Its model could not be read: {error}", False
    return comparison.sentence(), not comparison.problems


def _secret_state(profile: Profile) -> tuple[str, str]:
    """(profile name, a note on its secret) — reads the keyring, so: worker thread."""
    status = secret_status(profile)
    notes = {
        SESSION: "Kept for this session only (no keyring).",
        SAVED: "Saved in the system keyring.",
        MISSING: f"No {secret_kind(profile)} saved yet: type it and save.",
    }
    return profile.name, notes.get(status.state, status.problem)


__all__ = ["SettingsPage", "explain_settings_error"]
