"""A Reason is its English sentence (so the CLI, the journal and JSON see that), and also says
what it is: a code and the values placed in it, for a window to word it in its own language. A
Sentence is one whose code is its template, gathered from the sources into the catalogues."""
from __future__ import annotations

import copy
import json
import pickle

import pytest

from core.errors import Reason, counted, sentence, templates_in
from core.odyssee.model import FieldSpec
from core.odyssee.values import check_value


def test_a_reason_is_its_english_sentence_with_a_code_and_params() -> None:
    reason = Reason("The name field is required.", "required", field="name")
    assert reason == "The name field is required."
    assert isinstance(reason, str)
    assert (reason.code, reason.params) == ("required", {"field": "name"})
    assert json.dumps([reason]) == '["The name field is required."]'
    assert "; ".join([reason, "x"]) == "The name field is required.; x"
    for again in (copy.deepcopy(reason), pickle.loads(pickle.dumps(reason))):
        assert (again, again.code, again.params) == (reason, "required", {"field": "name"})


def test_the_value_checks_give_reasons_in_the_same_words() -> None:
    required = FieldSpec("name", "string", required=True, max_length=64)
    [empty] = check_value(required, "")
    assert empty == "The name field is required."
    assert (empty.code, empty.params) == ("required", {"field": "name"})
    [long] = check_value(required, "x" * 65)
    assert long == "The field name must be a string with a maximum length of 64."
    assert (long.code, long.params) == ("max_length", {"field": "name", "max_length": 64})


def test_a_sentence_is_its_english_text_and_keeps_its_template_and_count() -> None:
    said = sentence("Cannot read {path}: {why}", path="/x/state.db", why="disk full")
    assert said == "Cannot read /x/state.db: disk full"
    assert (said.code, said.params, said.count) == ("Cannot read {path}: {why}", {"path": "/x/state.db", "why": "disk full"}, None)
    one, three = (counted(n, "{n} approval waits", "{n} approvals wait") for n in (1, 3))
    assert (one, three) == ("1 approval waits", "3 approvals wait")
    assert (one.code, one.count, three.code, three.params) == ("{n} approvals wait", 1, "{n} approvals wait", {"n": 3})
    for again in (copy.deepcopy(three), pickle.loads(pickle.dumps(three))):
        assert (again, again.code, again.params, again.count) == (three, three.code, three.params, 3)


def test_the_templates_are_gathered_from_the_source_and_must_be_literal() -> None:
    source = (
        "raise UserError(sentence('No profile {name}.', name=x))\n"
        "note = counted(n, '{n} file', '{n} files')\n"
        "who = info.sentence()\n"  # a method of that name is not a template
    )
    assert templates_in(source) == [("No profile {name}.", None), ("{n} files", "{n} file")]
    with pytest.raises(ValueError, match="line|:1: sentence"):
        templates_in("sentence(f'No profile {name}.')")
    with pytest.raises(ValueError, match="counted"):
        templates_in("counted(n, singular, plural)")


def test_a_sentence_may_place_params_named_text_or_code() -> None:
    said = sentence("{code}: {text}", code="E42", text="refused")
    assert (said, said.params) == ("E42: refused", {"code": "E42", "text": "refused"})
