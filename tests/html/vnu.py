"""The W3C Nu Html Checker (vnu.jar), installed from npm by ``make`` (``package.json``).

It is a JVM program: it starts once and checks every document given to it, so callers pass
all their documents in one call. Without Java or the jar the callers skip with the reason
shown (a newcomer's laptop); in CI (``CI`` or ``E2E_REQUIRED=1``) that is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# A document with one known error, checked with the others: a checker that silently checked
# nothing (a wrong path, a changed report format) would otherwise pass every page.
CANARY = '<!DOCTYPE html><html lang="en"><title>t</title><p><time datetime="soon">x</time></p>'


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    extract: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message} [{self.extract.strip()}]"


def required() -> bool:
    return os.environ.get("E2E_REQUIRED") == "1" or bool(os.environ.get("CI"))


def command() -> list[str]:
    """``java -jar vnu.jar``, or skip (fail in CI) when either is missing."""
    java = shutil.which("java")
    reason = ""
    if java is None:
        reason = "Java not found: the HTML checker is skipped (apt-get install default-jre)."
    elif not JAR.exists():
        reason = "vnu.jar not installed: the HTML checker is skipped (`make test` runs `npm ci`)."
    if reason:
        if required():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    # The checker's schema evaluation recurses deeply: it asks for a larger thread stack.
    return [str(java), "-Xss4m", "-jar", str(JAR)]


def check(documents: dict[str, str]) -> dict[str, list[Problem]]:
    """The checker's errors (not its warnings) for each document, by the name it was given."""
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        files: dict[str, str] = {}
        for number, (name, html) in enumerate({**documents, "canary": CANARY}.items()):
            path = Path(folder) / f"{number:03}.html"
            path.write_text(html, encoding="utf-8")
            files[path.name] = name
        result = subprocess.run(
            [*command(), "--format", "json", "--stdout", "--exit-zero-always", *files],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=300,
        )
    if not result.stdout.strip():
        raise RuntimeError(f"The HTML checker gave no report: {result.stderr[-2000:]}")
    problems: dict[str, list[Problem]] = {}
    for message in json.loads(result.stdout)["messages"]:
        if message["type"] not in ("error", "non-document-error"):
            continue
        url = message.get("url", "?")
        name = files.get(url.rsplit("/", 1)[-1], url)
        problems.setdefault(name, []).append(
            Problem(message.get("lastLine", 0), message["message"], message.get("extract", ""))
        )
    if not any("datetime" in problem.message for problem in problems.pop("canary", [])):
        raise RuntimeError(f"The HTML checker missed the canary's error: {result.stdout[:2000]}")
    return problems
