"""Untrusted file names from the server become safe, portable path components."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.sync.filenames import (
    MAX_COMPONENT_BYTES,
    MAX_COMPONENT_CHARS,
    NameReservations,
    UnsafePathError,
    inside,
    numbered,
    safe_component,
    safe_relative_path,
)

WINDOWS_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)", re.IGNORECASE)


def assert_portable(name: str) -> None:
    assert name and name not in (".", "..")
    assert not set(name) & set('/\\:*?"<>|')
    assert not any(ord(char) < 32 or 0x7F <= ord(char) <= 0x9F for char in name)
    assert not name.startswith((".", " ")) and not name.endswith((".", " "))
    assert not WINDOWS_RESERVED.fullmatch(name.partition(".")[0].rstrip(" "))
    assert len(name) <= MAX_COMPONENT_CHARS and len(name.encode("utf-8")) <= MAX_COMPONENT_BYTES


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        ("../../x.pdf", "_.._x.pdf"),
        ("..", "_"),
        ("", "_"),
        ("   ", "_"),
        ("C:\\x.pdf", "C__x.pdf"),
        ("a/b\\c.pdf", "a_b_c.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("con", "_con"),
        ("Lpt9.tar.gz", "_Lpt9.tar.gz"),
        ("NUL .txt", "_NUL .txt"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),  # only the exact device names are reserved
        ("report. . ", "report"),
        ("tab\there\x00.pdf", "tabhere.pdf"),
        ("Job #41 TestWOWithReopen 2015-07-14 15.19.37.pdf", "Job #41 TestWOWithReopen 2015-07-14 15.19.37.pdf"),
        ("file:stream.pdf", "file_stream.pdf"),  # no NTFS alternate data stream
    ],
)
def test_hostile_names_become_plain_components(hostile, expected):
    assert safe_component(hostile) == expected
    assert_portable(safe_component(hostile))


def test_long_names_are_cut_in_the_stem_keeping_the_extension():
    name = safe_component("x" * 500 + ".pdf")
    assert name == "x" * (MAX_COMPONENT_CHARS - 4) + ".pdf"
    wide = safe_component("é" * 300 + ".pdf")  # two bytes each in UTF-8
    assert wide.endswith(".pdf") and len(wide.encode("utf-8")) <= MAX_COMPONENT_BYTES


def test_fallback_name_is_used_for_empty_names_and_is_made_safe_too():
    assert safe_component("", fallback="_no_reference") == "_no_reference"
    assert safe_component(" . ", fallback="../up") == "_up"


def test_relative_paths_never_climb_out():
    assert safe_relative_path("../../a/../b//c.pdf") == Path("a", "b", "c.pdf")
    assert safe_relative_path("..\\..\\windows\\system32") == Path("windows", "system32")
    assert safe_relative_path("/etc/passwd") == Path("etc", "passwd")
    assert safe_relative_path("") == Path("_")


def test_numbered_names_keep_the_extension_and_the_bound():
    assert numbered("report.pdf", 2) == "report (2).pdf"
    long_name = safe_component("y" * 400 + ".pdf")
    assert numbered(long_name, 12).endswith(" (12).pdf")
    assert len(numbered(long_name, 12)) <= MAX_COMPONENT_CHARS


def test_inside_refuses_paths_leaving_the_folder_also_through_links(tmp_path):
    root = tmp_path / "downloads"
    root.mkdir()
    assert inside(root, Path("a", "b.pdf")) == (root / "a" / "b.pdf").resolve()
    with pytest.raises(UnsafePathError):
        inside(root, Path("..", "x.pdf"))
    with pytest.raises(UnsafePathError):
        inside(root, Path("."))
    if hasattr(os, "symlink"):
        (root / "escape").symlink_to(tmp_path, target_is_directory=True)
        with pytest.raises(UnsafePathError):
            inside(root, Path("escape", "x.pdf"))


def test_reservations_number_clashes_with_files_and_with_each_other(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"existing")
    reservations = NameReservations()
    first = reservations.reserve(tmp_path / "a.pdf")
    second = reservations.reserve(tmp_path / "a.pdf")
    assert (first.name, second.name) == ("a (2).pdf", "a (3).pdf")
    assert reservations.reserve(tmp_path / "a.pdf", keep=tmp_path / "a.pdf") == tmp_path / "a.pdf"
    reservations.release(first)
    assert reservations.reserve(tmp_path / "a.pdf").name == "a (2).pdf"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_gives_a_portable_name_that_can_be_written_inside_the_folder(tmp_path_factory, text):
    name = safe_component(text)
    assert_portable(name)
    relative = safe_relative_path(text)
    assert not relative.is_absolute() and ".." not in relative.parts
    for part in relative.parts:
        assert_portable(part)
    root = tmp_path_factory.getbasetemp() / "property"
    root.mkdir(exist_ok=True)
    target = inside(root, Path(name))
    target.write_bytes(b"%PDF")
    assert target.parent == root.resolve()
    target.unlink()
