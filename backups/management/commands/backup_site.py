"""Back up the database and both media roots into one folder, with a verifying manifest."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from backups import archive


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


class Command(BaseCommand):
    help = (
        "Back up the database (DATABASE_URL: PostgreSQL with pg_dump, or SQLite), MEDIA_ROOT "
        "and PRIVATE_MEDIA_ROOT into the new folder DEST, with a manifest of versions, "
        "migrations, row counts and SHA-256 checksums. The folder holds citizens' personal "
        "data and is readable by its owner only."
    )
    # A site that fails its checks (a plugin missing its requirement) must still be saved.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("dest", type=Path, help="A new (or empty) folder for the backup.")

    def handle(self, *args: Any, dest: Path, **options: Any) -> None:
        try:
            manifest = archive.create_backup(
                dest, archive.current_database(), archive.media_roots()
            )
        except archive.BackupError as error:
            raise CommandError(str(error)) from None
        database = manifest["database"]
        self.stdout.write(
            f"Database ({database['vendor']}): {database['file']}, {_size(database['size'])}."
        )
        for name, entry in manifest["media"].items():
            self.stdout.write(
                f"{name}: {len(entry['files'])} files, {entry['archive']}, {_size(entry['size'])}."
            )
        counts = ", ".join(f"{key} {value}" for key, value in manifest["counts"].items())
        self.stdout.write(f"Rows: {counts}.")
        self.stdout.write(
            self.style.SUCCESS(f"Backup written to {dest} in {manifest['duration_seconds']} s.")
        )
