"""The vendor's data model: entity sets, their fields and types, references, display titles, and
the constants every tenant has.

The field lists follow the vendor's ResourceModel pages (the same in Odyssee v4 and Wello v5/v6);
where the vendor's model is unknown, they hold the fields the ERP-link guide needs. Project types
are an entity set of their own (``DECISIONS.md``, "Project types"). Every field has a default,
since the API stores no nulls: ``""``, ``0``, ``false``, the empty GUID, ``1980-01-01``.

The client, the engines, the GUI and the simulator all read this one model; values of its fields
are read, checked, normalised and written by :mod:`core.odyssee.values`. What only a server does
with it (defaults on insert, read-only fields set on write, storage) is the simulator's
(:mod:`core.simulator.storage`).

Facts of the model that a client relies on:

- ``<x>_code`` fields are returned next to ``<x>_id`` (the referenced row's ERP key at write
  time), so a client can compare what it sent with what is stored.
- A project without a status gets the tenant's default status (``is_default``), so the guide's
  ``project (code, name, company_code, project_type_code)`` is a valid create.
- Lists include ``file_content``: ``$select`` the columns you need, as the guide does.
"""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

from core.errors import sentence

# The API has no nulls: an unset reference is the all-zero GUID, an unset date this one.
EMPTY_GUID = uuid.UUID(int=0)
EMPTY_GUID_TEXT = str(EMPTY_GUID)
EMPTY_DATE = datetime(1980, 1, 1, tzinfo=timezone.utc)

TYPES = ("guid", "string", "bool", "int", "decimal", "datetime", "bytes")

# Each type as the server's $metadata (OData CSDL) names it.
EDM_TYPES = {
    "guid": "Edm.Guid",
    "string": "Edm.String",
    "bool": "Edm.Boolean",
    "int": "Edm.Int32",
    "decimal": "Edm.Decimal",
    "datetime": "Edm.DateTimeOffset",
    "bytes": "Edm.Binary",
}

_TYPE_DEFAULTS: dict[str, object] = {
    "guid": EMPTY_GUID,
    "string": "",
    "bool": False,
    "int": 0,
    "decimal": Decimal(0),
    "datetime": EMPTY_DATE,
    "bytes": b"",
}

@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    max_length: int | None = None
    required: bool = False
    read_only: bool = False
    default: object = None
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    choices: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"unknown field type {self.type!r}")

    @property
    def default_value(self) -> object:
        return _TYPE_DEFAULTS[self.type] if self.default is None else self.default


@dataclass(frozen=True)
class Reference:
    """An embedded entity group: ``<name>_id`` | ``<name>_code`` | ``<name>`` (node).

    ``code_field`` is the name of the by-ERP-key input (``company_code``,
    ``project_reference_back_office``); ``target_key`` the key field of the target set that it
    matches. ``node`` is the nested-object input, upserted by ``target_key``.
    """

    name: str
    target: str
    id_field: str
    code_field: str | None
    target_key: str = "code"
    node: str | None = None
    required: bool = False


@dataclass(frozen=True)
class EntitySet:
    """One controller of the API (``api/<name>``).

    ``erp_key`` is the field that holds the ERP's key (None: the set is not fed from the ERP).
    ``deletable`` is False where the vendor archives instead (users, companies, articles).
    ``title`` names a list of its rows ("Job approvals"), ``label`` one row in a sentence
    ("job approval", a :func:`core.errors.sentence` for a window to word it); both have defaults
    made from ``name``.
    """

    name: str  # controller name, e.g. "Company"
    table: str  # model name, e.g. "company"
    fields: tuple[FieldSpec, ...]
    references: tuple[Reference, ...] = ()
    erp_key: str | None = "code"
    deletable: bool = True
    title: str = ""
    label: str = ""
    field_map: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "field_map", {spec.name: spec for spec in self.fields})
        if not self.label:
            object.__setattr__(self, "label", name_label(self.name))
        if not self.title:
            object.__setattr__(self, "title", self.name)

    def __getitem__(self, name: str) -> FieldSpec:
        return self.field_map[name]


def name_label(name: str) -> str:
    """``JobApproval`` -> ``job approval``: how a sentence names a row of a set by its name."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def _typed(type_: str, text: str) -> object:
    """A value written in a field table, in the field's type (a KeyError names a wrong one)."""
    if type_ == "bool":
        return {"true": True, "false": False}[text]
    return {"string": str, "int": int, "decimal": Decimal}[type_](text)


def _fields(table: str) -> tuple[FieldSpec, ...]:
    """Field specs from lines ``name type [max length] [flags]``, written as the vendor's pages
    list them. Flags: ``required``, ``read-only``, and ``default=``, ``minimum=``, ``maximum=``,
    ``choices=A|B`` with values in the field's type. A ``#`` starts a comment."""
    specs = []
    for line in table.splitlines():
        words = line.partition("#")[0].split()
        if not words:
            continue
        name, type_, *rest = words
        length = int(rest.pop(0)) if rest and rest[0].isdigit() else None
        flags: dict[str, object] = {}
        for word in rest:
            flag, is_option, value = word.partition("=")
            if word in ("required", "read-only"):
                flags[word.replace("-", "_")] = True
            elif is_option and flag == "choices":
                flags[flag] = tuple(value.split("|"))
            elif is_option and flag in ("default", "minimum", "maximum"):
                flags[flag] = _typed(type_, value)
            else:
                raise ValueError(f"unknown flag {word!r} of field {name!r}")
        specs.append(FieldSpec(name, type_, length, **flags))  # type: ignore[arg-type]
    return tuple(specs)


def _common_tail() -> tuple[FieldSpec, ...]:
    return (FieldSpec("modified_dateutc", "datetime", read_only=True),)


def _reference_fields(ref: Reference) -> tuple[FieldSpec, ...]:
    specs = [FieldSpec(ref.id_field, "guid")]
    if ref.code_field:
        specs.append(FieldSpec(ref.code_field, "string", 255))
    return tuple(specs)


def _entity(
    name: str,
    table: str,
    fields: str,
    references: tuple[Reference, ...] = (),
    **options: object,
) -> EntitySet:
    all_fields = [FieldSpec("id", "guid")]
    all_fields += _fields(fields)
    for ref in references:
        all_fields += _reference_fields(ref)
    all_fields += _common_tail()
    return EntitySet(name, table, tuple(all_fields), references, **options)  # type: ignore[arg-type]


USER = _entity(
    "User",
    "user",
    """
    code            string   50
    username        string  255  required
    firstname       string  255
    lastname        string  255  required
    email           string  250
    phone           string   50
    functions       string  255
    notes           string
    is_team_leader  bool
    archived        bool
    disabled        bool
    """,
    deletable=False,
    title="Users",
    label=sentence("user"),
)

COMPANY = _entity(
    "Company",
    "company",
    """
    code                       string     50
    name                       string     64  required
    vat_reg_code               string     50
    phone                      string     50
    mobile                     string     50
    fax                        string     50
    email                      string    250
    url                        string    255
    street                     string    100
    street2                    string    100
    street_number              string     50
    zip                        string     50
    city                       string     50
    db_country_code            string     10
    notes                      string
    is_client                  bool           default=true
    is_supplier                bool
    is_working_address         bool           default=true
    archived                   bool
    company_sales_status_code  string     50  default=Normal  choices=Normal|CreditRisk|BlockedbyCM|OrderBlocked
    create_date                datetime
    """,
    deletable=False,
    title="Companies",
    label=sentence("company"),
)

PROJECT_TYPE = _entity(
    "ProjectType",
    "project_type",
    """
    code  string  50
    name  string  50  required
    """,
    title="Project types",
    label=sentence("project type"),
)

PROJECT_STATUS = _entity(
    "ProjectStatus",
    "project_status",
    """
    code        string  255
    name        string   50  required
    is_default  bool
    is_closed   bool
    """,
    title="Project statuses",
    label=sentence("project status"),
)

PROJECT = _entity(
    "Project",
    "project",
    """
    reference_back_office  string   50
    name                   string  255  required
    serial_number          string   50
    barcode                string   50
    street                 string  100
    zip                    string   50
    city                   string   50
    notes                  string
    equipment_family_id    guid
    parent_id              guid
    """,
    (
        Reference("company", "Company", "company_id", "company_code", node="company", required=True),
        Reference("project_status", "ProjectStatus", "project_status_id", "project_status_code", node="project_status"),
        Reference("project_type", "ProjectType", "project_type_id", "project_type_code", node="project_type"),
    ),
    erp_key="reference_back_office",
    title="Projects",
    label=sentence("project"),
)

ARTICLE_CATEGORY = _entity(
    "ArticleCategory",
    "article_category",
    """
    code  string  50
    name  string  50  required
    """,
    (Reference("parent", "ArticleCategory", "parent_id", "parent_code", node="parent_article_category"),),
    title="Article categories",
    label=sentence("article category"),
)

ARTICLE = _entity(
    "Article",
    "article",
    """
    code               string     50
    barcode            string     50
    name               string     50  required
    description_short  string    100
    description        string   4000
    entered_price      decimal        minimum=0
    use_serial         bool
    no_stock           bool
    is_dummy           bool
    archived           bool
    """,
    (
        Reference(
            "article_category",
            "ArticleCategory",
            "article_category_id",
            "article_category_code",
            node="article_category",
        ),
    ),
    deletable=False,
    title="Articles",
    label=sentence("article"),
)

JOB_TYPE = _entity(
    "JobType",
    "job_type",
    """
    code         string    50
    name         string    50  required
    description  string  4000
    is_default   bool
    """,
    title="Job types",
    label=sentence("job type"),
)

JOB_STATUS = _entity(
    "JobStatus",
    "job_status",
    """
    code                  string  50
    name                  string  50  required
    system_job_status_id  guid
    sequence              int
    archived              bool
    """,
    title="Job statuses",
    label=sentence("job status"),
)

JOBS = _entity(
    "Jobs",
    "jobs",
    """
    id2                    int             read-only  # the human job number, given by the server
    reference_back_office  string      50
    name                   string     255
    description            string    4000
    company_id             guid            read-only  # the project's company
    user_id                guid
    first_planning_date    datetime
    date_closed            datetime
    """,
    (
        Reference(
            "project",
            "Project",
            "project_id",
            "project_reference_back_office",
            target_key="reference_back_office",
            node="project",
            required=True,
        ),
        Reference("job_type", "JobType", "job_type_id", "job_type_code", node="job_type", required=True),
        Reference("job_status", "JobStatus", "job_status_id", "job_status_code", required=True),
    ),
    erp_key="reference_back_office",
    title="Jobs",
    label=sentence("job"),
)

JOB_APPROVAL = _entity(
    "JobApproval",
    "job_approval",
    """
    jobs_id                   guid            required
    user_id                   guid            required
    ready_for_multi_approval  bool
    is_daily_approval         bool
    is_signed                 bool
    contact_id                guid
    contact_name              string     255
    customer_remarks          string    4000
    additional_email          string    4000
    date_generated            datetime
    job_status_id             guid
    rating                    int             minimum=0  maximum=5
    """,
    erp_key=None,
    title="Job approvals",
    label=sentence("job approval"),
)

# The fields both kinds of usage line (a part used, a time line) end with.
_USAGE_LINE_END = """
    quantity           decimal  required  minimum=0.1  # the vendor's range: 0.1 to 1.79769313486232E+308
    price              decimal  minimum=0
    signed_by_company  bool     read-only
    is_under_warranty  bool
"""

JOB_PART_USAGE = _entity(
    "JobPartUsage",
    "job_part_usage",
    """
    jobs_id            guid           required
    user_id            guid           required
    article_id         guid
    job_approval_id    guid
    working_date       datetime
    code               string    255
    name               string    255
    description        string    255
    remark             string    255
    """
    + _USAGE_LINE_END,
    erp_key=None,
    title="Parts used",
    label=sentence("job part usage"),
)

JOB_NON_PART_USAGE = _entity(
    "JobNonPartUsage",
    "job_non_part_usage",
    """
    jobs_id              guid            required
    user_id              guid
    job_approval_id      guid
    working_date         datetime        required
    timesheet_date_from  datetime
    timesheet_date_to    datetime
    type_code            string      50  required  choices=WorkingTime|TravelTime
    line_code            string      50
    description          string     255
    line_memo            string    4000
    """
    + _USAGE_LINE_END,
    erp_key=None,
    title="Time and other lines",
    label=sentence("job non part usage"),
)

DB_FILE = _entity(
    "DbFile",
    "db_file",
    """
    db_table_id     guid
    db_table_name   string    50
    id_in_table     guid
    name            string   100  required
    file_name       string   100
    description     string  4000
    mime_type       string   100
    file_content    bytes
    file_size       int           read-only
    file_type_name  string    50  read-only
    is_archived     bool
    """,
    erp_key=None,
    title="Files",
    label=sentence("db file"),
)

ENTITY_SETS: dict[str, EntitySet] = {
    entity.name: entity
    for entity in (
        USER,
        COMPANY,
        PROJECT,
        PROJECT_TYPE,
        PROJECT_STATUS,
        ARTICLE,
        ARTICLE_CATEGORY,
        JOBS,
        JOB_TYPE,
        JOB_STATUS,
        JOB_APPROVAL,
        JOB_PART_USAGE,
        JOB_NON_PART_USAGE,
        DB_FILE,
    )
}

# Odyssee's system job statuses (the vendor's JobStatus guide); every tenant has them, with these
# GUIDs. Wello's configurable statuses point to one of them through system_job_status_id.
SYSTEM_JOB_STATUSES: dict[str, uuid.UUID] = {
    "Waiting": uuid.UUID("69268600-D3E0-4222-859F-06E47CF4041E"),
    "Open": uuid.UUID("8BA9DA71-EF32-423A-BB50-AE767315F55C"),
    "To be Planned": uuid.UUID("497ACFF2-9FF6-4C94-85DD-DAA0689553E2"),
    "Pooling": uuid.UUID("8ADBC894-D612-DE11-BD84-0030488C6C36"),
    "Suggested": uuid.UUID("143CF9CD-C3C1-406A-A19A-58D766D9DDA9"),
    "Dispatched": uuid.UUID("A60BC691-AB2F-42F5-8A5B-998A29A27537"),
    "Dispatch - Rejected": uuid.UUID("EB014DA9-5850-4E16-B1E9-527162F1A9E0"),
    "Workshop": uuid.UUID("E2BC66AF-BD10-4035-8AA1-7AD88CB35723"),
    "Workshop in queue": uuid.UUID("41A3718F-EAA1-4EF4-9A82-2CCF3FA92BCC"),
    "Planned": uuid.UUID("10F456D2-000E-48EA-93D7-E016107B7A98"),
    "In Progress": uuid.UUID("F79E58EE-EE04-4590-BCB1-49E8BD551659"),
    "Waiting Further Actions": uuid.UUID("136E1585-DFF6-4990-BFC6-DBA958B71F30"),
    "Completed": uuid.UUID("6557B9DC-6106-4327-8E26-6F24D0329C33"),
    "Canceled": uuid.UUID("06EA451C-5863-4C97-9592-CC928DFDF869"),
    "In progress (W)": uuid.UUID("FC28469F-C276-4FF5-ABB7-B99F5AEE4C7D"),
    "Workshop - Waiting further action": uuid.UUID("1C6F7A61-3723-450B-8158-19A90D60CBD9"),
    "Workshop - Completed": uuid.UUID("CE5F26ED-5FE0-47A3-94A7-1BF4402E32D0"),
}

COMPLETED_STATUS_ID = SYSTEM_JOB_STATUSES["Completed"]

# The equipment family that marks a project as a Location (the vendor's installation hierarchy).
LOCATION_EQUIPMENT_FAMILY_ID = uuid.UUID("EDC4D105-71A4-474E-9CC7-8DB5297CF845")

# A job approval's PDF is a DbFile with this read-only file_type_name, owned (db_table_name) by
# the approval's table.
JOB_APPROVAL_FILE_TYPE = "JOB_APPROVAL"
JOB_APPROVAL_TABLE = JOB_APPROVAL.table


def entity_title(name: str) -> str:
    """The title of a list of ``name``'s rows ("Job approvals"); an unknown set's own name."""
    entity = ENTITY_SETS.get(name)
    return entity.title if entity else name


def entity_label(name: str | None) -> str:
    """How a sentence names one row of ``name`` ("job approval"); "record" when unknown."""
    if not name:
        return sentence("record")
    entity = ENTITY_SETS.get(name)
    return entity.label if entity else name_label(name)


def is_empty(value: object) -> bool:
    """Whether a typed value is the API's "nothing": no text, the empty GUID or the 1980 date."""
    return value in (None, "", EMPTY_GUID) or (isinstance(value, datetime) and value == EMPTY_DATE)
