"""The window's language (gui/i18n.py): chosen from --lang, Settings, then the system; installed
with Qt's own catalogue and the matching locale; English plural forms; --lang on the commands."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from core.cli import main
from core.settings import Settings
from gui.i18n import (
    LANGUAGES,
    choose_language,
    installed_language,
    save_language,
    saved_language,
    system_language,
    uninstall_language,
)
from gui.models.formatting import number_text
from gui.pages import PAGES

NAVIGATION = {
    "fr": ["Vue d'ensemble", "Parcourir Odyssee", "Envois en attente", "Travaux terminés", "PDF des bons",
           "Activité", "Paramètres"],
    "nl": ["Overzicht", "Odyssee doorbladeren", "Te verzenden", "Afgerond werk", "Werkbon-pdf's",
           "Activiteit", "Instellingen"],
}


def navigation(window) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


@pytest.mark.parametrize("window_language", ["fr", "nl"])
def test_the_window_speaks_the_chosen_language(window, window_language):
    assert navigation(window) == NAVIGATION[window_language]
    overview = window.pages["overview"]
    assert overview.heading.text() == NAVIGATION[window_language][0]
    assert window.profile_label.text() == {"fr": "Aucun profil", "nl": "Geen profiel"}[window_language]
    # Qt's own catalogue (qtbase) translates the standard buttons of its dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == {"fr": "Annuler", "nl": "Annuleren"}[window_language]
    # Numbers follow the language: grouped as Liège and Gent write them, never as the sources do.
    assert QLocale().language() == QLocale(window_language).language()
    assert number_text(1234) == QLocale(window_language).toString(1234) != "1234"


@pytest.mark.parametrize("window_language", ["en"])
def test_english_counts_read_one_and_many_through_the_plural_file(window, window_language):
    assert navigation(window) == [spec.title for spec in PAGES]
    pages = window.pages["pdfs"]
    assert [pages.tr("%n page(s)", "", count) for count in (1, 3)] == ["1 page", "3 pages"]
    assert pages.tr("%Ln file(s) selected", "", 3) == "3 files selected"


@pytest.mark.parametrize("window_language", ["fr"])
def test_french_counts_say_zero_and_one_in_the_singular(window, window_language):
    pages = window.pages["pdfs"]
    assert [pages.tr("%n page(s)", "", count) for count in (0, 1, 2)] == ["0 page", "1 page", "2 pages"]


def test_the_window_reads_english_with_its_plural_forms_before_a_language_is_chosen(window):
    assert installed_language() == "en"
    assert navigation(window) == [spec.title for spec in PAGES]
    assert window.pages["pdfs"].tr("%n page(s)", "", 3) == "3 pages"
    uninstall_language()
    assert window.pages["pdfs"].tr("%n page(s)", "", 3) == "3 page(s)"  # what the en plural file is for


def test_lang_wins_over_the_saved_language_which_wins_over_the_system():
    assert saved_language() == ""
    assert choose_language() == system_language()
    save_language("nl")
    assert saved_language() == "nl" and choose_language() == "nl"
    assert choose_language("fr") == "fr"
    save_language("")
    assert saved_language() == ""
    with pytest.raises(ValueError):
        save_language("de")


def test_the_system_language_is_the_first_ui_language_the_window_speaks():
    assert system_language(["fr-BE", "nl-BE", "en"]) == "fr"
    assert system_language(["de-DE", "nl_BE"]) == "nl"
    assert system_language(["de-DE", "C"]) == "en"
    assert set(LANGUAGES) == {"en", "fr", "nl"}


def test_the_saved_language_keeps_the_profiles_and_an_unknown_one_is_kept_too(tmp_path):
    save_language("fr")
    settings = Settings.load()
    assert settings.language == "fr"
    settings.path.write_text(settings.path.read_text().replace('language = "fr"', 'language = "de"'))
    settings = Settings.load()
    assert settings.language == ""  # a language this version does not speak: the system's
    settings.save()
    assert 'language = "de"' in settings.path.read_text()  # a newer version's choice survives


@pytest.mark.parametrize("command", [["gui"], ["demo"]])
def test_an_unknown_language_is_a_usage_error(command, capsys):
    with pytest.raises(SystemExit) as stopped:
        main([*command, "--lang", "xx"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "--lang" in error and "'xx'" in error and "en, fr, nl" in error
