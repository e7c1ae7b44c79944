"""Trigram similarity for the site search's typo tolerance (PostgreSQL only; nothing on SQLite).

``pg_trgm`` is a trusted extension: the database's owner may create it without superuser rights.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("home", "0005_highlight_service_links")]

    operations = [TrigramExtension()]
