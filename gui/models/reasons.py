"""Why a plan row cannot be pushed, in the window's language.

Core writes the reasons in English; the frequent ones are :class:`core.errors.Reason`, which also
carry a ``code`` and the ``params`` placed in the sentence. :func:`reason_text` words a Reason of
a known code itself (context ``reasons``), with field names as the window titles them
(:func:`gui.models.words.field_title`) and entity sets as it names them; any other reason is
quoted as core wrote it.
"""
from __future__ import annotations

from functools import partial
from typing import Any, Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from core.errors import Reason
from gui.models.sentences import core_text
from gui.models.words import entity_label_text, entity_title_text, field_title, in_sentence


def _field(params: Mapping[str, Any], entity: str) -> str:
    return field_title(str(params["field"]), entity)


def _not_of_type(type_name: str) -> str:
    """``is not a number``: the end of a "wrong type" reason ("" for a type without one)."""
    endings = {
        "decimal": QCoreApplication.translate("reasons", "is not a number"),
        "int": QCoreApplication.translate("reasons", "is not a whole number"),
        "datetime": QCoreApplication.translate("reasons", "is not a date"),
        "bool": QCoreApplication.translate("reasons", "is not true or false"),
        "guid": QCoreApplication.translate("reasons", "is not a GUID"),
        "string": QCoreApplication.translate("reasons", "is not text"),
        "bytes": QCoreApplication.translate("reasons", "is not binary content"),
    }
    return endings.get(type_name, "")


def _not_type(p: Mapping[str, Any], entity: str) -> str:
    ending = _not_of_type(str(p.get("type") or ""))
    if not ending:
        raise KeyError(p.get("type"))
    if p.get("column"):
        text = QCoreApplication.translate("reasons", "{0} (column {1}): {2} {3}.")
        return text.format(_field(p, entity), p["column"], p["value"], ending)
    return QCoreApplication.translate("reasons", "{0}: {1} {2}.").format(_field(p, entity), p["value"], ending)


def _reference(p: Mapping[str, Any], code: str) -> str:
    field, value, target = field_title(str(p["field"])), p["value"], str(p["target"])
    label = entity_label_text(target)
    if code == "reference_missing":
        text = QCoreApplication.translate(
            "reasons", "{0} “{1}”: there is no {2} with this code in Odyssee, nor among the ERP rows to push."
        )
        return text.format(field, value, label)
    if code == "reference_skipped":
        text = QCoreApplication.translate(
            "reasons",
            "{0} “{1}”: there is no {2} with this code in Odyssee, and its ERP row is skipped (bring it back to push it).",
        )
        return text.format(field, value, label)
    if code == "reference_unplanned":
        text = QCoreApplication.translate(
            "reasons", "{0} “{1}”: there is no {2} with this code in Odyssee; include the {3} too, or push them first."
        )
        return text.format(field, value, label, in_sentence(entity_title_text(target)))
    text = QCoreApplication.translate(
        "reasons", "{0} “{1}”: there is no {2} with this code in Odyssee, and its ERP row is invalid ({3})."
    )
    inner = "; ".join(reason_text(problem, target).rstrip(".") for problem in p.get("problems") or [])
    return text.format(field, value, label, inner)


def _required(p: Mapping[str, Any], entity: str) -> str:
    return QCoreApplication.translate("reasons", "The field “{0}” is required.").format(_field(p, entity))


def _max_length(p: Mapping[str, Any], entity: str) -> str:
    text = QCoreApplication.translate("reasons", "The field “{0}” can hold at most {1} characters.")
    return text.format(_field(p, entity), p["max_length"])


def _between(p: Mapping[str, Any], entity: str) -> str:
    text = QCoreApplication.translate("reasons", "The field “{0}” must be between {1} and {2}.")
    return text.format(_field(p, entity), p["lower"], p["upper"])


def _decimals(p: Mapping[str, Any], entity: str) -> str:
    text = QCoreApplication.translate("reasons", "The field “{0}” can have at most {1} decimals.")
    return text.format(_field(p, entity), p["places"])


def _choices(p: Mapping[str, Any], entity: str) -> str:
    text = QCoreApplication.translate("reasons", "The field “{0}” must be one of: {1}.")
    return text.format(_field(p, entity), ", ".join(p["choices"]))


def _key_empty(p: Mapping[str, Any], entity: str) -> str:
    return QCoreApplication.translate("reasons", "The ERP key (column {0}) is empty.").format(p["column"])


def _reference_empty(p: Mapping[str, Any], entity: str) -> str:
    text = QCoreApplication.translate("reasons", "“{0}” is empty, but Odyssee requires it on every {1}.")
    return text.format(field_title(str(p["field"]), entity), entity_label_text(str(p["entity"])))


_TEXTS: dict[str, Callable[[Mapping[str, Any], str], str]] = {
    "required": _required,
    "max_length": _max_length,
    "between": _between,
    "decimals": _decimals,
    "choices": _choices,
    "not_type": _not_type,
    "key_empty": _key_empty,
    "reference_empty": _reference_empty,
    **{code: partial(lambda p, entity, code: _reference(p, code), code=code) for code in (
        "reference_missing", "reference_skipped", "reference_unplanned", "reference_invalid",
    )},
}


def reason_text(problem: str, entity: str = "") -> str:
    """``problem`` in the window's language when it is a Reason the window knows, else as it is.
    ``entity`` (``Company``…) is the entity set of the row, for its field titles."""
    words = _TEXTS.get(problem.code) if isinstance(problem, Reason) else None
    if words is None:
        return core_text(problem)
    try:
        return words(problem.params, entity)
    except (KeyError, TypeError, ValueError, IndexError):  # params not as expected: core's sentence
        return str(problem)


def reasons_text(problems: Iterable[str], entity: str = "", separator: str = "; ") -> str:
    """Several reasons in one line, each as :func:`reason_text` words it."""
    return separator.join(reason_text(problem, entity) for problem in problems)


__all__ = ["reason_text", "reasons_text"]
