"""The translation catalogues (resources/i18n/) are complete and compiled: every visible string of
the window's sources is in each .ts file, translated, with its placeholders, and each committed
.qm is what pyside6-lrelease makes of its .ts now.

pyside6-lupdate is run over the current sources into a temporary copy of each .ts file; a
message it adds (new in the sources) or drops (gone from them) fails the test, as does an
unfinished or empty translation. The fix is ``python -m gui.i18n --update``, then translating.
"""
from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from gui.i18n import (
    CORE_TEMPLATES_FILE,
    LANGUAGES,
    catalogue_path,
    compile_catalogue,
    core_templates,
    core_templates_json,
    update_catalogue,
)

PLACEHOLDER = re.compile(r"\{\w*(?:[!:][^{}]*)?\}|%L?n")  # {0}, {path}, {n:,} and Qt's %n
# Numerus forms per language (Qt's rules): one and many for all three (French: 0 and 1 are one).
NUMERUS_FORMS = {"en": 2, "fr": 2, "nl": 2}


def messages(ts_path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    """(context, source) -> the <message> element."""
    found = {}
    for context in ElementTree.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def translations(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_catalogue_holds_exactly_the_messages_of_the_sources(code, tmp_path):
    committed = catalogue_path(code, ".ts")
    refreshed = tmp_path / committed.name
    shutil.copyfile(committed, refreshed)
    update_catalogue(refreshed, code)
    before, after = set(messages(committed)), set(messages(refreshed))
    missing = sorted(after - before)
    vanished = sorted(before - after)
    assert not missing, f"{committed.name} lacks these messages of the sources (run python -m gui.i18n --update): {missing}"
    assert not vanished, f"{committed.name} holds messages the sources no longer have: {vanished}"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_message_is_translated_with_its_placeholders(code):
    problems = []
    for (context, source), message in messages(catalogue_path(code, ".ts")).items():
        where = f"{context}: {source!r}"
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {message.find('translation').get('type')}")
            continue
        shown = translations(message)
        if message.get("numerus") == "yes" and len(shown) != NUMERUS_FORMS[code]:
            problems.append(f"{where} has {len(shown)} plural forms, not {NUMERUS_FORMS[code]}")
        for text in shown:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{where}: {text!r} does not keep the placeholders")
    assert not problems, "\n".join(problems)


def test_the_english_catalogue_holds_only_plural_forms():
    """The window's English is its sources; the English file exists for "1 job" and "3 jobs" only."""
    english = messages(catalogue_path("en", ".ts"))
    assert english and all(message.get("numerus") == "yes" for message in english.values())


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_each_committed_qm_is_what_lrelease_makes_of_its_ts(code, tmp_path):
    compiled = tmp_path / f"{code}.qm"
    compile_catalogue(catalogue_path(code, ".ts"), compiled)
    assert compiled.read_bytes() == catalogue_path(code).read_bytes(), (
        f"{catalogue_path(code).name} is out of date: run python -m gui.i18n --compile"
    )


def test_the_list_of_core_templates_is_the_one_the_sources_make():
    """The window recognises a core sentence stored as text (the journal's) by these templates."""
    assert CORE_TEMPLATES_FILE.read_text(encoding="utf-8") == core_templates_json(core_templates()), (
        "resources/i18n/core_templates.json is out of date: run python -m gui.i18n --update"
    )
