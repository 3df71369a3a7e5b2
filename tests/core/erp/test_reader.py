"""Reading an ERP through a mapping, on SQLite and (when a server is given) PostgreSQL.

The PostgreSQL variants run when ODYSSEE_TEST_POSTGRES_URL holds a SQLAlchemy URL of a database
the tests may create schemas in, e.g. ``postgresql+psycopg://odyssee_test:secret@localhost/odyssee_test``.
"""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    insert,
    text,
    update,
)
from sqlalchemy.engine import URL

from core.erp.mapping import Mapping, MappingError
from core.erp.reader import ErpError, ErpReader

POSTGRES_URL_VARIABLE = "ODYSSEE_TEST_POSTGRES_URL"
T0 = datetime(2024, 5, 1, 8, 0, tzinfo=timezone.utc)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def define_tables(metadata: MetaData, schema: str | None) -> tuple[Table, Table]:
    customer = Table(
        "customer",
        metadata,
        Column("code", String(20), primary_key=True),
        Column("name", String(100), nullable=False),
        Column("vat", String(30)),
        Column("country", String(2)),
        Column("active", Integer, nullable=False),
        Column("changed_at", DateTime(timezone=False)),  # naive, taken as UTC
        schema=schema,
    )
    item = Table(
        "item",
        metadata,
        Column("code", String(20), primary_key=True),
        Column("label", String(100), nullable=False),
        Column("price", String(20)),  # typed in as text, as some ERPs do
        Column("category", String(20)),
        Column("changed_at", DateTime(timezone=True)),
        schema=schema,
    )
    return customer, item


CUSTOMERS = [
    # code, name, vat, country, active, changed_at
    ("CUST-1", "  Boulangerie Dupont ", " be0123456749 ", "BE", 1, at(1)),
    ("CUST-2", "Bakkerij Janssens", None, "BE", 1, at(2)),
    ("CUST-3", "Müller Haustechnik GmbH", "DE123456788", "DE", 1, at(3)),
    ("CUST-4", "", "FR00123456789", "FR", 1, at(4)),  # no name: invalid
    ("CUST-5", "Garage Peeters", None, "BE", 0, at(5)),  # inactive: filtered out
    ("CUST-6", "Hotel Visser", "NL001234567B01", "NL", 1, at(6)),
    ("CUST-7", "Apotheek de Vries", None, "NL", 1, at(6)),  # same time as CUST-6: key decides
    ("CUST-8", "Imprimerie Lambert", None, "BE", 1, None),  # never stamped
]
ITEMS = [
    ("A-1", "Air filter G4", "8.9", "CAT-10", at(10)),
    ("A-2", "Circulator pump", "on request", "CAT-20", at(11)),
    ("A-3", "Safety valve 3 bar", "12,345", "CAT-40", at(12)),
    ("A-4", "Expansion vessel 18 l", None, "CAT-40", at(13)),
]


def _sqlite_erp(tmp_path):
    url = f"sqlite:///{tmp_path / 'erp.db'}"
    return create_engine(url), None


def _postgres_erp():
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_URL_VARIABLE} to a SQLAlchemy URL to run these")
    engine = create_engine(url)
    schema = f"erp_test_{uuid.uuid4().hex[:10]}"
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    return engine, schema


@pytest.fixture(params=["sqlite", "postgresql"])
def erp(request, tmp_path):
    """(engine, table prefix for mappings) of a small ERP filled with CUSTOMERS and ITEMS."""
    engine, schema = _sqlite_erp(tmp_path) if request.param == "sqlite" else _postgres_erp()
    metadata = MetaData()
    customer, item = define_tables(metadata, schema)
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(customer), [dict(zip(customer.c.keys(), row)) for row in CUSTOMERS])
        connection.execute(insert(item), [dict(zip(item.c.keys(), row)) for row in ITEMS])
    yield engine, (f"{schema}." if schema else ""), customer
    if schema:
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def mapping_for(prefix: str, extra: str = "") -> Mapping:
    return Mapping.parse(
        f"""\
[Company]
table = "{prefix}customer"
key = "code"
modified = "changed_at"
where = "active = 1"

[Company.fields]
name = {{ column = "name", transform = "trim" }}
vat_reg_code = {{ column = "vat", transform = ["trim", "upper"], default = "" }}
db_country_code = "country"
is_client = {{ constant = true }}

[Article]
table = "{prefix}item"
key = "code"
modified = "changed_at"

[Article.fields]
name = "label"
entered_price = {{ column = "price", transform = "decimal:2" }}
article_category_code = "category"
{extra}"""
    )


def test_reads_all_rows_with_typed_transformed_values(erp):
    engine, prefix, _ = erp
    reader = ErpReader(engine, mapping_for(prefix))
    assert reader.check() == []
    rows = list(reader.read("Company"))
    # Unstamped row first, then by modification time, then by key; the inactive one is filtered.
    assert [row.key for row in rows] == ["CUST-8", "CUST-1", "CUST-2", "CUST-3", "CUST-4", "CUST-6", "CUST-7"]
    first = rows[1]
    assert first.values == {
        "code": "CUST-1",
        "name": "Boulangerie Dupont",
        "vat_reg_code": "BE0123456749",
        "db_country_code": "BE",
        "is_client": True,
    }
    assert first.modified == at(1) and first.modified.tzinfo is not None
    assert first.raw["name"] == "  Boulangerie Dupont "
    assert first.problems == []
    assert rows[2].values["vat_reg_code"] == ""  # NULL with default ""
    assert rows[0].modified is None


def test_a_bad_row_is_flagged_and_the_others_go_on(erp):
    engine, prefix, _ = erp
    reader = ErpReader(engine, mapping_for(prefix))
    companies = {row.key: row for row in reader.read("Company")}
    assert companies["CUST-4"].problems == ["The name field is required."]
    assert all(row.ok for key, row in companies.items() if key != "CUST-4")
    articles = {row.key: row for row in reader.read("Article")}
    assert articles["A-2"].problems == ["entered_price (column price): 'on request' is not a number"]
    assert "entered_price" not in articles["A-2"].values
    assert articles["A-1"].values["entered_price"] == Decimal("8.90")
    assert articles["A-3"].values["entered_price"] == Decimal("12.35")  # decimal comma, rounded half-up
    assert articles["A-4"].values["entered_price"] == Decimal("0")  # Odyssee's default for "no value"
    assert articles["A-1"].modified == at(10)


def test_since_reads_later_rows_with_an_overlap(erp):
    engine, prefix, _ = erp
    reader = ErpReader(engine, mapping_for(prefix))
    exact = [row.key for row in reader.read("Company", since=at(3), overlap=timedelta(0))]
    assert exact == ["CUST-8", "CUST-4", "CUST-6", "CUST-7"]  # modified > since, plus the unstamped one
    overlapping = [row.key for row in reader.read("Company", since=at(3), overlap=timedelta(minutes=2))]
    assert overlapping == ["CUST-8", "CUST-2", "CUST-3", "CUST-4", "CUST-6", "CUST-7"]
    assert [row.key for row in reader.read("Company", since=at(6), overlap=timedelta(0))] == ["CUST-8"]
    # The item table's column has a time zone (PostgreSQL timestamptz); customer's has none.
    assert [row.key for row in reader.read("Article", since=at(11), overlap=timedelta(0))] == ["A-3", "A-4"]
    assert reader.max_modified("Article") == at(13)
    naive_since = datetime(2024, 5, 1, 8, 5)  # taken as UTC
    assert [row.key for row in reader.read("Company", since=naive_since, overlap=timedelta(0))][1:] == [
        "CUST-6", "CUST-7"
    ]


def test_an_update_is_read_again_since_the_last_maximum(erp):
    engine, prefix, customer = erp
    reader = ErpReader(engine, mapping_for(prefix))
    watermark = reader.max_modified("Company")
    assert watermark == at(6)
    with engine.begin() as connection:
        connection.execute(
            update(customer).where(customer.c.code == "CUST-2").values(name="Bakkerij Janssens & Zonen", changed_at=at(30))
        )
    changed = [row for row in reader.read("Company", since=watermark, overlap=timedelta(0)) if row.modified]
    assert [(row.key, row.values["name"]) for row in changed] == [("CUST-2", "Bakkerij Janssens & Zonen")]
    assert reader.max_modified("Company") == at(30)


def test_keys_lists_every_current_key_of_the_filtered_rows(erp):
    engine, prefix, _ = erp
    reader = ErpReader(engine, mapping_for(prefix))
    assert reader.keys("Company") == {"CUST-1", "CUST-2", "CUST-3", "CUST-4", "CUST-6", "CUST-7", "CUST-8"}
    assert reader.keys("Article") == {"A-1", "A-2", "A-3", "A-4"}


def test_a_query_section(erp):
    engine, prefix, _ = erp
    mapping = Mapping.parse(
        f"""\
[Company]
# A query may hold colons ('10:30') and casts; it runs as written.
query = '''
    SELECT c.code AS customer_code, c.name, c.country, c.changed_at, '10:30' AS opening
    FROM {prefix}customer c
    WHERE c.country = 'BE'
'''
key = "customer_code"
modified = "changed_at"
where = "name <> ''"

[Company.fields]
name = "name"
notes = "opening"
"""
    )
    reader = ErpReader(engine, mapping)
    assert reader.check() == []
    rows = list(reader.read("Company", since=at(1), overlap=timedelta(0)))
    assert [(row.key, row.values["name"], row.values["notes"]) for row in rows] == [
        ("CUST-8", "Imprimerie Lambert", "10:30"),
        ("CUST-2", "Bakkerij Janssens", "10:30"),
        ("CUST-5", "Garage Peeters", "10:30"),
    ]
    assert reader.max_modified("Company") == at(5)
    assert reader.keys("Company") == {"CUST-1", "CUST-2", "CUST-5", "CUST-8"}


def test_check_names_unknown_tables_columns_and_failing_sql_with_their_lines(erp):
    engine, prefix, _ = erp
    mapping = Mapping.parse(
        f"""\
[Company]
table = "{prefix}customer"
key = "code"
modified = "changed"
where = "active = = 1"

[Company.fields]
name = "name"
vat_reg_code = "vat_nr"

[Article]
table = "{prefix}items"
key = "code"

[Article.fields]
name = "label"

[ProjectType]
query = "SELECT code, nme FROM {prefix}nowhere"
key = "code"

[ProjectType.fields]
name = "nme"

[User]
table = "{prefix}customer"
key = "code"
where = "bogus = 1"

[User.fields]
username = "name"
lastname = "name"
"""
    )
    reader = ErpReader(engine, mapping)
    problems = [str(problem) for problem in reader.check()]
    assert problems[:3] == [
        f"mapping.toml line 4: [Company] modified: the ERP table '{prefix}customer' has no column 'changed' "
        "(did you mean 'changed_at'?)",
        f"mapping.toml line 9: [Company.fields] vat_reg_code: the ERP table '{prefix}customer' has no column "
        "'vat_nr' (did you mean 'vat'?)",
        f"mapping.toml line 12: [Article] table: the ERP database has no table or view '{prefix}items' "
        "(did you mean 'item'?)",
    ]
    assert problems[3].startswith("mapping.toml line 19: [ProjectType] query: the query fails: ")
    assert "nowhere" in problems[3]
    # After a failed statement (PostgreSQL aborts the transaction) the next checks still run.
    assert problems[4].startswith("mapping.toml line 28: [User] where: the row filter fails: ")
    assert "bogus" in problems[4]
    assert len(problems) == 5
    with pytest.raises(MappingError) as raised:
        reader.read("Company")  # at once, before any row is asked for
    assert [str(problem) for problem in raised.value.problems] == problems


def test_a_failing_row_filter_is_reported_on_its_line(erp):
    engine, prefix, _ = erp
    mapping = Mapping.parse(
        f'[Company]\ntable = "{prefix}customer"\nkey = "code"\nwhere = "activ = 1"\n[Company.fields]\nname = "name"\n'
    )
    (problem,) = ErpReader(engine, mapping).check()
    assert str(problem).startswith("mapping.toml line 4: [Company] where: the row filter fails: ")
    assert "activ" in str(problem)


def test_column_names_match_without_regard_to_case(erp):
    engine, prefix, _ = erp
    mapping = Mapping.parse(
        f'[Company]\ntable = "{prefix}CUSTOMER"\nkey = "CODE"\n[Company.fields]\nname = "Name"\n'
    )
    reader = ErpReader(engine, mapping)
    assert reader.check() == []
    assert {row.key: row.values["name"] for row in reader.read("Company")}["CUST-3"] == "Müller Haustechnik GmbH"


def test_static_and_database_problems_come_together(erp):
    engine, prefix, _ = erp
    mapping = Mapping.parse(
        f'[Company]\ntable = "{prefix}customer"\nkey = "code"\n[Company.fields]\nname = "nam"\nvat_numbr = "vat"\n'
    )
    problems = [str(problem) for problem in ErpReader(engine, mapping).check()]
    assert problems == [
        f"mapping.toml line 5: [Company.fields] name: the ERP table '{prefix}customer' has no column 'nam' "
        "(did you mean 'name'?)",
        "mapping.toml line 6: [Company.fields] vat_numbr: Odyssee has no field 'vat_numbr' on Company "
        "(did you mean 'vat_reg_code'?)",
    ]


def test_batches_give_the_rows_of_a_read_in_its_order(erp):
    """The first row of a batched read comes through SQLAlchemy, the others from the driver's
    cursor: none is lost or given twice, and each is what a plain read gives."""
    engine, prefix, _ = erp
    reader = ErpReader(engine, mapping_for(prefix))
    batches = list(reader.read_batches("Company", size=3))
    assert [len(batch) for batch in batches] == [3, 3, 1]
    rows = list(reader.read("Company"))
    batched = [row for batch in batches for row in batch]
    assert [(row.key, row.raw_hash, row.values, row.modified) for row in batched] == [
        (row.key, row.raw_hash, row.values, row.modified) for row in rows
    ]
    assert [key for batch in batches for key in batch.keys] == [row.key for row in rows]
    assert all(record.__class__ is tuple for batch in batches for record in batch.records)


def test_rows_stream_in_batches(tmp_path):
    """More rows than one batch; reading stops early without fetching the rest."""
    engine = create_engine(f"sqlite:///{tmp_path / 'big.db'}")
    metadata = MetaData()
    customer, _ = define_tables(metadata, None)
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            insert(customer),
            [
                {"code": f"C{n:05d}", "name": f"Customer {n}", "active": 1, "changed_at": at(n % 500)}
                for n in range(2500)
            ],
        )
    reader = ErpReader(engine, Mapping.parse('[Company]\ntable = "customer"\nkey = "code"\nmodified = "changed_at"\n'
                                             '[Company.fields]\nname = "name"\n'))
    rows = reader.read("Company")
    first = next(rows)
    assert (first.key, first.modified) == ("C00000", at(0))
    rows.close()
    assert sum(1 for _ in reader.read("Company")) == 2500


def test_connection_problems_are_one_clear_problem(tmp_path):
    mapping = mapping_for("")
    missing = ErpReader(f"sqlite:///{tmp_path / 'absent.db'}", mapping)
    (problem,) = missing.check()
    assert str(problem) == f"sqlite:///{tmp_path / 'absent.db'}: The ERP database file {tmp_path / 'absent.db'} does not exist."
    with pytest.raises(ErpError, match="does not exist"):
        missing.read("Company")
    assert not (tmp_path / "absent.db").exists()  # checking never creates a database
    (problem,) = ErpReader("nosuchdb://host/erp", mapping).check()
    assert "No database support for 'nosuchdb'" in str(problem)
    (problem,) = ErpReader("not a url", mapping).check()
    assert "The ERP database URL is not valid" in str(problem)


@pytest.mark.parametrize("erp", ["postgresql"], indirect=True)
def test_the_password_comes_separately_and_is_never_shown(erp):
    engine, prefix, _ = erp
    if not engine.url.password:
        pytest.skip(f"{POSTGRES_URL_VARIABLE} signs in without a password")
    url = engine.url
    without_password = URL.create(url.drivername, url.username, None, url.host, url.port, url.database).render_as_string()
    reader = ErpReader(without_password, mapping_for(prefix), password=engine.url.password)
    assert reader.check() == []
    assert len(reader.keys("Company")) == 7
    reader.close()
    wrong = ErpReader(without_password, mapping_for(prefix), password="wrong-s3cret")
    (problem,) = wrong.check()
    assert str(problem).startswith(f"{without_password}: Cannot connect to the ERP database: ")
    assert "s3cret" not in str(problem)


def test_an_unreachable_server_is_one_problem_without_the_password():
    # Nothing listens on port 1. Without the driver installed, the problem says so instead.
    reader = ErpReader("postgresql+psycopg://erp_reader@127.0.0.1:1/erp", mapping_for(""), password="s3cret!")
    problems = [str(problem) for problem in reader.check()]
    assert len(problems) == 1
    assert problems[0].startswith("postgresql+psycopg://erp_reader@127.0.0.1:1/erp: ")
    assert "s3cret" not in problems[0]
