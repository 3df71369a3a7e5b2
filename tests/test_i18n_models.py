"""The shared words, the formatting, the push plan's texts, the Completed work and Browse pages'
texts and the window's own sentences for core's results (who holds a job, a poll's news) in French
and Dutch from the compiled catalogues; English plural forms with and without
the English catalogue; numbers and dates in a French-speaking Belgian locale."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt's GUI modules load: no display needed

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Iterator  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator  # noqa: E402

from core.services.polling import BUSY, COMPLETED, PDFS, PollOutcome  # noqa: E402
from core.state import LeaseBusy, LeaseInfo  # noqa: E402
from core.sync.plan import CREATE, UPDATE  # noqa: E402
from gui.leases import BusyLine  # noqa: E402
from gui.models.formatting import amount_text, day_text, display_text, moment_text, number_text  # noqa: E402
from gui.models.list_table import ListTableModel  # noqa: E402
from gui.models.news import lease_sentence, poll_message, poll_notification  # noqa: E402
from gui.models.plan_model import COLUMN_TITLES, PlanModel, count_text, counts_text  # noqa: E402
from gui.models.words import (  # noqa: E402
    counted,
    counter_text,
    entity_title_text,
    field_title,
    journal_result_text,
    plural,
    run_counts_text,
    run_status_text,
)
from gui.pages.browse import check_filter  # noqa: E402
from gui.pages.work import APPROVAL_COLUMNS, RewindDialog  # noqa: E402
from gui.tasks import describe_failure  # noqa: E402
from tests.helpers.timezones import BRUSSELS, local_time_zone  # noqa: E402

CATALOGUES = Path(__file__).resolve().parent.parent / "resources" / "i18n"


@pytest.fixture
def language(qapp) -> Iterator:
    """``language("fr")`` installs that compiled catalogue for the rest of the test; every one is
    removed afterwards, so the other tests read English."""
    installed: list[QTranslator] = []

    def install(code: str) -> QTranslator:
        translator = QTranslator()
        assert translator.load(str(CATALOGUES / f"odyssee_sync_{code}.qm")), f"no catalogue for {code}"
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        return translator

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def french_belgium() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("fr_BE"))
    try:
        with local_time_zone(BRUSSELS):
            yield
    finally:
        QLocale.setDefault(before)


def test_without_a_catalogue_counts_read_english(qapp):
    assert plural(1, "job") == "1 job" and plural(3, "job") == "3 jobs" and plural(2, "try", "tries") == "2 tries"
    one, three = (QCoreApplication.translate("tests", "%Ln job(s)", None, n) for n in (1, 3))
    assert (one, three) == ("1 job(s)", "3 job(s)") and (counted(one, 1), counted(three, 3)) == ("1 job", "3 jobs")
    assert counter_text("conflict", 1) == "1 conflict" and counter_text("conflict", 2) == "2 conflicts"
    assert count_text(CREATE, 1) == "1 create" and count_text(UPDATE, 776) == "776 updates"
    assert run_status_text("partial") == "Partly done" and field_title("reference_back_office") == "ERP reference"


def test_the_english_catalogue_gives_the_plural_forms(language):
    language("en")
    assert count_text(CREATE, 1) == "1 create" and count_text(CREATE, 20) == "20 creates"
    assert counter_text("conflict", 2) == "2 conflicts"
    assert run_status_text("ok") == "Done"  # not a numerus message: the source text, as before


def test_the_shared_words_read_french(language):
    language("fr")
    assert counter_text("conflict", 1) == "1 conflit" and counter_text("conflict", 2) == "2 conflits"
    assert count_text(CREATE, 0) == "0 création"  # French: 0 takes the singular
    assert counts_text({CREATE: 20, UPDATE: 1}) == "20 créations · 1 mise à jour"
    assert run_counts_text({}) == "rien à faire"
    assert run_status_text("partial") == "Partiellement terminé"
    assert field_title("reference_back_office") == "Référence ERP" and field_title("id2", "Jobs") == "N°"
    assert entity_title_text("Company") == "Sociétés"
    assert display_text(True, "bool") == "Oui" and display_text(b"%PDF", "bytes") == "(contenu binaire, non chargé)"


def test_the_shared_words_read_dutch(language):
    language("nl")
    assert counter_text("not_selected", 4) == "4 niet geselecteerd"
    assert count_text(UPDATE, 1) == "1 wijziging" and count_text(UPDATE, 3) == "3 wijzigingen"
    assert journal_result_text("rejected") == "Niet goedgekeurd"
    assert entity_title_text("Company") == "Bedrijven" and field_title("vat_reg_code") == "Btw-nummer"
    assert display_text(False, "bool") == "Nee"


def test_the_tables_headers_follow_the_language(language):
    english = PlanModel().headerData(3, Qt.Orientation.Horizontal)
    language("nl")
    assert english == COLUMN_TITLES[3] == "What changes"
    assert PlanModel().headerData(3, Qt.Orientation.Horizontal) == "Wat verandert"
    work_titles = ListTableModel(APPROVAL_COLUMNS, context="WorkPage")
    assert work_titles.headerData(0, Qt.Orientation.Horizontal) == "Nr."
    assert [column.title for column in work_titles.columns][0] == "Job #"  # the source stays, for code and tests


def test_the_pages_texts_read_french(language, french_belgium):
    language("fr")
    dialog = RewindDialog()
    try:
        assert dialog.windowTitle() == "Réexporter les travaux terminés"
        assert dialog.date_edit.displayFormat() == "d/MM/yyyy"  # the locale's order, with the full year
    finally:
        dialog.deleteLater()
    # The entity set and the field keep the API's names: they are what a $filter is written with.
    assert check_filter("Company", "citty eq 'Gent'").error == "Company n'a pas de champ 'citty' (à la position 1)"


def test_numbers_and_dates_read_french_in_belgium(french_belgium):
    assert number_text(1234567) == "1\u202f234\u202f567"  # French grouping: a narrow no-break space
    assert amount_text("1234.5") == "1\u202f234,50"
    assert moment_text("2026-11-03T13:33:00Z") == "3/11/2026 14:33"  # day first, on Brussels' clock
    assert display_text("2015-07-14T13:20:07Z", "datetime") == "14/07/2015 15:20:07"
    assert day_text(date(2026, 11, 3)) == "3/11/2026"


def test_the_c_locale_keeps_iso_dates():
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert day_text(date(2026, 11, 3)) == "2026-11-03" and number_text(1234) == "1234"
    finally:
        QLocale.setDefault(before)


def colleague_lease(job: str) -> LeaseInfo:
    """A lease another workstation of the office took (on an earlier day: its date is shown)."""
    return LeaseInfo(job, 1, "holder", "WS-03", "office2", "odyssee-sync push", 1, "2026-11-30T09:02:00.000000Z", 30.0)


def test_core_results_read_as_core_writes_them_in_english(qapp):
    for job in ("push", "export", "pdfs"):
        lease = colleague_lease(job)
        assert lease_sentence(lease) == lease.sentence()
        busy = LeaseBusy(lease, 60.0)
        assert describe_failure(busy).message == busy.message
    assert poll_message(PollOutcome(PDFS)) == "no new PDFs"
    assert poll_message(PollOutcome(PDFS, "partial", 3, failed=1, first_failure="disk full")) == "3 new PDFs downloaded, 1 failed: disk full"
    assert poll_message(PollOutcome(COMPLETED, count=1, held=("held",))) == "1 approval exported, 1 held back"
    assert poll_message(PollOutcome(COMPLETED, count=2), exported=False) == "2 approvals ready for the ERP"
    assert poll_notification(PollOutcome(PDFS, count=1, notification="news")) == "1 new job approval PDF downloaded"
    assert poll_notification(PollOutcome(PDFS, count=0)) == ""


def test_who_holds_a_job_and_a_polls_news_read_french(language):
    language("fr")
    line = BusyLine("push", "Vous pourrez envoyer depuis cette page une fois l'opération terminée.")
    line.show_lease(colleague_lease("push"))
    assert line.text().startswith("Un envoi est en cours sur WS-03 (utilisateur office2, odyssee-sync push) depuis ")
    assert line.text().endswith(" une fois l'opération terminée.")
    failure = describe_failure(LeaseBusy(colleague_lease("export"), 60.0))
    assert failure.message.startswith("Un export des travaux terminés est en cours sur WS-03")
    assert failure.message.endswith("ou 60\xa0s après que ce programme aura cessé de répondre.")

    news = PollOutcome(PDFS, count=3, notification="3 new job approval PDFs downloaded")
    assert poll_notification(news) == "3 nouveaux PDF de bons d'intervention téléchargés"
    assert poll_message(news) == "3 nouveaux PDF téléchargés" and poll_message(PollOutcome(PDFS)) == "aucun nouveau PDF"
    exported = PollOutcome(COMPLETED, count=1, notification="1 completed job approval exported to the ERP", held=("a", "b"))
    assert poll_notification(exported) == "1 bon d'intervention final exporté vers l'ERP"
    assert poll_message(exported) == "1 bon d'intervention exporté, 2 retenus"
    skipped = poll_message(PollOutcome(PDFS, BUSY, busy=colleague_lease("pdfs")))
    assert skipped.startswith("vérification reportée\xa0: Un téléchargement des PDF est en cours sur WS-03")


def test_who_holds_a_job_and_a_polls_news_read_dutch(language):
    language("nl")
    assert lease_sentence(colleague_lease("pdfs")).startswith("Op WS-03 (gebruiker office2, odyssee-sync push) loopt sinds ")
    assert poll_notification(PollOutcome(PDFS, count=1, notification="news")) == "1 nieuwe werkbon-pdf gedownload"
    assert poll_message(PollOutcome(COMPLETED, count=4), exported=False) == "4 werkbonnen klaar voor het ERP"


def test_core_sentences_read_french_whether_made_or_stored_as_text(language, tmp_path):
    """An error core raises, and a journal line read back from the state database (plain text
    there), read French; text no template makes (a server's own words) is shown as it is."""
    from core.errors import counted as counted_sentence
    from core.errors import sentence
    from core.state import Store
    from core.sync.skip import SkipError
    from gui.models.sentences import core_text

    assert core_text(sentence("skipped: not sent, hidden until its ERP row changes")) == (
        "skipped: not sent, hidden until its ERP row changes"
    )
    one = counted_sentence(1, "{n} thing differs in {what}", "{n} things differ in {what}", what=sentence("company"))
    assert core_text(one) == "1 thing differs in company"  # no catalogue has it: core's singular
    language("fr")
    failure = describe_failure(SkipError(sentence("{key} is {action} and cannot be skipped.", key="CUST-1", action="create")))
    assert failure.message == "CUST-1 est une action «\u00a0create\u00a0» et ne peut pas être écartée."
    with Store(tmp_path / "state.sqlite3") as store:
        store.journal("Company", "CUST-1", "create", "skipped", message=sentence("no longer skipped: pending again"))
        [entry] = store.journal_rows()
    assert type(entry.message) is str
    assert core_text(entry.message) == "plus écartée\u00a0: de nouveau en attente"
    assert core_text("Le serveur a refusé la fiche.") == "Le serveur a refusé la fiche."


def test_settings_words_the_export_destination_in_dutch(language):
    """The sentence under "Afgerond werk naar" is core's, worded in the window's language."""
    from core.sync.targets import describe_destination
    from gui.models.sentences import core_text

    english = describe_destination("sqlite:///C:/ERP/erp.sqlite3")
    assert "staging tables" in english
    language("nl")
    assert "tussentabellen" in core_text(english) and "staging" not in core_text(english)
