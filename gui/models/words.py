"""The words the window uses for counts, runs and the journal: never a raw key on screen.

- :func:`counted`: a count's words from a numerus message (``tr("%Ln job(s)", "", n)``): the
  catalogue's plural form, or English's while no catalogue is loaded.
- :func:`plural`: ``1 job``, ``2 jobs`` in English only, for the callers not translated yet.
- Runs: their kind (``Export to the ERP``), their result (``Done``, ``Partly done``) and their
  counters (``3 exported · 4 not selected``), from the keys the engines record.
- The journal: its actions and results (``Created``, ``Not approved``).
- :func:`with_name`: a code with the name people know it by (``C00173 — Garage Dupont``).
- :func:`field_title`: an Odyssee field as a column title (``reference_back_office`` reads
  ``ERP reference``); the API's name stays at hand in the tooltip, for ``$filter``.

Texts are translated where they are shown (``QCoreApplication.translate("words", ...)``): the
tables below hold the English source texts, marked for pyside6-lupdate.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.odyssee.model import entity_label, entity_title
from gui.models.formatting import number_text

_ENGLISH_PLURAL = re.compile(r"\(s\)")


def translate(text: str) -> str:
    """A text of this module's tables in the window's language."""
    return QCoreApplication.translate("words", text)


def counted(text: str, count: int) -> str:
    """A translated numerus message as it reads: ``tr("%Ln job(s)", "", 1)`` -> ``1 job``.

    The English forms come from the English catalogue; with none loaded (a test, a script) the
    message would read ``1 job(s)``, so its ``(s)`` becomes the English plural here."""
    return _ENGLISH_PLURAL.sub("" if count == 1 else "s", text)


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 job``, ``2 jobs`` (``many``: the plural when it is not ``word`` + s), in English.

    Kept for the pages not translated yet: a translated page says ``counted(self.tr("%Ln
    job(s)", "", n), n)`` instead, since a word made at run time cannot be translated."""
    return f"{number_text(count)} {word if count == 1 else (many or word + 's')}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_sentence(title: str) -> str:
    """A title inside a sentence: ``Name`` -> ``name``, while ``ERP reference`` stays."""
    return title if title[1:2].isupper() else title[:1].lower() + title[1:]


# --- runs --------------------------------------------------------------------------------------

RUN_KINDS = {
    "push": QT_TRANSLATE_NOOP("words", "Push to Odyssee"),
    "export": QT_TRANSLATE_NOOP("words", "Export to the ERP"),
    "pdfs": QT_TRANSLATE_NOOP("words", "PDF download"),
    "undo": QT_TRANSLATE_NOOP("words", "Undo of a push"),
}
RUN_STATUSES = {
    "ok": QT_TRANSLATE_NOOP("words", "Done"),
    "partial": QT_TRANSLATE_NOOP("words", "Partly done"),
    "failed": QT_TRANSLATE_NOOP("words", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("words", "Cancelled"),
    "interrupted": QT_TRANSLATE_NOOP("words", "Interrupted"),
    None: QT_TRANSLATE_NOOP("words", "Running"),
    "": QT_TRANSLATE_NOOP("words", "Running"),
}


# A run's counter (as the engines record it) -> its words for a number ("1 conflict", "2
# conflicts"), in this order: what was done first, then what was not. Each is a literal numerus
# message, for pyside6-lupdate.
RUN_COUNTERS: dict[str, Callable[[int], str]] = {
    "ok": lambda n: counted(QCoreApplication.translate("words", "%Ln sent", None, n), n),
    "created": lambda n: counted(QCoreApplication.translate("words", "%Ln created", None, n), n),
    "updated": lambda n: counted(QCoreApplication.translate("words", "%Ln updated", None, n), n),
    "exported": lambda n: counted(QCoreApplication.translate("words", "%Ln exported", None, n), n),
    "downloaded": lambda n: counted(QCoreApplication.translate("words", "%Ln downloaded", None, n), n),
    "conflict": lambda n: counted(QCoreApplication.translate("words", "%Ln conflict(s)", None, n), n),
    "failed": lambda n: counted(QCoreApplication.translate("words", "%Ln failed", None, n), n),
    "invalid": lambda n: counted(QCoreApplication.translate("words", "%Ln with problems", None, n), n),
    "held": lambda n: counted(QCoreApplication.translate("words", "%Ln held back", None, n), n),
    "skipped": lambda n: counted(QCoreApplication.translate("words", "%Ln skipped", None, n), n),
    "not_selected": lambda n: counted(QCoreApplication.translate("words", "%Ln not selected", None, n), n),
}
# Counters whose words depend on the run's kind.
KIND_COUNTERS: dict[tuple[str, str], Callable[[int], str]] = {
    ("pdfs", "skipped"): lambda n: counted(QCoreApplication.translate("words", "%Ln already there", None, n), n),
    # A push's "skipped" are rows held back (not approved, cancelled): "skipped" is the user's own decision.
    ("push", "skipped"): lambda n: counted(QCoreApplication.translate("words", "%Ln not sent", None, n), n),
}


def run_kind_text(kind: str) -> str:
    return translate(RUN_KINDS[kind]) if kind in RUN_KINDS else capitalised(kind.replace("_", " "))


def run_status_text(status: str | None) -> str:
    return translate(RUN_STATUSES[status]) if status in RUN_STATUSES else capitalised(str(status).replace("_", " "))


def counter_text(name: str, number: int, kind: str = "") -> str:
    """``4 not selected``: one counter of a run, in words."""
    words = KIND_COUNTERS.get((kind, name)) or RUN_COUNTERS.get(name)
    return words(number) if words else f"{number_text(number)} {name.replace('_', ' ')}"


def run_counts_text(counts: Mapping[str, int], kind: str = "") -> str:
    """``3 exported · 4 not selected`` (counters of 0 left out); "nothing to do" for none."""
    order = {name: position for position, name in enumerate(RUN_COUNTERS)}
    names = sorted(counts, key=lambda name: order.get(name, len(order)))
    parts = [counter_text(name, counts[name], kind) for name in names if counts[name]]
    return " · ".join(parts) or QCoreApplication.translate("words", "nothing to do")


def run_title(run) -> str:
    """``#12 Export to the ERP (done)``, for a list of runs to choose from."""
    return QCoreApplication.translate("words", "#{0} {1} ({2})").format(
        run.id, run_kind_text(run.kind), run_status_text(run.status).lower(),
    )


# --- the journal -------------------------------------------------------------------------------

JOURNAL_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("words", "Create"),
    "update": QT_TRANSLATE_NOOP("words", "Update"),
    "link": QT_TRANSLATE_NOOP("words", "Link"),
    "conflict": QT_TRANSLATE_NOOP("words", "Conflict"),
    "invalid": QT_TRANSLATE_NOOP("words", "Invalid"),
    "export": QT_TRANSLATE_NOOP("words", "Export to the ERP"),
    "undo": QT_TRANSLATE_NOOP("words", "Sent back"),
    "archive": QT_TRANSLATE_NOOP("words", "Archive"),
}
JOURNAL_RESULTS = {
    "ok": QT_TRANSLATE_NOOP("words", "Done"),
    "failed": QT_TRANSLATE_NOOP("words", "Failed"),
    "error": QT_TRANSLATE_NOOP("words", "Failed"),
    "conflict": QT_TRANSLATE_NOOP("words", "Conflict: edited in Odyssee"),
    "skipped": QT_TRANSLATE_NOOP("words", "Skipped"),
    "rejected": QT_TRANSLATE_NOOP("words", "Not approved"),
    "brought back": QT_TRANSLATE_NOOP("words", "Brought back"),
}


def journal_action_text(action: str) -> str:
    return translate(JOURNAL_ACTIONS[action]) if action in JOURNAL_ACTIONS else capitalised(action.replace("_", " "))


def journal_result_text(result: str) -> str:
    return translate(JOURNAL_RESULTS[result]) if result in JOURNAL_RESULTS else capitalised(result.replace("_", " "))


# --- entity sets -------------------------------------------------------------------------------

# An entity set's title (a list of them) and its label (one record, inside a sentence). Core's
# own names stay English (core has no Qt); these are what the window shows.
ENTITY_TITLES = {
    "User": QT_TRANSLATE_NOOP("words", "Users"),
    "Company": QT_TRANSLATE_NOOP("words", "Companies"),
    "Project": QT_TRANSLATE_NOOP("words", "Projects"),
    "ProjectType": QT_TRANSLATE_NOOP("words", "Project types"),
    "ProjectStatus": QT_TRANSLATE_NOOP("words", "Project statuses"),
    "Article": QT_TRANSLATE_NOOP("words", "Articles"),
    "ArticleCategory": QT_TRANSLATE_NOOP("words", "Article categories"),
    "Jobs": QT_TRANSLATE_NOOP("words", "Jobs"),
    "JobType": QT_TRANSLATE_NOOP("words", "Job types"),
    "JobStatus": QT_TRANSLATE_NOOP("words", "Job statuses"),
    "JobApproval": QT_TRANSLATE_NOOP("words", "Job approvals"),
    "JobPartUsage": QT_TRANSLATE_NOOP("words", "Parts used"),
    "JobNonPartUsage": QT_TRANSLATE_NOOP("words", "Time and other lines"),
    "DbFile": QT_TRANSLATE_NOOP("words", "Files"),
}
ENTITY_LABELS = {
    "User": QT_TRANSLATE_NOOP("words", "user"),
    "Company": QT_TRANSLATE_NOOP("words", "company"),
    "Project": QT_TRANSLATE_NOOP("words", "project"),
    "ProjectType": QT_TRANSLATE_NOOP("words", "project type"),
    "ProjectStatus": QT_TRANSLATE_NOOP("words", "project status"),
    "Article": QT_TRANSLATE_NOOP("words", "article"),
    "ArticleCategory": QT_TRANSLATE_NOOP("words", "article category"),
    "Jobs": QT_TRANSLATE_NOOP("words", "job"),
    "JobType": QT_TRANSLATE_NOOP("words", "job type"),
    "JobStatus": QT_TRANSLATE_NOOP("words", "job status"),
    "JobApproval": QT_TRANSLATE_NOOP("words", "job approval"),
    "JobPartUsage": QT_TRANSLATE_NOOP("words", "part used"),
    "JobNonPartUsage": QT_TRANSLATE_NOOP("words", "time or other line"),
    "DbFile": QT_TRANSLATE_NOOP("words", "file"),
}


def entity_title_text(entity: str) -> str:
    """``Companies``: a list of the entity set's records, in the window's language."""
    return translate(ENTITY_TITLES[entity]) if entity in ENTITY_TITLES else entity_title(entity)


def entity_label_text(entity: str) -> str:
    """``company``: one record of the entity set, inside a sentence, in the window's language."""
    return translate(ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity_label(entity)


def entity_text(entity: str) -> str:
    """``Job approval``: how a record of the entity set (or the journal's table name) reads."""
    if entity == "job_approval":
        return capitalised(translate(ENTITY_LABELS["JobApproval"]))
    return capitalised(entity_label_text(entity))


# --- codes and names ---------------------------------------------------------------------------


def with_name(code: object, name: object = "") -> str:
    """``C00173 — Garage Dupont``; the code alone when the name is unknown or the same."""
    code_text = str(code or "").strip()
    name_text = " ".join(str(name or "").split())
    if not name_text or name_text == code_text:
        return code_text
    return f"{code_text} — {name_text}" if code_text else name_text


def person_name(record: Mapping[str, object] | None) -> str:
    """A user's first and last name (an Odyssee or ERP row)."""
    if not record:
        return ""
    parts: Iterable[object] = (record.get("firstname"), record.get("lastname"))
    return " ".join(str(part).strip() for part in parts if part and str(part).strip())


# --- Odyssee's fields as column titles ------------------------------------------------------------

# Every field of the entity sets the window knows; a set it does not know gets its names in
# (English) words.
FIELD_TITLES = {
    "id": QT_TRANSLATE_NOOP("words", "Id"),
    "id2": QT_TRANSLATE_NOOP("words", "Number"),
    "code": QT_TRANSLATE_NOOP("words", "Code"),
    "name": QT_TRANSLATE_NOOP("words", "Name"),
    "reference_back_office": QT_TRANSLATE_NOOP("words", "ERP reference"),
    "project_reference_back_office": QT_TRANSLATE_NOOP("words", "Project (ERP reference)"),
    "modified_dateutc": QT_TRANSLATE_NOOP("words", "Modified"),
    "firstname": QT_TRANSLATE_NOOP("words", "First name"),
    "lastname": QT_TRANSLATE_NOOP("words", "Last name"),
    "username": QT_TRANSLATE_NOOP("words", "User name"),
    "email": QT_TRANSLATE_NOOP("words", "Email"),
    "phone": QT_TRANSLATE_NOOP("words", "Phone"),
    "zip": QT_TRANSLATE_NOOP("words", "Postcode"),
    "db_country_code": QT_TRANSLATE_NOOP("words", "Country"),
    "vat_reg_code": QT_TRANSLATE_NOOP("words", "VAT number"),
    "company_sales_status_code": QT_TRANSLATE_NOOP("words", "Sales status"),
    "article_category_code": QT_TRANSLATE_NOOP("words", "Category"),
    "entered_price": QT_TRANSLATE_NOOP("words", "Price"),
    "description_short": QT_TRANSLATE_NOOP("words", "Short description"),
    "parent_code": QT_TRANSLATE_NOOP("words", "Parent"),
    "sequence": QT_TRANSLATE_NOOP("words", "Order"),
    "first_planning_date": QT_TRANSLATE_NOOP("words", "First planned"),
    "date_closed": QT_TRANSLATE_NOOP("words", "Closed"),
    "date_generated": QT_TRANSLATE_NOOP("words", "Generated"),
    "contact_name": QT_TRANSLATE_NOOP("words", "Signed by"),
    "ready_for_multi_approval": QT_TRANSLATE_NOOP("words", "Ready for multi-approval"),
    "working_date": QT_TRANSLATE_NOOP("words", "Working date"),
    "timesheet_date_from": QT_TRANSLATE_NOOP("words", "From"),
    "timesheet_date_to": QT_TRANSLATE_NOOP("words", "To"),
    "type_code": QT_TRANSLATE_NOOP("words", "Type"),
    "file_size": QT_TRANSLATE_NOOP("words", "Size"),
    "file_type_name": QT_TRANSLATE_NOOP("words", "File type"),
    "mime_type": QT_TRANSLATE_NOOP("words", "MIME type"),
    "db_table_name": QT_TRANSLATE_NOOP("words", "Table"),
    "id_in_table": QT_TRANSLATE_NOOP("words", "Belongs to (id)"),
    "jobs_id": QT_TRANSLATE_NOOP("words", "Job (id)"),
    "db_table_id": QT_TRANSLATE_NOOP("words", "Table (id)"),
    "file_content": QT_TRANSLATE_NOOP("words", "Content"),
    "street2": QT_TRANSLATE_NOOP("words", "Street 2"),
    "url": QT_TRANSLATE_NOOP("words", "URL"),
    "create_date": QT_TRANSLATE_NOOP("words", "Created"),
    "additional_email": QT_TRANSLATE_NOOP("words", "Additional email"),
    "archived": QT_TRANSLATE_NOOP("words", "Archived"),
    "article_category_id": QT_TRANSLATE_NOOP("words", "Article category (id)"),
    "article_id": QT_TRANSLATE_NOOP("words", "Article (id)"),
    "barcode": QT_TRANSLATE_NOOP("words", "Barcode"),
    "city": QT_TRANSLATE_NOOP("words", "City"),
    "company_code": QT_TRANSLATE_NOOP("words", "Company"),
    "company_id": QT_TRANSLATE_NOOP("words", "Company (id)"),
    "contact_id": QT_TRANSLATE_NOOP("words", "Contact (id)"),
    "customer_remarks": QT_TRANSLATE_NOOP("words", "Customer remarks"),
    "description": QT_TRANSLATE_NOOP("words", "Description"),
    "disabled": QT_TRANSLATE_NOOP("words", "Disabled"),
    "equipment_family_id": QT_TRANSLATE_NOOP("words", "Equipment family (id)"),
    "fax": QT_TRANSLATE_NOOP("words", "Fax"),
    "file_name": QT_TRANSLATE_NOOP("words", "File name"),
    "functions": QT_TRANSLATE_NOOP("words", "Functions"),
    "is_archived": QT_TRANSLATE_NOOP("words", "Archived"),
    "is_client": QT_TRANSLATE_NOOP("words", "Client"),
    "is_closed": QT_TRANSLATE_NOOP("words", "Closed"),
    "is_daily_approval": QT_TRANSLATE_NOOP("words", "Daily approval"),
    "is_default": QT_TRANSLATE_NOOP("words", "Default"),
    "is_dummy": QT_TRANSLATE_NOOP("words", "Dummy"),
    "is_signed": QT_TRANSLATE_NOOP("words", "Signed"),
    "is_supplier": QT_TRANSLATE_NOOP("words", "Supplier"),
    "is_team_leader": QT_TRANSLATE_NOOP("words", "Team leader"),
    "is_under_warranty": QT_TRANSLATE_NOOP("words", "Under warranty"),
    "is_working_address": QT_TRANSLATE_NOOP("words", "Working address"),
    "job_approval_id": QT_TRANSLATE_NOOP("words", "Job approval (id)"),
    "job_status_code": QT_TRANSLATE_NOOP("words", "Job status"),
    "job_status_id": QT_TRANSLATE_NOOP("words", "Job status (id)"),
    "job_type_code": QT_TRANSLATE_NOOP("words", "Job type"),
    "job_type_id": QT_TRANSLATE_NOOP("words", "Job type (id)"),
    "line_code": QT_TRANSLATE_NOOP("words", "Line"),
    "line_memo": QT_TRANSLATE_NOOP("words", "Line memo"),
    "mobile": QT_TRANSLATE_NOOP("words", "Mobile"),
    "no_stock": QT_TRANSLATE_NOOP("words", "No stock"),
    "notes": QT_TRANSLATE_NOOP("words", "Notes"),
    "parent_id": QT_TRANSLATE_NOOP("words", "Parent (id)"),
    "price": QT_TRANSLATE_NOOP("words", "Price"),
    "project_id": QT_TRANSLATE_NOOP("words", "Project (id)"),
    "project_status_code": QT_TRANSLATE_NOOP("words", "Project status"),
    "project_status_id": QT_TRANSLATE_NOOP("words", "Project status (id)"),
    "project_type_code": QT_TRANSLATE_NOOP("words", "Project type"),
    "project_type_id": QT_TRANSLATE_NOOP("words", "Project type (id)"),
    "quantity": QT_TRANSLATE_NOOP("words", "Quantity"),
    "rating": QT_TRANSLATE_NOOP("words", "Rating"),
    "remark": QT_TRANSLATE_NOOP("words", "Remark"),
    "serial_number": QT_TRANSLATE_NOOP("words", "Serial number"),
    "signed_by_company": QT_TRANSLATE_NOOP("words", "Signed by company"),
    "street": QT_TRANSLATE_NOOP("words", "Street"),
    "street_number": QT_TRANSLATE_NOOP("words", "Street number"),
    "system_job_status_id": QT_TRANSLATE_NOOP("words", "System job status (id)"),
    "use_serial": QT_TRANSLATE_NOOP("words", "Use serial"),
    "user_id": QT_TRANSLATE_NOOP("words", "User (id)"),
}
# The job number is what the office calls a job's id2.
ENTITY_FIELD_TITLES = {("Jobs", "id2"): QT_TRANSLATE_NOOP("words", "Job #")}


def field_title(name: str, entity: str = "") -> str:
    """``reference_back_office`` -> ``ERP reference``; else the name in words (``is_signed`` ->
    ``Signed``, ``job_type_code`` -> ``Job type``, ``job_type_id`` -> ``Job type (id)``)."""
    title = ENTITY_FIELD_TITLES.get((entity, name)) or FIELD_TITLES.get(name)
    if title:
        return translate(title)
    words = name.split("_")
    if len(words) > 1 and words[0] in ("is", "has"):
        words = words[1:]
    suffix = ""
    if len(words) > 1 and words[-1] in ("code", "id", "dateutc"):
        suffix = " (id)" if words[-1] == "id" else ""
        words = words[:-1]
    return capitalised(" ".join(words)) + suffix


__all__ = [
    "ENTITY_LABELS", "ENTITY_TITLES", "FIELD_TITLES", "JOURNAL_ACTIONS", "JOURNAL_RESULTS", "RUN_COUNTERS", "RUN_KINDS",
    "RUN_STATUSES", "capitalised", "counted", "counter_text", "entity_label_text", "entity_text", "entity_title_text",
    "field_title", "in_sentence", "journal_action_text", "journal_result_text", "person_name", "plural",
    "run_counts_text", "run_kind_text", "run_status_text", "run_title", "translate", "with_name",
]
