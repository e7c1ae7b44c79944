"""The layer contracts cover the whole tree, and migrations never import live code."""

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE_APPS = {"cms", "home", "services"}
# Operations tools beside the layers, with contracts of their own (they import only Django).
TOOLS = {"backups"}


def contracts() -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    return {contract["name"]: contract for contract in config["contracts"]} | {
        "_roots": config["root_packages"]
    }


def plugins_in_tree() -> set[str]:
    return {f"services.{path.parent.name}" for path in (ROOT / "services").glob("*/apps.py")}


def sections_in_tree() -> set[str]:
    return {path.parent.name for path in ROOT.glob("*/apps.py")} - CORE_APPS - TOOLS


def test_every_plugin_and_section_is_under_the_contracts():
    # A new plugin or section must be added to pyproject.toml's contracts, or they would not
    # see its imports at all.
    config = contracts()
    plugins, sections = plugins_in_tree(), sections_in_tree()
    assert plugins == {
        "services.captcha_api",
        "services.complaints",
        "services.subscriptions",
        "services.polls",
    }
    assert "bulletin" in sections
    protected = next(c for c in config.values() if isinstance(c, dict) and c["type"] == "protected")
    assert set(protected["protected_modules"]) == plugins
    independence = [
        c for c in config.values() if isinstance(c, dict) and c["type"] == "independence"
    ]
    assert {frozenset(c["modules"]) for c in independence} == {
        frozenset(plugins),
        frozenset(sections),
    }
    (layers,) = [c for c in config.values() if isinstance(c, dict) and c["type"] == "layers"]
    assert layers["layers"][0] == "cms" and layers["layers"][-2:] == ["home", "services"]
    assert {s.strip() for s in layers["layers"][1].split("|")} == sections
    assert set(config["_roots"]) == CORE_APPS | sections | TOOLS
    forbidden = [c for c in config.values() if isinstance(c, dict) and c["type"] == "forbidden"]
    for tool in TOOLS:
        assert any(c["source_modules"] == [tool] for c in forbidden)
        assert any(c["forbidden_modules"] == [tool] for c in forbidden)


# Modules a migration may import: Django, Wagtail and the libraries whose fields it uses, and
# the callables Django serialises by reference (the registry's widget choices, a storage); the
# standard library's uuid and datetime for defaults.
ALLOWED = (
    "django",
    "wagtail",
    "modelcluster",
    "taggit",
    "modelsearch",
    "uuid",
    "datetime",
    "django_countries",
)
REFERENCED = {"services.registry", "services.complaints.models"}


def test_migrations_import_no_live_code():
    offenders = []
    for migration in ROOT.glob("**/migrations/0*.py"):
        if ".venv" in migration.parts:
            continue
        for node in ast.walk(ast.parse(migration.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] not in ALLOWED and name not in REFERENCED:
                    offenders.append(f"{migration.relative_to(ROOT)}: {name}")
    assert offenders == []
