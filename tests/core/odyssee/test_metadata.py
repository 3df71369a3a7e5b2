"""A server's $metadata compared with the model: missing, of another type, new; what the mapping
sends decides which of them are problems."""
from __future__ import annotations

import httpx
import pytest

from core.odyssee.metadata import (
    MISSING_FIELD,
    MISSING_SET,
    NEW_FIELD,
    NEW_SET,
    OTHER_TYPE,
    MetadataError,
    compare_metadata,
    read_metadata,
)
from core.odyssee.model import EDM_TYPES, ENTITY_SETS
from core.simulator.server import Simulator, metadata_document

SENDS = {"Company": {"code", "name", "vat_reg_code"}, "ProjectType": {"code", "name"}}


def csdl(entity_types: str, entity_sets: str, *, namespace: str = "Vendor.Models", alias: str = "") -> bytes:
    alias_attribute = f' Alias="{alias}"' if alias else ""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
<Schema Namespace="{namespace}"{alias_attribute} xmlns="http://docs.oasis-open.org/odata/ns/edm">
{entity_types}
<EntityContainer Name="Default">{entity_sets}</EntityContainer>
</Schema></edmx:DataServices></edmx:Edmx>""".encode()


def test_the_simulators_own_metadata_matches_the_model():
    comparison = compare_metadata(metadata_document(), SENDS)
    assert comparison.differences == [] and comparison.matches
    assert comparison.sentence() == "The server's model matches."
    assert comparison.report() == ["The server's model matches."]
    assert set(read_metadata(metadata_document())) == set(ENTITY_SETS)


def test_a_field_the_mapping_sends_missing_on_the_server_is_a_problem():
    comparison = compare_metadata(metadata_document(without=["Company.vat_reg_code", "Company.fax"]), SENDS)
    assert [(d.kind, d.name, d.use) for d in comparison.differences] == [
        (MISSING_FIELD, "Company.vat_reg_code", "sends"),
        (MISSING_FIELD, "Company.fax", ""),
    ]
    assert [d.name for d in comparison.problems] == ["Company.vat_reg_code"]
    assert comparison.sentence() == "The server has no field Company.vat_reg_code, which your mapping sends."
    assert comparison.report() == [
        "Missing on the server:",
        "  Company.vat_reg_code (your mapping sends it)",
        "  Company.fax",
        "Your mapping uses 1 thing the server lacks or types otherwise: pushing them would fail.",
    ]


def test_what_the_mapping_does_not_use_only_informs():
    comparison = compare_metadata(metadata_document(without=["Company.fax", "JobType"]), SENDS)
    assert comparison.problems == [] and not comparison.matches
    assert comparison.sentence() == (
        "The server's model differs in 2 places your mapping does not use (odyssee-sync check --schema lists them)."
    )


def test_a_missing_entity_set_and_what_every_push_reads():
    comparison = compare_metadata(metadata_document(without=["ProjectType", "Company.modified_dateutc"]), SENDS)
    assert [(d.kind, d.name, d.use) for d in comparison.problems] == [
        (MISSING_FIELD, "Company.modified_dateutc", "reads"),
        (MISSING_SET, "ProjectType", "sends"),
    ]
    assert comparison.sentence() == (
        "The server has no field Company.modified_dateutc, which the push reads "
        "(and 1 more: odyssee-sync check --schema lists them)."
    )
    assert "  entity set ProjectType (your mapping sends rows to it)" in comparison.report()


def test_another_type_and_new_sets_and_fields_from_a_vendor_document():
    company = "".join(
        f'<Property Name="{spec.name}" Type="{"Edm.Double" if spec.name == "name" else EDM_TYPES[spec.type]}"/>'
        for spec in ENTITY_SETS["Company"].fields
    )
    document = csdl(
        f'<EntityType Name="company">{company}<Property Name="region" Type="Edm.String"/></EntityType>'
        '<EntityType Name="contact"><Property Name="id" Type="Edm.Guid"/></EntityType>',
        '<EntitySet Name="Company" EntityType="Self.company"/><EntitySet Name="Contact" EntityType="Self.contact"/>',
        alias="Self",
    )
    comparison = compare_metadata(document, SENDS)
    found = {(d.kind, d.name) for d in comparison.differences}
    assert (OTHER_TYPE, "Company.name") in found
    assert (NEW_FIELD, "Company.region") in found and (NEW_SET, "Contact") in found
    assert (MISSING_SET, "ProjectType") in found and (MISSING_SET, "Jobs") in found
    assert comparison.problems[0].sentence() == (
        "The server's Company.name is Edm.Double, not Edm.String, which your mapping sends."
    )
    report = comparison.report()
    assert "  Company.name: Edm.Double there, Edm.String here (your mapping sends it)" in report
    assert "  Company.region (Edm.String)" in report and "  entity set Contact" in report


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (b"<html><body>Sign in</body></html>", "lists no entity sets"),
        (b"{\"value\": []}", "is not XML"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', "DOCTYPE"),
    ],
)
def test_what_is_not_a_csdl_document_says_so(document, reason):
    with pytest.raises(MetadataError, match=reason):
        compare_metadata(document)


def test_the_simulator_leaves_out_what_it_is_told_and_nothing_else():
    with Simulator(metadata_without=["Company.vat_reg_code"]) as simulator:
        answer = httpx.get(simulator.base_url + "/$metadata", auth=simulator.auth)
        companies = httpx.get(simulator.base_url + "/Company?$select=vat_reg_code", auth=simulator.auth)
    assert answer.status_code == 200 and b'Name="vat_reg_code"' not in answer.content
    assert companies.status_code == 200  # the data keeps the field
    with pytest.raises(ValueError, match="Company.vat_number"):
        Simulator(metadata_without=["Company.vat_number"])
