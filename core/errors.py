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

``Sentence`` is a Reason whose code is its English template: every other sentence core writes for
a person (an error's message, a journal line, a check's verdict) is made with :func:`sentence` or
:func:`counted`, whose first arguments are literal templates. ``python -m gui.i18n --update``
gathers those templates (:func:`templates_in`) into the window's catalogues (context ``core``),
so the window translates the template and places the same params; the CLI prints the English.
"""
from __future__ import annotations

from typing import Any


class Reason(str):
    """An English sentence that also carries its ``code`` and ``params`` (see the module docstring)."""

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, /, **params: Any) -> Reason:
        reason = super().__new__(cls, text)
        reason.code = code
        reason.params = params
        return reason

    def __reduce__(self):  # copy and pickle keep the code and the params
        return _reason, (str(self), self.code, self.params)


def _reason(text: str, code: str, params: dict[str, Any]) -> Reason:
    return Reason(text, code, **params)


class Sentence(Reason):
    """An English sentence made from a template (its ``code``) and ``params``; ``count`` is the
    number that chose between singular and plural (None when the sentence has no plural)."""

    count: int | None = None

    def __reduce__(self):
        return _sentence, (str(self), self.code, self.params, self.count)


def _sentence(text: str, template: str, params: dict[str, Any], count: int | None) -> Sentence:
    made = Sentence(text, template, **params)
    made.count = count
    return made


def sentence(template: str, /, **params: Any) -> Sentence:
    """``template.format(**params)``, which a window can word in its own language.

    ``template`` must be a literal string (the catalogues are gathered from the sources); its
    placeholders are named (``{path}``), and params that are Sentences are worded too."""
    return Sentence(template.format(**params), template, **params)


def counted(count: int, singular: str, plural: str, /, **params: Any) -> Sentence:
    """The singular template for a count of one, else the plural, with ``{n}`` the count.

    The window translates the plural template with the count, so each language picks its own
    form (French says "0 ligne"). Both templates must be literal strings."""
    return _sentence((singular if count == 1 else plural).format(n=count, **params), plural, {"n": count, **params}, count)


def templates_in(source: str, filename: str = "<source>") -> list[tuple[str, str | None]]:
    """The templates of every :func:`sentence` and :func:`counted` call in Python ``source``, in
    the order written: ``(template, singular)``, ``singular`` being None but for counted(). A call
    whose templates are not literal strings raises ValueError, since no catalogue could hold it."""
    import ast

    found: list[tuple[str, str | None]] = []
    calls = [node for node in ast.walk(ast.parse(source, filename)) if isinstance(node, ast.Call)]
    for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
        name = node.func.id if isinstance(node.func, ast.Name) else None  # a method .sentence() is not one
        if name not in ("sentence", "counted"):
            continue
        literals = node.args[1:3] if name == "counted" else node.args[:1]
        if len(literals) != (2 if name == "counted" else 1) or not all(
            isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in literals
        ):
            raise ValueError(f"{filename}:{node.lineno}: {name}() needs literal templates")
        found.append((literals[-1].value, literals[0].value if name == "counted" else None))
    return found


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

    def __init__(self, message: str = sentence("Cancelled.")) -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message
