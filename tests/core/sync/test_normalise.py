"""Normalised values: one canonical form per field type, so equal values never look changed."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.simulator.schema import ENTITY_SETS, FieldSpec
from core.sync.normalise import (
    EMPTY_GUID_TEXT,
    NormaliseError,
    differs,
    normalise,
    normalise_values,
    values_hash,
    wire_value,
)

TEXT = FieldSpec("name", "string", 64)
NUMBER = FieldSpec("entered_price", "decimal")
WHOLE = FieldSpec("sequence", "int")
FLAG = FieldSpec("archived", "bool")
GUID = FieldSpec("company_id", "guid")
DATE = FieldSpec("create_date", "datetime")
STATUS = ENTITY_SETS["Company"]["company_sales_status_code"]


@pytest.mark.parametrize(
    "spec, erp_value, odyssee_value",
    [
        (TEXT, "  Boulangerie Dupont ", "Boulangerie Dupont"),
        (TEXT, None, ""),
        (TEXT, "line one\r\nline two", "line one\nline two"),
        (TEXT, "Cafe\u0301 Müller", "Café Müller"),  # decomposed vs composed é
        (NUMBER, Decimal("12.50"), 12.5),
        (NUMBER, Decimal("8.90"), 8.9),
        (NUMBER, "1200", 1200),
        (NUMBER, None, 0),
        (NUMBER, Decimal("0.00"), 0.0),
        (NUMBER, Decimal("1E+3"), "1000"),
        (WHOLE, Decimal("7"), 7),
        (WHOLE, None, 0),
        (FLAG, None, False),
        (FLAG, 1, True),
        (FLAG, "true", True),
        (GUID, uuid.UUID("DBED4BF9-F928-47F1-947F-D6B070443033"), "dbed4bf9-f928-47f1-947f-d6b070443033"),
        (GUID, None, "00000000-0000-0000-0000-000000000000"),
        (GUID, "", EMPTY_GUID_TEXT),
        (DATE, datetime(2015, 7, 14, 13, 8, 0, 123456, tzinfo=timezone.utc), "2015-07-14T13:08:00.1234567Z"),
        (DATE, datetime(2015, 7, 14, 15, 8, tzinfo=timezone(timedelta(hours=2))), "2015-07-14T13:08:00Z"),
        (DATE, "2026-02-09T17:41:18.4279196+00:00", "2026-02-09T17:41:18.427Z"),
        (DATE, None, "1980-01-01T00:00:00Z"),
        (DATE, datetime(2015, 7, 14, 13, 8), "2015-07-14T13:08:00.000Z"),  # naive: UTC
        (STATUS, "", "Normal"),  # the server stores its default for an empty choice
    ],
)
def test_equal_values_in_different_shapes_normalise_alike(spec, erp_value, odyssee_value):
    assert normalise(spec, erp_value) == normalise(spec, odyssee_value)
    assert not differs(spec, erp_value, odyssee_value)


@pytest.mark.parametrize(
    "spec, left, right",
    [
        (TEXT, "Dupont", "dupont"),
        (NUMBER, Decimal("12.5"), 12.51),
        (FLAG, False, True),
        (GUID, uuid.uuid4(), None),
        (DATE, "2015-07-14T13:08:00.001Z", "2015-07-14T13:08:00.002Z"),
        (STATUS, "CreditRisk", "Normal"),
    ],
)
def test_real_differences_stay_different(spec, left, right):
    assert differs(spec, left, right)


def test_canonical_forms_are_plain_json():
    values = {
        "name": normalise(TEXT, " A "),
        "price": normalise(NUMBER, Decimal("12.50")),
        "flag": normalise(FLAG, 1),
        "guid": normalise(GUID, uuid.UUID(int=5)),
        "date": normalise(DATE, datetime(2024, 3, 1, 8, 15, tzinfo=timezone.utc)),
    }
    assert values == {
        "name": "A",
        "price": "12.5",
        "flag": True,
        "guid": "00000000-0000-0000-0000-000000000005",
        "date": "2024-03-01T08:15:00.000Z",
    }
    assert json.loads(json.dumps(values)) == values


def test_decimal_normalisation_keeps_the_exact_number():
    assert normalise(NUMBER, Decimal("0.1000000000000000001")) == "0.1000000000000000001"
    assert normalise(NUMBER, Decimal("-0.00")) == "0"
    assert normalise(NUMBER, 1e20) == "100000000000000000000"
    assert wire_value(NUMBER, normalise(NUMBER, Decimal("12.50"))) == Decimal("12.5")
    assert wire_value(TEXT, "x") == "x"


@pytest.mark.parametrize(
    "spec, value",
    [(NUMBER, "on request"), (NUMBER, True), (WHOLE, Decimal("1.5")), (FLAG, "maybe"), (GUID, "not-a-guid"), (DATE, "yesterday")],
)
def test_values_of_the_wrong_kind_are_refused_clearly(spec, value):
    with pytest.raises(NormaliseError, match=spec.name):
        normalise(spec, value)
    assert differs(spec, value, spec.default_value)


def test_a_row_hashes_the_same_however_its_values_arrive():
    company = ENTITY_SETS["Company"]
    fields = ["code", "name", "vat_reg_code", "is_client"]
    from_erp = normalise_values(company, {"code": "C1", "name": " Dupont ", "vat_reg_code": None, "is_client": True}, fields)
    from_odyssee = normalise_values(company, {"code": "C1", "name": "Dupont", "vat_reg_code": "", "is_client": "true"}, fields)
    assert from_erp == from_odyssee
    assert values_hash(from_erp) == values_hash(from_odyssee)
    assert values_hash(from_erp) != values_hash({**from_erp, "name": "Dupond"})


@given(st.decimals(allow_nan=False, allow_infinity=False, places=6, min_value=-10**8, max_value=10**8))
def test_decimal_normalisation_is_idempotent_and_exact(number):
    text = normalise(NUMBER, number)
    assert Decimal(text) == number
    assert normalise(NUMBER, text) == text
    # Odyssee answers decimals as JSON numbers; up to 15 significant digits survive a float.
    assert normalise(NUMBER, float(text)) == text


@given(st.datetimes(min_value=datetime(1981, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(timezone.utc)))
def test_date_normalisation_is_idempotent_and_millisecond_exact(moment):
    text = normalise(DATE, moment)
    assert normalise(DATE, text) == text
    assert text.endswith("Z") and len(text) == len("2015-07-14T13:08:00.000Z")
    assert normalise(DATE, moment.replace(microsecond=moment.microsecond // 1000 * 1000 + 999)) == text


@given(st.text(max_size=30))
def test_text_normalisation_is_idempotent(text):
    once = normalise(TEXT, text)
    assert normalise(TEXT, once) == once
    assert once == once.strip()
