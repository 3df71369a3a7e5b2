"""The mapping file: parsing, problems with their line and a suggestion, transforms, order."""
from __future__ import annotations

import textwrap
from decimal import Decimal

import pytest

from core.erp.mapping import Mapping, MappingError, parse_transform, suggestion
from core.odyssee.model import ENTITY_SETS
from core.odyssee.values import FieldValueError

GOOD = textwrap.dedent(
    """\
    # A mapping with every kind of setting.
    [Company]
    table = "customer"
    key = "code"
    modified = "last_modification"
    where = "active = 1"
    protected = ["phone"]

    [Company.fields]
    name = { column = "name", transform = "trim" }
    vat_reg_code = { column = "vat", transform = ["trim", "upper"], default = "" }
    phone = "phone"
    is_client = { constant = true }
    company_sales_status_code = { constant = "Normal" }

    [Project]
    query = '''
        SELECT s.code, s.name, s.customer_code
        FROM site s
        WHERE s.kind = 'x'
    '''
    key = "code"

    [Project.fields]
    name = "name"
    company_code = "customer_code"
    """
)


def problems_of(text: str) -> list[str]:
    return [str(problem) for problem in Mapping.parse(text).problems]


def test_a_good_mapping_parses_into_sections():
    mapping = Mapping.parse(GOOD)
    assert mapping.problems == []
    company = mapping["Company"]
    assert (company.table, company.key, company.modified, company.where) == (
        "customer", "code", "last_modification", "active = 1"
    )
    assert company.protected == frozenset({"phone"})
    assert company.fields["vat_reg_code"].column == "vat"
    assert [str(t) for t in company.fields["vat_reg_code"].transforms] == ["trim", "upper"]
    assert company.fields["is_client"].column is None and company.fields["is_client"].constant is True
    assert company.columns() == ["code", "last_modification", "name", "vat", "phone"]
    project = mapping["Project"]
    assert project.table is None and "FROM site s" in project.query
    assert project.erp_key_field == "reference_back_office"
    assert project.references == {"company_code": "Company"}
    # Lines point at the keys in the text.
    assert company.line == 2
    assert company.line_of("where") == 6
    assert company.fields["phone"].line == 12
    assert project.line_of("key") == 22  # after the multi-line query, whose text holds "x = y" lines


def test_the_example_from_the_issue_names_line_field_and_suggestion():
    text = GOOD.replace('phone = "phone"', 'vat_number = "vat"')
    assert problems_of(text) == [
        "mapping.toml line 12: [Company.fields] vat_number: Odyssee has no field 'vat_number' on Company "
        "(did you mean 'vat_reg_code'?)"
    ]


def test_every_problem_is_reported_at_once_in_line_order():
    text = textwrap.dedent(
        """\
        [Compagny]
        table = "customer"
        key = "code"

        [Company]
        tabel = "customer"
        table = "customer"

        [Company.fields]
        nmae = "name"
        email = { column = "email", transform = ["trim", "uper"] }
        phone = { colum = "phone" }
        zip = { column = "zip", constant = "1000" }
        is_client = { constant = "perhaps" }
        modified_dateutc = "changed"
        entered_price = "price"

        [Article]
        table = "article"
        key = "code"

        [Article.fields]
        name = "description"
        entered_price = { column = "price", transform = "decimal:x" }
        """
    )
    problems = problems_of(text)
    assert problems == [
        "mapping.toml line 1: [Compagny]: Odyssee has no entity set 'Compagny' to push to (did you mean 'Company'?); "
        "known: Article, ArticleCategory, Company, JobStatus, JobType, Jobs, Project, ProjectStatus, ProjectType, User",
        'mapping.toml line 5: [Company]: no key: name the ERP key column, e.g. key = "code" (it becomes Company.code)',
        "mapping.toml line 5: [Company]: Odyssee requires name on Company: map it under [Company.fields]",
        "mapping.toml line 6: [Company] tabel: unknown setting 'tabel' (did you mean 'table'?); known settings: "
        "table, query, key, modified, where, fields, protected",
        "mapping.toml line 10: [Company.fields] nmae: Odyssee has no field 'nmae' on Company (did you mean 'name'?)",
        "mapping.toml line 11: [Company.fields] email: unknown transform 'uper' (did you mean 'upper'?); "
        "known transforms: trim, upper, lower, decimal:N",
        "mapping.toml line 12: [Company.fields] phone: unknown option 'colum' (did you mean 'column'?); "
        "known options: column, constant, transform, default",
        'mapping.toml line 12: [Company.fields] phone: say where the value comes from: column = "…" or constant = …',
        "mapping.toml line 13: [Company.fields] zip: give either column or constant, not both",
        "mapping.toml line 14: [Company.fields] is_client: constant: 'perhaps' is not true or false",
        "mapping.toml line 15: [Company.fields] modified_dateutc: modified_dateutc is set by Odyssee itself "
        "and cannot be mapped",
        "mapping.toml line 16: [Company.fields] entered_price: Odyssee has no field 'entered_price' on Company",
        "mapping.toml line 24: [Article.fields] entered_price: transform 'decimal:x' needs a number of decimal "
        "places from 0 to 18, e.g. 'decimal:2'",
    ]
    with pytest.raises(MappingError) as raised:
        Mapping.parse(text).raise_for_problems()
    assert len(raised.value.problems) == len(problems)


def test_a_required_reference_must_be_mapped():
    text = '[Project]\ntable = "site"\nkey = "code"\n\n[Project.fields]\nname = "name"\n'
    assert problems_of(text) == [
        "mapping.toml line 1: [Project]: Odyssee requires a Company on every Project: "
        "map company_code to the ERP column holding its key"
    ]


def test_the_erp_key_field_comes_from_the_key_column_only():
    text = '[Company]\ntable = "c"\nkey = "code"\n[Company.fields]\nname = "n"\ncode = "other"\n'
    assert problems_of(text) == [
        "mapping.toml line 6: [Company.fields] code: code is Company's ERP key: it always comes from the key "
        "column 'code'; write code = \"code\" or leave it out"
    ]
    assert problems_of(text.replace('code = "other"', 'code = "code"')) == []


def test_source_problems():
    both = '[ProjectType]\ntable = "t"\nquery = "SELECT 1"\nkey = "code"\n[ProjectType.fields]\nname = "n"\n'
    neither = '[ProjectType]\nkey = "code"\n[ProjectType.fields]\nname = "n"\n'
    assert problems_of(both) == ["mapping.toml line 3: [ProjectType] query: give either table or query, not both"]
    assert problems_of(neither) == [
        'mapping.toml line 1: [ProjectType]: no ERP source: add table = "<ERP table>" or query = "SELECT …"'
    ]


def test_protected_fields_must_exist_and_not_be_the_key():
    text = '[Company]\ntable = "c"\nkey = "code"\nprotected = ["notes", "code", "remarks"]\n[Company.fields]\nname = "n"\n'
    assert problems_of(text) == [
        "mapping.toml line 4: [Company] protected: code is Company's ERP key and always comes from the ERP",
        "mapping.toml line 4: [Company] protected: Odyssee has no field 'remarks' on Company",
    ]


def test_invalid_toml_names_its_line():
    text = '[Company]\ntable = "customer"\nkey = code\n'
    (problem,) = Mapping.parse(text).problems
    assert problem.line == 3
    assert str(problem).startswith("mapping.toml line 3: not valid TOML: ")


def test_load_reports_unreadable_files_as_problems(tmp_path):
    missing = Mapping.load(tmp_path / "nothing.toml")
    assert [str(p) for p in missing.problems][0].startswith("nothing.toml: cannot be read")
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b'[Company]\ntable = "\xff"\n')
    assert [str(p) for p in Mapping.load(binary).problems] == ["binary.toml line 2: is not UTF-8 text"]
    written = tmp_path / "mine.toml"
    written.write_text(GOOD.replace('phone = "phone"', 'phon = "phone"'), encoding="utf-8")
    (problem,) = Mapping.load(written).problems
    assert str(problem).startswith("mine.toml line 12: [Company.fields] phon: ")


def test_an_empty_mapping_is_a_problem():
    assert problems_of("# nothing yet\n") == ["mapping.toml: maps nothing: add a section such as [Company]"]


def test_entity_order_follows_references_then_file_order():
    text = textwrap.dedent(
        """\
        [Project]
        table = "site"
        key = "code"
        [Project.fields]
        name = "name"
        company_code = "customer_code"
        project_type_code = "type_code"

        [Article]
        table = "article"
        key = "code"
        [Article.fields]
        name = "description"
        article_category_code = "category"

        [Company]
        table = "customer"
        key = "code"
        [Company.fields]
        name = "name"

        [ArticleCategory]
        table = "category"
        key = "code"
        [ArticleCategory.fields]
        name = "name"
        parent_code = "parent"
        """
    )
    mapping = Mapping.parse(text)
    assert mapping.problems == []
    # ProjectType is not mapped: Project waits only for Company; a category's parent is itself.
    assert mapping.dependencies("Project") == ["Company"]
    assert mapping.dependencies("ArticleCategory") == []
    assert mapping.entity_order() == ["Company", "Project", "ArticleCategory", "Article"]


def test_the_default_mapping_parses_cleanly_in_dependency_order():
    mapping = Mapping.default()
    assert mapping.problems == []
    order = mapping.entity_order()
    assert set(order) == {"ArticleCategory", "ProjectType", "Company", "User", "Article", "Project"}
    assert order.index("ArticleCategory") < order.index("Article")
    assert order.index("Company") < order.index("Project")
    assert order.index("ProjectType") < order.index("Project")
    # Every section targets real Odyssee fields.
    for name in order:
        assert set(mapping[name].fields) <= set(ENTITY_SETS[name].field_map)


def test_transforms_apply_in_order_and_default_fills_empty_values():
    mapping = Mapping.parse(
        textwrap.dedent(
            """\
            [Article]
            table = "article"
            key = "code"
            [Article.fields]
            name = { column = "description", transform = ["trim", "upper"] }
            description = { column = "description", transform = ["lower", "trim"], default = "(none)" }
            entered_price = { column = "price", transform = "decimal:2", default = 0 }
            barcode = { constant = 123 }
            """
        )
    )
    assert mapping.problems == []
    fields = mapping["Article"].fields
    assert fields["name"].convert("  Air Filter G4 ") == "AIR FILTER G4"
    assert fields["description"].convert("  Air Filter G4 ") == "air filter g4"
    assert fields["description"].convert("   ") == "(none)"
    assert fields["description"].convert(None) == "(none)"
    assert fields["entered_price"].convert("12.345") == Decimal("12.35")  # half-up
    assert fields["entered_price"].convert(8.9) == Decimal("8.90")
    assert fields["entered_price"].convert(None) == Decimal("0")
    assert fields["barcode"].convert("ignored") == "123"
    with pytest.raises(FieldValueError):
        fields["entered_price"].convert("n/a")


def test_parse_transform():
    assert str(parse_transform("decimal:2")) == "decimal:2"
    assert str(parse_transform(" Trim ")) == "trim"
    with pytest.raises(ValueError, match="did you mean 'lower'"):
        parse_transform("lowr")
    with pytest.raises(ValueError, match="decimal places"):
        parse_transform("decimal:99")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("vat_number", " (did you mean 'vat_reg_code'?)"),
        ("emial", " (did you mean 'email'?)"),
        ("Name", " (did you mean 'name'?)"),
        ("country", " (did you mean 'db_country_code'?)"),
        ("xyz_totally_else", ""),
    ],
)
def test_suggestions(word, expected):
    from core.erp.mapping import _FIELD_ALIASES

    assert suggestion(word, ENTITY_SETS["Company"].field_map, _FIELD_ALIASES) == expected
