"""Downloads: a db_file's content saved to disk, streamed, bounded and checked as it comes in.

``download()`` (``OdysseeClient.download_file``) reads ``DbFile/GetFileContent?id=`` and falls
back to the Base64 ``file_content`` of ``DbFile(<id>)`` where that endpoint fails
(DECISIONS.md D4). Whatever the answer's form, raw bytes or Base64 in JSON, it goes straight to
``<dest>.part`` chunk by chunk (:class:`_PartFile`; the Base64 decoded as it streams in,
:class:`_Base64InJson`), hashed on the way, fsynced and only then renamed to ``dest``. A file
over the profile's size, or one that does not start as it should (``%PDF-``), is refused as
soon as that shows, and nothing of it is kept.
"""
from __future__ import annotations

import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import httpx

from core.errors import sentence
from core.files import fsync_folder
from core.odata.errors import TooLargeError, UnexpectedAnswerError, safe_url
from core.odata.transport import MB, size_text

if TYPE_CHECKING:
    from core.odata.transport import Transport

# Base64 is 4/3 of the bytes; the rest of a JSON file answer is a few short fields.
_JSON_FILE_OVERHEAD = 1 * MB

ProgressCallback = Callable[[int, "int | None"], None]


@dataclass(frozen=True)
class DownloadResult:
    path: Path
    size: int
    sha256: str


def download(
    transport: "Transport",
    key: str,
    dest: str | os.PathLike[str],
    *,
    max_bytes: int,
    progress: ProgressCallback | None = None,
    expect_prefix: bytes | None = None,
) -> DownloadResult:
    """Save the content of the db_file ``key`` (a GUID's text) to ``dest``; see the module."""
    writer = _PartFile(
        Path(dest), progress, transport.check_cancel, file_id=key, max_bytes=max_bytes, expect_prefix=expect_prefix
    )
    url = f"{transport.base_url}/DbFile/GetFileContent?id={key}"

    def answer(source: str, keys: tuple[str, ...], missing: str) -> httpx.Response:
        writer.expect_json(keys, missing)
        return transport.call("GET", source, entity="DbFile", action="download", record_id=key, sink=writer)[0]

    try:
        response = answer(url, _FILE_ANSWER_KEYS, _no_content(url))
        if response.status_code in (404, 405, 500):
            response = answer(
                transport.entity_url("DbFile", key),
                ("file_content",),
                sentence("Odyssee's file {id} has no content (DbFile.file_content is missing).", id=key),
            )
        transport.raise_for_status(response, "DbFile", action="download", record_id=key)
        if not writer.streamed:
            transport.json(response)  # a web page: says so
            raise UnexpectedAnswerError(_no_content(url), url=url)
        return writer.finish()
    except BaseException:
        writer.discard()
        raise


def _no_content(url: str) -> str:
    return sentence("Odyssee's file answer carries no content ({url}).", url=safe_url(url))


class _PartFile:
    """Writes a download to ``<dest>.part``, hashing as it goes; ``finish`` renames it into place.

    It refuses a file over ``max_bytes`` and one that does not start with ``expect_prefix`` as
    soon as either shows, so a server cannot fill the disk with a "PDF" that is not one.
    """

    def __init__(
        self,
        dest: Path,
        progress: ProgressCallback | None,
        check_cancel: Callable[[], None],
        *,
        file_id: str,
        max_bytes: int,
        expect_prefix: bytes | None,
    ) -> None:
        self.dest = dest
        self.part = dest.with_name(dest.name + ".part")
        self.progress = progress
        self.check_cancel = check_cancel
        self.file_id = file_id
        self.max_bytes = max_bytes
        self.expect_prefix = expect_prefix or b""
        self.streamed = False
        self.received = 0  # bytes of the answer being streamed
        self._content_keys: tuple[str, ...] = ()
        self._missing = ""
        self._file = None
        self._hash = hashlib.sha256()
        self._size = 0
        self._head = b""

    def expect_json(self, keys: tuple[str, ...], missing: str) -> None:
        """Where a JSON answer holds the Base64 content (DECISIONS.md D4), and what to say when it does not."""
        self._content_keys = keys
        self._missing = missing

    def accepts(self, response: httpx.Response) -> bool:
        """Stream success answers (raw bytes, or JSON through the Base64 decoder); error answers
        and web pages are read for their message instead."""
        self.streamed = False
        if not response.is_success:
            return False
        return "html" not in response.headers.get("content-type", "").lower()

    def _open(self) -> None:
        self.close()
        self.part.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.part, "wb")
        self._hash = hashlib.sha256()
        self._size = 0
        self._head = b""

    def consume(self, response: httpx.Response, check_deadline: Callable[[], None]) -> int:
        """Stream the body into the part file; the number of bytes received."""
        self._open()
        self.streamed = True
        url = response.request.url
        as_json = "json" in response.headers.get("content-type", "").lower()
        total = _declared_length(response)
        if total is not None and not as_json and total > self.max_bytes:
            raise self._too_large()
        if self.progress:
            self.progress(0, None if as_json else total)
        decoder = _Base64InJson(self._write, self._content_keys, self._missing, url) if as_json else None
        # Base64 is 4/3 of the file; a few other fields may come with it.
        body_limit = self.max_bytes * 4 // 3 + _JSON_FILE_OVERHEAD
        self.received = 0
        for chunk in response.iter_bytes():
            self.check_cancel()
            check_deadline()
            self.received += len(chunk)
            if decoder is None:
                self._write(chunk)
            elif self.received > body_limit:
                raise self._too_large()
            else:
                decoder.feed(chunk)
            if self.progress:
                self.progress(self._size, None if as_json else total)
        if decoder is not None:
            decoder.finish()
        return self.received

    def _write(self, chunk: bytes) -> None:
        assert self._file is not None
        if self._size + len(chunk) > self.max_bytes:
            raise self._too_large()
        if len(self._head) < len(self.expect_prefix):
            self._head += chunk[: len(self.expect_prefix) - len(self._head)]
            if not self.expect_prefix.startswith(self._head):
                raise self._not_as_expected()
        self._file.write(chunk)
        self._hash.update(chunk)
        self._size += len(chunk)

    def _too_large(self) -> TooLargeError:
        return TooLargeError(
            sentence(
                "Odyssee's file {id} is larger than {size}, the most the profile accepts; it was not kept.",
                id=self.file_id, size=size_text(self.max_bytes),
            ),
            limit=self.max_bytes,
        )

    def _not_as_expected(self) -> UnexpectedAnswerError:
        expected = self.expect_prefix.decode("ascii", "backslashreplace")
        return UnexpectedAnswerError(
            sentence(
                "Odyssee's file {id} does not start with {expected!r} as it should, so it is not what it "
                "claims to be; it was not kept.",
                id=self.file_id, expected=expected,
            ),
            detail=f"It starts with {self._head!r}.",
        )

    def finish(self) -> DownloadResult:
        assert self._file is not None
        if self._head != self.expect_prefix:
            raise self._not_as_expected()  # shorter than the prefix
        self._file.flush()
        os.fsync(self._file.fileno())
        self.close()
        os.replace(self.part, self.dest)
        fsync_folder(self.dest.parent)
        return DownloadResult(path=self.dest, size=self._size, sha256=self._hash.hexdigest())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def discard(self) -> None:
        self.close()
        try:
            self.part.unlink()
        except FileNotFoundError:
            pass


# Where a JSON answer of GetFileContent may hold the Base64 content (DECISIONS.md D4).
_FILE_ANSWER_KEYS = ("file_content", "content", "File_content", "Content", "value")
_JSON_ESCAPES = {b'"': b'"', b"\\": b"\\", b"/": b"/", b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t"}


class _Base64InJson:
    """The Base64 content of a JSON file answer, decoded while the answer streams in.

    The content is a bare JSON string, or the string of the first top-level key among ``keys``.
    Only that string is decoded, chunk by chunk, straight to ``write``; every other value is
    stepped over without being kept. So a 150 MB file costs a few chunks of memory, not the
    answer, its text, its parsed string and the decoded bytes all at once.
    """

    _STRUCTURE = re.compile(rb'["{}\[\]:,]')
    _STRING_END = re.compile(rb'["\\]')
    _KEY_LIMIT = 64  # top-level keys are short; a longer one is no key we look for

    def __init__(self, write: Callable[[bytes], None], keys: tuple[str, ...], missing: str, url: object) -> None:
        self._decoder = _Base64Stream(write)
        self._keys = {key.encode() for key in keys}
        self._missing = missing
        self._url = url
        self._depth = 0
        self._object = False  # the top level is an object
        self._in_string = False
        self._role = ""  # of the current string: "content", "key" or "other"
        self._key = b""  # the latest top-level key
        self._expect_key = False
        self._after_colon = False
        self._carry = b""  # an escape cut in two by the chunk boundary
        self._found = False
        self._started = False

    def feed(self, chunk: bytes) -> None:
        data = self._carry + chunk if self._carry else chunk
        self._carry = b""
        try:
            self._scan(data)
        except binascii.Error as error:
            raise UnexpectedAnswerError(
                sentence("Odyssee's file content is not valid Base64 ({url}).", url=safe_url(self._url)),
                url=self._url,
                detail=str(error),
            ) from error

    def _scan(self, data: bytes) -> None:
        position, end = 0, len(data)
        while position < end:
            if not self._in_string:
                match = self._STRUCTURE.search(data, position)
                if match is None:
                    return
                position = match.end()
                self._structure(data[match.start()])
                continue
            match = self._STRING_END.search(data, position)
            stop = match.start() if match else end
            self._string_part(data[position:stop])
            if match is None:
                return
            if data[stop] == 0x22:  # the closing quote
                self._in_string = False
                if self._role == "content":
                    self._decoder.finish()
                position = stop + 1
                continue
            size = 6 if data[stop + 1 : stop + 2] == b"u" else 2
            if stop + size > end:
                self._carry = data[stop:]
                return
            self._string_part(self._unescape(data[stop : stop + size]))
            position = stop + size

    def _unescape(self, escape: bytes) -> bytes:
        if escape[1:2] == b"u":
            try:
                return chr(int(escape[2:], 16)).encode("utf-8")
            except ValueError:
                raise self._malformed() from None
        if escape[1:2] not in _JSON_ESCAPES:
            raise self._malformed()
        return _JSON_ESCAPES[escape[1:2]]

    def _string_part(self, part: bytes) -> None:
        if self._role == "content":
            self._decoder.feed(part)
        elif self._role == "key" and len(self._key) <= self._KEY_LIMIT:
            self._key += part[: self._KEY_LIMIT + 1]

    def _structure(self, char: int) -> None:
        if char == 0x22:  # '"': a string starts
            self._in_string = True
            if self._depth == 0 and not self._started and not self._found:
                self._role = "content"  # a bare JSON string
                self._found = True
            elif self._depth == 1 and self._object and self._expect_key:
                self._role, self._key, self._expect_key = "key", b"", False
            elif self._depth == 1 and self._after_colon and not self._found and self._key in self._keys:
                self._role = "content"
                self._found = True
            else:
                self._role = "other"
            self._started = True
            self._after_colon = False
        elif char in (0x7B, 0x5B):  # '{' '['
            if self._depth == 0:
                self._object = char == 0x7B
                self._expect_key = self._object
            self._depth += 1
            self._started = True
            self._after_colon = False
        elif char in (0x7D, 0x5D):  # '}' ']'
            self._depth -= 1
            if self._depth < 0:
                raise self._malformed()
        elif self._depth == 1 and self._object:
            if char == 0x3A:  # ':'
                self._after_colon = True
            else:  # ','
                self._expect_key, self._after_colon = True, False

    def finish(self) -> None:
        if self._carry or self._in_string or self._depth != 0:
            raise self._malformed()
        if not self._found:
            raise UnexpectedAnswerError(self._missing, url=self._url)

    def _malformed(self) -> UnexpectedAnswerError:
        return UnexpectedAnswerError(
            sentence("Odyssee's file answer is not valid JSON ({url}).", url=safe_url(self._url)), url=self._url
        )


class _Base64Stream:
    """Decodes Base64 handed over in pieces of any length (whitespace ignored, as in MIME)."""

    def __init__(self, write: Callable[[bytes], None]) -> None:
        self._write = write
        self._pending = b""
        self._padded = False

    def feed(self, text: bytes) -> None:
        text = text.translate(None, b" \t\r\n")
        if not text:
            return
        if self._padded:
            raise binascii.Error("text after the final padding")
        if self._pending:
            text = self._pending + text
        usable = len(text) - len(text) % 4
        self._pending = text[usable:]
        if usable:
            block = text[:usable] if self._pending else text
            self._write(binascii.a2b_base64(block, strict_mode=True))
            self._padded = block.endswith(b"=")

    def finish(self) -> None:
        if self._pending:
            raise binascii.Error("the text ends inside a group of four characters")


def _declared_length(response: httpx.Response) -> int | None:
    """The body's size as announced, when it is the size of what will be read (not compressed)."""
    length = response.headers.get("content-length", "")
    if not length.isdigit() or response.headers.get("content-encoding", "identity").lower() != "identity":
        return None
    return int(length)


__all__ = ["DownloadResult", "ProgressCallback", "download"]
