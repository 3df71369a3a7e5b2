"""The demo ERP: deterministic data, triggers that keep last_modification, the default mapping
fits it, its deliberately bad rows, and the ``demo-erp`` command."""
from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from core.cli import EXIT_FAILED, EXIT_OK, main
from core.erp.demo import INVALID_ROWS, create_demo_erp, sqlite_url, table_counts
from core.erp.mapping import Mapping
from core.erp.reader import ErpReader

CODE_PATTERNS = {
    "customer": r"CUST-\d{4,}",
    "site": r"SITE-\d{4,}",
    "article": r"A-\d{4}",
    "article_category": r"CAT-\d{2}",
    "site_type": r"ST-\d",
    "employee": r"E-\d{3}",
}


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return create_demo_erp(tmp_path_factory.mktemp("demo") / "erp.db", customers=120)


@pytest.fixture
def fresh_demo(tmp_path):
    return create_demo_erp(tmp_path / "erp.db", customers=20)


def dump(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_the_same_seed_gives_the_same_database(tmp_path):
    first = dump(create_demo_erp(tmp_path / "a.db", customers=40, seed=7))
    again = dump(create_demo_erp(tmp_path / "b.db", customers=40, seed=7))
    other = dump(create_demo_erp(tmp_path / "c.db", customers=40, seed=8))
    assert first == again
    assert first != other


def test_contents_sizes_and_codes(demo_path):
    counts = table_counts(demo_path)
    assert counts["customer"] == 120 + 2
    assert 120 <= counts["site"] <= 3 * 120
    assert counts["employee"] >= 10 and counts["article"] >= 30
    assert counts["site_type"] >= 5 and counts["article_category"] >= 5
    assert counts["work_order"] == counts["work_order_part"] == counts["work_order_time"] == 0
    connection = sqlite3.connect(demo_path)
    for table, pattern in CODE_PATTERNS.items():
        codes = [row[0] for row in connection.execute(f"SELECT code FROM {table}")]
        assert all(re.fullmatch(pattern, code) for code in codes), table
        # Nothing like the simulator's demo tenant codes (C00001, P000001, ART-0001, U001).
        assert not any(re.fullmatch(r"(C\d{5}|P\d{6}|ART-\d{4}|U\d{3})", code) for code in codes)
    countries = {row[0] for row in connection.execute("SELECT DISTINCT country FROM customer")}
    assert countries == {"BE", "FR", "NL", "DE"}
    names = [row[0] for row in connection.execute("SELECT name FROM customer WHERE code >= 'CUST-1'")]
    assert len(set(names)) > 0.95 * len(names)


def test_vat_numbers_carry_valid_check_digits(demo_path):
    connection = sqlite3.connect(demo_path)
    vats = [row[0].strip().upper() for row in connection.execute("SELECT vat FROM customer WHERE vat IS NOT NULL")]
    assert len(vats) > 80
    for vat in vats:
        country, digits = vat[:2], vat[2:]
        if country == "BE":
            assert int(digits[:8]) % 97 + int(digits[8:]) == 97, vat
        elif country == "FR":
            siren = int(digits[2:])
            assert int(digits[:2]) == (12 + 3 * (siren % 97)) % 97, vat
        elif country == "NL":
            weighted = sum(w * int(d) for w, d in zip(range(9, 1, -1), digits[:8]))
            assert weighted % 11 == int(digits[8]) and digits.endswith("B01"), vat
        else:
            assert country == "DE" and len(digits) == 9, vat


def test_the_default_mapping_fits_the_demo_erp(demo_path):
    reader = ErpReader(sqlite_url(demo_path), Mapping.default())
    assert reader.check() == []
    invalid = {}
    counts = {}
    for entity in reader.mapping.entity_order():
        rows = list(reader.read(entity))
        counts[entity] = len(rows)
        invalid.update({(entity, row.key): row.problems for row in rows if row.problems})
    assert invalid == {
        ("Company", "CUST-0901"): ["The name field is required."],
        ("Company", "CUST-0902"): ["The field name must be a string with a maximum length of 64."],
        ("Article", "A-0901"): ["entered_price (column price): 'on request' is not a number"],
    }
    connection = sqlite3.connect(demo_path)
    active = connection.execute("SELECT count(*) FROM customer WHERE active = 1").fetchone()[0]
    assert counts["Company"] == active  # the default mapping's row filter
    assert counts["Project"] == table_counts(demo_path)["site"]
    # The site whose customer does not exist reads fine; finding the missing company is the plan's job.
    projects = {row.key: row for row in reader.read("Project")}
    assert projects["SITE-0901"].ok and projects["SITE-0901"].values["company_code"] == "CUST-0900"
    assert {row.table for row in INVALID_ROWS} == {"customer", "article", "site"}


def test_transforms_tidy_hand_typed_values(demo_path):
    connection = sqlite3.connect(demo_path)
    messy = connection.execute("SELECT code, vat FROM customer WHERE vat LIKE ' %' AND active = 1").fetchall()
    assert messy, "the demo should hold some VAT numbers typed by hand"
    reader = ErpReader(sqlite_url(demo_path), Mapping.default())
    companies = {row.key: row for row in reader.read("Company")}
    for code, vat in messy:
        assert companies[code].values["vat_reg_code"] == vat.strip().upper()
    articles = list(reader.read("Article"))
    prices = [row.values["entered_price"] for row in articles if row.ok]
    assert all(price.as_tuple().exponent == -2 for price in prices)


def stamp(connection, table, code) -> str:
    return connection.execute(f"SELECT last_modification FROM {table} WHERE code = ?", (code,)).fetchone()[0]


def test_triggers_stamp_updates_and_only_that_row_is_read_since(fresh_demo):
    reader = ErpReader(sqlite_url(fresh_demo), Mapping.default())
    watermark = reader.max_modified("Company")
    started = datetime.now(timezone.utc) - timedelta(seconds=1)
    connection = sqlite3.connect(fresh_demo)
    with connection:
        connection.execute("UPDATE customer SET phone = '+32 2 000 00 00' WHERE code = 'CUST-1005'")
    changed = list(reader.read("Company", since=watermark, overlap=timedelta(0)))
    assert [row.key for row in changed] == ["CUST-1005"]
    assert changed[0].values["phone"] == "+32 2 000 00 00"
    assert started <= changed[0].modified <= datetime.now(timezone.utc) + timedelta(seconds=1)
    assert reader.max_modified("Company") == changed[0].modified


def test_editing_an_unsynchronised_column_changes_no_value(fresh_demo):
    reader = ErpReader(sqlite_url(fresh_demo), Mapping.default())
    watermark = reader.max_modified("Company")
    before = {row.key: row.values for row in reader.read("Company")}
    connection = sqlite3.connect(fresh_demo)
    with connection:
        connection.execute("UPDATE customer SET notes = 'Call before coming' WHERE code = 'CUST-1002'")
    (row,) = reader.read("Company", since=watermark, overlap=timedelta(0))
    # The row is read again (its stamp moved), but nothing Odyssee holds differs: no push.
    assert row.key == "CUST-1002" and row.values == before["CUST-1002"]


def test_trigger_rules_for_inserts_and_explicit_stamps(fresh_demo):
    connection = sqlite3.connect(fresh_demo)
    with connection:
        connection.execute("INSERT INTO site_type (code, name) VALUES ('ST-9', 'Chiller')")
        connection.execute(
            "UPDATE site_type SET name = 'Boiler', last_modification = '2020-01-01T00:00:00.000Z' WHERE code = 'ST-1'"
        )
        connection.execute("UPDATE article SET description = description WHERE code = 'A-3001'")
    inserted = stamp(connection, "site_type", "ST-9")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", inserted)
    assert inserted > "2025"
    assert stamp(connection, "site_type", "ST-1") == "2020-01-01T00:00:00.000Z"  # set on purpose: kept
    assert stamp(connection, "article", "A-3001") > "2025"  # any update counts, as in a real ERP


def test_refuses_to_replace_an_existing_file(tmp_path):
    path = tmp_path / "erp.db"
    path.write_text("keep me")
    with pytest.raises(FileExistsError):
        create_demo_erp(path, customers=5)
    assert path.read_text() == "keep me"
    create_demo_erp(path, customers=5, overwrite=True)
    assert table_counts(path)["customer"] == 7
    assert not list(tmp_path.glob("*.part"))


def test_the_command_creates_refuses_and_forces(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo-erp", "--path", str(path), "--customers", "15", "--seed", "3"]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"Demo ERP created: {path}" in out
    assert sqlite_url(path) in out
    assert re.search(r"customer\s+17 rows", out)
    assert "CUST-0902: name longer than the 64 characters Odyssee allows" in out
    first = dump(path)

    assert main(["demo-erp", "--path", str(path)]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert captured.err.strip() == f"{path} already exists; add --force to replace it."
    assert dump(path) == first

    assert main(["demo-erp", "--path", str(path), "--customers", "15", "--seed", "3", "--force"]) == EXIT_OK
    assert dump(path) == first


def test_the_command_rejects_a_bad_count(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["demo-erp", "--path", str(tmp_path / "x.db"), "--customers", "many"])
    assert "'many' is not a whole number" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()
