"""The commands as an operator runs them, on SQLite: `manage.py backup_site` and `restore_site`
with the site's own settings and storages, on a copy of the demo."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests import demo_db
from tests.backups.commands import manage, site_env

pytestmark = pytest.mark.slow


def _rows(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("wagtailcore_page", "complaints_category", "django_migrations")
        }
    finally:
        connection.close()


def test_the_demo_round_trips_on_sqlite_through_the_commands(tmp_path, shared_tmp):
    database = demo_db.sqlite_copy(shared_tmp, tmp_path / "site.sqlite3")
    source = site_env(f"sqlite:///{database}", tmp_path / "source")
    attachment = tmp_path / "source" / "private-media" / "complaints" / "2026" / "ankesa.pdf"
    attachment.parent.mkdir(parents=True)
    attachment.write_bytes(b"%PDF-1.4 attachment")

    made = manage(source, "backup_site", str(tmp_path / "backup"))
    assert made.returncode == 0, made.stderr
    assert "private-media: 1 files" in made.stdout

    target = tmp_path / "restored" / "site.sqlite3"
    restored_env = site_env(f"sqlite:///{target}", tmp_path / "restored")
    restored = manage(restored_env, "restore_site", str(tmp_path / "backup"))
    assert restored.returncode == 0, restored.stderr

    assert _rows(target) == _rows(database)
    copy = tmp_path / "restored" / "private-media" / "complaints" / "2026" / "ankesa.pdf"
    assert (
        hashlib.sha256(copy.read_bytes()).digest()
        == hashlib.sha256(b"%PDF-1.4 attachment").digest()
    )

    refused = manage(restored_env, "restore_site", str(tmp_path / "backup"))
    assert refused.returncode == 1
    assert "CommandError: The SQLite database" in refused.stderr and "--replace" in refused.stderr
    assert "Traceback" not in refused.stderr
