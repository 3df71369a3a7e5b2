"""XML answers of the simulator, in the shape the vendor's help pages show.

The vendor answers JSON unless the request asks for XML (``Accept: application/xml``); XML is
DataContract style: the root element is the model name with the ``xmlns:i`` instance namespace,
children in alphabetical (ordinal) order, values as text exactly as in JSON (``true``/``false``,
lower-case GUIDs, ``2026-03-07T13:17:40.644Z`` dates, plain decimals, Base64 bytes).

The server builds every answer as JSON first; :func:`xml_body` turns such a body into XML, reading
the entity set from the OData context URL (``#Company/$entity`` is one entity, ``#Company`` a
list). Choices the vendor leaves open, taken here:

- Lists are ``<ArrayOfcompany>`` (DataContract's array naming) without a next link: XML clients
  page by hand with ``$top``/``$skip``. ``$count=true`` becomes a ``count`` attribute on the root.
- Errors use the Web API ``HttpError`` shape: ``<Error><Message>…</Message>…</Error>``; OData
  errors add ``<ErrorCode>`` and, when known, ``<Target>``; validation errors add
  ``<ModelState>`` with one element per message, named after the key (``company.name``).
- Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) are
  replaced by U+FFFD, so the loss is visible and the document stays well-formed. A carriage
  return is written as ``&#13;`` so that parsers do not normalise it away.
- Answers without an entity context (the service document) stay JSON.
"""
from __future__ import annotations

import json
import re
from typing import Mapping, Sequence
from xml.sax.saxutils import escape

from core.odyssee.model import ENTITY_SETS

XML_CONTENT_TYPE = "application/xml; charset=utf-8"
INSTANCE_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"

_JSON_MEDIA_TYPES = frozenset({"application/json", "text/json"})
_XML_MEDIA_TYPES = frozenset({"application/xml", "text/xml"})
# Ranges that match application/json or text/json before any XML type in the server's own order.
_JSON_WILDCARDS = frozenset({"*/*", "application/*", "text/*"})

_NOT_XML_CHARACTER = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TEXT_ENTITIES = {"\r": "&#13;"}
_CONTEXT_TARGET = re.compile(r"(?P<set>[A-Za-z_][A-Za-z0-9_]*)(?:\([^)]*\))?(?P<single>/\$entity)?\Z")
# XmlConvert.EncodeLocalName keeps an existing "_xHHHH_" readable by escaping its underscore.
_ENCODED_LOOKALIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def prefers_xml(accept: str | None) -> bool:
    """Whether an ``Accept`` header chooses XML over the default JSON.

    Media ranges are tried by quality, ties in order of appearance; the first one that one of
    ``application/json``, ``text/json``, ``application/xml``, ``text/xml`` satisfies decides.
    No header, ``*/*`` or only unrelated types mean JSON.
    """
    if not accept:
        return False
    ranges: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept.split(",")):
        media_type, *parameters = item.split(";")
        media_type = media_type.strip().lower()
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        if media_type and quality > 0:
            ranges.append((-quality, position, media_type))
    for _, _, media_type in sorted(ranges):
        if media_type in _XML_MEDIA_TYPES:
            return True
        if media_type in _JSON_MEDIA_TYPES or media_type in _JSON_WILDCARDS:
            return False
    return False


def xml_body(status: int, json_body: bytes) -> bytes | None:
    """The XML form of a JSON answer body, or None when it has none (then the answer stays JSON)."""
    try:
        # Numbers keep their JSON spelling: decimals stay plain, exactly as the JSON answer has them.
        document = json.loads(json_body.decode("utf-8"), parse_int=str, parse_float=str)
    except (UnicodeDecodeError, ValueError):
        return None
    if status >= 400:
        return error_document(document)
    if not isinstance(document, dict):
        return None
    target = _CONTEXT_TARGET.match(str(document.get("@odata.context", "")).rpartition("#")[2])
    entity = ENTITY_SETS.get(target["set"]) if target else None
    if entity is None:
        return None
    if target["single"]:  # type: ignore[index]
        return entity_document(entity.table, document)
    rows = document.get("value")
    if not isinstance(rows, list):
        return None
    return list_document(entity.table, rows, document.get("@odata.count"))


def entity_document(table: str, row: Mapping[str, object]) -> bytes:
    """``<table xmlns:i=…>`` with one element per field, alphabetical; ``@odata.*`` keys left out."""
    return (_root_start(table) + _fields(row) + f"</{table}>").encode("utf-8")


def list_document(table: str, rows: Sequence[Mapping[str, object]], count: object = None) -> bytes:
    """``<ArrayOf<table>>`` holding one ``<table>`` element per row; ``count`` as an attribute."""
    array = "ArrayOf" + table
    attributes = "" if count is None else f' count="{_text(str(count))}"'
    parts = [_root_start(array, attributes)]
    for row in rows:
        parts += [f"<{table}>", _fields(row) if isinstance(row, Mapping) else "", f"</{table}>"]
    parts.append(f"</{array}>")
    return "".join(parts).encode("utf-8")


def error_document(document: object) -> bytes:
    """The Web API ``<Error>`` shape for either JSON error shape of the server (DECISIONS.md D3)."""
    parts = ["<Error>"]
    odata_error = document.get("error") if isinstance(document, dict) else None
    if isinstance(odata_error, dict):
        parts.append(_element("Message", odata_error.get("message", "")))
        if odata_error.get("code"):
            parts.append(_element("ErrorCode", odata_error["code"]))
        details = odata_error.get("details")
        if isinstance(details, list) and details and isinstance(details[0], dict) and "target" in details[0]:
            parts.append(_element("Target", details[0]["target"]))
    elif isinstance(document, dict) and "Message" in document:
        parts.append(_element("Message", document["Message"]))
        model_state = document.get("ModelState")
        if isinstance(model_state, dict):
            parts.append("<ModelState>")
            for key, messages in model_state.items():
                for message in messages if isinstance(messages, list) else [messages]:
                    parts.append(_element(_local_name(str(key)), message))
            parts.append("</ModelState>")
    else:
        parts.append(_element("Message", json.dumps(document, ensure_ascii=False)))
    parts.append("</Error>")
    return "".join(parts).encode("utf-8")


def _root_start(name: str, attributes: str = "") -> str:
    return f'<{name} xmlns:i="{INSTANCE_NAMESPACE}"{attributes}>'


def _fields(row: Mapping[str, object]) -> str:
    return "".join(
        _element(_local_name(name), row[name]) for name in sorted(row) if not name.startswith("@")
    )


def _element(name: str, value: object) -> str:
    if value is None:
        return f'<{name} i:nil="true"/>'
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = _text(value)
    else:  # not in the server's rows; kept readable rather than dropped
        text = _text(json.dumps(value, ensure_ascii=False))
    return f"<{name}>{text}</{name}>"


def _text(value: str) -> str:
    return escape(_NOT_XML_CHARACTER.sub("\ufffd", value), _TEXT_ENTITIES)


def _local_name(text: str) -> str:
    """A valid element name for any key, encoded like .NET's ``XmlConvert.EncodeLocalName``."""
    text = _ENCODED_LOOKALIKE.sub("_x005F_", text)
    encoded = []
    for index, character in enumerate(text):
        allowed = character.isascii() and (
            character.isalpha() or character == "_" or (index > 0 and (character.isdigit() or character in ".-"))
        )
        if allowed:
            encoded.append(character)
        else:
            code = ord(character)
            encoded.append(f"_x{code:04X}_" if code <= 0xFFFF else f"_x{code:08X}_")
    return "".join(encoded) or "_"
