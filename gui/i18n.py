"""The window's language: which one, its translations installed, and the catalogues kept up to date.

The language is, first found: ``--lang`` on the command line, the one chosen in Settings (the
settings file's top-level ``language``), the first of the system's UI languages the window
speaks, else English. :func:`install_language` loads our catalogue
(``resources/i18n/odyssee_sync_<code>.qm``) and Qt's own (``qtbase_<code>.qm``: the standard
buttons and dialogs), and makes the language the default locale, so numbers and dates read as
the user expects. English loads ``odyssee_sync_en.qm`` too: it holds only the plural forms
("1 job", "3 jobs") of the numerus messages; ``gui.app.application()`` installs English until
``run_gui`` installs the chosen language. A language chosen in Settings applies at the next
start.

The catalogues are made from the sources; after changing a visible string, run::

    .venv/bin/python -m gui.i18n --update

which refreshes the three ``.ts`` files with pyside6-lupdate (new messages arrive unfinished,
vanished ones go), then compiles each into its ``.qm`` with pyside6-lrelease. Core's sentences
are in them too, under the context ``core``: their templates are gathered from core's sources
(``core.errors.sentence``/``counted``) and listed in ``core_templates.json``, so the window can
also recognise one stored as text. Translate the
unfinished messages (Qt Linguist, ``pyside6-linguist``, or any editor), then run
``python -m gui.i18n --compile``. tests/test_i18n.py fails while a message is missing or
unfinished, or a ``.qm`` is older than its ``.ts``.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.settings import LANGUAGE_CODES, Settings, SettingsError

log = logging.getLogger(__name__)

ENGLISH = "en"
# code -> the language's name in itself, as a language menu shows it
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "nl": "Nederlands"}
assert tuple(LANGUAGES) == LANGUAGE_CODES, "core.settings.LANGUAGE_CODES and gui.i18n.LANGUAGES differ"

CATALOGUE_STEM = "odyssee_sync"
SOURCE_ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_DIR = SOURCE_ROOT / "resources" / "i18n"
# What pyside6-lupdate reads: every module of the window, and the templates of core's sentences
# (core.errors.sentence / counted, context "core"), but not the command line's (it stays English)
# nor the simulator's (not part of the product).
SOURCE_DIRS = ("gui",)
CORE_DIR = "core"
CORE_ENGLISH_ONLY = ("cli", "simulator")
CORE_CONTEXT = "core"
# Every core template, for the window to recognise a sentence stored as text (the journal's).
CORE_TEMPLATES_FILE = CATALOGUE_DIR / "core_templates.json"

_installed: list[QTranslator] = []
_current: list[str | None] = [None]  # the code installed last, None before any


# --- which language ------------------------------------------------------------------------------


def saved_language() -> str:
    """The language chosen in Settings, or "" (follow the system; also when the file cannot be read)."""
    try:
        return Settings.load().language
    except SettingsError as error:
        log.info("The saved language cannot be read: %s", error)
        return ""


def save_language(code: str) -> None:
    """Keep ``code`` (one of :data:`LANGUAGES`, or "" to follow the system) for the next starts.

    Raises ValueError for another code and SettingsError when the file cannot be read or written."""
    if code and code not in LANGUAGES:
        raise ValueError(f"no language {code!r}: expected one of {', '.join(LANGUAGES)} or ''")
    settings = Settings.load()
    settings.language = code
    settings.save()


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's UI languages (``fr-BE``, ``nl``…) the window speaks, else English."""
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def choose_language(requested: str | None = None) -> str:
    """``--lang``, else the language saved in Settings, else the system's, else English."""
    if requested:
        return requested
    return saved_language() or system_language()


# --- installing it -------------------------------------------------------------------------------


def catalogue_path(code: str, suffix: str = ".qm") -> Path:
    return CATALOGUE_DIR / f"{CATALOGUE_STEM}_{code}{suffix}"


def _shipped_catalogue(code: str) -> Path:
    """Our compiled catalogue as installed (a wheel, the frozen bundle), found like every resource."""
    import resources

    try:
        return resources.path("i18n", catalogue_path(code).name)
    except FileNotFoundError:
        return catalogue_path(code)  # not there either: the warning names where it was looked for


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues are: where Qt says, else in PySide6's folder (where the frozen
    bundle keeps the ones of our languages, packaging/odyssee-sync.spec)."""
    said = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (said / "qtbase_fr.qm").is_file():
        return said
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def install_language(code: str, app: QCoreApplication | None = None) -> str:
    """Translate the application into ``code`` from now on (replacing a language installed before)
    and make it the default locale; returns the code. A catalogue that is missing leaves its
    messages in English, with a line in the log."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs the QApplication first")
    uninstall_language(app)
    for path in (_shipped_catalogue(code), qt_translations_dir() / f"qtbase_{code}.qm"):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif code != ENGLISH or path.name.startswith(CATALOGUE_STEM):
            log.warning("No translations loaded from %s", path)
    QLocale.setDefault(_locale_for(code))
    _current[0] = code
    return code


def installed_language() -> str | None:
    """The code :func:`install_language` installed last (None before, or after an uninstall)."""
    return _current[0]


def uninstall_language(app: QCoreApplication | None = None) -> None:
    """Back to the source texts (English without plural forms) and the system's locale."""
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _current[0] = None
    QLocale.setDefault(QLocale.system())


def _locale_for(code: str) -> QLocale:
    """The system's own locale when it speaks ``code`` (so fr-BE stays Belgian, nl-NL Dutch), or an
    English one on a system of another language (C included: numbers as they always were);
    else ``code`` in the system's country when that pair exists (French in Belgium), else
    ``code``'s main country."""
    system = QLocale.system()
    language = QLocale(code).language()
    if system.language() == language or (code == ENGLISH and system.language() not in _spoken_languages()):
        return system
    paired = QLocale(language, system.territory())
    return paired if paired.language() == language and paired.territory() == system.territory() else QLocale(code)


def _spoken_languages() -> set[QLocale.Language]:
    return {QLocale(code).language() for code in LANGUAGES}


# --- keeping the catalogues up to date (developers) ----------------------------------------------


def _tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease of this environment (they come with PySide6)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is not installed (it comes with PySide6)")
    return found


def source_files(root: Path = SOURCE_ROOT) -> list[Path]:
    return sorted(path for folder in SOURCE_DIRS for path in (root / folder).rglob("*.py"))


def core_templates(root: Path = SOURCE_ROOT) -> list[tuple[str, str | None]]:
    """``(template, singular)`` of every sentence core writes for a person, each once, sorted
    (``singular`` is the one-form of a plural template, else None)."""
    from core.errors import templates_in

    found: dict[str, str | None] = {}
    for path in sorted((root / CORE_DIR).rglob("*.py")):
        if path.relative_to(root / CORE_DIR).parts[0] in CORE_ENGLISH_ONLY:
            continue
        for template, singular in templates_in(path.read_text(encoding="utf-8"), str(path.relative_to(root))):
            found[template] = found.get(template) or singular
    return sorted(found.items())


def core_templates_source(templates: list[tuple[str, str | None]]) -> str:
    """A Python file lupdate reads: one translate() per core template (with a count if plural)."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for template, singular in templates:
        count = "" if singular is None else ", None, 2"
        lines.append(f"QCoreApplication.translate({CORE_CONTEXT!r}, {template!r}{count})")
    return "\n".join(lines) + "\n"


def core_templates_json(templates: list[tuple[str, str | None]]) -> str:
    """What ``core_templates.json`` holds: ``[template, singular or null]`` per template."""
    import json

    return "[\n" + ",\n".join(json.dumps(list(entry), ensure_ascii=False) for entry in templates) + "\n]\n"


def shipped_core_templates() -> list[tuple[str, str | None]]:
    """``core_templates.json`` as installed; empty (and a line in the log) when it cannot be read."""
    import json

    import resources

    try:
        path = resources.path("i18n", CORE_TEMPLATES_FILE.name)
        return [(str(template), singular) for template, singular in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError) as error:
        log.warning("Core's sentence templates cannot be read: %s", error)
        return []


def update_catalogue(ts_path: Path, code: str, root: Path = SOURCE_ROOT) -> None:
    """Refresh ``ts_path`` from the sources: new messages unfinished, vanished ones dropped.

    Without source locations (``-locations none``): a line moved elsewhere changes no catalogue,
    so branches that translate different files merge cleanly. English keeps only plural forms."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        core_file = Path(folder) / "core_sentences.py"
        core_file.write_text(core_templates_source(core_templates(root)), encoding="utf-8")
        command = [_tool("pyside6-lupdate"), *map(str, source_files(root)), str(core_file), "-ts", str(ts_path),
                   "-locations", "none", "-no-obsolete", "-source-language", "en", "-target-language", code]
        if code == ENGLISH:
            command.append("-pluralonly")
        subprocess.run(command, check=True, capture_output=True, text=True)


def compile_catalogue(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)], check=True,
                   capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m gui.i18n", description="Keep the window's translations up to date.")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--update", action="store_true", help="refresh the .ts files from the sources, then compile them")
    action.add_argument("--compile", action="store_true", help="compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    CATALOGUE_DIR.mkdir(parents=True, exist_ok=True)
    if args.update:
        CORE_TEMPLATES_FILE.write_text(core_templates_json(core_templates()), encoding="utf-8")
    for code in LANGUAGES:
        ts_path = catalogue_path(code, ".ts")
        if args.update:
            update_catalogue(ts_path, code)
        compile_catalogue(ts_path, catalogue_path(code))
        print(f"{ts_path.relative_to(SOURCE_ROOT)}: {unfinished_count(ts_path)} message(s) to translate")
    return 0


def unfinished_count(ts_path: Path) -> int:
    from xml.etree import ElementTree

    messages = ElementTree.parse(ts_path).getroot().iter("message")
    return sum(1 for message in messages if message.find("translation").get("type") == "unfinished")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
