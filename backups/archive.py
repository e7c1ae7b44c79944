"""One backup: the database, both media roots and a manifest that describes and verifies them.

A backup is a folder that only its owner may read, because it holds citizens' personal data
(complaints, their attachments, subscribers' addresses):

    manifest.json        what is inside: versions, migrations, row counts, SHA-256 of every file
    database.dump        ``pg_dump --format=custom`` (PostgreSQL), or
    database.sqlite3     a consistent copy through SQLite's online backup API
    media.tar            MEDIA_ROOT (editors' images and documents)
    private-media.tar    PRIVATE_MEDIA_ROOT (citizens' complaint attachments)

The manifest is written last, so a folder without one is an interrupted backup. Row counts are
taken in the very snapshot the dump is made from, so a restore can be checked against them even
when the site kept writing during the backup.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import tarfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import IO, Any

import psycopg
from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import DEFAULT_DB_ALIAS, connections
from psycopg import sql
from psycopg.conninfo import make_conninfo

FORMAT = "municipal-cms-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DUMP_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
# Storage alias -> its name in the backup.
MEDIA_STORAGES = {"default": "media", "private": "private-media"}
# The counts people look at first. A plugin that is not installed simply has no table.
KEY_TABLES = {
    "pages": "wagtailcore_page",
    "complaints": "complaints_complaint",
    "complaint_attachments": "complaints_attachment",
    "subscribers": "subscriptions_subscriber",
    "documents": "wagtaildocs_document",
    "images": "wagtailimages_image",
}
# libpq reads these from the environment: nothing secret goes on a command line, where every
# user of the machine can read it in the process list.
LIBPQ_OPTIONS = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
}
CHUNK = 1024 * 1024

Manifest = dict[str, Any]


class BackupError(Exception):
    """A problem the person running the command can act on: shown as is, without traceback."""


@dataclass(frozen=True)
class Database:
    vendor: str
    name: str
    host: str = ""
    port: str = ""
    user: str = ""
    password: str = field(default="", repr=False)
    options: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, vendor: str, database: Mapping[str, Any]) -> Database:
        if vendor not in DUMP_FILES:
            raise BackupError(
                f"Backups support PostgreSQL and SQLite; DATABASE_URL points to {vendor}."
            )
        name = str(database.get("NAME") or "")
        if vendor == "sqlite" and (not name or name == ":memory:" or name.startswith("file:")):
            raise BackupError(f"The SQLite database must be a file, not {name or 'empty'!r}.")
        options = database.get("OPTIONS") or {}
        return cls(
            vendor=vendor,
            name=name,
            host=str(database.get("HOST") or ""),
            port=str(database.get("PORT") or ""),
            user=str(database.get("USER") or ""),
            password=str(database.get("PASSWORD") or ""),
            options={key: str(value) for key, value in options.items() if key in LIBPQ_OPTIONS},
        )

    @property
    def label(self) -> str:
        if self.vendor == "sqlite":
            return f"SQLite database {self.name}"
        return f"PostgreSQL database {self.name!r} on {self.host or 'the local socket'}"

    def pg_env(self) -> dict[str, str]:
        env = dict(os.environ)
        for variable, value in (
            ("PGHOST", self.host),
            ("PGPORT", self.port),
            ("PGUSER", self.user),
            ("PGPASSWORD", self.password),
            ("PGDATABASE", self.name),
        ):
            if value:
                env[variable] = value
        for option, value in self.options.items():
            env[LIBPQ_OPTIONS[option]] = value
        return env

    def pg_dbname(self) -> str:
        # As a connection string, so that a name with "=" in it is never read as one.
        return make_conninfo(dbname=self.name)

    def pg_connect(self) -> psycopg.Connection[tuple[Any, ...]]:
        parameters = {
            "dbname": self.name,
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "password": self.password,
            **self.options,
        }
        try:
            conninfo = make_conninfo(
                "", **{key: value for key, value in parameters.items() if value}
            )
            return psycopg.connect(conninfo)
        except psycopg.Error as error:
            raise BackupError(f"Cannot connect to the {self.label}: {error}".strip()) from None

    def sqlite_connect(self, *, must_exist: bool) -> sqlite3.Connection:
        path = Path(self.name)
        if must_exist and not path.is_file():
            raise BackupError(f"The {self.label} does not exist.")
        return sqlite3.connect(path)


def current_database() -> Database:
    connection = connections[DEFAULT_DB_ALIAS]
    return Database.from_settings(connection.vendor, connection.settings_dict)


def media_roots() -> dict[str, Path]:
    """Where the site keeps its files, from its storages (MEDIA_ROOT, PRIVATE_MEDIA_ROOT)."""
    roots = {}
    for alias, name in MEDIA_STORAGES.items():
        if alias not in settings.STORAGES:
            continue
        storage = storages[alias]
        if not isinstance(storage, FileSystemStorage):
            raise BackupError(
                f"STORAGES[{alias!r}] is {type(storage).__name__}, not files on this disk: "
                "back that storage up with its own tools."
            )
        roots[name] = Path(storage.location)
    return roots


# --- Files ------------------------------------------------------------------------------


def _private_file(path: Path) -> IO[bytes]:
    # Created owner-only from the first byte, whatever the umask; never over an existing file.
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class _HashingReader:
    """Hashes a file while tarfile reads it into the archive: each file is read once."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _files_under(root: Path) -> Iterable[Path]:
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def _has_files(root: Path) -> bool:
    return any(True for _ in _files_under(root))


def _archive_tree(root: Path, target: Path) -> dict[str, dict[str, Any]]:
    # Uncompressed: images and PDFs are compressed already, and gzip would only cost time.
    files: dict[str, dict[str, Any]] = {}
    with _private_file(target) as out, tarfile.open(fileobj=out, mode="w") as tar:
        for path in _files_under(root):
            name = path.relative_to(root).as_posix()
            info = tar.gettarinfo(str(path), arcname=name)
            with path.open("rb") as handle:
                reader = _HashingReader(handle)
                tar.addfile(info, reader)
            files[name] = {"size": info.size, "sha256": reader.digest.hexdigest()}
    return files


# --- Databases ----------------------------------------------------------------------------


def _pg_counts(connection: psycopg.Connection[tuple[Any, ...]]) -> dict[str, int]:
    tables = connection.execute(
        "SELECT schemaname, tablename FROM pg_tables"
        " WHERE schemaname = ANY(current_schemas(false)) ORDER BY 1, 2"
    ).fetchall()
    counts = {}
    for schema, name in tables:
        query = sql.SQL("SELECT count(*) FROM {}.{}").format(
            sql.Identifier(schema), sql.Identifier(name)
        )
        row = connection.execute(query).fetchone()
        counts[name if schema == "public" else f"{schema}.{name}"] = int(row[0]) if row else 0
    return counts


def _sqlite_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    quoted = {name: '"{}"'.format(name.replace('"', '""')) for name in names}
    return {
        name: int(connection.execute(f"SELECT count(*) FROM {quoted[name]}").fetchone()[0])  # noqa: S608
        for name in names
    }


def _migration_number(name: str) -> tuple[int, str]:
    number = name.split("_", 1)[0]
    return (int(number) if number.isdigit() else -1, name)


def _latest_migrations(cursor: Any) -> dict[str, str]:
    # By number, not by the order recorded: `migrate` records a squashed migration
    # ("0001_squashed_0016") at its very end, after the migrations that follow it.
    cursor.execute("SELECT app, name FROM django_migrations")
    latest: dict[str, str] = {}
    for app, name in cursor.fetchall():
        if app not in latest or _migration_number(name) > _migration_number(latest[app]):
            latest[app] = name
    return dict(sorted(latest.items()))


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise BackupError(
            f"{name} was not found on PATH: install the PostgreSQL client tools of the "
            "server's major version (Debian: apt-get install postgresql-client)."
        )
    return path


def _run_tool(command: list[str], database: Database, **kwargs: Any) -> None:
    result = subprocess.run(  # noqa: S603 (a fixed tool, arguments are ours)
        command, env=database.pg_env(), stderr=subprocess.PIPE, check=False, **kwargs
    )
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip()
        raise BackupError(f"{Path(command[0]).name} failed: {message}")


def _tool_version(path: str) -> str:
    result = subprocess.run(  # noqa: S603
        [path, "--version"], capture_output=True, text=True, check=False
    )
    return result.stdout.strip()


def _dump_postgres(database: Database, target: Path) -> dict[str, Any]:
    pg_dump = _tool("pg_dump")
    with database.pg_connect() as connection:
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        connection.read_only = True
        row = connection.execute("SELECT pg_export_snapshot(), current_setting('server_version')")
        snapshot, server_version = row.fetchone() or ("", "")
        counts = _pg_counts(connection)
        if "django_migrations" not in counts:
            raise BackupError(f"The {database.label} has no django_migrations table.")
        migrations = _latest_migrations(connection.cursor())
        # pg_dump reads the snapshot the counts were taken in, while this transaction holds it.
        with _private_file(target) as out:
            _run_tool(
                [
                    pg_dump,
                    "--format=custom",
                    "--no-owner",
                    "--no-acl",
                    f"--snapshot={snapshot}",
                    f"--dbname={database.pg_dbname()}",
                ],
                database,
                stdout=out,
            )
        connection.rollback()
    return {
        "server_version": server_version,
        "tool": _tool_version(pg_dump),
        "tables": counts,
        "migrations": migrations,
    }


def _dump_sqlite(database: Database, target: Path) -> dict[str, Any]:
    source = database.sqlite_connect(must_exist=True)
    _private_file(target).close()
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        # Counted in the copy: the very state that was saved.
        counts = _sqlite_counts(copy)
        if "django_migrations" not in counts:
            raise BackupError(f"The {database.label} has no django_migrations table.")
        migrations = _latest_migrations(copy.cursor())
    except sqlite3.Error as error:
        raise BackupError(f"Cannot copy the {database.label}: {error}") from None
    finally:
        copy.close()
        source.close()
    return {"server_version": sqlite3.sqlite_version, "tables": counts, "migrations": migrations}


def table_counts(database: Database) -> dict[str, int]:
    """Row counts of every table of the database (empty when it has none)."""
    if database.vendor == "postgresql":
        with database.pg_connect() as server:
            return _pg_counts(server)
    if not Path(database.name).exists():
        return {}
    connection = database.sqlite_connect(must_exist=True)
    try:
        return _sqlite_counts(connection)
    finally:
        connection.close()


def latest_migrations(database: Database) -> dict[str, str]:
    if database.vendor == "postgresql":
        with database.pg_connect() as server:
            return _latest_migrations(server.cursor())
    connection = database.sqlite_connect(must_exist=True)
    try:
        return _latest_migrations(connection.cursor())
    finally:
        connection.close()


# --- Backup -------------------------------------------------------------------------------


def package_version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return ""


def create_backup(dest: Path, database: Database, roots: Mapping[str, Path]) -> Manifest:
    """Write a backup of ``database`` and the media ``roots`` into the new folder ``dest``."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise BackupError(f"{dest} exists and is not an empty folder: choose a new one.")
    started = time.monotonic()
    created_at = datetime.now(UTC)
    try:
        dest.mkdir(mode=0o700, parents=True, exist_ok=True)
        dest.chmod(0o700)
    except OSError as error:
        raise BackupError(f"Cannot create {dest}: {error.strerror}.") from None
    try:
        dump_file = dest / DUMP_FILES[database.vendor]
        if database.vendor == "postgresql":
            dumped = _dump_postgres(database, dump_file)
        else:
            dumped = _dump_sqlite(database, dump_file)
        # Files after the database: a file that a saved row names was there before the snapshot.
        media = {}
        for name, root in roots.items():
            archive = dest / f"{name}.tar"
            files = _archive_tree(root, archive)
            media[name] = {
                "archive": archive.name,
                "sha256": _sha256(archive),
                "size": archive.stat().st_size,
                "files": files,
            }
        tables = dumped.pop("tables")
        manifest: Manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": created_at.isoformat(timespec="seconds"),
            "versions": {
                "django": package_version("django"),
                "wagtail": package_version("wagtail"),
                "python": platform.python_version(),
            },
            "database": {
                "vendor": database.vendor,
                "file": dump_file.name,
                "sha256": _sha256(dump_file),
                "size": dump_file.stat().st_size,
                **{key: value for key, value in dumped.items() if key != "migrations"},
            },
            "migrations": dumped["migrations"],
            "counts": {key: tables[table] for key, table in KEY_TABLES.items() if table in tables},
            "tables": tables,
            "media": media,
        }
        manifest["duration_seconds"] = round(time.monotonic() - started, 2)
        with _private_file(dest / f"{MANIFEST}.partial") as out:
            out.write(json.dumps(manifest, indent=2, ensure_ascii=False).encode())
        (dest / f"{MANIFEST}.partial").rename(dest / MANIFEST)
    except BaseException as error:
        # Half a backup is worse than none: it looks like one.
        shutil.rmtree(dest, ignore_errors=True)
        if isinstance(error, OSError):
            raise BackupError(f"Cannot write the backup: {error}") from None
        raise
    return manifest


# --- Check and restore --------------------------------------------------------------------


def read_manifest(src: Path) -> Manifest:
    if not src.is_dir():
        raise BackupError(f"{src} is not a backup folder.")
    path = src / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(
            f"{src} has no {MANIFEST}: it is not a backup, or the backup was interrupted."
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"Cannot read {path}: {error}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not the manifest of a backup of this site.")
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise BackupError(f"{src} was written by a newer release: restore it with that one.")
    return manifest


def _expect_checksum(path: Path, expected: str) -> None:
    try:
        actual = _sha256(path)
    except OSError as error:
        raise BackupError(f"Cannot read {path}: {error.strerror}.") from None
    if actual != expected:
        raise BackupError(
            f"{path.name} does not match its checksum in the manifest: the backup is damaged "
            "or was changed. Nothing was restored."
        )


def check_backup(src: Path) -> Manifest:
    """The backup is complete and unchanged since it was made (changes nothing)."""
    manifest = read_manifest(src)
    try:
        database = manifest["database"]
        _expect_checksum(src / database["file"], database["sha256"])
        for entry in manifest["media"].values():
            archive = src / entry["archive"]
            _expect_checksum(archive, entry["sha256"])
            try:
                with tarfile.open(archive) as tar:
                    members = {m.name: m for m in tar.getmembers()}
            except (OSError, tarfile.TarError) as error:
                raise BackupError(f"Cannot read {archive.name}: {error}") from None
            if set(members) != set(entry["files"]) or not all(
                member.isfile() for member in members.values()
            ):
                raise BackupError(f"{archive.name} does not hold the files its manifest lists.")
    except (KeyError, TypeError, AttributeError):
        raise BackupError(f"The manifest of {src} is incomplete.") from None
    return manifest


def _restore_database(src: Path, manifest: Manifest, database: Database, replace: bool) -> None:
    dump = src / manifest["database"]["file"]
    if database.vendor == "postgresql":
        command = [
            _tool("pg_restore"),
            "--no-owner",
            "--no-acl",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={database.pg_dbname()}",
        ]
        if replace:
            command += ["--clean", "--if-exists"]
        _run_tool([*command, str(dump)], database, stdout=subprocess.DEVNULL)
        return
    target = Path(database.name)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        _private_file(target).close()
    source = sqlite3.connect(dump.resolve().as_uri() + "?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    except sqlite3.Error as error:
        raise BackupError(f"Cannot restore into the {database.label}: {error}") from None
    finally:
        destination.close()
        source.close()


def verify(manifest: Manifest, database: Database, roots: Mapping[str, Path]) -> list[str]:
    """What differs between the backup's manifest and the database and files in place."""
    problems = []
    counts = table_counts(database)
    for table, expected in manifest["tables"].items():
        if table not in counts:
            problems.append(f"table {table} is missing")
        elif counts[table] != expected:
            problems.append(f"table {table} has {counts[table]} rows, the backup {expected}")
    if not problems and latest_migrations(database) != manifest["migrations"]:
        problems.append("the applied migrations differ from the backup's")
    for name, entry in manifest["media"].items():
        root = roots.get(name)
        if root is None:
            problems.append(f"this site has no storage for the backup's {name}")
            continue
        for relative, meta in entry["files"].items():
            path = root / relative
            if not path.is_file():
                problems.append(f"{name}/{relative} is missing")
            elif _sha256(path) != meta["sha256"]:
                problems.append(f"{name}/{relative} does not match its checksum")
    return problems


@dataclass
class Restored:
    manifest: Manifest
    seconds: float
    tables: int
    files: int


def restore_backup(
    src: Path, database: Database, roots: Mapping[str, Path], *, replace: bool = False
) -> Restored:
    """Restore the backup in ``src`` into ``database`` and ``roots``, then verify the result."""
    started = time.monotonic()
    manifest = check_backup(src)
    kind = manifest["database"]["vendor"]
    if kind != database.vendor:
        kind = {"postgresql": "a PostgreSQL", "sqlite": "an SQLite"}.get(kind, kind)
        raise BackupError(
            f"{src} is the backup of {kind} database, but DATABASE_URL points to the "
            f"{database.label}: restore it into {kind} database."
        )
    missing = sorted(set(manifest["media"]) - set(roots))
    if missing:
        raise BackupError(f"This site has no storage for the backup's {', '.join(missing)}.")
    if not replace:
        tables = table_counts(database)
        if tables:
            raise BackupError(
                f"The {database.label} already has {len(tables)} tables: restore into an empty "
                "database, or give --replace to overwrite it."
            )
        full = [str(roots[name]) for name in manifest["media"] if _has_files(roots[name])]
        if full:
            raise BackupError(
                f"{', '.join(full)} already holds files: restore into empty media folders, "
                "or give --replace to overwrite files of the same name."
            )
    _restore_database(src, manifest, database, replace)
    for name, entry in manifest["media"].items():
        root = roots[name]
        try:
            root.mkdir(
                mode=0o700 if name == "private-media" else 0o755, parents=True, exist_ok=True
            )
            with tarfile.open(src / entry["archive"]) as tar:
                # The "data" filter refuses absolute paths, links out of the folder, devices.
                tar.extractall(root, filter="data")
        except (OSError, tarfile.TarError) as error:
            raise BackupError(f"Cannot unpack {entry['archive']} into {root}: {error}") from None
    problems = verify(manifest, database, roots)
    if problems:
        raise BackupError(
            "The restored copy does not match the backup:\n  " + "\n  ".join(problems)
        )
    return Restored(
        manifest=manifest,
        seconds=time.monotonic() - started,
        tables=len(manifest["tables"]),
        files=sum(len(entry["files"]) for entry in manifest["media"].values()),
    )
