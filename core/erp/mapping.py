"""The mapping file: which ERP table feeds which Odyssee entity, column by column.

One TOML file per profile, one section per Odyssee entity set (the names of
:data:`core.odyssee.model.ENTITY_SETS`: ``[ArticleCategory]``, ``[ProjectType]``,
``[Company]``, ``[User]``, ``[Article]``, ``[Project]`` …)::

    [Company]
    table = "customer"              # or: query = "SELECT … FROM …" (any SELECT the database runs)
    key = "code"                    # the ERP key column: becomes Company.code (Project: reference_back_office)
    modified = "last_modification"  # last-modification column; without it every read is a full read
    where = "active = 1"            # optional row filter, appended to the WHERE clause
    protected = ["phone"]           # Odyssee fields set on create and never overwritten afterwards

    [Company.fields]                # Odyssee field = ERP column
    name = "name"
    vat_reg_code = { column = "vat", transform = ["trim", "upper"], default = "" }
    is_client = { constant = true }

- **References** are given by ERP key, the way the vendor's embedded entities work: map the
  reference's code field (``company_code``, ``project_type_code``, ``article_category_code``) to
  the ERP column holding the other row's key. Those references also give the order in which
  entities are pushed (:meth:`Mapping.entity_order`: Company before Project).
- **Transforms**, applied in the order listed: ``trim``, ``upper``, ``lower`` (text only; other
  values pass through) and ``decimal:N`` (a number rounded half-up to N places).
- **default** replaces a NULL column, or a text that is empty once transformed. A field that
  stays empty gets Odyssee's own default ("" / 0 / false), since the API stores no nulls.
- **constant** sends a fixed value instead of a column.
- **Values** are read the ERP's way (:func:`core.odyssee.values.read_erp`): ``"1 200,50"`` is
  1200.50 in a decimal field, ``yes``/``no`` fill a flag, a number fills a text field as its text.
- ``query`` and ``where`` are trusted configuration: they run as SQL exactly as written, with
  the reading account's rights. Give that account read-only access to the ERP.

Problems (unknown section, field, option or transform; missing ``key``; a value of the wrong
kind) are collected while parsing into :attr:`Mapping.problems`, all of them, each naming its
line: ``mapping.toml line 14: [Company.fields] vat_number: Odyssee has no field 'vat_number' on
Company (did you mean 'vat_reg_code'?)``. Column names are checked against the database by
:meth:`core.erp.reader.ErpReader.check`.
"""
from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from core.errors import UserError, sentence
from core.odyssee.model import ENTITY_SETS, EntitySet, FieldSpec
from core.odyssee.values import DECIMAL_PLACES, FieldValueError, erp_decimal, read_erp

DEFAULT_SOURCE_NAME = "mapping.toml"

# Entity sets a mapping can feed: those with an ERP key to match rows by.
PUSHABLE_ENTITY_SETS: dict[str, EntitySet] = {
    name: entity for name, entity in ENTITY_SETS.items() if entity.erp_key is not None
}

SECTION_OPTIONS = ("table", "query", "key", "modified", "where", "fields", "protected")
FIELD_OPTIONS = ("column", "constant", "transform", "default")
TRANSFORM_NAMES = ("trim", "upper", "lower", "decimal:N")

# Names ERPs commonly use for a field Odyssee calls otherwise: better suggestions than spelling.
_FIELD_ALIASES = {
    "vat": "vat_reg_code",
    "vat_number": "vat_reg_code",
    "vat_no": "vat_reg_code",
    "btw": "vat_reg_code",
    "tva": "vat_reg_code",
    "country": "db_country_code",
    "country_code": "db_country_code",
    "postcode": "zip",
    "postal_code": "zip",
    "zipcode": "zip",
    "price": "entered_price",
    "unit_price": "entered_price",
    "category_code": "article_category_code",
    "customer_code": "company_code",
    "site_type_code": "project_type_code",
    "type_code": "project_type_code",
    "first_name": "firstname",
    "last_name": "lastname",
    "user_name": "username",
    "key": "code",
}


# ----------------------------------------------------------------------------------------------
# Problems


@dataclass(frozen=True)
class MappingProblem:
    """One thing wrong with a mapping; ``str()`` is the sentence shown to the user."""

    source: str  # the mapping file's name
    line: int | None
    where: str  # "[Company.fields] vat_number", "[Company]", or "" for the whole file
    message: str

    def __str__(self) -> str:
        source, line, where, message = self.source, self.line, self.where, self.message
        if line is not None and where:
            return sentence("{source} line {line}: {where}: {message}", source=source, line=line, where=where, message=message)
        if line is not None:
            return sentence("{source} line {line}: {message}", source=source, line=line, message=message)
        if where:
            return sentence("{source}: {where}: {message}", source=source, where=where, message=message)
        return sentence("{source}: {message}", source=source, message=message)


class MappingError(UserError, ValueError):
    """Raised when a mapping with problems is used; ``problems`` lists them all."""

    def __init__(self, problems: Sequence[MappingProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def suggestion(word: str, candidates: Iterable[str], aliases: dict[str, str] | None = None) -> str:
    """`` (did you mean 'x'?)`` for the candidate closest to ``word``, or ``""``."""
    candidates = list(candidates)
    lowered = word.lower()
    by_lower = {candidate.lower(): candidate for candidate in candidates}
    if lowered in by_lower:
        return sentence(" (did you mean '{name}'?)", name=by_lower[lowered])
    if aliases and aliases.get(lowered) in candidates:
        return sentence(" (did you mean '{name}'?)", name=aliases[lowered])
    word_tokens = lowered.split("_")

    def score(candidate: str) -> float:
        tokens = candidate.lower().split("_")
        ratio = difflib.SequenceMatcher(None, lowered, candidate.lower()).ratio()
        shared = len(set(word_tokens) & set(tokens)) / len(set(word_tokens) | set(tokens))
        # A shared first word ("vat_number" / "vat_reg_code") says more than shared letters.
        return ratio + 0.3 * shared + (0.3 if tokens[0] == word_tokens[0] else 0.0)

    ranked = sorted(candidates, key=score, reverse=True)
    if ranked and score(ranked[0]) >= 0.65:
        return sentence(" (did you mean '{name}'?)", name=ranked[0])
    return ""


# ----------------------------------------------------------------------------------------------
# Transforms


@dataclass(frozen=True)
class Transform:
    name: str  # trim, upper, lower, decimal
    places: int | None = None  # for decimal

    def __str__(self) -> str:
        return self.name if self.places is None else f"{self.name}:{self.places}"

    def apply(self, value: object) -> object:
        if value is None:
            return None
        if self.name == "decimal":
            number = erp_decimal(value)
            if number is None:
                return None
            return number.quantize(Decimal(1).scaleb(-self.places), rounding=ROUND_HALF_UP)  # type: ignore[arg-type]
        if not isinstance(value, str):
            return value
        if self.name == "trim":
            return value.strip()
        if self.name == "upper":
            return value.upper()
        return value.lower()


def parse_transform(text: str) -> Transform:
    """``"trim"``, ``"decimal:2"`` … as a Transform; ValueError with a readable reason."""
    name, _, argument = text.strip().partition(":")
    name = name.strip().lower()
    if name in ("trim", "upper", "lower") and not argument:
        return Transform(name)
    if name == "decimal":
        if argument.strip().isdigit() and int(argument) <= DECIMAL_PLACES:
            return Transform("decimal", int(argument))
        raise ValueError(sentence(
            "transform '{transform}' needs a number of decimal places from 0 to {places}, e.g. 'decimal:2'",
            transform=text, places=DECIMAL_PLACES,
        ))
    known = ", ".join(TRANSFORM_NAMES)
    hint = suggestion(name, ("trim", "upper", "lower", "decimal"))
    raise ValueError(sentence(
        "unknown transform '{transform}'{hint}; known transforms: {known}", transform=text, hint=hint, known=known,
    ))


# ----------------------------------------------------------------------------------------------
# The mapping's parts


@dataclass(frozen=True)
class FieldMapping:
    """Where one Odyssee field's value comes from."""

    spec: FieldSpec
    column: str | None = None  # None: a constant
    constant: object = None
    transforms: tuple[Transform, ...] = ()
    default: object = None
    line: int | None = None

    @property
    def field(self) -> str:
        return self.spec.name

    def convert(self, raw: object) -> object:
        """The Odyssee value for the column value ``raw`` (ignored for a constant).

        Raises :class:`FieldValueError`.
        """
        value = self.constant if self.column is None else raw
        for transform in self.transforms:
            value = transform.apply(value)
        if self.default is not None and (value is None or value == ""):
            value = self.default
        return read_erp(self.spec, value)


@dataclass(frozen=True)
class EntityMapping:
    """One section: the ERP source of one Odyssee entity set."""

    entity: EntitySet
    key: str
    table: str | None = None
    query: str | None = None
    modified: str | None = None
    where: str | None = None
    fields: dict[str, FieldMapping] = field(default_factory=dict)  # Odyssee field -> mapping
    protected: frozenset[str] = frozenset()
    line: int | None = None  # the section header's line
    option_lines: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def erp_key_field(self) -> str:
        """The Odyssee field that holds the ERP key (``code``, ``reference_back_office``)."""
        return self.entity.erp_key  # type: ignore[return-value]

    @property
    def references(self) -> dict[str, str]:
        """Mapped reference code fields -> the entity set they point to (``company_code`` -> ``Company``)."""
        return {
            reference.code_field: reference.target
            for reference in self.entity.references
            if reference.code_field and reference.code_field in self.fields
        }

    def columns(self) -> list[str]:
        """Every ERP column the section reads, key and modification column first, no repeats."""
        names = [self.key] + ([self.modified] if self.modified else [])
        names += [mapping.column for mapping in self.fields.values() if mapping.column]
        return list(dict.fromkeys(names))

    def line_of(self, option: str) -> int | None:
        return self.option_lines.get(option, self.line)


class Mapping:
    """A parsed mapping file. ``problems`` holds everything wrong found without a database."""

    def __init__(self, source: str, sections: dict[str, EntityMapping], problems: list[MappingProblem]) -> None:
        self.source = source
        self.sections = sections
        self.problems = problems

    @classmethod
    def parse(cls, text: str, source: str = DEFAULT_SOURCE_NAME) -> Mapping:
        return _Parser(text, source).parse()

    @classmethod
    def load(cls, path: str | Path) -> Mapping:
        """Read a mapping file; an unreadable file becomes a problem, never an exception."""
        path = Path(path)
        try:
            text = path.read_bytes().decode("utf-8")
        except OSError as error:
            problem = MappingProblem(path.name, None, "", sentence("cannot be read ({why})", why=error.strerror or str(error)))
            return cls(path.name, {}, [problem])
        except UnicodeDecodeError as error:
            line = error.object[: error.start].count(b"\n") + 1
            return cls(path.name, {}, [MappingProblem(path.name, line, "", sentence("is not UTF-8 text"))])
        return cls.parse(text, path.name)

    @classmethod
    def default(cls) -> Mapping:
        """The mapping shipped for the demo ERP (``resources/mappings/default.toml``)."""
        import resources

        return cls.parse(resources.read_text("mappings", "default.toml"), "default.toml")

    def __getitem__(self, entity: str) -> EntityMapping:
        return self.sections[entity]

    def __contains__(self, entity: object) -> bool:
        return entity in self.sections

    def __iter__(self) -> Iterator[str]:
        return iter(self.sections)

    def raise_for_problems(self) -> None:
        if self.problems:
            raise MappingError(self.problems)

    def problem(self, where: str, message: str, line: int | None) -> MappingProblem:
        return MappingProblem(self.source, line, where, message)

    def sent_fields(self) -> dict[str, set[str]]:
        """Entity set -> the Odyssee fields this mapping sends to it, its ERP key field included."""
        return {name: {section.erp_key_field, *section.fields} for name, section in self.sections.items()}

    def dependencies(self, entity: str) -> list[str]:
        """Sections that must be pushed before ``entity``: the ones it references by ERP key."""
        targets = self.sections[entity].references.values()
        return [target for target in dict.fromkeys(targets) if target != entity and target in self.sections]

    def entity_order(self) -> list[str]:
        """Section names, each after the sections it references; otherwise in file order."""
        order: list[str] = []
        placed: set[str] = set()
        pending = list(self.sections)
        while pending:
            ready = next((name for name in pending if set(self.dependencies(name)) <= placed), pending[0])
            order.append(ready)
            placed.add(ready)
            pending.remove(ready)
        return order


# ----------------------------------------------------------------------------------------------
# Finding lines: tomllib gives no positions, so the text is scanned for headers and keys.

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _read_key_path(text: str, start: int) -> tuple[tuple[str, ...], int] | None:
    """A dotted key starting at ``text[start]``; returns (parts, index after it) or None."""
    parts: list[str] = []
    index = start
    while True:
        while index < len(text) and text[index] in " \t":
            index += 1
        if index >= len(text):
            return None
        quote = text[index]
        if quote in "\"'":
            end = text.find(quote, index + 1)
            while quote == '"' and end > 0 and text[end - 1] == "\\":
                end = text.find(quote, end + 1)
            if end < 0:
                return None
            parts.append(text[index + 1 : end])
            index = end + 1
        else:
            match = _BARE_KEY.match(text, index)
            if not match:
                return None
            parts.append(match.group())
            index = match.end()
        while index < len(text) and text[index] in " \t":
            index += 1
        if index < len(text) and text[index] == ".":
            index += 1
            continue
        return tuple(parts), index


class _LineIndex:
    """Line numbers of table headers and keys, by full key path."""

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[str, ...], int] = {}
        table: tuple[str, ...] = ()
        open_string: str | None = None  # the delimiter of a multi-line string being read
        depth = 0  # open brackets of a multi-line array
        for number, line in enumerate(text.splitlines(), start=1):
            index = 0
            if open_string is None and depth == 0:
                stripped = line.lstrip()
                indent = len(line) - len(stripped)
                if stripped.startswith("[") and not stripped.startswith("[["):
                    header = _read_key_path(line, indent + 1)
                    if header:
                        table = header[0]
                        self.lines.setdefault(table, number)
                        index = len(line)
                else:
                    key = _read_key_path(line, indent)
                    if key and key[1] < len(line) and line[key[1]] == "=":
                        self.lines.setdefault(table + key[0], number)
                        index = key[1] + 1
            open_string, depth = self._scan(line, index, open_string, depth)

    @staticmethod
    def _scan(line: str, index: int, open_string: str | None, depth: int) -> tuple[str | None, int]:
        """Follow strings, comments and brackets to the end of ``line``."""
        while index < len(line):
            if open_string:
                end = line.find(open_string, index)
                if end < 0:
                    return open_string, depth
                index = end + 3
                open_string = None
                continue
            char = line[index]
            if char == "#":
                break
            if line.startswith('"""', index) or line.startswith("'''", index):
                open_string = line[index : index + 3]
                index += 3
                continue
            if char in "\"'":
                end = index + 1
                while end < len(line) and line[end] != char:
                    end += 2 if char == '"' and line[end] == "\\" else 1
                index = end + 1
                continue
            if char in "[{":
                depth += 1
            elif char in "]}":
                depth = max(depth - 1, 0)
            index += 1
        return open_string, depth

    def find(self, *path: str) -> int | None:
        """The line of ``path``, else of its nearest enclosing key or table."""
        for size in range(len(path), 0, -1):
            line = self.lines.get(tuple(path[:size]))
            if line is not None:
                return line
        return None


# ----------------------------------------------------------------------------------------------
# Parsing


class _Parser:
    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.problems: list[MappingProblem] = []
        self.index = _LineIndex(text)

    def report(self, path: Sequence[str], message: str) -> None:
        self.problems.append(MappingProblem(self.source, self.index.find(*path), _where(path), message))

    def parse(self) -> Mapping:
        try:
            document = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as error:
            text = str(error)
            located = re.search(r"\(at line (\d+), column \d+\)", text)
            line = int(located.group(1)) if located else None
            reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", text)
            self.problems.append(MappingProblem(self.source, line, "", sentence("not valid TOML: {reason}", reason=reason)))
            return Mapping(self.source, {}, self.problems)
        sections: dict[str, EntityMapping] = {}
        for name, body in document.items():
            if not isinstance(body, dict):
                self.report(
                    (name,),
                    sentence("'{name}' is not a section; put settings under a section such as [Company]", name=name),
                )
                continue
            if name not in PUSHABLE_ENTITY_SETS:
                hint = suggestion(name, PUSHABLE_ENTITY_SETS)
                self.report(
                    (name,),
                    sentence(
                        "Odyssee has no entity set '{name}' to push to{hint}; known: {known}",
                        name=name, hint=hint, known=", ".join(sorted(PUSHABLE_ENTITY_SETS)),
                    ),
                )
                continue
            section = self.section(PUSHABLE_ENTITY_SETS[name], body)
            if section is not None:
                sections[name] = section
        if not sections and not self.problems:
            self.problems.append(
                MappingProblem(self.source, None, "", sentence("maps nothing: add a section such as [Company]"))
            )
        self.problems.sort(key=lambda problem: (problem.line or 0))
        return Mapping(self.source, sections, self.problems)

    def text_option(self, name: str, body: dict, option: str) -> str | None:
        value = body.get(option)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.report((name, option), sentence("{option} must be a non-empty text", option=option))
            return None
        return value.strip()

    def section(self, entity: EntitySet, body: dict) -> EntityMapping | None:
        name = entity.name
        for option in body:
            if option not in SECTION_OPTIONS:
                hint = suggestion(option, SECTION_OPTIONS)
                self.report(
                    (name, option),
                    sentence(
                        "unknown setting '{option}'{hint}; known settings: {known}",
                        option=option, hint=hint, known=", ".join(SECTION_OPTIONS),
                    ),
                )
        table = self.text_option(name, body, "table")
        query = self.text_option(name, body, "query")
        key = self.text_option(name, body, "key")
        modified = self.text_option(name, body, "modified")
        where = self.text_option(name, body, "where")
        usable = True
        if table and query:
            self.report((name, "query"), sentence("give either table or query, not both"))
            usable = False
        elif not table and not query and "table" not in body and "query" not in body:
            self.report((name,), sentence('no ERP source: add table = "<ERP table>" or query = "SELECT …"'))
            usable = False
        elif not table and not query:
            usable = False
        if key is None:
            if "key" not in body:
                self.report(
                    (name,),
                    sentence(
                        'no key: name the ERP key column, e.g. key = "code" (it becomes {entity}.{field})',
                        entity=name, field=entity.erp_key,
                    ),
                )
            usable = False
        fields = self.fields(entity, body.get("fields", {}), key)
        protected = self.protected(entity, body.get("protected", []))
        self.check_required(entity, fields, body)
        if not usable:
            return None
        option_lines = {
            option: line for option in SECTION_OPTIONS if (line := self.index.lines.get((name, option))) is not None
        }
        return EntityMapping(
            entity=entity,
            key=key,  # type: ignore[arg-type]
            table=table,
            query=query.rstrip().rstrip(";").rstrip() if query else None,
            modified=modified,
            where=where,
            fields=fields,
            protected=protected,
            line=self.index.find(name),
            option_lines=option_lines,
        )

    def fields(self, entity: EntitySet, body: object, key: str | None) -> dict[str, FieldMapping]:
        name = entity.name
        if not isinstance(body, dict):
            self.report((name, "fields"), sentence("fields must be a table of Odyssee field = ERP column"))
            return {}
        fields: dict[str, FieldMapping] = {}
        for field_name, value in body.items():
            path = (name, "fields", field_name)
            spec = entity.field_map.get(field_name)
            if spec is None:
                hint = suggestion(field_name, entity.field_map, _FIELD_ALIASES)
                self.report(path, sentence("Odyssee has no field '{field}' on {entity}{hint}", field=field_name, entity=name, hint=hint))
                continue
            if spec.read_only:
                self.report(path, sentence("{field} is set by Odyssee itself and cannot be mapped", field=field_name))
                continue
            mapping = self.field(path, spec, value)
            if mapping is None:
                continue
            if field_name == entity.erp_key and key and (mapping.column != key or mapping.transforms):
                self.report(
                    path,
                    sentence(
                        "{field} is {entity}'s ERP key: it always comes from the key column '{key}'; "
                        'write {field} = "{key}" or leave it out',
                        field=field_name, entity=name, key=key,
                    ),
                )
                continue
            fields[field_name] = mapping
        return fields

    def field(self, path: tuple[str, ...], spec: FieldSpec, value: object) -> FieldMapping | None:
        line = self.index.find(*path)
        if isinstance(value, str):
            if not value.strip():
                self.report(path, sentence("the ERP column name is empty"))
                return None
            return FieldMapping(spec, column=value.strip(), line=line)
        if not isinstance(value, dict):
            self.report(
                path,
                sentence('expected an ERP column name or an inline table such as {{ column = "…", transform = ["trim"] }}'),
            )
            return None
        ok = True
        for option in value:
            if option not in FIELD_OPTIONS:
                hint = suggestion(option, FIELD_OPTIONS)
                self.report(path, sentence(
                    "unknown option '{option}'{hint}; known options: {known}", option=option, hint=hint, known=", ".join(FIELD_OPTIONS),
                ))
                ok = False
        column = value.get("column")
        has_constant = "constant" in value
        if column is not None and (not isinstance(column, str) or not column.strip()):
            self.report(path, sentence("column must be a non-empty ERP column name"))
            ok = False
        elif column is not None and has_constant:
            self.report(path, sentence("give either column or constant, not both"))
            ok = False
        elif column is None and not has_constant:
            self.report(path, sentence('say where the value comes from: column = "…" or constant = …'))
            ok = False
        transforms = self.transforms(path, value.get("transform", []))
        constant = default = None
        if has_constant:
            constant = self.typed_value(path, spec, value["constant"], "constant")
            ok = ok and constant is not _INVALID
        if "default" in value:
            default = self.typed_value(path, spec, value["default"], "default")
            ok = ok and default is not _INVALID
        if not ok or transforms is None:
            return None
        if has_constant:
            # Transforms apply to constants too; check the result once here.
            try:
                probe = FieldMapping(spec, None, constant, transforms, line=line)
                constant = probe.convert(None)
            except FieldValueError as error:
                self.report(path, sentence("constant: {error}", error=error.message))
                return None
            return FieldMapping(spec, None, constant, (), line=line)
        return FieldMapping(spec, column.strip(), None, transforms, default, line)  # type: ignore[union-attr]

    def typed_value(self, path: tuple[str, ...], spec: FieldSpec, value: object, option: str) -> object:
        if isinstance(value, (list, dict)):
            self.report(path, sentence("{option} must be a single value", option=option))
            return _INVALID
        if isinstance(value, float):
            value = Decimal(repr(value))
        if isinstance(value, time):
            self.report(path, sentence("{option}: a time of day is not a value {field} can hold", option=option, field=spec.name))
            return _INVALID
        try:
            read_erp(spec, value)
        except FieldValueError as error:
            self.report(path, sentence("{option}: {error}", option=option, error=error.message))
            return _INVALID
        return value

    def transforms(self, path: tuple[str, ...], value: object) -> tuple[Transform, ...] | None:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            self.report(path, sentence('transform must be a name or a list of names, e.g. transform = ["trim", "upper"]'))
            return None
        parsed: list[Transform] = []
        ok = True
        for item in items:
            try:
                parsed.append(parse_transform(item))
            except ValueError as error:
                self.report(path, error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error))
                ok = False
        return tuple(parsed) if ok else None

    def protected(self, entity: EntitySet, value: object) -> frozenset[str]:
        path = (entity.name, "protected")
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.report(path, sentence('protected must be a list of Odyssee field names, e.g. protected = ["notes"]'))
            return frozenset()
        known: set[str] = set()
        for item in value:
            if item not in entity.field_map:
                hint = suggestion(item, entity.field_map, _FIELD_ALIASES)
                self.report(path, sentence("Odyssee has no field '{field}' on {entity}{hint}", field=item, entity=entity.name, hint=hint))
            elif item == entity.erp_key:
                self.report(path, sentence("{field} is {entity}'s ERP key and always comes from the ERP", field=item, entity=entity.name))
            else:
                known.add(item)
        return frozenset(known)

    def check_required(self, entity: EntitySet, fields: dict[str, FieldMapping], body: dict) -> None:
        """Odyssee refuses a row without its required fields: a mapping that never sends one is wrong."""
        raw_fields = body.get("fields", {})
        named = set(raw_fields) if isinstance(raw_fields, dict) else set()
        reference_fields = {
            member for reference in entity.references for member in (reference.id_field, reference.code_field) if member
        }
        for spec in entity.fields:
            if (
                spec.required
                and not spec.read_only
                and spec.name != entity.erp_key
                and spec.name not in reference_fields
                and spec.name not in named
            ):
                self.report(
                    (entity.name,),
                    sentence(
                        "Odyssee requires {field} on {entity}: map it under [{entity}.fields]", field=spec.name, entity=entity.name,
                    ),
                )
        for reference in entity.references:
            members = [member for member in (reference.id_field, reference.code_field) if member]
            if reference.required and not named & set(members):
                self.report(
                    (entity.name,),
                    sentence(
                        "Odyssee requires a {target} on every {entity}: map {field} to the ERP column holding its key",
                        target=reference.target, entity=entity.name, field=reference.code_field or reference.id_field,
                    ),
                )


_INVALID = object()


def _where(path: Sequence[str]) -> str:
    """``[Company.fields] vat_number`` for a key path, ``[Company]`` for a section."""
    if not path:
        return ""
    if len(path) >= 3 and path[1] == "fields":
        return f"[{path[0]}.fields] {'.'.join(path[2:])}"
    if len(path) == 1:
        return f"[{path[0]}]"
    return f"[{path[0]}] {'.'.join(path[1:])}"
