"""The words the window uses for counts, runs and the journal: never a raw key on screen.

- :func:`plural`: ``1 job``, ``2 jobs``, the number in the user's locale.
- Runs: their kind (``Export to the ERP``), their result (``Done``, ``Partly done``) and their
  counters (``3 exported · 4 not selected``), from the keys the engines record.
- The journal: its actions and results (``Created``, ``Not approved``).
- :func:`with_name`: a code with the name people know it by (``C00173 — Garage Dupont``).
- :func:`field_title`: an Odyssee field as a column title (``reference_back_office`` reads
  ``ERP reference``); the API's name stays at hand in the tooltip, for ``$filter``.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from core.odyssee.model import entity_label
from gui.models.formatting import number_text


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 job``, ``2 jobs`` (``many``: the plural when it is not ``word`` + s)."""
    return f"{number_text(count)} {word if count == 1 else (many or word + 's')}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_sentence(title: str) -> str:
    """A title inside a sentence: ``Name`` -> ``name``, while ``ERP reference`` stays."""
    return title if title[1:2].isupper() else title[:1].lower() + title[1:]


# --- runs --------------------------------------------------------------------------------------

RUN_KINDS = {"push": "Push to Odyssee", "export": "Export to the ERP", "pdfs": "PDF download"}
RUN_STATUSES = {
    "ok": "Done",
    "partial": "Partly done",
    "failed": "Failed",
    "cancelled": "Cancelled",
    "interrupted": "Interrupted",
    None: "Running",
    "": "Running",
}
# A run's counter (as the engines record it) -> (one, many): "1 conflict", "2 conflicts"; in
# this order: what was done first, then what was not.
RUN_COUNTERS: dict[str, tuple[str, str]] = {
    "ok": ("sent", "sent"),
    "created": ("created", "created"),
    "updated": ("updated", "updated"),
    "exported": ("exported", "exported"),
    "downloaded": ("downloaded", "downloaded"),
    "conflict": ("conflict", "conflicts"),
    "failed": ("failed", "failed"),
    "invalid": ("with problems", "with problems"),
    "held": ("held back", "held back"),
    "skipped": ("skipped", "skipped"),
    "not_selected": ("not selected", "not selected"),
}
# Counters whose words depend on the run's kind.
KIND_COUNTERS: dict[tuple[str, str], tuple[str, str]] = {
    ("pdfs", "skipped"): ("already there", "already there"),
}


def run_kind_text(kind: str) -> str:
    return RUN_KINDS.get(kind, capitalised(kind.replace("_", " ")))


def run_status_text(status: str | None) -> str:
    return RUN_STATUSES.get(status, capitalised(str(status).replace("_", " ")))


def counter_text(name: str, number: int, kind: str = "") -> str:
    """``4 not selected``: one counter of a run, in words."""
    one, many = KIND_COUNTERS.get((kind, name)) or RUN_COUNTERS.get(name) or (name.replace("_", " "),) * 2
    return f"{number_text(number)} {one if number == 1 else many}"


def run_counts_text(counts: Mapping[str, int], kind: str = "") -> str:
    """``3 exported · 4 not selected`` (counters of 0 left out); "nothing to do" for none."""
    order = {name: position for position, name in enumerate(RUN_COUNTERS)}
    names = sorted(counts, key=lambda name: order.get(name, len(order)))
    parts = [counter_text(name, counts[name], kind) for name in names if counts[name]]
    return " · ".join(parts) or "nothing to do"


def run_title(run) -> str:
    """``#12 Export to the ERP (done)``, for a list of runs to choose from."""
    return f"#{run.id} {run_kind_text(run.kind)} ({run_status_text(run.status).lower()})"


# --- the journal -------------------------------------------------------------------------------

JOURNAL_ACTIONS = {
    "create": "Create",
    "update": "Update",
    "link": "Link",
    "conflict": "Conflict",
    "invalid": "Invalid",
    "export": "Export to the ERP",
}
JOURNAL_RESULTS = {
    "ok": "Done",
    "failed": "Failed",
    "error": "Failed",
    "conflict": "Conflict: edited in Odyssee",
    "skipped": "Skipped",
    "rejected": "Not approved",
}


def journal_action_text(action: str) -> str:
    return JOURNAL_ACTIONS.get(action, capitalised(action.replace("_", " ")))


def journal_result_text(result: str) -> str:
    return JOURNAL_RESULTS.get(result, capitalised(result.replace("_", " ")))


def entity_text(entity: str) -> str:
    """``Job approval``: how a record of the entity set (or the journal's table name) reads."""
    if entity == "job_approval":
        return "Job approval"
    return capitalised(entity_label(entity))


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

FIELD_TITLES = {
    "id": "Id",
    "id2": "Number",
    "code": "Code",
    "name": "Name",
    "reference_back_office": "ERP reference",
    "project_reference_back_office": "Project (ERP reference)",
    "modified_dateutc": "Modified",
    "firstname": "First name",
    "lastname": "Last name",
    "username": "User name",
    "email": "Email",
    "phone": "Phone",
    "zip": "Postcode",
    "db_country_code": "Country",
    "vat_reg_code": "VAT number",
    "company_sales_status_code": "Sales status",
    "article_category_code": "Category",
    "entered_price": "Price",
    "description_short": "Short description",
    "parent_code": "Parent",
    "sequence": "Order",
    "first_planning_date": "First planned",
    "date_closed": "Closed",
    "date_generated": "Generated",
    "contact_name": "Signed by",
    "ready_for_multi_approval": "Ready for multi-approval",
    "working_date": "Working date",
    "timesheet_date_from": "From",
    "timesheet_date_to": "To",
    "type_code": "Type",
    "file_size": "Size",
    "file_type_name": "File type",
    "mime_type": "MIME type",
    "db_table_name": "Table",
    "id_in_table": "Belongs to (id)",
    "jobs_id": "Job (id)",
    "db_table_id": "Table (id)",
    "file_content": "Content",
    "street2": "Street 2",
    "url": "URL",
    "create_date": "Created",
}
# The job number is what the office calls a job's id2.
ENTITY_FIELD_TITLES = {("Jobs", "id2"): "Job #"}


def field_title(name: str, entity: str = "") -> str:
    """``reference_back_office`` -> ``ERP reference``; else the name in words (``is_signed`` ->
    ``Signed``, ``job_type_code`` -> ``Job type``, ``job_type_id`` -> ``Job type (id)``)."""
    title = ENTITY_FIELD_TITLES.get((entity, name)) or FIELD_TITLES.get(name)
    if title:
        return title
    words = name.split("_")
    if len(words) > 1 and words[0] in ("is", "has"):
        words = words[1:]
    suffix = ""
    if len(words) > 1 and words[-1] in ("code", "id", "dateutc"):
        suffix = " (id)" if words[-1] == "id" else ""
        words = words[:-1]
    return capitalised(" ".join(words)) + suffix


__all__ = [
    "FIELD_TITLES", "JOURNAL_ACTIONS", "JOURNAL_RESULTS", "field_title", "in_sentence", "RUN_COUNTERS", "RUN_KINDS", "RUN_STATUSES", "capitalised", "counter_text",
    "entity_text", "journal_action_text", "journal_result_text", "person_name", "plural", "run_counts_text",
    "run_kind_text", "run_status_text", "run_title", "with_name",
]
