"""The production image's runtime stage has every system library the code loads.

The image is built FROM python:3.11-slim-bookworm and installs ``requirements/apt-runtime.txt``
(nothing else). A probe process uses what needs system libraries (WeasyPrint with Albanian
and Serbian text, Pillow; the PostgreSQL driver is psycopg's binary wheel, which carries its
own libpq) and lists the system files it mapped; each must
belong to a Debian package the image has: one of ours, what they depend on, or the base
image's.
"""

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

# What python:3.11-slim-bookworm has besides Debian's required packages: the libraries its
# Python is linked against, and the few packages it installs for itself.
BASE_IMAGE = {
    "ca-certificates",
    "netbase",
    "tzdata",
    "libbz2-1.0",
    "libexpat1",
    "libffi8",
    "libgdbm6",
    "liblzma5",
    "libncursesw6",
    "libreadline8",
    "libsqlite3-0",
    "libssl3",
    "libtinfo6",
    "libuuid1",
    "zlib1g",
}


def runtime_packages() -> list[str]:
    lines = (ROOT / "requirements/apt-runtime.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def runtime_stage() -> str:
    text = (ROOT / "Dockerfile").read_text()
    return text[text.index(" AS runtime") :]


def test_the_runtime_stage_installs_the_runtime_packages_and_nothing_by_hand():
    stage = runtime_stage()
    assert "COPY requirements/apt-runtime.txt" in stage
    installs = [line for line in stage.splitlines() if "apt-get install" in line]
    assert installs and all("xargs" in line or "apt-runtime" in line for line in installs), installs


def _dpkg(*args: str) -> str:
    return subprocess.run(["dpkg-query", *args], capture_output=True, text=True, check=False).stdout


def _owner(path: str) -> str | None:
    for candidate in (path, re.sub(r"^/usr(/lib)", r"\1", path)):
        out = _dpkg("-S", candidate)
        if out:
            return out.split(":")[0].split(",")[0].strip()
    return None


def _closure(packages: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(packages)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        fields = _dpkg("-W", "-f=${Depends}, ${Pre-Depends}", name)
        for alternative in fields.split(","):
            for option in alternative.split("|"):
                dependency = option.strip().split(" ")[0].split(":")[0]
                if dependency and _dpkg("-W", "-f=${Status}", dependency).endswith("installed"):
                    todo.append(dependency)
                    break
    return seen


def test_every_system_library_the_code_loads_is_in_the_image():
    if not shutil.which("dpkg-query"):
        pytest.skip("needs a Debian system (dpkg) to tell which package owns a library")
    missing = [name for name in runtime_packages() if not _dpkg("-W", "-f=${Status}", name)]
    assert not missing, f"install {missing} (apt-get install) to run this check"
    probe = subprocess.run(
        [sys.executable, str(ROOT / "tests/deploy/runtime_probe.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    required = {
        line.split()[0]
        for line in _dpkg("-W", "-f=${Package} ${Priority} ${Essential}\n").splitlines()
        if line.split()[1:2] == ["required"] or line.endswith("yes")
    }
    # The image runs its own Python (in /usr/local, with what it links against): where this
    # Python is Debian's, its packages count as the base image's.
    python = _owner(os.path.realpath(sys.executable))
    available = _closure(set(runtime_packages()) | BASE_IMAGE | required | {python} - {None})
    own = {sys.prefix, sys.base_prefix, sysconfig.get_paths()["stdlib"]}
    mapped = [
        path
        for path in probe.stdout.splitlines()
        if path
        and not any(path.startswith(f"{prefix.rstrip('/')}/lib/python") for prefix in own)
        and not path.startswith(tuple(prefix for prefix in own if prefix != "/usr"))
        and os.path.basename(path) != os.path.basename(os.path.realpath(sys.executable))
    ]
    owners = {path: _owner(path) for path in mapped}
    unknown = {path: owner for path, owner in owners.items() if owner and owner not in available}
    assert unknown == {}, "add the packages to requirements/apt-runtime.txt"
    # The probe did load what the PDF edition needs, so the check above had something to see.
    assert {"libpango-1.0-0", "fonts-dejavu-core"} <= set(owners.values())
