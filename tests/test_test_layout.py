"""The tests' own house rules: helpers in helper modules (tests/helpers/), fixtures in conftest.py,
one simulator fixture (tests/conftest.py) that every test shares.

Read with ``ast``: nothing here imports the modules it checks.
"""
from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers.source import imported_modules

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED_CONFTEST = TESTS / "conftest.py"
# Started in one place; a module or folder asks for its variant through ``simulator_options``.
ONE_DEFINITION = ("simulator", "make_simulator")


def python_files() -> list[Path]:
    return sorted(path for path in TESTS.rglob("*.py") if "__pycache__" not in path.parts)


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def module_file(module: str) -> Path | None:
    if module.split(".")[0] != "tests":
        return None
    path = ROOT.joinpath(*module.split("."))
    return path.with_suffix(".py") if path.with_suffix(".py").is_file() else None


def fixture_names(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, name) of every function decorated as a pytest fixture."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for decorator in node.decorator_list:
            call = decorator if isinstance(decorator, ast.Call) else None
            target = call.func if call else decorator
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
            if name != "fixture":
                continue
            given = [k.value.value for k in (call.keywords if call else []) if k.arg == "name" and isinstance(k.value, ast.Constant)]
            found.append((node.lineno, given[0] if given else node.name))
    return found


def parsed() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))) for path in python_files()]


def test_no_module_imports_a_test_module_or_a_conftest():
    """What two test modules share is a helper (tests/helpers/) or a fixture (conftest.py)."""
    violations = []
    for path in python_files():
        for line, module in imported_modules(path):
            target = module_file(module)
            if target is not None and target != path and (target.name.startswith("test_") or target.name == "conftest.py"):
                violations.append(f"{relative(path)}:{line} imports {module}")
    assert not violations, "import a helper module instead:\n" + "\n".join(sorted(set(violations)))


def test_the_simulator_fixtures_are_defined_once_in_tests_conftest():
    violations = []
    for path, tree in parsed():
        if path == SHARED_CONFTEST:
            continue
        violations += [f"{relative(path)}:{line} defines {name}" for line, name in fixture_names(tree) if name in ONE_DEFINITION]
    assert not violations, (
        "override simulator_options (or call make_simulator) for a variant instead:\n" + "\n".join(violations)
    )
    assert {name for _, name in fixture_names(ast.parse(SHARED_CONFTEST.read_text(encoding="utf-8")))} >= set(ONE_DEFINITION)


def test_helper_modules_define_no_fixtures():
    violations = [
        f"{relative(path)}:{line} defines the fixture {name}"
        for path, tree in parsed()
        if "helpers" in path.relative_to(TESTS).parts[:1]
        for line, name in fixture_names(tree)
    ]
    assert not violations, "fixtures belong in the nearest conftest.py:\n" + "\n".join(violations)
