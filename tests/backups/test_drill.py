"""The backup drill on PostgreSQL, as the README's procedure runs it: a copy of the demo with
files in both media roots (a complaint's attachment in the private one), `manage.py
backup_site`, a fresh empty database, `manage.py restore_site`, the same rows and the same
bytes in the copy, and the restored copy served.

Not marked slow: CI's PostgreSQL pass (`-m "not slow"`) is the one with a PostgreSQL server.
"""

import hashlib
import json
import os
import shutil
import stat
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from tests import demo_db
from tests.backups.commands import manage, site_env
from tests.servers import free_port, runserver, serving

pytestmark = [pytest.mark.postgres]

DATABASE_URL = os.environ.get("DATABASE_URL", "")
# The server trusts local connections, so any password opens them: one is set to prove that it
# never reaches a command line or the manifest.
PASSWORD = "drill-pa55word-never-shown"
COUNTED = {
    "pages": "wagtailcore_page",
    "complaints": "complaints_complaint",
    "attachments": "complaints_attachment",
    "subscribers": "subscriptions_subscriber",
    "documents": "wagtaildocs_document",
    "images": "wagtailimages_image",
}
DOCUMENT = "Vendimi Nr. 534/2 i datës 29.03.2019\n".encode()
ATTACHMENT = b"%PDF-1.4\n% a citizen's photo of the broken street light\n%%EOF\n"

# Files the demo does not have: an image, a document, a complaint with its attachment, and a
# subscriber, stored through the site's own storages.
PREPARE = f"""
import io, json
from PIL import Image as Picture
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from services.complaints.models import Attachment, Category, Complaint
from services.subscriptions.models import Subscriber

png = io.BytesIO()
Picture.new("RGB", (64, 48), (200, 30, 40)).save(png, "PNG")
image = Image(title="Kuvendi", file=ImageFile(io.BytesIO(png.getvalue()), name="kuvendi.png"))
image.save()
document = Document(title="Vendimi 534/2", file=ContentFile({DOCUMENT!r}, name="vendimi.txt"))
document.save()
category = Category.objects.filter(locale__language_code="sq").first()
complaint = Complaint.objects.create(
    subject="Ndriçimi publik", text="Drita nuk punon.", category=category,
    department=category.default_department, language="sq", name="Qytetari", email="q@example.org",
)
Attachment.objects.create(
    complaint=complaint, file=ContentFile({ATTACHMENT!r}, name="ankesa.pdf"),
    content_type="application/pdf", size={len(ATTACHMENT)},
)
Subscriber.objects.create(email="diaspora@example.org", language="sr-latn")
print(json.dumps({{"image": image.file.url, "document": document.url}}))
"""


def _url(name: str) -> str:
    parts = urlsplit(DATABASE_URL)
    netloc = parts.netloc
    if parts.password is None:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user or 'postgres'}:{PASSWORD}@{host}"
    return urlunsplit(parts._replace(netloc=netloc, path=f"/{name}"))


@pytest.fixture
def databases(shared_tmp) -> Iterator[dict[str, str]]:
    """A copy of the demo, and an empty database to restore into; both dropped afterwards."""
    if not demo_db.is_postgres(DATABASE_URL):
        pytest.skip("needs PostgreSQL (DATABASE_URL); CI runs it in its PostgreSQL pass")
    base = DATABASE_URL.rpartition("/")[2].split("?")[0]
    names = {"source": f"{base}_backup_source", "restored": f"{base}_backup_restored"}
    try:
        demo_db.postgres_copy(shared_tmp, DATABASE_URL, names["source"])
        demo_db.postgres_drop(DATABASE_URL, names["restored"])
        with psycopg.connect(_url("postgres"), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{names["restored"]}"')
        yield {role: _url(name) for role, name in names.items()}
    finally:
        for name in names.values():
            demo_db.postgres_drop(DATABASE_URL, name)


def _counts(database_url: str) -> dict[str, int]:
    with psycopg.connect(database_url) as connection:
        return {
            key: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for key, table in COUNTED.items()
        }


def _checksums(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=20) as response:
        return response.status, response.read()


def _pg_dump_that_records_its_arguments(folder: Path) -> Path:
    real = shutil.which("pg_dump")
    assert real, "pg_dump is needed for the drill"
    folder.mkdir()
    wrapper = folder / "pg_dump"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$0" "$@" >> "{folder}/argv"\n'
        f'[ -n "$PGPASSWORD" ] && echo "PGPASSWORD set" >> "{folder}/argv"\n'
        f'exec "{real}" "$@"\n'
    )
    wrapper.chmod(0o755)
    return folder


def test_the_drill_backs_up_restores_and_serves_the_demo(databases, tmp_path):
    source_env = site_env(databases["source"], tmp_path / "source")
    prepared = manage(source_env, "shell", "-c", PREPARE)
    assert prepared.returncode == 0, prepared.stderr
    urls = json.loads(prepared.stdout.strip().splitlines()[-1])
    source_counts = _counts(databases["source"])
    assert source_counts["complaints"] >= 1 and source_counts["attachments"] >= 1
    assert source_counts["pages"] > 20 and source_counts["subscribers"] >= 1

    # Backup, with a pg_dump that writes down how it was called.
    tools = _pg_dump_that_records_its_arguments(tmp_path / "bin")
    backup = tmp_path / "backup"
    made = manage(
        {**source_env, "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}"},
        "backup_site",
        str(backup),
    )
    assert made.returncode == 0, made.stderr
    assert "Backup written to" in made.stdout
    called = (tools / "argv").read_text()
    assert "--format=custom" in called and "PGPASSWORD set" in called
    assert PASSWORD not in called
    assert stat.S_IMODE(backup.stat().st_mode) == 0o700
    assert {stat.S_IMODE(path.stat().st_mode) for path in backup.iterdir()} == {0o600}
    manifest_text = (backup / "manifest.json").read_text()
    assert PASSWORD not in manifest_text
    manifest = json.loads(manifest_text)
    assert manifest["counts"]["complaints"] == source_counts["complaints"]
    assert list(manifest["media"]["private-media"]["files"])[0].endswith("ankesa.pdf")

    # Restore into the fresh, empty database and empty media roots.
    restored_env = site_env(databases["restored"], tmp_path / "restored")
    restored = manage(restored_env, "restore_site", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "row counts and 3 files' checksums match" in restored.stdout

    assert _counts(databases["restored"]) == source_counts
    for root in ("media", "private-media"):
        original = _checksums(tmp_path / "source" / root)
        assert original and _checksums(tmp_path / "restored" / root) == original
    attachment = next((tmp_path / "restored" / "private-media").rglob("ankesa*.pdf"))
    assert attachment.read_bytes() == ATTACHMENT

    # The copy now has tables: a second restore onto it is refused, and changes nothing.
    again = manage(restored_env, "restore_site", str(backup))
    assert again.returncode == 1
    assert "already has" in again.stderr and "--replace" in again.stderr
    assert "Traceback" not in again.stderr
    assert _counts(databases["restored"]) == source_counts

    # Serve the restored copy: a page, an image and a document.
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    with serving(runserver(port), {**restored_env, "BASE_URL": base_url}, base_url):
        status, home = _get(f"{base_url}/sq/")
        assert status == 200 and 'lang="sq"' in home.decode() and "Kllokot" in home.decode()
        status, image = _get(base_url + urls["image"])
        assert status == 200 and image.startswith(b"\x89PNG")
        assert image == next((tmp_path / "source" / "media").rglob("kuvendi*.png")).read_bytes()
        assert _get(base_url + urls["document"]) == (200, DOCUMENT)
