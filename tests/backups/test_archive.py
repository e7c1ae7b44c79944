"""Backup and restore on SQLite, in this process: what is saved, what restore refuses, and that
a changed file or row is caught. A small site stands in for the demo (tables, migrations, files
in both media roots); the PostgreSQL drill with the demo is in test_drill.py."""

import hashlib
import io
import json
import socket
import sqlite3
import stat
import tarfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from backups import archive
from backups.archive import BackupError, Database

# The private root holds what citizens sent: a complaint's attachment among them.
MEDIA_FILES = {
    "original_images/kuvendi.jpg": b"\xff\xd8\xff" + b"jpeg" * 1000,
    "documents/vendimi-534-2.pdf": b"%PDF-1.4 decision",
    "documents/Odluka o budžetu.txt": "Skupština opštine".encode(),
}
PRIVATE_FILES = {"complaints/2026/12/ankesa.pdf": b"%PDF-1.7 citizen's attachment"}


def _make_site(root: Path) -> tuple[Database, dict[str, Path]]:
    root.mkdir(parents=True)
    path = root / "site.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.executescript(
            """
            CREATE TABLE django_migrations (id INTEGER PRIMARY KEY, app TEXT, name TEXT);
            INSERT INTO django_migrations (app, name) VALUES
                ('wagtailcore', '0097_x'), ('wagtailcore', '0098_apitoken'),
                ('complaints', '0003_category_sort_order'),
                ('wagtailcore', '0001_squashed_0016_change_page_url_path_to_text_field');
            CREATE TABLE wagtailcore_page (id INTEGER PRIMARY KEY, title TEXT);
            INSERT INTO wagtailcore_page (title) VALUES ('Ballina'), ('Početna'), ('Home');
            CREATE TABLE complaints_complaint (id INTEGER PRIMARY KEY, name TEXT);
            INSERT INTO complaints_complaint (name) VALUES ('Qytetari'), ('');
            CREATE TABLE subscriptions_subscriber (id INTEGER PRIMARY KEY, email TEXT);
            INSERT INTO subscriptions_subscriber (email) VALUES ('a@example.org');
            """
        )
    connection.close()
    roots = {"media": root / "media", "private-media": root / "private-media"}
    for name, files in (("media", MEDIA_FILES), ("private-media", PRIVATE_FILES)):
        for relative, content in files.items():
            target = roots[name] / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    return Database(vendor="sqlite", name=str(path)), roots


@pytest.fixture
def site(tmp_path) -> tuple[Database, dict[str, Path]]:
    return _make_site(tmp_path / "source")


@pytest.fixture
def elsewhere(tmp_path) -> tuple[Database, dict[str, Path]]:
    """Where a restore goes: an empty database file and empty media roots."""
    target = tmp_path / "restored"
    roots = {"media": target / "media", "private-media": target / "private-media"}
    return Database(vendor="sqlite", name=str(target / "site.sqlite3")), roots


def _rows(database: Database, table: str) -> int:
    connection = sqlite3.connect(database.name)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    finally:
        connection.close()


def _checksums(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


def test_a_backup_round_trips_the_database_and_both_media_roots(tmp_path, site, elsewhere):
    source, roots = site
    manifest = archive.create_backup(tmp_path / "backup", source, roots)
    target, target_roots = elsewhere

    restored = archive.restore_backup(tmp_path / "backup", target, target_roots)

    for table in ("wagtailcore_page", "complaints_complaint", "subscriptions_subscriber"):
        assert _rows(target, table) == _rows(source, table)
    for name in roots:
        assert _checksums(target_roots[name]) == _checksums(roots[name]) != {}
    assert (target_roots["private-media"] / "complaints/2026/12/ankesa.pdf").read_bytes() == (
        PRIVATE_FILES["complaints/2026/12/ankesa.pdf"]
    )
    assert restored.files == len(MEDIA_FILES) + len(PRIVATE_FILES)
    assert manifest["counts"] == {"pages": 3, "complaints": 2, "subscribers": 1}


def test_the_manifest_describes_the_backup(tmp_path, site):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())

    assert manifest["format"] == "municipal-cms-backup"
    assert manifest["versions"]["django"].startswith("5.2")
    assert manifest["versions"]["wagtail"].startswith("8.")
    assert manifest["created_at"].endswith("+00:00")
    # The latest by number: migrate records a squashed migration last.
    assert manifest["migrations"] == {
        "complaints": "0003_category_sort_order",
        "wagtailcore": "0098_apitoken",
    }
    assert manifest["tables"]["django_migrations"] == 4
    pdf = PRIVATE_FILES["complaints/2026/12/ankesa.pdf"]
    assert manifest["media"]["private-media"]["files"] == {
        "complaints/2026/12/ankesa.pdf": {
            "size": len(pdf),
            "sha256": hashlib.sha256(pdf).hexdigest(),
        }
    }
    assert set(manifest["media"]["media"]["files"]) == set(MEDIA_FILES)


def test_the_backup_is_readable_by_its_owner_only(tmp_path, site):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)

    assert stat.S_IMODE((tmp_path / "backup").stat().st_mode) == 0o700
    modes = {
        path.name: stat.S_IMODE(path.stat().st_mode) for path in (tmp_path / "backup").iterdir()
    }
    assert set(modes) == {"manifest.json", "database.sqlite3", "media.tar", "private-media.tar"}
    assert set(modes.values()) == {0o600}


def test_the_backup_never_overwrites_a_folder_with_files(tmp_path, site):
    source, roots = site
    (tmp_path / "backup").mkdir()
    (tmp_path / "backup" / "older.txt").write_text("keep me")

    with pytest.raises(BackupError, match="not an empty folder"):
        archive.create_backup(tmp_path / "backup", source, roots)
    assert (tmp_path / "backup" / "older.txt").read_text() == "keep me"


def test_restore_refuses_a_database_that_has_tables_unless_told_to_replace(tmp_path, site):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    target, target_roots = _make_site(tmp_path / "other")
    connection = sqlite3.connect(target.name)
    with connection:
        connection.execute("INSERT INTO wagtailcore_page (title) VALUES ('Newer page')")
    connection.close()

    with pytest.raises(BackupError, match="already has 4 tables.*--replace"):
        archive.restore_backup(tmp_path / "backup", target, target_roots)
    assert _rows(target, "wagtailcore_page") == 4

    archive.restore_backup(tmp_path / "backup", target, target_roots, replace=True)
    assert _rows(target, "wagtailcore_page") == 3


def test_restore_refuses_media_folders_that_hold_files(tmp_path, site, elsewhere):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    target, target_roots = elsewhere
    target_roots["private-media"].mkdir(parents=True)
    (target_roots["private-media"] / "other.pdf").write_bytes(b"%PDF")

    with pytest.raises(BackupError, match="already holds files"):
        archive.restore_backup(tmp_path / "backup", target, target_roots)
    assert not Path(target.name).exists()


def _rewrite_tar(path: Path, changed: str, content: bytes) -> None:
    with tarfile.open(path) as tar:
        members = [(member, tar.extractfile(member).read()) for member in tar.getmembers()]
    path.unlink()
    with tarfile.open(path, "w") as tar:
        for member, data in members:
            if member.name == changed:
                data = content
                member.size = len(data)
            tar.addfile(member, io.BytesIO(data))


def test_a_changed_archive_is_refused_before_anything_is_restored(tmp_path, site, elsewhere):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    _rewrite_tar(
        tmp_path / "backup" / "private-media.tar", "complaints/2026/12/ankesa.pdf", b"%PDF-forged"
    )
    target, target_roots = elsewhere

    with pytest.raises(BackupError, match="private-media.tar does not match its checksum"):
        archive.check_backup(tmp_path / "backup")
    with pytest.raises(BackupError, match="Nothing was restored"):
        archive.restore_backup(tmp_path / "backup", target, target_roots)
    assert not Path(target.name).exists()
    assert not target_roots["private-media"].exists()


def test_a_tampered_file_fails_the_verification_after_restore(tmp_path, site, elsewhere):
    # The archive's own checksum updated to match: only the per-file checksums can tell.
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    tar = tmp_path / "backup" / "media.tar"
    _rewrite_tar(tar, "documents/vendimi-534-2.pdf", b"%PDF-1.4 another decision")
    manifest_path = tmp_path / "backup" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["media"]["media"]["sha256"] = hashlib.sha256(tar.read_bytes()).hexdigest()
    manifest_path.write_text(json.dumps(manifest))
    target, target_roots = elsewhere

    with pytest.raises(BackupError) as refused:
        archive.restore_backup(tmp_path / "backup", target, target_roots)
    assert "does not match the backup" in str(refused.value)
    assert "media/documents/vendimi-534-2.pdf does not match its checksum" in str(refused.value)
    assert "kuvendi.jpg" not in str(refused.value)


def test_verification_catches_a_missing_row_and_a_missing_file(tmp_path, site, elsewhere):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    target, target_roots = elsewhere
    restored = archive.restore_backup(tmp_path / "backup", target, target_roots)
    assert archive.verify(restored.manifest, target, target_roots) == []

    connection = sqlite3.connect(target.name)
    with connection:
        connection.execute("DELETE FROM complaints_complaint WHERE name = ''")
    connection.close()
    (target_roots["private-media"] / "complaints/2026/12/ankesa.pdf").unlink()

    assert archive.verify(restored.manifest, target, target_roots) == [
        "table complaints_complaint has 1 rows, the backup 2",
        "private-media/complaints/2026/12/ankesa.pdf is missing",
    ]


def test_a_backup_of_one_database_kind_is_not_restored_into_another(tmp_path, site):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    postgres = Database(vendor="postgresql", name="cms", host="127.0.0.1")

    with pytest.raises(BackupError, match="backup of an SQLite database.*PostgreSQL database"):
        archive.restore_backup(tmp_path / "backup", postgres, roots)


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda folder: None, "is not a backup folder"),
        (lambda folder: folder.mkdir(), "has no manifest.json"),
        (
            lambda folder: (folder.mkdir(), (folder / "manifest.json").write_text("{not json")),
            "Cannot read",
        ),
        (
            lambda folder: (folder.mkdir(), (folder / "manifest.json").write_text('{"a": 1}')),
            "not the manifest of a backup",
        ),
    ],
)
def test_what_is_not_a_readable_backup_is_named(tmp_path, prepare, message):
    prepare(tmp_path / "backup")
    with pytest.raises(BackupError, match=message):
        archive.check_backup(tmp_path / "backup")


def test_a_missing_pg_dump_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    database = Database(vendor="postgresql", name="cms", host="127.0.0.1", password="x")

    with pytest.raises(BackupError, match="pg_dump was not found on PATH: install"):
        archive.create_backup(tmp_path / "backup", database, {})
    assert not (tmp_path / "backup").exists()


def test_the_password_travels_in_the_environment_only():
    database = Database.from_settings(
        "postgresql",
        {
            "NAME": "cms",
            "HOST": "db",
            "PORT": 5432,
            "USER": "cms",
            "PASSWORD": "pa55-word",
            "OPTIONS": {"sslmode": "require", "pool": True},
        },
    )
    env = database.pg_env()
    assert (env["PGPASSWORD"], env["PGSSLMODE"], env["PGHOST"], env["PGPORT"]) == (
        "pa55-word",
        "require",
        "db",
        "5432",
    )
    assert "pa55-word" not in database.pg_dbname() + repr(database) + database.label


def test_only_postgresql_and_sqlite_files_are_supported():
    with pytest.raises(BackupError, match="PostgreSQL and SQLite; DATABASE_URL points to mysql"):
        Database.from_settings("mysql", {"NAME": "cms"})
    with pytest.raises(BackupError, match="must be a file"):
        Database.from_settings("sqlite", {"NAME": ":memory:"})


def test_the_commands_answer_with_a_message_not_a_traceback(tmp_path):
    with pytest.raises(CommandError, match="is not a backup folder"):
        call_command("restore_site", str(tmp_path / "nothing"), "--check")
    # The test settings keep files in memory: there is nothing on disk to save.
    with pytest.raises(CommandError, match="MemoryStorage, not files on this disk"):
        call_command("backup_site", str(tmp_path / "backup"))


def test_restore_check_verifies_the_backup_and_changes_nothing(tmp_path, site):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    out = io.StringIO()

    call_command("restore_site", str(tmp_path / "backup"), "--check", stdout=out)

    assert "is complete and unchanged: the sqlite database and 4 files" in out.getvalue()


@pytest.fixture
def on_disk(settings, tmp_path):
    """The site's storages on disk, as in development and production."""

    def storages(root: Path) -> None:
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(root / "media")},
            },
            "private": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(root / "private-media"), "base_url": None},
            },
        }

    return storages


def test_the_commands_save_and_restore_the_configured_site(
    tmp_path, site, on_disk, monkeypatch, db
):
    # (``db``: loading the code's migrations to compare them runs a query of wagtail-localize's.)
    source, _roots = site
    monkeypatch.setattr(archive, "current_database", lambda: source)
    on_disk(tmp_path / "source")
    out = io.StringIO()
    call_command("backup_site", str(tmp_path / "backup"), stdout=out)
    assert "private-media: 1 files" in out.getvalue()
    assert "Rows: pages 3, complaints 2, subscribers 1." in out.getvalue()

    target = Database(vendor="sqlite", name=str(tmp_path / "restored" / "site.sqlite3"))
    monkeypatch.setattr(archive, "current_database", lambda: target)
    on_disk(tmp_path / "restored")
    out, err = io.StringIO(), io.StringIO()
    call_command("restore_site", str(tmp_path / "backup"), stdout=out, stderr=err)

    assert "4 tables' row counts and 4 files' checksums match" in out.getvalue()
    assert (tmp_path / "restored" / "private-media" / "complaints/2026/12/ankesa.pdf").exists()
    # This small site has few of the code's migrations: the restore says what to do next.
    assert "run manage.py migrate before serving it" in err.getvalue()
    with pytest.raises(CommandError, match="already has 4 tables"):
        call_command("restore_site", str(tmp_path / "backup"))


def test_an_unreachable_postgresql_server_is_a_clear_error(tmp_path, monkeypatch):
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "pg_dump").write_text("#!/bin/sh\nexit 0\n")
    (tools / "pg_dump").chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    nowhere = Database(vendor="postgresql", name="cms", host="127.0.0.1", port=str(port))

    with pytest.raises(BackupError, match="Cannot connect to the PostgreSQL database 'cms'"):
        archive.create_backup(tmp_path / "backup", nowhere, {})
    assert not (tmp_path / "backup").exists()


def test_what_pg_restore_says_when_it_fails_is_shown(tmp_path, site, monkeypatch):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    manifest_path = tmp_path / "backup" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["database"]["vendor"] = "postgresql"
    manifest_path.write_text(json.dumps(manifest))
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "pg_restore").write_text(
        '#!/bin/sh\necho "pg_restore: error: could not connect: role \\"cms\\"" >&2\nexit 1\n'
    )
    (tools / "pg_restore").chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    target = Database(vendor="postgresql", name="cms", host="127.0.0.1", password="secret")

    with pytest.raises(
        BackupError, match="pg_restore failed: pg_restore: error: could not connect"
    ):
        archive.restore_backup(tmp_path / "backup", target, roots, replace=True)


def _edit_manifest(folder: Path, change) -> None:
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text())
    change(manifest)
    path.write_text(json.dumps(manifest))


def _garble_tar(folder: Path) -> None:
    (folder / "media.tar").write_bytes(b"not a tar file" * 100)
    digest = hashlib.sha256((folder / "media.tar").read_bytes()).hexdigest()
    _edit_manifest(folder, lambda manifest: manifest["media"]["media"].update(sha256=digest))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda folder: (folder / "database.sqlite3").unlink(), "Cannot read .*database.sqlite3"),
        (lambda folder: _edit_manifest(folder, lambda m: m.pop("media")), "is incomplete"),
        (
            lambda folder: _edit_manifest(folder, lambda m: m.update(format_version=99)),
            "written by a newer release",
        ),
        (_garble_tar, "Cannot read media.tar"),
        (
            lambda folder: _edit_manifest(
                folder, lambda m: m["media"]["media"]["files"].update({"extra.jpg": {}})
            ),
            "media.tar does not hold the files its manifest lists",
        ),
    ],
)
def test_a_damaged_backup_is_refused_with_what_is_wrong(tmp_path, site, damage, message):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    damage(tmp_path / "backup")

    with pytest.raises(BackupError, match=message):
        archive.check_backup(tmp_path / "backup")


def test_a_database_that_is_not_the_sites_is_not_backed_up(tmp_path):
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()

    with pytest.raises(BackupError, match="has no django_migrations table"):
        archive.create_backup(tmp_path / "backup", Database("sqlite", str(other)), {})
    with pytest.raises(BackupError, match="does not exist"):
        archive.create_backup(tmp_path / "b2", Database("sqlite", str(tmp_path / "no.sqlite3")), {})
    assert not (tmp_path / "backup").exists() and not (tmp_path / "b2").exists()


def test_a_site_without_a_private_storage_cannot_take_the_attachments(tmp_path, site, elsewhere):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    target, target_roots = elsewhere

    with pytest.raises(BackupError, match="no storage for the backup's private-media"):
        archive.restore_backup(tmp_path / "backup", target, {"media": target_roots["media"]})


def test_verification_names_a_table_the_copy_lacks(tmp_path, site, elsewhere):
    source, roots = site
    archive.create_backup(tmp_path / "backup", source, roots)
    target, target_roots = elsewhere
    restored = archive.restore_backup(tmp_path / "backup", target, target_roots)
    connection = sqlite3.connect(target.name)
    connection.execute("DROP TABLE subscriptions_subscriber")
    connection.close()

    assert archive.verify(restored.manifest, target, target_roots) == [
        "table subscriptions_subscriber is missing"
    ]
