"""The two kinds of trouble every layer raises: a problem to tell the user, and a stop.

``UserError`` is the one base of every error the program raises on purpose (a wrong setting, an
Odyssee refusal, an ERP that cannot be reached, a lease held elsewhere…). Its ``message`` is one
sentence a user can read; ``detail`` is the raw text behind it, for a "Details" box or a log;
``field`` names the setting it concerns, when there is one, so a form can point at it without
reading the sentence. A front end shows any ``UserError`` as it is and treats every other
exception as a defect.

``CancelledError`` is not an error of anyone's: the user, a service manager or a lost lease asked
the work to stop. It is not a ``UserError``, so an ``except UserError`` that records a failed
row never swallows a stop.

``Reason`` is a sentence core writes in English (why a plan row cannot be pushed) that also says
what it is: a stable ``code`` and the ``params`` placed in it, so a window can word it in its own
language. It is a ``str`` whose value is the English sentence, so everything that prints, joins,
journals or writes it as JSON sees the sentence; a copy made from JSON is a plain ``str`` again.
"""
from __future__ import annotations

from typing import Any


class Reason(str):
    """An English sentence that also carries its ``code`` and ``params`` (see the module docstring)."""

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, **params: Any) -> Reason:
        reason = super().__new__(cls, text)
        reason.code = code
        reason.params = params
        return reason

    def __reduce__(self):  # copy and pickle keep the code and the params
        return _reason, (str(self), self.code, self.params)


def _reason(text: str, code: str, params: dict[str, Any]) -> Reason:
    return Reason(text, code, **params)


class UserError(Exception):
    """A problem whose message is one sentence for the user."""

    def __init__(self, message: str = "", *, detail: str = "", field: str | None = None) -> None:
        self.message = message
        self.detail = detail
        self.field = field
        super().__init__(message)

    def __str__(self) -> str:
        return self.message

    def explanation(self) -> str:
        """What a "Details" box shows: the raw text behind the sentence (subclasses add more)."""
        return self.detail


class CancelledError(Exception):
    """The work was asked to stop; what was done before stays done."""

    def __init__(self, message: str = "Cancelled.") -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message
