"""The $filter builder and parser: round trips, the guide's URLs, and readable errors."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from decimal import Decimal
from urllib.parse import parse_qsl

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.odata.expr import (
    And,
    Call,
    Compare,
    Field,
    In,
    Literal,
    Not,
    Or,
    field,
    in_,
    literal,
    to_text,
)
from core.odata.parser import FilterSyntaxError, parse_filter
from core.odata.query import Query, QueryError, decode_query_string

# --------------------------------------------------------------------------- strategies

HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from("'\"&#%+=?/\\ ()$,;:\t\n"),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=40,
) | st.text(alphabet="'&+%#", min_size=300, max_size=600)

NAMES = st.from_regex(r"[a-z_][a-z0-9_]{0,20}", fullmatch=True).filter(
    lambda n: n not in {"and", "or", "not", "in", "eq", "ne", "gt", "ge", "lt", "le", "true", "false", "null"}
)

LITERALS = st.one_of(
    HOSTILE,
    st.uuids(),
    st.booleans(),
    st.none(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-(10**9), max_value=10**9),
    st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(timezone.utc)),
)


def in_lists():
    return st.builds(lambda name, values: field(name).is_in(values), NAMES, st.lists(LITERALS, min_size=1, max_size=5))


def comparisons():
    return st.builds(
        lambda name, op, value: Compare(op, Field(name), literal(value)),
        NAMES,
        st.sampled_from(["eq", "ne", "gt", "ge", "lt", "le"]),
        LITERALS,
    )


def calls():
    return st.builds(
        lambda fn, name, text: getattr(field(name), fn)(text),
        st.sampled_from(["contains", "startswith", "endswith"]),
        NAMES,
        HOSTILE,
    )


EXPRESSIONS = st.recursive(
    st.one_of(comparisons(), calls(), in_lists(), NAMES.map(Field)),
    lambda children: st.one_of(
        st.builds(And, children, children),
        st.builds(Or, children, children),
        st.builds(Not, children),
    ),
    max_leaves=12,
)


def same_tree(a, b) -> bool:
    """Structural equality that also tells 1 from True and 1 from Decimal('1.0')."""
    if type(a) is not type(b):
        return False
    if isinstance(a, Literal):
        return type(a.value) is type(b.value) and a.value == b.value
    if isinstance(a, Field):
        return a.name == b.name
    if isinstance(a, Compare):
        return a.op == b.op and same_tree(a.left, b.left) and same_tree(a.right, b.right)
    if isinstance(a, (And, Or)):
        return same_tree(a.left, b.left) and same_tree(a.right, b.right)
    if isinstance(a, Not):
        return same_tree(a.operand, b.operand)
    if isinstance(a, Call):
        return a.name == b.name and all(same_tree(x, y) for x, y in zip(a.args, b.args))
    if isinstance(a, In):
        return same_tree(a.left, b.left) and len(a.values) == len(b.values) and all(map(same_tree, a.values, b.values))
    raise AssertionError(a)


# --------------------------------------------------------------------------- round trips


@settings(max_examples=300, deadline=None)
@given(EXPRESSIONS)
def test_build_encode_parse_gives_back_the_same_expression(expression):
    query_string = Query(filter=expression).to_query_string()
    # Nothing in a value may leak into the query structure.
    assert query_string.count("&") == 0 and query_string.count("#") == 0
    params = dict(parse_qsl(query_string, keep_blank_values=True))
    assert list(params) == ["$filter"]
    assert same_tree(parse_filter(params["$filter"]), expression)


@settings(max_examples=200, deadline=None)
@given(EXPRESSIONS)
def test_canonical_text_is_stable(expression):
    text = to_text(expression)
    assert to_text(parse_filter(text)) == text


@given(HOSTILE)
def test_string_literals_cannot_escape_their_quotes(value):
    expression = field("name").eq(value) & field("archived").eq(False)
    parsed = Query.from_query_string(Query(filter=expression).to_query_string()).filter
    assert same_tree(parsed, expression)


# --------------------------------------------------------------------------- the guide

GUIDE_REQUESTS = [
    "$filter=modified_dateutc+gt+'2015-07-14T13:08:00.000Z'+and+is_daily_approval+eq+false"
    "&$orderby=modified_dateutc+asc",
    "$select=reference_back_office&$filter=id+eq+dbed4bf9-f928-47f1-947f-d6b070443033",
    "$filter=jobs_id+eq+dbed4bf9-f928-47f1-947f-d6b070443033",
    "$select=id,id_in_table,file_name&$filter=modified_dateutc+gt+'2015-07-14T13:08:00.000Z'"
    "+and+file_type_name+eq+'JOB_APPROVAL'+and+db_table_name+eq+'job_approval'&$orderby=modified_dateutc+asc",
]


@pytest.mark.parametrize("query_string", GUIDE_REQUESTS)
def test_the_guides_query_strings_parse(query_string):
    query = Query.from_query_string(query_string)
    assert query.filter is not None
    # What we would send for the same query parses back to the same thing.
    assert Query.from_query_string(query.to_query_string()) == query


def test_guide_approval_poll_reads_as_expected():
    query = Query.from_query_string(GUIDE_REQUESTS[0])
    expected = field("modified_dateutc").gt(datetime(2015, 7, 14, 13, 8, tzinfo=timezone.utc)) & field(
        "is_daily_approval"
    ).eq(False)
    assert query.filter == expected
    assert query.orderby == (("modified_dateutc", False),)


def test_guid_literals_are_unquoted_and_dates_quoted_with_milliseconds():
    job = uuid.UUID("dbed4bf9-f928-47f1-947f-d6b070443033")
    assert to_text(field("id").eq(job)) == "id eq dbed4bf9-f928-47f1-947f-d6b070443033"
    when = datetime(2015, 7, 14, 13, 8, tzinfo=timezone.utc)
    assert to_text(field("modified_dateutc").gt(when)) == "modified_dateutc gt '2015-07-14T13:08:00.000Z'"


def test_bare_datetimes_and_quoted_guids_parse():
    bare = parse_filter("modified_dateutc gt 2015-07-14T13:08:00.000Z")
    assert bare.right == Literal(datetime(2015, 7, 14, 13, 8, tzinfo=timezone.utc))
    quoted = parse_filter("id eq 'dbed4bf9-f928-47f1-947f-d6b070443033'")
    assert quoted.right == Literal("dbed4bf9-f928-47f1-947f-d6b070443033")


def test_literals_render_exactly():
    assert to_text(field("name").eq("O'Brien & Sons")) == "name eq 'O''Brien & Sons'"
    assert to_text(field("price").ge(Decimal("12.50"))) == "price ge 12.50"
    assert to_text(field("price").ge(2.5)) == "price ge 2.5"
    assert to_text(field("rating").eq(5)) == "rating eq 5"
    assert to_text(field("x").eq(None)) == "x eq null"
    assert to_text(~field("archived").eq(True)) == "not (archived eq true)"
    assert to_text(field("a").eq(1) & (field("b").eq(2) | field("c").eq(3))) == "a eq 1 and (b eq 2 or c eq 3)"


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "text, words",
    [
        ("name eq 'x' AND code eq 'y'", "lower case"),
        ("name EQ 'x'", "lower case"),
        ("name eq 'x", "Unterminated string"),
        ("name eq", "end of the filter"),
        ("(name eq 'x'", "closing parenthesis"),
        ("name eq 'x')", "')'"),
        ("a eq 1 eq 2", "cannot be chained"),
        ("substringof('x', name)", "Unknown function"),
        ("contains(name)", "two arguments"),
        ("name eq @x", "Unexpected character"),
        ("", "empty"),
        ("   ", "empty"),
    ],
)
def test_bad_filters_say_what_is_wrong(text, words):
    with pytest.raises(FilterSyntaxError) as caught:
        parse_filter(text)
    assert words in str(caught.value)
    assert 0 <= caught.value.position <= len(text)


@pytest.mark.parametrize("name", ["", "1abc", "a b", "a'b", "name)", "x;drop"])
def test_field_names_cannot_inject(name):
    with pytest.raises(ValueError):
        field(name)


@pytest.mark.parametrize(
    "query_string, option",
    [
        ("$expand=Company", "$expand"),
        ("$top=-1", "$top"),
        ("$top=ten", "$top"),
        ("$skip=1.5", "$skip"),
        ("$count=yes", "$count"),
        ("$orderby=name+sideways", "$orderby"),
        ("$select=name,", "$select"),
        ("$filter=a+AND+b", "$filter"),
    ],
)
def test_bad_query_options_name_the_option(query_string, option):
    with pytest.raises(QueryError) as caught:
        Query.from_query_string(query_string)
    assert caught.value.option == option
    assert option in str(caught.value)


def test_non_system_parameters_are_left_alone():
    params = decode_query_string("id=c9083c22-7da7-4161-977b-e28aa82f98ea")
    assert Query.from_params(params) == Query()


# --------------------------------------------------------------------------- batching


def test_in_builds_an_or_chain():
    assert to_text(in_("code", ["A", "B", "C"])) == "code eq 'A' or code eq 'B' or code eq 'C'"
    assert in_("code", []) is None


def test_split_in_keeps_every_request_under_the_budget_and_loses_nothing():
    ids = [uuid.UUID(int=i) for i in range(1, 501)] + [uuid.UUID(int=7)]
    base = Query(
        filter=field("is_daily_approval").eq(False),
        select=("id", "jobs_id"),
        orderby=(("modified_dateutc", False),),
    )
    batches = base.split_in("jobs_id", ids)
    assert len(batches) > 1
    seen = []
    for batch in batches:
        query_string = batch.to_query_string()
        # The server's next-page link adds paging options to the batch: it must fit too.
        assert len((query_string + "&$skip=999999999&$top=999999999").encode()) <= 2048
        parsed = Query.from_query_string(query_string)
        assert parsed.select == base.select and parsed.orderby == base.orderby
        # The base condition still applies to every term of the chain.
        assert isinstance(parsed.filter, And) and parsed.filter.left == base.filter
        chain = parsed.filter.right
        terms = []
        while isinstance(chain, Or):
            terms.append(chain.right)
            chain = chain.left
        terms.append(chain)
        seen += [term.right.value for term in reversed(terms)]
    assert seen == list(dict.fromkeys(ids))


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(LITERALS, min_size=1, max_size=60),
    where=st.one_of(st.none(), EXPRESSIONS),
    use_in=st.booleans(),
    max_nodes=st.integers(min_value=40, max_value=200),
)
def test_in_batches_measure_each_query_exactly_and_stay_within_both_budgets(values, where, use_in, max_nodes):
    from core.odata.expr import node_count

    base = Query(filter=where, select=("id",), orderby=(("code", True),))
    try:
        batches = list(base.in_batches("code", values, max_query_bytes=1500, max_nodes=max_nodes, use_in=use_in))
    except ValueError:
        return  # a value (or the base filter) that fits no batch; test_split_in_refuses_… covers it
    asked = []
    for batch in batches:
        query_string = batch.query.to_query_string()
        assert batch.query_bytes == len(query_string.encode()) <= 1500
        assert batch.nodes == node_count(batch.query.filter) <= max_nodes
        parsed = Query.from_query_string(query_string)
        assert parsed.select == base.select and parsed.orderby == base.orderby
        asked += batch.values
    assert asked == list(dict.fromkeys(values))


def test_batches_of_guids_follow_the_node_limit_or_use_in():
    from core.odata.expr import In

    ids = [uuid.UUID(int=n) for n in range(1, 501)]
    chains = list(Query(select=("id",)).in_batches("id", ids))
    assert [len(batch.values) for batch in chains] == [25] * 20
    assert max(batch.nodes for batch in chains) == 99
    with_filter = list(Query(filter=field("is_daily_approval").eq(False)).in_batches("id", ids))
    assert len(with_filter[0].values) == 24  # 3 nodes of the filter and 1 of the 'and' leave 96
    lists = list(Query(select=("id",)).in_batches("id", ids, use_in=True))
    assert len(lists) == 10 and all(batch.uses_in and isinstance(batch.query.filter, In) for batch in lists)
    assert max(batch.query_bytes for batch in lists) <= 2048 - 40
    capped = list(Query().in_batches("id", ids[:30], use_in=True, max_values=7))
    assert [len(batch.values) for batch in capped] == [7, 7, 7, 7, 2]
    single = list(Query().in_batches("id", ids[:1], use_in=True))
    assert single[0].query.filter == field("id").eq(ids[0]) and not single[0].uses_in


def test_split_in_refuses_a_value_that_can_never_fit():
    with pytest.raises(ValueError):
        Query().split_in("code", ["x" * 3000])


def test_node_count_follows_the_servers_rule_so_25_guids_fit_in_100_nodes():
    from core.odata.expr import in_, node_count

    assert node_count(field("id").eq(uuid.uuid4())) == 3
    assert node_count(in_("id", [uuid.uuid4() for _ in range(25)])) == 99
    assert node_count(in_("id", [uuid.uuid4() for _ in range(26)])) == 103
    assert node_count(field("a").eq(1) & ~field("b").contains("x")) == 8
    # a chain far deeper than Python's recursion limit is counted all the same
    assert node_count(in_("code", [str(n) for n in range(5000)])) == 4 * 5000 - 1


def test_in_lists_values_and_counts_three_nodes_however_many():
    ids = [uuid.UUID(int=n) for n in range(1, 4)]
    expression = field("id").is_in(ids)
    assert to_text(expression) == f"id in ({ids[0]},{ids[1]},{ids[2]})"
    assert same_tree(parse_filter(f"id in ( {ids[0]} , {ids[1]},{ids[2]} )"), expression)
    assert to_text(~expression) == f"not (id in ({ids[0]},{ids[1]},{ids[2]}))"
    assert to_text(field("code").is_in(["it's"]) & field("x").eq(1)) == "code in ('it''s') and x eq 1"
    from core.odata.expr import node_count

    assert node_count(field("id").is_in([uuid.uuid4() for _ in range(500)])) == 3
    assert node_count(field("a").eq(1) & field("id").is_in(ids)) == 7


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("id in ()", "expected a field name or a value"),
        ("id in (code)", "values only"),
        ("id in 1", "the list of values after 'in'"),
        ("id in (1,", "expected a field name or a value"),
        ("id IN (1)", "lower case"),
    ],
)
def test_bad_in_lists_say_what_is_wrong(text, words):
    with pytest.raises(FilterSyntaxError, match=words):
        parse_filter(text)


# --------------------------------------------------------------------------- hostile filters


def test_not_binds_tighter_than_a_comparison_as_in_odatas_precedence():
    assert parse_filter("not a eq 1") == Compare("eq", Not(Field("a")), Literal(1))
    assert parse_filter("not (a eq 1)") == Not(Compare("eq", Field("a"), Literal(1)))
    assert parse_filter("not a and b") == And(Not(Field("a")), Field("b"))
    assert parse_filter("not not a") == Not(Not(Field("a")))
    assert to_text(Compare("eq", Not(Field("a")), Literal(1))) == "(not a) eq 1"
    assert to_text(Not(Not(field("a").eq(1)))) == "not not (a eq 1)"
    for text in ("(not a) eq 1", "not (a eq 1)", "not not (a eq 1)", "not contains(a, 'x') or b"):
        assert to_text(parse_filter(text)) == text


def test_nesting_beyond_the_limit_is_a_syntax_error_with_its_position():
    from core.odata.parser import MAX_NESTING_DEPTH

    deepest = "(" * MAX_NESTING_DEPTH + "a eq 1" + ")" * MAX_NESTING_DEPTH
    assert parse_filter(deepest) == parse_filter("a eq 1")
    for text in ("(" * 200 + "a" + ")" * 200, "(" * 5000, "contains(" * 300, "a eq 1 and " + "(" * 200 + "b"):
        with pytest.raises(FilterSyntaxError) as caught:
            parse_filter(text)
        assert f"more than {MAX_NESTING_DEPTH} levels" in str(caught.value)
        assert text[caught.value.position] == "("


@pytest.mark.parametrize(
    "number, words",
    [
        ("9223372036854775808", "whole numbers go from -9223372036854775808 to 9223372036854775807"),
        ("-9223372036854775809", "out of range"),
        ("9" * 5000, "out of range"),
        ("1e999999999", "out of range"),
        ("-1.8e308", "out of range"),
        ("1e-999999999", "decimal places"),
        ("0e-999999999", "decimal places"),
    ],
)
def test_numbers_beyond_what_a_server_reads_are_syntax_errors(number, words):
    text = f"rating eq {number}"
    with pytest.raises(FilterSyntaxError) as caught:
        parse_filter(text)
    assert words in str(caught.value)
    assert caught.value.position == len("rating eq ")
    assert len(str(caught.value)) < 200


def test_numbers_at_the_edges_of_the_range_parse():
    assert parse_filter("a eq 9223372036854775807").right == Literal(2**63 - 1)
    assert parse_filter("a eq -9223372036854775808").right == Literal(-(2**63))
    assert parse_filter("a eq 1.7976931348623157e308").right == Literal(Decimal("1.7976931348623157e308"))
    assert parse_filter("a eq 5e-324").right == Literal(Decimal("5e-324"))


def test_numbers_no_server_reads_are_refused_when_rendering():
    for value in (2**63, Decimal("1e999999999"), Decimal("1e-999999999"), 10**5000):
        with pytest.raises(ValueError, match="Cannot send this number"):
            to_text(field("a").eq(value))


def test_chains_as_long_as_any_url_parse_and_render_without_recursion():
    chain = " or ".join(f"code eq '{n}'" for n in range(5000))
    assert to_text(parse_filter(chain)) == chain
    negations = "not " * 5000 + "archived"
    assert to_text(parse_filter(negations)) == negations
    mixed = " and ".join(f"(a{n} or b{n})" if n % 2 else f"c{n}" for n in range(3000))
    assert to_text(parse_filter(mixed)) == mixed
    assert len(to_text(in_("code", [str(n) for n in range(20000)]))) > 20000 * 10


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="()not andoreq1 ab'", max_size=300) | st.text(max_size=200))
def test_any_text_parses_or_raises_a_syntax_error(text):
    try:
        expression = parse_filter(text)
    except FilterSyntaxError as error:
        assert 0 <= error.position <= len(text)
    else:
        assert to_text(parse_filter(to_text(expression))) == to_text(expression)
