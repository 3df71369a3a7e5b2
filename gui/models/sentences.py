"""Core's sentences in the window's language.

Core writes every sentence for a person in English, made with ``core.errors.sentence`` or
``counted``: a ``Sentence`` carries its template and params, so :func:`core_text` translates the
template (context ``core``, gathered into the catalogues by ``python -m gui.i18n --update``) and
places the same params, a param that is itself a sentence worded too. A sentence that crossed a
store as plain text (the journal's message column, a run written by another workstation) is
recognised against the templates of ``core_templates.json``; text that matches none (a server's
own words, an older version's sentence) is shown as it is. Where no catalogue translates the
template (English), the window shows core's own text.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache
from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from core.errors import Sentence
from gui.i18n import CORE_CONTEXT, shipped_core_templates


class _WindowFormatter(string.Formatter):
    """str.format, but a number core groups (``{n:,}``) grouped as the window's locale does, and a
    format spec meant for a number ignored when the value arrived as text (a recognised
    sentence's params). An ungrouped number (a run, a port, a year) stays as core wrote it."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, int) and not isinstance(value, bool) and format_spec == ",":
            return QLocale().toString(value)
        if isinstance(value, str) and format_spec and not format_spec.endswith("s"):
            return value
        return super().format_field(value, format_spec)


_FORMATTER = _WindowFormatter()


def core_text(text: Any) -> str:
    """``text`` (a Sentence, or a str core wrote) in the window's language; "" for None."""
    if text is None:
        return ""
    if isinstance(text, Sentence):
        return _worded(text.code, text.params, text.count, str(text))
    found = _match(str(text))
    if found is None:
        return str(text)
    template, params, count = found
    return _worded(template, dict(params), count, str(text))


def error_text(error: BaseException) -> str:
    """An exception's sentence in the window's language (its ``message`` or first argument when
    core made it with sentence(), else recognised from its text)."""
    message = getattr(error, "message", None)
    for said in (message, *error.args[:1]):
        if isinstance(said, Sentence):
            return core_text(said)
    return core_text(message if isinstance(message, str) and message else str(error))


def attention_lines(outcomes: Any) -> list[str]:
    """``key: status — why`` for each outcome of a push or an undo that needs the user's eye."""
    return [f"{outcome.key}: {outcome.status} — {core_text(outcome.message)}" for outcome in outcomes if outcome.needs_attention]


def _worded(template: str, params: Mapping[str, Any], count: int | None, english: str) -> str:
    translated = QCoreApplication.translate(CORE_CONTEXT, template, None, -1 if count is None else count)
    if translated == template and (count is not None or not any(isinstance(value, Sentence) for value in params.values())):
        # No catalogue has it (English): core's own words, its singular included. A translation
        # the same as the English ("{field}: {problem}" in Dutch) still words its sentences.
        return english
    placed = {name: core_text(value) if isinstance(value, str) else value for name, value in params.items()}
    try:
        return _FORMATTER.vformat(translated, (), placed)
    except (KeyError, IndexError, ValueError, TypeError):  # a translation that lost its placeholders
        return english


# --- a sentence stored as text ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """(pattern of the English text, template, plural?) per form of every core template that has
    words of its own, the most specific (most literal words) first, so "Cannot read {path}: {why}"
    wins over "{entity} cannot be read: {why}"."""
    forms = []
    for template, singular in shipped_core_templates():
        for form in (template, singular):
            if form is None:
                continue
            pattern, literal = _pattern(form)
            if literal:  # "{where}: {problem}" would claim any text with a colon: only a made one is worded
                forms.append((len(literal), pattern, template, singular is not None))
    forms.sort(key=lambda form: -form[0])
    return tuple((pattern, template, plural) for _, pattern, template, plural in forms)


def _pattern(template: str) -> tuple[re.Pattern[str], str]:
    """The template's English as a pattern, and the words of its literal text."""
    parts, seen, literal = [], set(), ""
    for text, field, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(text))
        literal += "".join(character for character in text if character.isalpha())
        if field is None:
            continue
        parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.+?)")
        seen.add(field)
    return re.compile("".join(parts), re.DOTALL), literal


@lru_cache(maxsize=4096)
def _match(text: str) -> tuple[str, tuple[tuple[str, str], ...], int | None] | None:
    """(template, params, count) of the core template ``text`` was made from, else None."""
    for pattern, template, plural in _patterns():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        params = found.groupdict()
        count = _count(params.get("n")) if plural else None
        if plural and count is None:
            continue
        return template, tuple(params.items()), count
    return None


def _count(text: str | None) -> int | None:
    try:
        return int(str(text).replace(",", "").replace("\u202f", "").replace("\xa0", ""))
    except ValueError:
        return None


__all__ = ["attention_lines", "core_text", "error_text"]
