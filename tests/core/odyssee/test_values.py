"""The value codec: the three readers and where they differ, the model's rules, one canonical
form per field type (so equal values never look changed), and request bodies."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.odyssee.model import EMPTY_GUID, EMPTY_GUID_TEXT, ENTITY_SETS, FieldSpec
from core.odyssee.values import (
    FieldValueError,
    NormaliseError,
    check_value,
    differs,
    encode_json,
    normalise,
    normalise_values,
    read_answer,
    read_erp,
    read_request,
    wire_value,
)
from core.state import snapshot_hash as values_hash

TEXT = FieldSpec("name", "string", 64)
NUMBER = FieldSpec("entered_price", "decimal")
WHOLE = FieldSpec("sequence", "int")
FLAG = FieldSpec("archived", "bool")
GUID = FieldSpec("company_id", "guid")
DATE = FieldSpec("create_date", "datetime")
STATUS = ENTITY_SETS["Company"]["company_sales_status_code"]


PRICE = ENTITY_SETS["Article"]["entered_price"]
IS_CLIENT = ENTITY_SETS["Company"]["is_client"]
RATING = ENTITY_SETS["JobApproval"]["rating"]
CONTENT = ENTITY_SETS["DbFile"]["file_content"]


# ----------------------------------------------------------------------------------------------
# Reading: three entry points, one reader per type


@pytest.mark.parametrize(
    ("spec_name", "raw", "expected"),
    [
        (("Article", "entered_price"), "12,5", Decimal("12.5")),
        (("Article", "entered_price"), 12.1, Decimal("12.1")),
        (("Article", "entered_price"), None, Decimal(0)),
        (("Article", "entered_price"), "  ", Decimal(0)),
        (("Company", "name"), 1000, "1000"),
        (("Company", "zip"), 1000.0, "1000"),
        (("Company", "name"), None, ""),
        (("Company", "archived"), "Yes", True),
        (("Company", "archived"), 0, False),
        (("Company", "create_date"), "2024-03-01 08:15:00", datetime(2024, 3, 1, 8, 15, tzinfo=timezone.utc)),
        (("Company", "create_date"), datetime(2024, 3, 1, 8, 15), datetime(2024, 3, 1, 8, 15, tzinfo=timezone.utc)),
    ],
)
def test_erp_values_become_the_field_type(spec_name, raw, expected):
    entity, field_name = spec_name
    value = read_erp(ENTITY_SETS[entity][field_name], raw)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(
    ("spec_name", "raw", "reason"),
    [
        (("Article", "entered_price"), "on request", "'on request' is not a number"),
        (("Article", "entered_price"), "NaN", "'NaN' is not a number"),
        (("Article", "entered_price"), True, "True is not a number"),
        (("Company", "archived"), "maybe", "'maybe' is not true or false"),
        (("Company", "create_date"), "tomorrow", "'tomorrow' is not a date"),
        (("Project", "company_id"), "not-a-guid", "'not-a-guid' is not a GUID"),
    ],
)
def test_erp_values_that_do_not_convert_say_why(spec_name, raw, reason):
    entity, field_name = spec_name
    with pytest.raises(FieldValueError) as raised:
        read_erp(ENTITY_SETS[entity][field_name], raw)
    assert str(raised.value) == reason


def test_an_erp_decimal_comma_is_a_number_but_not_in_an_answer_or_a_request():
    """The ERP reader takes what people type; an answer or a request with it is malformed."""
    assert read_erp(PRICE, "1 200,50") == Decimal("1200.50")
    with pytest.raises(FieldValueError):
        read_answer(PRICE, "1 200,50")
    with pytest.raises(NormaliseError, match="entered_price: '1 200,50' is not a number"):
        normalise(PRICE, "1 200,50")
    with pytest.raises(FieldValueError):
        read_request(PRICE, "1 200,50")
    # Once the ERP reader has read it, every later step agrees on the number.
    assert normalise(PRICE, read_erp(PRICE, "1 200,50")) == normalise(PRICE, 1200.5) == "1200.5"


@pytest.mark.parametrize(
    "spec, value",
    [
        (PRICE, Decimal("12.5")),
        (PRICE, 12),
        (WHOLE, 7),
        (FLAG, True),
        (GUID, "DBED4BF9-F928-47F1-947F-D6B070443033"),
        (GUID, ""),
        (DATE, "2015-07-14T13:08:00.000Z"),
        (DATE, "2026-02-09T17:41:18.4279196+02:00"),
        (TEXT, " Dupont "),
        (TEXT, ""),
        (STATUS, "CreditRisk"),
    ],
)
def test_the_readers_agree_on_every_value_all_of_them_accept(spec, value):
    assert read_erp(spec, value) == read_answer(spec, value) == read_request(spec, value)


@pytest.mark.parametrize(
    "spec, value",
    [(PRICE, "12.5"), (FLAG, "true"), (FLAG, 1), (TEXT, 12), (WHOLE, "7"), (DATE, "")],
)
def test_a_request_value_must_be_of_its_json_type(spec, value):
    with pytest.raises(FieldValueError) as raised:
        read_request(spec, value)
    assert raised.value.field == spec.name
    assert read_answer(spec, value) is not None  # an answer's text forms are fine


def test_a_blank_value_is_the_field_default_for_both_lenient_readers():
    # is_client defaults to true: a blank flag is "not given", not "false".
    assert read_erp(IS_CLIENT, "") is True
    assert read_answer(IS_CLIENT, " ") is True
    assert normalise(IS_CLIENT, "") is normalise(IS_CLIENT, None) is True
    assert read_request(GUID, "") == EMPTY_GUID  # how clients send an unset reference


def test_guid_bytes_are_only_the_erps():
    raw = uuid.UUID("DBED4BF9-F928-47F1-947F-D6B070443033").bytes_le  # SQL Server's uniqueidentifier
    assert read_erp(GUID, raw) == uuid.UUID("DBED4BF9-F928-47F1-947F-D6B070443033")
    with pytest.raises(FieldValueError):
        read_answer(GUID, raw)


def test_binary_content_in_an_answer_or_a_request_is_base64():
    assert read_answer(CONTENT, "aGVsbG8=") == read_request(CONTENT, "aGVsbG8=") == b"hello"
    assert normalise(CONTENT, b"hello") == normalise(CONTENT, " aGVsbG8= ") == "aGVsbG8="
    with pytest.raises(FieldValueError):
        read_request(CONTENT, "not base64!")
    with pytest.raises(FieldValueError):
        read_erp(CONTENT, "aGVsbG8=")  # an ERP text column is not content


def test_a_huge_whole_number_reads_as_out_of_range():
    # int() of the number itself would hold the process for minutes.
    for reader in (read_erp, read_answer, read_request):
        value = reader(RATING, Decimal("-1e999999999"))
        assert check_value(RATING, value) == ["The field rating must be between -2147483648 and 2147483647."]


def test_the_models_rules_in_the_servers_words():
    assert check_value(ENTITY_SETS["Company"]["name"], "x" * 65) == [
        "The field name must be a string with a maximum length of 64."
    ]
    assert check_value(ENTITY_SETS["Company"]["name"], "") == ["The name field is required."]
    assert check_value(PRICE, Decimal("0.0000000000000000001")) == ["The field entered_price must have at most 18 decimals."]
    assert check_value(STATUS, "Gold") == ["The field company_sales_status_code must be one of: Normal, CreditRisk, BlockedbyCM, OrderBlocked."]
    assert check_value(RATING, 3) == []


# ----------------------------------------------------------------------------------------------
# Normalising


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


def test_decimal_normalisation_keeps_every_digit_and_stays_short_far_out_of_range():
    # Decimal.normalize() rounds to 28 digits: these two would have compared equal.
    assert normalise(NUMBER, "123456789012345678901234567890.5") == "123456789012345678901234567890.5"
    assert differs(NUMBER, "123456789012345678901234567890.5", "123456789012345678901234567890.4")
    # A hostile answer's number neither overflows the decimal context nor becomes a billion digits.
    assert normalise(NUMBER, "1e999999999") == "1E+999999999" == normalise(NUMBER, "1E+999999999")
    assert normalise(NUMBER, "-1e-999999999") == "-1E-999999999"


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


# ----------------------------------------------------------------------------------------------
# Writing


def test_request_bodies_keep_decimals_exact_and_dates_in_the_api_form():
    body = {
        "price": Decimal("12.50"),
        "tiny": Decimal("0.000000000000000001"),
        "when": datetime(2015, 7, 14, 13, 8, tzinfo=timezone.utc),
        "id": uuid.UUID(int=1),
        "tags": ["a", 1, None, True],
    }
    text = encode_json(body).decode()
    assert '"price":12.50' in text and '"tiny":0.000000000000000001' in text
    assert '"when":"2015-07-14T13:08:00.000Z"' in text
    assert json.loads(text)["id"] == "00000000-0000-0000-0000-000000000001"
    with pytest.raises(ValueError):
        encode_json({"x": Decimal("NaN")})
