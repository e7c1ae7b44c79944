"""The demo database, built once per test run and copied wherever a test needs one.

Building it (every migration, then ``load_demo``) is the costliest thing the suite does; the
session's test database of each xdist worker, the browser tests' server, the plugin-removal
probe and the PostgreSQL concurrency test all start from a copy instead: a file copy on
SQLite, ``CREATE DATABASE ... TEMPLATE`` on PostgreSQL. The first process that needs it builds
it under a file lock; the others wait and reuse it.

CI builds both (SQLite and PostgreSQL) at once before the suites start, while it lints, and
names them in ``DEMO_SQLITE_TEMPLATE`` and ``DEMO_POSTGRES_TEMPLATE``:

    python -m tests.demo_db sqlite PATH
    python -m tests.demo_db postgres DATABASE_URL NAME
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from filelock import FileLock

ROOT = Path(__file__).resolve().parents[1]
#: The demo's admin password in every copy (the browser tests log in with it).
ADMIN_PASSWORD = "e2e-admin-passphrase"


def is_postgres(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://"))


def _env(database_url: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url,
        "DEMO_ADMIN_PASSWORD": ADMIN_PASSWORD,
    }
    env.pop("CACHE_URL", None)
    return env


def _build(database_url: str) -> None:
    env = _env(database_url)
    for command in (["migrate", "--no-input", "-v0"], ["load_demo", "-v0"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )


def sqlite_template(shared_dir: Path) -> Path:
    """The demo as an SQLite file (prebuilt, or built on first use in this run)."""
    prebuilt = os.environ.get("DEMO_SQLITE_TEMPLATE")
    if prebuilt and Path(prebuilt).exists():
        return Path(prebuilt)
    path = shared_dir / "demo-template.sqlite3"
    with FileLock(str(path) + ".lock"):
        if not path.exists():
            building = path.with_suffix(".building")
            building.unlink(missing_ok=True)
            _build(f"sqlite:///{building}")
            building.rename(path)
    return path


def sqlite_copy(shared_dir: Path, target: Path) -> Path:
    shutil.copyfile(sqlite_template(shared_dir), target)
    return target


def _admin_url(url: str) -> str:
    parts = urlsplit(url.replace("postgres://", "postgresql://", 1))
    return urlunsplit(parts._replace(path="/postgres"))


def _with_name(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _name(url: str) -> str:
    return urlsplit(url).path.lstrip("/").split("?")[0]


def template_name(shared_dir: Path, database_url: str) -> str:
    """This run's template: named after the run's temporary folder, so two runs against the
    same server never drop each other's."""
    run = "".join(char if char.isalnum() else "_" for char in shared_dir.name)
    return f"{_name(database_url)}_demo_{run}"


def postgres_template(shared_dir: Path, database_url: str) -> str:
    """The name of a PostgreSQL database holding the demo, built on first use in this run."""
    import psycopg

    prebuilt = os.environ.get("DEMO_POSTGRES_TEMPLATE")
    if prebuilt:
        return prebuilt
    name = template_name(shared_dir, database_url)
    marker = shared_dir / f"{name}.built"
    with FileLock(str(marker) + ".lock"):
        if not marker.exists():
            with psycopg.connect(_admin_url(database_url), autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                connection.execute(f'CREATE DATABASE "{name}"')
            _build(_with_name(database_url, name))
            marker.touch()
    return name


def postgres_copy(shared_dir: Path, database_url: str, target: str) -> str:
    """A new database ``target`` made from the demo template; returns its URL."""
    import psycopg

    template = postgres_template(shared_dir, database_url)
    with psycopg.connect(_admin_url(database_url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{target}" TEMPLATE "{template}"')
    return _with_name(database_url, target)


def postgres_drop(database_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(_admin_url(database_url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def build_postgres(database_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(_admin_url(database_url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    _build(_with_name(database_url, name))


if __name__ == "__main__":
    kind, *arguments = sys.argv[1:]
    if kind == "sqlite":
        target = Path(arguments[0])
        target.unlink(missing_ok=True)
        _build(f"sqlite:///{target}")
    elif kind == "postgres":
        build_postgres(*arguments)
    else:
        raise SystemExit("usage: python -m tests.demo_db sqlite PATH | postgres URL NAME")
