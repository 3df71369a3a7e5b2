"""A Reason is its English sentence (so the CLI, the journal and JSON see that), and also says
what it is: a code and the values placed in it, for a window to word it in its own language."""
from __future__ import annotations

import copy
import json
import pickle

from core.errors import Reason
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
