from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """Backup and restore of the database and both media roots (``backup_site``,
    ``restore_site``). It has no models and stands on Django alone, so it works whatever
    plugins are installed."""

    name = "backups"
