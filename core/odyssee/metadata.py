"""A server's ``$metadata`` compared with the model: what is missing there, of another type, or new.

The model (:mod:`core.odyssee.model`) is what this version of the product knows of the vendor's
API; a tenant may run an older or newer one. :func:`compare_metadata` reads the server's CSDL
document (OData v4 XML: ``EntitySet`` elements in the container, each naming an ``EntityType``
whose ``Property`` elements carry a name and an ``Edm`` type) and lists every difference. What a
profile's mapping uses tells the differences that break a push from those that only inform:

- an entity set or field of the model that the server lacks, or has with another type, and that
  the mapping sends (or the push reads: ``id``, ``modified_dateutc``) is a *problem*;
- the same for something the mapping does not use is worth knowing, not a problem;
- what the server has and the model does not is new: the product ignores it.

:meth:`ModelComparison.report` gives a short report for the command line,
:meth:`ModelComparison.sentence` one sentence for the Settings page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping
from xml.etree import ElementTree

from core.errors import UserError, counted, sentence
from core.odyssee.model import EDM_TYPES, ENTITY_SETS

# What every push reads of every entity set it writes, whatever the mapping.
READ_BY_EVERY_PUSH = ("id", "modified_dateutc")

MISSING_SET = "missing set"
MISSING_FIELD = "missing field"
OTHER_TYPE = "other type"
NEW_SET = "new set"
NEW_FIELD = "new field"

# Beyond this, a report says how many more there are instead of naming them.
_NAMED_AT_MOST = 12

_EDM_NAMESPACE = "{http://docs.oasis-open.org/odata/ns/edm}"


class MetadataError(UserError, ValueError):
    """A ``$metadata`` answer that is not an OData v4 CSDL document; the message says why."""


@dataclass(frozen=True)
class Difference:
    kind: str  # MISSING_SET, MISSING_FIELD, OTHER_TYPE, NEW_SET or NEW_FIELD
    entity: str
    field: str = ""  # "" for a whole entity set
    ours: str = ""  # the model's Edm type (fields only)
    theirs: str = ""  # the server's Edm type (fields only)
    use: str = ""  # "sends" (the mapping sends it), "reads" (the push reads it) or ""

    @property
    def name(self) -> str:
        return f"{self.entity}.{self.field}" if self.field else self.entity

    @property
    def problem(self) -> bool:
        """Missing or of another type, and used: a push would fail on it."""
        return bool(self.use) and self.kind in (MISSING_SET, MISSING_FIELD, OTHER_TYPE)

    def sentence(self, more: int = 0) -> str:
        """This difference in one sentence; ``more`` (for a problem) says how many others follow it."""
        if self.problem and more:
            return self._with_more(more)
        if self.kind == MISSING_SET:
            if self.use:
                return sentence("The server has no entity set {entity}, which your mapping sends rows to.", entity=self.entity)
            return sentence("The server has no entity set {entity}.", entity=self.entity)
        if self.kind == MISSING_FIELD:
            if self.use == "sends":
                return sentence("The server has no field {name}, which your mapping sends.", name=self.name)
            if self.use == "reads":
                return sentence("The server has no field {name}, which the push reads.", name=self.name)
            return sentence("The server has no field {name}.", name=self.name)
        if self.kind == OTHER_TYPE:
            types = {"name": self.name, "theirs": self.theirs, "ours": self.ours}
            if self.use == "sends":
                return sentence("The server's {name} is {theirs}, not {ours}, which your mapping sends.", **types)
            if self.use == "reads":
                return sentence("The server's {name} is {theirs}, not {ours}, which the push reads.", **types)
            return sentence("The server's {name} is {theirs}, not {ours}.", **types)
        if self.kind == NEW_SET:
            return sentence("The server has an entity set {entity} that this version does not know.", entity=self.entity)
        return sentence(
            "The server has a field {name} ({theirs}) that this version does not know.", name=self.name, theirs=self.theirs
        )

    def _with_more(self, more: int) -> str:
        """A problem's sentence followed by how many more problems there are."""
        if self.kind == MISSING_SET:
            return sentence(
                "The server has no entity set {entity}, which your mapping sends rows to "
                "(and {more} more: odyssee-sync check --schema lists them).",
                entity=self.entity, more=more,
            )
        if self.kind == MISSING_FIELD and self.use == "sends":
            return sentence(
                "The server has no field {name}, which your mapping sends "
                "(and {more} more: odyssee-sync check --schema lists them).",
                name=self.name, more=more,
            )
        if self.kind == MISSING_FIELD:
            return sentence(
                "The server has no field {name}, which the push reads "
                "(and {more} more: odyssee-sync check --schema lists them).",
                name=self.name, more=more,
            )
        types = {"name": self.name, "theirs": self.theirs, "ours": self.ours, "more": more}
        if self.use == "sends":
            return sentence(
                "The server's {name} is {theirs}, not {ours}, which your mapping sends "
                "(and {more} more: odyssee-sync check --schema lists them).",
                **types,
            )
        return sentence(
            "The server's {name} is {theirs}, not {ours}, which the push reads "
            "(and {more} more: odyssee-sync check --schema lists them).",
            **types,
        )


@dataclass
class ModelComparison:
    """The differences between a server's model and ours, in the model's order."""

    differences: list[Difference] = field(default_factory=list)

    @property
    def problems(self) -> list[Difference]:
        return [difference for difference in self.differences if difference.problem]

    @property
    def matches(self) -> bool:
        """Nothing of the model is missing or of another type (new things are fine)."""
        return not any(difference.kind not in (NEW_SET, NEW_FIELD) for difference in self.differences)

    def of_kind(self, *kinds: str) -> list[Difference]:
        return [difference for difference in self.differences if difference.kind in kinds]

    def sentence(self) -> str:
        """One sentence: the first problem, or how well the models match."""
        problems = self.problems
        if problems:
            return problems[0].sentence(more=len(problems) - 1)
        new = len(self.of_kind(NEW_SET, NEW_FIELD))
        unused = len(self.differences) - new
        if self.matches:
            said = sentence("The server's model matches.")
        else:
            said = counted(
                unused,
                "The server's model differs in {n} place your mapping does not use (odyssee-sync check --schema lists them).",
                "The server's model differs in {n} places your mapping does not use (odyssee-sync check --schema lists them).",
            )
        if not new:
            return said
        return counted(
            new,
            "{verdict} It also has {n} thing this version does not know.",
            "{verdict} It also has {n} things this version does not know.",
            verdict=said,
        )

    def report(self) -> list[str]:
        """A short report: each group of differences under a heading, the verdict last."""
        lines: list[str] = []
        groups = (
            ("Missing on the server:", (MISSING_SET, MISSING_FIELD)),
            ("Of another type on the server:", (OTHER_TYPE,)),
            ("New on the server (not used by this version):", (NEW_SET, NEW_FIELD)),
        )
        for heading, kinds in groups:
            found = self.of_kind(*kinds)
            if not found:
                continue
            lines.append(heading)
            for difference in found[:_NAMED_AT_MOST]:
                lines.append(f"  {_report_line(difference)}")
            if len(found) > _NAMED_AT_MOST:
                lines.append(f"  … and {len(found) - _NAMED_AT_MOST} more")
        problems = len(self.problems)
        if problems:
            lines.append(
                f"Your mapping uses {_count(problems, 'thing')} the server lacks or types otherwise: "
                "pushing them would fail."
            )
        elif self.matches:
            lines.append("The server's model matches.")
        else:
            lines.append("The server's model differs only where your mapping does not reach.")
        return lines


def _report_line(difference: Difference) -> str:
    what = f"entity set {difference.entity}" if not difference.field else difference.name
    if difference.kind == OTHER_TYPE:
        what += f": {difference.theirs} there, {difference.ours} here"
    elif difference.kind == NEW_FIELD:
        what += f" ({difference.theirs})"
    notes = {"sends": " (your mapping sends it)", "reads": " (the push reads it)"}
    if difference.kind == MISSING_SET:
        notes["sends"] = " (your mapping sends rows to it)"
    note = notes.get(difference.use, "")
    return what + note


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


# ----------------------------------------------------------------------------------------------
# Reading a CSDL document


def read_metadata(document: bytes) -> dict[str, dict[str, str]]:
    """Entity set name -> {property name: Edm type} of a CSDL document; MetadataError otherwise."""
    if b"<!DOCTYPE" in document or b"<!ENTITY" in document:
        # CSDL never declares any; refusing them keeps entity expansion out of the parser.
        raise MetadataError(sentence("The server's $metadata declares a DOCTYPE or entities, which CSDL never does."))
    try:
        root = ElementTree.fromstring(document)
    except ElementTree.ParseError as error:
        raise MetadataError(sentence("The server's $metadata is not XML ({error}).", error=str(error))) from None
    types: dict[str, dict[str, str]] = {}
    sets: dict[str, str] = {}
    for schema in root.iter(f"{_EDM_NAMESPACE}Schema"):
        prefixes = [name for name in (schema.get("Namespace"), schema.get("Alias")) if name]
        for entity_type in schema.iter(f"{_EDM_NAMESPACE}EntityType"):
            properties = {
                prop.get("Name", ""): prop.get("Type", "") for prop in entity_type.iter(f"{_EDM_NAMESPACE}Property")
            }
            for prefix in prefixes:
                types[f"{prefix}.{entity_type.get('Name', '')}"] = properties
        for entity_set in schema.iter(f"{_EDM_NAMESPACE}EntitySet"):
            sets[entity_set.get("Name", "")] = entity_set.get("EntityType", "")
    if not sets:
        raise MetadataError(
            sentence("The server's $metadata lists no entity sets: it is not an OData v4 CSDL document.")
        )
    return {name: types.get(type_name, {}) for name, type_name in sets.items()}


def compare_metadata(document: bytes, sends: Mapping[str, Iterable[str]] | None = None) -> ModelComparison:
    """The server's CSDL ``document`` compared with the model.

    ``sends`` maps entity sets to the fields a mapping sends to them; those, and what every push
    reads of such a set (:data:`READ_BY_EVERY_PUSH`), decide which differences are problems.
    """
    theirs = read_metadata(document)
    sent = {entity: set(fields) for entity, fields in (sends or {}).items()}
    differences: list[Difference] = []
    for entity in ENTITY_SETS.values():
        if entity.name not in theirs:
            differences.append(Difference(MISSING_SET, entity.name, use="sends" if entity.name in sent else ""))
            continue
        properties = theirs[entity.name]
        for spec in entity.fields:
            ours = EDM_TYPES[spec.type]
            if spec.name not in properties:
                differences.append(Difference(MISSING_FIELD, entity.name, spec.name, ours, use=_use(sent, entity.name, spec.name)))
            elif properties[spec.name] != ours:
                differences.append(
                    Difference(OTHER_TYPE, entity.name, spec.name, ours, properties[spec.name], _use(sent, entity.name, spec.name))
                )
        for name, edm_type in properties.items():
            if name not in entity.field_map:
                differences.append(Difference(NEW_FIELD, entity.name, name, theirs=edm_type))
    for name in theirs:
        if name not in ENTITY_SETS:
            differences.append(Difference(NEW_SET, name))
    return ModelComparison(differences)


def _use(sent: Mapping[str, set[str]], entity: str, name: str) -> str:
    if name in sent.get(entity, ()):
        return "sends"
    return "reads" if entity in sent and name in READ_BY_EVERY_PUSH else ""


__all__ = [
    "Difference",
    "MetadataError",
    "ModelComparison",
    "READ_BY_EVERY_PUSH",
    "compare_metadata",
    "read_metadata",
]
