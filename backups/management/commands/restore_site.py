"""Restore a backup made by ``backup_site`` and prove the copy matches it."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.migrations.loader import MigrationLoader

from backups import archive


class Command(BaseCommand):
    help = (
        "Restore the backup in SRC into the database DATABASE_URL names (which must be empty, "
        "unless --replace) and into MEDIA_ROOT and PRIVATE_MEDIA_ROOT, then verify every "
        "table's row count and every file's SHA-256 against the backup's manifest. With "
        "--check, only verify the backup itself."
    )
    # Restoring into an empty database: nothing the checks look at exists yet.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("src", type=Path, help="A folder written by backup_site.")
        parser.add_argument(
            "--replace",
            "--force",
            action="store_true",
            help="Overwrite a database that already has tables, and media files of the same name.",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check that the backup is complete and unchanged; restore nothing.",
        )

    def handle(
        self, *args: Any, src: Path, replace: bool = False, check: bool = False, **options: Any
    ) -> None:
        try:
            if check:
                manifest = archive.check_backup(src)
                files = sum(len(entry["files"]) for entry in manifest["media"].values())
                self.stdout.write(
                    self.style.SUCCESS(
                        f"{src} is complete and unchanged: the {manifest['database']['vendor']} "
                        f"database and {files} files of {manifest['created_at']}."
                    )
                )
                return
            database = archive.current_database()
            restored = archive.restore_backup(src, database, archive.media_roots(), replace=replace)
        except archive.BackupError as error:
            raise CommandError(str(error)) from None
        manifest = restored.manifest
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup of {manifest['created_at']} into the {database.label} "
                f"in {restored.seconds:.1f} s: {restored.tables} tables' row counts and "
                f"{restored.files} files' checksums match."
            )
        )
        # The code may be newer than the backup: its migrations then still have to run.
        leaves = MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes()
        behind = sorted({app for app, name in leaves if manifest["migrations"].get(app) != name})
        if behind:
            self.stderr.write(
                f"This release has migrations the backup has not ({', '.join(behind)}): "
                "run manage.py migrate before serving it."
            )
